"""``fourchains-cli import``: import filled questionnaires — a preview of every answer that is new,
changed, cleared, unchanged or in conflict, every problem with file, sheet and cell, then (unless
``--dry-run``) the accepted answers saved. A block with a problem keeps all its old values."""

from __future__ import annotations

import sys

from mcdm.cli.common import load_project, progress
from mcdm.cli.i18n import say
from mcdm.cli.preview_text import preview, value, where
from mcdm.cli.text import word
from mcdm.errors import ValidationFailed
from mcdm.messages import label, line


def add_parser(sub, common) -> None:
    i = sub.add_parser("import", parents=[common],
                       help=say("导入填好的调查问卷", "import filled questionnaires"))
    i.add_argument("project", metavar=say("项目文件", "PROJECT"),
                   help=say("项目文件（.json）", "project file (.json)"))
    i.add_argument("files", nargs="+", metavar=say("问卷文件", "FILE"),
                   help=say("填好的调查问卷（.xlsx），一份或多份",
                            "filled questionnaires (.xlsx), one or more"))
    i.add_argument("-o", "--output", metavar=say("输出文件", "OUT"),
                   help=say("结果保存到此处（默认：覆盖项目文件，并保留 .bak 备份）",
                            "save the result here (default: over PROJECT, with .bak)"))
    i.add_argument("--accept-valid", action="store_true",
                   help=say("即使另一些答题块有问题，也导入没有问题的答题块（有问题的答题块保留全部旧值）",
                            "import the blocks without problems even when others have problems "
                            "(a block with a problem keeps all its old values)"))
    i.add_argument("--conflicts", choices=("keep", "take"), default="keep",
                   help=say("问卷发出后项目和问卷中都改过的答案：保留项目中的值（默认）或采用问卷中的值",
                            "answers changed both in the project and in the questionnaire since "
                            "it was issued: keep the project's value (default) or take the "
                            "questionnaire's"))
    i.add_argument("--dry-run", action="store_true",
                   help=say("只显示预览，不保存", "print the preview; save nothing"))
    i.set_defaults(run=run)


def run(args) -> int:
    from mcdm.excel import read_questionnaires
    from mcdm.project.storage import save

    project = load_project(args.project)
    lang = args.lang
    report = read_questionnaires(project, args.files, progress=progress(word("reading", lang)))
    for note in report.notes:
        sys.stderr.write(f"{word('cli.note', lang)}{line(note, lang, project)}\n")
    if report.problems and not args.accept_valid:
        raise ValidationFailed(report.problems, code="import.rejected", subject=project)
    sys.stdout.write(preview(project, report, lang))
    chosen = report.selection(conflicts=args.conflicts)
    clears = report.clears(conflicts=args.conflicts)
    if clears:
        lines = [word("will_clear", lang, n=len(clears))]
        lines += [f"  {label(project, d.expert_id, lang)} · {label(project, d.block_id, lang)} · "
                  f"{label(project, d.key[0], lang)} / {label(project, d.key[1], lang)}: "
                  f"{value(d.kind, d.old)}  [{where(d.location)}]" for d in clears]
        sys.stdout.write("\n".join(lines) + "\n")
    if args.dry_run:
        sys.stdout.write(word("dry_run", lang) + "\n")
        return 0
    if not chosen:
        sys.stdout.write(word("nothing_to_import", lang) + "\n")
        return 0
    new, _ = report.edit_with(conflicts=args.conflicts).apply(project)
    path = args.output or args.project
    save(new, path)
    new_n = sum(d.status == "new" for d in chosen)
    cleared = sum(d.new is None for d in chosen)
    sys.stdout.write(word("imported_saved", lang, n=len(chosen), new=new_n,
                          changed=len(chosen) - new_n - cleared, cleared=cleared,
                          path=path) + "\n")
    return 0

"""``fourchains-cli import``: Import filled questionnaires into a project (every problem listed; nothing changed unless accepted)."""

from __future__ import annotations

import sys

from mcdm.cli.common import load_project, progress
from mcdm.cli.i18n import say
from mcdm.cli.text import word
from mcdm.errors import ValidationFailed
from mcdm.messages import line


def add_parser(sub, common) -> None:
    i = sub.add_parser("import", parents=[common],
                       help=say("导入填好的调查问卷", "import filled questionnaires"))
    i.add_argument("project", metavar=say("项目文件", "PROJECT"))
    i.add_argument("files", nargs="+", metavar=say("问卷文件", "FILE"))
    i.add_argument("-o", "--output", metavar=say("输出文件", "OUT"),
                   help=say("结果保存到此处（默认：覆盖项目文件，并保留 .bak 备份）",
                            "save the result here (default: over PROJECT, with .bak)"))
    i.add_argument("--accept-valid", action="store_true",
                   help=say("即使有些单元格有问题，也导入有效的答案",
                            "import the valid answers even when some cells have problems"))
    i.add_argument("--dry-run", action="store_true",
                   help=say("只检查，不保存", "check only; save nothing"))
    i.set_defaults(run=run)


def run(args) -> int:
    from mcdm.excel import read_questionnaires
    from mcdm.project.storage import save

    project = load_project(args.project)
    lang = args.lang
    report = read_questionnaires(project, args.files, progress=progress(word("reading", lang)))
    for note in report.notes:
        sys.stderr.write(f"{word('cli.note', lang)}{line(note, lang, project)}\n")
    if report.problems:
        if not args.accept_valid:
            raise ValidationFailed(report.problems, code="import.rejected", subject=project)
        for p in report.problems:
            sys.stderr.write(f"{word('cli.warning', lang)}{line(p, lang, project)}\n")
    new, _ = report.edit.apply(project)
    if not args.dry_run:
        save(new, args.output or args.project)
    done = "dry_run" if args.dry_run else "imported"
    sys.stdout.write(word(done, lang, n=len(report.changes)) + "\n")
    return 0

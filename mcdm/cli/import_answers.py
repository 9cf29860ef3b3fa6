"""``fourchains-cli import``: import filled questionnaires into a project.

Prints the preview first — per expert and node or industry, how many answers are new, changed,
cleared, unchanged or in conflict, each change (old → new), clear and conflict, and every problem
with file, sheet and cell — then says what the import clears and saves. ``--dry-run`` prints the
same preview and saves nothing. Questionnaires with problems import nothing unless
``--accept-valid``, which imports the blocks without problems (a block with a problem keeps all
its old values). Conflicts keep the project's value unless ``--conflicts take``.
"""

from __future__ import annotations

import sys

from mcdm.cli.common import load_project, progress
from mcdm.cli.preview_text import preview, value, where
from mcdm.cli.text import word
from mcdm.messages import describe, label


def add_parser(sub, common) -> None:
    i = sub.add_parser("import", parents=[common], help="import filled questionnaires")
    i.add_argument("project")
    i.add_argument("files", nargs="+", metavar="FILE")
    i.add_argument("-o", "--output", help="save the result here (default: over PROJECT, with .bak)")
    i.add_argument("--accept-valid", action="store_true",
                   help="import the blocks without problems even when others have problems "
                        "(a block with a problem keeps all its old values)")
    i.add_argument("--conflicts", choices=("keep", "take"), default="keep",
                   help="answers changed both in the project and in the questionnaire since it "
                        "was issued: keep the project's value (default) or take the "
                        "questionnaire's")
    i.add_argument("--dry-run", action="store_true", help="print the preview; save nothing")
    i.set_defaults(run=run)


def run(args) -> int:
    from mcdm.excel import read_questionnaires
    from mcdm.project.storage import save

    project = load_project(args.project)
    lang = args.lang or project.settings.language
    report = read_questionnaires(project, args.files, progress=progress(word("reading", lang)))
    if report.problems and not args.accept_valid:
        lines = [f"error: {word('rejected', lang)}"]
        lines += [f"  {describe(p, lang, project)}  [{where(p.location)}]"
                  for p in report.problems]
        sys.stderr.write("\n".join(lines) + "\n")
        return 1
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

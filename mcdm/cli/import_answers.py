"""``fourchains-cli import``: Import filled questionnaires into a project (every problem listed; nothing changed unless accepted)."""

from __future__ import annotations

import sys

from mcdm.cli.common import load_project, progress
from mcdm.cli.helptext import h
from mcdm.cli.text import word
from mcdm.errors import ValidationFailed


def add_parser(sub, common) -> None:
    i = sub.add_parser("import", parents=[common], help="import filled questionnaires")
    i.add_argument("project", help=h("project file (.json)"))
    i.add_argument("files", nargs="+", metavar="FILE",
                   help=h("filled questionnaires (.xlsx), one or more"))
    i.add_argument("-o", "--output", help="save the result here (default: over PROJECT, with .bak)")
    i.add_argument("--accept-valid", action="store_true",
                   help="import the valid answers even when some cells have problems")
    i.add_argument("--dry-run", action="store_true", help="check only; save nothing")
    i.set_defaults(run=run)


def run(args) -> int:
    from mcdm.excel import read_questionnaires
    from mcdm.project.storage import save

    project = load_project(args.project)
    lang = args.lang or project.settings.language
    report = read_questionnaires(project, args.files, progress=progress(word("reading", lang)))
    for note in report.notes:
        sys.stderr.write(f"note: {note}\n")
    if report.problems:
        if not args.accept_valid:
            raise ValidationFailed(report.problems, code="import.rejected")
        for p in report.problems:
            sys.stderr.write(f"warning: {p}\n")
    new, _ = report.edit.apply(project)
    if not args.dry_run:
        save(new, args.output or args.project)
    sys.stdout.write(word("imported", lang, n=len(report.changes)) + "\n")
    return 0

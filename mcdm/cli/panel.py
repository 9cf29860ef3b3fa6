"""``fourchains-cli panel import``: take a panel roster (names, roles, weights) from a CSV or
Excel file.

    fourchains-cli panel import PROJECT roster.csv|roster.xlsx [-o OUT]

New names join the panel (ids E1, E2, … as free); names already on it get the roster's role and
weight. Every bad row is named (file, row, column) and then nothing is changed; otherwise the
whole roster is one edit (one undo step in the GUI), saved with ``.bak``.
"""

from __future__ import annotations

import sys

from mcdm.cli.editing import commit, done, edit_parent, open_project, subcommands
from mcdm.cli.helptext import h


def add_parser(sub, common) -> None:
    actions = subcommands(sub, "panel", h("take the panel from a roster file"), common)
    i = actions.add_parser("import", parents=[common, edit_parent()],
                           help=h("add or update experts from a roster (.csv or .xlsx)"),
                           description=h("The first row names the columns: name (姓名), and "
                                         "optionally role (角色) and weight (权重). New names are "
                                         "added; names already on the panel are updated."))
    i.add_argument("roster", metavar=h("ROSTER"), help=h("roster file (.csv or .xlsx)"))
    i.set_defaults(run=run_import)


def run_import(args) -> int:
    from mcdm.cli.sentences import localize
    from mcdm.errors import MCDMError, ValidationFailed
    from mcdm.messages import describe, word
    from mcdm.project.roster import read_roster

    project, lang = open_project(args)
    try:
        report = read_roster(project, args.roster)
    except MCDMError as exc:  # a file that is no roster at all
        raise localize(exc, lang) from None
    for note in report.notes:
        sys.stderr.write(f"{word('cli.note', lang)}{describe(note, lang)}\n")
    if report.problems:
        raise localize(ValidationFailed(report.problems, code="roster.rejected"), lang)
    commit(args, project, report.edit, lang)
    done(lang, "cli.panel_imported", file=args.roster, added=len(report.added),
         updated=len(report.updated), unchanged=len(report.unchanged))
    return 0

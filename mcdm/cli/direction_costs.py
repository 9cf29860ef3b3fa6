"""``fourchains-cli direction costs``: many directions' costs at once, from a planner's
spreadsheet, and the template to fill in.

    fourchains-cli direction costs PROJECT costs.csv|costs.xlsx [-o OUT]
    fourchains-cli direction costs PROJECT --template costs.xlsx|costs.csv

The import reads the table with :func:`mcdm.project.cost_sheet.read_costs` (columns industry,
direction, cost, and the template's ids; a blank cost leaves the cost as it is, ``-`` or
``none`` clears it). Every bad row is listed — file, row and column as the file names them — and
then nothing changes (exit 1); otherwise all the costs are ONE edit (a ``Composite`` of
``SetDirectionCost``: one undo step in the GUI), saved atomically with ``.bak``, and one line
counts what was set, changed, cleared and left, and how many directions still have no cost. A
file that changes nothing leaves the project file untouched (``-o OUT`` still writes OUT).
``--template`` writes every direction with its current cost (:mod:`mcdm.excel.cost_template`).
"""

from __future__ import annotations

import shlex
import sys

from mcdm.cli.editing import commit, done, open_project
from mcdm.cli.helptext import h

__all__ = ["add_action"]


def add_action(actions, common, edit) -> None:
    """Add ``costs`` to ``direction``'s actions."""
    text = h("set many directions' costs from a table (.csv or .xlsx), or write the table to "
             "fill in")
    c = actions.add_parser(
        "costs", parents=[common, edit], help=text,
        description=h("The first row names the columns: industry (产业), direction (重点发展方向) "
                      "and cost (成本), by id or label in either language. A blank cost leaves "
                      "the cost as it is; - or none clears it. Any bad row: nothing changes. "
                      "--template writes every direction with its current cost to fill in."))
    c.add_argument("costs", metavar=h("COSTS"), nargs="?",
                   help=h("cost table to import (.csv or .xlsx)"))
    c.add_argument("--template", metavar=h("FILE"),
                   help=h("instead of importing: write every direction with its current cost "
                          "to FILE (.xlsx or .csv) to fill in"))
    c.set_defaults(run=run_costs)


def run_costs(args) -> int:
    from mcdm.cli.sentences import usage_error

    project, lang = open_project(args)
    if (args.costs is None) == (args.template is None):
        raise usage_error("cli.costs_file_or_template", lang)
    if args.template is not None:
        if args.output is not None:
            raise usage_error("cli.costs_output_template", lang)
        return _template(args, project, lang)
    return _import(args, project, lang)


def _template(args, project, lang: str) -> int:
    from mcdm.cli.sentences import localize
    from mcdm.errors import MCDMError
    from mcdm.excel.cost_template import template_rows, write_cost_template

    try:
        path, backup = write_cost_template(project, args.template, lang)
    except MCDMError as exc:
        raise localize(exc, lang) from None
    heads, rows = template_rows(project, lang)
    done(lang, "cli.costs_template", path=str(path), total=len(rows),
         costed=sum(1 for r in rows if r[2] is not None), column=heads[2],
         backup=None if backup is None else str(backup), file=shlex.quote(args.project))
    return 0


def _import(args, project, lang: str) -> int:
    from mcdm.cli.sentences import localize, sentence
    from mcdm.errors import MCDMError, ValidationFailed
    from mcdm.messages import describe, word
    from mcdm.project.cost_sheet import read_costs

    try:
        report = read_costs(project, args.costs)
    except MCDMError as exc:  # a file that is no table at all
        raise localize(exc, lang) from None
    for note in report.notes:
        sys.stderr.write(f"{word('cli.note', lang)}{describe(note, lang, project)}\n")
    if report.problems:
        raise localize(ValidationFailed(report.problems, code="costs.rejected"), lang, project)
    counts = {"file": args.costs, "set": len(report.set), "changed": len(report.changed),
              "cleared": len(report.cleared), "unchanged": len(report.unchanged),
              "absent": len(report.absent) or None, "missing": len(report.without_cost),
              "total": sum(len(i.directions) for i in project.industries)}
    if report.edit.edits or args.output is not None:
        commit(args, project, report.edit, lang)
    if not report.edit.edits:
        done(lang, "cli.costs_unchanged", **counts)
    else:
        done(lang, "cli.costs_imported", **counts)
    if (report.set or report.changed) and not project.portfolio.cost_unit:
        said = sentence("cli.costs_no_unit", lang, file=shlex.quote(args.output or args.project))
        sys.stderr.write(f"{word('cli.note', lang)}{said}\n")
    return 0

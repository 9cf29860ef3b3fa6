"""``fourchains-cli direction``: add, remove, rename or list an industry's priority directions,
and set each one's cost and place in the portfolio.

    fourchains-cli direction add PROJECT INDUSTRY --zh 中文名称 --en "English label" [--id ID]
                                 [--cost COST]
    fourchains-cli direction remove PROJECT INDUSTRY DIRECTION
    fourchains-cli direction rename PROJECT INDUSTRY DIRECTION [--zh …] [--en …]
    fourchains-cli direction cost PROJECT INDUSTRY DIRECTION COST
    fourchains-cli direction costs PROJECT costs.csv|costs.xlsx [-o OUT]
    fourchains-cli direction costs PROJECT --template costs.xlsx|costs.csv
    fourchains-cli direction include|exclude|free PROJECT INDUSTRY DIRECTION...
    fourchains-cli direction list PROJECT [INDUSTRY]

INDUSTRY and DIRECTION are ids or labels in either language. A new direction gets an id no other
industry's direction has (D1, D2, …), so reports and scripts can name it alone.

COST is the direction's estimated cost in the project's cost unit (``fourchains-cli budget
PROJECT --unit 亿元`` sets the unit): a number ≥ 0, or ``none`` (or ``-``) to clear it; the
confirmation says the unit. ``include`` makes directions must-include (必选), ``exclude`` keeps them
out (排除), ``free`` lets the optimization decide again (:mod:`mcdm.cli.direction_portfolio`).
``costs`` takes many costs at once from a planner's spreadsheet, all or nothing, and writes the
template to fill in (:mod:`mcdm.cli.direction_costs`). ``list`` shows each direction's cost, and
its choice, once any is set.
"""

from __future__ import annotations

import sys

from mcdm.cli.amounts import shown_amount
from mcdm.cli.direction_costs import add_action as add_costs_action
from mcdm.cli.direction_portfolio import add_actions, list_columns, parse_cost
from mcdm.cli.editing import (
    commit,
    count_scores,
    done,
    edit_parent,
    label_options,
    new_label,
    open_project,
    subcommands,
)
from mcdm.cli.helptext import h
from mcdm.cli.lookup import find_direction, find_industry


def add_parser(sub, common) -> None:
    edit = edit_parent()
    actions = subcommands(sub, "direction",
                          h("add, remove, rename or list an industry's priority directions; "
                            "set their costs and place in the portfolio"), common)
    a = actions.add_parser("add", parents=[common, edit, label_options()],
                           help=h("add a priority direction to an industry"))
    a.add_argument("industry", metavar=h("INDUSTRY"), help=h("id or label of the industry"))
    a.add_argument("--id", help=h("id of the new direction (default: the next free D1, D2, …)"))
    a.add_argument("--cost", metavar=h("COST"),
                   help=h("its estimated cost, a number ≥ 0 in the project's cost unit (default: none)"))
    a.set_defaults(run=run_add)
    r = actions.add_parser("remove", parents=[common, edit],
                           help=h("remove a direction with its scores"))
    r.add_argument("industry", metavar=h("INDUSTRY"), help=h("id or label of the industry"))
    r.add_argument("direction", metavar=h("DIRECTION"), help=h("id or label"))
    r.set_defaults(run=run_remove)
    n = actions.add_parser("rename", parents=[common, edit, label_options()],
                           help=h("change a direction's label"))
    n.add_argument("industry", metavar=h("INDUSTRY"), help=h("id or label of the industry"))
    n.add_argument("direction", metavar=h("DIRECTION"), help=h("id or label"))
    n.set_defaults(run=run_rename)
    add_actions(actions, common, edit)
    add_costs_action(actions, common, edit)
    ls = actions.add_parser(
        "list", parents=[common],
        help=h("list the directions (of one industry, or all), with their costs"))
    ls.add_argument("project", metavar=h("PROJECT"), help=h("project file (.json)"))
    ls.add_argument("industry", metavar=h("INDUSTRY"), nargs="?", help=h("id or label"))
    ls.set_defaults(run=run_list)


def run_add(args) -> int:
    from mcdm.project.edits import AddDirection, fresh_id
    from mcdm.project.model import Direction

    project, lang = open_project(args)
    ind = find_industry(project, args.industry, lang)
    label = new_label(args, lang)
    cost = None if args.cost is None else parse_cost(args.cost, project, ind, label, lang)
    taken = [d for i in project.industries for d in i.direction_ids()]
    did = args.id or fresh_id(taken, "D", numbered=True)
    commit(args, project, AddDirection(ind.id, Direction(did, label, cost=cost)), lang)
    if cost is None:
        done(lang, "cli.direction_added", new_id=did, label=label.get(lang),
             industry=ind.label.get(lang))
    else:
        done(lang, "cli.direction_added_cost", new_id=did, label=label.get(lang),
             industry=ind.label.get(lang),
             cost=shown_amount(cost, project.portfolio.cost_unit, lang))
    return 0


def run_remove(args) -> int:
    from mcdm.project.edits import RemoveDirection

    project, lang = open_project(args)
    ind = find_industry(project, args.industry, lang)
    d = find_direction(project, ind, args.direction, lang)
    new = commit(args, project, RemoveDirection(ind.id, d.id), lang)
    done(lang, "cli.direction_removed", label=d.label.get(lang), industry=ind.label.get(lang),
         scores=count_scores(project) - count_scores(new))
    return 0


def run_rename(args) -> int:
    from mcdm.project.edits import RenameDirection

    project, lang = open_project(args)
    ind = find_industry(project, args.industry, lang)
    d = find_direction(project, ind, args.direction, lang)
    label = new_label(args, lang, d.label)
    commit(args, project, RenameDirection(ind.id, d.id, label), lang)
    done(lang, "cli.direction_renamed", old=d.label.get(lang), label=label.get(lang),
         industry=ind.label.get(lang))
    return 0


def run_list(args) -> int:
    from mcdm.cli.text import table, word

    project, lang = open_project(args)
    industries = project.industries if args.industry is None else \
        (find_industry(project, args.industry, lang),)
    extra_heads, extra, numeric = list_columns(project, industries, lang)
    rows = [[i.label.get(lang), d.id, d.label.zh, d.label.en]
            for i in industries for d in i.directions]
    rows = [row + more for row, more in zip(rows, extra, strict=True)]
    heads = [word("industry", lang), word("id", lang), word("label_zh", lang),
             word("label_en", lang), *extra_heads]
    sys.stdout.write(table(heads, rows, {4 + k for k in numeric}) + "\n")
    return 0

"""``fourchains-cli direction``: add, remove, rename or list an industry's priority directions.

    fourchains-cli direction add PROJECT INDUSTRY --zh 中文名称 --en "English label" [--id ID]
    fourchains-cli direction remove PROJECT INDUSTRY DIRECTION
    fourchains-cli direction rename PROJECT INDUSTRY DIRECTION [--zh …] [--en …]
    fourchains-cli direction list PROJECT [INDUSTRY]

INDUSTRY and DIRECTION are ids or labels in either language. A new direction gets an id no other
industry's direction has (D1, D2, …), so reports and scripts can name it alone. (Directions have
no cost yet: the project model does not hold one.)
"""

from __future__ import annotations

import sys

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
                          h("add, remove, rename or list an industry's priority directions"),
                          common)
    a = actions.add_parser("add", parents=[common, edit, label_options()],
                           help=h("add a priority direction to an industry"))
    a.add_argument("industry", metavar=h("INDUSTRY"), help=h("id or label of the industry"))
    a.add_argument("--id", help=h("id of the new direction (default: the next free D1, D2, …)"))
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
    ls = actions.add_parser("list", parents=[common],
                            help=h("list the directions (of one industry, or all)"))
    ls.add_argument("project", metavar=h("PROJECT"), help=h("project file (.json)"))
    ls.add_argument("industry", metavar=h("INDUSTRY"), nargs="?", help=h("id or label"))
    ls.set_defaults(run=run_list)


def run_add(args) -> int:
    from mcdm.project.edits import AddDirection, fresh_id
    from mcdm.project.model import Direction

    project, lang = open_project(args)
    ind = find_industry(project, args.industry, lang)
    label = new_label(args, lang)
    taken = [d for i in project.industries for d in i.direction_ids()]
    did = args.id or fresh_id(taken, "D", numbered=True)
    commit(args, project, AddDirection(ind.id, Direction(did, label)), lang)
    done(lang, "cli.direction_added", new_id=did, label=label.get(lang),
         industry=ind.label.get(lang))
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
    rows = [[i.label.get(lang), d.id, d.label.zh, d.label.en]
            for i in industries for d in i.directions]
    sys.stdout.write(table([word("industry", lang), word("id", lang), word("label_zh", lang),
                            word("label_en", lang)], rows) + "\n")
    return 0

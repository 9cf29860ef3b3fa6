"""``fourchains-cli industry``: add, remove, rename or list the industries, and set each one's part
in the portfolio.

    fourchains-cli industry add PROJECT --zh 中文名称 --en "English label" [--id ID]
    fourchains-cli industry remove PROJECT INDUSTRY
    fourchains-cli industry rename PROJECT INDUSTRY [--zh …] [--en …]
    fourchains-cli industry plan PROJECT INDUSTRY [--weight W] [--min-count N] [--max-count N]
                                 [--min-spend X] [--max-spend X] [--reset]
    fourchains-cli industry list PROJECT

INDUSTRY is an id or a label in either language. Removing an industry removes its directions
and every score given to them (the confirmation says how many). ``plan`` is
:mod:`mcdm.cli.industry_plan`; ``list`` shows the plans once any is set.
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
from mcdm.cli.industry_plan import add_action, list_columns
from mcdm.cli.lookup import find_industry


def add_parser(sub, common) -> None:
    edit = edit_parent()
    actions = subcommands(sub, "industry",
                          h("add, remove, rename or list industries; set their portfolio plans"),
                          common)
    a = actions.add_parser("add", parents=[common, edit, label_options()],
                           help=h("add an industry"))
    a.add_argument("--id", help=h("id of the new industry (default: the next free I1, I2, …)"))
    a.set_defaults(run=run_add)
    r = actions.add_parser("remove", parents=[common, edit],
                           help=h("remove an industry with its directions and scores"))
    r.add_argument("industry", metavar=h("INDUSTRY"), help=h("id or label"))
    r.set_defaults(run=run_remove)
    n = actions.add_parser("rename", parents=[common, edit, label_options()],
                           help=h("change an industry's label"))
    n.add_argument("industry", metavar=h("INDUSTRY"), help=h("id or label"))
    n.set_defaults(run=run_rename)
    add_action(actions, common, edit)
    ls = actions.add_parser("list", parents=[common],
                            help=h("list the industries (with their portfolio plans)"))
    ls.add_argument("project", metavar=h("PROJECT"), help=h("project file (.json)"))
    ls.set_defaults(run=run_list)


def run_add(args) -> int:
    from mcdm.project.edits import AddIndustry, fresh_id
    from mcdm.project.model import Industry

    project, lang = open_project(args)
    label = new_label(args, lang)
    iid = args.id or fresh_id([i.id for i in project.industries], "I", numbered=True)
    commit(args, project, AddIndustry(Industry(iid, label)), lang)
    done(lang, "cli.industry_added", new_id=iid, label=label.get(lang))
    return 0


def run_remove(args) -> int:
    from mcdm.project.edits import RemoveIndustry

    project, lang = open_project(args)
    ind = find_industry(project, args.industry, lang)
    new = commit(args, project, RemoveIndustry(ind.id), lang)
    done(lang, "cli.industry_removed", label=ind.label.get(lang),
         directions=len(ind.directions), scores=count_scores(project) - count_scores(new))
    return 0


def run_rename(args) -> int:
    from mcdm.project.edits import RenameIndustry

    project, lang = open_project(args)
    ind = find_industry(project, args.industry, lang)
    label = new_label(args, lang, ind.label)
    commit(args, project, RenameIndustry(ind.id, label), lang)
    done(lang, "cli.industry_renamed", old=ind.label.get(lang), label=label.get(lang))
    return 0


def run_list(args) -> int:
    from mcdm.cli.text import table, word

    project, lang = open_project(args)
    plan_heads, plans = list_columns(project, lang)
    rows = [[i.id, i.label.zh, i.label.en, str(len(i.directions)), *plan]
            for i, plan in zip(project.industries, plans, strict=True)]
    heads = [word("id", lang), word("label_zh", lang), word("label_en", lang),
             word("directions", lang), *plan_heads]
    sys.stdout.write(table(heads, rows, {3, 4, 5, 6}) + "\n")
    return 0

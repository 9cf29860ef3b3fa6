"""``fourchains-cli criterion``: add, remove, rename, retype or list the criteria tree's nodes.

    fourchains-cli criterion add PROJECT PARENT --zh 中文名称 --en "English label"
                                 [--type benefit|cost] [--unit UNIT] [--id ID]
    fourchains-cli criterion remove PROJECT CRITERION
    fourchains-cli criterion rename PROJECT CRITERION [--zh …] [--en …]
    fourchains-cli criterion type PROJECT CRITERION benefit|cost
    fourchains-cli criterion unit PROJECT CRITERION UNIT
    fourchains-cli criterion list PROJECT

PARENT and CRITERION are ids or labels in either language (PARENT may be the goal). Adding a
criterion says what it asks of the panel: the items under PARENT need judging again (when
someone had judged them), and a leaf that gets its first sub-criterion loses its scores (its
sub-criteria are scored instead).
"""

from __future__ import annotations

import sys

from mcdm.cli.editing import (
    commit,
    count_judgments,
    count_scores,
    done,
    edit_parent,
    label_options,
    new_label,
    open_project,
    subcommands,
)
from mcdm.cli.helptext import h
from mcdm.cli.lookup import find_criterion

TYPES = ("benefit", "cost")


def add_parser(sub, common) -> None:
    edit = edit_parent()
    actions = subcommands(sub, "criterion",
                          h("add, remove, rename, retype or list criteria of the tree"), common)
    a = actions.add_parser("add", parents=[common, edit, label_options()],
                           help=h("add a criterion under PARENT"))
    a.add_argument("parent", metavar=h("PARENT"), help=h("id or label of the parent (or the goal)"))
    a.add_argument("--type", choices=TYPES, default="benefit",
                   help=h("benefit: larger is better (default); cost: smaller is better"))
    a.add_argument("--unit", default="", help=h("unit of measurement (optional)"))
    a.add_argument("--id", help=h("id of the new criterion (default: the next free C1, C2, …)"))
    a.set_defaults(run=run_add)
    r = actions.add_parser("remove", parents=[common, edit],
                           help=h("remove a criterion with its sub-criteria, judgments and "
                                  "scores"))
    r.add_argument("criterion", metavar=h("CRITERION"), help=h("id or label"))
    r.set_defaults(run=run_remove)
    n = actions.add_parser("rename", parents=[common, edit, label_options()],
                           help=h("change a criterion's label"))
    n.add_argument("criterion", metavar=h("CRITERION"), help=h("id or label"))
    n.set_defaults(run=run_rename)
    t = actions.add_parser("type", parents=[common, edit],
                           help=h("make a criterion a benefit or a cost criterion"))
    t.add_argument("criterion", metavar=h("CRITERION"), help=h("id or label"))
    t.add_argument("type", choices=TYPES, help=h("benefit or cost"))
    t.set_defaults(run=run_type)
    u = actions.add_parser("unit", parents=[common, edit], help=h("set a criterion's unit"))
    u.add_argument("criterion", metavar=h("CRITERION"), help=h("id or label"))
    u.add_argument("unit", metavar=h("UNIT"), help=h("the unit (\"\" for none)"))
    u.set_defaults(run=run_unit)
    ls = actions.add_parser("list", parents=[common], help=h("show the criteria tree"))
    ls.add_argument("project", metavar=h("PROJECT"), help=h("project file (.json)"))
    ls.set_defaults(run=run_list)


def _type_word(value, lang: str) -> str:
    from mcdm.cli.text import word

    return word("cost" if int(value) < 0 else "benefit", lang)


def run_add(args) -> int:
    from mcdm.project.edits import AddCriterion, fresh_id
    from mcdm.project.model import Criterion, CriterionType

    project, lang = open_project(args)
    parent = find_criterion(project, args.parent, lang)
    label = new_label(args, lang)
    taken = [n.id for n in project.goal.walk()] + \
        [c.id for i in project.industries for c in i.criteria]
    cid = args.id or fresh_id(taken, "C", numbered=True)
    kind = CriterionType.COST if args.type == "cost" else CriterionType.BENEFIT
    node = Criterion(cid, label, type=kind, unit=args.unit.strip())
    new = commit(args, project, AddCriterion(parent.id, node), lang)
    where = parent.label.get(lang)
    done(lang, "cli.criterion_added", new_id=cid, label=label.get(lang), parent=where,
         type=_type_word(kind, lang))
    lost = count_scores(project) - count_scores(new)
    if lost:
        done(lang, "cli.criterion_leaf_scores", parent=where, scores=lost)
    if any(parent.id in nodes for nodes in project.judgments.values()):
        done(lang, "cli.criterion_needs_judgments", parent=where, label=label.get(lang))
    return 0


def run_remove(args) -> int:
    from mcdm.project.edits import RemoveCriterion

    project, lang = open_project(args)
    node = find_criterion(project, args.criterion, lang)
    new = commit(args, project, RemoveCriterion(node.id), lang)
    done(lang, "cli.criterion_removed", label=node.label.get(lang),
         below=sum(1 for _ in node.walk()) - 1,
         judgments=count_judgments(project) - count_judgments(new),
         scores=count_scores(project) - count_scores(new))
    return 0


def run_rename(args) -> int:
    from mcdm.project.edits import RenameCriterion

    project, lang = open_project(args)
    node = find_criterion(project, args.criterion, lang)
    label = new_label(args, lang, node.label)
    commit(args, project, RenameCriterion(node.id, label), lang)
    done(lang, "cli.criterion_renamed", old=node.label.get(lang), label=label.get(lang))
    return 0


def run_type(args) -> int:
    from mcdm.project.edits import SetCriterionType
    from mcdm.project.model import CriterionType

    project, lang = open_project(args)
    node = find_criterion(project, args.criterion, lang, goal=False)
    kind = CriterionType.COST if args.type == "cost" else CriterionType.BENEFIT
    commit(args, project, SetCriterionType(node.id, kind), lang)
    done(lang, "cli.criterion_type", label=node.label.get(lang), type=_type_word(kind, lang))
    return 0


def run_unit(args) -> int:
    from mcdm.project.edits import SetCriterionUnit

    project, lang = open_project(args)
    node = find_criterion(project, args.criterion, lang, goal=False)
    commit(args, project, SetCriterionUnit(node.id, args.unit.strip()), lang)
    done(lang, "cli.criterion_unit", label=node.label.get(lang), unit=args.unit.strip())
    return 0


def run_list(args) -> int:
    from mcdm.cli.text import table, word

    project, lang = open_project(args)
    rows = []
    for node in project.goal.walk():
        depth = len(project.path(node.id)) - 1
        leaf = not node.children and node is not project.goal
        rows.append(["  " * depth + node.id, node.label.zh, node.label.en,
                     _type_word(node.type, lang) if leaf else "", node.unit])
    sys.stdout.write(table([word("id", lang), word("label_zh", lang), word("label_en", lang),
                            word("type", lang), word("unit", lang)], rows) + "\n")
    return 0

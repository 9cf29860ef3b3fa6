"""``fourchains-cli expert``: add, remove, rename, re-weight or list the panel's experts.

    fourchains-cli expert add PROJECT --name NAME [--role ROLE] [--weight W] [--id ID]
    fourchains-cli expert remove PROJECT EXPERT
    fourchains-cli expert rename PROJECT EXPERT [NEW_NAME] [--role ROLE]
    fourchains-cli expert weight PROJECT EXPERT W
    fourchains-cli expert list PROJECT

EXPERT is an id or a name. Each command is one edit of :mod:`mcdm.project.edits`; removing an
expert removes their judgments and scores too (the confirmation says how many).
"""

from __future__ import annotations

import sys

from mcdm.cli.editing import commit, done, edit_parent, open_project, subcommands
from mcdm.cli.helptext import h
from mcdm.cli.lookup import find_expert


def add_parser(sub, common) -> None:
    edit = edit_parent()
    actions = subcommands(sub, "expert", h("add, remove, rename, re-weight or list experts"),
                          common)
    a = actions.add_parser("add", parents=[common, edit], help=h("add an expert to the panel"))
    a.add_argument("--name", required=True, help=h("the expert's name"))
    a.add_argument("--role", default="", help=h("role or field (optional)"))
    a.add_argument("--weight", type=float, default=1.0,
                   help=h("the expert's weight in the group (default 1)"))
    a.add_argument("--id", help=h("id of the new expert (default: the next free E1, E2, …)"))
    a.set_defaults(run=run_add)
    r = actions.add_parser("remove", parents=[common, edit],
                           help=h("remove an expert with their judgments and scores"))
    r.add_argument("expert", metavar=h("EXPERT"), help=h("id or name"))
    r.set_defaults(run=run_remove)
    n = actions.add_parser("rename", parents=[common, edit],
                           help=h("change an expert's name or role"))
    n.add_argument("expert", metavar=h("EXPERT"), help=h("id or name"))
    n.add_argument("name", metavar=h("NEW_NAME"), nargs="?", help=h("the new name"))
    n.add_argument("--role", help=h("the new role"))
    n.set_defaults(run=run_rename)
    w = actions.add_parser("weight", parents=[common, edit], help=h("set an expert's weight"))
    w.add_argument("expert", metavar=h("EXPERT"), help=h("id or name"))
    w.add_argument("weight", metavar=h("W"), type=float, help=h("a number ≥ 0"))
    w.set_defaults(run=run_weight)
    ls = actions.add_parser("list", parents=[common], help=h("list the panel"))
    ls.add_argument("project", metavar=h("PROJECT"), help=h("project file (.json)"))
    ls.set_defaults(run=run_list)


def _number(x: float) -> str:
    return f"{x:g}"


def run_add(args) -> int:
    from mcdm.project.edits import AddExpert, fresh_id
    from mcdm.project.model import Expert

    project, lang = open_project(args)
    eid = args.id or fresh_id(project.expert_ids(), "E", numbered=True)
    commit(args, project, AddExpert(Expert(eid, args.name.strip(), args.role.strip(),
                                           args.weight)), lang)
    done(lang, "cli.expert_added", new_id=eid, name=args.name.strip(),
         weight=_number(args.weight))
    return 0


def run_remove(args) -> int:
    from mcdm.project.edits import RemoveExpert

    project, lang = open_project(args)
    e = find_expert(project, args.expert, lang, file=args.project)
    judged = sum(len(pairs) for pairs in project.judgments.get(e.id, {}).values())
    scored = sum(1 for key in project.scores if key[0] == e.id)
    commit(args, project, RemoveExpert(e.id), lang)
    done(lang, "cli.expert_removed", name=e.name, judgments=judged, scores=scored)
    return 0


def run_rename(args) -> int:
    from mcdm.cli.sentences import usage_error
    from mcdm.project.edits import RenameExpert

    project, lang = open_project(args)
    if args.name is None and args.role is None:
        raise usage_error("cli.rename_nothing", lang)
    e = find_expert(project, args.expert, lang, file=args.project)
    name = e.name if args.name is None else args.name.strip()
    commit(args, project, RenameExpert(e.id, name, None if args.role is None
                                       else args.role.strip()), lang)
    if args.name is not None:
        done(lang, "cli.expert_renamed", old=e.name, name=name)
    if args.role is not None:
        done(lang, "cli.expert_role", name=name, role=args.role.strip())
    return 0


def run_weight(args) -> int:
    from mcdm.project.edits import SetExpertWeight

    project, lang = open_project(args)
    e = find_expert(project, args.expert, lang, file=args.project)
    commit(args, project, SetExpertWeight(e.id, args.weight), lang)
    done(lang, "cli.expert_weight", name=e.name, old=_number(e.weight),
         new=_number(args.weight))
    return 0


def run_list(args) -> int:
    from mcdm.cli.text import table, word

    project, lang = open_project(args)
    total = sum(e.weight for e in project.experts) or 1.0
    rows = [[e.id, e.name, e.role, _number(e.weight), f"{e.weight / total:.1%}",
             str(sum(len(p) for p in project.judgments.get(e.id, {}).values())),
             str(sum(1 for key in project.scores if key[0] == e.id))] for e in project.experts]
    sys.stdout.write(table([word("id", lang), word("name", lang), word("role", lang),
                            word("weight", lang), word("share", lang), word("judgments", lang),
                            word("scores", lang)], rows, {3, 4, 5, 6}) + "\n")
    return 0

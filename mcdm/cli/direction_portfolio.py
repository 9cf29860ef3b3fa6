"""The portfolio actions of ``fourchains-cli direction``: a direction's estimated cost, and whether
the portfolio must include it, must leave it out, or is free to choose.

    fourchains-cli direction cost PROJECT INDUSTRY DIRECTION COST      # COST: a number ≥ 0, or none
    fourchains-cli direction include|exclude|free PROJECT INDUSTRY DIRECTION...

Each is an edit of :mod:`mcdm.project.edits_portfolio` (``SetDirectionCost``,
``SetDirectionChoice``); several directions named at once are one edit (all are found before
anything changes). Also the columns ``direction list`` adds once a cost or a choice is set.
"""

from __future__ import annotations

import shlex

from mcdm.cli.editing import commit, done, open_project
from mcdm.cli.helptext import h
from mcdm.cli.lookup import find_direction, find_industry

__all__ = ["add_actions", "list_columns", "parse_cost"]

# The action, the choice it sets (SetDirectionChoice), and what it says when done.
_CHOICES = {"include": "must", "exclude": "exclude", "free": None}
_SAID = {"include": "cli.direction_must", "exclude": "cli.direction_exclude",
         "free": "cli.direction_free"}


def add_actions(actions, common, edit) -> None:
    """Add ``cost``, ``include``, ``exclude`` and ``free`` to ``direction``'s actions."""
    c = actions.add_parser("cost", parents=[common, edit],
                           help=h("set a direction's estimated cost (none clears it)"))
    c.add_argument("industry", metavar=h("INDUSTRY"), help=h("id or label of the industry"))
    c.add_argument("direction", metavar=h("DIRECTION"), help=h("id or label"))
    c.add_argument("cost", metavar=h("COST"),
                   help=h("a number ≥ 0 in the project's cost unit, or none (or -) to clear it"))
    c.set_defaults(run=run_cost)
    helps = {"include": h("require directions in the portfolio (must include)"),
             "exclude": h("keep directions out of the portfolio"),
             "free": h("neither require nor exclude directions: the optimization decides")}
    for action, text in helps.items():
        p = actions.add_parser(action, parents=[common, edit], help=text, description=text)
        p.add_argument("industry", metavar=h("INDUSTRY"), help=h("id or label of the industry"))
        p.add_argument("directions", metavar=h("DIRECTION"), nargs="+",
                       help=h("id or label (several: all of them)"))
        p.set_defaults(run=run_choice, choice=action)


def run_cost(args) -> int:
    from mcdm.cli.amounts import shown_amount
    from mcdm.project.edits import SetDirectionCost

    project, lang = open_project(args)
    ind = find_industry(project, args.industry, lang)
    d = find_direction(project, ind, args.direction, lang)
    unit = project.portfolio.cost_unit
    cost = parse_cost(args.cost, project, ind, d.label, lang)
    commit(args, project, SetDirectionCost(ind.id, d.id, cost), lang)
    said = {"direction": d.label.get(lang), "industry": ind.label.get(lang),
            "old": shown_amount(d.cost, unit, lang), "new": shown_amount(cost, unit, lang)}
    if unit or cost is None:
        done(lang, "cli.direction_cost", **said)
    else:  # a number without a unit: say how to give the project one
        done(lang, "cli.direction_cost_no_unit", file=shlex.quote(args.output or args.project),
             **said)
    return 0


def parse_cost(text: str, project, industry, label, lang: str) -> float | None:
    """The cost ``text`` gives the direction ``label`` (a Text) of ``industry``, in the project's
    cost unit (None for ``none``), or the error naming the direction and what was expected."""
    from mcdm.cli.amounts import parse_amount
    from mcdm.cli.sentences import error

    unit = project.portfolio.cost_unit
    try:
        return parse_amount(text, unit)
    except ValueError:
        raise error("cli.cost_invalid", lang, direction=label.get(lang),
                    industry=industry.label.get(lang), value=text, unit=unit or None) from None


def run_choice(args) -> int:
    from mcdm.project.edits import Composite, SetDirectionChoice

    project, lang = open_project(args)
    ind = find_industry(project, args.industry, lang)
    named = []
    for text in args.directions:  # every name is found before anything changes
        d = find_direction(project, ind, text, lang)
        if d not in named:
            named.append(d)
    choice = _CHOICES[args.choice]
    commit(args, project, Composite(tuple(SetDirectionChoice(ind.id, d.id, choice)
                                          for d in named)), lang)
    done(lang, _SAID[args.choice], industry=ind.label.get(lang),
         directions=tuple(f"“{d.label.get(lang)}”" for d in named))
    return 0


def list_columns(project, industries, lang: str):
    """``(headers, cells, numeric)``: the columns ``direction list`` adds — the cost once any
    listed direction has one, the portfolio choice once any has one —, per direction of
    ``industries`` its cells, and which of these columns hold numbers (right-aligned)."""
    from mcdm.cli.amounts import shown_amount
    from mcdm.messages import word

    plan, unit = project.portfolio, project.portfolio.cost_unit
    pairs = [(i, d) for i in industries for d in i.directions]
    heads: list[str] = []
    numeric: set[int] = set()
    cells: list[list[str]] = [[] for _ in pairs]
    if any(d.cost is not None for _, d in pairs):
        numeric.add(len(heads))
        heads.append(word("cli.cost_header_unit", lang, unit=unit) if unit
                     else word("cli.cost_header", lang))
        for row, (_, d) in zip(cells, pairs, strict=True):
            row.append("" if d.cost is None else shown_amount(d.cost, "", lang))
    if any(plan.choice(i.id, d.id) for i, d in pairs):
        heads.append(word("cli.choice_header", lang))
        for row, (i, d) in zip(cells, pairs, strict=True):
            choice = plan.choice(i.id, d.id)
            row.append(word(f"cli.choice.{choice}", lang) if choice else "")
    return heads, cells, numeric

"""``fourchains-cli budget``: the portfolio's budget and cost unit, set or shown.

    fourchains-cli budget PROJECT AMOUNT [--unit UNIT]     # AMOUNT: a number ≥ 0, or none
    fourchains-cli budget PROJECT --unit UNIT
    fourchains-cli budget PROJECT

The budget is in the project's cost unit (e.g. 亿元), as are the directions' costs
(``fourchains-cli direction cost``); ``none`` (or ``-``) clears it. ``--unit`` only renames the
unit: no amount is converted, and the confirmation says so. Budget and unit given together are
one edit. Without either, it prints the budget and how many directions have a cost. The edits
are :class:`~mcdm.project.edits_portfolio.SetBudget` and ``SetCostUnit``; ``fourchains-cli
portfolio`` then finds the best set of directions within the budget.
"""

from __future__ import annotations

from mcdm.cli.editing import commit, done, edit_parent, open_project
from mcdm.cli.helptext import h


def add_parser(sub, common) -> None:
    text = h("set the portfolio's budget and cost unit (without them: show the budget)")
    p = sub.add_parser("budget", parents=[common, edit_parent()], help=text, description=text)
    p.add_argument("amount", metavar=h("AMOUNT"), nargs="?",
                   help=h("the budget, a number ≥ 0 in the cost unit, or none (or -) to clear it"))
    p.add_argument("--unit", metavar=h("UNIT"),
                   help=h('the cost unit of the budget and the costs, e.g. 亿元 ("" for none); '
                          "amounts are not converted"))
    p.set_defaults(run=run)


def run(args) -> int:
    from mcdm.cli.amounts import parse_amount, shown_amount, shown_unit
    from mcdm.cli.sentences import error
    from mcdm.project.edits import Composite, SetBudget, SetCostUnit

    project, lang = open_project(args)
    plan = project.portfolio
    if args.amount is None and args.unit is None:
        return _show(project, lang)
    unit = plan.cost_unit if args.unit is None else args.unit.strip()
    edits = []
    if args.amount is not None:
        try:
            budget = parse_amount(args.amount, unit)
        except ValueError:
            raise error("cli.budget_invalid", lang, value=args.amount,
                        unit=unit or None) from None
        edits.append(SetBudget(budget))
    if args.unit is not None:
        edits.append(SetCostUnit(unit))
    new = commit(args, project, Composite(tuple(edits)), lang).portfolio
    old_budget = shown_amount(plan.budget, plan.cost_unit, lang)
    new_budget = shown_amount(new.budget, new.cost_unit, lang)
    if args.unit is None:
        done(lang, "cli.budget_set", old=old_budget, new=new_budget)
    elif args.amount is None:
        done(lang, "cli.cost_unit_set", old=shown_unit(plan.cost_unit, lang),
             new=shown_unit(new.cost_unit, lang))
    else:
        done(lang, "cli.budget_and_unit_set", old=old_budget, new=new_budget,
             old_unit=shown_unit(plan.cost_unit, lang), new_unit=shown_unit(new.cost_unit, lang))
    return 0


def _show(project, lang: str) -> int:
    from mcdm.cli.amounts import shown_amount
    from mcdm.project.portfolio import money

    plan = project.portfolio
    costs = [d.cost for i in project.industries for d in i.directions if d.cost is not None]
    total = sum(len(i.directions) for i in project.industries)
    done(lang, "cli.budget_shown", budget=shown_amount(plan.budget, plan.cost_unit, lang),
         costed=str(len(costs)), total=str(total), sum=money(sum(costs), plan.cost_unit),
         must=str(len(plan.must)), excluded=str(len(plan.exclude)))
    return 0

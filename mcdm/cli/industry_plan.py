"""``fourchains-cli industry plan``: an industry's part in the portfolio — its weight, and bounds
on how many of its directions and how much spend the portfolio takes.

    fourchains-cli industry plan PROJECT INDUSTRY [--weight W] [--min-count N] [--max-count N]
                                 [--min-spend X] [--max-spend X] [--reset]

A direction's value in the portfolio is its closeness times its industry's weight (1 unless set).
Each bound is a number ≥ 0 (counts whole, spends in the project's cost unit) or ``none`` to
remove it; options not given keep their value, ``--reset`` starts from the default plan (weight 1,
no bounds). Without options it prints the plan. A minimum above its maximum — given now or set
before — is refused naming the industry and both bounds; the edit is
:class:`~mcdm.project.edits_portfolio.SetIndustryPlan`. Also the columns ``industry list``
adds once any industry has a plan.
"""

from __future__ import annotations

from mcdm.cli.editing import commit, done, open_project
from mcdm.cli.helptext import h
from mcdm.cli.lookup import find_industry

__all__ = ["add_action", "describe_plan", "list_columns"]

# option → (IndustryPlan field, a count?)
_BOUNDS = {"--min-count": ("min_count", True), "--max-count": ("max_count", True),
           "--min-spend": ("min_spend", False), "--max-spend": ("max_spend", False)}


def add_action(actions, common, edit) -> None:
    """Add ``plan`` to ``industry``'s actions."""
    text = h("set an industry's weight and bounds in the portfolio (without options: show them)")
    p = actions.add_parser("plan", parents=[common, edit], help=text, description=text)
    p.add_argument("industry", metavar=h("INDUSTRY"), help=h("id or label"))
    p.add_argument("--weight", metavar=h("W"),
                   help=h("a direction's value is its closeness times this weight (default 1)"))
    p.add_argument("--min-count", metavar="N",
                   help=h("take at least N of its directions (none: no minimum)"))
    p.add_argument("--max-count", metavar="N",
                   help=h("take at most N of its directions (none: no maximum)"))
    p.add_argument("--min-spend", metavar="X",
                   help=h("spend at least X on it, in the cost unit (none: no minimum)"))
    p.add_argument("--max-spend", metavar="X",
                   help=h("spend at most X on it, in the cost unit (none: no maximum)"))
    p.add_argument("--reset", action="store_true",
                   help=h("start from the default plan: weight 1, no bounds"))
    p.set_defaults(run=run_plan)


def _new_plan(args, ind, old, unit: str, lang: str):
    """The plan the options ask for, or the error naming the first bad one."""
    from mcdm.cli.amounts import parse_amount, parse_count, parse_weight
    from mcdm.cli.sentences import error
    from mcdm.project.model_portfolio import IndustryPlan

    label = ind.label.get(lang)
    plan = IndustryPlan() if args.reset else old
    if args.weight is not None:
        try:
            plan = plan.replace(weight=parse_weight(args.weight))
        except ValueError:
            raise error("cli.plan_weight_invalid", lang, industry=label,
                        value=args.weight) from None
    for option, (name, whole) in _BOUNDS.items():
        text = getattr(args, name)
        if text is None:
            continue
        try:
            value = parse_count(text) if whole else parse_amount(text, unit)
        except ValueError:
            raise error("cli.plan_count_invalid" if whole else "cli.plan_spend_invalid", lang,
                        industry=label, option=option, value=text, unit=unit or None) from None
        plan = plan.replace(**{name: value})
    _check_order(plan, label, unit, lang)
    return plan


def _check_order(plan, label: str, unit: str, lang: str) -> None:
    from mcdm.cli.amounts import shown_amount
    from mcdm.cli.sentences import error

    if plan.min_count is not None and plan.max_count is not None and \
            plan.min_count > plan.max_count:
        raise error("cli.plan_count_order", lang, industry=label, low=str(plan.min_count),
                    high=str(plan.max_count))
    if plan.min_spend is not None and plan.max_spend is not None and \
            plan.min_spend > plan.max_spend:
        raise error("cli.plan_spend_order", lang, industry=label,
                    low=shown_amount(plan.min_spend, unit, lang),
                    high=shown_amount(plan.max_spend, unit, lang))


def run_plan(args) -> int:
    from mcdm.project.edits import SetIndustryPlan

    project, lang = open_project(args)
    ind = find_industry(project, args.industry, lang)
    unit = project.portfolio.cost_unit
    old = project.portfolio.industry(ind.id)
    asked = args.reset or args.weight is not None or \
        any(getattr(args, name) is not None for name, _ in _BOUNDS.values())
    plan = old
    if asked:
        plan = _new_plan(args, ind, old, unit, lang)
        commit(args, project, SetIndustryPlan(ind.id, plan), lang)
    done(lang, "cli.industry_plan", industry=ind.label.get(lang),
         plan=describe_plan(plan, unit, lang))
    return 0


def describe_plan(plan, unit: str, lang: str) -> str:
    """``"weight 2, at least 1 directions, spend at most 80 亿元"`` (or "weight 1, no bounds")."""
    from mcdm.cli.amounts import shown_amount
    from mcdm.messages import word
    from mcdm.messages._render import number

    parts = [word("cli.plan_weight", lang, weight=number(plan.weight))]
    for name, value in plan.bounds().items():
        if name.endswith("count"):
            parts.append(word(f"cli.plan_{name}", lang, n=value))
        else:
            parts.append(word(f"cli.plan_{name}", lang, amount=shown_amount(value, unit, lang)))
    if len(parts) == 1:
        parts.append(word("cli.plan_no_bounds", lang))
    return ("，" if lang == "zh" else ", ").join(parts)


def _range(low, high, show) -> str:
    if low is None and high is None:
        return ""
    if high is None:
        return f"≥ {show(low)}"
    if low is None:
        return f"≤ {show(high)}"
    return f"{show(low)}–{show(high)}"


def list_columns(project, lang: str):
    """``(headers, rows)``: the columns ``industry list`` adds — each industry's weight, count
    and spend bounds — once any industry has a plan (none otherwise)."""
    from mcdm.messages import word
    from mcdm.messages._render import number
    from mcdm.project.portfolio import amount

    portfolio = project.portfolio
    if not portfolio.industries:  # only plans that differ from the default are stored
        return [], [[] for _ in project.industries]
    unit = portfolio.cost_unit
    heads = [word("cli.plan_weight_header", lang), word("cli.plan_count_header", lang),
             word("cli.plan_spend_header_unit", lang, unit=unit) if unit
             else word("cli.plan_spend_header", lang)]
    rows = []
    for ind in project.industries:
        p = portfolio.industry(ind.id)
        rows.append([number(p.weight), _range(p.min_count, p.max_count, str),
                     _range(p.min_spend, p.max_spend, amount)])
    return heads, rows

"""Validation of directions' costs and the portfolio definition (part of :mod:`.schema`).

Each problem names its JSON path: ``$.industries[2].directions[0].cost``,
``$.portfolio.budget``, ``$.portfolio.industries.ngit.min_count``, ``$.portfolio.must.ngit[0]``.
What only the data can tell (a minimum the directions with costs cannot reach, a budget below
the must-include directions) is reported when the portfolio is solved
(:mod:`mcdm.project.portfolio`), not here.
"""

from __future__ import annotations

import math
import re

from mcdm.project.model import Project
from mcdm.project.model_portfolio import BOUND_FIELDS, IndustryPlan

__all__ = ["check_portfolio"]

_BAD_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def _finite(v) -> bool:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return False
    try:
        return math.isfinite(v)
    except OverflowError:
        return False


def _amount(v) -> bool:
    return _finite(v) and v >= 0


def _whole(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and v >= 0


def _check_plan(c, plan: IndustryPlan, path: str, jpath) -> None:
    if not isinstance(plan, IndustryPlan):
        c.add(path, "project.portfolio_plan", "not an industry plan", "an IndustryPlan")
        return
    if not _amount(plan.weight):
        c.add(jpath(path, "weight"), "project.portfolio_weight",
              f"industry weight {plan.weight!r}", "a finite number ≥ 0", value=plan.weight)
    for name in BOUND_FIELDS:
        v = getattr(plan, name)
        ok = _whole(v) if name.endswith("count") else _amount(v)
        if v is not None and not ok:
            c.add(jpath(path, name), "project.portfolio_bound", f"{name} is {v!r}",
                  "a whole number ≥ 0" if name.endswith("count") else "a finite number ≥ 0",
                  bound=name, value=v)
    for what in ("count", "spend"):
        lo, hi = getattr(plan, f"min_{what}"), getattr(plan, f"max_{what}")
        if _amount(lo) and _amount(hi) and lo > hi:
            c.add(jpath(path, f"max_{what}"), "project.portfolio_bound_order",
                  f"min_{what} {lo!r} is above max_{what} {hi!r}",
                  f"max_{what} ≥ min_{what}", bound=what, min=lo, max=hi)


def check_portfolio(c, project: Project, jpath) -> None:
    """Add every problem of the costs and the portfolio definition to the collector ``c``."""
    for i, ind in enumerate(project.industries):
        for k, d in enumerate(ind.directions):
            if d.cost is not None and not _amount(d.cost):
                c.add(jpath(jpath(jpath(jpath("$.industries", i), "directions"), k), "cost"),
                      "project.direction_cost", f"cost {d.cost!r}", "a finite number ≥ 0",
                      industry=ind.id, direction=d.id, value=d.cost)
    plan = project.portfolio
    base = "$.portfolio"
    if plan.budget is not None and not _amount(plan.budget):
        c.add(jpath(base, "budget"), "project.portfolio_budget", f"budget {plan.budget!r}",
              "a finite number ≥ 0", value=plan.budget)
    if not isinstance(plan.cost_unit, str) or _BAD_TEXT.search(plan.cost_unit):
        c.add(jpath(base, "cost_unit"), "project.text_invalid",
              "the text holds a control character or an unpaired surrogate", "printable text")
    directions = {ind.id: set(ind.direction_ids()) for ind in project.industries}
    for ind_id, industry_plan in plan.industries.items():
        path = jpath(jpath(base, "industries"), str(ind_id))
        if ind_id not in directions:
            c.add(path, "project.portfolio_industry", f"a plan for unknown industry {ind_id!r}",
                  "an industry listed in $.industries", industry=ind_id)
            continue
        _check_plan(c, industry_plan, path, jpath)
    for name in ("must", "exclude"):
        for k, (ind_id, d) in enumerate(sorted(getattr(plan, name), key=str)):
            if d not in directions.get(ind_id, ()):
                c.add(jpath(jpath(jpath(base, name), str(ind_id)), k),
                      "project.portfolio_direction",
                      f"{name} names unknown direction {d!r} of {ind_id!r}",
                      "a direction of that industry", industry=ind_id, direction=d)
    for ind_id, d in sorted(plan.must & plan.exclude, key=str):
        c.add(jpath(jpath(base, "exclude"), str(ind_id)), "project.portfolio_must_and_exclude",
              f"direction {d!r} of {ind_id!r} is both required and excluded",
              "a direction either required or excluded, not both", industry=ind_id,
              direction=d)

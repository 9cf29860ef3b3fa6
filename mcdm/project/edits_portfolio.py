"""Edits of directions' costs and the portfolio definition, each with its inverse.

Value edits (see :mod:`mcdm.project.edits`): each checks its input, applies, and returns the
edit that puts the old value back. A value the schema would refuse (a minimum above the
maximum) raises ``ValidationFailed`` (code ``edit.invalid``) naming the JSON path; nothing
changes.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass

from mcdm.errors import Location, Problem, ValidationFailed
from mcdm.project.edit_base import Edit, _err
from mcdm.project.model import Project
from mcdm.project.model_portfolio import IndustryPlan
from mcdm.project.schema import jpath
from mcdm.project.schema_portfolio import check_portfolio

__all__ = ["CHOICES", "SetBudget", "SetCostUnit", "SetDirectionChoice", "SetDirectionCost",
           "SetIndustryPlan"]

#: What a planner may say about a direction in the portfolio (None: the optimizer decides).
CHOICES = ("must", "exclude")
_BAD_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


class _Collector:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, path, code, message, expected=None, **params) -> None:
        self.problems.append(Problem(code, message, Location(path=path), expected, params))


def _checked(old: Project, new: Project) -> Project:
    """``new`` if it adds no problem of costs or the portfolio definition to ``old``."""
    before, after = _Collector(), _Collector()
    check_portfolio(before, old, jpath)
    check_portfolio(after, new, jpath)
    seen = {(p.code, p.location.path) for p in before.problems}
    added = [p for p in after.problems if (p.code, p.location.path) not in seen]
    if added:
        raise ValidationFailed(added, code="edit.invalid")
    return new


def _amount(value, what: str, code: str, **loc) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or \
            not math.isfinite(value) or value < 0:
        raise _err(code, f"{what} {value!r}", "a finite number ≥ 0", params={"value": value},
                   **loc)
    return float(value)


def _direction(project: Project, industry_id: str, direction_id: str):
    ind = project.industry(industry_id)
    for d in ind.directions:
        if d.id == direction_id:
            return ind, d
    raise _err("edit.unknown_direction", f"no direction {direction_id!r}",
               "a direction of the industry", field=str(direction_id),
               params={"industry": industry_id, "direction": direction_id})


@dataclass(frozen=True)
class SetDirectionCost(Edit):
    """Set (None clears) a direction's estimated cost, in the portfolio's cost unit."""

    industry_id: str
    direction_id: str
    cost: float | None

    def apply(self, project: Project) -> tuple[Project, Edit]:
        ind, old = _direction(project, self.industry_id, self.direction_id)
        cost = _amount(self.cost, "cost", "edit.direction_cost", field=self.direction_id)
        dirs = tuple(dataclasses.replace(d, cost=cost) if d.id == old.id else d
                     for d in ind.directions)
        inds = tuple(i.replace(directions=dirs) if i.id == ind.id else i
                     for i in project.industries)
        return project.replace(industries=inds), SetDirectionCost(ind.id, old.id, old.cost)


@dataclass(frozen=True)
class SetBudget(Edit):
    """Set (None clears) the portfolio's budget."""

    budget: float | None

    def apply(self, project: Project) -> tuple[Project, Edit]:
        budget = _amount(self.budget, "budget", "edit.portfolio_budget", field="budget")
        plan = project.portfolio
        return project.replace(portfolio=plan.replace(budget=budget)), SetBudget(plan.budget)


@dataclass(frozen=True)
class SetCostUnit(Edit):
    """The unit costs and the budget are given in (e.g. 亿元)."""

    unit: str

    def apply(self, project: Project) -> tuple[Project, Edit]:
        if not isinstance(self.unit, str) or _BAD_TEXT.search(self.unit):
            raise _err("edit.text_invalid", "the cost unit holds a control character",
                       "printable text", field="cost_unit")
        plan = project.portfolio
        return (project.replace(portfolio=plan.replace(cost_unit=self.unit.strip())),
                SetCostUnit(plan.cost_unit))


@dataclass(frozen=True)
class SetIndustryPlan(Edit):
    """An industry's weight and bounds in the portfolio (the default plan removes them)."""

    industry_id: str
    plan: IndustryPlan

    def apply(self, project: Project) -> tuple[Project, Edit]:
        project.industry(self.industry_id)
        if not isinstance(self.plan, IndustryPlan):
            raise _err("edit.portfolio_plan", f"industry plan {self.plan!r}", "an IndustryPlan",
                       field=self.industry_id)
        plan = project.portfolio
        old = plan.industry(self.industry_id)
        plans = dict(plan.industries) | {self.industry_id: self.plan}
        new = project.replace(portfolio=plan.replace(industries=plans))
        return _checked(project, new), SetIndustryPlan(self.industry_id, old)


@dataclass(frozen=True)
class SetDirectionChoice(Edit):
    """Require ("must"), exclude ("exclude") or free (None) a direction in the portfolio."""

    industry_id: str
    direction_id: str
    choice: str | None

    def apply(self, project: Project) -> tuple[Project, Edit]:
        _direction(project, self.industry_id, self.direction_id)
        if self.choice is not None and self.choice not in CHOICES:
            raise _err("edit.portfolio_choice", f"choice {self.choice!r}",
                       "must, exclude or none", field=self.direction_id,
                       params={"value": self.choice})
        plan = project.portfolio
        key = (self.industry_id, self.direction_id)
        old = plan.choice(*key)
        must, exclude = plan.must - {key}, plan.exclude - {key}
        if self.choice == "must":
            must |= {key}
        elif self.choice == "exclude":
            exclude |= {key}
        new = project.replace(portfolio=plan.replace(must=must, exclude=exclude))
        return new, SetDirectionChoice(self.industry_id, self.direction_id, old)

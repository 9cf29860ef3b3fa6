"""The project's portfolio definition (投资组合): budget, cost unit, per-industry bounds, choices.

Each direction may carry an estimated cost (:attr:`mcdm.project.model.Direction.cost`, in the
project's ``cost_unit``, e.g. 亿元); :class:`PortfolioPlan` holds the rest of what a planner sets:

- ``budget`` (None until set) and ``cost_unit``;
- per industry an :class:`IndustryPlan`: the industry's weight (a direction's value is its TOPSIS
  closeness times this weight; 1 by default) and optional bounds on how many of its directions,
  and how much spend, the portfolio takes;
- directions that must be in (必选) or must stay out (排除), as ``(industry_id, direction_id)``.

Values are canonical, so an edit followed by its inverse gives back an equal plan: an industry
whose plan is the default is not stored, and the choices are sets.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

__all__ = ["BOUND_FIELDS", "IndustryPlan", "PortfolioPlan"]

#: The optional bounds of an industry, in the order files and tables list them.
BOUND_FIELDS = ("min_count", "max_count", "min_spend", "max_spend")


@dataclass(frozen=True)
class IndustryPlan:
    """How one industry takes part in the portfolio.

    ``weight`` (≥ 0) multiplies its directions' closeness into their value; ``min_count`` /
    ``max_count`` bound how many of its directions are chosen, ``min_spend`` / ``max_spend``
    their total cost (None: no bound).
    """

    weight: float = 1.0
    min_count: int | None = None
    max_count: int | None = None
    min_spend: float | None = None
    max_spend: float | None = None

    def is_default(self) -> bool:
        return self == IndustryPlan()

    def bounds(self) -> dict[str, float | int]:
        """The bounds that are set, by name."""
        return {k: getattr(self, k) for k in BOUND_FIELDS if getattr(self, k) is not None}

    def replace(self, **kw: Any) -> IndustryPlan:
        values = {f.name: getattr(self, f.name) for f in fields(self)} | kw
        return IndustryPlan(**values)


def _frozen_map(value: Mapping) -> Mapping:
    from mcdm.project.model import FrozenDict  # model imports this module

    kept = {k: v for k, v in value.items() if not (isinstance(v, IndustryPlan) and v.is_default())}
    if isinstance(value, FrozenDict) and len(kept) == len(value):
        return value
    return FrozenDict(kept)


@dataclass(frozen=True)
class PortfolioPlan:
    """The project's portfolio definition (see the module docstring)."""

    budget: float | None = None
    cost_unit: str = ""
    industries: Mapping = field(default_factory=dict)
    must: frozenset = frozenset()
    exclude: frozenset = frozenset()

    def __post_init__(self) -> None:
        object.__setattr__(self, "industries", _frozen_map(self.industries))
        for name in ("must", "exclude"):
            value = getattr(self, name)
            if not isinstance(value, frozenset):
                object.__setattr__(self, name, frozenset(tuple(x) for x in value))

    def industry(self, industry_id: str) -> IndustryPlan:
        """The industry's plan (the default plan if none was set)."""
        return self.industries.get(industry_id) or IndustryPlan()

    def choice(self, industry_id: str, direction_id: str) -> str | None:
        """"must", "exclude" or None for a direction."""
        key = (industry_id, direction_id)
        return "must" if key in self.must else "exclude" if key in self.exclude else None

    def is_default(self) -> bool:
        return self == PortfolioPlan()

    def replace(self, **kw: Any) -> PortfolioPlan:
        values = {f.name: getattr(self, f.name) for f in fields(self)} | kw
        return PortfolioPlan(**values)

"""Directions' costs and the portfolio definition ⇄ the file layout (part of :mod:`.codec`).

Both are optional members, written only when set, so a project without them saves to the same
bytes as before they existed::

    "directions": [{"id", "label", "description", "cost": 12.5}],
    "portfolio": {"budget": 120, "cost_unit": "亿元",
                  "industries": {industry: {"weight": 1.5, "min_count": 1, "max_count": 3,
                                            "min_spend": 10, "max_spend": 60}},
                  "must": {industry: [direction, ...]}, "exclude": {industry: [direction, ...]}}

An industry's members other than ``weight`` are bounds, written only when set. Reading reports
every problem with its JSON path (types here; values in :mod:`.schema_portfolio`).
"""

from __future__ import annotations

from typing import Any

from mcdm.project.model import Direction, Project
from mcdm.project.model_portfolio import BOUND_FIELDS, IndustryPlan, PortfolioPlan
from mcdm.project.schema import jpath

__all__ = ["direction_cost", "portfolio_data", "read_cost", "read_portfolio"]

_PLAN_KEYS = ("weight", *BOUND_FIELDS)
_KEYS = ("budget", "cost_unit", "industries", "must", "exclude")


def _num(v: float) -> int | float:
    f = float(v)
    return int(f) if f.is_integer() and abs(f) < 2**53 else f


def direction_cost(d: Direction) -> dict[str, Any]:
    """The direction's optional members (``{"cost": …}`` when it has a cost)."""
    return {} if d.cost is None else {"cost": _num(d.cost)}


def portfolio_data(project: Project) -> dict[str, Any] | None:
    """The ``portfolio`` member, or None when nothing of it is set."""
    plan = project.portfolio
    if plan.is_default():
        return None
    out: dict[str, Any] = {}
    if plan.budget is not None:
        out["budget"] = _num(plan.budget)
    if plan.cost_unit:
        out["cost_unit"] = plan.cost_unit
    order = [i.id for i in project.industries]
    known = [i for i in order if i in plan.industries] + sorted(
        str(i) for i in plan.industries if i not in order)
    if known:
        out["industries"] = {i: {k: _num(getattr(plan.industries[i], k)) for k in _PLAN_KEYS
                                 if getattr(plan.industries[i], k) is not None}
                             for i in known}
    for name in ("must", "exclude"):
        pairs = getattr(plan, name)
        if not pairs:
            continue
        by_industry: dict[str, list[str]] = {}
        for ind in project.industries:
            ids = [d for d in ind.direction_ids() if (ind.id, d) in pairs]
            if ids:
                by_industry[ind.id] = ids
        for i, d in sorted(p for p in pairs if p[0] not in by_industry
                           or p[1] not in by_industry[p[0]]):
            by_industry.setdefault(i, []).append(d)   # stale: the schema reports it
        out[name] = by_industry
    return out


def read_cost(r, d: dict, path: str) -> float | None:
    """A direction's ``cost`` (None when absent)."""
    if d.get("cost") is None:
        return None
    return r.number(d["cost"], jpath(path, "cost"))


def _count(r, v: Any, path: str) -> int | float | None:
    if v is None:
        return None
    if isinstance(v, int) and not isinstance(v, bool):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    r.fail(path, "file.number", f"{v!r} is not a whole number", "a whole number ≥ 0")
    return None


def read_portfolio(r, v: Any) -> PortfolioPlan:
    """The ``portfolio`` member (the default plan when absent)."""
    if v is None:
        return PortfolioPlan()
    base = "$.portfolio"
    d = r.obj(v, base) or {}
    for k in d:
        if k not in _KEYS:
            r.fail(jpath(base, k), "file.unknown_member", f"unknown member {k!r}",
                   ", ".join(_KEYS), name=str(k)[:40], allowed=tuple(_KEYS))
    budget = None if d.get("budget") is None else r.number(d["budget"], jpath(base, "budget"))
    unit = r.string(d, "cost_unit", base)
    plans = {}
    ipath = jpath(base, "industries")
    for ind, o in (r.obj(d.get("industries", {}), ipath) or {}).items():
        p = jpath(ipath, ind)
        o = r.obj(o, p) or {}
        kw: dict[str, Any] = {}
        for k, value in o.items():
            kp = jpath(p, k)
            if k not in _PLAN_KEYS:
                r.fail(kp, "file.unknown_member", f"unknown member {k!r}", ", ".join(_PLAN_KEYS),
                       name=str(k)[:40], allowed=tuple(_PLAN_KEYS))
            elif k.endswith("count"):
                kw[k] = _count(r, value, kp)
            elif value is not None:
                kw[k] = r.number(value, kp)
        plans[ind] = IndustryPlan(**kw)
    choices = {}
    for name in ("must", "exclude"):
        npath = jpath(base, name)
        pairs = set()
        for ind, ids in (r.obj(d.get(name, {}), npath) or {}).items():
            p = jpath(npath, ind)
            if not isinstance(ids, list):
                r.fail(p, "file.type", f"{type(ids).__name__} where a list is needed",
                       "a JSON list of direction ids")
                continue
            for k, x in enumerate(ids):
                if isinstance(x, str):
                    pairs.add((ind, x))
                else:
                    r.fail(jpath(p, k), "file.type", f"{x!r} is not a direction id", "a text")
        choices[name] = frozenset(pairs)
    return PortfolioPlan(budget, unit, plans, choices["must"], choices["exclude"])

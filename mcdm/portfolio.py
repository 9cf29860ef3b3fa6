"""Portfolios (投资组合) of priority directions under a budget: exact 0-1 selection, the efficient
frontier (有效前沿) over budgets, and how robust the choice is to uncertain values.

Each direction i has a value v_i (e.g. its TOPSIS closeness) and a cost c_i ≥ 0. A portfolio
x ∈ {0, 1}ⁿ maximizes Σ v_i x_i subject to Σ c_i x_i ≤ budget, must-include (必选) and excluded
(排除) items, and bounds per group of items (:class:`GroupBound`: how many of a chain or an
industry, and how much of the budget it may or must take). Two exact solvers (``method``):

- ``"milp"``: the 0-1 programme solved by HiGHS through ``scipy.optimize.milp`` (relative MIP
  gap 0; any constraints, any costs).
- ``"dp"``: dynamic programming over whole cost units, when every cost is a whole multiple of
  0.001 (after dividing by the costs' common factor). One pass gives every budget at once and
  handles many value samples together, which is what makes :func:`frontier` and
  :func:`robustness` fast. With group bounds it works group by group
  (:mod:`mcdm._portfolio_groups`: each group's best value per count and spend, combined over
  spend), one sample of values at a time.

``"auto"`` (the default) takes ``"dp"`` where it applies and its table (items × budget units)
stays under 30 million cells, else ``"milp"``; :func:`robustness` passes the samples through
the table in chunks that keep it under that size. Results record the solver used.

Ties: among the portfolios whose value is within 1e-7 (relative) of the optimum,
:func:`select` and :func:`frontier` return one of least cost; the solver is deterministic, so
the same problem always gives the same portfolio.

Errors (:class:`PortfolioError`, codes ``portfolio.*``) name the item, group and bound at fault:
``shape``, ``not_numeric``, ``not_finite``, ``negative_cost``, ``budget``, ``unknown_item``,
``must_and_exclude``, ``must_over_budget``, ``unknown_group``, ``duplicate_group``,
``bound_invalid``, ``bound_order``, ``group_unreachable``, ``group_over_budget``, ``infeasible``
(found by the solver; ``params["constraints"]`` lists the constraints whose relaxation alone
would make the problem feasible), ``solver``, ``unknown_method`` and ``dp_unavailable``.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np

from mcdm import _portfolio_dp as dp
from mcdm import _portfolio_groups as grouped
from mcdm._portfolio_model import (
    VALUE_TOL,
    GroupBound,
    Model,
    PortfolioError,
    build,
    check_budget,
    diagnose,
    solve,
)

METHODS = ("auto", "milp", "dp")

__all__ = [
    "METHODS", "FrontierResult", "GroupBound", "GroupUsage", "PortfolioError", "PortfolioResult",
    "RobustnessResult", "frontier", "robustness", "select",
]


def _frozen(a: np.ndarray) -> np.ndarray:
    a.flags.writeable = False
    return a


@dataclass(frozen=True)
class GroupUsage:
    """What a portfolio takes from one bounded group, and which of its bounds hold with equality."""

    group: Hashable
    count: int
    cost: float
    bound: GroupBound
    tight: tuple[str, ...]   # among "min_count", "max_count", "min_cost", "max_cost"


@dataclass(frozen=True, eq=False)  # holds arrays: compare fields, not results
class PortfolioResult:
    """The outcome of :func:`select` (arrays are read-only).

    Attributes
    ----------
    selected : ndarray (n,) of bool
    value, cost, budget : float
        Σ v_i over the portfolio, its cost, and the budget it had.
    budget_slack : float
        budget − cost.
    budget_binding : bool
        True when the budget is what stops the portfolio growing: some item that is neither
        selected nor excluded would add value but no such item fits in the slack.
    groups : tuple of GroupUsage
        One per bounded group, in the order of ``bounds``.
    tight : tuple of (group, bound)
        The group bounds met with equality, e.g. ``("innovation", "max_count")``.
    must, exclude : tuple of int
    values, costs : ndarray (n,)
    method : str
        The solver used, ``"milp"`` or ``"dp"``.
    """

    selected: np.ndarray
    value: float
    cost: float
    budget: float
    budget_slack: float
    budget_binding: bool
    groups: tuple[GroupUsage, ...]
    tight: tuple[tuple[Hashable, str], ...]
    must: tuple[int, ...]
    exclude: tuple[int, ...]
    values: np.ndarray
    costs: np.ndarray
    method: str

    @property
    def items(self) -> tuple[int, ...]:
        """Indices of the selected items, in order."""
        return tuple(int(i) for i in np.flatnonzero(self.selected))


@dataclass(frozen=True, eq=False)  # holds arrays: compare fields, not results
class FrontierResult:
    """The outcome of :func:`frontier`: the best portfolio at each budget (ascending).

    ``feasible[k]`` is False where no portfolio meets the constraints at ``budgets[k]`` (its
    ``values``/``costs`` are then ``nan`` and ``selected[k]`` is all False).
    """

    budgets: np.ndarray
    values: np.ndarray
    costs: np.ndarray
    selected: np.ndarray     # (k, n) bool
    feasible: np.ndarray
    method: str


@dataclass(frozen=True, eq=False)  # holds arrays: compare fields, not results
class RobustnessResult:
    """The outcome of :func:`robustness` over S samples of the values.

    Attributes
    ----------
    frequency : ndarray (n,)
        Share of samples whose optimal portfolio contains each item.
    selected : ndarray (S, n) of bool
        The optimal portfolio of every sample.
    values : ndarray (S,)
        Its value under that sample.
    portfolios : ndarray (k, n) of bool
        The distinct optimal portfolios, most frequent first (ties in first-seen order) …
    shares : ndarray (k,)
        … and the share of samples for which each is optimal.
    """

    frequency: np.ndarray
    selected: np.ndarray
    values: np.ndarray
    portfolios: np.ndarray
    shares: np.ndarray
    budget: float
    method: str


def _dp_units(model: Model, method: str, n_samples: int, budgets: np.ndarray):
    """``(units, caps, unit)`` — costs and budgets in whole units and the amount of one — if
    dynamic programming is to be used, else None."""
    if method not in METHODS:
        raise PortfolioError("portfolio.unknown_method", f"unknown solver {method!r}",
                             expected=" | ".join(METHODS), params={"method": method})
    if method == "milp":
        return None
    unit = dp.unit_size(model.costs)
    if unit is not None:
        u, caps = dp.units(model.costs, budgets)
        cap = int(caps.max())
        if not model.bounds and dp.fits(model.values.size, 1, cap):
            return u, caps, unit
        if model.bounds and grouped.work(model, cap) <= grouped.MAX_WORK:
            return u, caps, unit
    if method == "dp":
        raise PortfolioError(
            "portfolio.dp_unavailable",
            "dynamic programming needs costs in whole units (to 0.001) and a table of at most "
            "30 million cells",
            expected="method='milp' or 'auto' for this problem", params={"method": method})
    return None


def _dp_solve(model: Model, values: np.ndarray, conv) -> tuple[np.ndarray, np.ndarray]:
    """Selections at every capacity of ``conv`` for one row of values, and which are feasible."""
    u, caps, unit = conv
    if model.bounds:
        return grouped.solve(model, values, u, unit, caps, VALUE_TOL)
    return _dp_select(model, values[None], u, caps), np.ones(caps.size, dtype=bool)


def _dp_select(model: Model, values: np.ndarray, u: np.ndarray, caps: np.ndarray) -> np.ndarray:
    """Least-cost optimal selections: row k of the result for values[k] (S, n) at ``caps[k]``,
    or, with a single row of values, for that row at every capacity in ``caps``."""
    free = (model.lower == 0) & (model.upper > 0)
    fixed = model.lower > 0
    spent = int(u[fixed].sum())
    table, keep = dp.table(values[:, free], u[free], int(caps.max()) - spent)
    if values.shape[0] == 1 and caps.size > 1:
        # One pass over the items serves every budget: pick from the same table for each.
        table = np.repeat(table, caps.size, axis=0)
        keep = np.repeat(keep, caps.size, axis=1)
    x = np.zeros((caps.size, values.shape[1]), dtype=bool)
    x[:, fixed] = True
    x[:, free] = dp.pick(table, keep, u[free], caps - spent, VALUE_TOL)
    return x


def _result(model: Model, x: np.ndarray, budget: float, method: str) -> PortfolioResult:
    c = model.costs
    cost, value = float(c @ x), float(model.values @ x)
    slack = budget - cost
    open_ = ~x & (model.upper > 0) & (model.values > 0)
    binding = bool(open_.any()) and bool((c[open_] > slack + 1e-9 * max(1.0, budget)).all())
    usage, tight = [], []
    for bd in model.bounds:
        member = np.array([g == bd.group for g in model.groups])
        count, spent = int((x & member).sum()), float(c[x & member].sum())
        hits = tuple(kind for kind, have in (("min_count", count), ("max_count", count),
                                             ("min_cost", spent), ("max_cost", spent))
                     if getattr(bd, kind) is not None
                     and abs(have - getattr(bd, kind)) <= 1e-9 * max(1.0, abs(have)))
        usage.append(GroupUsage(bd.group, count, spent, bd, hits))
        tight.extend((bd.group, h) for h in hits)
    return PortfolioResult(
        selected=_frozen(x.copy()), value=value, cost=cost, budget=budget, budget_slack=slack,
        budget_binding=binding, groups=tuple(usage), tight=tuple(tight), must=model.must,
        exclude=model.exclude, values=_frozen(model.values.copy()), costs=_frozen(c.copy()),
        method=method,
    )


def select(values, costs, budget, *, must=(), exclude=(), groups: Sequence[Hashable] | None = None,
           bounds: Sequence[GroupBound] = (), items: Sequence[str] | None = None,
           method: str = "auto") -> PortfolioResult:
    """The most valuable portfolio within the budget.

    Parameters
    ----------
    values : array_like (n,)
        The value of each item (finite; e.g. TOPSIS closeness or a weighted score).
    costs : array_like (n,)
        The cost of each item (finite, ≥ 0).
    budget : float
        Finite, ≥ 0.
    must, exclude : iterable of int or str
        Items (indices, or names from ``items``) that must be in / must stay out.
    groups : sequence (n,), optional
        The group of each item (any hashable label: a chain, an industry).
    bounds : sequence of GroupBound
        At most one per group: ``min_count``/``max_count`` selected items and
        ``min_cost``/``max_cost`` spend within the group.
    items : sequence of str, optional
        Item names, for ``must``/``exclude`` and for error locations.
    method : {"auto", "milp", "dp"}
        The exact solver (see the module docstring).

    Returns
    -------
    PortfolioResult

    Raises
    ------
    PortfolioError
        See the module docstring for the codes.

    Examples
    --------
    >>> r = select([6, 10, 12], [1, 2, 3], 5)
    >>> r.items, r.value, r.cost, r.budget_binding
    ((1, 2), 22.0, 5.0, True)
    >>> r = select([6, 10, 12], [1, 2, 3], 5, groups=["a", "b", "b"],
    ...            bounds=[GroupBound("b", max_count=1)])
    >>> r.items, r.tight
    ((0, 2), (('b', 'max_count'),))
    """
    model = build(values, costs, budget, must=must, exclude=exclude, groups=groups,
                  bounds=bounds, items=items)
    b = float(budget)
    check_budget(model, b)
    conv = _dp_units(model, method, 1, np.array([b]))
    if conv is not None:
        x, ok = _dp_solve(model, model.values, conv)
        if not ok[0]:
            raise diagnose(model, b)
        return _result(model, x[0], b, "dp")
    x = solve(model, model.values, b, tie_break=True)
    if x is None:
        raise diagnose(model, b)
    return _result(model, x, b, "milp")


def frontier(values, costs, budgets, *, must=(), exclude=(),
             groups: Sequence[Hashable] | None = None, bounds: Sequence[GroupBound] = (),
             items: Sequence[str] | None = None, method: str = "auto") -> FrontierResult:
    """The best value and portfolio at each of ``budgets`` (returned in ascending order).

    Constraints as for :func:`select`. Problems that no budget can fix (a must that is also
    excluded, a group minimum above its maximum, …) raise; a budget too small for the
    constraints is marked infeasible in the result.

    Examples
    --------
    >>> f = frontier([6, 10, 12], [1, 2, 3], [0, 1, 2, 3, 4, 5, 6])
    >>> f.values.tolist()
    [0.0, 6.0, 10.0, 16.0, 18.0, 22.0, 28.0]
    """
    model = build(values, costs, 0.0, must=must, exclude=exclude, groups=groups, bounds=bounds,
                  items=items, check_budget=False)
    try:
        bs = np.asarray(budgets, dtype=np.float64).ravel()
    except (TypeError, ValueError):
        raise PortfolioError("portfolio.budget", "the budgets are not numbers",
                             expected="finite numbers ≥ 0") from None
    bad = ~np.isfinite(bs) | (bs < 0)
    if bs.size == 0 or bad.any():
        k = int(np.argmax(bad)) if bad.any() else 0
        raise PortfolioError("portfolio.budget", f"budget {k} is {bs[k] if bs.size else None}",
                             expected="one or more finite budgets ≥ 0", params={"index": k})
    bs = np.sort(bs)
    n = model.values.size
    sel = np.zeros((bs.size, n), dtype=bool)
    ok = np.zeros(bs.size, dtype=bool)
    for k, b in enumerate(bs):
        try:
            check_budget(model, float(b))
            ok[k] = True
        except PortfolioError:
            continue
    conv = _dp_units(model, method, 1, bs)
    if conv is not None and ok.any():
        k = np.flatnonzero(ok)
        x, feasible = _dp_solve(model, model.values, (conv[0], conv[1][k], conv[2]))
        sel[k] = x
        ok[k] = feasible
    elif ok.any():
        for k in np.flatnonzero(ok):
            x = solve(model, model.values, float(bs[k]), tie_break=True)
            if x is None:
                ok[k] = False
            else:
                sel[k] = x
    vals = np.where(ok, sel @ model.values, np.nan)
    costs_ = np.where(ok, sel @ model.costs, np.nan)
    return FrontierResult(_frozen(bs), _frozen(vals), _frozen(costs_), _frozen(sel), _frozen(ok),
                          "dp" if conv is not None else "milp")


def robustness(value_samples, costs, budget, *, must=(), exclude=(),
               groups: Sequence[Hashable] | None = None, bounds: Sequence[GroupBound] = (),
               items: Sequence[str] | None = None, method: str = "auto") -> RobustnessResult:
    """How often each item is in the optimal portfolio over Monte Carlo samples of the values.

    ``value_samples`` is (S, n): one row of item values per sample (e.g. closeness under
    sampled weights). Each row is optimized exactly under the same costs, budget and
    constraints. With ``"dp"`` ties are broken by least cost as in :func:`select`; with
    ``"milp"`` they are not (they have probability 0 under continuous sampling), and the
    solver's choice is still deterministic.

    Examples
    --------
    >>> r = robustness([[6, 10, 12], [6, 12, 10], [9, 1, 2]], [1, 2, 3], 4)
    >>> r.frequency.round(3).tolist(), r.shares.round(3).tolist()
    ([1.0, 0.333, 0.667], [0.667, 0.333])
    """
    try:
        s = np.asarray(value_samples, dtype=np.float64)
    except (TypeError, ValueError):
        raise PortfolioError("portfolio.not_numeric", "the value samples are not numbers",
                             expected="numbers") from None
    if s.ndim != 2 or s.shape[0] == 0:
        raise PortfolioError("portfolio.shape", f"value samples of shape {s.shape}",
                             expected="a 2-D array: one row of item values per sample",
                             params={"which": "value_samples", "shape": s.shape})
    bad = ~np.isfinite(s)
    if bad.any():
        k, i = (int(v) for v in np.argwhere(bad)[0])
        raise PortfolioError("portfolio.not_finite", f"sample {k} gives item {i} the value {s[k, i]}",
                             expected="finite values", params={"sample": k, "item": i})
    model = build(s[0], costs, budget, must=must, exclude=exclude, groups=groups, bounds=bounds,
                  items=items)
    b = float(budget)
    check_budget(model, b)
    conv = _dp_units(model, method, s.shape[0], np.array([b]))
    if conv is not None and model.bounds:
        # Group by group, one sample at a time (still far faster than HiGHS per sample).
        rows = [_dp_solve(model, row, conv) for row in s]
        if not rows[0][1][0]:   # the constraints, not the values, make it infeasible
            raise diagnose(model, b)
        sel = np.concatenate([x for x, _ok in rows])
    elif conv is not None:
        u, caps, _unit = conv
        # Samples go through the table in chunks that keep it under dp.MAX_CELLS.
        step = dp.samples_per_pass(model.values.size, int(caps.max()))
        sel = np.concatenate([
            _dp_select(model, s[k:k + step], u, np.repeat(caps, min(step, s.shape[0] - k)))
            for k in range(0, s.shape[0], step)])
    else:
        sel = _milp_samples(model, s, b)
    uniq, first, counts = np.unique(sel, axis=0, return_index=True, return_counts=True)
    order = np.lexsort((first, -counts))
    return RobustnessResult(
        frequency=_frozen(sel.mean(axis=0)), selected=_frozen(sel),
        values=_frozen(np.einsum("ij,ij->i", s, sel)), portfolios=_frozen(uniq[order]),
        shares=_frozen(counts[order] / s.shape[0]), budget=b,
        method="dp" if conv is not None else "milp",
    )


def _milp_samples(model: Model, s: np.ndarray, b: float) -> np.ndarray:
    sel = np.zeros(s.shape, dtype=bool)
    pool: list[np.ndarray] = []
    for k in range(s.shape[0]):
        floor = None
        if pool:
            # The portfolios found so far are all feasible: the best of them under this sample
            # is a floor for its optimum, which prunes the search.
            best = float((np.array(pool) @ s[k]).max())
            floor = best - 1e-9 * max(1.0, abs(best))
        x = solve(model, s[k], b, floor=floor)
        if x is None:
            raise diagnose(model, b)
        sel[k] = x
        if not any(np.array_equal(x, p) for p in pool):
            pool.append(x)
    return sel

"""The 0-1 programme behind :mod:`mcdm.portfolio`: validated inputs, constraint rows, HiGHS calls.

Everything that can be found infeasible before solving is checked here and named (the item, the
group, the bound); what only the solver finds is diagnosed by relaxing one constraint at a time.
scipy is imported inside the functions that solve, so importing the engine stays fast.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from mcdm.errors import Location, MCDMError

#: Values within this (relative to the optimum) count as ties; HiGHS's own absolute MIP gap is
#: 1e-6 and its relative gap is set to 0, so an optimum is exact to about that.
VALUE_TOL = 1e-7
BOUND_KINDS = ("min_count", "max_count", "min_cost", "max_cost")


class PortfolioError(MCDMError):
    """A portfolio problem that cannot be solved; ``code`` and ``params`` name the constraint."""


@dataclass(frozen=True)
class GroupBound:
    """Bounds on one group of items (a chain, an industry): how many, and how much spend.

    Any bound left ``None`` is not imposed. ``min_cost``/``max_cost`` are in the units of
    ``costs``; ``min_count``/``max_count`` count selected items of the group.
    """

    group: Hashable
    min_count: int | None = None
    max_count: int | None = None
    min_cost: float | None = None
    max_cost: float | None = None


@dataclass(frozen=True, eq=False)
class Model:
    """A validated problem: arrays, fixed items, and the constraint rows (budget row first)."""

    values: np.ndarray
    costs: np.ndarray
    lower: np.ndarray            # per-item bounds: 1 for must, 0 otherwise
    upper: np.ndarray            # 0 for excluded, 1 otherwise
    must: tuple[int, ...]
    exclude: tuple[int, ...]
    groups: tuple[Hashable, ...] | None
    bounds: tuple[GroupBound, ...]
    rows: np.ndarray             # (k, n), row 0 is the budget row (costs)
    row_lo: np.ndarray
    row_hi: np.ndarray           # row_hi[0] is the budget
    row_names: tuple[tuple[Hashable, str], ...]   # ("budget", "max_cost") or (group, bound)
    labels: tuple[str, ...] | None

    def name(self, i: int) -> int | str:
        return self.labels[i] if self.labels is not None else int(i)


def _error(code, message, expected, location=None, **params):
    return PortfolioError(code, message, location=location, expected=expected, params=params)


def _vector(value, what: str, n: int | None, labels) -> np.ndarray:
    try:
        a = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise _error("portfolio.not_numeric", f"the {what} are not numbers", "numbers",
                     which=what) from None
    if a.ndim != 1 or a.size == 0 or (n is not None and a.size != n):
        raise _error("portfolio.shape", f"{what} of shape {a.shape}",
                     f"{n or 'one or more'} numbers, one per item", which=what,
                     shape=a.shape, n=n)
    bad = ~np.isfinite(a)
    if bad.any():
        i = int(np.argmax(bad))
        raise _error("portfolio.not_finite", f"the {what[:-1]} of item {i} is {a[i]}",
                     "a finite number", Location(row=labels[i] if labels else i, field=what),
                     which=what, item=i)
    return a


def _resolve(items, n: int, labels, what: str) -> tuple[int, ...]:
    out = []
    for it in items:
        if labels is not None and not isinstance(it, (int, np.integer)) and it in labels:
            out.append(labels.index(it))
        elif isinstance(it, (int, np.integer)) and not isinstance(it, bool) and 0 <= it < n:
            out.append(int(it))
        else:
            raise _error("portfolio.unknown_item", f"{what} names an unknown item {it!r}",
                         f"an item index 0..{n - 1}" + (" or an item name" if labels else ""),
                         Location(field=what), which=what, item=it)
    return tuple(sorted(set(out)))


def _check_bound(b: GroupBound) -> None:
    for kind in BOUND_KINDS:
        v = getattr(b, kind)
        if v is None:
            continue
        count = kind.endswith("count")
        ok = (isinstance(v, (int, np.integer)) and not isinstance(v, bool)) if count else \
            isinstance(v, (int, float, np.integer, np.floating)) and np.isfinite(v)
        if not ok or v < 0:
            raise _error("portfolio.bound_invalid", f"{kind} of group {b.group!r} is {v!r}",
                         "a whole number ≥ 0" if count else "a finite number ≥ 0",
                         Location(field=str(b.group)), group=b.group, bound=kind, value=v)
    for what in ("count", "cost"):
        lo, hi = getattr(b, f"min_{what}"), getattr(b, f"max_{what}")
        if lo is not None and hi is not None and lo > hi:
            raise _error("portfolio.bound_order",
                         f"group {b.group!r} asks for a {what} of at least {lo} and at most {hi}",
                         f"min_{what} ≤ max_{what}", Location(field=str(b.group)),
                         group=b.group, bound=what, min=lo, max=hi)


def build(values, costs, budget, *, must=(), exclude=(), groups=None,
          bounds: Sequence[GroupBound] = (), items: Sequence[str] | None = None,
          check_budget: bool = True) -> Model:
    """Validate a portfolio problem and lay out its constraint rows (see :func:`select`)."""
    labels = tuple(items) if items is not None else None
    v = _vector(values, "values", None, labels)
    n = v.size
    if labels is not None and len(labels) != n:
        raise _error("portfolio.shape", f"{len(labels)} item names for {n} items",
                     f"{n} names", which="items", shape=(len(labels),), n=n)
    c = _vector(costs, "costs", n, labels)
    if (c < 0).any():
        i = int(np.argmax(c < 0))
        raise _error("portfolio.negative_cost", f"item {labels[i] if labels else i} costs {c[i]}",
                     "a cost ≥ 0", Location(row=labels[i] if labels else i, field="costs"),
                     item=i, value=float(c[i]))
    b = float(budget) if np.ndim(budget) == 0 else np.nan
    if check_budget and not (np.isfinite(b) and b >= 0):
        raise _error("portfolio.budget", f"the budget is {budget!r}", "a finite number ≥ 0",
                     Location(field="budget"), value=budget)
    mu = _resolve(must, n, labels, "must")
    ex = _resolve(exclude, n, labels, "exclude")
    both = sorted(set(mu) & set(ex))
    if both:
        raise _error("portfolio.must_and_exclude",
                     f"item(s) {[labels[i] if labels else i for i in both]} are both required "
                     "and excluded", "an item either required or excluded, not both",
                     Location(row=labels[both[0]] if labels else both[0]), items=both)
    lower, upper = np.zeros(n), np.ones(n)
    lower[list(mu)] = 1.0
    upper[list(ex)] = 0.0
    rows, lo, hi, names = [c], [-np.inf], [b], [("budget", "max_cost")]
    gs = None
    bounds = tuple(bounds)
    if groups is not None:
        gs = tuple(groups)
        if len(gs) != n:
            raise _error("portfolio.shape", f"{len(gs)} group labels for {n} items",
                         f"{n} group labels, one per item", which="groups",
                         shape=(len(gs),), n=n)
    seen = set()
    for bd in bounds:
        if gs is None or bd.group not in gs:
            raise _error("portfolio.unknown_group", f"no item belongs to group {bd.group!r}",
                         "the group of at least one item", Location(field=str(bd.group)),
                         group=bd.group)
        if bd.group in seen:
            raise _error("portfolio.duplicate_group", f"group {bd.group!r} is bounded twice",
                         "one GroupBound per group", Location(field=str(bd.group)),
                         group=bd.group)
        seen.add(bd.group)
        _check_bound(bd)
        member = np.array([g == bd.group for g in gs])
        avail, fixed = member & (upper > 0), member & (lower > 0)
        reach = {"min_count": (int(avail.sum()), bd.min_count, 1), "min_cost":
                 (float(c[avail].sum()), bd.min_cost, 1), "max_count":
                 (int(fixed.sum()), bd.max_count, -1), "max_cost": (float(c[fixed].sum()),
                                                                    bd.max_cost, -1)}
        for kind, (have, want, sign) in reach.items():
            if want is not None and sign * (want - have) > 1e-9 * max(1.0, abs(have)):
                raise _error(
                    "portfolio.group_unreachable",
                    f"group {bd.group!r} cannot meet {kind} = {want}: "
                    + (f"its items that are not excluded give only {have}" if sign > 0
                       else f"its required items already give {have}"),
                    f"a {kind} the group's items can meet", Location(field=str(bd.group)),
                    group=bd.group, bound=kind, value=want, reachable=have,
                )
        for what, weights in (("count", member.astype(float)), ("cost", np.where(member, c, 0.0))):
            mn, mx = getattr(bd, f"min_{what}"), getattr(bd, f"max_{what}")
            if mn is None and mx is None:
                continue
            rows.append(weights)
            lo.append(-np.inf if mn is None else float(mn))
            hi.append(np.inf if mx is None else float(mx))
            names.append((bd.group, what))
    return Model(v, c, lower, upper, mu, ex, gs, bounds, np.array(rows), np.array(lo),
                 np.array(hi), tuple(names), labels)


def check_budget(model: Model, budget: float) -> None:
    """Infeasibilities that only depend on the budget, named before the solver runs."""
    fixed = float(model.costs[list(model.must)].sum())
    if fixed > budget * (1 + 1e-12):
        raise _error("portfolio.must_over_budget",
                     f"the required items cost {fixed}, over the budget of {budget}",
                     f"required items costing at most {budget}", Location(field="budget"),
                     items=list(model.must), cost=fixed, budget=budget)
    for name, lo in zip(model.row_names[1:], model.row_lo[1:], strict=True):
        if name[1] == "cost" and lo > budget * (1 + 1e-12):
            raise _error("portfolio.group_over_budget",
                         f"group {name[0]!r} must spend at least {lo}, over the budget of {budget}",
                         f"a min_cost ≤ the budget ({budget})", Location(field=str(name[0])),
                         group=name[0], bound="min_cost", value=float(lo), budget=budget)


_QUIET = threading.Lock()
_quiet_depth = 0
_saved_fd: int | None = None


def _flush_c_stdio() -> None:
    import ctypes

    try:
        ctypes.CDLL(None).fflush(None)
    except (OSError, AttributeError, TypeError):  # no C library by that name (Windows)
        pass


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Send the process's C-level standard output to the null device while HiGHS runs.

    scipy's bundled HiGHS now and then prints a debug line ("HighsMipSolverData::...") straight
    to file descriptor 1, below Python's ``sys.stdout``; the command line's output (and its
    ``--json``) must not carry it. Nested and concurrent uses share one redirection: the first
    in redirects, the last out restores.
    """
    global _quiet_depth, _saved_fd
    with _QUIET:
        if _quiet_depth == 0:
            try:
                sys.stdout.flush()
                _flush_c_stdio()
                saved = os.dup(1)
                null = os.open(os.devnull, os.O_WRONLY)
                os.dup2(null, 1)
                os.close(null)
                _saved_fd = saved
            except (OSError, ValueError, AttributeError):  # no fd 1 (e.g. a windowed app)
                _saved_fd = None
        _quiet_depth += 1
    try:
        yield
    finally:
        with _QUIET:
            _quiet_depth -= 1
            if _quiet_depth == 0 and _saved_fd is not None:
                _flush_c_stdio()
                os.dup2(_saved_fd, 1)
                os.close(_saved_fd)
                _saved_fd = None


def _milp(*args, **kw):
    from scipy.optimize import milp

    with quiet():
        return milp(*args, **kw)


def solve(model: Model, values: np.ndarray, budget: float, *, floor: float | None = None,
          tie_break: bool = False) -> np.ndarray | None:
    """The optimal selection (bool mask) at ``budget``, or None if the solver proves none exists.

    ``floor`` is a value every optimum reaches (e.g. a known feasible portfolio's); adding it as
    a constraint only prunes the search. With ``tie_break`` a second solve picks, among the
    portfolios within ``VALUE_TOL`` of the optimal value, one of least cost.
    """
    from scipy.optimize import Bounds, LinearConstraint

    n = values.size
    hi = model.row_hi.copy()
    hi[0] = budget
    rows, lo = model.rows, model.row_lo
    if floor is not None:
        rows, lo, hi = np.vstack([rows, values]), np.append(lo, floor), np.append(hi, np.inf)
    opts = {"mip_rel_gap": 0.0}
    res = _milp(-values, constraints=LinearConstraint(rows, lo, hi), integrality=np.ones(n),
               bounds=Bounds(model.lower, model.upper), options=opts)
    if res.status == 2:
        return None
    if res.x is None:
        raise _error("portfolio.solver", f"the MILP solver stopped: {res.message}",
                     "an optimal portfolio", status=int(res.status), message=str(res.message))
    x = np.round(res.x)
    if tie_break:
        best = float(values @ x)
        tol = VALUE_TOL * max(1.0, abs(best))
        rows2 = np.vstack([model.rows, values])
        res2 = _milp(model.costs, constraints=LinearConstraint(
            rows2, np.append(model.row_lo, best - tol), np.append(hi[:model.rows.shape[0]], np.inf)),
            integrality=np.ones(n), bounds=Bounds(model.lower, model.upper), options=opts)
        if res2.x is not None:
            x = np.round(res2.x)
    return x > 0.5


def diagnose(model: Model, budget: float) -> PortfolioError:
    """Name the constraints that, relaxed one at a time, make an infeasible problem feasible."""
    from scipy.optimize import Bounds, LinearConstraint

    hi = model.row_hi.copy()
    hi[0] = budget
    culprits = []
    for k, name in enumerate(model.row_names):
        keep = np.arange(len(model.row_names)) != k
        if not keep.any():
            culprits.append(name)
            continue
        res = _milp(np.zeros(model.values.size), integrality=np.ones(model.values.size),
                   constraints=LinearConstraint(model.rows[keep], model.row_lo[keep], hi[keep]),
                   bounds=Bounds(model.lower, model.upper))
        if res.status == 0:
            culprits.append(name)
    text = ", ".join("the budget" if g == "budget" else f"group {g!r} {w}" for g, w in culprits)
    return _error("portfolio.infeasible",
                  "no portfolio meets every constraint"
                  + (f"; relaxing any one of these would help: {text}" if culprits else
                     "; several constraints conflict together"),
                  "constraints that some set of items can meet together", Location(field="budget"),
                  constraints=[list(c) for c in culprits], budget=budget)

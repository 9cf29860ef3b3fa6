"""Exact 0-1 selection with group bounds by dynamic programming, for :mod:`mcdm.portfolio`.

Every item belongs to exactly one group (an industry, a chain), so the groups partition the
items and the problem decomposes: within a group, the best value for each exact number of items
and exact spend (in whole cost units) comes from one pass over its items; the group's bounds
(counts, spend) then leave a profile "best value at each exact group spend"; the profiles of the
groups combine by a max-plus convolution over spend, which gives the best value at *every*
total spend at once. One pass therefore serves a single budget and a whole frontier alike, in
milliseconds where a MILP per budget takes seconds. Groups without bounds are pooled into one.

Ties: within a group, an item enters a cell only if it strictly raises the value there, and
among the totals within ``tol`` of the best one at a budget the least spend is chosen — the
rule of :mod:`mcdm._portfolio_dp`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

#: Largest work (cells of the per-group tables plus steps of the convolution) we take on.
MAX_WORK = 40_000_000


_POOL = object()  # the one group of every item whose group has no bounds


@dataclass(frozen=True)
class _Group:
    free: np.ndarray          # indices of the items the DP chooses among
    fixed: np.ndarray         # indices of required items
    count: tuple[int, int] | None   # allowed number of chosen items (fixed included)
    spend: tuple[int, int]    # allowed group spend in units (fixed included)


def _groups(model, unit: float, cap: int) -> list[_Group]:
    bounded = {b.group: b for b in model.bounds}
    labels = model.groups or (None,) * model.values.size
    members: dict = {}
    for i, g in enumerate(labels):
        members.setdefault(g if g in bounded else _POOL, []).append(i)
    out = []
    for g, idx in members.items():
        idx = np.array(idx, dtype=np.int64)
        idx = idx[model.upper[idx] > 0]
        fixed = idx[model.lower[idx] > 0]
        free = idx[model.lower[idx] == 0]
        count, spend = None, (0, cap)
        b = bounded.get(g)
        if b is not None:
            if b.min_count is not None or b.max_count is not None:
                count = (b.min_count or 0, idx.size if b.max_count is None else b.max_count)
            lo = 0 if b.min_cost is None else math.ceil(b.min_cost / unit - 1e-9)
            hi = cap if b.max_cost is None else min(cap, math.floor(b.max_cost / unit + 1e-9))
            spend = (lo, hi)
        out.append(_Group(free, fixed, count, spend))
    return out


def work(model, cap: int) -> int:
    """An upper bound on the table cells and convolution steps :func:`solve` needs."""
    bounded = {b.group: b.min_count is not None or b.max_count is not None
               for b in model.bounds}
    sizes: dict = {}
    for g in model.groups or (None,) * model.values.size:
        key = g if g in bounded else _POOL
        sizes[key] = sizes.get(key, 0) + 1
    cells = sum(n * ((n + 1) if bounded.get(g) else 1) * (cap + 1) for g, n in sizes.items())
    return cells + len(sizes) * (cap + 1) ** 2


def _group_table(values: np.ndarray, u: np.ndarray, grp: _Group, width: int):
    """best[k, c]: best value of k free items at exact spend c; keep[i][k, c]: item i taken."""
    k_dim = grp.free.size + 1 if grp.count is not None else 1
    best = np.full((k_dim, width), -np.inf)
    best[0, 0] = 0.0
    keep = []
    for i in grp.free:
        c, v = int(u[i]), values[i]
        taken = np.zeros((k_dim, width), dtype=bool)
        if c < width:
            if k_dim > 1:
                cand = best[:-1, :width - c] + v
                better = cand > best[1:, c:]
                taken[1:, c:] = better
                best[1:, c:] = np.where(better, cand, best[1:, c:])
            else:
                cand = best[:, :width - c] + v
                better = cand > best[:, c:]
                taken[:, c:] = better
                best[:, c:] = np.where(better, cand, best[:, c:])
        keep.append(taken)
    return best, keep


def _profile(values, u, grp: _Group, width: int):
    """The group's best value at each exact spend (−inf where its bounds forbid it), and for
    each spend the chosen count (or 0) of free items."""
    fixed_spend = int(u[grp.fixed].sum())
    fixed_value = float(values[grp.fixed].sum())
    inner = max(0, width - fixed_spend)
    best, keep = _group_table(values, u, grp, max(inner, 1))
    if grp.count is not None:
        lo = max(0, grp.count[0] - grp.fixed.size)
        hi = grp.count[1] - grp.fixed.size
        allowed = best.copy()
        rows = np.arange(best.shape[0])
        allowed[(rows < lo) | (rows > hi)] = -np.inf
        k_of = np.argmax(allowed, axis=0)
        top = allowed[k_of, np.arange(allowed.shape[1])]
    else:
        k_of = np.zeros(best.shape[1], dtype=np.int64)
        top = best[0]
    profile = np.full(width, -np.inf)
    span = min(inner, top.size)
    profile[fixed_spend:fixed_spend + span] = top[:span] + fixed_value
    spends = np.arange(width)
    profile[(spends < grp.spend[0]) | (spends > grp.spend[1])] = -np.inf
    return profile, (keep, k_of, fixed_spend)


def solve(model, values: np.ndarray, u: np.ndarray, unit: float, caps: np.ndarray,
          tol: float) -> tuple[np.ndarray, np.ndarray]:
    """Least-cost optimal selections at each capacity of ``caps`` (whole units).

    Returns ``(x, feasible)``: x (len(caps), n) bool, and whether any selection meets every
    constraint at each capacity.
    """
    cap = int(caps.max())
    width = cap + 1
    groups = _groups(model, unit, cap)
    total = np.full(width, -np.inf)
    total[0] = 0.0
    steps = []
    for grp in groups:
        profile, inner = _profile(values, u, grp, width)
        merged = np.full(width, -np.inf)
        choice = np.zeros(width, dtype=np.int64)
        for s in np.flatnonzero(np.isfinite(profile)):
            cand = total[:width - s] + profile[s]
            better = cand > merged[s:]
            merged[s:] = np.where(better, cand, merged[s:])
            choice[s:][better] = s
        total = merged
        steps.append((grp, choice, inner))
    x = np.zeros((caps.size, values.size), dtype=bool)
    feasible = np.zeros(caps.size, dtype=bool)
    prefix = np.maximum.accumulate(total)
    for row, b in enumerate(caps):
        best = prefix[int(b)]
        if not np.isfinite(best):
            continue
        feasible[row] = True
        c = int(np.argmax(total >= best - tol * max(1.0, abs(best))))
        for grp, choice, (keep, k_of, fixed_spend) in reversed(steps):
            s = int(choice[c])
            c -= s
            x[row, grp.fixed] = True
            k, rest = int(k_of[s - fixed_spend]), s - fixed_spend
            for pos in range(grp.free.size - 1, -1, -1):
                i = grp.free[pos]
                kk = k if keep[pos].shape[0] > 1 else 0
                if rest >= 0 and keep[pos][kk, rest]:
                    x[row, i] = True
                    rest -= int(u[i])
                    k -= 1
    return x, feasible

"""Exact 0-1 knapsack by dynamic programming over whole cost units, for :mod:`mcdm.portfolio`.

Planners give costs in whole (or tenth, hundredth, thousandth) units of money; then the best
value at *every* budget up to the largest one comes from one pass over the items, and many value
samples go through that pass together. That makes frontiers and Monte Carlo robustness fast
where a MILP per budget or per sample is not. It handles the budget, must and exclude; problems
with group bounds go to HiGHS. Both are exact, and the tests hold them to each other and to
brute force.
"""

from __future__ import annotations

import numpy as np

#: Largest DP table (items × samples × budget units) we are willing to hold, in cells.
MAX_CELLS = 30_000_000


def unit_size(costs: np.ndarray) -> float | None:
    """The largest amount every cost is a whole multiple of (to 0.001), or None."""
    for scale in (1, 10, 100, 1000):
        y = costs * scale
        if np.all(np.abs(y - np.round(y)) <= 1e-9 * np.maximum(1.0, y)) and y.max() < 2**52:
            ints = np.round(y).astype(np.int64)
            g = int(np.gcd.reduce(ints[ints > 0])) if (ints > 0).any() else 1
            return g / scale
    return None


def units(costs: np.ndarray, budgets: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """Costs and budgets in a common whole unit (costs exact multiples of it), or None."""
    unit = unit_size(costs)
    if unit is None:
        return None
    return (np.round(costs / unit).astype(np.int64),
            np.floor(budgets / unit + 1e-9).astype(np.int64))


def fits(n_items: int, n_samples: int, cap: int) -> bool:
    return n_items * n_samples * (cap + 1) <= MAX_CELLS


def samples_per_pass(n_items: int, cap: int) -> int:
    """How many value samples one pass can take within :data:`MAX_CELLS` (at least 1)."""
    return max(1, MAX_CELLS // max(1, n_items * (cap + 1)))


def table(values: np.ndarray, u: np.ndarray, cap: int) -> tuple[np.ndarray, np.ndarray]:
    """dp[s, b]: best value of sample s within b units; keep[i, s, b]: item i taken there."""
    s, n = values.shape
    dp = np.zeros((s, cap + 1))
    keep = np.zeros((n, s, cap + 1), dtype=bool)
    for i in range(n):
        c = int(u[i])
        if c > cap:
            continue
        cand = dp[:, :cap + 1 - c] + values[:, i:i + 1]
        better = cand > dp[:, c:]   # strict: an item that adds nothing is left out
        keep[i, :, c:] = better
        dp[:, c:] = np.where(better, cand, dp[:, c:])
    return dp, keep


def pick(dp: np.ndarray, keep: np.ndarray, u: np.ndarray, caps: np.ndarray,
         tol: float) -> np.ndarray:
    """The least-cost optimal selection of each sample (row of dp) at its capacity ``caps``."""
    s = dp.shape[0]
    rows = np.arange(s)
    best = dp[rows, caps]
    reach = dp >= (best - tol * np.maximum(1.0, np.abs(best)))[:, None]
    b = np.argmax(reach, axis=1)      # the smallest capacity that attains the optimum
    x = np.zeros((s, u.size), dtype=bool)
    for i in range(u.size - 1, -1, -1):
        t = keep[i, rows, b]
        x[:, i] = t
        b = b - t * u[i]
    return x

"""One-at-a-time weight sensitivity for TOPSIS: closeness curves, exact rank reversals, stability.

Criterion k's weight sweeps t ∈ [0, 1]; the other weights are rescaled proportionally so that they
keep their ratios and the total stays 1: w_j(t) = w_j (1 − t) / (1 − w_k) (Triantaphyllou &
Sánchez 1997, Decision Sciences 28(1), use the same one-at-a-time scheme). If w_k = 1 the others
share 1 − t equally.

Because the normalization does not depend on the weights, the ideal points scale with them and
every squared distance is a quadratic polynomial in t: D²(t) = Σ_j g_ij (a_j + b_j t)². Two
directions i, j swap exactly where C_i = C_j, i.e. where the quartic
D⁻_i² D⁺_j² − D⁻_j² D⁺_i² vanishes (both sides are non-negative, so squaring keeps the sign).
Sign changes on a grid bracket the roots; bisection on the quartic pins each one to ~1e-13.
Two swaps closer together than one grid step (1/(grid − 1)) are not resolved: they would undo
each other within that step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mcdm._tabular import Tabular
from mcdm.topsis import TIE_TOLERANCE, TopsisResult, first_overflowing_column, overflow_error, rank

__all__ = ["MinimalChange", "Reversal", "SensitivityResult", "one_at_a_time"]


@dataclass(frozen=True)
class Reversal:
    """As criterion ``criterion``'s weight rises through ``weight``, ``rises`` overtakes ``falls``;
    both then have closeness ``closeness`` (exact, from the distance quadratics at the root)."""

    criterion: int
    weight: float
    rises: int
    falls: int
    closeness: float = float("nan")


@dataclass(frozen=True)
class MinimalChange:
    """The smallest relative change of one weight that hands the top rank to another direction."""

    criterion: int
    from_weight: float
    to_weight: float
    relative_change: float   # (to − from) / from, signed
    new_top: int


@dataclass(frozen=True, eq=False)  # holds arrays: compare fields, not results
class SensitivityResult(Tabular):
    """Attributes
    ----------
    base : TopsisResult
        The ranking at the current weights.
    grid : ndarray (T,)
        The swept weight values t.
    closeness : ndarray (n, T, m)
        ``closeness[k, g, i]``: direction i's closeness when criterion k's weight is grid[g].
    reversals : tuple of Reversal
        Every swap of two directions, by criterion then weight.
    top1_interval, ranking_interval : ndarray (n, 2)
        Per criterion, the interval of its weight around the current one where the top direction
        (respectively the full ranking) stays the same. Ends are reversal weights, or 0 / 1.
    minimal_change : MinimalChange or None
        None when no single weight change can displace the top direction.
    """

    base: TopsisResult
    grid: np.ndarray
    closeness: np.ndarray
    reversals: tuple[Reversal, ...]
    top1_interval: np.ndarray
    ranking_interval: np.ndarray
    minimal_change: MinimalChange | None

    def reversals_for(self, criterion: int) -> tuple[Reversal, ...]:
        return tuple(r for r in self.reversals if r.criterion == criterion)


def _sweep_lines(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows k: w(t) = a_k + b_k t for sweeping criterion k."""
    n = w.size
    rest = 1.0 - w
    a = np.where(rest[:, None] > 0, w[None, :] / np.where(rest > 0, rest, 1.0)[:, None],
                 1.0 / max(n - 1, 1))
    np.fill_diagonal(a, 0.0)
    b = -a
    np.fill_diagonal(b, 1.0)
    return a, b


def _quadratics(g: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Coefficients (3, n_crit, m) of D²(t) = c0 + c1 t + c2 t² for every sweep and direction."""
    return np.stack([(a * a) @ g.T, (2 * a * b) @ g.T, (b * b) @ g.T])


def _quartic(qm_i, qp_j, qm_j, qp_i):
    """Coefficients (5, ...) of qm_i·qp_j − qm_j·qp_i, each q given as (3, ...)."""
    out = []
    for d in range(5):
        terms = [(p, d - p) for p in range(3) if 0 <= d - p <= 2]
        out.append(sum(qm_i[p] * qp_j[q] - qm_j[p] * qp_i[q] for p, q in terms))
    return np.stack(out)


def _distances(q: np.ndarray, t: np.ndarray) -> np.ndarray:
    """sqrt(max(q0 + t (q1 + t q2), 0)) as (K, T, m), evaluated in place: no extra full-size copies."""
    out = q[2][:, None, :] * t[:, None]
    out += q[1][:, None, :]
    out *= t[:, None]
    out += q[0][:, None, :]
    np.maximum(out, 0, out=out)
    return np.sqrt(out, out=out)


def _polyval(c: np.ndarray, t: np.ndarray) -> np.ndarray:
    acc = c[4]
    for d in (3, 2, 1, 0):
        acc = acc * t + c[d]
    return acc


def one_at_a_time(matrix, weights, types, normalization: str = "vector", *, grid: int = 513,
                  alternatives: Sequence[str] | None = None,
                  criteria: Sequence[str] | None = None) -> SensitivityResult:
    """Sweep each criterion's weight over [0, 1] with the others rescaled proportionally.

    Parameters are those of :func:`mcdm.topsis.rank` (validated the same way), plus ``grid``:
    the number of sweep points used for the curves and to bracket reversals.
    """
    base = rank(matrix, weights, types, normalization, alternatives=alternatives, criteria=criteria)
    w = base.weights
    r = base.steps.normalized
    up = base.steps.orientation > 0
    best = np.where(up, r.max(axis=0), r.min(axis=0))
    worst = np.where(up, r.min(axis=0), r.max(axis=0))
    a, b = _sweep_lines(w)
    with np.errstate(over="ignore"):
        g_plus, g_minus = (r - best) ** 2, (r - worst) ** 2
    if not (np.isfinite(g_plus).all() and np.isfinite(g_minus).all()):
        # rankable at the current weights, but not when the sweep gives this criterion weight
        raise overflow_error(normalization, first_overflowing_column(
            np.concatenate([g_plus, g_minus])), criteria)
    qp = _quadratics(g_plus, a, b)                     # (3, K, m)
    qm = _quadratics(g_minus, a, b)
    # One common scale leaves closeness and reversal weights unchanged and keeps the quartic's
    # products of two quadratics finite even for huge (but rankable) gaps.
    scale = max(float(qp.max(initial=0.0)), float(qm.max(initial=0.0)), -float(qp.min(initial=0.0)),
                -float(qm.min(initial=0.0)))
    if scale > 0:
        qp /= scale
        qm /= scale
    t = np.linspace(0.0, 1.0, int(grid))
    dp, dm = _distances(qp, t), _distances(qm, t)                     # (K, T, m)
    dp += dm                                                          # D⁺ + D⁻
    clo = np.divide(dm, dp, out=np.full_like(dp, 0.5), where=dp > 0)  # (K, T, m)
    del dp, dm
    clo.flags.writeable = False

    m = r.shape[0]
    ii, jj = np.triu_indices(m, 1)
    reversals = _reversals(clo, qp, qm, ii, jj, t)
    top1, full, minimal = _stability(base, w, reversals)
    return SensitivityResult(base=base, grid=t, closeness=clo, reversals=reversals,
                             top1_interval=top1, ranking_interval=full, minimal_change=minimal)


def _brackets(s: np.ndarray) -> tuple[np.ndarray, ...]:
    """(k, p, left, right, kind) grid indices where the sign series s (K, P, T) flips.

    Zeros (ties within the tie tolerance) are skipped: a flip is between consecutive non-zero
    samples, so touching without crossing is not a reversal.
    """
    flip = s[..., :-1] * s[..., 1:] < 0
    rows = np.nonzero(flip.any(axis=-1))              # few pairs cross: search only their rows
    r, g = np.nonzero(flip[rows])
    k, p = rows[0][r], rows[1][r]
    out = [(k, p, g, g + 1, np.zeros(k.size, np.int8))]
    # Rows with a tie that can still flip (both signs occur); identical directions tie all along.
    zero = (s == 0).any(axis=-1) & (s.max(axis=-1) > 0) & (s.min(axis=-1) < 0)
    if zero.any():
        zk, zp = np.nonzero(zero)
        sub = s[zk, zp]                                                   # (Z, T)
        T = sub.shape[1]
        idx = np.where(sub != 0, np.arange(T, dtype=np.int32), np.int32(-1))
        prev = np.concatenate([np.full((sub.shape[0], 1), -1), np.maximum.accumulate(idx, axis=1)[:, :-1]], axis=1)
        prev_sign = np.take_along_axis(sub, np.maximum(prev, 0), axis=1)
        hit = (sub != 0) & (prev >= 0) & (prev_sign == -sub)
        z, g2 = np.nonzero(hit)
        keep = ~zero[k, p]
        out = [(k[keep], p[keep], g[keep], g[keep] + 1, np.zeros(keep.sum(), np.int8)),
               (zk[z], zp[z], prev[z, g2], g2, np.ones(z.size, np.int8))]
    return tuple(np.concatenate(parts) for parts in zip(*out, strict=True))


# Working memory of the pair sweep. A chunk of P pairs holds two float64 (K, P, T) blocks (the
# curves of i and of j, then their difference) and a few int8/bool masks of the same shape:
# about 20 bytes a cell. Over all m(m−1)/2 pairs at once that was 481 MiB for 100 directions and
# ~12 GB for 500; chunks keep it near this budget whatever m is. Every value is computed
# element-wise, so the chunk size does not change any result (tests force it tiny and huge).
_PAIR_CHUNK_BYTES = 32 * 2**20
_BYTES_PER_CELL = 20


def _pair_chunk(n_crit: int, n_grid: int) -> int:
    return max(1, _PAIR_CHUNK_BYTES // (_BYTES_PER_CELL * n_crit * n_grid))


def _reversals(clo, qp, qm, ii, jj, t) -> tuple[Reversal, ...]:
    if ii.size == 0:
        return ()
    c = np.ascontiguousarray(clo.transpose(0, 2, 1))                     # (K, m, T)
    step = _pair_chunk(c.shape[0], c.shape[2])
    parts = [_chunk_reversals(c, qp, qm, ii[p0:p0 + step], jj[p0:p0 + step], t, p0)
             for p0 in range(0, ii.size, step)]
    k, p, g1, kind, root, i_rises = (np.concatenate(col) for col in zip(*parts, strict=True))
    if k.size == 0:
        return ()
    # By criterion, then weight; equal weights keep the order of one unchunked sweep (first the
    # plain sign flips, then the flips across ties, each by pair and grid step).
    order = np.lexsort((g1, p, kind, root, k))
    k, p, root, i_rises = k[order], p[order], root[order], i_rises[order]
    rises = np.where(i_rises, ii[p], jj[p])
    falls = np.where(i_rises, jj[p], ii[p])
    at = _closeness_at(qp, qm, k, rises, root)
    return tuple(map(Reversal, k.tolist(), root.tolist(), rises.tolist(), falls.tolist(),
                     at.tolist()))


def _closeness_at(qp, qm, k, i, t) -> np.ndarray:
    """Closeness of direction ``i`` when criterion ``k``'s weight is ``t`` (elementwise)."""
    def dist(q):
        return np.sqrt(np.maximum(q[0, k, i] + t * (q[1, k, i] + t * q[2, k, i]), 0.0))
    d_plus, d_minus = dist(qp), dist(qm)
    total = d_plus + d_minus
    return np.divide(d_minus, total, out=np.full_like(total, 0.5), where=total > 0)


def _chunk_reversals(c, qp, qm, ii, jj, t, p0):
    """Brackets and roots for the pairs (ii, jj), numbered from p0 in the full pair list."""
    diff = c[:, ii]                                                       # (K, P, T)
    np.subtract(diff, c[:, jj], out=diff)
    # sign(diff), with 0 for ties within the tolerance, straight into int8
    s = (diff > TIE_TOLERANCE).view(np.int8)
    s -= (diff < -TIE_TOLERANCE).view(np.int8)
    del diff
    k, p, g0, g1, kind = _brackets(s)
    i_rises = s[k, p, g1] > 0                              # after the crossing C_i > C_j
    del s
    lo, hi = t[g0], t[g1]
    coef = _quartic(qm[:, k, ii[p]], qp[:, k, jj[p]], qm[:, k, jj[p]], qp[:, k, ii[p]])
    f_lo = np.sign(_polyval(coef, lo))
    for _ in range(60):                                    # bisection: width ≤ 2^-60 of a step
        mid = 0.5 * (lo + hi)
        same = np.sign(_polyval(coef, mid)) == f_lo
        lo = np.where(same, mid, lo)
        hi = np.where(same, hi, mid)
    return k, p + p0, g1, kind, 0.5 * (lo + hi), i_rises


def _stability(base: TopsisResult, w: np.ndarray, reversals):
    n = w.size
    top = set(np.flatnonzero(base.ranks == 1).tolist())
    top1 = np.tile([0.0, 1.0], (n, 1))
    full = np.tile([0.0, 1.0], (n, 1))
    best: MinimalChange | None = None
    for k in range(n):
        mine = [rv for rv in reversals if rv.criterion == k]
        below = [rv for rv in mine if rv.weight <= w[k]]
        above = [rv for rv in mine if rv.weight >= w[k]]
        if below:
            full[k, 0] = max(rv.weight for rv in below)
        if above:
            full[k, 1] = min(rv.weight for rv in above)
        # Moving down through a reversal, "falls" overtakes "rises"; moving up, the reverse.
        down = [(rv, rv.falls) for rv in below if rv.rises in top and rv.falls not in top]
        up = [(rv, rv.rises) for rv in above if rv.falls in top and rv.rises not in top]
        if down:
            rv, _ = max(down, key=lambda c: c[0].weight)
            top1[k, 0] = rv.weight
        if up:
            rv, _ = min(up, key=lambda c: c[0].weight)
            top1[k, 1] = rv.weight
        if w[k] <= 0:
            continue  # a relative change of a zero weight is undefined
        for rv, new_top in (down + up):
            rel = (rv.weight - w[k]) / w[k]
            if best is None or abs(rel) < abs(best.relative_change):
                best = MinimalChange(k, float(w[k]), rv.weight, float(rel), int(new_top))
    return top1, full, best

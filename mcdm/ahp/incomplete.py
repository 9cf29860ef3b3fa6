"""Incomplete pairwise comparison matrices: connectivity, LLSM, λmax-optimal and Harker completion.

References
----------
Bozóki, S., Fülöp, J. & Rónyai, L. (2010). On optimal completion of incomplete pairwise
comparison matrices. Mathematical and Computer Modelling 52, 318-333. With ``x = exp(t)`` for
the missing entries, λmax is a strictly convex function of ``t`` when the graph of known
comparisons is connected, so a local minimum is the unique optimal completion; the LLSM
weights solve a Laplacian linear system (their Theorem 4).

Harker, P. T. (1987). Alternative modes of questioning in the analytic hierarchy process.
Mathematical Modelling 9(3-5), 353-360.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from mcdm.ahp import _perron as P
from mcdm.ahp.result import result_from
from mcdm.ahp.validation import JudgmentMatrixError, item_label, too_extreme
from mcdm.errors import Location, item_name

__all__ = ["complete_lambda_max", "components", "harker", "llsm", "require_connected"]


def components(known: np.ndarray) -> list[list[int]]:
    """Connected components of the comparison graph (an edge for each known judgment)."""
    n = known.shape[0]
    seen = np.zeros(n, dtype=bool)
    out = []
    for start in range(n):
        if seen[start]:
            continue
        comp, stack = [], [start]
        seen[start] = True
        while stack:
            i = stack.pop()
            comp.append(i)
            for j in np.flatnonzero(known[i] & ~seen):
                seen[j] = True
                stack.append(int(j))
        out.append(sorted(comp))
    return out


def require_connected(a: np.ndarray, names: Sequence[str] | None = None,
                      where: str | None = None) -> None:
    """Raise ``judgments.disconnected`` naming the items cut off from the largest group."""
    known = ~np.isnan(a)
    np.fill_diagonal(known, False)
    comps = components(known)
    if len(comps) == 1:
        return
    main = max(comps, key=len)  # ties: the group holding the first item
    cut = sorted(i for c in comps if c is not main for i in c)
    labels = [item_label(names, i) for i in cut]
    raise JudgmentMatrixError(
        "judgments.disconnected",
        "the known judgments do not connect every item; cut off: "
        + ", ".join(str(x) for x in labels),
        location=Location(row=labels[0], field=where),
        expected="a chain of judgments linking every item to every other",
        params={"cut_off": cut, "components": comps,
                "cut": tuple(item_name(names, i) for i in cut)},
    )


def llsm(a: np.ndarray) -> np.ndarray:
    """Log-weights minimising Σ over known (i, j) of (ln a_ij − y_i + y_j)², with Σ y = 0."""
    known = ~np.isnan(a)
    np.fill_diagonal(known, False)
    logs = np.where(known, np.log(np.where(known, a, 1.0)), 0.0)
    lap = np.diag(known.sum(axis=1).astype(float)) - known
    # L has the null space 1; adding 11ᵀ makes it regular and, as b sums to 0, keeps Σ y = 0.
    return np.linalg.solve(lap + 1.0, logs.sum(axis=1))


def _fill(a: np.ndarray, iu: tuple[np.ndarray, np.ndarray], t: np.ndarray) -> np.ndarray:
    out = a.copy()
    x = np.exp(t)
    out[iu] = x
    out[iu[1], iu[0]] = 1.0 / x
    return out


def complete_lambda_max(a: np.ndarray, y0: np.ndarray | None = None) -> np.ndarray:
    """The completion of ``a`` with minimal λmax (Bozóki, Fülöp & Rónyai, 2010).

    Parameters
    ----------
    a : ndarray, shape (n, n)
        Reciprocal judgments with ``nan`` where missing; the comparison graph must be connected.
    y0 : ndarray, optional
        LLSM log-weights of ``a`` (computed if not given): the starting point.

    Returns
    -------
    ndarray
        ``a`` with each missing pair filled (reciprocally) by the λmax-minimising values.

    Notes
    -----
    λmax is minimised over ``t = ln x`` of the missing upper entries, where it is strictly
    convex (Bozóki et al. 2010), by damped Newton from the LLSM completion. With
    right and left Perron vectors u, v (vᵀu = 1) and ∂A/∂t_k = x E_ij − E_ji / x,

        ∂λ/∂t_k = x v_i u_j − v_j u_i / x
        ∂²λ/∂t_k∂t_l = δ_kl (x v_i u_j + v_j u_i / x) + vᵀA_k S A_l u + vᵀA_l S A_k u,

    S the group inverse of λI − A (second-order eigenvalue perturbation, e.g. Meyer & Stewart
    1988, SIAM J. Numer. Anal. 25, 679-691). The paper's cyclic coordinate method converges
    only linearly (hundreds of sweeps on some geometric-scale matrices); Newton takes 2 to 7
    steps to a gradient at rounding level, and needs numpy only (no scipy on the start-up path).
    """
    y = llsm(a) if y0 is None else y0
    iu = np.nonzero(np.triu(np.isnan(a), 1))
    t = _complete_balanced(a / P.ratio_scale(y), iu)
    x = np.exp(t + y[iu[0]] - y[iu[1]])
    out = a.copy()
    out[iu] = x
    out[iu[1], iu[0]] = 1.0 / x
    return out


def _complete_balanced(a: np.ndarray, iu) -> np.ndarray:
    """Logs of the λmax-optimal entries ``iu`` of ``a`` balanced by its LLSM weights.

    D⁻¹AD with D = diag(w_LLSM) has the same eigenvalues and gradient terms v_i u_j x_ij, so
    the minimiser is the same, moved by ln(w_j / w_i). The balanced entries are the LLSM errors,
    near 1 however far apart the weights are (1e100 against 1e-100), which keeps λ and the
    Newton system well scaled; the start, the LLSM completion, is t = 0.
    """
    t = np.zeros(iu[0].shape[0])
    b = _fill(a, iu, t)
    pure, previous = False, np.inf
    for _ in range(_MAX_NEWTON):
        lam, grad, hess = _lambda_derivatives(b, iu)
        d = _newton_direction(grad, hess)
        size = float(np.abs(d).max())
        if size <= _STEP_TOL:
            t = t + d
            break
        # Close to the optimum (Newton decrement ≈ 2 (λ − λ*) tiny) the full step converges
        # quadratically, and λ differences there are at rounding level, too small to judge a
        # line search by; a step that stops shrinking means the rounding floor is reached.
        if pure or -(grad @ d) <= _PURE_NEWTON:
            if pure and size >= 0.5 * previous:
                break
            pure, previous = True, size
            t = t + d
            b = _fill(a, iu, t)
            continue
        if size > _MAX_STEP:
            d *= _MAX_STEP / size
        slope = float(grad @ d)
        step = 1.0
        while True:  # Armijo backtracking
            trial = _fill(a, iu, t + step * d)
            if P.perron(trial)[1] <= lam + 1e-4 * step * slope:
                break
            step *= 0.5
            if step < 1e-10:
                return t
        t = t + step * d
        b = trial
    return t


# Newton: iteration cap, largest change of one log-entry per step (a factor e²), a step size
# counted as converged, and the Newton decrement below which line searches stop.
_MAX_NEWTON = 100
_MAX_STEP = 2.0
_STEP_TOL = 1e-10
_PURE_NEWTON = 1e-8


def _lambda_derivatives(b: np.ndarray, iu) -> tuple[float, np.ndarray, np.ndarray]:
    """λmax of ``b`` with its gradient and Hessian in the logs of the entries ``iu``."""
    i, j = iu
    u, lam = P.perron(b)
    v, _ = P.perron(b.T)
    v = v / (v @ u)
    x = b[iu]
    upper, lower = v[i] * u[j] * x, v[j] * u[i] / x  # ∂λ/∂t_k = upper − lower
    n, m = b.shape[0], i.shape[0]
    k = np.arange(m)
    p = np.zeros((m, n))  # rows vᵀA_k
    p[k, j] = x * v[i]
    p[k, i] = -v[j] / x
    q = np.zeros((n, m))  # columns A_k u
    q[i, k] = x * u[j]
    q[j, k] = -u[i] / x
    # (λI − A + uvᵀ)⁻¹ = S + uvᵀ: multiply out, using (λI − A)u = 0, vᵀS = 0 and
    # (λI − A)S = I − uvᵀ. The rank-one term makes the matrix regular as λ is simple.
    outer = np.outer(u, v)
    sq = np.linalg.solve(lam * np.eye(n) - b + outer, q) - outer @ q
    cross = p @ sq
    hess = cross + cross.T
    hess[k, k] += upper + lower
    return lam, upper - lower, hess


def _newton_direction(grad: np.ndarray, hess: np.ndarray) -> np.ndarray:
    """−H⁻¹g, or steepest descent if H is numerically singular or gives no descent."""
    try:
        d = np.linalg.solve(hess, -grad)
    except np.linalg.LinAlgError:
        return -grad
    if not np.isfinite(d).all() or grad @ d >= 0:
        return -grad
    return d


def harker(a: np.ndarray, y0: np.ndarray | None = None) -> np.ndarray:
    """Harker's completion: zero for each missing entry, 1 + (missing in row) on the diagonal.

    The Perron vector is taken of the matrix balanced by the LLSM weights ``y0`` (computed if
    not given): a diagonal similarity, so the same completion, with entries near 1.
    """
    missing = np.isnan(a)
    scale = P.ratio_scale(llsm(a) if y0 is None else y0)
    b = np.where(missing, 0.0, a / scale)
    b[np.diag_indices_from(b)] = 1.0 + missing.sum(axis=1)
    w, _ = P.perron_eig(b)
    return np.where(missing, w[:, None] / w[None, :] * scale, a)


def complete_priorities(a: np.ndarray, method: str, ri: str, completion: str, *,
                        names=None, where=None):
    """``priorities`` for a matrix with missing judgments (see ``mcdm.ahp.priorities``).

    Absurd but finite judgments (say 1e-300 next to 1e12) end in ``judgments.too_extreme``
    naming the most extreme known judgment, never in a warning or a bare numpy error: when
    the LLSM weights span more than ``P.LOG_SPREAD`` (their ratios, the completed entries, would
    leave the float range or a weight would underflow), or when the completion or the Perron
    vector breaks down in floating point (overflow, a singular system, a zero weight).
    """
    require_connected(a, names, where)
    n = a.shape[0]
    upper = np.triu(np.isnan(a), 1)
    missing = tuple((int(i), int(j)) for i, j in zip(*np.nonzero(upper), strict=True))
    y = llsm(a)
    if not np.isfinite(y).all() or y.max() - y.min() > P.LOG_SPREAD:
        raise too_extreme(a, y, names, where, "the weights they imply span more than 1e300")
    try:
        # Any overflow, 0/0 or division by zero below means the judgments are beyond what
        # floating point can weight; underflow to a subnormal is harmless and checked after.
        with np.errstate(over="raise", divide="raise", invalid="raise", under="ignore"):
            if method == "geometric_mean":
                filled = np.where(np.isnan(a), P.ratio_scale(y), a)
                w = np.exp(y - y.max())
                w /= w.sum()
                _, lam = P.balanced_perron(filled, y)  # checked λ, for CR
                used = "llsm"
            else:
                if completion == "lambda_max":
                    filled = complete_lambda_max(a, y)
                else:
                    filled = harker(a, y)
                w, lam = P.balanced_perron(filled, y)
                used = completion
            # Subnormal weights or entries have lost their digits: as bad as zero.
            ok = (np.isfinite(lam) and (w >= P.TINY).all() and np.isfinite(w).all()
                  and (filled >= P.TINY).all() and np.isfinite(filled).all())
    except (FloatingPointError, np.linalg.LinAlgError):
        ok = False
    if not ok:
        raise too_extreme(a, y, names, where,
                           f"the {_used_name(method, completion)} cannot be computed in floating "
                           "point")
    note = (f"complete-matrix RI for n = {n} although {len(missing)} of {n * (n - 1) // 2} "
            "judgments are missing (Ágoston & Csató 2022 show the RI of incomplete matrices "
            "is lower, so this CR is lenient); ")
    return result_from(w, lam, filled, a, method, ri, missing=missing, completion=used,
                       log_weights=y, note_prefix=note)


def _used_name(method: str, completion: str) -> str:
    if method == "geometric_mean":
        return "LLSM completion"
    return "λmax-optimal completion" if completion == "lambda_max" else "Harker completion"



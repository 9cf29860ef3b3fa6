"""The Perron (principal) eigenvector of positive matrices, and the numeric tolerances that
decide when its weights can be trusted. Shared by complete (:mod:`.priorities`) and incomplete
(:mod:`.incomplete`) matrices and by :mod:`.batch`; private to :mod:`mcdm.ahp`."""

from __future__ import annotations

import numpy as np

# Squarings before the convergence check: A^64 settles expert matrices, and most uniformly
# random ones (|λ2/λ1|^64 < 1e-16 unless the second eigenvalue is within 45 % of λmax).
FIRST_SQUARINGS = 6
MAX_SQUARINGS = 10
RESIDUAL_TOL = 1e-12

# Judgments beyond 1e100 (ln 1e100 ≈ 230) take the careful path whatever the check above says:
# with them a weight can underflow or a row's geometric mean leave the float range.
CAREFUL_LOG = float(np.log(1e100))
# Accepted relative residual of each component of A w = λ w (as in ``mcdm.ahp.incomplete``),
# and the weight above which squaring's residual (RESIDUAL_TOL · λ) already guarantees it.
COMPONENT_TOL = 1e-9
CHECKED_WEIGHT = RESIDUAL_TOL / COMPONENT_TOL
# Power steps allowed to refine the Perron vector, and (as COMPONENT_TOL above) the accepted
# relative residual of each of its components (matrices of Saaty-scale judgments need none).
POWER_STEPS = 8
# ln(1e300): the LLSM log-weights may differ by at most this much, so that every completed
# entry exp(y_i − y_j) and every weight stays a normal float (as in ``diagnose``).
LOG_SPREAD = float(np.log(1e300))
TINY = float(np.finfo(np.float64).tiny)


def perron(a: np.ndarray) -> tuple[np.ndarray, float]:
    """Principal right eigenvector (sums to 1) and eigenvalue of a positive matrix.

    Repeated squaring converges like ``|λ2/λ1|^(2^k)``; when the residual is still large
    after ``MAX_SQUARINGS`` (rare: very inconsistent matrices), LAPACK's ``eig`` decides.
    """
    found = perron_by_squaring(a)
    return found if found is not None else perron_eig(a)


def perron_by_squaring(a: np.ndarray) -> tuple[np.ndarray, float] | None:
    """``perron`` by repeated squaring, or None where LAPACK must decide."""
    # No rescaling on the way to A^64: entries stay below n^63 · max(a)^64, short of overflow
    # for any judgment scale up to n = 30 (1e247 on the geometric scale, whose maximum is 256);
    # a non-finite result (absurd judgments) falls through to LAPACK, so the overflow itself
    # is expected and must not warn.
    with np.errstate(over="ignore", invalid="ignore"):
        m = a @ a
        for _ in range(FIRST_SQUARINGS - 1):
            m = m @ m
    squarings = FIRST_SQUARINGS
    while True:
        w = m.sum(axis=1)
        total = w.sum()
        if not 0 < total < np.inf:
            return None
        w /= total
        aw = a @ w
        lam = aw.sum()
        if np.abs(aw - lam * w).max() <= RESIDUAL_TOL * lam:
            return w, float(lam)
        if squarings >= MAX_SQUARINGS:
            return None
        m *= 1.0 / m[0, 0]  # the direction is all that matters
        m = m @ m
        squarings += 1


def perron_eig(a: np.ndarray) -> tuple[np.ndarray, float]:
    values, vectors = np.linalg.eig(a)
    k = int(np.argmax(values.real))
    w = np.abs(vectors[:, k].real)
    return w / w.sum(), float(values[k].real)


def ratio_scale(y: np.ndarray) -> np.ndarray:
    """exp(y_i − y_j): the LLSM ratios w_i / w_j, by which ``a`` is balanced and restored."""
    return np.exp(y[:, None] - y[None, :])


def balanced_perron(b: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """``perron(b)`` computed on ``b`` balanced by the log-weights ``y`` (same λ; w rescaled).

    Raises ``FloatingPointError`` if the Perron vector does not satisfy B u = λ u component
    by component within ``COMPONENT_TOL`` after ``POWER_STEPS`` power steps.
    """
    # Ordinary judgments pass the check on b itself: no balancing needed.
    try:
        u, lam = perron(b)
        if accurate(b, u, lam):
            return u, lam
    except FloatingPointError:
        pass
    balanced = b / ratio_scale(y)
    u, lam = perron(balanced)
    # LAPACK's eigenvector is accurate to eps·max(u) only: a component far below that can be
    # noise or 0 (judgments such as 1e-300 next to 1e12). B u is a sum of positive terms, so
    # its components are exact to rounding: power steps fix the small ones, and the check,
    # relative per component, is what lets us trust every weight (and, by Collatz-Wielandt,
    # brackets λ).
    for _ in range(POWER_STEPS):
        if accurate(balanced, u, lam):
            break
        u = balanced @ u
        u /= u.sum()
    else:
        raise FloatingPointError("the Perron vector is not accurate component by component")
    logs = np.log(u) + y
    w = np.exp(logs - logs.max())
    return w / w.sum(), lam


def accurate(b: np.ndarray, u: np.ndarray, lam: float) -> bool:
    return bool((np.abs(b @ u - lam * u) <= COMPONENT_TOL * lam * u).all())


# Power steps allowed to refine the Perron vector, and the accepted relative residual of
# each of its components (matrices of Saaty-scale judgments pass with none).
POWER_STEPS = 8
COMPONENT_TOL = 1e-9

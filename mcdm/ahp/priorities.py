"""Priority vectors of pairwise comparison matrices: eigenvector and row geometric mean.

``priorities`` is called many times per project evaluation, so its complete-matrix path is a
few vectorized numpy operations: validation, a Perron vector by repeated squaring (falling back
to LAPACK when that has not converged), CR and GCI. Absurd judgments (beyond 1e100) or a
LAPACK vector whose small weights fail A w = λ w take a careful path shared with incomplete
matrices (``mcdm.ahp.incomplete``): a correct result or ``judgments.too_extreme``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mcdm.ahp.consistency import (
    RI_SOURCES,
    consistency_index,
    gci,
    gci_threshold,
    random_index,
)
from mcdm.ahp.validation import JudgmentMatrixError, as_judgment_matrix
from mcdm.errors import Location

__all__ = ["METHODS", "RI_NAMES", "PriorityResult", "perron", "priorities"]

METHODS = ("eigenvector", "geometric_mean")
RI_NAMES = ("saaty", "alonso-lamata", "donegan-dodd", "tummala-ling", "aguaron")
COMPLETIONS = ("lambda_max", "harker")

# Squarings before the convergence check: A^64 settles expert matrices, and most uniformly
# random ones (|λ2/λ1|^64 < 1e-16 unless the second eigenvalue is within 45 % of λmax).
_FIRST_SQUARINGS = 6
_MAX_SQUARINGS = 10
_RESIDUAL_TOL = 1e-12


@dataclass(frozen=True, slots=True)
class PriorityResult:
    """Weights of one pairwise comparison matrix and its consistency.

    Attributes
    ----------
    weights : ndarray
        Priority vector, sums to 1.
    lambda_max : float
        Perron eigenvalue of ``matrix`` (whatever the method: CR is a property of the matrix).
    ci, cr : float
        Consistency index and ratio (CR = CI / RI; ``nan`` if the RI table has no value for n).
    gci : float
        Geometric consistency index (row geometric means, or LLSM with missing judgments).
    matrix : ndarray
        The matrix the weights come from: the input (made exactly reciprocal), or the input
        completed where judgments were missing.
    method, ri : str
        The weighting method and the RI table used.
    ri_value : float
        The random index CR was divided by.
    ri_note : str
        Which RI was used and why (e.g. a complete-matrix RI for an incomplete matrix).
    gci_threshold : float
        The GCI equivalent of CR = 0.1 for this n.
    missing : tuple of (int, int)
        The (i, j), i < j, judgments that were missing and were completed.
    completion : str
        ``"none"``, ``"lambda_max"`` (Bozóki, Fülöp & Rónyai 2010), ``"harker"`` or ``"llsm"``.
    """

    weights: np.ndarray
    lambda_max: float
    ci: float
    cr: float
    gci: float
    matrix: np.ndarray
    method: str
    ri: str
    ri_value: float
    ri_note: str
    gci_threshold: float
    missing: tuple[tuple[int, int], ...] = ()
    completion: str = "none"

    @property
    def n(self) -> int:
        return self.weights.shape[0]

    @property
    def acceptable(self) -> bool:
        """Whether CR ≤ 0.1 (Saaty's rule; matrices of size ≤ 2 always pass)."""
        return bool(self.cr <= 0.1)


def perron(a: np.ndarray) -> tuple[np.ndarray, float]:
    """Principal right eigenvector (sums to 1) and eigenvalue of a positive matrix.

    Repeated squaring converges like ``|λ2/λ1|^(2^k)``; when the residual is still large
    after ``_MAX_SQUARINGS`` (rare: very inconsistent matrices), LAPACK's ``eig`` decides.
    """
    found = _perron_by_squaring(a)
    return found if found is not None else _perron_eig(a)


def _perron_by_squaring(a: np.ndarray) -> tuple[np.ndarray, float] | None:
    """``perron`` by repeated squaring, or None where LAPACK must decide."""
    # No rescaling on the way to A^64: entries stay below n^63 · max(a)^64, short of overflow
    # for any judgment scale up to n = 30 (1e247 on the geometric scale, whose maximum is 256);
    # a non-finite result (absurd judgments) falls through to LAPACK, so the overflow itself
    # is expected and must not warn.
    with np.errstate(over="ignore", invalid="ignore"):
        m = a @ a
        for _ in range(_FIRST_SQUARINGS - 1):
            m = m @ m
    squarings = _FIRST_SQUARINGS
    while True:
        w = m.sum(axis=1)
        total = w.sum()
        if not 0 < total < np.inf:
            return None
        w /= total
        aw = a @ w
        lam = aw.sum()
        if np.abs(aw - lam * w).max() <= _RESIDUAL_TOL * lam:
            return w, float(lam)
        if squarings >= _MAX_SQUARINGS:
            return None
        m *= 1.0 / m[0, 0]  # the direction is all that matters
        m = m @ m
        squarings += 1


def _perron_eig(a: np.ndarray) -> tuple[np.ndarray, float]:
    values, vectors = np.linalg.eig(a)
    k = int(np.argmax(values.real))
    w = np.abs(vectors[:, k].real)
    return w / w.sum(), float(values[k].real)


def _check_options(method: str, ri: str, completion: str) -> None:
    if method not in METHODS:
        raise JudgmentMatrixError(
            "ahp.method", f"unknown weighting method {method!r}",
            location=Location(field="method"), expected=" or ".join(METHODS),
            params={"value": method},
        )
    if ri not in RI_NAMES:
        raise JudgmentMatrixError(
            "ahp.ri", f"unknown random-index table {ri!r}", location=Location(field="ri"),
            expected=", ".join(RI_NAMES), params={"value": ri},
        )
    if completion not in COMPLETIONS:
        raise JudgmentMatrixError(
            "ahp.completion", f"unknown completion {completion!r}",
            location=Location(field="completion"), expected=" or ".join(COMPLETIONS),
            params={"value": completion},
        )


def priorities(matrix, method: str = "eigenvector", ri: str = "saaty", *,
               names: Sequence[str] | None = None, completion: str = "lambda_max",
               where: str | None = None) -> PriorityResult:
    """Weights, λmax, CI, CR and GCI of a pairwise comparison matrix.

    Parameters
    ----------
    matrix : array_like, shape (n, n)
        Positive reciprocal judgments; ``np.nan`` marks a missing judgment (both sides).
        Judgments need not be integers (group means, intermediate values).
    method : {"eigenvector", "geometric_mean"}
        Saaty's principal right eigenvector, or the row geometric mean (RGMM / LLSM).
    ri : {"saaty", "alonso-lamata", "donegan-dodd", "tummala-ling", "aguaron"}
        The random-index table CR is computed with (see ``mcdm.ahp.consistency``).
    names : sequence of str, optional
        Item names, used in error messages.
    completion : {"lambda_max", "harker"}
        How the eigenvector method fills missing judgments: the completion with minimal λmax
        (Bozóki, Fülöp & Rónyai, 2010) or Harker's (1987) method. The geometric mean always
        uses the LLSM completion (same paper).
    where : str, optional
        A label (node, expert) added to error locations.

    Returns
    -------
    PriorityResult

    Raises
    ------
    JudgmentMatrixError
        Bad input, naming the row and column; a comparison graph that leaves items
        unconnected (code ``judgments.disconnected``, naming the items cut off); judgments
        too extreme to weight in floating point (code ``judgments.too_extreme``, naming the
        judgment farthest from 1): weights that would span more than 1e300, or whose
        eigenvector or λmax cannot be computed and checked weight by weight.

    Examples
    --------
    >>> r = priorities([[1, 3], [1/3, 1]])
    >>> r.weights.round(2).tolist(), r.cr
    ([0.75, 0.25], 0.0)
    """
    _check_options(method, ri, completion)
    a, has_missing = as_judgment_matrix(matrix, names=names, where=where)
    if has_missing:
        from mcdm.ahp.incomplete import complete_priorities

        return complete_priorities(a, method, ri, completion, names=names, where=where)
    n = a.shape[0]
    logs = np.log(a)
    y = logs.mean(axis=1)
    if n <= 2:
        if logs.max() > _CAREFUL_LOG:
            return _careful(a, logs, method, ri, names, where)
        w = np.exp(y)
        w /= w.sum()
        return _result(w, float(n), a, method, ri, 0.0)
    found = _perron_by_squaring(a)
    # A^64 is finite only for judgments below about 1e4.8, and its residual, checked to
    # 1e-12 λ, bounds each weight's relative error by 1e-12 / w_i. Otherwise (LAPACK's vector
    # is accurate to eps·max(w) only, so a weight far below the largest may be noise) every
    # weight is checked; absurd judgments or a failed check take the careful path.
    if found is None or found[0].min() < _CHECKED_WEIGHT:
        if logs.max() > _CAREFUL_LOG:
            return _careful(a, logs, method, ri, names, where)
        w_eig, lam = found if found is not None else _perron_eig(a)
        if not (np.abs(a @ w_eig - lam * w_eig) <= _COMPONENT_TOL * lam * w_eig).all():
            return _careful(a, logs, method, ri, names, where)
    else:
        w_eig, lam = found
    if method == "eigenvector":
        w = w_eig
    else:
        w = np.exp(y)
        w /= w.sum()
    # Σ_ij (ln a_ij − y_i + y_j)² = Σ ln² a_ij − 2n Σ y_i² for a reciprocal matrix (ln A is
    # antisymmetric and its row means are y), which saves forming the error matrix.
    flat = logs.ravel()
    g = max(float(flat @ flat) - 2.0 * n * float(y @ y), 0.0) / ((n - 1) * (n - 2))
    return _result(w, lam, a, method, ri, g)


# Judgments beyond 1e100 (ln 1e100 ≈ 230) take the careful path whatever the check above says:
# with them a weight can underflow or a row's geometric mean leave the float range.
_CAREFUL_LOG = float(np.log(1e100))
# Accepted relative residual of each component of A w = λ w (as in ``mcdm.ahp.incomplete``),
# and the weight above which squaring's residual (_RESIDUAL_TOL · λ) already guarantees it.
_COMPONENT_TOL = 1e-9
_CHECKED_WEIGHT = _RESIDUAL_TOL / _COMPONENT_TOL


def _careful(a: np.ndarray, logs: np.ndarray, method: str, ri: str, names,
             where) -> PriorityResult:
    """``priorities`` of a complete matrix of absurd judgments, or ``judgments.too_extreme``.

    The same treatment as incomplete matrices get (``mcdm.ahp.incomplete``): for a complete
    matrix the LLSM log-weights are the row means of ``ln A``; the Perron vector is computed on
    ``A`` balanced by them and checked component by component; any overflow, 0/0 or zero
    weight means the judgments are beyond what floating point can weight.
    """
    from mcdm.ahp.incomplete import _LOG_SPREAD, _TINY, _balanced_perron, _too_extreme

    n = a.shape[0]
    y = logs.mean(axis=1)
    if not np.isfinite(y).all() or y.max() - y.min() > _LOG_SPREAD:
        raise _too_extreme(a, y, names, where, "the weights they imply span more than 1e300")
    try:
        with np.errstate(over="raise", divide="raise", invalid="raise", under="ignore"):
            w = np.exp(y - y.max())
            w /= w.sum()
            lam, g = float(n), 0.0
            if n > 2:
                u, lam = _balanced_perron(a, y)
                if method == "eigenvector":
                    w = u
                g = gci(a, y)  # the error matrix: Σ ln² a_ij − 2n Σ y_i² would cancel
            # Subnormal weights have lost their digits: as bad as zero.
            ok = bool(np.isfinite(lam) and np.isfinite(g) and np.isfinite(w).all()
                      and (w >= _TINY).all())
    except (FloatingPointError, np.linalg.LinAlgError):
        ok = False
    if not ok:
        what = "eigenvector" if method == "eigenvector" else "λmax"
        raise _too_extreme(a, y, names, where, f"their {what} cannot be computed in floating "
                           "point")
    return _result(w, float(lam), a, method, ri, float(g))


_RI_CACHE: dict[tuple[int, str], tuple[float, str, float]] = {}


def _ri_entry(n: int, ri: str) -> tuple[float, str, float]:
    entry = _RI_CACHE.get((n, ri))
    if entry is None:
        entry = _RI_CACHE[(n, ri)] = (random_index(n, ri), RI_SOURCES[ri], gci_threshold(n))
    return entry


def _result(w, lam, a, method, ri, g, *, missing=(), completion="none",
            note_prefix="") -> PriorityResult:
    n = a.shape[0]
    ci = consistency_index(lam, n)
    riv, source, gci_thr = _ri_entry(n, ri)
    cr = ci / riv if n > 2 else 0.0
    w.flags.writeable = False
    a.flags.writeable = False
    return PriorityResult(w, lam, ci, cr, g, a, method, ri, riv, note_prefix + source, gci_thr,
                          missing, completion)


def result_from(w, lam, completed, incomplete, method, ri, *, missing, completion,
                log_weights, note_prefix) -> PriorityResult:
    """Assemble a result for an incomplete matrix (used by ``mcdm.ahp.incomplete``).

    The GCI is taken over the known judgments only, with the LLSM ``log_weights``.
    """
    g = gci(incomplete, log_weights)
    return _result(w, lam, completed, method, ri, g, missing=missing, completion=completion,
                   note_prefix=note_prefix)

"""Priority vectors of pairwise comparison matrices: eigenvector and row geometric mean.

``priorities`` is called many times per project evaluation, so its complete-matrix path is a
few vectorized numpy operations: validation, a Perron vector by repeated squaring (falling back
to LAPACK when that has not converged), CR and GCI.
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
            return _perron_eig(a)
        w /= total
        aw = a @ w
        lam = aw.sum()
        if np.abs(aw - lam * w).max() <= _RESIDUAL_TOL * lam:
            return w, float(lam)
        if squarings >= _MAX_SQUARINGS:
            return _perron_eig(a)
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
        unconnected (code ``judgments.disconnected``, naming the items cut off).

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
        w = np.exp(y)
        w /= w.sum()
        return _result(w, float(n), a, method, ri, 0.0)
    w_eig, lam = perron(a)
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

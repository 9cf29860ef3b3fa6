"""Priority vectors of pairwise comparison matrices: eigenvector and row geometric mean.

``priorities`` is called many times per project evaluation, so its complete-matrix path is a
few vectorized numpy operations: validation, a Perron vector by repeated squaring (falling back
to LAPACK when that has not converged), CR and GCI. Absurd judgments (beyond 1e100) or a
LAPACK vector whose small weights fail A w = λ w take a careful path shared with incomplete
matrices (``mcdm.ahp.incomplete``): a correct result or ``judgments.too_extreme``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from mcdm.ahp import _perron as P
from mcdm.ahp.consistency import gci
from mcdm.ahp.incomplete import complete_priorities
from mcdm.ahp.result import PriorityResult, make_result
from mcdm.ahp.validation import JudgmentMatrixError, as_judgment_matrix, too_extreme
from mcdm.errors import Location

__all__ = ["METHODS", "RI_NAMES", "PriorityResult", "perron", "priorities"]

perron = P.perron

METHODS = ("eigenvector", "geometric_mean")
RI_NAMES = ("saaty", "alonso-lamata", "donegan-dodd", "tummala-ling", "aguaron")
COMPLETIONS = ("lambda_max", "harker")

def check_options(method: str, ri: str, completion: str) -> None:
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
    check_options(method, ri, completion)
    a, has_missing = as_judgment_matrix(matrix, names=names, where=where)
    if has_missing:
        return complete_priorities(a, method, ri, completion, names=names, where=where)
    n = a.shape[0]
    logs = np.log(a)
    y = logs.mean(axis=1)
    if n <= 2:
        if logs.max() > P.CAREFUL_LOG:
            return _careful(a, logs, method, ri, names, where)
        w = np.exp(y)
        w /= w.sum()
        return make_result(w, float(n), a, method, ri, 0.0)
    found = P.perron_by_squaring(a)
    # A^64 is finite only for judgments below about 1e4.8, and its residual, checked to
    # 1e-12 λ, bounds each weight's relative error by 1e-12 / w_i. Otherwise (LAPACK's vector
    # is accurate to eps·max(w) only, so a weight far below the largest may be noise) every
    # weight is checked; absurd judgments or a failed check take the careful path.
    if found is None or found[0].min() < P.CHECKED_WEIGHT:
        if logs.max() > P.CAREFUL_LOG:
            return _careful(a, logs, method, ri, names, where)
        w_eig, lam = found if found is not None else P.perron_eig(a)
        if not (np.abs(a @ w_eig - lam * w_eig) <= P.COMPONENT_TOL * lam * w_eig).all():
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
    return make_result(w, lam, a, method, ri, g)


def _careful(a: np.ndarray, logs: np.ndarray, method: str, ri: str, names,
             where) -> PriorityResult:
    """``priorities`` of a complete matrix of absurd judgments, or ``judgments.too_extreme``.

    The same treatment as incomplete matrices get (``mcdm.ahp.incomplete``): for a complete
    matrix the LLSM log-weights are the row means of ``ln A``; the Perron vector is computed on
    ``A`` balanced by them and checked component by component; any overflow, 0/0 or zero
    weight means the judgments are beyond what floating point can weight.
    """
    n = a.shape[0]
    y = logs.mean(axis=1)
    if not np.isfinite(y).all() or y.max() - y.min() > P.LOG_SPREAD:
        raise too_extreme(a, y, names, where, "the weights they imply span more than 1e300")
    try:
        with np.errstate(over="raise", divide="raise", invalid="raise", under="ignore"):
            w = np.exp(y - y.max())
            w /= w.sum()
            lam, g = float(n), 0.0
            if n > 2:
                u, lam = P.balanced_perron(a, y)
                if method == "eigenvector":
                    w = u
                g = gci(a, y)  # the error matrix: Σ ln² a_ij − 2n Σ y_i² would cancel
            # Subnormal weights have lost their digits: as bad as zero.
            ok = bool(np.isfinite(lam) and np.isfinite(g) and np.isfinite(w).all()
                      and (w >= P.TINY).all())
    except (FloatingPointError, np.linalg.LinAlgError):
        ok = False
    if not ok:
        what = "eigenvector" if method == "eigenvector" else "λmax"
        raise too_extreme(a, y, names, where, f"their {what} cannot be computed in floating "
                           "point")
    return make_result(w, float(lam), a, method, ri, float(g))



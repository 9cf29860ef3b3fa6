"""Priorities of many matrices of the same size at once (one expert panel, one node).

The stack is validated and weighted with 3-D numpy operations, without a Python loop over
experts; a matrix with missing or absurd judgments (rare in a panel) falls back to
``priorities``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mcdm.ahp import _perron as P
from mcdm.ahp.consistency import gci_threshold, random_index
from mcdm.ahp.priorities import check_options, priorities
from mcdm.ahp.validation import RECIPROCITY_TOL, JudgmentMatrixError, as_judgment_matrix
from mcdm.errors import Location, item_name

__all__ = ["BatchResult", "as_judgment_stack", "batch_from_stack", "priorities_batch"]


@dataclass(frozen=True)
class BatchResult:
    """Per-matrix results of ``priorities_batch`` (first axis: the matrix / expert)."""

    weights: np.ndarray      # (K, n)
    lambda_max: np.ndarray   # (K,)
    ci: np.ndarray
    cr: np.ndarray
    gci: np.ndarray
    matrices: np.ndarray     # (K, n, n), completed where judgments were missing
    method: str
    ri: str
    ri_value: float
    gci_threshold: float


def _expert_label(experts, k):
    if experts is not None and 0 <= k < len(experts):
        return str(experts[k])
    return f"expert {k}"


def as_judgment_stack(matrices, *, names: Sequence[str] | None = None,
                      experts: Sequence[str] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(S, has_missing)``: a validated, exactly reciprocal (K, n, n) float stack.

    Errors name the expert (``location.field``), row and column.
    """
    try:
        s = np.array(matrices, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        # ragged input: find the expert whose matrix has another shape
        shapes = [np.shape(m) for m in matrices]
        k = next((k for k, sh in enumerate(shapes) if sh != shapes[0]), 0)
        raise JudgmentMatrixError(
            "judgments.stack_shape", f"{_expert_label(experts, k)}'s matrix has shape "
            f"{shapes[k]}, the first has {shapes[0]}", location=Location(
                field=_expert_label(experts, k)), expected="matrices of the same size",
            params={"expert_index": k, "detail": str(exc), "expert": item_name(experts, k)},
        ) from None
    if s.ndim != 3 or s.shape[1] != s.shape[2] or s.shape[0] == 0:
        raise JudgmentMatrixError(
            "judgments.stack_shape", f"the judgment matrices have shape {s.shape}",
            expected="K ≥ 1 square n×n matrices", params={"shape": s.shape},
        )
    if (s > 0).all() and (s < np.inf).all():
        dev = np.abs(s * s.transpose(0, 2, 1) - 1.0).max()
        if dev <= 1e-12:
            return s, np.zeros(s.shape[0], dtype=bool)
        if dev <= RECIPROCITY_TOL and (np.abs(np.diagonal(s, axis1=1, axis2=2) - 1)
                                       <= RECIPROCITY_TOL).all():
            return np.sqrt(s / s.transpose(0, 2, 1)), np.zeros(s.shape[0], dtype=bool)
    # Something is missing or wrong: check expert by expert so the error names the place.
    out = np.empty_like(s)
    has_missing = np.zeros(s.shape[0], dtype=bool)
    for k in range(s.shape[0]):
        out[k], has_missing[k] = as_judgment_matrix(s[k], names=names,
                                                    where=_expert_label(experts, k))
    return out, has_missing


def _perron_stack(s: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    # A^64 without rescaling (see mcdm.ahp.priorities.perron): absurd judgments may overflow,
    # which is expected and must not warn; their non-finite rows go to LAPACK below.
    with np.errstate(invalid="ignore", over="ignore"):
        m = s @ s
        for _ in range(5):
            m = m @ m
        w = m.sum(axis=2)
        w /= w.sum(axis=1, keepdims=True)
        aw = np.einsum("kij,kj->ki", s, w)
        lam = aw.sum(axis=1)
        bad = ~(np.abs(aw - lam[:, None] * w).max(axis=1) <= 1e-12 * lam)
    if bad.any():
        values, vectors = np.linalg.eig(s[bad])
        idx = np.argmax(values.real, axis=1)
        v = np.abs(np.take_along_axis(vectors.real, idx[:, None, None], axis=2)[..., 0])
        w[bad] = v / v.sum(axis=1, keepdims=True)
        lam[bad] = np.take_along_axis(values.real, idx[:, None], axis=1)[:, 0]
    return w, lam


def priorities_batch(matrices, method: str = "eigenvector", ri: str = "saaty", *,
                     names: Sequence[str] | None = None,
                     experts: Sequence[str] | None = None) -> BatchResult:
    """``priorities`` for a stack of K judgment matrices of the same size, vectorized.

    Examples
    --------
    >>> b = priorities_batch([[[1, 2], [0.5, 1]], [[1, 1], [1, 1]]])
    >>> b.weights.round(4).tolist()
    [[0.6667, 0.3333], [0.5, 0.5]]
    """
    check_options(method, ri, "lambda_max")
    s, has_missing = as_judgment_stack(matrices, names=names, experts=experts)
    return batch_from_stack(s, has_missing, method, ri, names=names, experts=experts)


def batch_from_stack(s: np.ndarray, has_missing: np.ndarray, method: str = "eigenvector",
                     ri: str = "saaty", *, names=None, experts=None) -> BatchResult:
    """``priorities_batch`` on a stack already validated by ``as_judgment_stack`` (modified)."""
    k, n, _ = s.shape
    logs = np.log(s)
    y = logs.mean(axis=2)
    # Absurd judgments (beyond 1e100) and Perron vectors failing their check component by
    # component go one by one through ``priorities``' careful path, like missing judgments.
    with np.errstate(invalid="ignore"):  # nan (missing) rows are redone anyway
        redo = has_missing | (logs.reshape(k, -1).max(axis=1) > P.CAREFUL_LOG)
    if n <= 2:
        w = np.exp(y - y.max(axis=1, keepdims=True))
        w /= w.sum(axis=1, keepdims=True)
        lam = np.full(k, float(n))
        g = np.zeros(k)
    else:
        w, lam = _perron_stack(np.where(np.isnan(s), 1.0, s) if has_missing.any() else s)
        with np.errstate(invalid="ignore", over="ignore"):
            residual = np.abs(np.einsum("kij,kj->ki", s, w) - lam[:, None] * w)
            redo |= ~(residual <= P.COMPONENT_TOL * lam[:, None] * w).all(axis=1)
        if method == "geometric_mean":
            w = np.exp(y - y.max(axis=1, keepdims=True))
            w /= w.sum(axis=1, keepdims=True)
        flat = logs.reshape(k, -1)
        # Σ_ij e_ij² = Σ ln² a_ij − 2n Σ y_i² (see mcdm.ahp.priorities)
        g = np.maximum(np.einsum("ki,ki->k", flat, flat) - 2.0 * n * np.einsum("ki,ki->k", y, y),
                       0.0) / ((n - 1) * (n - 2))
    ci = np.maximum(lam - n, 0.0) / (n - 1) if n > 2 else np.zeros(k)
    riv = random_index(n, ri)
    cr = ci / riv if n > 2 else np.zeros(k)
    for idx in np.flatnonzero(redo):  # rare: skipped or absurd judgments
        r = priorities(s[idx], method=method, ri=ri, names=names,
                       where=_expert_label(experts, int(idx)))
        w[idx], lam[idx], ci[idx], cr[idx], g[idx] = r.weights, r.lambda_max, r.ci, r.cr, r.gci
        s[idx] = r.matrix
    for arr in (w, lam, ci, cr, g, s):
        arr.flags.writeable = False
    return BatchResult(w, lam, ci, cr, g, s, method, ri, riv, gci_threshold(n))

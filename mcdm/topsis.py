"""TOPSIS: rank priority directions by their relative closeness to the ideal solution.

Technique for Order of Preference by Similarity to Ideal Solution, Hwang & Yoon (1981),
*Multiple Attribute Decision Making: Methods and Applications*, Springer, pp. 128–140.

The default is Hwang & Yoon's vector normalization. ``"minmax"``, ``"max"`` and ``"sum"`` follow
pymcdm's definitions (``pymcdm.normalizations``), so results agree with pymcdm's TOPSIS for the
same normalization. pymcdm itself is not needed here: the computation is a few numpy passes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mcdm._tabular import Tabular
from mcdm._validate import (
    DecisionProblemError,
    as_matrix,
    as_types,
    as_weights,
    constant_columns,
    label,
)
from mcdm.errors import Location, item_name

__all__ = [
    "NORMALIZATIONS", "DecisionProblemError", "Prepared", "TopsisResult", "TopsisSteps",
    "normalize", "prepare", "rank", "rank_closeness", "rank_prepared",
]

NORMALIZATIONS = ("vector", "minmax", "max", "sum")
TIE_TOLERANCE = 1e-12


def _frozen(a: np.ndarray) -> np.ndarray:
    a.flags.writeable = False
    return a


@dataclass(frozen=True, eq=False)  # holds arrays: compare fields, not results
class TopsisSteps:
    """Every intermediate table of one TOPSIS run (arrays are read-only).

    Attributes
    ----------
    normalized : ndarray (m, n)
        r_ij. For ``"vector"`` this is x_ij / ‖x_j‖ as in Hwang & Yoon, and cost columns keep
        their direction (their ideal is the column minimum). For ``"minmax"``, ``"max"`` and
        ``"sum"`` cost columns are turned into benefit columns as pymcdm does, so every ideal is
        the column maximum. ``orientation`` says which is which.
    weighted : ndarray (m, n)
        v_ij = w_j · r_ij.
    ideal, anti_ideal : ndarray (n,)
        The positive and negative ideal solutions A⁺, A⁻.
    d_plus, d_minus : ndarray (m,)
        Euclidean distances to A⁺ and A⁻.
    orientation : ndarray (n,)
        +1 where a larger r_ij is better, −1 where a smaller one is.
    constant_criteria : tuple of int
        Columns with one value for every direction: they contribute nothing to the ranking.
    """

    normalized: np.ndarray
    weighted: np.ndarray
    ideal: np.ndarray
    anti_ideal: np.ndarray
    d_plus: np.ndarray
    d_minus: np.ndarray
    orientation: np.ndarray
    constant_criteria: tuple[int, ...]


@dataclass(frozen=True, eq=False)  # holds arrays: compare fields, not results
class TopsisResult(Tabular):
    """The outcome of :func:`rank`.

    Attributes
    ----------
    closeness : ndarray (m,)
        Relative closeness C_i = d⁻ / (d⁺ + d⁻) in [0, 1], higher is better. When every direction
        is identical on every weighted criterion (d⁺ = d⁻ = 0) all get 0.5: no direction is nearer
        either ideal, and reversing every criterion type still maps c to 1 − c.
    ranks : ndarray (m,) of int
        1 = best; closeness values equal to within 1e-12 share the better rank (1, 1, 3, ...).
    steps : TopsisSteps
    weights : ndarray (n,)
        The weights used (summing to 1).
    weights_normalized : bool
        True when the given weights did not sum to 1 and were divided by their sum.
    types : ndarray (n,)
    normalization : str
    """

    closeness: np.ndarray
    ranks: np.ndarray
    steps: TopsisSteps
    weights: np.ndarray
    weights_normalized: bool
    types: np.ndarray
    normalization: str
    method: str = "TOPSIS"

    @property
    def order(self) -> np.ndarray:
        """Row indices from best to worst (stable among ties)."""
        return np.argsort(-self.closeness, kind="stable")


def rank_closeness(scores: np.ndarray, tol: float = TIE_TOLERANCE) -> np.ndarray:
    """Competition ranks along the last axis, higher score first.

    rank_i = 1 + #{j : s_j > s_i + tol}, so equal scores (to ``tol``) share the better rank.
    """
    s = np.asarray(scores, dtype=np.float64)
    if s.ndim == 1:
        srt = np.sort(s)
        return (s.size - np.searchsorted(srt, s + tol, side="right") + 1).astype(np.int64)
    # Batched (many samples, few directions): count, direction by direction, who beats whom.
    # The loop runs over directions, never samples, and avoids a (..., m, m) temporary, which
    # made this 2-3x slower and took m² memory per sample.
    ranks = np.ones(s.shape, dtype=np.int64)
    threshold = s + tol
    for j in range(s.shape[-1]):
        ranks += s[..., j:j + 1] > threshold
    return ranks


def _column_error(code: str, message: str, i: int, j: int, expected: str, alternatives, criteria,
                  **params):
    return DecisionProblemError(
        code, message, location=Location(row=label(alternatives, i), column=label(criteria, j)),
        expected=expected, params={"row_index": i, "column_index": j,
                                   "direction": item_name(alternatives, i),
                                   "criterion": item_name(criteria, j), **params},
    )


def overflow_error(normalization: str, j: int, criteria) -> DecisionProblemError:
    return DecisionProblemError(
        "matrix.out_of_range",
        f"the values of criterion {label(criteria, j)} are too large or too far apart to rank "
        f"with {normalization} normalization (the arithmetic overflows)",
        location=Location(column=label(criteria, j)),
        expected="values of a sensible magnitude (within about 1e150 of each other and of 0)",
        params={"column_index": j, "normalization": normalization,
                "criterion": item_name(criteria, j)},
    )


def first_overflowing_column(squared_gaps: np.ndarray) -> int:
    """The first criterion (last axis) whose squared gaps are not finite (0 if none is)."""
    bad = ~np.isfinite(squared_gaps).reshape(-1, squared_gaps.shape[-1]).all(axis=0)
    return int(np.argmax(bad))


def normalize(x: np.ndarray, types: np.ndarray, method: str = "vector", *,
              alternatives: Sequence[str] | None = None,
              criteria: Sequence[str] | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Normalize the columns of ``x`` (shape ``(..., m, n)``; directions along axis −2).

    Returns ``(r, orientation, constant)`` where ``constant`` (shape ``(..., n)``) marks columns
    with a single value (up to rounding, :func:`mcdm._validate.constant_columns`); they get a constant normalized value (no NaN) and so contribute nothing.
    Inputs are assumed validated (finite, types ±1); normalization-specific problems raise.
    """
    if method not in NORMALIZATIONS:
        raise DecisionProblemError(
            "normalization.unknown", f"unknown normalization {method!r}",
            expected=" | ".join(NORMALIZATIONS), params={"normalization": method},
        )
    lo = x.min(axis=-2, keepdims=True)
    hi = x.max(axis=-2, keepdims=True)
    constant = constant_columns(lo, hi)  # equal up to rounding (see CONSTANT_RTOL)
    cost = types < 0
    if method == "vector":
        with np.errstate(over="ignore"):
            norm = np.sqrt(np.einsum("...ij,...ij->...j", x, x))[..., None, :]
        if not np.isfinite(norm).all():
            # x / inf would quietly zero the column: say which one cannot be normalized
            j = int(np.argwhere(~np.isfinite(norm))[0][-1])
            raise overflow_error(method, j, criteria)
        norm[norm == 0] = 1.0  # an all-zero column stays zero: constant, contributes nothing
        return x / norm, types.astype(np.int8), constant[..., 0, :]
    orientation = np.ones(types.shape, dtype=np.int8)
    if method == "minmax":
        span = np.where(constant, 1.0, hi - lo)
        r = (x - lo) / span
        r = np.where(cost, 1.0 - r, r)
        r = np.where(constant, 1.0, r)  # pymcdm's value for a constant column
    elif method == "max":
        bad = ~constant & (hi <= 0)
        if bad.any():
            j = int(np.argwhere(bad)[0][-1])
            raise _column_error("normalization.max_not_positive",
                                f"max normalization needs a positive maximum in column {label(criteria, j)}",
                                0, j, "a column whose largest value is > 0", alternatives, criteria)
        r = x / np.where(constant, 1.0, hi)
        r = np.where(cost, 1.0 - r, r)
        r = np.where(constant, 1.0, r)
    else:  # sum
        bad = (x <= 0) & ~constant
        if bad.any():
            *_, i, j = (int(k) for k in np.argwhere(bad)[0])
            raise _column_error("normalization.sum_not_positive",
                                f"sum normalization needs positive values; cell ({label(alternatives, i)}, "
                                f"{label(criteria, j)}) is {x[..., i, j].ravel()[0]}",
                                i, j, "a value > 0", alternatives, criteria,
                                value=float(x[..., i, j].ravel()[0]))
        safe = np.where(constant, 1.0, x)
        y = np.where(cost, 1.0 / safe, safe)
        r = y / y.sum(axis=-2, keepdims=True)
    return r, orientation, constant[..., 0, :]


def rank(matrix, weights, types, normalization: str = "vector", *,
         alternatives: Sequence[str] | None = None,
         criteria: Sequence[str] | None = None) -> TopsisResult:
    """Rank directions (rows) with TOPSIS.

    Parameters
    ----------
    matrix : array_like (m, n)
        Decision matrix: directions in rows, criteria in columns. Finite numbers.
    weights : array_like (n,)
        Non-negative criterion weights, not all zero. Weights not summing to 1 are divided by
        their sum and the result says so (``weights_normalized``).
    types : array_like (n,)
        +1 for a benefit criterion, −1 for a cost criterion.
    normalization : {"vector", "minmax", "max", "sum"}
        ``"vector"`` (default) is Hwang & Yoon's x_ij / sqrt(Σ_i x_ij²). The others are pymcdm's
        min-max, max and sum normalizations (``"sum"`` needs positive values, ``"max"`` a
        positive column maximum).
    alternatives, criteria : sequence of str, optional
        Names used in error messages.

    Returns
    -------
    TopsisResult

    Raises
    ------
    DecisionProblemError
        NaN or ±inf cells, wrong shapes, negative / all-zero / wrong-length weights, types other
        than ±1 — naming the cell or criterion.

    Examples
    --------
    >>> r = rank([[7, 9], [8, 7], [9, 6]], [0.5, 0.5], [1, -1])
    >>> r.ranks.tolist()
    [3, 2, 1]
    """
    x = as_matrix(matrix, alternatives=alternatives, criteria=criteria)
    n = x.shape[1]
    t = as_types(types, n, criteria=criteria)
    w, was_normalized = as_weights(weights, n, criteria=criteria)
    return _ranked(_prepared(x, t, normalization, alternatives, criteria), w, was_normalized)


@dataclass(frozen=True, eq=False)  # holds arrays
class Prepared:
    """A decision matrix validated and normalized: what :func:`rank` computes before it looks
    at the weights, kept to rank the same matrix under other weights (:func:`rank_prepared`).
    Arrays are read-only."""

    matrix: np.ndarray
    types: np.ndarray
    normalization: str
    normalized: np.ndarray
    orientation: np.ndarray
    constant: np.ndarray
    alternatives: Sequence[str] | None = None
    criteria: Sequence[str] | None = None


def prepare(matrix, types, normalization: str = "vector", *,
            alternatives: Sequence[str] | None = None,
            criteria: Sequence[str] | None = None) -> Prepared:
    """Validate and normalize a decision matrix once, to rank it under many weight vectors.

    ``rank_prepared(prepare(x, t, norm), w)`` is ``rank(x, w, t, norm)``, bit for bit (only
    the order in which two simultaneous input errors are reported may differ).

    Examples
    --------
    >>> p = prepare([[7, 9], [8, 7], [9, 6]], [1, -1])
    >>> rank_prepared(p, [0.5, 0.5]).ranks.tolist(), rank_prepared(p, [0.9, 0.1]).ranks.tolist()
    ([3, 2, 1], [3, 2, 1])
    """
    x = as_matrix(matrix, alternatives=alternatives, criteria=criteria)
    t = as_types(types, x.shape[1], criteria=criteria)
    return _prepared(x, t, normalization, alternatives, criteria)


def rank_prepared(prepared: Prepared, weights) -> TopsisResult:
    """:func:`rank` of a :func:`prepare`-d matrix under ``weights`` (validated as there)."""
    w, was_normalized = as_weights(weights, prepared.matrix.shape[1],
                                   criteria=prepared.criteria)
    return _ranked(prepared, w, was_normalized)


def _prepared(x, t, normalization, alternatives, criteria) -> Prepared:
    r, orientation, constant = normalize(x, t, normalization, alternatives=alternatives,
                                         criteria=criteria)
    return Prepared(x, _frozen(t), normalization, _frozen(r), _frozen(orientation),
                    _frozen(constant), alternatives, criteria)


def _ranked(prepared: Prepared, w: np.ndarray, was_normalized: bool) -> TopsisResult:
    r, orientation = prepared.normalized, prepared.orientation
    normalization, criteria = prepared.normalization, prepared.criteria
    # Absurd magnitudes (e.g. max normalization by a column maximum of 1e-300) can overflow
    # below; that is checked once on the result instead of warning from numpy.
    with np.errstate(over="ignore", invalid="ignore"):
        v = r * w
        vmax, vmin = v.max(axis=0), v.min(axis=0)
        up = orientation > 0
        ideal = np.where(up, vmax, vmin)
        anti = np.where(up, vmin, vmax)
        gap = v - ideal
        d_plus = np.sqrt(np.einsum("ij,ij->i", gap, gap))
        np.subtract(v, anti, out=gap)
        d_minus = np.sqrt(np.einsum("ij,ij->i", gap, gap))
        total = d_plus + d_minus
        degenerate = total <= 0
        if degenerate.any():
            closeness = np.where(degenerate, 0.5, d_minus / np.where(degenerate, 1.0, total))
        else:
            closeness = d_minus / total
    if not np.isfinite(closeness).all():
        with np.errstate(over="ignore", invalid="ignore"):
            raise overflow_error(normalization, first_overflowing_column(
                np.concatenate([(v - ideal) ** 2, (v - anti) ** 2])), criteria)
    steps = TopsisSteps(
        normalized=r, weighted=_frozen(v), ideal=_frozen(ideal),
        anti_ideal=_frozen(anti), d_plus=_frozen(d_plus), d_minus=_frozen(d_minus),
        orientation=orientation,
        constant_criteria=tuple(int(j) for j in np.flatnonzero(prepared.constant)),
    )
    return TopsisResult(
        closeness=_frozen(closeness), ranks=_frozen(rank_closeness(closeness)), steps=steps,
        weights=_frozen(w), weights_normalized=was_normalized, types=prepared.types,
        normalization=normalization,
    )

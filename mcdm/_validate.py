"""Strict, vectorized validation of decision problems (matrix, weights, criterion types).

Every check is one pass over the data; only when a check fails do we look for the first bad cell
to name it. Rows and columns are reported by name when names are given, otherwise by 0-based index
(``params`` always carries the indices).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from mcdm.errors import Location, MCDMError, item_name

__all__ = ["CONSTANT_RTOL", "DecisionProblemError", "as_matrix", "as_types", "as_weights",
           "constant_columns", "label"]

#: A column whose values differ by no more than this share of their magnitude is constant.
#: Means of the same scores summed in another order differ in the last bit (6.833333333333332
#: and 6.833333333333333); a min-max normalization would stretch that difference to the whole
#: 0–1 range, and objective weights would take it for information.
CONSTANT_RTOL = 1e-12


class DecisionProblemError(MCDMError):
    """A decision matrix, weight vector or criterion-type vector that cannot be ranked."""


def label(names: Sequence[str] | None, index: int) -> int | str:
    """The name of item ``index`` if names are known, else the index itself."""
    if names is not None and 0 <= index < len(names):
        return names[index]
    return int(index)


def _float_array(value, code: str) -> np.ndarray:
    try:
        return np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise DecisionProblemError(
            code, f"the {code.split('.')[0]} contains values that are not numbers",
            expected="numbers", params={"detail": str(exc)},
        ) from None


def as_matrix(matrix, *, alternatives: Sequence[str] | None = None,
              criteria: Sequence[str] | None = None) -> np.ndarray:
    """Return ``matrix`` as a finite 2-D float array with at least one row and one column."""
    x = _float_array(matrix, "matrix.not_numeric")
    if x.ndim != 2:
        raise DecisionProblemError(
            "matrix.not_2d", f"the decision matrix has {x.ndim} dimension(s)",
            expected="a 2-D table: directions in rows, criteria in columns",
            params={"ndim": x.ndim},
        )
    if x.shape[0] == 0 or x.shape[1] == 0:
        raise DecisionProblemError(
            "matrix.empty", f"the decision matrix is empty (shape {x.shape})",
            expected="at least one direction and one criterion", params={"shape": x.shape},
        )
    if not np.isfinite(x).all():
        i, j = (int(k) for k in np.argwhere(~np.isfinite(x))[0])
        raise DecisionProblemError(
            "matrix.not_finite", f"cell ({label(alternatives, i)}, {label(criteria, j)}) is {x[i, j]}",
            location=Location(row=label(alternatives, i), column=label(criteria, j)),
            expected="a finite number", params={"row_index": i, "column_index": j, "value": x[i, j],
                                                 "direction": item_name(alternatives, i),
                                                 "criterion": item_name(criteria, j)},
        )
    return x


def as_weights(weights, n: int, *, criteria: Sequence[str] | None = None,
               tol: float = 1e-9) -> tuple[np.ndarray, bool]:
    """Return ``(w, normalized)``: the weights scaled to sum to 1, and whether scaling was needed.

    Raises for a wrong length, non-finite or negative weights, or weights that are all zero.
    """
    w = _float_array(weights, "weights.not_numeric")
    if w.ndim != 1 or w.shape[0] != n:
        raise DecisionProblemError(
            "weights.shape", f"{w.size} weight(s) of shape {w.shape} for {n} criteria",
            expected=f"{n} weights, one per criterion",
            params={"shape": w.shape, "n": n, "count": int(w.size)},
        )
    bad = ~np.isfinite(w)
    if bad.any():
        j = int(np.argmax(bad))
        raise DecisionProblemError(
            "weights.not_finite", f"the weight of criterion {label(criteria, j)} is {w[j]}",
            location=Location(field=str(label(criteria, j))), expected="a finite number",
            params={"criterion_index": j, "criterion": item_name(criteria, j), "value": w[j]},
        )
    if (w < 0).any():
        j = int(np.argmax(w < 0))
        raise DecisionProblemError(
            "weights.negative", f"the weight of criterion {label(criteria, j)} is negative ({w[j]})",
            location=Location(field=str(label(criteria, j))), expected="a weight ≥ 0",
            params={"criterion_index": j, "value": w[j], "criterion": item_name(criteria, j)},
        )
    total = float(w.sum())
    if total <= 0:
        raise DecisionProblemError(
            "weights.all_zero", "every criterion weight is zero",
            expected="at least one positive weight",
        )
    normalized = abs(total - 1.0) > tol
    return (w / total if normalized else w.copy()), normalized


def as_types(types, n: int, *, criteria: Sequence[str] | None = None) -> np.ndarray:
    """Return the criterion types as an int array of +1 (benefit) and −1 (cost)."""
    t = _float_array(types, "types.not_numeric")
    if t.ndim != 1 or t.shape[0] != n:
        raise DecisionProblemError(
            "types.shape", f"{t.size} criterion type(s) of shape {t.shape} for {n} criteria",
            expected=f"{n} types, one per criterion",
            params={"shape": t.shape, "n": n, "count": int(t.size)},
        )
    bad = (t != 1) & (t != -1)
    if bad.any():
        j = int(np.argmax(bad))
        raise DecisionProblemError(
            "types.invalid", f"criterion {label(criteria, j)} has type {t[j]}",
            location=Location(field=str(label(criteria, j))),
            expected="+1 (benefit) or −1 (cost)",
            params={"criterion_index": j, "value": t[j], "criterion": item_name(criteria, j)},
        )
    return t.astype(np.int8)


def constant_columns(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Where a column's minimum ``lo`` and maximum ``hi`` are the same value up to rounding
    (:data:`CONSTANT_RTOL` of their magnitude; exactly equal for a column of zeros).

    >>> constant_columns(np.array([6.833333333333332, 1.0]), np.array([6.833333333333333, 2.0]))
    array([ True, False])
    """
    return (hi - lo) <= CONSTANT_RTOL * np.maximum(np.abs(lo), np.abs(hi))

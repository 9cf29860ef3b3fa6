"""Validation of pairwise comparison (judgment) matrices.

The happy path is a handful of vectorized checks; only when one fails do we look for the first
bad cell, so that the error can name its row and column. Missing judgments are ``np.nan`` and
must be missing on both sides of the diagonal.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from mcdm.errors import Location, MCDMError, item_name

__all__ = ["RECIPROCITY_TOL", "JudgmentMatrixError", "as_judgment_matrix", "item_label"]

#: Largest accepted |a_ij · a_ji − 1|. It admits judgments typed with two decimals
#: (1/6 as 0.17 gives 1.02, 1/7 as 0.14 gives 0.98) and rejects 1/3 typed as 0.3.
RECIPROCITY_TOL = 0.025


class JudgmentMatrixError(MCDMError):
    """A pairwise comparison matrix that cannot be weighted; ``location`` names row and column."""


def item_label(names: Sequence[str] | None, index: int) -> int | str:
    """The name of item ``index`` if names are known, else its 0-based index."""
    if names is not None and 0 <= index < len(names):
        return names[index]
    return int(index)


def _cell_error(code: str, message: str, i: int, j: int, names, expected: str,
                value: float | None = None, where: str | None = None,
                **extra: float) -> JudgmentMatrixError:
    ri, cj = item_label(names, i), item_label(names, j)
    params = {"row_index": i, "column_index": j, "a": item_name(names, i),
              "b": item_name(names, j), **extra}
    if value is not None:
        params["value"] = float(value)
    return JudgmentMatrixError(
        code, f"{where + ': ' if where else ''}judgment ({ri}, {cj}) {message}",
        location=Location(row=ri, column=cj, field=where), expected=expected, params=params,
    )


def as_judgment_matrix(matrix, *, names: Sequence[str] | None = None, allow_missing: bool = True,
                       tol: float = RECIPROCITY_TOL, where: str | None = None,
                       ) -> tuple[np.ndarray, bool]:
    """Return ``(A, has_missing)``: a float copy of ``matrix`` that is exactly reciprocal.

    Parameters
    ----------
    matrix : array_like, shape (n, n)
        Positive judgments, ones on the diagonal, ``a_ji = 1 / a_ij``; ``np.nan`` marks a
        missing judgment (on both sides).
    names : sequence of str, optional
        Item names used in error messages instead of 0-based indices.
    allow_missing : bool
        Whether ``np.nan`` is accepted.
    tol : float
        Largest accepted ``|a_ij * a_ji - 1|``. Within it the pair is replaced by the
        geometric mean of the two readings, so the returned matrix is exactly reciprocal.
    where : str, optional
        A label for the matrix (a node or an expert) added to the error's location.

    Raises
    ------
    JudgmentMatrixError
        Codes ``judgments.not_numeric``, ``judgments.not_square``, ``judgments.empty``,
        ``judgments.not_finite``, ``judgments.not_positive``, ``judgments.diagonal``,
        ``judgments.not_reciprocal``, ``judgments.missing_one_side``, ``judgments.missing``.
    """
    try:
        a = np.array(matrix, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise JudgmentMatrixError(
            "judgments.not_numeric", "the judgment matrix contains values that are not numbers",
            location=Location(field=where), expected="numbers (or NaN for a missing judgment)",
            params={"detail": str(exc)},
        ) from None
    if a.ndim != 2 or a.shape[0] != a.shape[1]:
        _raise_shape(a, where)
    n = a.shape[0]
    if n == 0:
        raise JudgmentMatrixError("judgments.empty", "the judgment matrix is empty",
                                  location=Location(field=where), expected="at least one item")
    # Fast path. A NaN minimum fails the comparison; an infinite entry makes ``dev`` infinite.
    if a.min() > 0:
        dev = np.abs(a * a.T - 1.0).max()
        if dev <= 1e-12:
            return a, False
        if dev <= tol and (np.abs(np.diagonal(a) - 1.0) <= tol).all():
            return np.sqrt(a / a.T), False
        _raise_cell(a, names, tol, where)
    return _slow_path(a, names, allow_missing, tol, where)


def _raise_shape(a: np.ndarray, where: str | None):
    if a.ndim != 2:
        raise JudgmentMatrixError(
            "judgments.not_square", f"the judgment matrix has {a.ndim} dimension(s)",
            location=Location(field=where), expected="a square n×n table",
            params={"shape": a.shape},
        )
    rows, cols = a.shape
    # Name the first row or column that has no counterpart.
    loc = Location(column=rows, field=where) if cols > rows else Location(row=cols, field=where)
    raise JudgmentMatrixError(
        "judgments.not_square", f"the judgment matrix has {rows} rows and {cols} columns",
        location=loc, expected="as many rows as columns", params={"shape": a.shape},
    )


def _slow_path(a, names, allow_missing, tol, where):
    missing = np.isnan(a)
    if missing.any():
        if not allow_missing:
            i, j = (int(k) for k in np.argwhere(missing)[0])
            raise _cell_error("judgments.missing", "is missing", i, j, names,
                              "a positive number", where=where)
        diag = np.flatnonzero(np.diagonal(missing))
        if diag.size:
            i = int(diag[0])
            raise _cell_error("judgments.diagonal", "on the diagonal is missing", i, i, names,
                              "1 on the diagonal", where=where)
        one_side = missing != missing.T
        if one_side.any():
            i, j = (int(k) for k in np.argwhere(one_side)[0])
            if missing[i, j]:
                i, j = j, i  # name the cell that holds a value
            raise _cell_error("judgments.missing_one_side",
                              f"is {a[i, j]:g} but its reciprocal ({item_label(names, j)}, "
                              f"{item_label(names, i)}) is missing", i, j, names,
                              "both or neither of a_ij and a_ji missing", a[i, j], where)
    filled = np.where(missing, 1.0, a)
    if not np.isfinite(filled).all():
        i, j = (int(k) for k in np.argwhere(~np.isfinite(filled))[0])
        raise _cell_error("judgments.not_finite", f"is {a[i, j]}", i, j, names,
                          "a finite positive number", a[i, j], where)
    if not (filled > 0).all():
        i, j = (int(k) for k in np.argwhere(filled <= 0)[0])
        raise _cell_error("judgments.not_positive", f"is {a[i, j]:g}", i, j, names,
                          "a positive number (1/9 … 9 on Saaty's scale)", a[i, j], where)
    dev = np.abs(filled * filled.T - 1.0).max()
    if dev > tol or (np.abs(np.diagonal(filled) - 1.0) > tol).any():
        _raise_cell(filled, names, tol, where)
    out = np.sqrt(filled / filled.T) if dev > 1e-12 else filled
    out[missing] = np.nan
    return out, bool(missing.any())


def _raise_cell(a, names, tol, where):
    """Raise for the first non-positive, non-finite, diagonal or reciprocity error in ``a``."""
    bad = ~np.isfinite(a)
    if bad.any():
        i, j = (int(k) for k in np.argwhere(bad)[0])
        raise _cell_error("judgments.not_finite", f"is {a[i, j]}", i, j, names,
                          "a finite positive number", a[i, j], where)
    bad = a <= 0
    if bad.any():
        i, j = (int(k) for k in np.argwhere(bad)[0])
        raise _cell_error("judgments.not_positive", f"is {a[i, j]:g}", i, j, names,
                          "a positive number (1/9 … 9 on Saaty's scale)", a[i, j], where)
    d = np.flatnonzero(np.abs(np.diagonal(a) - 1.0) > tol)
    if d.size:
        i = int(d[0])
        raise _cell_error("judgments.diagonal", f"on the diagonal is {a[i, i]:g}", i, i, names,
                          "1 on the diagonal", a[i, i], where)
    i, j = (int(k) for k in np.argwhere(np.abs(a * a.T - 1.0) > tol)[0])
    i, j = min(i, j), max(i, j)
    raise _cell_error("judgments.not_reciprocal",
                      f"is {a[i, j]:g} but ({item_label(names, j)}, {item_label(names, i)}) is "
                      f"{a[j, i]:g}", i, j, names,
                      f"a_ji = 1/a_ij = {1.0 / a[i, j]:.4g} (within {tol:g})", a[i, j], where,
                      reverse=float(a[j, i]))


def too_extreme(a: np.ndarray, y: np.ndarray, names, where, why: str) -> JudgmentMatrixError:
    """``judgments.too_extreme`` at the known judgment farthest from 1 (the likeliest culprit)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        logs = np.abs(np.log(a))
    logs = np.where(np.isnan(logs), -1.0, logs)
    np.fill_diagonal(logs, -1.0)
    i, j = sorted(int(k) for k in np.unravel_index(int(np.argmax(logs)), logs.shape))
    ri, cj = item_label(names, i), item_label(names, j)
    low, high = int(np.argmin(y)), int(np.argmax(y))
    return JudgmentMatrixError(
        "judgments.too_extreme",
        f"{where + ': ' if where else ''}the judgments are too extreme to weight: {why}; the "
        f"most extreme is ({ri}, {cj}) = {a[i, j]:g}",
        location=Location(row=ri, column=cj, field=where),
        expected="judgments whose products stay within about 1e300",
        params={"row_index": i, "column_index": j, "value": float(a[i, j]),
                "lightest_index": low, "heaviest_index": high, "a": item_name(names, i),
                "b": item_name(names, j)},
    )

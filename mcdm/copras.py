"""COPRAS: complex proportional assessment of the directions, costs counted against them.

Zavadskas, E. K., Kaklauskas, A. & Šarka, V. (1994). The new method of multicriteria complex
proportional assessment of projects. Technological and Economic Development of Economy 1(3),
131–139. With sum normalization r_ij = x_ij / Σ_i x_ij and weights w_j:

- S+_i = Σ_{j benefit} w_j r_ij,  S−_i = Σ_{j cost} w_j r_ij;
- relative significance Q_i = S+_i + Σ_i S−_i / (S−_i · Σ_i (1 / S−_i)), so a direction's cost
  share lowers its significance (without cost criteria Q_i = S+_i);
- utility degree N_i = Q_i / max Q · 100 %.

pymcdm 1.4's COPRAS computes min(S−)·S− / (S− · min(S−)/S−), which is S−_i itself: Q_i =
S+_i + S−_i, so a higher cost *raises* the score. This module is the engine's COPRAS instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mcdm._validate import DecisionProblemError, as_matrix, as_types, as_weights, label
from mcdm.errors import Location
from mcdm.topsis import rank_closeness

__all__ = ["CoprasResult", "rank"]


def _frozen(a: np.ndarray) -> np.ndarray:
    a.flags.writeable = False
    return a


@dataclass(frozen=True, eq=False)  # holds arrays: compare fields, not results
class CoprasResult:
    """Every table of one COPRAS run (arrays are read-only).

    Attributes
    ----------
    normalized, weighted : ndarray (m, n)
        r_ij = x_ij / Σ_i x_ij and w_j r_ij.
    s_plus, s_minus : ndarray (m,)
        Sums of the weighted benefit and cost criteria (S−_i = 0 without cost criteria).
    significance : ndarray (m,)
        Relative significance Q_i (higher is better).
    utility : ndarray (m,)
        N_i = Q_i / max Q · 100, in percent.
    ranks : ndarray (m,) of int
        1 = best; equal Q (to 1e-12) share the better rank.
    weights, types : ndarray (n,)
    """

    normalized: np.ndarray
    weighted: np.ndarray
    s_plus: np.ndarray
    s_minus: np.ndarray
    significance: np.ndarray
    utility: np.ndarray
    ranks: np.ndarray
    weights: np.ndarray
    types: np.ndarray
    method: str = "COPRAS"


def rank(matrix, weights, types, *, alternatives: Sequence[str] | None = None,
         criteria: Sequence[str] | None = None) -> CoprasResult:
    """Rank directions (rows) with COPRAS.

    Values must be ≥ 0 (sum normalization; a column of zeros contributes nothing) and every
    direction needs S−_i > 0 when cost criteria carry weight (Q divides by it). Weights are
    scaled to sum 1.

    Raises
    ------
    DecisionProblemError
        As :func:`mcdm.topsis.rank` for shapes, NaN, weights and types; ``copras.negative``
        naming a cell < 0; ``copras.zero_cost`` naming a direction whose weighted cost sum is 0.

    Examples
    --------
    >>> r = rank([[7, 9], [8, 7], [9, 6]], [0.5, 0.5], [1, -1])
    >>> r.utility.round(2).tolist(), r.ranks.tolist()
    ([72.07, 87.26, 100.0], [3, 2, 1])
    """
    x = as_matrix(matrix, alternatives=alternatives, criteria=criteria)
    n = x.shape[1]
    t = as_types(types, n, criteria=criteria)
    w, _ = as_weights(weights, n, criteria=criteria)
    if (x < 0).any():
        i, j = (int(k) for k in np.argwhere(x < 0)[0])
        raise DecisionProblemError(
            "copras.negative",
            f"COPRAS needs values ≥ 0; cell ({label(alternatives, i)}, "
            f"{label(criteria, j)}) is {x[i, j]}",
            location=Location(row=label(alternatives, i), column=label(criteria, j)),
            expected="a value ≥ 0", params={"row_index": i, "column_index": j},
        )
    total = x.sum(axis=0)
    r = x / np.where(total > 0, total, 1.0)
    v = r * w
    s_plus = v[:, t > 0].sum(axis=1)
    s_minus = v[:, t < 0].sum(axis=1)
    q = s_plus.copy()
    if s_minus.any():   # cost criteria that carry weight
        if not (s_minus > 0).all():
            i = int(np.argmin(s_minus))
            raise DecisionProblemError(
                "copras.zero_cost",
                f"direction {label(alternatives, i)} has no cost at all on the cost criteria, "
                "which COPRAS cannot weigh (its relative significance would be infinite)",
                location=Location(row=label(alternatives, i)),
                expected="a positive value on at least one weighted cost criterion",
                params={"row_index": i},
            )
        q += s_minus.sum() / (s_minus * (1.0 / s_minus).sum())
    return CoprasResult(
        normalized=_frozen(r), weighted=_frozen(v), s_plus=_frozen(s_plus),
        s_minus=_frozen(s_minus), significance=_frozen(q), utility=_frozen(q / q.max() * 100),
        ranks=_frozen(rank_closeness(q)), weights=_frozen(w), types=_frozen(t),
    )

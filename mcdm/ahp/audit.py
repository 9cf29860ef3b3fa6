"""Method audit: the same matrix under both weighting methods and every RI table.

Users of AHP tools keep asking why AHP-OS, AHPy, pymcdm and R disagree on the same matrix;
the answer is usually the RI table (CR) or eigenvector vs. geometric mean (weights). This
puts them side by side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mcdm.ahp.consistency import RI_SOURCES, random_index
from mcdm.ahp.priorities import METHODS, RI_NAMES, PriorityResult, priorities

__all__ = ["MethodAudit", "method_audit"]


@dataclass(frozen=True)
class MethodAudit:
    """Weights under each method and CR under each RI table for one matrix.

    Attributes
    ----------
    weights : dict[str, ndarray]
        ``{"eigenvector": w, "geometric_mean": w}``.
    ranks : dict[str, ndarray]
        1 = most important, per method.
    cr : dict[str, float]
        CR under each RI table (same λmax).
    ri : dict[str, float]
        The random index of each table for this n.
    sources : dict[str, str]
        Where each RI comes from.
    lambda_max, ci, gci : float
    max_weight_difference : float
        Largest |w_eig − w_gm| over the items.
    same_ranking : bool
    results : dict[str, PriorityResult]
        The full results per method (RI: Saaty).
    """

    weights: dict[str, np.ndarray]
    ranks: dict[str, np.ndarray]
    cr: dict[str, float]
    ri: dict[str, float]
    sources: dict[str, str]
    lambda_max: float
    ci: float
    gci: float
    max_weight_difference: float
    same_ranking: bool
    results: dict[str, PriorityResult]


def _ranks(w: np.ndarray) -> np.ndarray:
    order = np.argsort(-w, kind="stable")
    r = np.empty(len(w), dtype=int)
    r[order] = np.arange(1, len(w) + 1)
    return r


def method_audit(matrix, *, names: Sequence[str] | None = None) -> MethodAudit:
    """Weights by eigenvector and geometric mean, and CR under every RI table, side by side.

    Examples
    --------
    >>> a = method_audit([[1, 3, 5], [1/3, 1, 3], [1/5, 1/3, 1]])
    >>> sorted(a.cr) == sorted(["saaty", "alonso-lamata", "donegan-dodd", "tummala-ling",
    ...                         "aguaron"])
    True
    """
    results = {m: priorities(matrix, method=m, names=names) for m in METHODS}
    base = results["eigenvector"]
    n = base.n
    ri = {name: random_index(n, name) for name in RI_NAMES}
    cr = {name: (base.ci / v if n > 2 else 0.0) for name, v in ri.items()}
    weights = {m: r.weights for m, r in results.items()}
    ranks = {m: _ranks(w) for m, w in weights.items()}
    diff = float(np.abs(weights["eigenvector"] - weights["geometric_mean"]).max())
    return MethodAudit(weights, ranks, cr, ri, dict(RI_SOURCES), base.lambda_max, base.ci,
                       base.gci, diff, bool((ranks["eigenvector"] == ranks["geometric_mean"]).all()),
                       results)

"""Consistency of pairwise comparison matrices: random-index tables, CI, CR and GCI.

Different tools divide the same consistency index by different random indices (RI), which is
why users see different CRs for the same matrix. Every table here names its source so that a
user can reproduce what another tool reports.
"""

from __future__ import annotations

import math

import numpy as np

__all__ = [
    "GCI_THRESHOLDS", "RI_SOURCES", "RI_TABLES", "consistency_index", "consistency_ratio",
    "gci", "gci_threshold", "random_index",
]

#: Random index by matrix size n (n = 1, 2 are 0 by definition). Sources:
RI_TABLES: dict[str, dict[int, float]] = {
    # Saaty, T. L. (1980). The Analytic Hierarchy Process. McGraw-Hill, Table 1.7 (n = 1..10),
    # with the n = 11..15 extension of the same table (reprinted in Saaty, 1994, Fundamentals of
    # Decision Making and Priority Theory, RWS, p. 80).
    "saaty": {3: 0.58, 4: 0.90, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41, 9: 1.45, 10: 1.49,
              11: 1.51, 12: 1.48, 13: 1.56, 14: 1.57, 15: 1.59},
    # Donegan, H. A. & Dodd, F. J. (1991). A note on Saaty's random indexes. Mathematical and
    # Computer Modelling 15(10), 135-137. AHPy's default ('dd'); sizes between listed ones are
    # interpolated linearly, as AHPy does.
    "donegan-dodd": {3: 0.4914, 4: 0.8286, 5: 1.0591, 6: 1.1797, 7: 1.2519, 8: 1.3171,
                     9: 1.3733, 10: 1.4055, 11: 1.4213, 12: 1.4497, 13: 1.4643, 14: 1.4822,
                     15: 1.4969, 16: 1.5078, 17: 1.5153, 18: 1.5262, 19: 1.5313, 20: 1.5371,
                     25: 1.5619, 30: 1.5772, 40: 1.5976, 50: 1.6102, 60: 1.6178, 70: 1.6237,
                     80: 1.6277, 90: 1.6213, 100: 1.6339},
    # Tummala, V. M. R. & Ling, H. (1998). A note on the computation of the mean random
    # consistency index of the AHP. Theory and Decision 44(3), 221-230. pymcdm's table.
    "tummala-ling": {3: 0.5799, 4: 0.8921, 5: 1.1159, 6: 1.2358, 7: 1.3322, 8: 1.3952,
                     9: 1.4537, 10: 1.4882, 11: 1.5117, 12: 1.5356, 13: 1.5571, 14: 1.5714,
                     15: 1.5831},
    # Aguarón, J. & Moreno-Jiménez, J. M. (2003). The geometric consistency index: approximated
    # thresholds. European Journal of Operational Research 147(1), 137-145: RI of the
    # eigenvector method from 100 000 simulated matrices. This table used to hold the
    # close but different values 0.5245, 0.8815, ..., 1.4056, ..., 1.5141, which public
    # implementations label "Alonso-Lamata RI values (100,000 matrices)" (Alonso & Lamata,
    # 2006, ran their own simulation; their fitted line is the "alonso-lamata" entry). The
    # values here are the ones public AHP tools carry as 0.5247, 0.8816, ..., 1.4057, ...,
    # 1.5140; they could be checked only against those transcriptions, not against the paper,
    # and some of them attribute these values to Alonso & Lamata's comparison table as well.
    "aguaron": {3: 0.5247, 4: 0.8816, 5: 1.1086, 6: 1.2479, 7: 1.3417, 8: 1.4057, 9: 1.4499,
                10: 1.4854, 11: 1.5140, 12: 1.5365, 13: 1.5551, 14: 1.5713, 15: 1.5838},
}

RI_SOURCES: dict[str, str] = {
    "saaty": "Saaty (1980), n ≤ 15",
    "alonso-lamata": "Alonso & Lamata (2006): RI = (1.7699 n - 4.3513) / (n - 1), any n",
    "donegan-dodd": "Donegan & Dodd (1991), n ≤ 100 (interpolated between listed sizes)",
    "tummala-ling": "Tummala & Ling (1998), n ≤ 15",
    "aguaron": "Aguarón & Moreno-Jiménez (2003), n ≤ 15",
}

#: GCI thresholds equivalent to CR = 0.1 (Aguarón & Moreno-Jiménez, 2003, Table 3).
GCI_THRESHOLDS = {3: 0.31, 4: 0.35}
_GCI_THRESHOLD_ABOVE_4 = 0.37


def random_index(n: int, table: str = "saaty") -> float:
    """Random index for an ``n × n`` matrix from ``table``; ``nan`` where the table has no value.

    Examples
    --------
    >>> random_index(9), round(random_index(3, "alonso-lamata"), 4)
    (1.45, 0.4792)
    """
    if n <= 2:
        return 0.0
    if table == "alonso-lamata":
        # Alonso & Lamata (2006), Int. J. Uncertainty, Fuzziness and Knowledge-Based Systems
        # 14(4), 445-459: mean random λmax = 2.7699 n - 4.3513, so RI = (1.7699 n - 4.3513)/(n-1).
        return (1.7699 * n - 4.3513) / (n - 1)
    values = RI_TABLES[table]
    value = values.get(n)
    if value is not None:
        return value
    sizes = sorted(values)
    if table == "donegan-dodd" and sizes[0] < n < sizes[-1]:
        lo = max(s for s in sizes if s < n)
        hi = min(s for s in sizes if s > n)
        return values[lo] + (values[hi] - values[lo]) * (n - lo) / (hi - lo)
    return math.nan


def consistency_index(lambda_max: float, n: int) -> float:
    """Saaty's CI = (λmax − n) / (n − 1); 0 for n ≤ 2."""
    if n <= 2:
        return 0.0
    return max(0.0, (lambda_max - n) / (n - 1))


def consistency_ratio(lambda_max: float, n: int, table: str = "saaty") -> float:
    """CR = CI / RI with the random index of ``table``; 0 for n ≤ 2, ``nan`` off the table."""
    if n <= 2:
        return 0.0
    return consistency_index(lambda_max, n) / random_index(n, table)


def gci(matrix: np.ndarray, log_weights: np.ndarray | None = None) -> float:
    """Geometric consistency index (Crawford & Williams, 1985; Aguarón & Moreno-Jiménez, 2003).

    ``GCI = 2 / ((n-1)(n-2)) · Σ_{i<j} ln²(a_ij · w_j / w_i)`` with ``w`` the row geometric
    means. With missing judgments (``nan``) the sum runs over the known pairs and is divided by
    its degrees of freedom, (known pairs) − (n − 1), which is the complete formula's
    denominator when nothing is missing; ``log_weights`` must then be the LLSM solution.
    """
    n = matrix.shape[0]
    if n <= 2:
        return 0.0
    logs = np.log(matrix)
    if log_weights is None:
        log_weights = logs.mean(axis=1)
    e = logs - (log_weights[:, None] - log_weights[None, :])
    known = ~np.isnan(e)
    if known.all():
        return float(np.einsum("ij,ij->", e, e)) / ((n - 1) * (n - 2))
    pairs = (int(known.sum()) - n) // 2
    dof = pairs - (n - 1)
    if dof <= 0:
        return 0.0
    return float(np.square(e[known]).sum()) / (2 * dof)


def gci_threshold(n: int) -> float:
    """The GCI that corresponds to CR = 0.1 (0.31 for n = 3, 0.35 for n = 4, 0.37 above)."""
    if n <= 2:
        return math.inf
    return GCI_THRESHOLDS.get(n, _GCI_THRESHOLD_ABOVE_4)

"""Analytic Hierarchy Process: priorities, consistency, incomplete matrices, diagnostics, scales.

>>> from mcdm.ahp import priorities
>>> r = priorities([[1, 2, 4], [1/2, 1, 2], [1/4, 1/2, 1]])
>>> r.weights.round(4).tolist(), round(r.cr, 10)
([0.5714, 0.2857, 0.1429], 0.0)
"""

from mcdm.ahp.consistency import (
    GCI_THRESHOLDS,
    RI_TABLES,
    consistency_index,
    consistency_ratio,
    gci,
    gci_threshold,
    random_index,
)
from mcdm.ahp.priorities import METHODS, RI_NAMES, PriorityResult, perron, priorities
from mcdm.ahp.validation import JudgmentMatrixError, as_judgment_matrix

__all__ = [
    "GCI_THRESHOLDS", "METHODS", "RI_NAMES", "RI_TABLES", "JudgmentMatrixError",
    "PriorityResult", "as_judgment_matrix", "consistency_index", "consistency_ratio", "gci",
    "gci_threshold", "perron", "priorities", "random_index",
]

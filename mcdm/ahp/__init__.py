"""Analytic Hierarchy Process: priorities, consistency, incomplete matrices, diagnostics, scales.

>>> from mcdm.ahp import priorities
>>> r = priorities([[1, 2, 4], [1/2, 1, 2], [1/4, 1/2, 1]])
>>> r.weights.round(4).tolist(), round(r.cr, 10)
([0.5714, 0.2857, 0.1429], 0.0)
"""

from mcdm.ahp.audit import MethodAudit, method_audit
from mcdm.ahp.batch import BatchResult, as_judgment_stack, priorities_batch
from mcdm.ahp.consistency import (
    GCI_THRESHOLDS,
    RI_SOURCES,
    RI_TABLES,
    consistency_index,
    consistency_ratio,
    gci,
    gci_threshold,
    random_index,
)
from mcdm.ahp.diagnostics import (
    Diagnosis,
    JudgmentIssue,
    Repair,
    diagnose,
    intransitive_triples,
    repair,
)
from mcdm.ahp.priorities import METHODS, RI_NAMES, PriorityResult, perron, priorities
from mcdm.ahp.scales import (
    SCALES,
    VERBAL,
    Scale,
    ScaleError,
    get_scale,
    grades_to_matrix,
    nearest_value,
    verbal_to_number,
)
from mcdm.ahp.validation import JudgmentMatrixError, as_judgment_matrix

__all__ = [
    "GCI_THRESHOLDS", "METHODS", "RI_NAMES", "RI_SOURCES", "RI_TABLES", "SCALES", "VERBAL",
    "BatchResult", "Diagnosis", "JudgmentIssue", "JudgmentMatrixError", "MethodAudit",
    "PriorityResult", "Repair", "Scale", "ScaleError", "as_judgment_matrix",
    "as_judgment_stack", "consistency_index", "consistency_ratio", "diagnose", "gci",
    "gci_threshold", "get_scale", "grades_to_matrix", "intransitive_triples", "method_audit",
    "nearest_value", "perron", "priorities", "priorities_batch", "random_index", "repair",
    "verbal_to_number",
]

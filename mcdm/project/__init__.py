"""The workshop project: immutable model values, edits with inverses, evaluation, files.

``import mcdm.project`` is light (numpy only): the GUI imports it at start-up. Evaluation, storage,
templates and the sample are imported from their own modules when needed.
"""

from mcdm.project.model import (
    SCHEMA_VERSION,
    Criterion,
    CriterionType,
    Direction,
    Expert,
    FrozenDict,
    Industry,
    IndustryCriterion,
    Project,
    ProjectError,
    Round,
    Settings,
    Text,
)

__all__ = [
    "SCHEMA_VERSION", "Criterion", "CriterionType", "Direction", "Expert", "FrozenDict",
    "Industry", "IndustryCriterion", "Project", "ProjectError", "Round", "Settings", "Text",
]

"""Expert questionnaires: where every answer cell sits (:mod:`.plan`), the verbal scale
(:mod:`.scale`), writing them (:mod:`.writer`) with live consistency feedback (:mod:`.feedback`),
reading filled ones back (:mod:`.importer`), and the sample panel's (:mod:`.samples`)."""

from mcdm.excel.questionnaire.importer import (
    ImportReport,
    JudgmentAnswer,
    ScoreAnswer,
    read_questionnaires,
)
from mcdm.excel.questionnaire.samples import import_sample_questionnaires, sample_questionnaires
from mcdm.excel.questionnaire.writer import (
    build_questionnaire,
    write_panel_questionnaire,
    write_questionnaire,
)

__all__ = [
    "ImportReport", "JudgmentAnswer", "ScoreAnswer", "build_questionnaire",
    "import_sample_questionnaires", "read_questionnaires", "sample_questionnaires",
    "write_panel_questionnaire", "write_questionnaire",
]

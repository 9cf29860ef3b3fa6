"""Expert questionnaires: where every answer cell sits (:mod:`.plan`), the accepted answers
(:mod:`.answers`), the verbal scale (:mod:`.scale`), writing them (:mod:`.writer`, :mod:`.blocks`)
with live feedback (:mod:`.feedback`, :mod:`.live`) and a per-cell record of what was issued
(:mod:`.record`), reading filled ones back (:mod:`.reader`) into an import preview
(:mod:`.preview`, :mod:`.importer`), filling them programmatically (:mod:`.fill`), and the sample
panel's (:mod:`.samples`)."""

from mcdm.excel.questionnaire.importer import (
    AnswerDiff,
    BlockPreview,
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
    "AnswerDiff", "BlockPreview", "ImportReport", "JudgmentAnswer", "ScoreAnswer",
    "build_questionnaire", "import_sample_questionnaires", "read_questionnaires",
    "sample_questionnaires", "write_panel_questionnaire", "write_questionnaire",
]

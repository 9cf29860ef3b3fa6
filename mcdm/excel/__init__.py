"""Excel I/O on openpyxl: expert questionnaires out and back, and the audit-ready results workbook.

Public API:

- :func:`write_questionnaire` / :func:`write_panel_questionnaire` — questionnaires with drop-downs,
  range validation, locked cells and live consistency feedback.
- :func:`read_questionnaires` — validate filled questionnaires; returns an :class:`ImportReport`
  (every problem with file, sheet and cell; ``report.edit`` applies the valid answers as one step).
- :func:`open_workbook` — open an untrusted workbook safely (size, zip and XML checks).
"""

from mcdm.excel.importer import ImportReport, JudgmentAnswer, ScoreAnswer, read_questionnaires
from mcdm.excel.questionnaire import (
    build_questionnaire,
    write_panel_questionnaire,
    write_questionnaire,
)
from mcdm.excel.safety import UnsafeWorkbook, open_workbook

__all__ = [
    "ImportReport", "JudgmentAnswer", "ScoreAnswer", "UnsafeWorkbook", "build_questionnaire",
    "open_workbook", "read_questionnaires", "write_panel_questionnaire", "write_questionnaire",
]

"""Excel I/O on openpyxl: expert questionnaires out and back (:mod:`.questionnaire`), and the
audit-ready results workbook (:mod:`.report`); cell styling (:mod:`.layout`), the words a workbook
shows (:mod:`.labels`) and opening untrusted files (:mod:`.safety`) are shared.

Public API:

- :func:`write_questionnaire` / :func:`write_panel_questionnaire` — questionnaires with drop-downs,
  range validation, locked cells and live consistency feedback.
- :func:`read_questionnaires` — validate filled questionnaires; returns an :class:`ImportReport`,
  the import preview (per expert and block: new, changed, cleared, unchanged, conflict; every
  problem with file, sheet and cell); ``report.edit_with(...)`` applies what the user accepted
  as one step.
- :func:`write_results` — the audit-ready results workbook (live TOPSIS formulas per industry).
- :func:`open_workbook` — open an untrusted workbook safely (size, zip and XML checks).
- :func:`sample_questionnaires` — the sample panel's filled questionnaires.

``write_results`` is imported on first use (it pulls in the chart modules of openpyxl).
"""

import os

# openpyxl parses with lxml whenever lxml is installed (python-docx brings it in), and then
# bypasses defusedxml; workbooks someone handed us must be parsed by defusedxml (see .safety), so
# openpyxl is told not to use lxml. This must happen before openpyxl is first imported.
os.environ.setdefault("OPENPYXL_LXML", "False")

from mcdm.excel.questionnaire import (  # noqa: E402
    AnswerDiff,
    BlockPreview,
    ImportReport,
    JudgmentAnswer,
    ScoreAnswer,
    build_questionnaire,
    import_sample_questionnaires,
    read_questionnaires,
    sample_questionnaires,
    write_panel_questionnaire,
    write_questionnaire,
)
from mcdm.excel.safety import UnsafeWorkbook, open_workbook  # noqa: E402

__all__ = [
    "AnswerDiff", "BlockPreview", "ImportReport", "JudgmentAnswer", "ScoreAnswer", "UnsafeWorkbook", "build_questionnaire",
    "import_sample_questionnaires", "open_workbook", "read_questionnaires",
    "sample_questionnaires", "write_panel_questionnaire", "write_questionnaire", "write_results",
]


def __getattr__(name: str):
    if name == "write_results":
        from mcdm.excel.report import write_results

        return write_results
    raise AttributeError(name)

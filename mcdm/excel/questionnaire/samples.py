"""The sample panel's filled questionnaires shipped in ``sample_workbooks/`` (illustrative data)."""

from __future__ import annotations

from pathlib import Path

from mcdm.resources import sample

PATTERN = "questionnaire_*.xlsx"


def sample_questionnaires() -> list[Path]:
    """Paths of the sample panel's filled questionnaires, in expert order (E1, E2, ...)."""
    folder = Path(str(sample()))
    return sorted(folder.glob(PATTERN), key=lambda p: (len(p.stem), p.stem))


def import_sample_questionnaires(project):
    """Read the shipped questionnaires for ``project`` (an :class:`~mcdm.excel.ImportReport`)."""
    from mcdm.excel.questionnaire.importer import read_questionnaires

    return read_questionnaires(project, sample_questionnaires())

"""Importing filled questionnaires: read and check everything, show the problems, then apply.

Nothing changes before the user has seen the list of problems and accepted; the accepted
answers go in as one undoable step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.context import AppContext
from desktop.messages import line


def xlsx_filter() -> str:
    """The file dialog's filter, in the UI language (read when the dialog opens)."""
    return QCoreApplication.translate("ImportFlow", "Excel (*.xlsx *.xlsm);;All files (*)")



def import_questionnaires(ctx: AppContext, parent: QWidget, paths: list[str] | None = None) -> bool:
    """Ask for files (unless given), read them with :func:`mcdm.excel.questionnaire.importer.read_questionnaires`,
    show every problem and note, and push the import as one edit if the user accepts."""
    if paths is None:
        paths = ctx.interaction.open_paths(parent, QCoreApplication.translate("ImportFlow", "Import questionnaires"),
                                           ctx.settings.last_dir, xlsx_filter())
    if not paths:
        return False
    from mcdm.excel.questionnaire.importer import read_questionnaires

    report = read_questionnaires(ctx.project, paths)
    summary = (QCoreApplication.translate("ImportFlow", "%1 file(s) read: answers of %2 expert(s), %3 change(s) to the project, "
                   "%4 problem(s).")
               .replace("%1", str(len(report.files))).replace("%2", str(len(report.experts)))
               .replace("%3", str(len(report.changes))).replace("%4", str(len(report.problems))))
    lines = [line(p, ctx.lang, ctx.project) for p in (*report.problems, *report.notes)]
    title = QCoreApplication.translate("ImportFlow", "Import questionnaires")
    if not report.changes:
        if lines:
            ctx.interaction.review_problems(parent, title, summary + " " + QCoreApplication.translate("ImportFlow",
                "Nothing will be changed."), lines, False)
        else:
            ctx.interaction.information(parent, title, summary + " " + QCoreApplication.translate("ImportFlow",
                "The project already holds these answers."))
        return False
    if lines:
        accepted = ctx.interaction.review_problems(
            parent, title, summary + " " + QCoreApplication.translate("ImportFlow",
                "Answers with a problem are left out. Import the valid answers?"), lines, True)
    else:
        accepted = ctx.interaction.confirm(parent, title, summary + " " + QCoreApplication.translate("ImportFlow", "Import them?"))
    if not accepted:
        return False
    count = len(report.experts)
    ctx.push(report.edit, lambda: QCoreApplication.translate(
        "ImportFlow", "Import questionnaires (%1 experts)").replace("%1", str(count)))
    return True


def import_sample_questionnaires(ctx: AppContext) -> str:
    """Import the sample panel's shipped questionnaires into the open project, asking nothing.

    The first start does this (:mod:`desktop.first_start`): the same reader and the same one
    undoable edit as :func:`import_questionnaires`, named "Import sample questionnaires". The
    files are ours, so there is nothing to review; the project stays clean, as it is the sample.
    Returns the status-bar message saying what was imported.

    Raises
    ------
    mcdm.errors.ValidationFailed
        The shipped files have a problem (then nothing changed).
    """
    from mcdm.errors import ValidationFailed
    from mcdm.excel.questionnaire.importer import read_questionnaires
    from mcdm.excel.questionnaire.samples import sample_questionnaires

    report = read_questionnaires(ctx.project, sample_questionnaires())
    if report.problems:
        raise ValidationFailed(report.problems)
    if report.changes:
        ctx.push(report.edit, lambda: QCoreApplication.translate(
            "ImportFlow", "Import sample questionnaires"))
        ctx.undo_stack.setClean()
    return (QCoreApplication.translate(
        "ImportFlow", "Imported the sample panel's questionnaires: %1 file(s), answers of %2 "
        "expert(s), %3 change(s) to the project (illustrative data).")
        .replace("%1", str(len(report.files))).replace("%2", str(len(report.experts)))
        .replace("%3", str(len(report.changes))))

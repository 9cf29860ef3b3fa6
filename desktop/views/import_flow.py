"""Importing filled questionnaires: read and check everything, preview it, then apply.

Nothing changes before the user has seen the preview
(:class:`~desktop.views.import_preview.ImportPreviewDialog`: per expert and block what is new,
changed, cleared, unchanged or in conflict, every problem with its place) and accepted it; the
accepted answers go in as one undoable step whose text says what was imported.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.context import AppContext
from mcdm.messages import label

PROGRESS_DELAY_MS = 500
translate = QCoreApplication.translate


def xlsx_filter() -> str:
    """The file dialog's filter, in the UI language (read when the dialog opens)."""
    return translate("ImportFlow", "Excel (*.xlsx *.xlsm);;All files (*)")


class _Stopped(Exception):
    """The user cancelled reading."""


def read_with_progress(ctx: AppContext, parent: QWidget | None, paths: list[str]):
    """``read_questionnaires`` for the open project, with a progress dialog after half a second
    (a cancel stops after the file being read); None when cancelled."""
    from mcdm.excel.questionnaire.importer import read_questionnaires

    dialog = QProgressDialog(translate("ImportFlow", "Reading questionnaires…"),
                             translate("ImportFlow", "Cancel"), 0, len(paths), parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, total: int) -> None:
        dialog.setValue(done)
        if dialog.wasCanceled():
            raise _Stopped

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return read_questionnaires(ctx.project, paths, progress=progress)
    except _Stopped:
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
        dialog.reset()  # stops the timer that would show the dialog later
        dialog.hide()
        dialog.deleteLater()


def import_text(project, chosen, lang: str) -> str:
    """The undo step's text: "Import questionnaires: 12 answers of Expert A, Expert B (3
    cleared)" — names from the project as it was before the import."""
    experts = list(dict.fromkeys(d.expert_id for d in chosen))
    if len(experts) <= 3:
        sep = "、" if lang == "zh" else ", "
        who = sep.join(label(project, e, lang, "expert") for e in experts)
    else:
        who = translate("ImportFlow", "%1 experts").replace("%1", str(len(experts)))
    cleared = sum(d.new is None for d in chosen)
    text = translate("ImportFlow", "Import questionnaires: %1 answer(s) of %2").replace(
        "%1", str(len(chosen) - cleared)).replace("%2", who)
    if cleared:
        text += translate("ImportFlow", " (%1 cleared)").replace("%1", str(cleared))
    return text


def import_questionnaires(ctx: AppContext, parent: QWidget, paths: list[str] | None = None) -> bool:
    """Ask for files (unless given), read them, show the preview, and push what the user
    accepted as one edit. True if something was imported."""
    if ctx.project is None:
        return False
    if paths is None:
        paths = ctx.interaction.open_paths(parent, translate("ImportFlow", "Import questionnaires"),
                                           ctx.settings.last_dir, xlsx_filter())
    if not paths:
        return False
    ctx.settings.last_dir = str(Path(paths[0]).parent)
    project = ctx.project
    report = read_with_progress(ctx, parent, [str(p) for p in paths])
    if report is None:
        return False
    choice = ctx.interaction.preview_import(parent, report, project, ctx.lang)
    if choice is None or ctx.project is not project:
        return False
    chosen = report.selection(accept=choice.accept, take=choice.take)
    if not chosen:
        return False
    ctx.push(report.edit_with(accept=choice.accept, take=choice.take),
             lambda: import_text(project, chosen, ctx.lang))
    ctx.message.emit(translate("ImportFlow", "Done: %1. Edit ▸ Undo takes it back.").replace(
        "%1", import_text(project, chosen, ctx.lang)))
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

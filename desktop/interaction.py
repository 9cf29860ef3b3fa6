"""Every question the app asks the user, behind one swappable class (after git-cola's interaction).

Views never open a modal dialog themselves: they call ``context.interaction``. The app uses
:class:`Interaction` (real dialogs); tests install :class:`ScriptedInteraction`, which answers
from a script and records what was asked, so no test ever blocks on a dialog.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def technical_only(text: str, details: Sequence[str]) -> list[str]:
    """The detail lines that say something ``text`` does not already say."""
    shown = {line.strip(" •") for line in text.splitlines()}
    return [line for line in details if line.strip(" •") not in shown and line.strip()]


class Interaction:
    """Real dialogs."""

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text,
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def save_changes(self, parent: QWidget | None, name: str) -> str:
        box = QMessageBox(QMessageBox.Warning, QCoreApplication.translate("Interaction", "Unsaved changes"),
                          QCoreApplication.translate("Interaction", "Save the changes to “%1”?").replace("%1", name),
                          QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, parent)
        box.setInformativeText(QCoreApplication.translate(
            "Interaction", "If you don't save, the changes since the last save are lost."))
        answer = box.exec()
        return {QMessageBox.Save: SAVE, QMessageBox.Discard: DISCARD}.get(answer, CANCEL)

    def open_path(self, parent: QWidget | None, title: str, folder: str, filters: str) -> str:
        path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
        return path

    def open_paths(self, parent: QWidget | None, title: str, folder: str, filters: str) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(parent, title, folder, filters)
        return list(paths)

    def save_path(self, parent: QWidget | None, title: str, folder: str, filters: str) -> str:
        """The path chosen; a name typed without a suffix takes the chosen filter's ("chart"
        with "SVG drawing (*.svg)" chosen is chart.svg)."""
        path, chosen = QFileDialog.getSaveFileName(parent, title, folder, filters)
        return add_filter_suffix(path, chosen)

    def choose(self, parent: QWidget | None, title: str, label: str,
               items: Sequence[str]) -> int | None:
        item, ok = QInputDialog.getItem(parent, title, label, list(items), 0, False)
        return list(items).index(item) if ok and item in items else None

    def choose_template(self, parent: QWidget | None, infos: Sequence[Any],
                        lang: str) -> int | None:
        """Which template to start from (:class:`~desktop.views.template_dialog.TemplateDialog`
        shows what each holds); None when cancelled."""
        from desktop.views.template_dialog import TemplateDialog

        dialog = TemplateDialog(infos, lang, parent)
        return dialog.chosen() if dialog.exec() == QDialog.Accepted else None

    def get_text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(parent, title, label, text=text)
        return value if ok else None

    def error(self, parent: QWidget | None, title: str, text: str,
              details: Sequence[str] = ()) -> None:
        """``text`` says what went wrong; ``details`` hold the technical part only (codes,
        places, exception types) — lines that repeat ``text`` are left out."""
        error_box(parent, title, text, details).exec()

    def open_folder(self, folder: str) -> bool:
        """Show ``folder`` in the system's file manager."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(QUrl.fromLocalFile(folder))

    def review_problems(self, parent: QWidget | None, title: str, text: str,
                        problems: Sequence[str], can_proceed: bool) -> bool:
        """Show a list of problems; return True if the user chose to go on."""
        dialog = QDialog(parent)
        dialog.setWindowTitle(title)
        layout = QVBoxLayout(dialog)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        listing = QListWidget()
        listing.addItems(list(problems))
        layout.addWidget(listing)
        buttons = QDialogButtonBox(
            (QDialogButtonBox.Ok if can_proceed else QDialogButtonBox.NoButton)
            | QDialogButtonBox.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(640, 400)
        return dialog.exec() == QDialog.Accepted and can_proceed

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def preview_import(self, parent: QWidget | None, report: Any, project: Any,
                       lang: str) -> Any:
        """Show the import preview of ``report``
        (:class:`~desktop.views.import_preview.ImportPreviewDialog`); the accepted
        :class:`~desktop.models.import_preview.ImportChoice`, or None (cancelled, or nothing
        would change)."""
        from desktop.views.import_preview import ImportPreviewDialog

        dialog = ImportPreviewDialog(report, project, lang, parent)
        try:
            return dialog.choice() if dialog.exec() == QDialog.Accepted else None
        finally:
            dialog.deleteLater()

    def questionnaire_options(self, parent: QWidget | None, project: Any, defaults: Any,
                              ui_lang: str) -> Any:
        """Ask how to export questionnaires, starting from ``defaults``
        (:class:`~desktop.views.questionnaire_dialog.QuestionnaireDialog`); the chosen
        :class:`~desktop.views.questionnaire_dialog.QuestionnaireOptions`, or None."""
        from desktop.views.questionnaire_dialog import QuestionnaireDialog

        dialog = QuestionnaireDialog(project, defaults, ui_lang, parent)
        try:
            return dialog.options() if dialog.exec() == QDialog.Accepted else None
        finally:
            dialog.deleteLater()


@dataclass
class Asked:
    method: str
    args: tuple[Any, ...]


def add_filter_suffix(path: str, chosen_filter: str) -> str:
    """``path`` with the suffix of ``chosen_filter`` ("PNG image (*.png)") when it has none.

    >>> add_filter_suffix("/tmp/chart", "SVG drawing (*.svg)"), add_filter_suffix("/tmp/a.pdf", "")
    ('/tmp/chart.svg', '/tmp/a.pdf')
    """
    import re
    from pathlib import PurePath

    found = re.search(r"\*\.(\w+)", chosen_filter or "")
    if path and found and not PurePath(path).suffix:
        return f"{path}.{found.group(1)}"
    return path


@dataclass
class ScriptedInteraction(Interaction):
    """Answers from ``answers`` (first in, first out) and records every question in ``asked``.

    An unscripted question gets the safe default: no, cancel, no path.
    """

    answers: deque = field(default_factory=deque)
    asked: list[Asked] = field(default_factory=list)

    def script(self, *answers: Any) -> ScriptedInteraction:
        self.answers.extend(answers)
        return self

    def _answer(self, method: str, args: tuple[Any, ...], default: Any) -> Any:
        self.asked.append(Asked(method, args))
        return self.answers.popleft() if self.answers else default

    def methods_asked(self) -> list[str]:
        return [a.method for a in self.asked]

    def confirm(self, parent, title, text):
        return self._answer("confirm", (title, text), False)

    def save_changes(self, parent, name):
        return self._answer("save_changes", (name,), CANCEL)

    def open_path(self, parent, title, folder, filters):
        return self._answer("open_path", (title,), "")

    def open_paths(self, parent, title, folder, filters):
        return self._answer("open_paths", (title,), [])

    def save_path(self, parent, title, folder, filters):
        return self._answer("save_path", (title,), "")

    def choose(self, parent, title, label, items):
        return self._answer("choose", (title, label, tuple(items)), None)

    def choose_template(self, parent, infos, lang):
        return self._answer("choose_template", (tuple(i.name for i in infos),), None)

    def get_text(self, parent, title, label, text=""):
        return self._answer("get_text", (title, label, text), None)

    def error(self, parent, title, text, details=()):
        # Recorded as the dialog shows them: the technical lines only.
        self._answer("error", (title, text, tuple(technical_only(text, details))), None)

    def review_problems(self, parent, title, text, problems, can_proceed):
        return bool(self._answer("review_problems", (title, text, tuple(problems), can_proceed),
                                 False)) and can_proceed

    def information(self, parent, title, text):
        self._answer("information", (title, text), None)

    def open_folder(self, folder):
        return self._answer("open_folder", (folder,), True)

    def _dialog(self, method: str, dialog: Any, result: Any) -> Any:
        """Answer a dialog from the script: True accepts it as it stands, a callable gets the
        dialog (to look at it and change it) and returns whether to accept; anything else (or
        nothing scripted) cancels. Recorded with what the dialog showed (its ``snapshot()``)
        after the script's changes."""
        try:
            answer = self.answers.popleft() if self.answers else None
            accepted = answer(dialog) if callable(answer) else answer is True
            self.asked.append(Asked(method, dialog.snapshot()))
            return result(dialog) if accepted else None
        finally:
            dialog.deleteLater()

    def preview_import(self, parent, report, project, lang):
        from desktop.views.import_preview import ImportPreviewDialog

        return self._dialog("preview_import", ImportPreviewDialog(report, project, lang, parent),
                            lambda d: d.choice())

    def questionnaire_options(self, parent, project, defaults, ui_lang):
        from desktop.views.questionnaire_dialog import QuestionnaireDialog

        return self._dialog("questionnaire_options",
                            QuestionnaireDialog(project, defaults, ui_lang, parent),
                            lambda d: d.options())

def error_box(parent: QWidget | None, title: str, text: str,
              details: Sequence[str] = ()) -> QMessageBox:
    """The error dialog :meth:`Interaction.error` shows (built apart so it can be rendered)."""
    box = QMessageBox(QMessageBox.Critical, title, text, QMessageBox.Ok, parent)
    extra = technical_only(text, details)
    if extra:
        box.setDetailedText("\n".join(extra))
        from PySide6.QtWidgets import QTextEdit

        for view in box.findChildren(QTextEdit):  # long paths wrap instead of running off
            view.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
    return box

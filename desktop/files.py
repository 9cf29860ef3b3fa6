"""File commands: new, open, save, save as, recent files, autosave and recovery.

All questions go through ``context.interaction``; every failure is shown as one error dialog
listing each problem with where it is, never a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from desktop.context import AppContext
from desktop.interaction import CANCEL, SAVE
from desktop.messages import describe, describe_all
from mcdm.errors import MCDMError


def filters() -> str:
    """The file dialog's filters, in the UI language (read when the dialog opens)."""
    return QCoreApplication.translate("FileController", "FourChains project (*.fcproj.json *.json)"
                                      ";;All files (*)")
SUFFIX = ".fcproj.json"


def problem_lines(exc: BaseException, lang: str | None = None, project=None) -> list[str]:
    """One line per problem of an error, in the UI language (``project``: the file's own, so
    its labels name things)."""
    return describe_all(exc, lang, getattr(exc, "subject", None) or project)


class FileController(QObject):
    """Owns file state for the window: what is open, saving, recovering."""

    def __init__(self, context: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._ctx = context
        self._widget = parent_widget
        self._autosave = QTimer(self)
        self._autosave.setInterval(context.settings.autosave_seconds * 1000)
        self._autosave.timeout.connect(self.autosave_now)
        self._autosave.start()

    # -- helpers -----------------------------------------------------------------------------
    def _fail(self, title: str, exc: BaseException) -> None:
        from desktop.details import technical_details

        lines = problem_lines(exc, self._ctx.lang, self._ctx.project)
        text = lines[0] if len(lines) == 1 else "\n".join(f"• {line}" for line in lines)
        self._ctx.interaction.error(self._widget, title, text,
                                    technical_details(exc, self._ctx.lang, self._ctx.project))

    def project_name(self) -> str:
        """What the project is called: its title (and the file, when saved), else the file's
        name, else "Untitled"."""
        project, path = self._ctx.project, self._ctx.path
        title = self._ctx.text(project.title).strip() if project is not None else ""
        if not title and project is not None:  # a title in the other language only
            title = (project.title.zh or project.title.en or "").strip()
        if title and path is not None:
            return self.tr("%1 (%2)").replace("%1", title).replace("%2", path.name)
        return title or (path.name if path is not None else self.tr("Untitled"))

    def maybe_save(self) -> bool:
        """Ask to save unsaved work (naming the project); False when the user cancels."""
        if not self._ctx.dirty:
            return True
        answer = self._ctx.interaction.save_changes(self._widget, self.project_name())
        if answer == CANCEL:
            return False
        if answer == SAVE:
            return self.save()
        self.discard_recovery()
        return True

    # -- commands ----------------------------------------------------------------------------
    def new(self) -> bool:
        """Ask which template to start from (a dialog describing each), then open it."""
        from mcdm.project.templates import describe_template, list_templates, new_from_template

        if not self.maybe_save():
            return False
        names = list(list_templates())
        try:
            infos = [describe_template(name) for name in names]
        except (MCDMError, OSError) as exc:
            self._fail(self.tr("Cannot create the project"), exc)
            return False
        index = self._ctx.interaction.choose_template(self._widget, infos, self._ctx.lang)
        if index is None:
            return False
        try:
            project = new_from_template(names[index])
        except (MCDMError, OSError) as exc:
            self._fail(self.tr("Cannot create the project"), exc)
            return False
        self._ctx.set_project(project, None)
        return True

    def open(self, path: str | None = None) -> bool:
        if not self.maybe_save():
            return False
        if not path:
            path = self._ctx.interaction.open_path(self._widget, self.tr("Open project"),
                                                   self._ctx.settings.last_dir, filters())
        if not path:
            return False
        return self.load(path)

    def load(self, path: str | Path) -> bool:
        from mcdm.project.storage import load

        try:
            project = load(path)
        except (MCDMError, OSError) as exc:
            self._fail(self.tr("Cannot open %1").replace("%1", str(path)), exc)
            if isinstance(exc, FileNotFoundError):
                self._ctx.settings.remove_recent_file(str(path))
            return False
        self._ctx.set_project(project, path)
        self._remember(path)
        return True

    def save(self) -> bool:
        if self._ctx.path is None:
            return self.save_as()
        return self._write(self._ctx.path)

    def save_as(self) -> bool:
        path = self._ctx.interaction.save_path(self._widget, self.tr("Save project as"),
                                               self._ctx.settings.last_dir, filters())
        if not path:
            return False
        if not path.endswith(".json"):
            path += SUFFIX
        return self._write(Path(path))

    def _write(self, path: Path) -> bool:
        from mcdm.project.storage import save

        try:
            save(self._ctx.project, path)
        except (MCDMError, OSError) as exc:
            self._fail(self.tr("Cannot save %1").replace("%1", str(path)), exc)
            return False
        self._ctx.set_path(path)
        self._remember(path)
        self.discard_recovery()
        self._ctx.message.emit(self.tr("Saved “%1” to %2").replace("%1", path.name)
                               .replace("%2", str(path.resolve().parent)))
        return True

    def _remember(self, path: str | Path) -> None:
        self._ctx.settings.add_recent_file(path)
        self._ctx.settings.last_dir = str(Path(path).resolve().parent)

    # -- autosave and recovery ---------------------------------------------------------------
    def _autosave_module(self) -> Any:
        from mcdm.project import autosave

        return autosave

    def _recovery_folder(self) -> str | None:
        return self._ctx.settings.recovery_folder or None

    def autosave_now(self) -> None:
        if not self._ctx.dirty or self._ctx.project is None:
            return
        try:
            self._autosave_module().write_recovery(self._ctx.project, self._ctx.path,
                                                   folder=self._recovery_folder())
        except (MCDMError, OSError) as exc:
            self._ctx.message.emit(self.tr("Autosave failed: %1").replace(
                "%1", describe(exc, self._ctx.lang, self._ctx.project)))

    def discard_recovery(self) -> None:
        try:
            self._autosave_module().discard_recovery(self._recovery_folder())
        except OSError:
            pass

    def offer_recovery(self) -> bool:
        """If a previous session left unsaved work, offer it back; True if recovered."""
        autosave = self._autosave_module()
        found = autosave.find_recovery(self._recovery_folder())
        if found is None:
            return False
        if not self._ctx.interaction.confirm(
                self._widget, self.tr("Recover unsaved work"),
                self.tr("The last session ended with unsaved changes. Recover them?")):
            self.discard_recovery()
            return False
        try:
            project, original_path = autosave.read_recovery(found)
        except (MCDMError, OSError) as exc:
            self._fail(self.tr("Cannot recover the unsaved work"), exc)
            return False
        self._ctx.set_project(project, original_path)
        # Recovered work is unsaved work: mark it dirty so closing asks again.
        self._ctx.undo_stack.resetClean()
        self._ctx.dirtyChanged.emit(True)
        return True

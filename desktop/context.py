"""The application context: the current project, its evaluation, the undo stack, the settings.

Every view reads the project and the result from here and changes the project only through
:meth:`AppContext.push` (one undoable step per model edit). The GUI computes nothing: ``result``
is always ``evaluate(project)`` for the current project.

Signals
-------
projectChanged()
    The project was replaced (an edit, undo/redo, open, new).
resultChanged()
    ``result`` was recomputed (always right after ``projectChanged``).
languageChanged(str)
    The UI language is now "zh" or "en"; translators are already installed.
pathChanged(str), dirtyChanged(bool)
    The file the project is saved to; whether it has unsaved changes.
navigate(str, dict)
    A page asks to go to another page (key) at a target (expert, node, industry): the main
    window shows it (see :meth:`AppContext.go_to`).
opened()
    Another project was opened, created or recovered (not an edit): the window may show the
    start page.
message(str), noticed(Notice)
    Something to tell the user in the window's one message place (newest wins): ``message``
    for plain information, :meth:`AppContext.notify` for an error or a message with a button.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.interaction import Interaction
from desktop.settings import AppSettings
from desktop.undo import EditCommand

if TYPE_CHECKING:
    from desktop.i18n import Translators
    from mcdm.project.edit_base import Edit
    from mcdm.project.model import Project, Text
    from mcdm.project.result import ProjectResult


@dataclass(frozen=True)
class Notice:
    """A message for the window's message place: ``error`` shows it as a refusal; ``action``
    is an optional ``(button text, callable)`` (e.g. "Open folder")."""

    text: str
    error: bool = False
    action: tuple[str, Callable[[], object]] | None = None


class AppContext(QObject):
    """Holds the one project the window shows.

    Parameters
    ----------
    settings : AppSettings
        Injected typed settings.
    lang : str
        "zh" or "en".
    interaction : Interaction, optional
        Where questions go; tests pass a :class:`~desktop.interaction.ScriptedInteraction`.
    evaluator : callable, optional
        ``project -> result``; by default an incremental
        :class:`mcdm.project.evaluate.Evaluator` kept for the open project, so an edit
        re-evaluates only what depends on it (bit for bit the same as a full evaluation).
    translators : Translators, optional
        Installs the app's and Qt's catalogues on a language switch (none in bare tests).
    """

    projectChanged = Signal()
    resultChanged = Signal()
    languageChanged = Signal(str)
    pathChanged = Signal(str)
    dirtyChanged = Signal(bool)
    message = Signal(str)
    noticed = Signal(object)
    navigate = Signal(str, dict)
    opened = Signal()

    def __init__(self, settings: AppSettings, lang: str = "en", *,
                 interaction: Interaction | None = None,
                 evaluator: Callable[[Project], ProjectResult] | None = None,
                 translators: Translators | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.interaction = interaction or Interaction()
        self._evaluator = None
        if evaluator is None:
            from mcdm.project.evaluate import Evaluator

            self._evaluator = Evaluator()
            evaluator = self._evaluator.evaluate
        self._evaluate = evaluator
        self._lang = lang if lang in ("zh", "en") else "en"
        self._project: Project | None = None
        self._result: ProjectResult | None = None
        self._error: Exception | None = None
        self._path: Path | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._translators = translators

    def _clean_changed(self, clean: bool) -> None:
        self.dirtyChanged.emit(not clean)

    # -- state -------------------------------------------------------------------------------
    @property
    def project(self) -> Project | None:
        return self._project

    @property
    def result(self) -> ProjectResult | None:
        """``evaluate(project)``, or None if evaluation failed (see :attr:`evaluation_error`)."""
        return self._result

    @property
    def evaluation_error(self) -> Exception | None:
        return self._error

    @property
    def lang(self) -> str:
        return self._lang

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def text(self, label: Text | str) -> str:
        """A bilingual model label (``Text``) in the current language."""
        return label.get(self._lang) if hasattr(label, "get") else str(label)

    # -- changes -----------------------------------------------------------------------------
    def set_project(self, project: Project | None, path: str | Path | None = None) -> None:
        """Show another project (opened, new or recovered): clears the undo history."""
        self.undo_stack.clear()
        if self._evaluator is not None:
            self._evaluator.clear()  # another project: nothing cached for this one is reused
        self._path = Path(path) if path else None
        self.replace(project)
        self.undo_stack.setClean()
        self.pathChanged.emit(str(self._path or ""))
        self.dirtyChanged.emit(False)
        self.opened.emit()

    def set_path(self, path: str | Path) -> None:
        """Record that the project was saved to ``path``: it is now clean."""
        self._path = Path(path)
        self.undo_stack.setClean()
        self.pathChanged.emit(str(self._path))

    def push(self, edit: Edit, text: str | Callable[[], str] | None = None,
             merge_key: object = None) -> None:
        """Apply a model edit as one undoable step.

        The edit is applied before it reaches the stack, so an invalid edit raises its
        :class:`~mcdm.errors.MCDMError` here and changes nothing. The undo text says what
        changed: by default built from the edit (:func:`desktop.undo_text.edit_text`), else
        ``text`` — preferably a function, called again when the language changes.
        """
        from desktop.undo_text import edit_text

        label = text if text is not None else edit_text(edit, self)
        applied = edit.apply(self._project)
        self.undo_stack.push(EditCommand(self, edit, applied, label, merge_key))

    def notify(self, text: str, *, error: bool = False,
               action: tuple[str, Callable[[], object]] | None = None) -> None:
        """Tell the user ``text`` in the window's message place (see :class:`Notice`)."""
        self.noticed.emit(Notice(text, error, action))

    def replace(self, project: Project | None) -> None:
        """Show ``project`` (the undo commands' way in; edits go through :meth:`push`)."""
        self._project = project
        self._recompute()
        self.projectChanged.emit()
        self.resultChanged.emit()

    def _recompute(self) -> None:
        if self._project is None:
            self._result, self._error = None, None
            return
        try:
            self._result, self._error = self._evaluate(self._project), None
        except ValueError as exc:  # MCDMError: a project that cannot be evaluated as it stands
            self._result, self._error = None, exc
            from desktop.messages import describe

            self.message.emit(describe(exc, self._lang, self._project))

    def go_to(self, page: str, target: dict | None = None) -> None:
        """Ask the window to show ``page`` at ``target`` (e.g. ``{"expert": …, "node": …}``)."""
        self.navigate.emit(page, dict(target or {}))

    def set_language(self, lang: str) -> None:
        """Switch the UI language: install translators, then tell every view."""
        if lang not in ("zh", "en"):
            raise ValueError(f"unknown language {lang!r}; expected 'zh' or 'en'")
        if self._translators is not None:
            self._translators.install(lang)
        self._lang = lang
        self.settings.language = lang
        self.languageChanged.emit(lang)

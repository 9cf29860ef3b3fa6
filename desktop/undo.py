"""The one undo command: any reversible model edit, applied through the app context.

A model edit is a small frozen value with ``apply(project) -> (new_project, inverse_edit)``
(:mod:`mcdm.project.edits`). The command only calls that, keeping the inverse for undo, in the
manner of Orange's paint-data widget. Commands pushed with the same ``merge_key`` one after the
other fold into one step, so a slider drag undoes in one go.

The undo/redo text says what changed ("Edit judgment: Expert A, P1 vs P2"). A command keeps the
function that builds it, so :meth:`EditCommand.retranslate` writes it again in the language
the user switched to (the main window asks every command on a language change).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from desktop.context import AppContext
    from mcdm.project.edit_base import Edit
    from mcdm.project.model import Project

# QUndoCommand.id() must be an int; every mergeable command shares it and compares merge keys.
MERGEABLE_ID = 0x4C43


class EditCommand(QUndoCommand):
    """Apply ``edit`` on redo and its inverse on undo.

    Parameters
    ----------
    context : AppContext
        Holds the current project; the command swaps it in through ``context.replace``.
    edit : object
        The model edit. It has already been applied once by :meth:`AppContext.push` (so an
        invalid edit raises there and never reaches the stack); ``applied`` carries that outcome.
    applied : tuple
        ``(new_project, inverse_edit)`` from that first application.
    text : str or callable
        The undo/redo menu text, or a function returning it in the current language.
    merge_key : hashable, optional
        Consecutive commands with the same key merge into one step.
    """

    def __init__(self, context: AppContext, edit: Edit, applied: tuple[Project, Edit],
                 text: str | Callable[[], str], merge_key: Any = None) -> None:
        self._text_fn: Callable[[], str] = text if callable(text) else (lambda: text)
        super().__init__(self._text_fn())
        self._context = context
        self._edit = edit
        self._after, self._inverse = applied
        self._merge_key = merge_key
        self._first = True

    @property
    def edit(self) -> Edit:
        return self._edit

    @property
    def after(self) -> Project:
        """The project as the edit left it the first time it was applied."""
        return self._after

    @property
    def merge_key(self) -> Any:
        return self._merge_key

    @property
    def text_function(self) -> Callable[[], str]:
        return self._text_fn

    def retranslate(self) -> None:
        """Build the text again (the language changed)."""
        self.setText(self._text_fn())

    def id(self) -> int:  # noqa: A003 - Qt's name
        return MERGEABLE_ID if self._merge_key is not None else -1

    def redo(self) -> None:
        if self._first:
            # push() already computed the outcome: reuse it rather than applying twice.
            self._first = False
            self._context.replace(self._after)
            return
        project, self._inverse = self._edit.apply(self._context.project)
        self._context.replace(project)

    def undo(self) -> None:
        project, self._edit = self._inverse.apply(self._context.project)
        self._context.replace(project)

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, EditCommand) or other.merge_key != self._merge_key:
            return False
        if self._merge_key is None:
            return False
        # Keep our inverse (it restores the state before the drag) and take the latest edit.
        self._edit = other.edit
        self._after = other.after
        self._text_fn = other.text_function
        self.setText(other.text())
        return True

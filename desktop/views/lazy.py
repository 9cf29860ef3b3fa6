"""Pages that refresh only while visible, so an edit repaints the page in front and no other."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.context import AppContext


class RefreshWhenShown:
    """Mixin for a QWidget with a ``refresh()``: changes while hidden wait until it is shown."""

    _stale = True

    def mark_stale(self, force: bool = False) -> None:
        """Refresh now if shown (or ``force``), else once when next shown."""
        self._stale = True
        if force or self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.refresh()
        super().showEvent(event)


class LazyPage(RefreshWhenShown, QWidget):
    """Calls :meth:`refresh` on every result change while shown, else once when next shown."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = context
        context.resultChanged.connect(self._result_changed)
        context.languageChanged.connect(self._language_changed)

    def _result_changed(self) -> None:
        self.mark_stale()

    def _language_changed(self, _lang: str) -> None:
        self.retranslate()
        self._result_changed()

    def refresh(self) -> None:
        self._stale = False

    def retranslate(self) -> None:
        """Re-read every fixed text in the current language."""

"""The one page protocol every page of the main window follows.

A page builds its widgets in ``__init__`` and then only answers four calls:

- :meth:`Page.refresh` — read ``context.project`` and ``context.result`` and fill the widgets;
- :meth:`Page.retranslate` — re-read every fixed text in the current language;
- :meth:`Page.current_chart` — the chart File ▸ Export ▸ Current chart writes (or None);
- :meth:`Page.show_target` — show an expert, node or industry (for the "go there" buttons).

Refreshing is lazy: a result or language change refreshes the page now if it is shown, else once
when it is next shown, so an edit repaints the page in front and no other. With ``scroll=True``
the page's content (``self.body``) scrolls when the window is smaller than it needs: a small
window shows scroll bars, never clipped or squeezed widgets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from desktop.context import AppContext


class _Scroll(QScrollArea):
    """Fills the viewport with the page, down to the page's minimum size, then scrolls.

    ``widgetResizable`` is not used: with a word-wrapped label inside, Qt sizes the page by its
    preferred height for the width, which adds a scroll bar even when everything would fit.
    """

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        # The page's minimum size changed (a longer label, another industry): fit again.
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        body = self.widget()
        if body is None:
            return
        view, least = self.maximumViewportSize(), body.minimumSizeHint()
        width = max(view.width(), least.width())
        if width > view.width():  # a horizontal scroll bar takes height away
            view.setHeight(view.height() - self.horizontalScrollBar().sizeHint().height())
        height = max(view.height(), least.height())
        if height > view.height() and width == view.width():
            width = max(least.width(), width - self.verticalScrollBar().sizeHint().width())
        body.resize(width, height)


class Page(QWidget):
    """Base of every page (see the module docstring for the protocol)."""

    def __init__(self, context: AppContext, *, scroll: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        self._scroll: _Scroll | None = None
        if scroll:
            self.body = QWidget()
            self._scroll = _Scroll()
            self._scroll.setFrameShape(QFrame.Shape.NoFrame)
            self._scroll.setWidget(self.body)
            self.body.installEventFilter(self._scroll)
            outer = QVBoxLayout(self)
            outer.setContentsMargins(0, 0, 0, 0)
            outer.addWidget(self._scroll)
        else:
            self.body = self
        context.resultChanged.connect(self.mark_stale)
        context.languageChanged.connect(self._language_changed)

    # -- the protocol ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Fill the widgets from the current project and result."""

    def retranslate(self) -> None:
        """Re-read every fixed text in the current language."""

    def current_chart(self) -> tuple[Any, str] | None:
        """``(ChartView, suggested file name without its suffix)`` for File ▸ Export ▸ Current
        chart, or None when the page shows no chart."""
        return None

    def show_target(self, **target: str) -> None:
        """Show ``expert``, ``node`` or ``industry`` (those a page knows; the rest ignored)."""

    # -- lazy refresh ----------------------------------------------------------------------
    @property
    def stale(self) -> bool:
        return self._stale

    def mark_stale(self) -> None:
        """Refresh now if shown, else once when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh_now()

    def refresh_now(self) -> None:
        self._stale = False
        self.refresh()

    def _language_changed(self, _lang: str) -> None:
        self.retranslate()
        self.mark_stale()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Refresh before Qt lays out and paints: a model left stale while hidden must not be
        # asked for rows of a project that is gone.
        if self._stale:
            self.refresh_now()
        super().showEvent(event)
        if self._scroll is not None:
            self._scroll.fit()

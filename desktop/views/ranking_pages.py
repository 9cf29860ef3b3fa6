"""Plug the ranking pages (part 2) into the main window: scores, results, overview,
sensitivity, Monte Carlo, and an Export submenu in the File menu.

The pages share one :class:`RankingState` (the industry being looked at), so choosing an industry
on one page shows the same industry on the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.main_window import MainWindow


translate = QCoreApplication.translate


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
    """A page whose content (``self.body``) scrolls when the window is smaller than it needs:
    a small window shows scroll bars, never clipped or squeezed widgets."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.body = QWidget()
        self._scroll = _Scroll()
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidget(self.body)
        self.body.installEventFilter(self._scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._scroll.fit()


class RankingState(QObject):
    """The industry the ranking pages show (shared between them)."""

    industryChanged = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._industry_id = ""
        context.projectChanged.connect(self._check)

    @property
    def industry_id(self) -> str:
        self._check()
        return self._industry_id

    def set_industry(self, industry_id: str) -> None:
        if industry_id != self._industry_id:
            self._industry_id = industry_id
            self.industryChanged.emit(industry_id)

    def _check(self) -> None:
        project = self.context.project
        ids = [i.id for i in project.industries] if project is not None else []
        if self._industry_id not in ids:
            new = ids[0] if ids else ""
            if new != self._industry_id:
                self._industry_id = new
                self.industryChanged.emit(new)


class IndustryPicker(QComboBox):
    """A combo box of the project's industries, bound to a :class:`RankingState`."""

    def __init__(self, state: RankingState, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("industry_picker")
        self._state = state
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.refill()
        state.context.projectChanged.connect(self.refill)
        state.context.languageChanged.connect(lambda _l: self.refill())
        state.industryChanged.connect(self._select)
        self.currentIndexChanged.connect(self._chosen)

    def refill(self) -> None:
        project = self._state.context.project
        lang = self._state.context.lang
        items = ([(i.id, i.label.get(lang)) for i in project.industries]
                 if project is not None else [])
        current = [self.itemData(k) for k in range(self.count())]
        with QSignalBlocker(self):
            if current != [i for i, _ in items]:
                self.clear()
                for iid, text in items:
                    self.addItem(text, iid)
            else:
                for k, (_iid, text) in enumerate(items):
                    self.setItemText(k, text)
            self._select(self._state.industry_id)

    def _select(self, industry_id: str) -> None:
        k = self.findData(industry_id)
        if k >= 0 and k != self.currentIndex():
            with QSignalBlocker(self):
                self.setCurrentIndex(k)

    def _chosen(self, k: int) -> None:
        if k >= 0:
            self._state.set_industry(self.itemData(k))


def register_pages(window: MainWindow, context: AppContext) -> None:
    """Add the ranking pages after the workshop pages, and File ▸ Export."""
    from desktop.export import ExportController
    from desktop.views.montecarlo import MonteCarloPage
    from desktop.views.overview import OverviewPage
    from desktop.views.results import ResultsPage
    from desktop.views.scores import ScoresPage
    from desktop.views.sensitivity import SensitivityPage

    state = RankingState(context, window)
    window.ranking_state = state
    exporter = ExportController(context, window)
    window.exporter = exporter
    pages = (
        ("scores", lambda: translate("RankingPages", "Industries & scores"), ScoresPage(context, state)),
        ("results", lambda: translate("RankingPages", "Ranking"), ResultsPage(context, state, exporter)),
        ("overview", lambda: translate("RankingPages", "Overview"), OverviewPage(context, exporter)),
        ("sensitivity", lambda: translate("RankingPages", "Sensitivity"), SensitivityPage(context, state, exporter)),
        ("montecarlo", lambda: translate("RankingPages", "Monte Carlo"), MonteCarloPage(context, state, exporter)),
    )
    for key, title, widget in pages:
        window.add_page(key, title, widget)
    exporter.result_source = pages[-1][2].current_result
    exporter.install_menu(window)

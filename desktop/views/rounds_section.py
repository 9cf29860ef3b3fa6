"""The group page's rounds section: consensus S* and dispersion per node and round, and which
experts moved (:class:`~desktop.models.rounds.RoundsModel`).

In round 1 it is one line saying how rounds start; from round 2 on it shows the table, read
from the result's :meth:`~mcdm.project.result.ProjectResult.rounds`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.models.rounds import RoundsModel

ROWS_SHOWN = 5  # the table's height in rows before it scrolls


class RoundsSection(QWidget):
    """Rounds of the open project; :meth:`refresh` reads them again."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rounds_section")
        self._ctx = context
        self.title = QLabel()  # one line: a wrapped label would ask for the height of several
        self.model = RoundsModel(context, self)
        self.table = QTableView(objectName="rounds_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self.summary = None

    def refresh(self) -> None:
        project, result = self._ctx.project, self._ctx.result
        if project is None or result is None or not project.rounds:
            self.summary = None
            self.model.show(None)
            self.table.setVisible(False)
            self.title.setText(self.tr("Rounds: round 1 in progress. Start round 2 on the Experts "
                                       "page to compare consensus round by round."))
            self._fit_height()
            return
        self.summary = result.rounds()
        self.model.show(self.summary)
        self.table.setVisible(True)
        # As tall as its rows (up to ROWS_SHOWN, then it scrolls) and no taller: the weights
        # and the heat map above keep the rest of the page.
        rows = min(self.model.rowCount(), ROWS_SHOWN)
        height = (self.table.horizontalHeader().sizeHint().height()
                  + rows * self.table.verticalHeader().defaultSectionSize()
                  + 2 * self.table.frameWidth() + 2)
        self.table.setFixedHeight(height)
        self.title.setText(self.tr(
            "Round by round (round %1 in progress): consensus S*, dispersion (1 = everyone "
            "agrees) and who changed answers; hover for details.").replace(
            "%1", str(project.current_round)))
        self._fit_height()

    def _fit_height(self) -> None:
        self.setMaximumHeight(16777215)  # QWIDGETSIZE_MAX: measure without the old bound
        self.setMaximumHeight(self.sizeHint().height())

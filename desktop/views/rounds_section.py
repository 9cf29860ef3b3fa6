"""The group page's rounds section: consensus S* and dispersion per node and round, and which
experts moved (:class:`~desktop.models.rounds.RoundsModel`).

In round 1 it is one line saying how rounds start; from round 2 on it shows the table, read
from :func:`mcdm.project.rounds.summarize_rounds`.
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
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.model = RoundsModel(context, self)
        self.table = QTableView(objectName="rounds_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
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
        project = self._ctx.project
        if project is None or not project.rounds:
            self.summary = None
            self.model.show(None)
            self.table.setVisible(False)
            self.title.setText(self.tr("Rounds: round 1 in progress. Start round 2 on the Experts "
                                       "page to compare consensus round by round."))
            return
        from mcdm.project.rounds import summarize_rounds

        self.summary = summarize_rounds(project)
        self.model.show(self.summary)
        self.table.setVisible(True)
        rows = min(self.model.rowCount(), ROWS_SHOWN)
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height()
                                    + rows * self.table.verticalHeader().defaultSectionSize() + 4)
        self.title.setText(self.tr(
            "Round by round (round %1 in progress): consensus S*, dispersion (1 = everyone "
            "agrees) and who changed answers; hover for details.").replace(
            "%1", str(project.current_round)))

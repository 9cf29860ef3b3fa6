"""The group view: the panel's weights beside each expert's, consensus, disagreement, and the
rounds (consensus and dispersion round by round, who moved)."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.charts.canvas import ChartView, drawing
from desktop.context import AppContext
from desktop.models import lookup
from desktop.models.heatmap import DisagreementModel
from desktop.models.weights import ConsensusModel, GlobalWeightsModel, NodeWeightsModel
from desktop.views.base import Page
from desktop.views.rounds_section import RoundsSection
from desktop.views.table_fit import fit_columns
from desktop.views.widgets import MissingBanner


def _table(model, widest: int = 125) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setDefaultSectionSize(110)
    view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)  # compact rows: every expert in view
    model.modelReset.connect(lambda: _fit_columns(view, widest))
    view.setSelectionBehavior(QTableView.SelectRows)
    return view


def _fit_columns(view: QTableView, widest: int = 125) -> None:
    """Fit columns to their contents but no wider than ``widest`` (long labels are elided and
    shown whole in the tooltip)."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        if header.sectionSize(column) > widest:
            header.resizeSection(column, widest)


class GroupPage(Page):
    """Page "Group weights"."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        self._ctx = context
        self.node_box = QComboBox()
        self.node_box.setMinimumWidth(200)
        self.l_node = QLabel()
        self.overall = QLabel()
        self.overall.setStyleSheet("font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(self.l_node)
        top.addWidget(self.node_box)
        top.addStretch(1)
        top.addWidget(self.overall)

        self.node_model = NodeWeightsModel(context, self)
        self.node_table = _table(self.node_model)
        self.node_table.setObjectName("node_weights")
        # The expert's name, then one column per criterion sharing the rest of the width
        # (names elided, whole in the tooltip): no sideways scrolling at 1280 × 720.
        fit_columns(self.node_table, tuple(range(1, 64)))
        # The criteria's names come on two lines (or short): Qt elides a header's text as if it
        # were one line, which would cut "体系融合、协 / 同发展" after its first line.
        self.node_table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.node_consensus = QLabel()
        self.missing = MissingBanner(context)
        self.chart = ChartView()
        self.chart.setObjectName("node_weights_chart")
        self.heat_model = DisagreementModel(context, self)
        self.heat = QTableView()
        self.heat.setModel(self.heat_model)
        self.heat.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.furthest = QLabel()
        self.furthest.setWordWrap(True)
        self.consensus_model = ConsensusModel(context, self)
        self.global_model = GlobalWeightsModel(context, self)
        self.tabs = QTabWidget()
        global_view = _table(self.global_model, 140)
        # The criterion's name takes the room; the weight needs only its digits.
        header = global_view.horizontalHeader()
        header.setStretchLastSection(False)
        # Resize modes belong to sections, which exist only once the model has columns.
        self.global_model.modelReset.connect(
            lambda: header.count() > 1 and header.setSectionResizeMode(1, QHeaderView.Stretch))
        self.global_view = global_view
        global_view.setObjectName("global_weights")
        self.tabs.addTab(global_view, "")
        self.tabs.addTab(_table(self.consensus_model, 140), "")

        node_box = QWidget()
        nl = QVBoxLayout(node_box)
        nl.setContentsMargins(0, 0, 0, 0)
        nl.addWidget(self.node_consensus)
        nl.addWidget(self.node_table)
        self.l_heat = QLabel()
        heat_box = QWidget()
        hl = QVBoxLayout(heat_box)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(self.l_heat)
        hl.addWidget(self.heat)
        hl.addWidget(self.furthest)
        upper = QSplitter()
        upper.addWidget(node_box)
        upper.addWidget(self.chart)
        upper.setSizes([610, 470])
        lower = QSplitter()
        lower.addWidget(heat_box)
        lower.addWidget(self.tabs)
        lower.setSizes([610, 470])
        body = self.body = QSplitter(Qt.Orientation.Vertical)
        self._rounds_height = -1
        body.addWidget(upper)
        body.addWidget(lower)
        # Below the weights: consensus and dispersion round by round (Delphi rounds).
        self.rounds = RoundsSection(context)
        body.addWidget(self.rounds)
        # The weights table (every expert and the group row) before the heat map, which is
        # small for a node of four or five items.
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setStretchFactor(2, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.missing)
        layout.addWidget(body, 1)
        self.node_box.currentIndexChanged.connect(lambda _i: self.refresh())
        context.projectChanged.connect(self._fill_nodes)
        self._fill_nodes()
        self.retranslate()

    @property
    def node_id(self) -> str | None:
        return self.node_box.currentData()

    def current_chart(self):
        return (self.chart, f"group_weights_{self.node_id}") if self.chart.has_figure() else None

    def _fill_nodes(self) -> None:
        project = self._ctx.project
        items = [(self._ctx.text(n.label), n.id) for n in project.internal_nodes()] if project \
            else []
        if [(self.node_box.itemText(i), self.node_box.itemData(i))
                for i in range(self.node_box.count())] == items:
            return
        current = self.node_box.currentData()
        self.node_box.blockSignals(True)
        self.node_box.clear()
        for text, data in items:
            self.node_box.addItem(text, data)
        self.node_box.setCurrentIndex(max(0, self.node_box.findData(current)))
        self.node_box.blockSignals(False)

    def retranslate(self) -> None:
        self.l_node.setText(self.tr("Weights under:"))
        self.l_heat.setText(self.tr("Disagreement per judgment (geometric standard deviation):"))
        self.tabs.setTabText(0, self.tr("Global weights"))
        self.tabs.setTabText(1, self.tr("Consensus per node"))
        self._fill_nodes()

    def _fit_rounds(self) -> None:
        """When the rounds section changes height (round 2 began, or was undone), give the
        weights and the heat map what it leaves, 3 : 2 — the splitter keeps its sizes
        otherwise, the user's drags included."""
        height = self.rounds.maximumHeight()
        if height == self._rounds_height or self.body.height() <= 0:
            return
        self._rounds_height = height
        rest = max(0, self.body.height() - height - 2 * self.body.handleWidth())
        self.body.setSizes([rest * 3 // 5, rest - rest * 3 // 5, height])

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._rounds_height = -1  # a new page height: share it out again
        self._fit_rounds()

    def refresh(self) -> None:
        self.rounds.refresh()
        self._fit_rounds()
        result, project = self._ctx.result, self._ctx.project
        self.node_model.show(self.node_id)
        self.consensus_model.show()
        self.global_model.show()
        self.heat_model.set_node(self.node_id)
        overall = lookup.overall_consensus(result)
        self.overall.setText(self.tr("Overall consensus S* = %1 (%2)").replace(
            "%1", f"{overall[0]:.2f}").replace("%2", lookup.consensus_word(overall[1],
                                                                            self._ctx.lang))
            if overall is not None else "")
        group = lookup.group_node(result, self.node_id) if self.node_id else None
        self.missing.show_problem(None if group is None else group.missing)
        if group is None:
            self.node_consensus.setText(self.tr("No group weights here."))
            self.furthest.setText("")
            self.chart.clear()
            return
        self.node_consensus.setText(self.tr("Consensus S* = %1 (%2) · group CR %3").replace(
            "%1", f"{group.consensus:.2f}").replace(
            "%2", lookup.consensus_word(group.consensus_word, self._ctx.lang)).replace(
            "%3", "—" if math.isnan(group.cr) else f"{group.cr:.3f}"))
        # The report's figure: the group's bars (first, dark) beside each named expert's.
        self.chart.show_figure(drawing("node_weights_figure", result, self.node_id),
                               self._ctx.lang)
        if group.furthest is not None:
            self.furthest.setText(self.tr("Furthest from the group: %1").replace(
                "%1", project.expert(group.furthest).name))
        else:
            self.furthest.setText("")

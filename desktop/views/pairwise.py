"""The pairwise comparison editor for one expert at one node of the tree.

Sliders (one per pair) and the matrix edit the same judgments; a value can also be typed into
a matrix cell (``5``, ``1/5``, ``0.2``), read and checked against the project's scale by the
engine (:mod:`mcdm.project.judgment_text`). The consistency badge, the bar chart of weights and
the diagnostics below the sliders (:mod:`desktop.views.pairwise_diagnostics`: suggestions,
intransitive triples, repair) all come from ``context.result``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.charts.canvas import ChartView, drawing
from desktop.context import AppContext
from desktop.messages import describe
from desktop.models import lookup
from desktop.models.matrix import JudgmentMatrixModel
from desktop.views.badge import ConsistencyBadge
from desktop.views.base import Page
from desktop.views.pair_slider import PairSlider
from desktop.views.pairwise_diagnostics import INLINE_REPAIR_MAX_N, Diagnostics  # noqa: F401
from mcdm.errors import MCDMError
from mcdm.project import edits

# The matrix's row names are elided beyond this width (whole in the tooltip).
ROW_NAME_WIDTH = 170


class PairwisePage(Page):
    """Page "Comparisons"."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        self._ctx = context
        self.expert_box = QComboBox()
        self.node_box = QComboBox()
        self.expert_box.setMinimumWidth(160)
        self.node_box.setMinimumWidth(200)
        self.node_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.badge = ConsistencyBadge()
        self.l_expert, self.l_node = QLabel(), QLabel()
        top = QHBoxLayout()
        for w in (self.l_expert, self.expert_box, self.l_node, self.node_box):
            top.addWidget(w)
        top.addStretch(1)

        self.sliders: list[PairSlider] = []
        self._pairs: list[tuple[str, str]] = []
        self._slider_box = QWidget()
        self._slider_layout = QVBoxLayout(self._slider_box)
        self._slider_layout.setContentsMargins(0, 0, 6, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._slider_box)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.matrix_model = JudgmentMatrixModel(context, self)
        self.matrix = QTableView(objectName="judgment_matrix")
        self.matrix.setModel(self.matrix_model)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.horizontalHeader().setMinimumSectionSize(34)
        rows = self.matrix.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMaximumWidth(ROW_NAME_WIDTH)
        rows.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matrix.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matrix.setToolTip(self.tr("Type a judgment into an upper cell: 5, 1/5 or 0.2"))
        self.chart = ChartView()
        self.chart.setObjectName("expert_weights_chart")
        self.diagnostics = Diagnostics(context)

        diagnostics = QScrollArea()  # long names wrap: the list scrolls, never clips
        diagnostics.setWidgetResizable(True)
        diagnostics.setWidget(self.diagnostics)
        diagnostics.setFrameShape(QFrame.Shape.NoFrame)
        diagnostics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(scroll)
        left.addWidget(diagnostics)
        left.setSizes([380, 240])
        right_top = QWidget()
        rl = QVBoxLayout(right_top)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.badge)
        rl.addWidget(self.matrix, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(right_top)
        right.addWidget(self.chart)
        right.setSizes([280, 340])
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 420])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.expert_box.currentIndexChanged.connect(lambda _i: self._target_changed())
        self.node_box.currentIndexChanged.connect(lambda _i: self._target_changed())
        context.projectChanged.connect(self._fill_boxes)
        self._fill_boxes()
        self.retranslate()

    # -- the diagnostics' parts, as tests and the window reach them ------------------------
    @property
    def repair_button(self):
        return self.diagnostics.repair_button

    @property
    def apply_buttons(self):
        return self.diagnostics.apply_buttons

    @property
    def triples(self):
        return self.diagnostics.triples

    @property
    def repair_task(self):
        return self.diagnostics.repair_task

    def repair_matrix(self):
        return self.diagnostics.repair_matrix()

    def offer_repair(self, plan) -> bool:
        return self.diagnostics.offer_repair(plan)

    def apply_suggestion(self, index: int = 0) -> bool:
        return self.diagnostics.apply_suggestion(index)

    # -- choosing expert and node ------------------------------------------------------------
    @property
    def expert_id(self) -> str | None:
        return self.expert_box.currentData()

    @property
    def node_id(self) -> str | None:
        return self.node_box.currentData()

    def set_target(self, expert_id: str, node_id: str) -> None:
        self.expert_box.setCurrentIndex(self.expert_box.findData(expert_id))
        self.node_box.setCurrentIndex(self.node_box.findData(node_id))

    def show_target(self, expert: str | None = None, node: str | None = None,
                    **_ignored) -> None:
        """Show ``expert``'s judgments at ``node`` (asked by a "go fix" button elsewhere)."""
        if expert and self.expert_box.findData(expert) >= 0:
            self.expert_box.setCurrentIndex(self.expert_box.findData(expert))
        if node and self.node_box.findData(node) >= 0:
            self.node_box.setCurrentIndex(self.node_box.findData(node))

    def _fill_boxes(self) -> None:
        project = self._ctx.project
        experts = [(e.name, e.id) for e in project.experts] if project else []
        nodes = [(self._ctx.text(n.label), n.id) for n in project.internal_nodes()] if project else []
        changed = False
        for box, items in ((self.expert_box, experts), (self.node_box, nodes)):
            if [(box.itemText(i), box.itemData(i)) for i in range(box.count())] == items:
                continue
            changed = True
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            for text, data in items:
                box.addItem(text, data)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)
        # A judgment edit leaves both lists as they were: the matrix model and this page
        # follow the result through their own connections, so nothing is rebuilt here.
        if changed or (self.matrix_model.expert_id, self.matrix_model.node_id) != (
                self.expert_id, self.node_id):
            self._target_changed()
        else:
            self._build_sliders()  # criteria may have been renamed or reordered

    def _target_changed(self) -> None:
        self.matrix_model.set_target(self.expert_id, self.node_id)
        self._build_sliders()
        self.mark_stale()

    def _build_sliders(self) -> None:
        project = self._ctx.project
        ids = project.node(self.node_id).child_ids() if project and self.node_id else ()
        pairs = [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]]
        labels = [(self._ctx.text(project.node(a).label), self._ctx.text(project.node(b).label))
                  for a, b in pairs]
        if pairs == self._pairs and self.sliders:
            for slider, (left, right) in zip(self.sliders, labels, strict=True):
                slider.set_labels(left, right)  # renamed criteria, another language
            return
        for slider in self.sliders:
            # hidden before it leaves the page: a slider holding the focus, unparented while
            # shown, would come back as a top-level window when the main window closes
            slider.hide()
            slider.setParent(None)
            slider.deleteLater()
        self.sliders, self._pairs = [], pairs
        while self._slider_layout.count():
            self._slider_layout.takeAt(0)
        for (a, b), (left, right) in zip(pairs, labels, strict=True):
            slider = PairSlider(left, right)
            slider.setObjectName(f"pair_{a}_{b}")
            slider.judgmentChanged.connect(
                lambda value, a=a, b=b, s=slider: self._judged(a, b, value, s))
            self._slider_layout.addWidget(slider)
            self.sliders.append(slider)
        self._slider_layout.addStretch(1)

    def slider_for(self, a: str, b: str) -> PairSlider:
        return self.sliders[self._pairs.index((a, b))]

    def _scale(self) -> tuple[float, ...]:
        """Index k (1..9) → the number verbal level k stands for on the project's scale."""
        return (0.0, *self._ctx.project.scale_values())

    # -- edits -------------------------------------------------------------------------------
    def _judged(self, a: str, b: str, value: float | None, slider: PairSlider) -> None:
        key = ("judgment", self.expert_id, self.node_id, a, b, slider.drag_serial)
        try:
            self._ctx.push(edits.SetJudgment(self.expert_id, self.node_id, a, b, value),
                           merge_key=key)
        except MCDMError as exc:
            self._ctx.notify(describe(exc, self._ctx.lang, self._ctx.project), error=True)

    # -- showing the result ------------------------------------------------------------------
    def refresh(self) -> None:
        project = self._ctx.project
        if project is None or self.expert_id is None or self.node_id is None:
            self.badge.show_nothing(self.tr("No comparisons here"))
            self.chart.clear()
            self.diagnostics.show_node(self.expert_id, self.node_id, None)
            return
        scale = self._scale()
        for (a, b), slider in zip(self._pairs, self.sliders, strict=True):
            slider.scale = scale
            slider.set_value(project.judgment(self.expert_id, self.node_id, a, b))
        node = lookup.expert_node(self._ctx.result, self.expert_id, self.node_id)
        if node is None:
            for slider in self.sliders:
                slider.set_flagged(False)
            self.badge.show_nothing(self.tr("Cannot compute weights: %1").replace(
                "%1", self._why_not_weighted(project)))
            self.chart.clear()
            self.diagnostics.show_node(self.expert_id, self.node_id, None)
            return
        flagged = {(s.a, s.b) for s in node.suggestions}
        for pair, slider in zip(self._pairs, self.sliders, strict=True):
            slider.set_flagged(pair in flagged)
        self.badge.show_consistency(node.consistency)
        # A slider move changes only the bars: the figure moves them in place (blitted).
        self.chart.show_figure(drawing("expert_weights_figure", self._ctx.result,
                                       self.expert_id, self.node_id), self._ctx.lang)
        self.diagnostics.show_node(self.expert_id, self.node_id, node)

    def _why_not_weighted(self, project) -> str:
        """The engine's reason this expert's matrix here has no weights, in the UI language."""
        from mcdm.messages import describe as reason

        result = self._ctx.result
        error = self._ctx.evaluation_error
        if result is not None:
            node = result.nodes.get(self.node_id)
            problem = node.excluded.get(self.expert_id) if node is not None else None
            if problem is not None:
                return reason(problem, self._ctx.lang, project)
        if error is not None:
            return describe(error, self._ctx.lang, project)
        return self.tr("judgments missing")

    def current_chart(self):
        return (self.chart, f"weights_{self.expert_id}_{self.node_id}") \
            if self.chart.has_figure() else None

    def retranslate(self) -> None:
        self.l_expert.setText(self.tr("Expert:"))
        self.l_node.setText(self.tr("Compare under:"))
        self.matrix.setToolTip(self.tr("Type a judgment into an upper cell: 5, 1/5 or 0.2"))
        for slider in self.sliders:
            slider.retranslate()
        self._fill_boxes()

"""The pairwise comparison editor for one expert at one node of the tree.

Sliders (one per pair) and the matrix edit the same judgments; the bar chart of weights, the
consistency badge, the most inconsistent judgments (with a one-click, undoable "apply
suggestion") and the intransitive triples all come from ``context.result``. A matrix that fails
the consistency check can be repaired whole: the engine's fewest-changes search
(:mod:`desktop.models.repair`) is shown for review and applied as one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.charts.weights import WeightsChart
from desktop.context import AppContext
from desktop.messages import describe, labeller
from desktop.models import lookup
from desktop.models.matrix import JudgmentMatrixModel, format_judgment
from desktop.views.badge import ConsistencyBadge
from desktop.views.base import Page
from desktop.views.pair_slider import PairSlider
from desktop.workers import Task
from mcdm.errors import MCDMError
from mcdm.project import edits

# The engine's repair costs about 9 µs per evaluation at n = 9 (≈ 0.1 s within its default
# budget): up to this size the page runs it inline; larger nodes go to a worker thread.
INLINE_REPAIR_MAX_N = 9

class PairwisePage(Page):
    """Page "Comparisons"."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        self._ctx = context
        self.expert_box = QComboBox()
        self.node_box = QComboBox()
        self.expert_box.setMinimumWidth(160)
        self.node_box.setMinimumWidth(200)
        self.badge = ConsistencyBadge()
        self.l_expert, self.l_node = QLabel(), QLabel()
        top = QHBoxLayout()
        for w in (self.l_expert, self.expert_box, self.l_node, self.node_box):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.badge)

        self.sliders: list[PairSlider] = []
        self._pairs: list[tuple[str, str]] = []
        self._slider_box = QWidget()
        self._slider_layout = QVBoxLayout(self._slider_box)
        self._slider_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._slider_box)
        scroll.setFrameShape(QFrame.NoFrame)

        self.matrix_model = JudgmentMatrixModel(context, self)
        self.matrix = QTableView()
        self.matrix.setModel(self.matrix_model)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.chart = WeightsChart()

        self.diag_title = QLabel()
        self.diag_box = QWidget()
        self.diag_layout = QGridLayout(self.diag_box)
        self.diag_layout.setContentsMargins(0, 0, 0, 0)
        self.triples = QLabel()
        self.triples.setWordWrap(True)
        self.apply_buttons: list[QPushButton] = []
        self.repair_button = QPushButton()
        self.repair_button.setObjectName("repair")
        self.repair_button.setVisible(False)
        self.repair_button.clicked.connect(lambda _c=False: self.repair_matrix())
        self.repair_task: Task | None = None

        diagnostics = QWidget()
        dl = QVBoxLayout(diagnostics)
        dl.setContentsMargins(0, 4, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.diag_title, 1)
        title_row.addWidget(self.repair_button)
        dl.addLayout(title_row)
        dl.addWidget(self.diag_box)
        dl.addWidget(self.triples)
        dl.addStretch(1)
        left = QSplitter(Qt.Vertical)
        left.addWidget(scroll)
        left.addWidget(diagnostics)
        left.setSizes([380, 240])
        right = QSplitter(Qt.Vertical)
        right.addWidget(self.matrix)
        right.addWidget(self.chart)
        right.setSizes([200, 420])
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([640, 560])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.expert_box.currentIndexChanged.connect(lambda _i: self._target_changed())
        self.node_box.currentIndexChanged.connect(lambda _i: self._target_changed())
        context.projectChanged.connect(self._fill_boxes)
        self._fill_boxes()
        self.retranslate()

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
        if pairs == self._pairs and self.sliders and all(
                (s.left.text(), s.right.text()) == lab for s, lab in zip(self.sliders, labels, strict=True)):
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
        name = self._ctx.project.settings.scale
        if name != self._scale_name:
            self._scale_values = (0.0, *self._ctx.project.scale_values())
            self._scale_name = name
        return self._scale_values

    _scale_name = ""
    _scale_values: tuple[float, ...] = ()

    # -- edits -------------------------------------------------------------------------------
    def _judged(self, a: str, b: str, value: float | None, slider: PairSlider) -> None:
        key = ("judgment", self.expert_id, self.node_id, a, b, slider.drag_serial)
        try:
            self._ctx.push(edits.SetJudgment(self.expert_id, self.node_id, a, b, value),
                           self.tr("Edit judgment"), merge_key=key)
        except MCDMError as exc:
            self._ctx.interaction.error(self, self.tr("Cannot change the judgment"), describe(exc))

    def apply_suggestion(self, index: int = 0) -> bool:
        """Apply the ``index``-th suggested judgment (one undo step)."""
        node = lookup.expert_node(self._ctx.result, self.expert_id, self.node_id)
        if node is None or index >= len(node.suggestions):
            return False
        s = node.suggestions[index]
        self._ctx.push(edits.SetJudgment(self.expert_id, self.node_id, s.a, s.b, s.suggested),
                       self.tr("Apply suggestion"))
        return True

    # -- repairing the whole matrix ------------------------------------------------------------
    def _repair_title(self) -> str:
        threshold = self._ctx.project.settings.cr_threshold if self._ctx.project else 0.1
        return self.tr("Repair to CR ≤ %1").replace("%1", f"{threshold:g}")

    def repair_matrix(self) -> Task | None:
        """Search the fewest judgment changes that pass the check, show them, apply on accept.

        Small matrices are searched inline (well under 0.2 s); larger ones in a worker thread,
        whose :class:`~desktop.workers.Task` is returned.
        """
        project, expert_id, node_id = self._ctx.project, self.expert_id, self.node_id
        if self.repair_task is not None or project is None or expert_id is None \
                or node_id is None:
            return self.repair_task

        result = self._ctx.result

        def job(progress):
            return result.repair_plan(expert_id, node_id, progress)

        if len(project.node(node_id).children) <= INLINE_REPAIR_MAX_N:
            try:
                self.offer_repair(job(None))
            except MCDMError as exc:
                self._ctx.interaction.error(self, self._repair_title(), describe(exc))
            return None
        self.repair_task = Task(job, self)
        self.repair_task.succeeded.connect(self.offer_repair)
        self.repair_task.failed.connect(
            lambda exc: self._ctx.interaction.error(self, self._repair_title(), describe(exc)))
        self.repair_task.finished.connect(self._repair_ended)
        self.repair_button.setEnabled(False)
        self.repair_button.setText(self.tr("Searching…"))
        self.repair_task.start()
        return self.repair_task

    def _repair_ended(self) -> None:
        self.repair_task = None
        self.repair_button.setEnabled(True)
        self.repair_button.setText(self._repair_title() + "…")

    def offer_repair(self, plan) -> bool:
        """Show the proposed changes; on accept apply them all as one undo step."""
        title = self._repair_title()
        ask = self._ctx.interaction
        project = self._ctx.project
        if plan.project is not project:
            ask.information(self, title, self.tr(
                "The judgments changed during the search: please repair again."))
            return False
        if not plan.rows:
            ask.information(self, title, self.tr("No change of the judgments was found."))
            return False
        lines = [self.tr("%1 vs %2:\n%3 → %4 (CR then %5)")
                 .replace("%1", self._ctx.text(project.node(r.a).label))
                 .replace("%2", self._ctx.text(project.node(r.b).label))
                 .replace("%3", format_judgment(r.value))
                 .replace("%4", format_judgment(r.proposed))
                 .replace("%5", f"{r.cr_then:.3f}")
                 + (self.tr(" — turns the preference round") if r.reverses else "")
                 for r in plan.rows]
        text = self.tr("Changing the judgments below brings CR from %1 to %2 (threshold %3).") \
            .replace("%1", f"{plan.cr_before:.3f}").replace("%2", f"{plan.cr_after:.3f}") \
            .replace("%3", f"{plan.threshold:g}")
        if plan.budget_exhausted:
            text += " " + self.tr("This is the best found within the search budget; fewer "
                                  "changes may exist.")
        if not plan.reached:
            text += " " + self.tr("The matrix would still fail the consistency check.")
        if not ask.review_problems(self, title, text, lines, True):
            return False
        self._ctx.push(plan.edit(title), self.tr("Repair judgments"))
        return True

    # -- showing the result ------------------------------------------------------------------
    def refresh(self) -> None:
        project = self._ctx.project
        if project is None or self.expert_id is None or self.node_id is None:
            self.badge.show_nothing(self.tr("No comparisons here"))
            self.repair_button.setVisible(False)
            self.chart.set_data([], [])
            self._show_suggestions(None)
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
            self.chart.set_data([], [])
            self._show_suggestions(None)
            self.repair_button.setVisible(False)
            return
        flagged = {(s.a, s.b) for s in node.suggestions}
        for pair, slider in zip(self._pairs, self.sliders, strict=True):
            slider.set_flagged(pair in flagged)
        c = node.consistency
        self.badge.show_consistency(c, self.tr("passes") if c.cr_passes else self.tr("fails"))
        labels = [self._ctx.text(project.node(c).label) for c in node.ids]
        self.chart.set_data(labels, [(self.expert_box.currentText(), node.weights)])
        self.chart.set_title(self.tr("Weights"))
        self._show_suggestions(node)
        self.repair_button.setVisible(not c.cr_passes and len(node.ids) >= 3)
        if self.repair_task is None:
            self.repair_button.setText(self._repair_title() + "…")

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
            return describe(error, labeller(project, self._ctx.lang))
        return self.tr("judgments missing")

    def _show_suggestions(self, node) -> None:
        while self.diag_layout.count():
            item = self.diag_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.apply_buttons = []
        project = self._ctx.project
        if node is None or not node.suggestions:
            self.diag_title.setText(self.tr("No inconsistent judgments to review.")
                                    if node is not None else "")
        else:
            self.diag_title.setText(self.tr("Most inconsistent judgments:"))
        for row, s in enumerate(node.suggestions if node is not None else ()):
            a = self._ctx.text(project.node(s.a).label)
            b = self._ctx.text(project.node(s.b).label)
            text = self.tr("%1 vs %2: %3 → suggested %4 (CR then %5)").replace("%1", a) \
                .replace("%2", b).replace("%3", format_judgment(s.value)) \
                .replace("%4", format_judgment(s.suggested)).replace("%5", f"{s.cr_after:.3f}")
            label = QLabel(text)
            label.setWordWrap(True)
            button = QPushButton(self.tr("Apply"))
            button.setObjectName(f"apply_{row}")
            button.setSizePolicy(QSizePolicy.Maximum, QSizePolicy.Fixed)
            button.clicked.connect(lambda _c=False, r=row: self.apply_suggestion(r))
            self.diag_layout.addWidget(label, row, 0)
            self.diag_layout.addWidget(button, row, 1)
            self.diag_layout.setColumnStretch(0, 1)
            self.apply_buttons.append(button)
        if node is not None and node.triples:
            names = ["{} > {} > {} > {}".format(*(self._ctx.text(project.node(x).label)
                                                  for x in (t[0], t[1], t[2], t[0])))
                     for t in node.triples]
            self.triples.setText(self.tr("Intransitive judgments: %1").replace(
                "%1", "\n" + "\n".join(names)))
            self.triples.setStyleSheet("color: #c62828;")
        else:
            self.triples.setText("")

    def retranslate(self) -> None:
        self.l_expert.setText(self.tr("Expert:"))
        self.l_node.setText(self.tr("Compare under:"))
        for slider in self.sliders:
            slider.retranslate()
        self._fill_boxes()

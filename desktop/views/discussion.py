"""The discussion view for the room: one pair at a time, most disputed first, in large type.

For a facilitator at a projector: the pair's two items, each expert's current answer as a
numbered disc on the 9 … 1 … 9 scale, the group's aggregate (a diamond) and the spread, with the
consensus S* of the node and of the whole tree. ←/→ or Page Up/Page Down step through the pairs
in the engine's order (:meth:`ProjectResult.discussion`, largest spread first); an expert who
changes their mind gets the new answer entered here as one undo step, and S* moves at once
(the value it had when the pair came up stays beside it). F11 puts the window full screen.

The order is kept while the panel talks (a revised pair does not jump away); "Sort again"
takes the engine's order afresh.
"""

from __future__ import annotations

import math
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.models import lookup
from desktop.models.lookup import consensus_word
from desktop.views.base import Page
from desktop.views.pair_slider import SAATY, position_to_value
from desktop.views.scale_view import PALETTE, Legend, ScaleView, answer_words, nearest_words
from mcdm.project import edits

ALL = "__all__"


def _big(widget: QWidget, factor: float, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * factor)
    font.setBold(bold)
    widget.setFont(font)


class DiscussionPage(Page):
    """Page "Discussion"."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        self.node_box = QComboBox(objectName="discussion_node")
        self.node_box.currentIndexChanged.connect(lambda _i: self._restart())
        self.position = QLabel(objectName="discussion_position")
        self.prev_button = QPushButton(objectName="discussion_prev")
        self.next_button = QPushButton(objectName="discussion_next")
        self.sort_button = QPushButton(objectName="discussion_sort")
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(+1))
        self.sort_button.clicked.connect(lambda: self._restart())
        self.full_button = QToolButton(objectName="discussion_full_screen")
        self.full_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.l_node = QLabel()
        top = QHBoxLayout()
        for w in (self.l_node, self.node_box, self.position):
            top.addWidget(w)
        top.addStretch(1)
        for w in (self.prev_button, self.next_button, self.sort_button, self.full_button):
            top.addWidget(w)

        self.left, self.versus, self.right = QLabel(), QLabel(), QLabel()
        # Each item above its own end of the scale: the left one is preferred to the left.
        for label, align in ((self.left, Qt.AlignmentFlag.AlignLeft),
                             (self.versus, Qt.AlignmentFlag.AlignCenter),
                             (self.right, Qt.AlignmentFlag.AlignRight)):
            label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
            label.setWordWrap(True)
            _big(label, 2.0, bold=label is not self.versus)
        self.left.setObjectName("discussion_left")
        self.right.setObjectName("discussion_right")
        items = QHBoxLayout()
        items.addWidget(self.left, 1)
        items.addWidget(self.versus)
        items.addWidget(self.right, 1)
        self.scale_view = ScaleView()
        self.spread = QLabel(objectName="discussion_spread")
        self.group = QLabel(objectName="discussion_group")
        self.node_consensus = QLabel(objectName="discussion_consensus")
        self.overall = QLabel(objectName="discussion_overall")
        facts = QGridLayout()
        for k, label in enumerate((self.group, self.spread, self.node_consensus, self.overall)):
            _big(label, 1.3)
            label.setWordWrap(True)
            facts.addWidget(label, k // 2, k % 2)
        self.legend = Legend(lambda label: _big(label, 1.15))

        self.l_revise = QLabel()
        self.expert_box = QComboBox(objectName="discussion_expert")
        self.expert_box.currentIndexChanged.connect(lambda _i: self._show_expert_answer())
        self.value_box = QComboBox(objectName="discussion_value")
        self.apply_button = QPushButton(objectName="discussion_apply")
        self.apply_button.clicked.connect(lambda: self.revise())
        revise = QHBoxLayout()
        for w in (self.l_revise, self.expert_box, self.value_box, self.apply_button):
            revise.addWidget(w)
        revise.addStretch(1)
        self.empty = QLabel(objectName="discussion_empty")
        self.empty.setWordWrap(True)
        _big(self.empty, 1.3)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addSpacing(6)
        layout.addLayout(items)
        layout.addWidget(self.scale_view, 1)
        layout.addWidget(self.legend)
        layout.addLayout(facts)
        layout.addLayout(revise)

        for keys, step in (((Qt.Key.Key_Right, Qt.Key.Key_PageDown), +1),
                           ((Qt.Key.Key_Left, Qt.Key.Key_PageUp), -1)):
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, s=step: self.step(s))
            self.addAction(action)
        self.order: list[tuple[str, str, str]] = []  # pair keys, in the order being discussed
        self.index = 0
        self._came_up: dict[tuple[str, str, str], float] = {}  # S* when a pair came up
        self.retranslate()

    def set_full_screen_action(self, action: QAction) -> None:
        self.full_button.setDefaultAction(action)

    # -- the pairs ---------------------------------------------------------------------------
    def _pairs(self):
        result = self.context.result
        if result is None:
            return {}
        node = self.node_box.currentData()
        return {p.key: p for p in result.discussion() if node in (None, ALL, p.node_id)}

    def _restart(self) -> None:
        """Take the engine's order afresh (most disputed first) and start at the top."""
        self.order = list(self._pairs())
        self.index = 0
        self._came_up.clear()
        self.mark_stale()

    def step(self, delta: int) -> None:
        """Show the next (+1) or previous (-1) pair."""
        if self.order:
            self.index = max(0, min(len(self.order) - 1, self.index + delta))
            self.mark_stale()

    def current(self):
        pairs = self._pairs()
        if not self.order or not 0 <= self.index < len(self.order):
            return None
        return pairs.get(self.order[self.index])

    def show_target(self, node: str | None = None, **_ignored) -> None:
        k = self.node_box.findData(node) if node else -1
        if k >= 0:
            self.node_box.setCurrentIndex(k)

    # -- revising an answer ------------------------------------------------------------------
    def revise(self, expert_id: str | None = None, value: float | None | str = "box") -> bool:
        """Enter ``expert_id``'s new answer to the current pair (default: the boxes'), as one
        undo step."""
        pair = self.current()
        expert_id = expert_id or self.expert_box.currentData()
        if value == "box":
            value = self.value_box.currentData()
        if pair is None or expert_id is None:
            return False
        name = self.context.project.expert(expert_id).name
        try:
            self.context.push(edits.SetJudgment(expert_id, pair.node_id, pair.a, pair.b,
                                                value),
                              lambda: self.tr("Revise in discussion: %1").replace("%1", name))
        except ValueError as exc:
            from mcdm.messages import describe

            self.context.notify(describe(exc, self.context.lang, self.context.project),
                                error=True)
            return False
        return True

    def _show_expert_answer(self) -> None:
        pair = self.current()
        expert = self.expert_box.currentData()
        if pair is None or expert is None:
            return
        value = dict(pair.answers).get(expert)
        k = self.value_box.findData(value) if value is not None else 0
        if value is not None and k < 0:  # an answer between scale values: the nearest
            k = min(range(1, self.value_box.count()), key=lambda i: abs(
                math.log(self.value_box.itemData(i)) - math.log(value)))
        self.value_box.setCurrentIndex(max(0, k))

    # -- text and refresh --------------------------------------------------------------------
    def retranslate(self) -> None:
        self.l_node.setText(self.tr("Pairs under:"))
        self.prev_button.setText(self.tr("◀ Previous"))
        self.next_button.setText(self.tr("Next ▶"))
        self.sort_button.setText(self.tr("Sort again"))
        self.sort_button.setToolTip(self.tr("Order the pairs by disagreement again, largest "
                                            "first, and start from the top."))
        self.versus.setText(self.tr("vs"))
        self.l_revise.setText(self.tr("Revised answer:"))
        self.apply_button.setText(self.tr("Enter"))
        self.empty.setText(self.tr("No pair to discuss: the experts' answers come in on the "
                                   "Experts page (import the questionnaires)."))

    def _fill_boxes(self) -> None:
        project = self.context.project
        nodes = [(self.tr("All criteria"), ALL)] + (
            [(self.context.text(n.label), n.id) for n in project.internal_nodes()]
            if project is not None else [])
        experts = [(e.name, e.id) for e in project.experts] if project is not None else []
        for box, items in ((self.node_box, nodes), (self.expert_box, experts)):
            if [(box.itemText(i), box.itemData(i)) for i in range(box.count())] != items:
                keep = box.currentData()
                box.blockSignals(True)
                box.clear()
                for text, data in items:
                    box.addItem(text, data)
                box.setCurrentIndex(max(0, box.findData(keep)))
                box.blockSignals(False)
        scale = tuple(project.scale_values()) if project is not None else SAATY[1:]
        values = [(self.tr("— no answer"), None)] + [
            (answer_words(self._scale_of(), position_to_value(p, (0.0, *scale))),
             position_to_value(p, (0.0, *scale))) for p in range(-8, 9)]
        if [self.value_box.itemData(i) for i in range(self.value_box.count())] != [
                v for _t, v in values] or self.value_box.itemText(0) != values[0][0]:
            self.value_box.clear()
            for text, value in values:
                self.value_box.addItem(text, value)

    def _scale_of(self) -> tuple[float, ...]:
        project = self.context.project
        return (0.0, *project.scale_values()) if project is not None else SAATY

    def refresh(self) -> None:
        self._fill_boxes()
        pairs = self._pairs()
        if set(self.order) != set(pairs):  # the tree or the node changed: the order is new
            self.order, self.index = list(pairs), 0
        pair = self.current()
        shown = pair is not None and pair.answered > 0
        self.empty.setVisible(not shown)
        for w in (self.left, self.versus, self.right, self.scale_view, self.legend):
            w.setVisible(shown)
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.order) - 1)
        if pair is None:
            self.position.setText("")
            for label in (self.group, self.spread, self.node_consensus, self.overall):
                label.setText("")
            return
        self._show_pair(pair)

    def _show_pair(self, pair) -> None:
        project, lang = self.context.project, self.context.lang
        result = self.context.result
        name = self.context.text
        self.position.setText(self.tr("Pair %1 of %2 · most disputed first · under %3")
                              .replace("%1", str(self.index + 1))
                              .replace("%2", str(len(self.order)))
                              .replace("%3", name(project.node(pair.node_id).label)))
        self.left.setText(name(project.node(pair.a).label))
        self.right.setText(name(project.node(pair.b).label))
        experts = project.expert_ids()
        numbered = [(experts.index(e) + 1, v) for e, v in pair.answers]
        current = self.expert_box.currentData()
        highlight = experts.index(current) + 1 if current in experts else None
        self.scale_view.set_answers(numbered, pair.aggregate, (0.0, *project.scale_values()),
                                    highlight)
        entries = []
        for (e, v), (number, _v) in zip(pair.answers, numbered, strict=True):
            colour = PALETTE[(number - 1) % len(PALETTE)]
            answer = answer_words(self._scale_of(), v) if v is not None else self.tr("no answer")
            entries.append(f"<span style='color:{colour}'>●</span> <b>{number}</b> "
                           f"{escape(project.expert(e).name)}: {escape(answer)}")
        entries.append("◆ " + escape(self.tr("group")))
        self.legend.show_entries(entries)
        self.group.setText(self.tr("Group: %1").replace("%1", nearest_words(self._scale_of(), pair.aggregate)))
        self.spread.setText(self.tr("Spread (geometric SD): %1").replace(
            "%1", "—" if math.isnan(pair.spread) else f"{pair.spread:.2f}"))
        came_up = self._came_up.setdefault(pair.key, pair.consensus)
        text = self.tr("S* under %1: %2").replace("%1", name(project.node(pair.node_id).label))
        group = lookup.group_node(result, pair.node_id)
        number = "—" if math.isnan(pair.consensus) else f"{pair.consensus:.2f}"
        now = number
        if group is not None and not math.isnan(pair.consensus):
            now += " " + self.tr("(%1)").replace(
                "%1", consensus_word(group.consensus_word, lang))
        if not math.isnan(came_up) and f"{came_up:.2f}" != number:
            now += " " + self.tr("(was %1)").replace("%1", f"{came_up:.2f}")
        self.node_consensus.setText(text.replace("%2", now))
        self.overall.setText(self.tr("Overall S*: %1 (%2)").replace(
            "%1", "—" if math.isnan(result.consensus) else f"{result.consensus:.2f}").replace(
            "%2", consensus_word(result.consensus_word, lang)))
        self._show_expert_answer()

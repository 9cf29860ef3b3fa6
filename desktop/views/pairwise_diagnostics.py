"""Below the sliders: what makes one expert's matrix inconsistent, and how to fix it.

The engine's suggestions (:meth:`ProjectResult.suggestions`: each offered only if it lowers CR,
so applying them one after another never goes round in circles) each with an "Apply" button —
one undo step, and the text says when it turns the preference round; the intransitive triples;
and "Repair to CR ≤ 0.1…", the engine's fewest-changes search, shown for review and applied as
one undo step (inline for small matrices, in a worker thread for large ones).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.messages import describe
from desktop.workers import Task
from mcdm.errors import MCDMError
from mcdm.project import edits
from mcdm.project.judgment_text import format_judgment

# The engine's repair costs about 9 µs per evaluation at n = 9 (≈ 0.1 s within its default
# budget): up to this size the page runs it inline; larger nodes go to a worker thread.
INLINE_REPAIR_MAX_N = 9
REVERSED = "#b00020"


class Diagnostics(QWidget):
    """Suggestions, intransitive triples and the repair button for (expert, node)."""

    applied = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = context
        self.expert_id: str | None = None
        self.node_id: str | None = None
        self.title = QLabel()
        self.box = QWidget()
        self.grid = QGridLayout(self.box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 1)
        self.triples = QLabel()
        self.triples.setWordWrap(True)
        self.triples.setStyleSheet("color: #c62828;")
        self._rows: list[tuple[QLabel, QPushButton]] = []
        self.apply_buttons: list[QPushButton] = []
        self.repair_button = QPushButton(objectName="repair")
        self.repair_button.setVisible(False)
        self.repair_button.clicked.connect(lambda _c=False: self.repair_matrix())
        self.repair_task: Task | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        row.addWidget(self.repair_button)
        layout.addLayout(row)
        layout.addWidget(self.box)
        layout.addWidget(self.triples)
        layout.addStretch(1)

    # -- showing -----------------------------------------------------------------------------
    def show_node(self, expert_id, node_id, node) -> None:
        """Show the diagnosis of ``node`` (a lookup.ExpertNode, or None: nothing to show)."""
        self.expert_id, self.node_id = expert_id, node_id
        project = self._ctx.project
        suggestions = node.suggestions if node is not None else ()
        if node is None or not suggestions:
            self.title.setText(self.tr("No inconsistent judgments to review.")
                               if node is not None else "")
        else:
            self.title.setText(self.tr("Most inconsistent judgments:"))
        name = (lambda x: self._ctx.text(project.node(x).label)) if project is not None else str
        # Rows are kept and re-filled (a slider move re-shows them): new widgets on every move
        # would be polished and laid out anew each time.
        while len(self._rows) < len(suggestions):
            self._add_row(len(self._rows))
        for row, (label, button) in enumerate(self._rows):
            shown = row < len(suggestions)
            label.setVisible(shown)
            button.setVisible(shown)
            if not shown:
                continue
            s = suggestions[row]
            text = self.tr("%1 vs %2: %3 → suggested %4 (CR then %5)").replace(
                "%1", name(s.a)).replace("%2", name(s.b)).replace(
                "%3", format_judgment(s.value)).replace(
                "%4", format_judgment(s.suggested)).replace("%5", f"{s.cr_after:.3f}")
            if s.reverses:
                turn = self.tr("turns the preference round")
                label.setText(f"{escape(text)} — <span style='color:{REVERSED}'><b>"
                              f"{escape(turn)}</b></span>")
                preferred = name(s.a) if s.suggested > 1 else name(s.b)
                label.setToolTip(self.tr("After this change %1 is the more important.")
                                 .replace("%1", preferred))
            else:
                label.setText(text)
                label.setToolTip("")
            button.setText(self.tr("Apply"))
        self.apply_buttons = [button for _label, button in self._rows[:len(suggestions)]]
        self._suggestions = tuple(node.suggestions) if node is not None else ()
        if node is not None and node.triples:
            names = ["{} > {} > {} > {}".format(*(name(x) for x in (t[0], t[1], t[2], t[0])))
                     for t in node.triples]
            self.triples.setText(self.tr("Intransitive judgments: %1").replace(
                "%1", "\n" + "\n".join(names)))
        else:
            self.triples.setText("")
        c = node.consistency if node is not None else None
        self.repair_button.setVisible(c is not None and not c.cr_passes and len(node.ids) >= 3)
        if self.repair_task is None:
            self.repair_button.setText(self.repair_title() + "…")

    _suggestions: tuple = ()

    def _add_row(self, row: int) -> None:
        label = QLabel()
        label.setWordWrap(True)
        button = QPushButton(objectName=f"apply_{row}")
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda _c=False, r=row: self.apply_suggestion(r))
        self.grid.addWidget(label, row, 0)
        self.grid.addWidget(button, row, 1)
        self._rows.append((label, button))

    def apply_suggestion(self, index: int = 0) -> bool:
        """Apply the ``index``-th suggested judgment (one undo step)."""
        if index >= len(self._suggestions):
            return False
        s = self._suggestions[index]
        edit = edits.SetJudgment(self.expert_id, self.node_id, s.a, s.b, s.suggested)
        from desktop.undo_text import edit_text

        what = edit_text(edit, self._ctx)
        self._ctx.push(edit, lambda: self.tr("Apply suggestion — %1").replace("%1", what()))
        self.applied.emit()
        return True

    # -- repairing the whole matrix ----------------------------------------------------------
    def repair_title(self) -> str:
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
                self._ctx.interaction.error(self, self.repair_title(),
                                            describe(exc, self._ctx.lang, self._ctx.project))
            return None
        self.repair_task = Task(job, self)
        self.repair_task.succeeded.connect(self.offer_repair)
        self.repair_task.failed.connect(
            lambda exc: self._ctx.interaction.error(
                self, self.repair_title(), describe(exc, self._ctx.lang, self._ctx.project)))
        self.repair_task.finished.connect(self._repair_ended)
        self.repair_button.setEnabled(False)
        self.repair_button.setText(self.tr("Searching…"))
        self.repair_task.start()
        return self.repair_task

    def _repair_ended(self) -> None:
        self.repair_task = None
        self.repair_button.setEnabled(True)
        self.repair_button.setText(self.repair_title() + "…")

    def offer_repair(self, plan) -> bool:
        """Show the proposed changes; on accept apply them all as one undo step."""
        title = self.repair_title()
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
        expert = project.expert(plan.expert_id).name
        node = self._ctx.text(project.node(plan.node_id).label)
        count = len(plan.rows)
        self._ctx.push(plan.edit(title), lambda: self.tr("Repair judgments: %1, %2 (%3 changes)")
                       .replace("%1", expert).replace("%2", node).replace("%3", str(count)))
        return True

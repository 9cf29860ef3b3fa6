"""One expert's judgment matrix at one node as a table model.

The upper triangle is editable (a number such as ``3``, ``0.5`` or ``1/3``, read by the engine
on the project's scale; empty clears the judgment); the lower triangle shows the reciprocals;
blank means missing. Text that is not a judgment on the scale is refused with the engine's
reason in the window's message place, and nothing changes. Cells named in the diagnostics are
highlighted with the suggested value in their tooltip.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from desktop.context import AppContext
from desktop.models import lookup
from desktop.models.node_matrix import Index, NodeMatrixModel
from mcdm.errors import MCDMError
from mcdm.project import edits
from mcdm.project.judgment_text import format_judgment, parse_judgment

HIGHLIGHT = QColor("#ffd54f")
LOWER = QColor("#f1f1f1")
HIGHLIGHT_BRUSH, LOWER_BRUSH = QBrush(HIGHLIGHT), QBrush(LOWER)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)


class JudgmentMatrixModel(NodeMatrixModel):
    """The matrix of ``expert_id`` at ``node_id`` (set with :meth:`set_target`)."""

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(context, parent)
        self.expert_id: str | None = None
        self.node_id: str | None = None
        self._matrix = None
        self._texts: list[list[str]] = []
        self._flagged: dict[tuple[int, int], Any] = {}
        context.projectChanged.connect(self.refresh)
        context.languageChanged.connect(lambda _l: self.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, max(0, len(self._ids) - 1)))

    def set_target(self, expert_id: str | None, node_id: str | None) -> None:
        self.expert_id, self.node_id = expert_id, node_id
        self.refresh()

    def refresh(self) -> None:
        project = self._ctx.project
        ok = (project is not None and self.expert_id in (project.expert_ids() if project else ())
              and self.node_id is not None and project.has_node(self.node_id))
        ids = project.node(self.node_id).child_ids() if ok else ()
        if ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self._load(ok)
            self.endResetModel()
        else:
            before, flagged = self._matrix, self._flagged
            self._load(ok)
            self._cells_changed(before, flagged)

    def _cells_changed(self, before, flagged) -> None:
        # Only the cells that differ: a slider move changes a pair and perhaps the highlights,
        # and the view re-reads every role of every cell it is told about.
        n = len(self._ids)
        if not n:
            return
        after = self._matrix
        if before is None or after is None or before.shape != after.shape:
            self.dataChanged.emit(self.index(0, 0), self.index(n - 1, n - 1))
            return
        changed = ~((before == after) | (np.isnan(before) & np.isnan(after)))
        for i, j in {*flagged, *self._flagged}:
            if flagged.get((i, j)) != self._flagged.get((i, j)):
                changed[i, j] = changed[j, i] = True
        rows, cols = np.nonzero(changed)
        if rows.size:  # one signal for the block that holds them (each one re-measures rows)
            self.dataChanged.emit(self.index(int(rows.min()), int(cols.min())),
                                  self.index(int(rows.max()), int(cols.max())))

    def _load(self, ok: bool) -> None:
        project = self._ctx.project
        self._matrix = project.judgment_matrix(self.expert_id, self.node_id) if ok else None
        self._flagged = {}
        node = lookup.expert_node(self._ctx.result, self.expert_id, self.node_id) if ok else None
        if node is not None:
            index = {c: i for i, c in enumerate(self._ids)}
            for s in node.suggestions:
                self._flagged[(index[s.a], index[s.b])] = s
        # The cells' texts once per edit: a view asks for every role of every cell each time
        # it measures its rows.
        self._texts = ([[format_judgment(float(v)) for v in row] for row in self._matrix]
                       if self._matrix is not None else [])

    def flags(self, index: Index) -> Qt.ItemFlags:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() > index.row() else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._matrix is None:
            return None
        i, j = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._texts[i][j]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTRE
        if role not in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            return None
        flagged = self._flagged.get((i, j)) or self._flagged.get((j, i))
        if role == Qt.ItemDataRole.BackgroundRole:
            if flagged is not None and i != j:
                return HIGHLIGHT_BRUSH
            if i >= j:
                return LOWER_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and flagged is not None and i != j:
            suggested = flagged.suggested if (i, j) in self._flagged else 1.0 / flagged.suggested
            return self.tr("Inconsistent: suggested value %1").replace(
                "%1", format_judgment(suggested))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        from mcdm.messages import describe as sentence

        project = self._ctx.project
        a, b = self._ids[index.row()], self._ids[index.column()]
        try:
            number = parse_judgment("" if value is None else str(value), project.settings.scale,
                                    field=f"{a}/{b}")
            self._ctx.push(edits.SetJudgment(self.expert_id, self.node_id, a, b, number))
        except MCDMError as exc:
            where = self.tr("%1 vs %2: ").replace("%1", sentence_label(project, a, self._ctx)) \
                .replace("%2", sentence_label(project, b, self._ctx))
            self._ctx.notify(where + sentence(exc, self._ctx.lang, project), error=True)
            return False
        return True


def sentence_label(project, node_id: str, context: AppContext) -> str:
    return context.text(project.node(node_id).label)

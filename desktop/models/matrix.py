"""One expert's judgment matrix at one node as a table model.

The upper triangle is editable (a number such as ``3``, ``0.5`` or ``1/3``, read by the engine
on the project's scale; empty clears the judgment); the lower triangle shows the reciprocals;
blank means missing. Text that is not a judgment on the scale is refused with the engine's
reason in the window's message place, and nothing changes. Cells named in the diagnostics are
highlighted with the suggested value in their tooltip.
"""

from __future__ import annotations

from typing import Any

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


class JudgmentMatrixModel(NodeMatrixModel):
    """The matrix of ``expert_id`` at ``node_id`` (set with :meth:`set_target`)."""

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(context, parent)
        self.expert_id: str | None = None
        self.node_id: str | None = None
        self._matrix = None
        self._flagged: dict[tuple[int, int], Any] = {}
        context.projectChanged.connect(self.refresh)
        context.languageChanged.connect(lambda _l: self.headerDataChanged.emit(
            Qt.Horizontal, 0, max(0, len(self._ids) - 1)))

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
            self._load(ok)
            if ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(ids) - 1))

    def _load(self, ok: bool) -> None:
        project = self._ctx.project
        self._matrix = project.judgment_matrix(self.expert_id, self.node_id) if ok else None
        self._flagged = {}
        node = lookup.expert_node(self._ctx.result, self.expert_id, self.node_id) if ok else None
        if node is not None:
            index = {c: i for i, c in enumerate(self._ids)}
            for s in node.suggestions:
                self._flagged[(index[s.a], index[s.b])] = s

    def flags(self, index: Index) -> Qt.ItemFlags:
        if not index.isValid():
            return Qt.NoItemFlags
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        return flags | Qt.ItemIsEditable if index.column() > index.row() else flags

    def data(self, index: Index, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid() or self._matrix is None:
            return None
        i, j = index.row(), index.column()
        value = float(self._matrix[i, j])
        if role in (Qt.DisplayRole, Qt.EditRole):
            return format_judgment(value)
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignCenter)
        flagged = self._flagged.get((i, j)) or self._flagged.get((j, i))
        if role == Qt.BackgroundRole:
            if flagged is not None and i != j:
                return QBrush(HIGHLIGHT)
            if i >= j:
                return QBrush(LOWER)
        if role == Qt.ToolTipRole and flagged is not None and i != j:
            suggested = flagged.suggested if (i, j) in self._flagged else 1.0 / flagged.suggested
            return self.tr("Inconsistent: suggested value %1").replace(
                "%1", format_judgment(suggested))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.EditRole) -> bool:  # noqa: N802
        if role != Qt.EditRole or not (self.flags(index) & Qt.ItemIsEditable):
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

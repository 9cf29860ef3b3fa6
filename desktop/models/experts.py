"""The panel as a table model: name, role, weight, completeness and worst CR per expert."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.context import AppContext
from desktop.messages import describe
from desktop.models import lookup
from mcdm.errors import MCDMError
from mcdm.project import edits

NAME, ROLE, WEIGHT, COMPLETE, WORST = range(5)
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invalid index: default parent of every call


class ExpertsModel(QAbstractTableModel):
    """One row per expert of ``context.project``."""

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self._ctx = context
        self._ids: tuple[str, ...] = ()
        # Rows follow every edit (a removed expert must never be asked for); the cells are
        # re-read by the page when it is shown (Page.refresh), so a judgment edit elsewhere does
        # not make a hidden table re-read every cell.
        self.sync()
        context.resultChanged.connect(self._follow_rows)
        context.languageChanged.connect(lambda _l: self.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, 4))

    def _follow_rows(self) -> bool:
        """Reset when the panel's experts changed; True if it did."""
        project = self._ctx.project
        ids = project.expert_ids() if project is not None else ()
        if ids == self._ids:
            return False
        self.beginResetModel()
        self._ids = ids
        self.endResetModel()
        return True

    def sync(self) -> None:
        """Follow the project and its result (the panel page calls it when it refreshes)."""
        if not self._follow_rows() and self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 4))

    def expert_id(self, row: int) -> str:
        return self._ids[row]

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Expert"), self.tr("Role"), self.tr("Weight"), self.tr("Completeness"),
                self.tr("Worst CR"))[section]

    def flags(self, index: Index) -> Qt.ItemFlags:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() in (NAME, ROLE, WEIGHT) else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        project = self._ctx.project
        expert = project.expert(self._ids[index.row()])
        col = index.column()
        summary = lookup.expert_progress(self._ctx.result, expert.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == NAME:
                return expert.name
            if col == ROLE:
                return expert.role
            if col == WEIGHT:
                return expert.weight if role == Qt.ItemDataRole.EditRole else f"{expert.weight:g}"
            if col == COMPLETE:
                return f"{summary.completeness:.0%}" if summary else ""
            if col == WORST and summary and summary.worst_cr is not None:
                node = self._ctx.text(project.node(summary.worst_node).label)
                return f"{summary.worst_cr:.3f} ({node})"
            return ""
        if role == Qt.ItemDataRole.BackgroundRole and summary:
            if col == WORST and summary.worst_cr is not None:
                ok = self._ctx.result.is_consistent(summary.worst_cr)
                return QBrush(QColor("#c8e6c9" if ok else "#ffcdd2"))
            if col == COMPLETE and summary.completeness < 1:
                return QBrush(QColor("#fff3c4"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (WEIGHT, COMPLETE, WORST):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        expert = self._ctx.project.expert(self._ids[index.row()])
        col = index.column()
        if col == WEIGHT:
            try:
                weight = float(value)
            except (TypeError, ValueError):
                self._ctx.message.emit(self.tr("Not a weight: %1 (expected a number ≥ 0)")
                                       .replace("%1", str(value)))
                return False
            if weight == expert.weight:
                return False
            edit = edits.SetExpertWeight(expert.id, weight)
        else:
            value = str(value).strip()
            if col == NAME and (not value or value == expert.name):
                return False
            if col == ROLE and value == expert.role:
                return False
            name, role_ = (value, expert.role) if col == NAME else (expert.name, value)
            edit = edits.RenameExpert(expert.id, name, role_)
        try:
            self._ctx.push(edit)
        except MCDMError as exc:
            self._ctx.message.emit(describe(exc, self._ctx.lang, self._ctx.project))
            return False
        return True

"""The square tables over one tree node's children: judgment matrix and disagreement heat map.

Both number their columns (long labels would not fit) and give rows number and label, with the
full label as tooltip; subclasses set ``_ids`` (the node's child ids) and supply ``data``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invalid index: default parent of every call


class NodeMatrixModel(QAbstractTableModel):
    """An n × n table whose rows and columns are the children ``_ids`` of one node."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self._ctx = context
        self._ids: tuple[str, ...] = ()
        context.projectChanged.connect(self._drop_removed)

    def _drop_removed(self) -> None:
        """Empty the table at once when its node's children left the project (undo, a new
        project): a view may ask for headers before the page refreshes the model."""
        project = self._ctx.project
        if self._ids and (project is None or not all(project.has_node(i) for i in self._ids)):
            self.beginResetModel()
            self._ids = ()
            self._forget()
            self.endResetModel()

    def _forget(self) -> None:
        """Drop whatever else the subclass keeps about the node (called with the reset)."""

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not 0 <= section < len(self._ids):
            return None
        label = self._ctx.text(self._ctx.project.node(self._ids[section]).label)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1) if orientation == Qt.Orientation.Horizontal else f"{section + 1}  {label}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return label
        return None

"""Weight tables of the group view: a node's local weights (group and each expert), and the
consensus per node with the global weights of the leaves."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.context import AppContext
from desktop.models import lookup
from desktop.models.names import header_name

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invalid index: default parent of every call


class _ReadOnlyTable(QAbstractTableModel):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self._ctx = context
        self._rows: list[tuple[Any, ...]] = []
        self._header: tuple[str, ...] = ()
        self._shown: tuple[str, ...] = ()

    def _set(self, header: tuple[str, ...], rows: list[tuple[Any, ...]],
             shown: tuple[str, ...] | None = None) -> None:
        """``header``: full names (the tooltips); ``shown``: what the header shows, if not
        those (a name on two lines, or the short name)."""
        self.beginResetModel()
        self._header, self._rows = header, rows
        self._shown = shown if shown is not None else header
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._header)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._header):
            return self._shown[section] if role == Qt.ItemDataRole.DisplayRole \
                else self._header[section]
        return str(section + 1) if orientation == Qt.Orientation.Vertical else None

    def flags(self, index: Index) -> Qt.ItemFlags:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, float):
                return "—" if math.isnan(value) else f"{value:.3f}"  # nan: not defined here
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and value:
            return value  # a name the column elides, whole
        return None


class NodeWeightsModel(_ReadOnlyTable):
    """Rows: each expert, then the group; columns: the node's children (local weights)."""

    def show(self, node_id: str | None) -> None:
        project, result = self._ctx.project, self._ctx.result
        group = lookup.group_node(result, node_id) if node_id else None
        if group is None:
            self._set((), [])
            return
        header = (self.tr("Expert"), *(self._ctx.text(project.node(c).label) for c in group.ids))
        shown = (header[0], *(header_name(project.node(c), self._ctx.lang) for c in group.ids))
        rows = [(project.expert(e).name, *(float(v) for v in w))
                for e, w in group.expert_weights.items()]
        rows.append((self.tr("Group"), *(float(v) for v in group.weights)))
        self._set(header, rows, shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.row() == len(self._rows) - 1:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class ConsensusModel(_ReadOnlyTable):
    """Rows: every node with a matrix; columns: group CR, consensus S*, its word label."""

    def show(self) -> None:
        project, result = self._ctx.project, self._ctx.result
        rows = []
        for node in project.internal_nodes() if project else ():
            group = lookup.group_node(result, node.id)
            if group is None:
                continue
            rows.append((self._ctx.text(node.label), float(group.cr), float(group.consensus),
                         lookup.consensus_word(group.consensus_word, self._ctx.lang)))
        self._set((self.tr("Node"), self.tr("Group CR"), self.tr("Consensus S*"),
                   self.tr("Agreement")), rows)


class GlobalWeightsModel(_ReadOnlyTable):
    """Rows: the leaves; columns: the path above, the criterion, its global weight."""

    def show(self) -> None:
        project, result = self._ctx.project, self._ctx.result
        rows = []
        for leaf in project.leaves() if project else ():
            weight = lookup.global_weight(result, leaf.id)
            if weight is None:  # under a node without group weights: shown as "—"
                weight = math.nan
            # The nodes above by their short names ("Principles"): the column is narrow.
            path = " › ".join(self._ctx.text(n.short) or self._ctx.text(n.label)
                              for n in project.path(leaf.id)[1:-1])
            rows.append((path, self._ctx.text(leaf.label), float(weight)))
        self._set((self.tr("Under"), self.tr("Criterion"), self.tr("Global weight")), rows)

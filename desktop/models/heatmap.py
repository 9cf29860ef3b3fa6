"""The panel's disagreement per judgment at one node, as a coloured matrix (a heat map)."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from desktop.context import AppContext
from desktop.models import lookup
from desktop.models.node_matrix import Index, NodeMatrixModel

# A geometric standard deviation of 3 (judgments typically a factor 3 apart) is shown as the
# deepest red; the scale is fixed so that colours compare between nodes and workshops.
GSD_RED = 3.0


def heat_color(value: float, top: float = GSD_RED) -> QColor:
    """White (a geometric standard deviation of 1: full agreement) to deep red (``top``)."""
    if math.isnan(value) or top <= 1:
        return QColor("#ffffff")
    t = max(0.0, min(1.0, (value - 1.0) / (top - 1.0)))
    return QColor.fromRgbF(1.0, 1.0 - 0.75 * t, 1.0 - 0.8 * t)


class DisagreementModel(NodeMatrixModel):
    """Cell (i, j): the geometric standard deviation of the experts' a_ij at the node."""

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(context, parent)
        self.node_id: str | None = None
        self._group: lookup.GroupNode | None = None

    def set_node(self, node_id: str | None) -> None:
        self.node_id = node_id
        self.refresh()

    def _forget(self) -> None:
        self._group = None

    def refresh(self) -> None:
        group = lookup.group_node(self._ctx.result, self.node_id) if self.node_id else None
        ids = group.ids if group is not None else ()
        self.beginResetModel()
        self._group, self._ids = group, ids
        self.endResetModel()

    def flags(self, index: Index) -> Qt.ItemFlags:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._group is None:
            return None
        i, j = index.row(), index.column()
        value = float(self._group.dispersion[i][j])
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if i == j or math.isnan(value) else f"{value:.2f}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(heat_color(value if i != j else math.nan,
                                     max(GSD_RED, self._group.dispersion_max)))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and i != j and not math.isnan(value):
            return self.tr("Geometric standard deviation of the experts' judgments: %1").replace(
                "%1", f"{value:.3f}")
        return None

"""Delphi rounds as a table: consensus S* and dispersion per node and round, and who moved.

Rows are the nodes with a judgment matrix, then the overall consensus; for each round the columns
are S* (Goepel's consensus), the dispersion (the mean geometric standard deviation of the
judgments, 1 when everyone agrees) and, from round 2 on, the experts who changed answers there
in that round (the tooltip says how many and whether they came closer to the group). Every
number is read from the result's rounds (:meth:`~mcdm.project.result.ProjectResult.rounds`).
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.context import AppContext
from mcdm.messages import label

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def _number(value: float | None) -> str:
    return "—" if value is None or math.isnan(value) else f"{value:.3f}"


class RoundsModel(QAbstractTableModel):
    """The rounds of ``context.project`` (empty until :meth:`show` is given a summary)."""

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self._ctx = context
        self._summary: Any = None
        self._nodes: list[str | None] = []  # node ids; None: the whole hierarchy
        self._columns: list[tuple[str, Any]] = []  # ("s" | "gsd" | "moved", RoundSummary)

    def show(self, summary: Any) -> None:
        """Show a :class:`~mcdm.project.rounds.RoundsResult` (None: nothing)."""
        self.beginResetModel()
        self._summary = summary
        project = self._ctx.project
        if summary is None or project is None:
            self._nodes, self._columns = [], []
        else:
            self._nodes = [n.id for n in project.internal_nodes()] + [None]
            self._columns = []
            for k, r in enumerate(summary.rounds):
                self._columns += [("s", r), ("gsd", r)] + ([("moved", r)] if k else [])
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._nodes)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 1 + len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if section == 0:
            return self.tr("Node") if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 < section <= len(self._columns):
            return None
        what, r = self._columns[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"s": self.tr("S* round %1"), "gsd": self.tr("Dispersion round %1"),
                    "moved": self.tr("Moved in round %1")}[what].replace("%1", str(r.number))
        if role == Qt.ItemDataRole.ToolTipRole:
            when = self.tr("in progress") if r.closed is None else self.tr("closed %1").replace(
                "%1", r.closed[:16].replace("T", " "))
            text = {"s": self.tr("Goepel's consensus S* of the panel's weights (1 = full "
                                 "agreement)"),
                    "gsd": self.tr("Mean geometric standard deviation of the judgments (1 = "
                                   "everyone gave the same answer)"),
                    "moved": self.tr("The experts who changed answers here since the previous "
                                     "round")}[what]
            which = self.tr("round %1").replace("%1", str(r.number))
            return f"{text}; {which}, {when}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlags:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def value(self, row: int, column: int) -> Any:
        """The number or text at a cell as the summary holds it (S* and dispersion as floats;
        nan where undefined)."""
        node_id = self._nodes[row]
        if column == 0:
            return self.tr("Overall") if node_id is None else \
                label(self._ctx.project, node_id, self._ctx.lang, "node")
        what, r = self._columns[column - 1]
        if what == "moved":
            moves = r.moved if node_id is None else r.moved_at(node_id)
            names = dict.fromkeys(label(self._ctx.project, m.expert_id, self._ctx.lang, "expert")
                                  for m in moves)
            return ("、" if self._ctx.lang == "zh" else ", ").join(names)
        if node_id is None:
            return float(r.consensus) if what == "s" else math.nan
        node = r.nodes.get(node_id)
        if node is None:
            return math.nan
        return node.s_star if what == "s" else node.mean_gsd

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.value(row, column)
            return _number(value) if isinstance(value, float) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column and self._columns[column - 1][0] != "moved":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._nodes[row] is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column and self._columns[column - 1][0] == "moved":
            return self._moves_tip(row, self._columns[column - 1][1]) or None
        if role == Qt.ItemDataRole.ToolTipRole:
            value = self.value(row, column)
            return _number(value) if isinstance(value, float) else value
        return None

    def _moves_tip(self, row: int, r: Any) -> str:
        node_id = self._nodes[row]
        moves = r.moved if node_id is None else r.moved_at(node_id)
        project, lang = self._ctx.project, self._ctx.lang
        lines = []
        for m in moves:
            where = "" if node_id is not None else " · " + label(project, m.node_id, lang, "node")
            way = {True: self.tr(", closer to the group's round-%1 judgment"),
                   False: self.tr(", further from the group's round-%1 judgment"),
                   None: ""}[m.toward_group].replace("%1", str(r.number - 1))
            lines.append(self.tr("%1%2: %3 answer(s) changed%4").replace(
                "%1", label(project, m.expert_id, lang, "expert")).replace("%2", where).replace(
                "%3", str(len(m.changed))).replace("%4", way))
        return "\n".join(lines)

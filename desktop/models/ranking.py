"""Read-only Qt table models over the engine's ranking results.

The engine's result objects already carry every number a view shows (closeness, distances, the
TOPSIS steps, method ranks, correlations, stability intervals, rank acceptability); these models
only lay them out as rows and columns. Nothing here computes a ranking.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

# A pale amber: readable under black text in both light and dark palettes' table views.
HIGHLIGHT = QColor(255, 224, 150)
# A pale red for cells the engine or the parser refused.
INVALID = QColor(255, 190, 190)


@dataclass(frozen=True)
class Table:
    """A laid-out table: cell values plus optional per-cell highlight and tooltip.

    ``cells[r][c]`` is a ``str``, ``int``, ``float`` or ``None`` (shown blank). ``highlight`` maps
    ``(row, column)`` (``column`` -1 means the whole row) to a colour; ``tooltips`` maps
    ``(row, column)`` to text.
    """

    rows: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()
    cells: tuple[tuple[object, ...], ...] = ()
    highlight: dict[tuple[int, int], QColor] = field(default_factory=dict)
    tooltips: dict[tuple[int, int], str] = field(default_factory=dict)
    column_tooltips: tuple[str, ...] = ()


def format_number(value: object, decimals: int) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, numbers.Integral):
        return str(int(value))
    if isinstance(value, float):
        if math.isnan(value):
            return "–"
        if math.isinf(value):
            return "∞" if value > 0 else "−∞"
        return f"{value:.{decimals}f}"
    try:  # numpy scalars
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(value)
    return format_number(number, decimals)


class TableModel(QAbstractTableModel):
    """A read-only model over a :class:`Table`; ``set_table`` swaps the whole content at once."""

    def __init__(self, parent=None, *, decimals: int = 4, header_limit: int | None = None,
                 wrap_columns: bool = False) -> None:
        super().__init__(parent)
        self._table = Table()
        self.decimals = decimals
        # Long labels (direction names) are cut in headers, the full text is the tooltip.
        self.header_limit = header_limit
        # Column names on one line per word ("PROMETHEE\nII"): a narrow square table keeps
        # every name whole.
        self.wrap_columns = wrap_columns

    # -- content --------------------------------------------------------------------------------
    def set_table(self, table: Table) -> None:
        same_shape = (len(table.rows) == len(self._table.rows)
                      and len(table.columns) == len(self._table.columns))
        if same_shape and table.rows and table.columns:
            # Same shape: a dataChanged keeps the selection and scroll position (a live edit).
            old, self._table = self._table, table
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(table.rows) - 1, len(table.columns) - 1))
            if old.columns != table.columns or old.column_tooltips != table.column_tooltips:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(table.columns) - 1)
            if old.rows != table.rows:
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(table.rows) - 1)
            return
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def table(self) -> Table:
        return self._table

    def value(self, row: int, column: int) -> object:
        return self._table.cells[row][column]

    # -- Qt interface ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if r >= len(self._table.cells) or c >= len(self._table.columns):
            return None
        value = self._table.cells[r][c]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_number(value, self.decimals)
        if role == Qt.ItemDataRole.UserRole:
            return value if value is None or isinstance(value, str) else float(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if isinstance(value, str) or value is None:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self._table.highlight.get((r, c)) or self._table.highlight.get((r, -1))
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if (r, c) in self._table.highlight or (r, -1) in self._table.highlight:
                return QBrush(QColor(0, 0, 0))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._table.tooltips.get((r, c)) or self._table.tooltips.get((r, -1))
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        labels: Sequence[str] = (self._table.columns if orientation == Qt.Orientation.Horizontal
                                 else self._table.rows)
        if not 0 <= section < len(labels):
            return None
        text = labels[section]
        limit = self.header_limit
        if role == Qt.ItemDataRole.DisplayRole:
            if self.wrap_columns and orientation == Qt.Orientation.Horizontal:
                return text.replace(" ", "\n")
            return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            if (orientation == Qt.Orientation.Horizontal
                    and section < len(self._table.column_tooltips)
                    and self._table.column_tooltips[section]):
                return self._table.column_tooltips[section]
            return text if limit is not None and len(text) > limit else None
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def to_tsv(self, rows: Sequence[int] | None = None, columns: Sequence[int] | None = None,
               *, headers: bool = True) -> str:
        """The table (or a block of it) as tab-separated text for the clipboard, full precision."""
        rows = list(range(len(self._table.rows))) if rows is None else list(rows)
        columns = list(range(len(self._table.columns))) if columns is None else list(columns)
        lines = []
        if headers:
            lines.append("\t".join([""] + [self._table.columns[c] for c in columns]))
        for r in rows:
            values = [_plain(self._table.cells[r][c]) for c in columns]
            lines.append("\t".join(([self._table.rows[r]] if headers else []) + values))
        return "\n".join(lines)


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, numbers.Integral):
        return str(int(value))
    f = float(value)  # type: ignore[arg-type]
    return str(int(f)) if f.is_integer() and abs(f) < 1e15 else repr(f)


# -- builders: engine arrays -> Table -----------------------------------------------------------
def ranking_table(directions: Sequence[str], closeness, ranks, d_plus, d_minus,
                  headers: Sequence[str]) -> Table:
    """Rows in rank order: rank, direction, closeness, D+, D−."""
    order = sorted(range(len(directions)), key=lambda i: (int(ranks[i]), -float(closeness[i]), i))
    cells = tuple((int(ranks[i]), directions[i], float(closeness[i]), float(d_plus[i]),
                   float(d_minus[i])) for i in order)
    return Table(rows=tuple(str(k + 1) for k in range(len(order))), columns=tuple(headers),
                 cells=cells)


def matrix_table(rows: Sequence[str], columns: Sequence[str], values,
                 extra_rows: Sequence[tuple[str, Sequence[float]]] = (),
                 column_tooltips: Sequence[str] = ()) -> Table:
    """A numeric matrix with optional summary rows underneath (e.g. the ideal solutions)."""
    cells = [tuple(float(v) for v in row) for row in values]
    names = list(rows)
    highlight = {}
    for name, row in extra_rows:
        highlight[(len(cells), -1)] = HIGHLIGHT
        cells.append(tuple(float(v) for v in row))
        names.append(name)
    return Table(rows=tuple(names), columns=tuple(columns), cells=tuple(cells),
                 highlight=highlight, column_tooltips=tuple(column_tooltips))


def comparison_table(directions: Sequence[str], methods: Sequence[str], ranks,
                     moving: Sequence[int], spread_header: str, tooltip: str) -> Table:
    """``ranks[k][i]``: method k's rank of direction i; ``moving`` rows are highlighted."""
    cells = []
    for i in range(len(directions)):
        row = [int(ranks[k][i]) for k in range(len(methods))]
        cells.append((*row, max(row) - min(row)))
    highlight = {(i, -1): HIGHLIGHT for i in moving}
    tips = {(i, -1): tooltip for i in moving}
    return Table(rows=tuple(directions), columns=(*methods, spread_header), cells=tuple(cells),
                 highlight=highlight, tooltips=tips)


def square_table(names: Sequence[str], values) -> Table:
    return Table(rows=tuple(names), columns=tuple(names),
                 cells=tuple(tuple(float(v) for v in row) for row in values))

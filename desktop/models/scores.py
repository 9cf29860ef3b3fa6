"""The decision matrix of one industry as an editable Qt table: directions × criteria.

Shows one expert's scores (editable) or the panel's aggregate (read-only, from the evaluation
result). Every change goes through the app context as a project edit — one cell as ``SetScore``,
a pasted block as one ``SetScores`` — so it is undoable and the engine validates it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop.models.clipboard import format_block, parse_block, parse_number
from desktop.models.names import header_name, row_name
from desktop.models.ranking import HIGHLIGHT, INVALID, format_number

AGGREGATE = None  # the expert "id" of the panel's aggregate view


translate = QCoreApplication.translate


@dataclass(frozen=True)
class PasteRefused:
    """Why a paste changed nothing: one line per problem, each naming its cell."""

    reasons: tuple[str, ...]


def criterion_type_name(ctype: int) -> str:
    return translate("ScoresModel", "benefit ↑") if int(ctype) > 0 else translate("ScoresModel", "cost ↓")


class ScoresModel(QAbstractTableModel):
    """Directions in rows, the industry's criteria (tree leaves, then its own) in columns.

    Parameters
    ----------
    context : AppContext
        Source of the project and result; target of the edits.
    """

    refused = Signal(object)  # PasteRefused, also for a single refused cell edit

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self._context = context
        self._industry_id: str | None = None
        self._expert_id: str | None = AGGREGATE
        self._rows: tuple = ()
        self._columns: tuple = ()
        self._values: list[list[float | None]] = []
        self._dispersion = None
        self._last_refusal: PasteRefused | None = None
        context.projectChanged.connect(self.refresh)
        context.languageChanged.connect(self._relabel)

    # -- what is shown -------------------------------------------------------------------------
    @property
    def industry_id(self) -> str | None:
        return self._industry_id

    @property
    def expert_id(self) -> str | None:
        return self._expert_id

    def set_view(self, industry_id: str | None, expert_id: str | None) -> None:
        self._industry_id, self._expert_id = industry_id, expert_id
        self.refresh()

    def is_aggregate(self) -> bool:
        return self._expert_id is AGGREGATE

    def refresh(self) -> None:
        project = self._context.project
        rows: tuple = ()
        columns: tuple = ()
        if project is not None and self._industry_id is not None:
            try:
                industry = project.industry(self._industry_id)
            except ValueError:
                self._industry_id = None
            else:
                rows = industry.directions
                columns = project.industry_criteria(industry.id)
        if self._expert_id is not AGGREGATE and project is not None \
                and self._expert_id not in project.expert_ids():
            self._expert_id = AGGREGATE
        values = self._read(rows, columns)
        if [r.id for r in rows] == [r.id for r in self._rows] and \
                [c.id for c in columns] == [c.id for c in self._columns] and rows and columns:
            self._rows, self._columns, self._values = rows, columns, values
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(columns) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(columns) - 1)
            return
        self.beginResetModel()
        self._rows, self._columns, self._values = rows, columns, values
        self.endResetModel()

    def _read(self, rows, columns) -> list[list[float | None]]:
        project = self._context.project
        self._dispersion = None
        if not rows or not columns:
            return []
        if self._expert_id is AGGREGATE:
            table = self._aggregate(rows)
            if table is not None:
                matrix, self._dispersion = table
                return [[None if math.isnan(v) else float(v) for v in row] for row in matrix]
            return [[None] * len(columns) for _ in rows]
        get = project.scores.get
        e, i = self._expert_id, self._industry_id
        return [[None if (v := get((e, i, d.id, c.id))) is None else float(v) for c in columns]
                for d in rows]

    def _aggregate(self, rows):
        """(matrix, dispersion) aggregated by the engine, or None if it could not evaluate."""
        from desktop.models import ranking_data

        part = ranking_data.industry_part(self._context.result, self._industry_id)
        if part is None:
            return None
        # Directions set aside by the engine (unscored) are not in the part: their rows stay blank.
        at = {d: i for i, d in enumerate(part.direction_ids)}
        rows = [at.get(d.id) for d in rows]
        out = []
        for table in (ranking_data.matrix(part), ranking_data.dispersion(part)):
            blank = np.full(table.shape[1], np.nan)
            out.append(np.array([table[i] if i is not None else blank for i in rows]))
        return out[0], out[1]

    def _relabel(self, _lang: str = "") -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)

    # -- cell checks ---------------------------------------------------------------------------
    def _is_leaf(self, column: int) -> bool:
        return not hasattr(self._columns[column], "weight")

    def problem(self, row: int, column: int) -> str | None:
        """Why cell (row, column) is not usable as it stands, or None."""
        value = self._values[row][column]
        if value is None:
            if self.is_aggregate():
                return translate("ScoresModel", "Nobody has scored this cell: the ranking cannot be computed.")
            return translate("ScoresModel", "Not scored by this expert (skipped in the aggregate).")
        return None

    # -- Qt interface ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._values):
            return None
        r, c = index.row(), index.column()
        value = self._values[r][c]
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return ""
            # The aggregate is a mean: two decimals; an expert's own entry is shown as typed.
            return format_number(value, 2) if self.is_aggregate() else f"{value:.6g}"
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else format_block([[value]]).strip()
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.ToolTipRole):
            reason = self.problem(r, c)
            if role == Qt.ItemDataRole.ToolTipRole:
                return reason or self._dispersion_tip(r, c)
            if reason is None:
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(0, 0, 0))
            # A blank expert cell is allowed (skipped); anything else blocks the ranking.
            soft = value is None and not self.is_aggregate()
            return QBrush(HIGHLIGHT if soft else INVALID)
        return None

    def _dispersion_tip(self, r: int, c: int) -> str | None:
        if self._dispersion is None:
            return None
        sd = float(self._dispersion[r][c])
        return None if math.isnan(sd) else translate("ScoresModel", "Dispersion among experts (SD): %1").replace(
            "%1", f"{sd:.2f}")

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        lang = self._context.lang
        if orientation == Qt.Orientation.Vertical:
            if 0 <= section < len(self._rows) and role == Qt.ItemDataRole.DisplayRole:
                return row_name(self._rows[section], lang)
            if 0 <= section < len(self._rows) and role == Qt.ItemDataRole.ToolTipRole:
                row = self._rows[section]
                return "\n".join(t for t in (row.label.get(lang), row.description.get(lang)) if t)
            return None
        if not 0 <= section < len(self._columns):
            return None
        crit = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            unit = f" [{crit.unit}]" if crit.unit else ""
            return f"{header_name(crit, lang)}\n{criterion_type_name(crit.type)}{unit}"
        if role == Qt.ItemDataRole.ToolTipRole:
            scale = (translate("ScoresModel", "Score %1–%2").replace("%1", f"{self._context.project.settings.score_min:g}")
                     .replace("%2", f"{self._context.project.settings.score_max:g}")
                     if self._is_leaf(section) else translate("ScoresModel", "Measured value"))
            desc = getattr(crit, "description", None)
            desc_text = desc.get(lang) if desc else ""
            return "\n".join(t for t in (crit.label.get(lang), desc_text, scale) if t)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.is_aggregate():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.is_aggregate():
            return False
        try:
            number = value if isinstance(value, float | int) else parse_number(str(value))
        except ValueError:
            self.refused.emit(PasteRefused((self._cell_reason(index.row(), index.column(),
                                                              str(value)),)))
            return False
        return self._push({(index.row(), index.column()): number}, single=True)

    # -- blocks ------------------------------------------------------------------------------
    def copy_block(self, rows: Sequence[int], columns: Sequence[int]) -> str:
        """The cells at ``rows`` × ``columns`` as tab-separated text (full precision)."""
        return format_block([[self._values[r][c] for c in columns] for r in rows])

    def paste_block(self, top: int, left: int, text: str) -> PasteRefused | None:
        """Paste a tab-separated block with its top-left cell at (top, left), as one edit.

        Returns None when pasted, or the reasons it was refused (then nothing changed).
        """
        if self.is_aggregate():
            return self._refuse([translate("ScoresModel", "The aggregate is computed from the experts' scores; "
                                     "choose an expert to paste scores.")])
        values, problems = parse_block(text)
        reasons = [self._cell_reason(top + p.row, left + p.column, p.text) for p in problems]
        height, width = len(values), max((len(r) for r in values), default=0)
        if top + height > len(self._rows) or left + width > len(self._columns):
            reasons.append(translate("ScoresModel", "The block has %1 × %2 cells but only %3 × %4 fit from the "
                               "selected cell.")
                           .replace("%1", str(height)).replace("%2", str(width))
                           .replace("%3", str(len(self._rows) - top))
                           .replace("%4", str(len(self._columns) - left)))
        if reasons:
            return self._refuse(reasons)
        cells = {(top + r, left + c): v for r, row in enumerate(values) for c, v in enumerate(row)}
        return None if self._push(cells) else self._last_refusal

    def _cell_reason(self, row: int, column: int, text: str) -> str:
        where = self._where(row, column)
        return translate("ScoresModel", "%1: “%2” is not a number.").replace("%1", where).replace("%2", text)

    def _where(self, row: int, column: int) -> str:
        lang = self._context.lang
        d = self._rows[row].label.get(lang) if 0 <= row < len(self._rows) else f"#{row + 1}"
        c = (self._columns[column].label.get(lang) if 0 <= column < len(self._columns)
             else f"#{column + 1}")
        return translate("ScoresModel", "Row %1 (%2), column %3 (%4)").replace("%1", str(row + 1)).replace(
            "%2", d).replace("%3", str(column + 1)).replace("%4", c)

    def _refuse(self, reasons: list[str]) -> PasteRefused:
        refusal = PasteRefused(tuple(reasons))
        self._last_refusal = refusal
        self.refused.emit(refusal)
        return refusal

    def _push(self, cells: dict[tuple[int, int], float | None], single: bool = False) -> bool:
        from mcdm.project import edits

        e, i = self._expert_id, self._industry_id
        keyed = {(r, c): (self._rows[r].id, self._columns[c].id, v) for (r, c), v in cells.items()}
        if single:
            (d, c, v), = keyed.values()
            edit = edits.SetScore(e, i, d, c, v)
        else:
            edit = edits.SetScores(tuple(((e, i, d, c), v) for d, c, v in keyed.values()))
        try:
            self._context.push(edit)
        except ValueError as exc:  # MCDMError: the engine refused it; nothing changed
            self._refuse(self._cell_errors(keyed) or [describe_error(
                exc, None, self._context.lang, self._context.project)])
            return False
        return True

    def _cell_errors(self, keyed) -> list[str]:
        """Every refused cell of a block with its place: each cell tried alone by the engine's
        own edit, on the unchanged project (nothing is applied)."""
        from mcdm.project import edits

        project, e, i = self._context.project, self._expert_id, self._industry_id
        reasons = []
        for (r, c), (d, crit, v) in sorted(keyed.items()):
            try:
                edits.SetScore(e, i, d, crit, v).apply(project)
            except ValueError as exc:
                reasons.append(describe_error(exc, self._where(r, c), self._context.lang,
                                              project))
        return reasons


def describe_error(exc: Exception, where: str | None = None, lang: str | None = None,
                   project=None) -> str:
    """One line for the user in the UI language: the cell (the table's row and column) and the
    engine's sentence for what went wrong — never a traceback."""
    from desktop.messages import describe

    text = describe(exc, lang, project)
    return f"{where}: {text}" if where else text

"""Every problem, warning and note of an import preview as a table: what, then file, sheet, cell.

The sentence is the engine catalogue's (:func:`mcdm.messages.describe`, naming experts, criteria
and directions by their labels); the place is a column each for the file, the sheet and the cell,
and the whole location in the tooltip (:func:`mcdm.messages.where`). A problem of a block says
which block, so the dialog can show it in the tree.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from desktop.models.import_preview import AMBER, RED
from desktop.models.import_text import file_name
from mcdm.messages import describe, where

KIND, WHAT, FILE, SHEET, CELL = range(5)
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class ImportProblemsModel(QAbstractTableModel):
    """One row per problem, then per warning, then per note of ``report``."""

    def __init__(self, report: Any, project: Any, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.project, self.lang = project, lang
        owner = {id(p): b.key for b in report.blocks for p in (*b.problems, *b.warnings)}
        self._rows = [(kind, p, owner.get(id(p)))
                      for kind, items in (("problem", report.problems),
                                          ("warning", report.warnings), ("note", report.notes))
                      for p in items]

    def block_key(self, row: int) -> tuple[str, str, str] | None:
        """The block a row's problem belongs to (None for a whole file's)."""
        return self._rows[row][2]

    def problem(self, row: int) -> Any:
        return self._rows[row][1]

    def lines(self) -> list[str]:
        """Each row as one line: "sentence (file · sheet!cell)"."""
        out = []
        for r in range(len(self._rows)):
            place = " · ".join(x for x in (self._text(r, FILE), self._text(r, SHEET),
                                            self._text(r, CELL)) if x)
            out.append(self._text(r, WHAT) + (f" ({place})" if place else ""))
        return out

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Kind"), self.tr("What"), self.tr("File"), self.tr("Sheet"),
                self.tr("Cell"))[section] if 0 <= section < 5 else None

    def _text(self, row: int, column: int) -> str:
        kind, p, _ = self._rows[row]
        location = p.location
        if column == KIND:
            return {"problem": self.tr("Problem"), "warning": self.tr("Warning"),
                    "note": self.tr("Note")}[kind]
        if column == WHAT:
            return describe(p, self.lang, self.project)
        if column == FILE:
            return file_name(location)
        value = getattr(location, "sheet" if column == SHEET else "cell", None)
        return value or ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            p = self._rows[row][1]
            place = where(p.location, self.lang, self.project)
            return self._text(row, WHAT) + (f"\n{place}" if place else "")
        if role == Qt.ItemDataRole.ForegroundRole and column in (KIND, WHAT):
            kind = self._rows[row][0]
            return QBrush(RED) if kind == "problem" else QBrush(AMBER) if kind == "warning" \
                else None
        return None

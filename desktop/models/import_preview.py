"""The import preview as a Qt tree: each expert, their blocks (a node's comparisons, an industry's
scores), and under each block the answers that would change and the block's problems.

A thin adapter over an :class:`~mcdm.excel.ImportReport`: every count is the report's
(``BlockPreview.counts``, ``report.counts``), every answer's old and new value is the report's.
The model also holds the user's choices, which the dialog turns into
``report.edit_with(accept, take)``:

- which blocks to import — the block row's check box (column 0); a block with a problem cannot
  be checked: it keeps all its old values;
- which conflicts take the questionnaire's value — the *Take* column of a conflict's row; a
  block's *Take* box takes (or keeps) all of its conflicts. Unticked, the project's value stays.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.models.import_text import (
    answer_name,
    block_name,
    cell_text,
    expert_name,
    file_name,
    place_text,
    value_text,
)
from mcdm.messages import describe, where

NAME, NEW, CHANGED, CLEARED, UNCHANGED, CONFLICT, TAKE, WHERE = range(8)
STATUS_COLUMN = {"new": NEW, "changed": CHANGED, "cleared": CLEARED, "unchanged": UNCHANGED,
                 "conflict": CONFLICT}
SHOWN = ("new", "changed", "cleared", "conflict")  # answers listed under their block
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
RED, AMBER, GREY = QColor("#b3261e"), QColor("#8a5a00"), QColor("#8a8a8a")


@dataclass(frozen=True)
class ImportChoice:
    """What the user accepted: the blocks to apply and the conflicts whose questionnaire value
    is taken (answer keys) — the arguments of ``report.edit_with``."""

    accept: tuple[tuple[str, str, str], ...]
    take: tuple[tuple[str, ...], ...] = ()


@dataclass(eq=False)
class _Row:
    kind: str  # "expert" | "block" | "answer" | "problem" | "warning"
    item: Any
    parent: _Row | None = None
    row: int = 0
    children: list[_Row] = field(default_factory=list)

    def add(self, child: _Row) -> _Row:
        child.parent, child.row = self, len(self.children)
        self.children.append(child)
        return child


class ImportPreviewModel(QAbstractItemModel):
    """Expert → block → answers and problems of ``report`` (read for ``project``), in ``lang``.

    ``choicesChanged`` fires when a block is checked or a conflict taken.
    """

    choicesChanged = Signal()

    def __init__(self, report: Any, project: Any, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.report, self.project, self.lang = report, project, lang
        self.included = {b.key for b in report.blocks if b.acceptable}
        self.taken: set[tuple[str, ...]] = set()
        self._root = _Row("root", None)
        self._blocks: dict[tuple[str, str, str], _Row] = {}
        # The report's counts, read once: a view asks for them on every paint.
        self._counts: dict[Any, dict[str, int]] = {b.key: b.counts for b in report.blocks}
        experts = list(dict.fromkeys([*report.experts, *(b.expert_id for b in report.blocks)]))
        for expert_id in experts:
            er = self._root.add(_Row("expert", expert_id))
            self._counts[expert_id] = report.counts(expert_id)
            for block in (b for b in report.blocks if b.expert_id == expert_id):
                br = er.add(_Row("block", block))
                self._blocks[block.key] = br
                for p in block.problems:
                    br.add(_Row("problem", p))
                for w in block.warnings:
                    br.add(_Row("warning", w))
                for d in block.diffs:
                    if d.status in SHOWN:
                        br.add(_Row("answer", d))

    # -- the choices -----------------------------------------------------------------------
    def choice(self) -> ImportChoice:
        accept = tuple(b.key for b in self.report.blocks if b.key in self.included)
        take = tuple(d.answer_key for d in self.report.conflicts if d.answer_key in self.taken)
        return ImportChoice(accept, take)

    def selection(self) -> tuple:
        """The answers accepting now would apply (``report.selection`` with the choices)."""
        c = self.choice()
        return self.report.selection(accept=c.accept, take=c.take)

    def set_all_conflicts(self, take: bool) -> None:
        """Take the questionnaire's value for every conflict, or keep every project value."""
        self.taken = {d.answer_key for d in self.report.conflicts} if take else set()
        self._changed_everywhere(TAKE)

    def set_included(self, key: tuple[str, str, str], included: bool) -> bool:
        row = self._blocks.get(tuple(key))
        if row is None or not row.item.acceptable:
            return False
        (self.included.add if included else self.included.discard)(row.item.key)
        index = self.createIndex(row.row, NAME, row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.ForegroundRole])
        self.choicesChanged.emit()
        return True

    def block_index(self, key: tuple[str, str, str], column: int = NAME) -> QModelIndex:
        row = self._blocks.get(tuple(key))
        return QModelIndex() if row is None else self.createIndex(row.row, column, row)

    def worth_showing(self, index: Index) -> bool:
        """Whether a row changes something or needs a look: an expert or block with a new,
        changed, cleared or conflicting answer, a problem or a warning (answers and problems
        always are)."""
        row = self._row(index)
        if row.kind == "expert":
            return any(self.worth_showing(self.createIndex(c.row, 0, c)) for c in row.children)
        if row.kind == "block":
            b = row.item
            return bool(b.problems or b.warnings or any(self._counts[b.key][s] for s in SHOWN))
        return True

    def row_kind(self, index: Index) -> str:
        return self._row(index).kind if index.isValid() else ""

    def item(self, index: Index) -> Any:
        """The expert id, ``BlockPreview``, ``AnswerDiff`` or ``Problem`` of a row."""
        return self._row(index).item if index.isValid() else None

    def _changed_everywhere(self, column: int) -> None:
        def walk(row: _Row) -> None:
            if row.children:
                first = self.createIndex(0, column, row.children[0])
                last = self.createIndex(len(row.children) - 1, column, row.children[-1])
                self.dataChanged.emit(first, last, [Qt.ItemDataRole.CheckStateRole])
                for child in row.children:
                    walk(child)

        walk(self._root)
        self.choicesChanged.emit()

    # -- the tree --------------------------------------------------------------------------
    def _row(self, index: Index) -> _Row:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        node = self._row(parent)
        if not (0 <= row < len(node.children) and 0 <= column < 8):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self._row(index).parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._row(parent).children)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 8

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 8:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Expert / answers"), self.tr("New"), self.tr("Changed"),
                    self.tr("Cleared"), self.tr("Unchanged"), self.tr("Conflicts"),
                    self.tr("Take"), self.tr("Where"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                NAME: self.tr("Tick a block to import it; a block with a problem is not "
                              "imported and keeps all its old values."),
                NEW: self.tr("Answers the project did not have."),
                CHANGED: self.tr("Answers the expert changed: the project's value → the "
                                 "questionnaire's."),
                CLEARED: self.tr("Prefilled answers the expert deleted: importing clears them."),
                UNCHANGED: self.tr("Answers as the questionnaire was issued, or already in the "
                                   "project: nothing changes."),
                CONFLICT: self.tr("Answers changed both in the project and in the questionnaire "
                                  "since it was issued."),
                TAKE: self.tr("Tick to take the questionnaire's value for a conflict; unticked, "
                              "the project's value is kept."),
                WHERE: self.tr("File, sheet and cell."),
            }[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlags:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row, column = self._row(index), index.column()
        if row.kind == "block" and column == NAME and row.item.acceptable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if column == TAKE and self._conflicts_of(row):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _conflicts_of(self, row: _Row) -> list:
        if row.kind == "answer":
            return [row.item] if row.item.status == "conflict" else []
        if row.kind == "block" and row.item.acceptable:
            return list(row.item.with_status("conflict"))
        return []

    # -- what a row shows ------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._row(index), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.CheckStateRole:
            return self._check(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, column)
        if role == Qt.ItemDataRole.FontRole and row.kind == "expert":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and NEW <= column <= CONFLICT and \
                row.kind in ("expert", "block"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _counts_of(self, row: _Row) -> dict[str, int]:
        return self._counts[row.item if row.kind == "expert" else row.item.key]

    def _display(self, row: _Row, column: int) -> str | None:
        kind = row.kind
        if kind in ("expert", "block"):
            if column == NAME:
                if kind == "expert":
                    return expert_name(self.project, row.item, self.lang)
                name = block_name(self.project, row.item, self.lang)
                return name if row.item.acceptable else self.tr("%1 — not imported").replace(
                    "%1", name)
            if NEW <= column <= CONFLICT:
                return str(self._counts_of(row)[list(STATUS_COLUMN)[column - NEW]])
            if column == WHERE:
                if kind == "block":
                    return cell_text(row.item.location)
                files = dict.fromkeys(file_name(b.item.location) for b in row.children)
                return ", ".join(f for f in files if f)
            return None
        if kind in ("problem", "warning"):
            if column == NAME:
                return describe(row.item, self.lang, self.project)
            return place_text(row.item.location) if column == WHERE else None
        d = row.item
        if column == NAME:
            return answer_name(self.project, d, self.lang)
        if column == STATUS_COLUMN[d.status]:
            if d.status == "conflict":
                return self.tr("project %1 · file %2").replace(
                    "%1", value_text(d.kind, d.old)).replace("%2", value_text(d.kind, d.new))
            return f"{value_text(d.kind, d.old)} → {value_text(d.kind, d.new)}"
        return cell_text(d.location) if column == WHERE else None

    def _check(self, row: _Row, column: int) -> Any:
        if row.kind == "block" and column == NAME:
            return Qt.CheckState.Checked if row.item.key in self.included else Qt.CheckState.Unchecked
        conflicts = self._conflicts_of(row) if column == TAKE else []
        if not conflicts:
            return None
        taken = sum(d.answer_key in self.taken for d in conflicts)
        if taken == 0:
            return Qt.CheckState.Unchecked
        return Qt.CheckState.Checked if taken == len(conflicts) else Qt.CheckState.PartiallyChecked

    def _colour(self, row: _Row, column: int) -> QBrush | None:
        if row.kind == "problem" or (row.kind == "block" and not row.item.acceptable):
            return QBrush(RED)
        if row.kind == "warning" or (row.kind == "answer" and row.item.status == "conflict"):
            return QBrush(AMBER)
        if row.kind == "block" and row.item.key not in self.included:
            return QBrush(GREY)
        if row.kind in ("expert", "block") and NEW <= column <= CONFLICT and \
                self._counts_of(row)[list(STATUS_COLUMN)[column - NEW]] == 0:
            return QBrush(GREY)
        return None

    def _tooltip(self, row: _Row, column: int) -> str | None:
        lang, project = self.lang, self.project
        if column == WHERE:
            location = row.item.location if row.kind != "expert" else None
            return where(location, lang, project) or None if location is not None else \
                self._display(row, column)
        if row.kind == "block" and not row.item.acceptable:
            lines = [self.tr("Not imported: this block has %1 problem(s) and keeps all its old "
                             "values.").replace("%1", str(len(row.item.problems)))]
            return "\n".join(lines + [f"• {describe(p, lang, project)}"
                                      for p in row.item.problems])
        if row.kind in ("problem", "warning"):
            return "\n".join(x for x in (describe(row.item, lang, project),
                                         where(row.item.location, lang, project)) if x)
        if row.kind == "answer":
            d = row.item
            if d.status == "conflict":
                return self.tr("The project now holds %1 (it held %2 when the questionnaire was "
                               "issued); the questionnaire says %3. Tick Take to use the "
                               "questionnaire's value; otherwise the project's is kept.").replace(
                    "%1", value_text(d.kind, d.old, True)).replace(
                    "%2", value_text(d.kind, d.issued, True)).replace(
                    "%3", value_text(d.kind, d.new, True))
            if d.kind == "reason":
                return value_text(d.kind, d.new, True)
        return self._display(row, column)

    # -- editing the choices ---------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        row, column = self._row(index), index.column()
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if row.kind == "block" and column == NAME:
            return self.set_included(row.item.key, on)
        conflicts = self._conflicts_of(row) if column == TAKE else []
        if not conflicts:
            return False
        for d in conflicts:
            (self.taken.add if on else self.taken.discard)(d.answer_key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        related = row.parent if row.kind == "answer" else row
        if related is not None and related.kind == "block":
            self.dataChanged.emit(self.createIndex(related.row, TAKE, related),
                                  self.createIndex(related.row, TAKE, related),
                                  [Qt.ItemDataRole.CheckStateRole])
            if related.children:
                self.dataChanged.emit(self.createIndex(0, TAKE, related.children[0]),
                                      self.createIndex(len(related.children) - 1, TAKE,
                                                       related.children[-1]),
                                      [Qt.ItemDataRole.CheckStateRole])
        self.choicesChanged.emit()
        return True

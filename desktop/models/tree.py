"""The criteria tree as a Qt item model: label, Chinese, English, type, unit, global weight.

The label column shows (and edits) the name in the UI language; the view hides the Chinese or
English column that would repeat it.

The goal is the one top-level row. Editing the Chinese or English label, the type or the unit
pushes a model edit through the context (one undo step each); the model resets whenever the
project changes and views restore their expansion and selection by criterion id.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.context import AppContext
from desktop.messages import describe
from desktop.models import lookup
from mcdm.errors import MCDMError
from mcdm.project import edits
from mcdm.project.model import CriterionType, Text

LABEL, ZH, EN, TYPE, UNIT, WEIGHT = range(6)
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invalid index: default parent of every call


class CriteriaTreeModel(QAbstractItemModel):
    """Adapter over ``context.project.goal``; ``internalId`` is the node's position in a walk."""

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self._ctx = context
        self._ids: list[str] = []
        self._project = None
        self._rebuild()
        context.projectChanged.connect(self._reset)
        context.languageChanged.connect(self._relabel)

    # -- structure ---------------------------------------------------------------------------
    def _rebuild(self) -> None:
        # The model reads its own snapshot: between the context's change and our reset, views
        # (saving their expansion state) must still see the project the indexes were made for.
        self._project = project = self._ctx.project
        self._weights_stale = False
        self._ids = [n.id for n in project.goal.walk()] if project is not None else []
        self._pos = {nid: i for i, nid in enumerate(self._ids)}

    def _reset(self) -> None:
        project = self._ctx.project
        if (project is not None and self._project is not None
                and project.goal is self._project.goal):
            # Same hierarchy (a judgment or score edit): only the global weights may have
            # changed; the page re-reads them when shown (:meth:`refresh_weights`), so a hidden
            # tree does not re-measure its columns on every slider move.
            self._project = project
            self._weights_stale = True
            return
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def refresh_weights(self) -> None:
        """Show the current global weights (after edits that kept the hierarchy)."""
        if not self._weights_stale or self._project is None:
            return
        self._weights_stale = False
        goal = self.index_of(self._project.goal.id, WEIGHT)
        self.dataChanged.emit(goal, goal)
        for node in self._project.goal.walk():
            if node.children:
                parent = self.index_of(node.id)
                self.dataChanged.emit(self.index(0, WEIGHT, parent),
                                      self.index(len(node.children) - 1, WEIGHT, parent))

    def _relabel(self, _lang: str) -> None:
        # Labels and headers change everywhere: a reset (views keep their expansion by id).
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def node_id(self, index: Index) -> str | None:
        return self._ids[index.internalId()] if index.isValid() else None

    @property
    def node_ids(self) -> tuple[str, ...]:
        """Every node's id, the goal first, in tree order."""
        return tuple(self._ids)

    def index_of(self, node_id: str, column: int = 0) -> QModelIndex:
        project = self._project
        if project is None or node_id not in self._pos:
            return QModelIndex()
        parent = project.parent(node_id)
        row = 0 if parent is None else parent.child_ids().index(node_id)
        return self.createIndex(row, column, self._pos[node_id])

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        project = self._project
        if project is None or not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, self._pos[project.goal.id])
        node = project.node(self._ids[parent.internalId()])
        return self.createIndex(row, column, self._pos[node.children[row].id])

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._project.parent(self._ids[index.internalId()])
        return QModelIndex() if parent is None else self.index_of(parent.id)

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        if self._project is None or parent.column() > 0:
            return 0
        if not parent.isValid():
            return 1
        return len(self._project.node(self._ids[parent.internalId()]).children)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 6

    # -- data --------------------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Criterion"), self.tr("Chinese"), self.tr("English"), self.tr("Type"),
                self.tr("Unit"), self.tr("Global weight"))[section]

    def flags(self, index: Index) -> Qt.ItemFlags:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        node = self._project.node(self._ids[index.internalId()])
        leaf = not node.children and node.id != self._project.goal.id
        if index.column() in (LABEL, ZH, EN) or (leaf and index.column() in (TYPE, UNIT)):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def type_name(self, kind: CriterionType) -> str:
        return self.tr("benefit") if kind == CriterionType.BENEFIT else self.tr("cost")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        project = self._project
        node = project.node(self._ids[index.internalId()])
        leaf = not node.children and node.id != project.goal.id
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == LABEL:
                return node.label.get(self._ctx.lang)
            if col == ZH:
                return node.label.zh
            if col == EN:
                return node.label.en
            if col == TYPE:
                return self.type_name(node.type) if leaf else ""
            if col == UNIT:
                return node.unit if leaf else ""
            if col == WEIGHT and role == Qt.ItemDataRole.DisplayRole:
                weight = lookup.global_weight(self._ctx.result, node.id)
                return "" if weight is None else f"{weight:.3f}"
        if role == Qt.ItemDataRole.ToolTipRole and col in (LABEL, ZH, EN):
            # Both names in full (a column may be too narrow), then the description.
            parts = [node.label.zh, node.label.en, node.description.get(self._ctx.lang)]
            return "\n".join(p for p in parts if p) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == WEIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return node.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        node = self._project.node(self._ids[index.internalId()])
        col = index.column()
        if col in (LABEL, ZH, EN):
            text = str(value).strip()
            if not text:
                return False
            if col == LABEL:  # the name in the language the user reads
                col = ZH if self._ctx.lang == "zh" else EN
            label = Text(text, node.label.en) if col == ZH else Text(node.label.zh, text)
            if label == node.label:
                return False
            edit = edits.RenameCriterion(node.id, label)
        elif col == TYPE:
            kind = value if isinstance(value, CriterionType) else (
                CriterionType.COST if str(value) in ("cost", self.tr("cost"), "-1")
                else CriterionType.BENEFIT)
            if kind == node.type:
                return False
            edit = edits.SetCriterionType(node.id, kind)
        elif col == UNIT:
            if str(value) == node.unit:
                return False
            edit = edits.SetCriterionUnit(node.id, str(value))
        else:
            return False
        try:
            self._ctx.push(edit)
        except MCDMError as exc:
            self._ctx.message.emit(describe(exc, self._ctx.lang, self._ctx.project))
            return False
        return True

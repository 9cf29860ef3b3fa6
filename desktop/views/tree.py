"""The criteria tree editor: add, rename (both languages), delete, reorder; type and unit on leaves."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.messages import describe
from desktop.models.tree import EN, LABEL, TYPE, UNIT, WEIGHT, ZH, CriteriaTreeModel
from desktop.views.base import Page
from mcdm.errors import MCDMError
from mcdm.project import edits
from mcdm.project.model import Criterion, CriterionType, Text


class TypeDelegate(QStyledItemDelegate):
    """A combo box (benefit / cost) for the type column."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        if index.column() != TYPE:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        model = index.model()
        combo.addItem(model.type_name(CriterionType.BENEFIT), CriterionType.BENEFIT)
        combo.addItem(model.type_name(CriterionType.COST), CriterionType.COST)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findText(index.data())))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


def subtree_has_judgments(project, node_id: str) -> bool:
    """Whether removing ``node_id`` would drop any judgment or score (so the user is asked)."""
    ids = {n.id for n in project.node(node_id).walk()}
    for nodes in project.judgments.values():
        for nid, pairs in nodes.items():
            if nid in ids or any(a in ids or b in ids for a, b in pairs):
                return True
    return any(key[3] in ids for key in project.scores)


class TreePage(Page):
    """The page "Criteria": a tree view over :class:`CriteriaTreeModel` and its buttons.

    The tree model follows the project's hierarchy itself; :meth:`refresh` shows the global
    weights of the current result.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        self._ctx = context
        self.model = CriteriaTreeModel(context, self)
        self.view = QTreeView(objectName="criteria_tree")
        self.view.setModel(self.model)
        self.view.setItemDelegate(TypeDelegate(self.view))
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QTreeView.DoubleClicked | QTreeView.EditKeyPressed
                                  | QTreeView.SelectedClicked)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        # Names share the width; type, unit and the global weight keep what they need, so the
        # weight stays in view at any window width (names elide, whole in the tooltip).
        for column in (LABEL, ZH, EN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (TYPE, UNIT, WEIGHT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        buttons = QHBoxLayout()
        self.b_add = QPushButton()
        self.b_delete = QPushButton()
        self.b_up = QPushButton()
        self.b_down = QPushButton()
        for button in (self.b_add, self.b_delete, self.b_up, self.b_down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self.b_add.clicked.connect(self.add_child)
        self.b_delete.clicked.connect(self.delete_selected)
        self.b_up.clicked.connect(lambda: self.move_selected(-1))
        self.b_down.clicked.connect(lambda: self.move_selected(+1))
        self.model.modelAboutToBeReset.connect(self._remember_view)
        self.model.modelReset.connect(self._restore_view)
        self._expanded: set[str] = set()
        self._known: set[str] = set(self.model.node_ids)  # nodes the view has seen (new ones open)
        self._selected: str | None = None
        self.view.expandAll()
        self.retranslate()

    def refresh(self) -> None:
        self.model.refresh_weights()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "The criteria hierarchy: the goal, its criteria and sub-criteria. Double-click a "
            "name (in either language), a type or a unit to edit it; every change can be "
            "undone."))
        self.b_add.setText(self.tr("Add sub-criterion"))
        self.b_delete.setText(self.tr("Delete…"))
        self.b_up.setText(self.tr("Move up"))
        self.b_down.setText(self.tr("Move down"))
        # The label column already shows the name in the UI language: hide its twin.
        self.view.setColumnHidden(ZH, self._ctx.lang == "zh")
        self.view.setColumnHidden(EN, self._ctx.lang != "zh")

    # -- keeping the view state across resets ------------------------------------------------
    def _remember_view(self) -> None:
        self._expanded = set()
        for node_id in self.model.node_ids:
            index = self.model.index_of(node_id)
            if index.isValid() and self.view.isExpanded(index):
                self._expanded.add(node_id)
        self._selected = self.selected_id()

    def _restore_view(self) -> None:
        project = self._ctx.project
        for node in project.goal.walk() if project is not None else ():
            # New nodes open expanded; known ones keep their state.
            if node.id in self._expanded or node.id not in self._known:
                self.view.expand(self.model.index_of(node.id))
        self._known = set(self.model.node_ids)
        if self._selected is not None:
            self.select(self._selected)

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.node_id(index) if index.isValid() else None

    def select(self, node_id: str) -> None:
        index = self.model.index_of(node_id)
        if index.isValid():
            self.view.setCurrentIndex(index)

    # -- commands ----------------------------------------------------------------------------
    def _push(self, edit) -> bool:
        try:
            self._ctx.push(edit)
        except MCDMError as exc:
            self._ctx.interaction.error(self, self.tr("Cannot change the tree"),
                                        describe(exc, self._ctx.lang, self._ctx.project))
            return False
        return True

    def _new_id(self) -> str:
        project = self._ctx.project
        for k in itertools.count(1):
            candidate = f"C{k}"
            if not project.has_node(candidate):
                return candidate
        raise AssertionError("unreachable")

    def add_child(self) -> str | None:
        """Add a sub-criterion under the selected node (the goal if none); returns its id."""
        parent_id = self.selected_id() or self._ctx.project.goal.id
        node_id = self._new_id()
        label = Text(f"新准则 {node_id}", f"New criterion {node_id}")
        if not self._push(edits.AddCriterion(parent_id, Criterion(node_id, label))):
            return None
        self.select(node_id)
        self.view.edit(self.model.index_of(node_id, LABEL))
        return node_id

    def delete_selected(self) -> bool:
        node_id = self.selected_id()
        project = self._ctx.project
        if node_id is None or node_id == project.goal.id:
            return False
        name = project.node(node_id).label.get(self._ctx.lang)
        if subtree_has_judgments(project, node_id) and not self._ctx.interaction.confirm(
                self, self.tr("Delete criterion"),
                self.tr("“%1” has judgments or scores that will be removed with it. Delete it? "
                        "(You can undo this.)").replace("%1", name)):
            return False
        return self._push(edits.RemoveCriterion(node_id))

    def move_selected(self, step: int) -> bool:
        node_id = self.selected_id()
        project = self._ctx.project
        if node_id is None or node_id == project.goal.id:
            return False
        siblings = project.parent(node_id).child_ids()
        target = siblings.index(node_id) + step
        if not 0 <= target < len(siblings):
            return False
        parent_id = project.parent(node_id).id
        return self._push(edits.MoveCriterion(node_id, parent_id, target))

    def current_index(self) -> QModelIndex:
        return self.view.currentIndex()

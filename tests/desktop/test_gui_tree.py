"""The criteria tree editor driven through its widgets: add, rename, type/unit, delete, reorder,
each undone and redone through the window's actions."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from desktop.models.tree import EN, TYPE, UNIT, WEIGHT, ZH
from desktop.testing import make_window
from mcdm.project import edits
from mcdm.project.evaluate import evaluate
from mcdm.project.model import CriterionType


@pytest.fixture
def tree(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path)
    window.show_page("tree")
    return ctx, window, window.page("tree")


def open_editor(view, kind=QLineEdit):
    """The editor the view opened (offscreen windows may not get the keyboard focus)."""
    editors = [w for w in view.viewport().findChildren(kind) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def type_into_editor(qtbot, page, index, text):
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    editor = open_editor(page.view)
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # QTest types ASCII only; Chinese arrives from an input method as committed text
        editor.insert(text)
    qtbot.keyClick(editor, Qt.Key_Return)
    QApplication.processEvents()  # the delegate commits on a queued call


def test_tree_model_passes_modeltester(qtmodeltester, tree):
    _ctx, _window, page = tree
    qtmodeltester.check(page.model)


def test_add_rename_both_languages_undo_redo(qtbot, tree):
    ctx, window, page = tree
    before = ctx.project
    page.select("principles")
    qtbot.mouseClick(page.b_add, Qt.LeftButton)
    qtbot.keyClick(open_editor(page.view), Qt.Key_Escape)  # adding opens the label for typing
    QApplication.processEvents()
    new_id = page.selected_id()
    assert ctx.project.parent(new_id).id == "principles"
    assert ctx.project.node("principles").child_ids()[-1] == new_id
    type_into_editor(qtbot, page, page.model.index_of(new_id, ZH), "市场需求")
    type_into_editor(qtbot, page, page.model.index_of(new_id, EN), "Market demand")
    label = ctx.project.node(new_id).label
    assert (label.zh, label.en) == ("市场需求", "Market demand")
    assert page.model.index_of(new_id).data() == "Market demand"
    assert window.isWindowModified()
    window.act_undo.trigger()
    assert ctx.project.node(new_id).label.zh == "市场需求"
    assert ctx.project.node(new_id).label.en != "Market demand"
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert ctx.project == before
    assert not window.isWindowModified()
    for _ in range(3):
        window.act_redo.trigger()
    assert ctx.project.node(new_id).label.en == "Market demand"


def test_type_and_unit_only_on_leaves(qtbot, tree):
    ctx, window, page = tree
    leaf = ctx.project.leaves()[0].id
    assert not page.model.flags(page.model.index_of("principles", TYPE)) & Qt.ItemIsEditable
    index = page.model.index_of(leaf, TYPE)
    page.view.edit(index)
    combo = open_editor(page.view, QComboBox)
    combo.setCurrentIndex(1)
    page.view.commitData(combo)
    assert ctx.project.node(leaf).type == CriterionType.COST
    assert page.model.index_of(leaf, TYPE).data() == "cost"
    type_into_editor(qtbot, page, page.model.index_of(leaf, UNIT), "%")
    assert ctx.project.node(leaf).unit == "%"
    window.act_undo.trigger()
    assert ctx.project.node(leaf).unit == ""
    window.act_undo.trigger()
    assert ctx.project.node(leaf).type == CriterionType.BENEFIT


def test_delete_with_judgments_asks_and_undo_restores_everything(qtbot, tree):
    ctx, window, page = tree
    before = ctx.project
    page.select("P2")
    ctx.interaction.script(False)
    qtbot.mouseClick(page.b_delete, Qt.LeftButton)
    assert ctx.interaction.methods_asked() == ["confirm"]
    assert ctx.project is before
    ctx.interaction.script(True)
    page.select("P2")
    qtbot.mouseClick(page.b_delete, Qt.LeftButton)
    assert not ctx.project.has_node("P2")
    assert all(("P2" not in pair) for nodes in ctx.project.judgments.values()
               for pairs in nodes.values() for pair in pairs)
    window.act_undo.trigger()
    assert ctx.project == before
    assert ctx.project.judgments == before.judgments


def test_reorder_moves_and_undoes(qtbot, tree):
    ctx, window, page = tree
    order = ctx.project.node("strategies").child_ids()
    e = ctx.project.experts[0].id
    judged = ctx.project.judgment(e, "strategies", order[1], order[2])
    page.select(order[2])
    qtbot.mouseClick(page.b_up, Qt.LeftButton)
    moved = ctx.project.node("strategies").child_ids()
    assert moved == (order[0], order[2], order[1], order[3])
    # The judgments follow the items, whatever their order (same a_ab read either way).
    assert ctx.project.judgment(e, "strategies", order[1], order[2]) == pytest.approx(judged)
    page.select(order[2])
    qtbot.mouseClick(page.b_down, Qt.LeftButton)
    assert ctx.project.node("strategies").child_ids() == order
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert ctx.project.node("strategies").child_ids() == order
    assert page.selected_id() == order[2]


def test_language_switch_relabels_and_keeps_the_view(qtbot, tree):
    ctx, window, page = tree
    page.view.collapse(page.model.index_of("strategies"))
    page.select("P3")
    window.act_lang["zh"].trigger()
    assert page.model.index_of("P3").data() == ctx.project.node("P3").label.zh
    assert page.model.headerData(0, Qt.Horizontal) == "准则"
    assert page.selected_id() == "P3"
    assert not page.view.isExpanded(page.model.index_of("strategies"))
    assert page.view.isExpanded(page.model.index_of("principles"))
    window.act_lang["en"].trigger()
    assert page.model.index_of("P3").data() == ctx.project.node("P3").label.en



def _shown_weights(page) -> dict[str, str]:
    return {nid: page.model.index_of(nid, WEIGHT).data() for nid in page.model.node_ids}


def _fresh_weights(project) -> dict[str, str]:
    """The group's global weights of a fresh full evaluation, as the tree writes them."""
    weights = evaluate(project).hierarchy.global_weights
    return {n.id: "" if math.isnan(weights.get(n.id, math.nan)) else f"{weights[n.id]:.3f}"
            for n in project.goal.walk()}


@pytest.mark.parametrize("shown", [True, False], ids=["tree shown", "tree hidden"])
def test_a_judgment_edit_keeps_the_tree_and_updates_its_weights(qtbot, tree, shown):
    """A judgment edit keeps the hierarchy (no reset: expansion and selection stay); the global
    weights follow, at once when the page is shown, else when it is shown again."""
    ctx, window, page = tree
    page.select("principles")
    assert _shown_weights(page) == _fresh_weights(ctx.project)
    resets, told = [], set()
    page.model.modelReset.connect(lambda: resets.append(1))

    def changed(top, bottom, _roles=()):
        parent = page.model.node_id(top.parent())
        for row in range(top.row(), bottom.row() + 1):
            if top.column() <= WEIGHT <= bottom.column():
                told.add(page.model.node_id(page.model.index(row, 0, top.parent()))
                         if parent else page.model.node_id(top))

    page.model.dataChanged.connect(changed)
    if not shown:
        window.show_page("pairwise")
    a, b = ctx.project.node("principles").child_ids()[:2]
    before = _fresh_weights(ctx.project)
    ctx.push(edits.SetJudgment(ctx.project.expert_ids()[0], "principles", a, b, 9.0))
    if not shown:
        window.show_page("tree")
    QApplication.processEvents()
    assert resets == []
    assert page.selected_id() == "principles"
    assert page.view.isExpanded(page.model.index_of("principles"))
    assert _fresh_weights(ctx.project) != before  # the edit moved the weights
    assert _shown_weights(page) == _fresh_weights(ctx.project)
    # The view was told to repaint every weight (a hidden tree is told when shown again).
    assert told == set(page.model.node_ids)

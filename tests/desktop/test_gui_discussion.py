"""The discussion view for the room (issue 17, item 2): one pair at a time in the engine's order
(largest spread first), each expert's answer on the scale, the group's aggregate and spread,
keyboard stepping, a revised answer as one undo step with S* moving, full screen on F11."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt

from desktop.testing import make_window
from desktop.views.pair_slider import value_to_position
from mcdm.project.sample import unanswered_sample_project


@pytest.fixture
def room(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path)
    window.show_page("discussion")
    return ctx, window, window.page("discussion")


def test_pairs_come_in_the_engines_order_most_disputed_first(room):
    ctx, _window, page = room
    order = [p.key for p in ctx.result.discussion()]
    assert page.order == order
    first = ctx.result.discussion()[0]
    assert page.current().key == first.key
    assert page.position.text() == (f"Pair 1 of {len(order)} · most disputed first · under "
                                    f"{ctx.project.node(first.node_id).label.en}")
    project = ctx.project
    assert page.left.text() == project.node(first.a).label.en
    assert page.right.text() == project.node(first.b).label.en
    assert page.spread.text() == f"Spread (geometric SD): {first.spread:.2f}"
    assert f"({first.aggregate:.3g})" in page.group.text()
    # Every expert's answer is a marker at its place on the scale.
    experts = project.expert_ids()
    wanted = {experts.index(e) + 1: value_to_position(v) for e, v in first.answers
              if v is not None}
    assert page.scale_view.marker_positions() == wanted
    assert page.scale_view.aggregate == first.aggregate
    assert f"{ctx.result.consensus:.2f}" in page.overall.text()
    assert f"{first.consensus:.2f}" in page.node_consensus.text()
    assert "was" not in page.node_consensus.text()  # nothing changed yet


def test_the_keyboard_steps_through_the_pairs(qtbot, room):
    ctx, _window, page = room
    order = page.order
    page.setFocus()
    for key, index in ((Qt.Key.Key_Right, 1), (Qt.Key.Key_PageDown, 2), (Qt.Key.Key_Left, 1),
                       (Qt.Key.Key_PageUp, 0), (Qt.Key.Key_PageUp, 0)):
        qtbot.keyClick(page, key)
        assert page.index == index
        assert page.current().key == order[index]
    assert not page.prev_button.isEnabled()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.index == 1


def test_a_revised_answer_is_one_undo_step_and_moves_s_star(qtbot, room):
    ctx, window, page = room
    pair = page.current()
    before = ctx.project
    # The expert furthest from the group comes round to the aggregate's nearest answer.
    expert, _v = max(((e, v) for e, v in pair.answers if v is not None),
                     key=lambda ev: abs(math.log(ev[1]) - math.log(pair.aggregate)))
    page.expert_box.setCurrentIndex(page.expert_box.findData(expert))
    target = 1.0  # "equal", next to the group's 1.16
    page.value_box.setCurrentIndex(page.value_box.findData(target))
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert ctx.undo_stack.count() == 1
    assert ctx.project.judgment(expert, pair.node_id, pair.a, pair.b) == target
    assert ctx.undo_stack.undoText() == "Revise in discussion: " + ctx.project.expert(
        expert).name
    again = page.current()
    assert again.key == pair.key  # the pair stays in front while the room talks
    assert again.spread < pair.spread
    assert again.consensus > pair.consensus
    assert f"{again.consensus:.2f} (" in page.node_consensus.text()
    assert page.node_consensus.text().endswith(f"(was {pair.consensus:.2f})")
    window.act_undo.trigger()
    assert ctx.project == before
    assert page.current().spread == pytest.approx(pair.spread)
    # "Sort again" takes the engine's order afresh and starts from the top.
    qtbot.mouseClick(page.sort_button, Qt.MouseButton.LeftButton)
    assert page.index == 0


def test_one_node_at_a_time(room):
    ctx, _window, page = room
    page.node_box.setCurrentIndex(page.node_box.findData("strategies"))
    assert page.order == [p.key for p in ctx.result.discussion() if p.node_id == "strategies"]
    assert all(k[0] == "strategies" for k in page.order)


def test_f11_puts_the_window_full_screen_and_back(qtbot, room):
    _ctx, window, page = room
    assert page.full_button.defaultAction() is window.act_full_screen
    window.act_full_screen.trigger()
    qtbot.waitUntil(lambda: window.isFullScreen())
    assert window.nav.isHidden()
    assert window.toolbar.isHidden()
    window.act_full_screen.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.nav.isHidden()
    assert window.act_full_screen.shortcut().toString() == "F11"


def test_without_answers_the_page_says_where_they_come_from(qtbot, tmp_path):
    _ctx, window = make_window(qtbot, tmp_path, unanswered_sample_project())
    window.show_page("discussion")
    page = window.page("discussion")
    assert page.empty.isVisible()
    assert "import the questionnaires" in page.empty.text()
    assert not page.scale_view.isVisible()

"""The pairwise comparison editor driven by its sliders, matrix cells and buttons; every number
checked against the AHP engine called directly on the matrix the test entered."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop.models import lookup
from desktop.testing import make_window
from desktop.views.pair_slider import position_to_value, value_to_position
from mcdm.ahp import priorities
from mcdm.project.model import Criterion, Expert, Project, Text


def blank_project() -> Project:
    """One expert, one node with four criteria, no judgments."""
    kids = tuple(Criterion(c, Text(f"准则{c}", f"Criterion {c}")) for c in "ABCD")
    return Project(title=Text("测试", "Test"), goal=Criterion("goal", Text("目标", "Goal"),
                                                             children=kids),
                   experts=(Expert("E1", "Expert one"),))


@pytest.fixture
def blank(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path, blank_project())
    window.show_page("pairwise")
    page = window.page("pairwise")
    page.set_target("E1", "goal")
    return ctx, window, page


def test_slider_positions_read_as_saaty_values():
    assert position_to_value(-8) == 9.0
    assert position_to_value(0) == 1.0
    assert position_to_value(4) == pytest.approx(1 / 5)
    for position in range(-8, 9):
        assert value_to_position(position_to_value(position)) == position


def test_matrix_entered_by_sliders_gives_the_engines_weights(qtbot, blank):
    ctx, _window, page = blank
    # Upper triangle the test enters; a_ab > 1 means the left item matters more.
    wanted = {("A", "B"): 3.0, ("A", "C"): 5.0, ("A", "D"): 9.0,
              ("B", "C"): 2.0, ("B", "D"): 4.0, ("C", "D"): 1 / 2}
    for (a, b), value in wanted.items():
        row = page.slider_for(a, b)
        row.slider.setFocus()
        target = value_to_position(value)
        key = Qt.Key_Left if target < 0 else Qt.Key_Right
        for _ in range(abs(target)):
            qtbot.keyClick(row.slider, key)
        assert row.value() == pytest.approx(value)
    ids = "ABCD"
    matrix = np.ones((4, 4))
    for (a, b), value in wanted.items():
        matrix[ids.index(a), ids.index(b)] = value
        matrix[ids.index(b), ids.index(a)] = 1 / value
    engine = priorities(matrix)
    node = lookup.expert_node(ctx.result, "E1", "goal")
    np.testing.assert_allclose(node.weights, engine.weights, rtol=1e-9)
    assert node.consistency.cr == pytest.approx(engine.cr)
    # What the chart draws and the badge says are those numbers.
    np.testing.assert_allclose(page.chart.values(), engine.weights, rtol=1e-9)
    assert page.chart.value_labels() == [f"{w:.3f}" for w in engine.weights]
    assert f"CR {engine.cr:.3f}" in page.badge.text()
    assert page.badge.level == ("pass" if engine.cr <= 0.1 else "fail")
    # The matrix view shows the same judgments, reciprocals below the diagonal.
    model = page.matrix_model
    assert model.index(0, 2).data() == "5"
    assert model.index(2, 0).data() == "1/5"
    assert model.index(2, 3).data() == "1/2"


def test_a_slider_drag_is_one_undo_step(qtbot, blank):
    ctx, window, page = blank
    slider = page.slider_for("A", "C").slider
    slider.setSliderDown(True)
    for position in (-1, -2, -3, -4, -6):
        slider.setValue(position)
    slider.setSliderDown(False)
    assert ctx.undo_stack.count() == 1
    assert ctx.project.judgment("E1", "goal", "A", "C") == 7.0
    second = page.slider_for("A", "C").slider
    second.setSliderDown(True)
    second.setValue(2)
    second.setSliderDown(False)
    assert ctx.undo_stack.count() == 2  # a new drag is a new step
    window.act_undo.trigger()
    assert ctx.project.judgment("E1", "goal", "A", "C") == 7.0
    window.act_undo.trigger()
    assert ctx.project.judgment("E1", "goal", "A", "C") is None
    assert page.slider_for("A", "C").words.text() == "missing"
    window.act_redo.trigger()
    assert page.slider_for("A", "C").slider.value() == -6


def test_matrix_cells_edit_the_upper_triangle_only(qtmodeltester, qtbot, blank):
    ctx, window, page = blank
    model = page.matrix_model
    assert model.setData(model.index(1, 3), "1/3")
    assert ctx.project.judgment("E1", "goal", "B", "D") == pytest.approx(1 / 3)
    assert page.slider_for("B", "D").slider.value() == 2
    assert not model.flags(model.index(3, 1)) & Qt.ItemIsEditable
    assert not model.setData(model.index(1, 2), "abc")
    assert ctx.project.judgment("E1", "goal", "B", "C") is None
    assert model.setData(model.index(1, 3), "")  # empty clears: a missing judgment again
    assert ctx.project.judgment("E1", "goal", "B", "D") is None
    window.act_undo.trigger()
    assert ctx.project.judgment("E1", "goal", "B", "D") == pytest.approx(1 / 3)
    qtmodeltester.check(model)


def test_apply_suggestion_lowers_cr_and_undoes(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path)
    window.show_page("pairwise")
    page = window.page("pairwise")
    worst = max(ctx.project.expert_ids(),
                key=lambda e: lookup.expert_progress(ctx.result, e).worst_cr or 0)
    node_id = lookup.expert_progress(ctx.result, worst).worst_node
    page.set_target(worst, node_id)
    before = lookup.expert_node(ctx.result, worst, node_id)
    assert before.consistency.cr > ctx.project.settings.cr_threshold
    assert before.suggestions
    cell = page.matrix_model
    first = before.suggestions[0]
    ids = before.ids
    assert cell.index(ids.index(first.a), ids.index(first.b)).data(Qt.BackgroundRole) is not None
    assert page.badge.level in ("fail", "partial")
    assert page.slider_for(first.a, first.b).flagged  # the slider row is highlighted too
    qtbot.mouseClick(page.apply_buttons[0], Qt.LeftButton)
    after = lookup.expert_node(ctx.result, worst, node_id)
    assert after.consistency.cr < before.consistency.cr
    assert after.consistency.cr == pytest.approx(first.cr_after)
    assert ctx.project.judgment(worst, node_id, first.a, first.b) == pytest.approx(first.suggested)
    assert f"CR {after.consistency.cr:.3f}" in page.badge.text()
    window.act_undo.trigger()
    assert lookup.expert_node(ctx.result, worst, node_id).consistency.cr == pytest.approx(before.consistency.cr)


def test_intransitive_triple_is_named(qtbot, blank):
    ctx, _window, page = blank
    model = page.matrix_model
    # A > B, B > C but C > A: a cycle (D, judged against A, keeps the graph connected).
    for (i, j), text in (((0, 1), "3"), ((1, 2), "3"), ((0, 2), "1/3"), ((0, 3), "2")):
        assert model.setData(model.index(i, j), text)
    text = page.triples.text()
    assert "Intransitive" in text
    assert "Criterion A > Criterion B > Criterion C > Criterion A" in text
    assert "Criterion D" not in text


def test_releasing_a_missing_judgment_at_equal_sets_it_to_one(qtbot, blank):
    ctx, _window, page = blank
    row = page.slider_for("B", "D")
    assert row.words.text() == "missing"
    row.slider.setSliderDown(True)
    row.slider.setSliderDown(False)
    assert ctx.project.judgment("E1", "goal", "B", "D") == 1.0
    assert row.words.text() == "1 equal"
    qtbot.mouseClick(row.clear, Qt.LeftButton)
    assert ctx.project.judgment("E1", "goal", "B", "D") is None


def test_badge_level_by_both_thresholds():
    from mcdm.project.analyses import Consistency

    def level(cr, gci, asked=6):
        return Consistency(cr, 0.1, gci, 0.35, asked, asked).level

    # Saaty's CR ≤ 0.1 and Aguarón & Moreno-Jiménez's GCI ≤ 0.35 (n = 4).
    assert level(0.05, 0.20) == "pass"
    assert level(0.10, 0.35) == "pass"  # at the threshold still passes
    assert level(0.15, 0.20) == "partial"
    assert level(0.05, 0.50) == "partial"
    assert level(0.15, 0.50) == "fail"
    # 2 x 2: no GCI bound applies, so only CR decides
    two = Consistency(0.0, 0.1, 0.0, float("inf"), 1, 1)
    assert not two.gci_applies
    assert two.level == "pass"

"""Repairing a whole judgment matrix from the pairwise page: the proposal comes from the engine's
``repair``, is reviewed through the scripted interaction, and applies as one undo step."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop.models import lookup
from desktop.testing import make_window
from mcdm.ahp import priorities, repair
from mcdm.project import edits
from mcdm.project.model import Criterion, Expert, Project, Text


def _page(qtbot, tmp_path, project=None):
    ctx, window = make_window(qtbot, tmp_path, project)
    window.show_page("pairwise")
    return ctx, window, window.page("pairwise")


def test_repair_e4_principles_passes_and_one_undo_restores(qtbot, tmp_path):
    ctx, window, page = _page(qtbot, tmp_path)
    page.set_target("E4", "principles")
    before = ctx.project
    cr0 = priorities(before.judgment_matrix("E4", "principles")).cr
    assert cr0 == pytest.approx(1.057, abs=5e-4)  # the sample's inconsistent expert
    assert not page.repair_button.isHidden()
    assert "0.1" in page.repair_button.text()
    steps = ctx.undo_stack.count()
    ctx.interaction.script(True)
    qtbot.mouseClick(page.repair_button, Qt.LeftButton)
    asked = ctx.interaction.asked[-1]
    assert asked.method == "review_problems"
    _title, text, lines, can_proceed = asked.args
    assert can_proceed
    # what the dialog proposed is what the engine's repair proposes for this matrix
    ids = before.node("principles").child_ids()
    engine = repair(before.judgment_matrix("E4", "principles"), 0.1, names=ids)
    assert len(lines) == len(engine.changes) >= 1
    assert f"{engine.cr_before:.3f}" in text
    assert f"{engine.cr_after:.3f}" in text
    assert lines[-1].endswith(f"(CR then {engine.cr_after:.3f})")
    # applied: the engine, called on the project's new matrix, finds it consistent enough
    assert ctx.undo_stack.count() == steps + 1
    after = priorities(ctx.project.judgment_matrix("E4", "principles")).cr
    assert after <= 0.1
    assert after == pytest.approx(engine.cr_after)
    for i, j, _old, new in engine.changes:
        assert ctx.project.judgment("E4", "principles", ids[i], ids[j]) == pytest.approx(new)
    assert lookup.expert_node(ctx.result, "E4", "principles").consistency.cr == pytest.approx(after)
    assert page.repair_button.isHidden()  # it passes now
    window.act_undo.trigger()
    assert ctx.project.judgments == before.judgments
    np.testing.assert_array_equal(ctx.project.judgment_matrix("E4", "principles"),
                                  before.judgment_matrix("E4", "principles"))
    assert not page.repair_button.isHidden()


def test_declining_changes_nothing_and_passing_matrices_offer_no_repair(qtbot, tmp_path):
    ctx, _window, page = _page(qtbot, tmp_path)
    page.set_target("E4", "principles")
    before, steps = ctx.project, ctx.undo_stack.count()
    ctx.interaction.script(False)
    qtbot.mouseClick(page.repair_button, Qt.LeftButton)
    assert ctx.interaction.methods_asked() == ["review_problems"]
    assert ctx.project is before
    assert ctx.undo_stack.count() == steps
    page.set_target("E4", "strategies")  # CR ≈ 0.03: passes
    assert page.repair_button.isHidden()


def _large_project(n=11):
    kids = tuple(Criterion(f"C{k}", Text(f"准则{k}", f"Criterion {k}")) for k in range(n))
    return Project(title=Text("测试", "Test"), goal=Criterion("goal", Text("目标", "Goal"),
                                                             children=kids),
                   experts=(Expert("E1", "Expert one"),))


def test_large_matrix_is_repaired_in_the_worker_with_an_honest_message(qtbot, tmp_path):
    ctx, window, page = _page(qtbot, tmp_path, _large_project())
    page.set_target("E1", "goal")
    ids = ctx.project.node("goal").child_ids()
    # every criterion "extremely more important" than every later one: far from consistent
    ctx.push(edits.Composite(tuple(edits.SetJudgment("E1", "goal", a, b, 9.0)
                                   for k, a in enumerate(ids) for b in ids[k + 1:])))
    matrix = ctx.project.judgment_matrix("E1", "goal")
    assert priorities(matrix).cr > 0.1
    assert not page.repair_button.isHidden()
    steps = ctx.undo_stack.count()
    ctx.interaction.script(True)
    task = page.repair_matrix()
    assert task is not None  # n = 11 goes to the worker thread
    assert not page.repair_button.isEnabled()
    qtbot.waitUntil(lambda: page.repair_task is None, timeout=30_000)
    assert page.repair_button.isEnabled() or page.repair_button.isHidden()
    engine = repair(matrix, 0.1, names=ids)
    _title, text, lines, _ok = ctx.interaction.asked[-1].args
    assert len(lines) == len(engine.changes)
    assert ("best found within the search budget" in text) == engine.budget_exhausted
    assert ctx.undo_stack.count() == steps + 1
    assert priorities(ctx.project.judgment_matrix("E1", "goal")).cr == pytest.approx(
        engine.cr_after)
    window.act_undo.trigger()
    np.testing.assert_array_equal(ctx.project.judgment_matrix("E1", "goal"), matrix)


def test_a_proposal_for_an_edited_project_is_not_applied(qtbot, tmp_path):
    ctx, _window, page = _page(qtbot, tmp_path)
    page.set_target("E4", "principles")
    plan = ctx.result.repair_plan("E4", "principles")
    ids = ctx.project.node("principles").child_ids()
    ctx.push(edits.SetJudgment("E4", "principles", ids[0], ids[1], 2.0))
    edited, steps = ctx.project, ctx.undo_stack.count()
    ctx.interaction.script(True)
    assert not page.offer_repair(plan)
    assert ctx.interaction.methods_asked() == ["information"]
    assert ctx.project is edited
    assert ctx.undo_stack.count() == steps


def test_repair_speaks_chinese(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path, lang="zh")
    window.show_page("pairwise")
    page = window.page("pairwise")
    page.set_target("E4", "principles")
    assert page.repair_button.text() == "修复至一致性比率 CR ≤ 0.1…"
    ctx.interaction.script(False)
    qtbot.mouseClick(page.repair_button, Qt.LeftButton)
    _title, text, lines, _ok = ctx.interaction.asked[-1].args
    assert text.startswith("修改下列判断值后，一致性比率 CR 由 1.057 变为")
    assert all("→ 建议值" in line for line in lines)

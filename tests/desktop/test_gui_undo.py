"""The one undo command over model edits: apply, undo, redo, merge (a drag), refused edits."""

from __future__ import annotations

import pytest

from desktop.testing import make_context
from mcdm.errors import MCDMError
from mcdm.project import edits


@pytest.fixture
def ctx(qapp, tmp_path):
    return make_context(tmp_path)


def test_push_undo_redo_round_trip(ctx):
    start = ctx.project
    e = start.expert_ids()[0]
    ctx.push(edits.SetJudgment(e, "principles", "P1", "P2", 9.0), "judge")
    after = ctx.project
    assert after.judgment(e, "principles", "P1", "P2") == 9.0
    assert ctx.dirty
    ctx.undo_stack.undo()
    assert ctx.project == start
    assert not ctx.dirty
    ctx.undo_stack.redo()
    assert ctx.project == after
    assert ctx.undo_stack.undoText() == "judge"


def test_same_merge_key_folds_into_one_step_that_undoes_to_the_start(ctx):
    start = ctx.project
    e = start.expert_ids()[0]
    for value in (2.0, 3.0, 5.0, 7.0):
        ctx.push(edits.SetJudgment(e, "principles", "P1", "P2", value), "drag",
                 merge_key=("drag", 1))
    assert ctx.undo_stack.count() == 1
    assert ctx.project.judgment(e, "principles", "P1", "P2") == 7.0
    ctx.undo_stack.undo()
    assert ctx.project == start
    ctx.undo_stack.redo()
    assert ctx.project.judgment(e, "principles", "P1", "P2") == 7.0
    # Another key (a new drag, another pair) is another step.
    ctx.push(edits.SetJudgment(e, "principles", "P1", "P2", 1.0), "drag", merge_key=("drag", 2))
    ctx.push(edits.SetJudgment(e, "principles", "P1", "P3", 1.0), "other")
    assert ctx.undo_stack.count() == 3


def test_a_refused_edit_raises_and_changes_nothing(ctx):
    start, result = ctx.project, ctx.result
    with pytest.raises(MCDMError):
        ctx.push(edits.SetExpertWeight(start.expert_ids()[0], -1.0), "bad")
    assert ctx.project is start
    assert ctx.result is result
    assert ctx.undo_stack.count() == 0


def test_result_is_recomputed_on_every_change(ctx, qtbot):
    e = ctx.project.expert_ids()[3]
    before = ctx.result
    with qtbot.waitSignals([ctx.projectChanged, ctx.resultChanged]):
        ctx.push(edits.SetExpertWeight(e, 3.0), "weight")
    assert ctx.result is not before
    assert ctx.result.project is ctx.project
    ctx.undo_stack.undo()
    assert ctx.result.project is ctx.project

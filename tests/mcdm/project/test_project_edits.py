"""Edits: every edit returns its inverse; invalid edits raise and change nothing (no Qt)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mcdm.errors import MCDMError
from mcdm.project import edits as E
from mcdm.project.model import (
    Criterion,
    Expert,
    Text,
)
from mcdm.project.schema import validate
from tests.support.projects import BASE, edit_strategy


@given(st.lists(edit_strategy, min_size=1, max_size=8))
def test_any_edit_sequence_undoes_to_the_original(edit_list):
    project = BASE
    history = []
    for edit in edit_list:
        before = project
        try:
            after, inverse = edit.apply(project)
        except MCDMError:
            continue  # an invalid edit raises; the project value is untouched by construction
        # the inverse restores exactly, and the inverse's inverse redoes exactly
        restored, redo = inverse.apply(after)
        assert restored == before
        assert redo.apply(restored)[0] == after
        project = after
        history.append(inverse)
        assert validate(project) == ()  # a valid project stays valid
    for inverse in reversed(history):
        project, _ = inverse.apply(project)
    assert project == BASE


@settings(max_examples=400)
@given(edit_strategy)
def test_any_single_edit_inverts_or_raises_a_typed_error(edit):
    try:
        after, inverse = edit.apply(BASE)
    except MCDMError:
        return
    assert inverse.apply(after)[0] == BASE


def test_set_judgment_stores_canonical_orientation_and_inverts():
    p, inv = E.SetJudgment("e2", "A", "a3", "a1", 2.0).apply(BASE)
    assert p.judgments["e2"]["A"][("a1", "a3")] == 0.5  # replaced the 4.0 with 1/2
    assert p.judgment("e2", "A", "a3", "a1") == 2.0
    assert inv == E.SetJudgment("e2", "A", "a1", "a3", 4.0)
    cleared, _ = E.SetJudgment("e2", "A", "a1", "a3", None).apply(BASE)
    assert "e2" not in cleared.judgments  # no empty entries left behind
    assert np.isnan(cleared.judgment_matrix("e2", "A")[0, 2])


@pytest.mark.parametrize(("edit", "code"), [
    (E.SetJudgment("e1", "A", "a1", "a1", 2.0), "edit.judgment_pair"),
    (E.SetJudgment("e1", "A", "a1", "B", 2.0), "edit.judgment_pair"),
    (E.SetJudgment("e1", "A", "a1", "a2", 0.0), "edit.value"),
    (E.SetJudgment("nobody", "A", "a1", "a2", 2.0), "project.unknown_expert"),
    (E.SetScore("e1", "i1", "d1", "a1", 10.0), "edit.score_range"),
    (E.SetScore("e1", "i1", "d9", "a1", 1.0), "edit.score_direction"),
    (E.SetScore("e1", "i1", "d1", "A", 1.0), "edit.score_criterion"),
    (E.SetExpertWeight("e1", -1.0), "edit.expert_weight"),
    (E.RemoveCriterion("goal"), "edit.remove_goal"),
    (E.MoveCriterion("A", "a1", 0), "edit.move_cycle"),
    (E.AddCriterion("A", Criterion("B", Text("dup"))), "edit.id_duplicate"),
    (E.AddExpert(Expert("e1", "dup")), "edit.invalid"),
    (E.SetSetting("score_max", 5.0), "edit.invalid"),  # a 7 is already scored on a1
    (E.SetSetting("normalization", "softmax"), "edit.setting_invalid"),
])
def test_invalid_edits_raise_with_a_code(edit, code):
    with pytest.raises(MCDMError) as exc:
        edit.apply(BASE)
    assert exc.value.code == code


def test_remove_criterion_drops_and_restores_subtree_judgments_and_scores():
    p, inv = E.RemoveCriterion("A").apply(BASE)
    assert [c.id for c in p.leaves()] == ["B"]
    assert "e2" not in p.judgments  # e2 only judged inside A
    assert ("e1", "i1", "d1", "a1") not in p.scores
    assert ("e2", "i1", "d2", "B") in p.scores
    assert inv.apply(p)[0] == BASE


def test_moving_a_child_reorients_judgments():
    p, _ = E.MoveCriterion("a3", "A", 0).apply(BASE)
    assert p.node("A").child_ids() == ("a3", "a1", "a2")
    # the same judgments, read either way
    for a, b in [("a1", "a2"), ("a2", "a3"), ("a1", "a3")]:
        for e in ("e1", "e2"):
            old, new = BASE.judgment(e, "A", a, b), p.judgment(e, "A", a, b)
            assert (old is None and new is None) or new == pytest.approx(old)
    assert validate(p) == ()


def test_leaf_that_becomes_a_parent_loses_its_scores():
    p, inv = E.AddCriterion("B", Criterion("b1", Text("乙1"))).apply(BASE)
    assert ("e2", "i1", "d2", "B") not in p.scores
    assert [c.id for c in p.leaves()] == ["a1", "a2", "a3", "b1"]
    assert inv.apply(p)[0] == BASE


def test_composite_is_one_step_and_all_or_nothing():
    block = E.Composite((E.SetJudgment("e1", "goal", "A", "B", 5.0),
                         E.SetScore("e2", "i1", "d1", "g", 3.5)), "import")
    p, inv = block.apply(BASE)
    assert p.judgment("e1", "goal", "A", "B") == 5.0
    assert p.score("e2", "i1", "d1", "g") == 3.5
    assert inv.apply(p)[0] == BASE
    bad = E.Composite((E.SetJudgment("e1", "goal", "A", "B", 5.0),
                       E.SetScore("e2", "i1", "d1", "a1", 99.0)))
    with pytest.raises(MCDMError):
        bad.apply(BASE)


def test_set_scores_block_with_a_repeated_cell_undoes_to_the_first_value():
    key = ("e1", "i1", "d1", "a1")
    p, inv = E.SetScores(((key, 2.0), (key, 3.0))).apply(BASE)
    assert p.scores[key] == 3.0
    assert inv.apply(p)[0] == BASE


def test_fresh_id():
    assert E.fresh_id(["e1", "e2"], "e3") == "e3"
    assert E.fresh_id(["x", "x2"], "x") == "x3"
    assert E.fresh_id([], "E", numbered=True) == "E1"
    assert E.fresh_id(["E", "E1", "E3"], "E", numbered=True) == "E2"


@pytest.mark.parametrize("key", [("e1", "i1", "d1"), ("e1", "i1", "d1", ["a1"]), ("e1",) * 5])
def test_malformed_score_keys_raise_a_typed_error(key):
    with pytest.raises(MCDMError) as exc:
        E.SetScores(((key, 2.0),)).apply(BASE)
    assert exc.value.code == "edit.score_key"

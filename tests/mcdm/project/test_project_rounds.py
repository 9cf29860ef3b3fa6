"""Delphi-style rounds in the model: the round history survives save, load, migration from
schema 1, structural edits and undo; starting a round and setting reasons invert exactly."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mcdm.errors import MCDMError, ValidationFailed
from mcdm.project import edits as E
from mcdm.project.migrations import migrate
from mcdm.project.model import SCHEMA_VERSION, Round
from mcdm.project.schema import validate
from mcdm.project.storage import dumps, loads
from tests.support.projects import BASE, EXPERTS, NODES, edit_strategy, small_project

CLOSED = "2025-03-01T10:00:00+08:00"


def test_a_new_project_is_in_round_one():
    assert BASE.rounds == ()
    assert BASE.current_round == 1


def test_start_round_keeps_the_answers_and_records_the_closed_round():
    p, _ = E.SetReason("e1", "A", "a2", "a1", "市场数据支持").apply(BASE)
    q, inverse = E.StartRound(CLOSED).apply(p)
    assert q.current_round == 2
    assert q.rounds == (Round(1, CLOSED, p.judgments, p.reasons),)
    assert q.judgments == p.judgments  # round 2 starts from the round-1 answers
    assert dict(q.reasons) == {}  # ... with no reasons yet
    assert inverse.apply(q)[0] == p
    assert validate(q) == ()


def test_reasons_are_stored_in_children_order_and_blank_clears():
    p, inv = E.SetReason("e1", "A", "a2", "a1", "why").apply(BASE)
    assert p.reasons["e1"]["A"] == {("a1", "a2"): "why"}
    assert p.reason("e1", "A", "a2", "a1") == "why"
    cleared, _ = E.SetReason("e1", "A", "a1", "a2", "   ").apply(p)
    assert cleared == BASE
    assert inv.apply(p)[0] == BASE


@pytest.mark.parametrize("edit", [
    E.SetReason("e1", "A", "a1", "a1", "x"), E.SetReason("e1", "A", "a1", "B", "x"),
    E.SetReason("zz", "A", "a1", "a2", "x"), E.SetReason("e1", "A", "a1", "a2", "bad\x00"),
    E.SetReason("e1", "A", "a1", "a2", "x" * 2001), E.StartRound(""), E.StartRound("\x07")])
def test_invalid_round_edits_raise_and_change_nothing(edit):
    with pytest.raises(MCDMError):
        edit.apply(BASE)


def test_start_round_now_is_fixed_when_built():
    edit = E.StartRound.now()
    assert edit.apply(BASE)[0] == edit.apply(BASE)[0]  # redo records the same time
    assert "T" in edit.closed


def _with_rounds():
    p, _ = E.SetReason("e1", "A", "a1", "a2", "理由").apply(BASE)
    p, _ = E.StartRound(CLOSED).apply(p)
    p, _ = E.SetJudgment("e1", "A", "a1", "a2", 3.0).apply(p)
    p, _ = E.StartRound("2025-03-08T10:00:00+08:00").apply(p)
    return p


def test_round_history_survives_save_and_load():
    p = _with_rounds()
    text = dumps(p)
    data = json.loads(text)
    assert [r["number"] for r in data["rounds"]] == [1, 2]
    assert data["rounds"][0]["reasons"] == {"e1": {"A": {"a1": {"a2": "理由"}}}}
    assert data["rounds"][0]["judgments"]["e1"]["A"]["a1"]["a2"] == 2
    assert data["rounds"][1]["judgments"]["e1"]["A"]["a1"]["a2"] == 3
    assert loads(text) == p


def test_a_schema_1_file_migrates_to_round_one():
    data = json.loads(dumps(BASE))
    data["schema_version"] = 1
    del data["rounds"], data["reasons"]
    before = json.dumps(data)
    migrated = migrate(data)
    assert json.dumps(data) == before  # the input is not changed
    assert migrated["schema_version"] == SCHEMA_VERSION == 2
    assert loads(json.dumps(data)) == BASE


@pytest.mark.parametrize(("change", "code"), [
    (lambda d: d["rounds"][0].update(number=2), "project.round_number"),
    (lambda d: d["rounds"][0].update(closed=""), "project.round_closed"),
    (lambda d: d["rounds"][0]["judgments"]["e1"]["A"]["a1"].update(a2=-1), "project.judgment_value"),
    (lambda d: d["rounds"][0]["judgments"].update(nobody={"A": {"a1": {"a2": 2}}}), "project.judgment_expert"),
    (lambda d: d["rounds"][0]["reasons"]["e1"]["A"]["a1"].update(a2=7), "file.type"),
    (lambda d: d.update(reasons={"e1": {"A": {"a1": {"a2": ""}}}}), "project.reason_value"),
])
def test_a_damaged_round_history_is_refused_with_its_path(change, code):
    data = json.loads(dumps(_with_rounds()))
    change(data)
    with pytest.raises(ValidationFailed) as exc:
        loads(json.dumps(data))
    assert code in [p.code for p in exc.value.problems]
    assert all(p.location.path for p in exc.value.problems)


def test_removing_a_criterion_prunes_the_closed_rounds_too():
    p = _with_rounds()
    q, inverse = E.RemoveCriterion("a2").apply(p)
    assert validate(q) == ()
    for r in q.rounds:
        assert all(("a2" not in pair) for nodes in r.judgments.values()
                   for pairs in nodes.values() for pair in pairs)
    assert inverse.apply(q)[0] == p


round_edits = st.one_of(
    st.builds(E.StartRound, st.sampled_from([CLOSED, "2025-04-01", ""])),
    st.builds(E.SetReason, st.sampled_from(EXPERTS), st.sampled_from(NODES),
              st.sampled_from(NODES), st.sampled_from(NODES),
              st.sampled_from([None, "理由", " ", "because\nof data", "\x00"])),
    edit_strategy,
)


@settings(max_examples=150, deadline=None)
@given(st.lists(round_edits, max_size=12))
def test_any_sequence_with_round_edits_undoes_exactly(seq):
    """Property: whatever mix of round, reason and other edits applies (invalid ones change
    nothing), applying the inverses in reverse order gives back the original project, and
    every intermediate project saves and loads unchanged."""
    project = small_project()
    history = [project]
    inverses = []
    for edit in seq:
        try:
            project, inverse = edit.apply(project)
        except MCDMError:
            continue
        assert validate(project) == ()
        history.append(project)
        inverses.append(inverse)
    assert loads(dumps(project)) == project
    for inverse, before in zip(reversed(inverses), reversed(history[:-1]), strict=True):
        project, _ = inverse.apply(project)
        assert project == before

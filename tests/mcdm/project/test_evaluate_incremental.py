"""Incremental evaluation (issue 11 item 3): an Evaluator that keeps per-node and per-industry
results between edits gives the same result as a fresh full evaluation, bit for bit, and
recomputes only what an edit reaches; validation runs once per project value."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mcdm.errors import MCDMError, ValidationFailed
from mcdm.project import edits as E
from mcdm.project.evaluate import Evaluator, evaluate
from mcdm.project.model import Criterion, Direction, Expert, Industry, IndustryCriterion, Text
from mcdm.project.sample import sample_project
from mcdm.project.schema import validate
from mcdm.project.settings import SETTINGS
from mcdm.project.validated import known_valid
from tests.support.projects import panel_project
from tests.support.results import assert_same_result, differences

SCALE = [1 / 9, 1 / 5, 1 / 3, 0.5, 1.0, 2.0, 3.0, 4.0, 7.0, 9.0, None]


def _setting_values(row) -> list:
    if row.choices:
        return list(row.choices)
    return {"consensus_scale_max": [5.0, 9.0, 12.0], "cr_threshold": [0.05, 0.1, 0.2],
            "score_min": [0.0, 1.0], "score_max": [9.0, 10.0]}.get(
        row.name, [row.default, row.default * 2])


def draw_edit(data, p):  # noqa: C901 - one branch per kind of edit
    """An edit of the current project ``p``, mostly valid (ids drawn from ``p`` itself)."""
    nodes = [n.id for n in p.goal.walk()]
    internal = p.internal_nodes()
    experts = list(p.expert_ids()) or ["e1"]
    kind = data.draw(st.sampled_from(
        ["judgment"] * 6 + ["score"] * 5 + ["setting"] * 5 + ["scores", "expert_weight",
                                             "add_criterion", "remove_criterion", "move_criterion",
                                             "add_expert", "remove_expert", "move_expert",
                                             "add_direction", "remove_direction", "move_direction",
                                             "add_industry", "remove_industry", "own_criterion",
                                             "rename"]))
    pick = lambda xs: data.draw(st.sampled_from(list(xs)))  # noqa: E731
    if kind == "judgment" and internal:
        node = pick(internal)
        a, b = data.draw(st.permutations(node.child_ids()))[:2]
        return E.SetJudgment(pick(experts), node.id, a, b, pick(SCALE))
    if kind in ("score", "scores") and p.industries:
        cells = []
        for _ in range(1 if kind == "score" else data.draw(st.integers(2, 5))):
            ind = pick(p.industries)
            crit = [c.id for c in p.industry_criteria(ind.id)]
            if not ind.directions or not crit:
                break
            value = data.draw(st.one_of(st.none(), st.integers(1, 9).map(float)))
            cells.append(((pick(experts), ind.id, pick(ind.direction_ids()), pick(crit)), value))
        if kind == "score" and cells:
            return E.SetScore(*cells[0][0], cells[0][1])
        return E.SetScores(tuple(cells))
    if kind == "expert_weight":
        return E.SetExpertWeight(pick(experts), pick([0.0, 0.5, 1.0, 3.0]))
    if kind == "setting":
        row = pick(SETTINGS)
        current = getattr(p.settings, row.name)
        return E.SetSetting(row.name, pick([v for v in _setting_values(row) if v != current]
                                           or [current]))
    if kind == "add_criterion":
        new = data.draw(st.sampled_from(["n1", "n2", "n3"]))
        return E.AddCriterion(pick(nodes), Criterion(new, Text(new)), pick([None, 0]))
    if kind == "remove_criterion":
        return E.RemoveCriterion(pick(nodes))
    if kind == "move_criterion":
        return E.MoveCriterion(pick(nodes), pick(nodes), data.draw(st.integers(0, 2)))
    if kind == "add_expert":
        new = pick(["e5", "e6"])
        return E.AddExpert(Expert(new, new.upper(), weight=pick([1.0, 2.5])), pick([None, 0]))
    if kind == "remove_expert":
        return E.RemoveExpert(pick(experts))
    if kind == "move_expert":
        return E.MoveExpert(pick(experts), data.draw(st.integers(0, 3)))
    inds = [i.id for i in p.industries] or ["i1"]
    if kind == "add_direction":
        return E.AddDirection(pick(inds), Direction(pick(["x1", "x2"]), Text("新")),
                              pick([None, 0]))
    if kind in ("remove_direction", "move_direction") and p.industries:
        ind = pick(p.industries)
        d = pick(ind.direction_ids() or ("none",))
        if kind == "remove_direction":
            return E.RemoveDirection(ind.id, d)
        return E.MoveDirection(ind.id, d, data.draw(st.integers(0, 3)))
    if kind == "add_industry":
        return E.AddIndustry(Industry("i3", Text("三"), (Direction("y1", Text("一")),
                                                          Direction("y2", Text("二")))))
    if kind == "remove_industry":
        return E.RemoveIndustry(pick(inds))
    if kind == "own_criterion":
        ind = pick(inds)
        return pick([E.AddIndustryCriterion(ind, IndustryCriterion("h", Text("投资"), -1, "", 0.1)),
                     E.SetIndustryCriterion(ind, IndustryCriterion("g", Text("增速"), 1, "%",
                                                                    pick([0.05, 0.3]))),
                     E.RemoveIndustryCriterion(ind, pick(["g", "h"]))])
    return pick([E.RenameCriterion(pick(nodes), Text("改名", "Renamed")),
                 E.RenameExpert(pick(experts), "Renamed"),
                 E.SetProjectInfo(title=Text("新题目", "New title"))])


def _fresh(project, **opts):
    """A full evaluation of an equal but new project value: nothing cached, checked again."""
    return evaluate(project.replace(), **opts)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_incremental_equals_full_after_every_edit(data):
    """Random edit sequences (undo included) on a four-expert, two-industry project: after each
    edit the Evaluator's result equals a fresh full evaluation bit for bit — every weight, CR,
    GCI, consensus, closeness, rank, D+/D−, excluded part and reason."""
    size = data.draw(st.sampled_from([256, 3]), label="cache size")  # 3: entries get evicted
    ev = Evaluator(size)
    p = data.draw(st.sampled_from([panel_project(), panel_project().replace(
        settings=panel_project().settings.replace(aggregation="AIP"))]))
    history = []
    assert_same_result(ev.evaluate(p), _fresh(p))
    for _ in range(data.draw(st.integers(1, 14), label="edits")):
        if history and data.draw(st.integers(0, 5)) == 0:
            p, inverse = history.pop()[1].apply(p)            # undo
        else:
            edit = draw_edit(data, p)
            try:
                new, inverse = edit.apply(p)
            except MCDMError:
                continue                                        # refused: nothing changed
            history.append((edit, inverse))
            p = new
        if known_valid(p):
            assert validate(p) == ()
        opts = {"sensitivity": data.draw(st.booleans(), label="sensitivity")}
        try:
            expected = _fresh(p, **opts)
        except MCDMError as exc:                               # e.g. a project left invalid
            with pytest.raises(type(exc)):
                ev.evaluate(p, **opts)
            continue
        assert_same_result(ev.evaluate(p, **opts), expected)


def test_the_comparison_sees_a_real_difference():
    p = panel_project()
    edited, _ = E.SetJudgment("e1", "B", "b1", "b2", 0.5).apply(p)
    found = differences(evaluate(p), evaluate(edited))
    assert any("leaf_weights" in f for f in found)
    assert any(".weights" in f and "nodes['B']" in f for f in found)


def _misses(ev: Evaluator) -> dict[str, int]:
    return {k: v[1] for k, v in ev.stats().items()}


def test_a_judgment_edit_recomputes_that_node_and_reranks_without_reaggregating():
    ev = Evaluator()
    p = sample_project()
    ev.evaluate(p)
    before = _misses(ev)
    edited, _ = E.SetJudgment("E2", "strategies", *p.node("strategies").child_ids()[:2],
                              5.0).apply(p)
    assert_same_result(ev.evaluate(edited), _fresh(edited))
    after = _misses(ev)
    grew = {k: after[k] - before[k] for k in after}
    assert grew["individual"] == 1                 # E2's matrix at that node
    assert grew["individual_node"] == 1            # that node's panel
    assert grew["group"] == 1
    assert grew["panel"] == 1
    assert grew["individual_global"] == 1          # E2's own global weights
    assert grew["scores"] == 0                     # no score aggregated again
    assert grew["normalized"] == 0                 # nor normalized
    assert grew["ranking"] == len(p.industries)   # the leaf weights moved: every industry
    assert grew["objective"] == 0                  # entropy/CRITIC read the scores alone


def test_a_score_edit_reranks_that_industry_alone():
    ev = Evaluator()
    p = sample_project()
    ev.evaluate(p)
    before = _misses(ev)
    edited, _ = E.SetScore("E1", "ngit", "ai", "P1", 2.0).apply(p)
    assert_same_result(ev.evaluate(edited), _fresh(edited))
    grew = {k: v - before[k] for k, v in _misses(ev).items()}
    assert grew == {"individual": 0, "individual_node": 0, "group": 0, "panel": 0,
                    "individual_global": 0, "scores": 1, "normalized": 1, "ranking": 1,
                    "sensitivity": 0, "objective": 1}


def test_undo_finds_everything_cached():
    ev = Evaluator()
    p = sample_project()
    ev.evaluate(p, sensitivity=True)
    edited, inverse = E.SetScore("E1", "ngit", "ai", "P1", 2.0).apply(p)
    ev.evaluate(edited, sensitivity=True)
    back, _ = inverse.apply(edited)
    before = _misses(ev)
    assert_same_result(ev.evaluate(back, sensitivity=True), _fresh(back, sensitivity=True))
    assert _misses(ev) == before


def test_caches_stay_bounded():
    ev = Evaluator(4)
    p = sample_project()
    for v in (1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0):
        p, _ = E.SetScore("E1", "ngit", "ai", "P1", v).apply(p)
        p, _ = E.SetJudgment("E1", "goal", "principles", "strategies", v).apply(p)
        ev.evaluate(p, sensitivity=True)
    sizes = {k: v[2] for k, v in ev.stats().items()}
    assert sizes["individual"] <= 32
    assert sizes["sensitivity"] <= 8
    assert all(n <= 4 for k, n in sizes.items() if k not in ("individual", "sensitivity"))
    ev.clear()
    assert all(v == (0, 0, 0) for v in ev.stats().values())


# -- validation once per value ----------------------------------------------------------------

@pytest.fixture
def count_checks(monkeypatch):
    import mcdm.project.validated as V

    calls = []
    real = V.check

    def counting(project, **kw):
        calls.append(project)
        return real(project, **kw)
    monkeypatch.setattr(V, "check", counting)
    return calls


def test_evaluate_checks_a_value_once_and_edited_values_not_again(count_checks):
    p = sample_project().replace()
    evaluate(p)
    evaluate(p)
    assert len(count_checks) == 1
    edited, _ = E.SetJudgment("E1", "goal", "principles", "strategies", 2.0).apply(p)
    edited, _ = E.SetScore("E2", "ngit", "ai", "P1", 3.0).apply(edited)
    edited, _ = E.RenameExpert("E3", "Renamed").apply(edited)
    assert known_valid(edited)
    evaluate(edited)
    assert len(count_checks) == 1


def test_structural_edits_validate_the_new_value_once_and_undo_keeps_the_verdict():
    p = sample_project().replace()
    evaluate(p)
    added, inverse = E.AddExpert(Expert("E9", "Nine")).apply(p)
    assert known_valid(added)
    back, _ = inverse.apply(added)
    assert known_valid(back)
    assert back == p
    # the same Restore applied to another value proves nothing: that value is checked again
    other, _ = E.SetProjectInfo(title=Text("x", "x")).apply(added)
    assert not known_valid(inverse.apply(other.replace())[0])


def test_an_unchecked_value_is_checked_and_an_invalid_one_refused():
    p = sample_project().replace()
    bad = p.replace(experts=p.experts + (Expert("E1", "duplicate id"),))
    with pytest.raises(ValidationFailed) as info:
        evaluate(bad)
    assert [x.code for x in info.value.problems] == ["project.id_duplicate"]
    assert not known_valid(bad)
    with pytest.raises(MCDMError):
        Evaluator().evaluate(bad)


def test_an_invalid_edit_of_a_checked_value_raises_and_changes_nothing():
    p = sample_project()
    evaluate(p)
    with pytest.raises(MCDMError):
        E.SetScore("E1", "ngit", "ai", "P1", 99.0).apply(p)
    with pytest.raises(MCDMError):
        E.SetSetting("score_max", 3.0).apply(p)    # existing scores would leave the scale
    assert known_valid(p)
    assert validate(p) == ()


def test_a_node_judged_only_by_experts_of_weight_zero_has_a_reason_not_an_error():
    """Found by the property test's edit sequences: before, evaluate raised
    experts.weights_all_zero for this valid project instead of evaluating it partially."""
    p = panel_project()
    for e in ("e1", "e2", "e4"):        # e3 keeps the panel's weight; it did not judge B
        p, _ = E.SetExpertWeight(e, 0.0).apply(p)
    r = evaluate(p)
    b = r.nodes["B"]
    assert b.weights is None
    assert b.missing.code == "evaluate.node_unweighted"
    assert b.missing.params["cause"] == "experts.weights_all_zero"
    assert b.consensus is None
    assert r.nodes["A"].weighted                   # e3 judged A: weighted by e3 alone
    assert r.missing_nodes == ("goal",)           # e1, e2 (weight 0) and e3 (unusable) there
    assert set(r.industry_errors) == {"i1", "i2"}
    assert_same_result(Evaluator().evaluate(p), r)

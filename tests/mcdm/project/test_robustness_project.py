"""Numerical edge cases through the whole workshop (issue 8): a project built at each edge, saved
and read back unchanged, then ``evaluate``d — checked against the engine's arithmetic done here by
hand (closed forms, numpy), never against numbers copied from our own output.
"""

import numpy as np
import pytest

from mcdm.errors import MCDMError
from mcdm.project.edits import SetExpertWeight
from mcdm.project.evaluate import evaluate
from mcdm.project.model import Criterion, Direction, Expert, Industry, Project, Settings, Text
from mcdm.project.storage import dumps, loads
from tests.mcdm.test_robustness_numeric import consistent, numpy_topsis


def leaf(i) -> Criterion:
    return Criterion(f"c{i}", Text(f"准则{i}", f"C{i}"))


def build(goal: Criterion, experts: int = 2, directions: int = 3, judgments=None, scores=None,
          **settings) -> Project:
    """A project over ``goal`` with one industry; scores default to a deterministic pattern."""
    leaves = [n for n in goal.walk() if not n.children and n is not goal]
    dirs = tuple(Direction(f"d{k}", Text(f"方向{k}", f"D{k}")) for k in range(directions))
    panel = tuple(Expert(f"e{k}", f"Expert {k}") for k in range(experts))
    if scores is None:
        scores = {(e.id, "ind", d.id, c.id): float(1 + (3 * k + 5 * j + 7 * m) % 9)
                  for m, e in enumerate(panel) for k, d in enumerate(dirs)
                  for j, c in enumerate(leaves)}
    return Project(id="edge", title=Text("边界", "Edge"), goal=goal, experts=panel,
                   judgments=judgments or {},
                   industries=(Industry("ind", Text("产业", "Industry"), dirs),),
                   scores=scores, settings=Settings(**settings))


def saved_and_read(p: Project) -> Project:
    back = loads(dumps(p))
    assert back == p
    return back


def group_matrix(result, industry=0):
    return result.industries[industry].scores.matrix


def pairs(ids, w):
    """Consistent judgments w_a / w_b for every pair, in children order."""
    return {(a, b): float(w[i] / w[j]) for i, a in enumerate(ids) for j, b in enumerate(ids)
            if i < j}


def test_one_criterion():
    p = saved_and_read(build(Criterion("goal", Text("目标", "Goal"), children=(leaf(0),)),
                             directions=4))
    r = evaluate(p)
    assert r.leaf_weights.tolist() == [1.0]
    x = group_matrix(r)[:, 0]
    np.testing.assert_allclose(r.industries[0].topsis.closeness,
                               (x - x.min()) / (x.max() - x.min()), atol=1e-12)


@pytest.mark.parametrize("aggregation", ["AIJ", "AIP"])
def test_two_criteria_two_experts_closed_form(aggregation):
    goal = Criterion("goal", Text("目标", "Goal"), children=(leaf(0), leaf(1)))
    p = saved_and_read(build(goal, judgments={"e0": {"goal": {("c0", "c1"): 4.0}},
                                              "e1": {"goal": {("c0", "c1"): 1 / 9}}},
                             aggregation=aggregation))
    r = evaluate(p)
    # AIJ: sqrt(4 · 1/9) = 2/3 → weights (2/5, 3/5). AIP: geometric mean of (4/5, 1/5) and
    # (1/10, 9/10), normalised — for 2 × 2 matrices the two coincide.
    np.testing.assert_allclose(r.leaf_weights, [0.4, 0.6], rtol=1e-12)


def test_thirty_criteria():
    goal = Criterion("goal", Text("目标", "Goal"), children=tuple(leaf(i) for i in range(30)))
    ids = goal.child_ids()
    rng = np.random.default_rng(3030)
    w1, w2 = rng.uniform(0.2, 5, 30), rng.uniform(0.2, 5, 30)
    p = saved_and_read(build(goal, directions=6,
                             judgments={"e0": {"goal": pairs(ids, w1)},
                                        "e1": {"goal": pairs(ids, w2)}},
                             ri_table="alonso-lamata"))
    r = evaluate(p)
    # AIJ of two consistent matrices is the consistent matrix of the geometric mean.
    g = np.sqrt(w1 * w2)
    np.testing.assert_allclose(r.leaf_weights, g / g.sum(), rtol=1e-9)
    assert abs(r.nodes["goal"].group.cr) < 1e-9
    np.testing.assert_allclose(r.industries[0].topsis.closeness,
                               numpy_topsis(group_matrix(r), r.industries[0].weights, np.ones(30)),
                               atol=1e-12)
    # Saaty's RI table stops at 15: evaluation still works, CR is nan rather than a guess.
    r2 = evaluate(p.replace(settings=p.settings.replace(ri_table="saaty")))
    assert np.isnan(r2.nodes["goal"].group.cr)
    np.testing.assert_allclose(r2.leaf_weights, r.leaf_weights, rtol=1e-12)


@pytest.mark.parametrize("directions", [1, 500])
def test_one_and_five_hundred_directions(directions):
    goal = Criterion("goal", Text("目标", "Goal"), children=(leaf(0), leaf(1), leaf(2)))
    ids = goal.child_ids()
    p = saved_and_read(build(goal, directions=directions,
                             judgments={"e0": {"goal": pairs(ids, [3, 2, 1])},
                                        "e1": {"goal": pairs(ids, [1, 2, 3])}}))
    r = evaluate(p, sensitivity=True)
    top = r.industries[0].topsis
    assert top.closeness.shape == (directions,)
    w = r.industries[0].weights
    np.testing.assert_allclose(top.closeness, numpy_topsis(group_matrix(r), w, np.ones(3)),
                               atol=1e-12)
    if directions == 1:
        assert top.ranks.tolist() == [1]
    # The one-at-a-time sweep over every pair of directions (124,750 for 500), default grid.
    sens = r.industries[0].sensitivity
    assert sens.closeness.shape == (3, sens.grid.size, directions)
    for k in range(3):
        tk = sens.grid[sens.grid.size // 3]
        wk = w * (1 - tk) / (1 - w[k])
        wk[k] = tk
        np.testing.assert_allclose(sens.closeness[k, sens.grid.size // 3],
                                   numpy_topsis(group_matrix(r), wk, np.ones(3)), atol=1e-12)


def test_all_equal_scores_tie_at_rank_one():
    goal = Criterion("goal", Text("目标", "Goal"), children=(leaf(0), leaf(1), leaf(2)))
    ids = goal.child_ids()
    dirs = [f"d{k}" for k in range(5)]
    scores = {(e, "ind", d, c): 6.0 for e in ("e0", "e1") for d in dirs for c in ids}
    p = saved_and_read(build(goal, directions=5, scores=scores,
                             judgments={"e0": {"goal": pairs(ids, [3, 2, 1])}}))
    r = evaluate(p, sensitivity=True)
    assert r.industries[0].topsis.ranks.tolist() == [1] * 5
    assert np.isfinite(r.industries[0].topsis.closeness).all()
    assert r.industries[0].sensitivity.reversals == ()


def test_nine_and_one_ninth_everywhere():
    goal = Criterion("goal", Text("目标", "Goal"), children=tuple(leaf(i) for i in range(5)))
    ids = goal.child_ids()
    nine = {(a, b): 9.0 for i, a in enumerate(ids) for j, b in enumerate(ids) if i < j}
    ninth = {k: 1 / 9 for k in nine}
    p = saved_and_read(build(goal, judgments={"e0": {"goal": nine}, "e1": {"goal": ninth}}))
    r = evaluate(p)
    # The two extremes cancel cell by cell: the group matrix is all ones, weights equal.
    np.testing.assert_allclose(r.nodes["goal"].aggregated_matrix, np.ones((5, 5)), rtol=1e-12)
    np.testing.assert_allclose(r.leaf_weights, np.full(5, 0.2), rtol=1e-12)
    # Each expert alone is far from consistent, and the panel is far from consensus.
    assert all(r.individual[(e, "goal")].cr > 0.1 for e in ("e0", "e1"))
    assert r.nodes["goal"].consensus.s_star < 0.5


def test_expert_with_every_judgment_missing_changes_nothing():
    goal = Criterion("goal", Text("目标", "Goal"), children=(leaf(0), leaf(1), leaf(2)))
    ids = goal.child_ids()
    judged = {"e0": {"goal": pairs(ids, [5, 2, 1])}, "e1": {"goal": pairs(ids, [1, 1, 2])}}
    three = saved_and_read(build(goal, experts=3, judgments=judged))  # e2 judged nothing
    two = build(goal, experts=2, judgments=judged)
    r3, r2 = evaluate(three), evaluate(two)
    np.testing.assert_allclose(r3.leaf_weights, r2.leaf_weights, rtol=1e-12)
    g = np.sqrt(np.array([5, 2, 1]) * np.array([1, 1, 2]))
    np.testing.assert_allclose(r3.leaf_weights, g / g.sum(), rtol=1e-12)


def test_expert_weights_all_zero_is_a_located_error():
    goal = Criterion("goal", Text("目标", "Goal"), children=(leaf(0), leaf(1)))
    p = build(goal, judgments={"e0": {"goal": {("c0", "c1"): 2.0}}})
    zero = p.replace(experts=tuple(e.__class__(e.id, e.name, e.role, 0.0) for e in p.experts))
    with pytest.raises(MCDMError) as exc:
        evaluate(zero)
    assert {(q.code, q.location.path) for q in exc.value.problems} >= {
        ("project.expert_weights_zero", "$.experts")}
    text = dumps(p).replace('"weight": 1', '"weight": 0')
    with pytest.raises(MCDMError) as exc:
        loads(text, file="zero.json")
    assert "$.experts" in {q.location.path for q in exc.value.problems}
    # Through the edits the GUI uses: the last positive weight cannot be set to zero.
    once, _ = SetExpertWeight("e0", 0.0).apply(p)
    with pytest.raises(MCDMError) as exc:
        SetExpertWeight("e1", 0.0).apply(once)
    assert exc.value.code == "edit.expert_weights_zero"


def test_tree_six_levels_deep():
    def node(name, level):
        if level == 6:
            return Criterion(name, Text(name, name))
        return Criterion(name, Text(name, name), children=(node(name + "L", level + 1),
                                                           node(name + "R", level + 1)))

    goal = node("g", 0)
    internal = [n for n in goal.walk() if n.children]
    judgments = {"e0": {n.id: {(n.children[0].id, n.children[1].id): 1.0 + len(n.id) - 1}
                        for n in internal}}
    p = saved_and_read(build(goal, experts=1, directions=3, judgments=judgments))
    r = evaluate(p)
    assert len(r.leaf_ids) == 64
    for lid, gw in zip(r.leaf_ids, r.leaf_weights, strict=True):
        want = 1.0
        for level, side in enumerate(lid[1:]):
            a = 1.0 + level
            want *= a / (1 + a) if side == "L" else 1 / (1 + a)
        assert gw == pytest.approx(want, rel=1e-12)
    np.testing.assert_allclose(r.industries[0].topsis.closeness,
                               numpy_topsis(group_matrix(r), r.industries[0].weights, np.ones(64)),
                               atol=1e-12)


def test_consistent_check_of_the_helpers():
    # The helpers above are what the expectations rest on: check them once by hand.
    assert pairs(["a", "b"], [3, 1]) == {("a", "b"): 3.0}
    np.testing.assert_allclose(consistent([2, 1]), [[1, 2], [0.5, 1]])

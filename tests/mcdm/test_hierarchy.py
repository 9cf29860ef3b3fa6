"""Criteria trees: global weights as products down the tree, per-node CR, consensus."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from mcdm.ahp import JudgmentMatrixError, priorities
from mcdm.group import consensus
from mcdm.hierarchy import HierarchyError, Node, evaluate_hierarchy, hierarchy_consensus

CRIT = [[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 2, 1]]
SUB_A = [[1, 4], [1 / 4, 1]]
SUB_C = [[1, 2, 6], [1 / 2, 1, 3], [1 / 6, 1 / 3, 1]]


def _tree():
    return Node("goal", (
        Node("A", (Node("A1"), Node("A2")), matrix=SUB_A),
        Node("B", (Node("B1"),)),
        Node("C", (Node("C1"), Node("C2"), Node("C3")), matrix=SUB_C),
    ), matrix=CRIT)


def test_global_weights_are_products_down_the_tree():
    r = evaluate_hierarchy(_tree())
    top = priorities(CRIT).weights
    a = priorities(SUB_A).weights
    c = priorities(SUB_C).weights
    assert r.leaves == ("A1", "A2", "B1", "C1", "C2", "C3")
    assert_allclose(r.leaf_weights, [top[0] * a[0], top[0] * a[1], top[1],
                                     top[2] * c[0], top[2] * c[1], top[2] * c[2]], rtol=1e-12)
    assert r.leaf_weights.sum() == pytest.approx(1.0)
    assert r.global_weights["B1"] == r.global_weights["B"]  # single child passes weight 1
    assert r.local["B1"] == 1.0
    assert r.parents["C2"] == "C"
    assert r.cr == {"goal": priorities(CRIT).cr, "A": 0.0, "C": priorities(SUB_C).cr}
    assert r.max_cr == max(r.cr.values())


def test_geometric_mean_and_given_weights():
    tree = Node("goal", (Node("x"), Node("y"), Node("z")), weights=[2, 1, 1])
    r = evaluate_hierarchy(tree, method="geometric_mean")
    assert_allclose(r.leaf_weights, [0.5, 0.25, 0.25])
    assert r.cr == {}


def test_three_levels():
    tree = Node("g", (Node("p", (Node("q", (Node("r1"), Node("r2")), weights=[1, 3]),)),
                      Node("s")), weights=[1, 1])
    r = evaluate_hierarchy(tree)
    assert r.global_weights["r2"] == pytest.approx(0.5 * 1 * 0.75)


def test_bad_matrix_names_the_node_and_cell():
    bad = np.array(SUB_C, dtype=float)
    bad[0, 2] = 0
    tree = Node("goal", (Node("C", (Node("C1"), Node("C2"), Node("C3")), matrix=bad),))
    with pytest.raises(JudgmentMatrixError) as info:
        evaluate_hierarchy(tree)
    loc = info.value.location
    assert (loc.field, loc.row, loc.column) == ("C", "C1", "C3")


@pytest.mark.parametrize(("tree", "code", "field"), [
    (Node("g", (Node("a"), Node("b")), matrix=CRIT), "hierarchy.matrix_shape", "g"),
    (Node("g", (Node("a"), Node("b"))), "hierarchy.unweighted", "g"),
    (Node("g", (Node("a"), Node("a")), weights=[1, 1]), "hierarchy.duplicate", "a"),
    (Node("g", (Node("a"), Node("b")), weights=[1, -1]), "hierarchy.weights", "g"),
])
def test_tree_errors_name_the_node(tree, code, field):
    with pytest.raises(HierarchyError) as info:
        evaluate_hierarchy(tree)
    assert info.value.code == code
    assert info.value.location.field == field


def test_hierarchy_consensus_weights_nodes_by_their_global_weight():
    r = evaluate_hierarchy(_tree())
    experts = {
        "goal": np.array([[0.6, 0.3, 0.1], [0.5, 0.3, 0.2], [0.3, 0.3, 0.4]]),
        "A": np.array([[0.8, 0.2], [0.7, 0.3], [0.2, 0.8]]),
        "C": np.array([[0.6, 0.3, 0.1], [0.6, 0.3, 0.1], [0.5, 0.3, 0.2]]),
    }
    hc = hierarchy_consensus(r, experts)
    s = {k: consensus(v).s_star for k, v in experts.items()}
    g = {"goal": 1.0, "A": r.global_weights["A"], "C": r.global_weights["C"]}
    expected = sum(g[k] * s[k] for k in s) / sum(g.values())
    assert hc.s_star == pytest.approx(expected)
    assert hc.nodes["A"].s_star == pytest.approx(s["A"])
    with pytest.raises(HierarchyError):
        hierarchy_consensus(r, {"nope": experts["A"]})


@settings(max_examples=30)
@given(st.integers(0, 2**31))
def test_random_trees_leaf_weights_sum_to_one(seed):
    rng = np.random.default_rng(seed)
    counter = iter(range(10_000))

    def build(depth):
        name = f"n{next(counter)}"
        if depth == 0 or rng.random() < 0.3:
            return Node(name)
        kids = tuple(build(depth - 1) for _ in range(int(rng.integers(1, 5))))
        m = len(kids)
        w = rng.random(m) + 0.05
        a = w[:, None] / w[None, :]
        return Node(name, kids, matrix=a if m > 1 else None)

    tree = build(3)
    r = evaluate_hierarchy(tree)
    assert r.leaf_weights.sum() == pytest.approx(1.0)
    for name, parent in r.parents.items():
        if parent is not None:
            assert r.global_weights[name] == pytest.approx(r.global_weights[parent] * r.local[name])

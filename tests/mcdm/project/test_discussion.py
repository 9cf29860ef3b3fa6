"""The discussion order: every pair, each expert's answer, the group's, most disputed first.

The spread is checked against numpy by hand: with equal expert weights and every expert
answering, the geometric standard deviation is exp(sample standard deviation of ln a_ij)
(AHP-OS reports dispersion per judgment this way; Goepel 2018, IJAHP 10(3)).
"""

import math

import numpy as np
import pytest

from mcdm.project import edits as E
from mcdm.project.evaluate import evaluate
from mcdm.project.sample import sample_project, unanswered_sample_project


@pytest.fixture(scope="module")
def result():
    return evaluate(sample_project())


def test_every_pair_of_every_node_once(result):
    project = result.project
    pairs = result.discussion()
    expected = {(n.id, a, b) for n in project.internal_nodes()
                for i, a in enumerate(n.child_ids()) for b in n.child_ids()[i + 1:]}
    assert [p.key for p in pairs] != sorted(expected)  # reordered, not in tree order
    assert {p.key for p in pairs} == expected
    assert len(pairs) == len(expected)
    assert result.discussion() is pairs  # cached with the result


def test_answers_are_the_experts_own_and_blank_where_unanswered(result):
    project = result.project
    for p in result.discussion():
        assert [e for e, _v in p.answers] == list(project.expert_ids())
        for e, v in p.answers:
            assert v == project.judgment(e, p.node_id, p.a, p.b)
    assert any(v is None for p in result.discussion() for _e, v in p.answers)  # E5's blanks


def test_spread_is_the_geometric_sd_of_the_answers_and_orders_the_pairs(result):
    pairs = result.discussion()
    for p in pairs:
        given = [v for _e, v in p.answers if v is not None]
        if len(given) == len(p.answers):  # equal weights, everyone answered: by hand
            assert p.spread == pytest.approx(math.exp(np.std(np.log(given), ddof=1)), rel=1e-9)
    spreads = [p.spread for p in pairs]
    assert spreads == sorted(spreads, reverse=True)
    assert spreads[0] == pytest.approx(max(
        float(np.nanmax(n.dispersion.gsd)) for n in result.nodes.values()))


def test_aggregate_is_the_weighted_geometric_mean_and_implied_the_weight_ratio(result):
    for p in result.discussion():
        node = result.nodes[p.node_id]
        i, j = node.child_ids.index(p.a), node.child_ids.index(p.b)
        given = [v for _e, v in p.answers if v is not None]
        if len(given) == len(p.answers):
            assert p.aggregate == pytest.approx(math.exp(np.mean(np.log(given))), rel=1e-9)
        assert p.implied == pytest.approx(node.weights[i] / node.weights[j], rel=1e-12)
        assert p.consensus == node.consensus.s_star


def test_a_revised_answer_lowers_the_spread_of_its_pair(result):
    first = result.discussion()[0]
    # The expert furthest from the group's aggregate moves to it.
    e, _v = max(((e, v) for e, v in first.answers if v is not None),
                key=lambda ev: abs(math.log(ev[1]) - math.log(first.aggregate)))
    revised, _ = E.SetJudgment(e, first.node_id, first.a, first.b,
                               round(first.aggregate)).apply(result.project)
    again = {p.key: p for p in evaluate(revised).discussion()}[first.key]
    assert again.spread < first.spread


def test_pairs_without_answers_have_no_spread_and_keep_the_tree_order():
    pairs = evaluate(unanswered_sample_project()).discussion()
    assert all(math.isnan(p.spread) and math.isnan(p.aggregate) for p in pairs)
    project = unanswered_sample_project()
    tree = [(n.id, a, b) for n in project.internal_nodes()
            for i, a in enumerate(n.child_ids()) for b in n.child_ids()[i + 1:]]
    assert [p.key for p in pairs] == tree

"""Consensus and dispersion per round, who moved, and the round feedback, checked against
mcdm.ahp and mcdm.group called by hand on each round's matrices."""

import math

import numpy as np
import pytest

from mcdm.ahp import priorities
from mcdm.group import aggregate_judgments, consensus, judgment_dispersion
from mcdm.project import edits as E
from mcdm.project.rounds import (
    FAR_MIN_RATIO,
    FAR_SDS,
    far_from_group,
    round_feedback,
    summarize_rounds,
)
from mcdm.project.sample import sample_project


@pytest.fixture(scope="module")
def two_rounds():
    """The sample closed as round 1; in round 2 E6 moves two answers at the principles node."""
    p, _ = E.StartRound("2025-03-01T10:00:00+08:00").apply(sample_project())
    p, _ = E.SetJudgment("E6", "principles", "P1", "P2", 2.0).apply(p)
    p, _ = E.SetJudgment("E6", "principles", "P1", "P4", 3.0).apply(p)
    return p


def _by_hand(project, judgments, node_id):
    """S*, the per-pair geometric SD and the AIJ matrix from mcdm.ahp / mcdm.group directly."""
    q = project.replace(judgments=judgments)
    node = q.node(node_id)
    mats, vecs, w = [], [], []
    for e in q.experts:
        if not judgments.get(e.id, {}).get(node_id):
            continue
        a = q.judgment_matrix(e.id, node_id)
        vecs.append(priorities(a, method=q.settings.priority_method).weights)
        mats.append(a)
        w.append(e.weight)
    s = consensus(np.array(vecs), w, q.settings.consensus_scale_max).s_star
    disp = judgment_dispersion(mats, w, names=node.child_ids())
    return s, disp.gsd, aggregate_judgments(mats, w, names=node.child_ids())


def test_s_star_and_dispersion_per_node_per_round(two_rounds):
    result = summarize_rounds(two_rounds)
    assert [r.number for r in result.rounds] == [1, 2]
    assert result.rounds[0].closed == "2025-03-01T10:00:00+08:00"
    assert result.rounds[1].closed is None  # in progress
    stages = (two_rounds.rounds[0].judgments, two_rounds.judgments)
    for summary, judgments in zip(result.rounds, stages, strict=True):
        for node in two_rounds.internal_nodes():
            s, gsd, aij = _by_hand(two_rounds, judgments, node.id)
            got = summary.node(node.id)
            assert math.isclose(got.s_star, s, rel_tol=1e-12)
            np.testing.assert_allclose(got.dispersion.gsd, gsd, rtol=1e-12)
            np.testing.assert_allclose(got.aggregated, aij, rtol=1e-12)
            iu = np.triu_indices(len(node.children), 1)
            assert math.isclose(got.mean_gsd, float(np.nanmean(gsd[iu])), rel_tol=1e-12)
    # Only the principles node changed, and E6 moved toward the group there.
    assert result.s_star("goal")[0] == result.s_star("goal")[1]
    assert result.s_star("principles")[1] > result.s_star("principles")[0]
    (move,) = result.rounds[1].moved
    assert (move.expert_id, move.node_id, move.changed) == ("E6", "principles",
                                                            (("P1", "P2"), ("P1", "P4")))
    old = two_rounds.rounds[0].judgments["E6"]["principles"]
    assert math.isclose(move.shift, (abs(math.log(2.0 / old[("P1", "P2")])) +
                                     abs(math.log(3.0 / old[("P1", "P4")]))) / 2)
    assert move.toward_group is True
    assert result.rounds[1].moved_at("goal") == ()


def test_feedback_of_round_one_for_the_round_two_questionnaires(two_rounds):
    fb = round_feedback(two_rounds)
    assert fb.round == 1
    round1 = two_rounds.rounds[0].judgments
    _, gsd, aij = _by_hand(two_rounds, round1, "principles")
    kids = two_rounds.node("principles").child_ids()
    flagged = 0
    for e in two_rounds.expert_ids():
        for i in range(len(kids)):
            for j in range(i + 1, len(kids)):
                f = fb.get(e, "principles", kids[i], kids[j])
                assert f.own == round1.get(e, {}).get("principles", {}).get((kids[i], kids[j]))
                assert math.isclose(f.group, aij[i, j], rel_tol=1e-12)
                assert math.isclose(f.gsd, gsd[i, j], rel_tol=1e-12)
                far = f.own is not None and abs(math.log(f.own / aij[i, j])) > max(
                    FAR_SDS * math.log(gsd[i, j]), math.log(FAR_MIN_RATIO))
                assert f.far == far
                flagged += far
    assert flagged  # E6 disagrees with the rest in the sample


def test_no_feedback_in_round_one():
    assert round_feedback(sample_project()) is None
    only = summarize_rounds(sample_project())
    assert [r.number for r in only.rounds] == [1]
    assert only.rounds[0].moved == ()


@pytest.mark.parametrize(("value", "group", "gsd", "far"), [
    (9.0, 1.0, 1.0, True),  # a unanimous panel: anything beyond a factor 2 is far
    (1.9, 1.0, 1.0, False), (1 / 9, 1.0, 3.0, True), (1 / 4, 1.0, 3.0, False),
    (None, 1.0, 2.0, False), (3.0, None, 2.0, False), (3.0, 1.0, float("nan"), False)])
def test_far_from_group(value, group, gsd, far):
    assert far_from_group(value, group, gsd) is far


def test_the_result_holds_the_rounds_once(two_rounds):
    """Every reader (GUI, CLI, workbook, report) takes the rounds from the result: the same
    numbers as summarize_rounds, computed once per evaluation."""
    from mcdm.project.evaluate import evaluate

    result = evaluate(two_rounds)
    assert result.rounds() is result.rounds()
    assert repr(result.rounds()) == repr(summarize_rounds(two_rounds))  # NaN where undefined
    s, _gsd, _aij = _by_hand(two_rounds, two_rounds.judgments, "principles")
    assert result.rounds().rounds[-1].nodes["principles"].s_star == pytest.approx(s, abs=1e-12)

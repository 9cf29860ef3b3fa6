"""Derived numbers live in the result: verdicts, suggestions, repair trail, progress, sensitivity."""

import numpy as np
import pytest

from mcdm.ahp import diagnose, priorities, repair
from mcdm.ahp.scales import nearest_value
from mcdm.project import edits as E
from mcdm.project.analyses import Suggestion
from mcdm.project.evaluate import evaluate
from mcdm.project.sample import sample_project
from mcdm.sensitivity import one_at_a_time


@pytest.fixture(scope="module")
def result():
    return evaluate(sample_project())


def test_consistency_verdict_is_at_the_projects_threshold(result):
    c = result.consistency("E4", "principles")
    r = result.individual[("E4", "principles")]
    assert (c.cr, c.gci, c.gci_threshold) == (r.cr, r.gci, r.gci_threshold)
    assert not c.cr_passes
    assert c.level == "fail"
    assert c.complete
    # The same matrix under a looser threshold passes CR: the verdict follows the project.
    loose, _ = E.SetSetting("cr_threshold", 1.1).apply(sample_project())
    assert evaluate(loose).consistency("E4", "principles").cr_passes
    assert result.consistent("E4", "principles") is False
    assert result.consistency("nobody", "principles") is None


def test_incomplete_matrix_says_how_many_pairs_were_answered(result):
    # E5 left judgments blank in the sample.
    given = result.project.judgments["E5"]
    for node in result.project.internal_nodes():
        c = result.consistency("E5", node.id)
        n = len(node.children)
        assert c.asked == n * (n - 1) // 2
        assert c.answered == len(given.get(node.id, {}))


def test_suggestions_only_for_a_failing_matrix_on_the_diagnosis_worst_judgments(result):
    assert result.suggestions("E1", "principles") == ()  # passes: nothing to suggest
    got = result.suggestions("E4", "principles")
    ids = result.project.node("principles").child_ids()
    d = diagnose(result.project.judgment_matrix("E4", "principles"), names=ids, top=3)
    assert [(s.a, s.b, s.value) for s in got] == [
        (ids[i.row], ids[i.column], i.value) for i in d.issues]
    for s in got:
        # The value suggested is the one its own new weights imply (Saaty's rule settles), and
        # the CR shown is the CR with that one change.
        a = result.project.judgment_matrix("E4", "principles").copy()
        i, j = ids.index(s.a), ids.index(s.b)
        a[i, j], a[j, i] = s.suggested, 1 / s.suggested
        after = priorities(a, names=ids)
        assert nearest_value(after.weights[i] / after.weights[j]) == s.suggested
        assert s.cr_after == pytest.approx(after.cr, rel=1e-12)
        assert s.cr_after < result.cr("E4", "principles")
    assert result.suggestions("E4", "principles") is got  # cached with the result


def test_a_suggestion_that_turns_the_preference_round_says_so():
    assert Suggestion("a", "b", 5.0, 0.5, 0.0).reverses
    assert Suggestion("a", "b", 1 / 5, 2.0, 0.0).reverses
    assert not Suggestion("a", "b", 5.0, 3.0, 0.0).reverses
    assert not Suggestion("a", "b", 5.0, 1.0, 0.0).reverses  # to "equal" is not a reversal


def test_repair_plan_carries_the_cr_after_each_change(result):
    plan = result.repair_plan("E4", "principles")
    ids = result.project.node("principles").child_ids()
    a = result.project.judgment_matrix("E4", "principles").copy()
    engine = repair(a, 0.1, names=ids)
    assert len(plan.rows) == len(engine.changes)
    for row, (i, j, old, new) in zip(plan.rows, engine.changes, strict=True):
        a[i, j], a[j, i] = new, 1 / new
        assert (row.a, row.b, row.value, row.proposed) == (ids[i], ids[j], old, new)
        assert row.cr_then == pytest.approx(priorities(a, names=ids).cr, rel=1e-12)
    assert plan.reached
    applied, _ = plan.edit().apply(result.project)
    assert evaluate(applied).consistency("E4", "principles").cr == pytest.approx(plan.cr_after)


def test_expert_progress_counts_answers_over_every_node(result):
    project = result.project
    for e in project.expert_ids():
        p = result.expert_progress(e)
        asked = sum(len(n.children) * (len(n.children) - 1) // 2
                    for n in project.internal_nodes())
        answered = sum(len(v) for v in project.judgments.get(e, {}).values())
        assert (p.asked, p.answered) == (asked, answered)
        crs = [result.cr(e, n.id) for n in project.internal_nodes()]
        assert p.worst_cr == max(c for c in crs if c is not None)


def test_sensitivity_is_the_engines_and_computed_once(result):
    ind = result.industry("ngit")
    s = result.sensitivity("ngit")
    direct = one_at_a_time(ind.scores.matrix, ind.weights, ind.types, ind.topsis.normalization)
    np.testing.assert_array_equal(s.closeness, direct.closeness)
    assert [(r.criterion, r.weight) for r in s.reversals] == [
        (r.criterion, r.weight) for r in direct.reversals]
    assert result.sensitivity("ngit") is s

"""The workshop's steps: states, counts and the spot to fix, counted from the project by hand."""

import numpy as np

from mcdm.project.evaluate import evaluate
from mcdm.project.progress import STEPS, StepState, next_step, workshop_steps
from mcdm.project.sample import sample_project, unanswered_sample_project
from mcdm.project.templates import new_from_template

DONE, WARNING, TODO = StepState.DONE, StepState.WARNING, StepState.TODO


def _steps(project):
    return {s.key: s for s in workshop_steps(evaluate(project))}


def test_an_empty_project_has_every_step_to_do_and_starts_with_the_criteria():
    steps = workshop_steps(evaluate(new_from_template("empty")))
    assert tuple(s.key for s in steps) == STEPS
    assert all(s.state is TODO for s in steps)
    assert next_step(steps).key == "criteria"
    assert steps[0].problem.code == "evaluate.no_criteria"
    assert steps[1].problem.code == "evaluate.no_experts"


def test_a_template_has_its_tree_and_industries_and_asks_for_a_panel_next():
    steps = {s.key: s for s in workshop_steps(evaluate(new_from_template("four-chains")))}
    project = new_from_template("four-chains")
    assert steps["criteria"].state is DONE
    assert steps["criteria"].counts["criteria"] == len(project.leaves())
    assert steps["panel"].state is TODO
    assert next_step(tuple(steps.values())).key == "panel"


def test_the_sample_counts_match_the_project_counted_by_hand():
    project = sample_project()
    result = evaluate(project)
    steps = {s.key: s for s in result.workshop()}
    assert result.workshop() is result.workshop()  # cached with the result
    nodes = project.internal_nodes()
    asked = len(project.experts) * sum(len(n.children) * (len(n.children) - 1) // 2
                                       for n in nodes)
    answered = sum(len(p) for e in project.judgments.values() for p in e.values())
    failing = [e for e in project.expert_ids()
               if any((result.cr(e, n.id) or 0) > project.settings.cr_threshold for n in nodes)]
    incomplete = [e for e in project.expert_ids()
                  if sum(len(v) for v in project.judgments.get(e, {}).values())
                  < asked // len(project.experts)]
    c = steps["comparisons"]
    assert (c.counts["asked"], c.counts["answered"]) == (asked, answered)
    assert c.counts["failing"] == len(failing) == 1
    assert c.counts["incomplete"] == len(incomplete) == 1
    assert c.state is WARNING
    # The spot: the failing expert at their worst node (a failing matrix before a blank one).
    worst = max(nodes, key=lambda n: result.cr(failing[0], n.id) or 0).id
    assert dict(c.target) == {"expert": failing[0], "node": worst}
    assert steps["panel"].counts["experts"] == 6
    assert steps["panel"].state is DONE
    assert steps["group"].state is DONE
    assert steps["group"].consensus == result.consensus
    assert steps["scores"].counts == {"industries": 8, "blanks": 0,
                                      "directions": sum(len(i.directions)
                                                        for i in project.industries)}
    assert steps["ranking"].counts["ranked"] == 8
    assert steps["ranking"].state is DONE


def test_before_the_questionnaires_come_back_comparisons_are_next():
    steps = _steps(unanswered_sample_project())
    assert steps["comparisons"].state is TODO
    assert steps["comparisons"].counts["answered"] == 0
    assert steps["group"].state is TODO
    assert steps["group"].problem.code == "evaluate.node_unjudged"
    assert steps["ranking"].state is TODO
    assert next_step(tuple(steps.values())).key == "comparisons"


def test_score_cells_nobody_scored_are_counted_as_blanks_and_the_spot_is_their_industry():
    project = sample_project()
    ind = project.industries[2]
    cells = [(ind.id, d, c.id) for d in ind.direction_ids()[:1]
             for c in project.industry_criteria(ind.id)[:3]]
    blanked = project.replace(scores={k: v for k, v in project.scores.items()
                                      if (k[1], k[2], k[3]) not in cells})
    steps = _steps(blanked)
    tensor = blanked.score_tensor(ind.id)
    assert steps["scores"].counts["blanks"] == int(np.isnan(tensor).all(axis=0).sum()) == 3
    assert steps["scores"].state is WARNING
    assert dict(steps["scores"].target) == {"industry": ind.id}


def test_a_node_without_group_weights_is_the_groups_spot():
    project = sample_project()
    empty = {e: {n: p for n, p in nodes.items() if n != "strategies"}
             for e, nodes in project.judgments.items()}
    steps = _steps(project.replace(judgments=empty))
    assert steps["group"].state is WARNING
    assert dict(steps["group"].target) == {"node": "strategies"}
    assert steps["group"].problem.code == "evaluate.node_unjudged"
    assert steps["group"].counts["weighted"] == steps["group"].counts["nodes"] - 1
    assert steps["ranking"].state is TODO  # nothing can be ranked without those weights

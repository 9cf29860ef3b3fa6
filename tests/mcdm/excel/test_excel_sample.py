"""The shipped sample questionnaires: importing them into the sample workshop with its answers
removed gives back exactly the sample's judgments, scores and therefore weights."""

import numpy as np

from mcdm.ahp import priorities
from mcdm.excel.questionnaire.samples import import_sample_questionnaires, sample_questionnaires
from mcdm.project.storage import load
from mcdm.resources import sample


def _sample():
    return load(str(sample("sample_workshop.json")))


def test_one_questionnaire_per_expert():
    project = _sample()
    names = [p.name for p in sample_questionnaires()]
    assert names == [f"questionnaire_{e}.xlsx" for e in project.expert_ids()]


def test_importing_the_sample_questionnaires_restores_the_sample_exactly():
    project = _sample()
    blank = project.replace(judgments={}, scores={})
    report = import_sample_questionnaires(blank)
    assert report.problems == ()
    assert report.experts == project.expert_ids()
    imported, _ = report.edit.apply(blank)
    assert imported.judgments == project.judgments
    assert imported.scores == project.scores
    # Hence the same weights, node by node and expert by expert (incomplete matrices included).
    for e in project.expert_ids():
        for node in project.internal_nodes():
            a, b = project.judgment_matrix(e, node.id), imported.judgment_matrix(e, node.id)
            np.testing.assert_array_equal(a, b)
            if not np.isnan(a).any():
                np.testing.assert_array_equal(priorities(a).weights, priorities(b).weights)


def test_sample_questionnaires_reimport_with_no_changes():
    project = _sample()
    report = import_sample_questionnaires(project)
    assert report.ok
    assert report.changes == ()

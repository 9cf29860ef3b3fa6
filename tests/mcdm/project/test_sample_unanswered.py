"""The sample workshop before its questionnaires came back (what the app's first start opens):
only the judgments are missing, and importing the shipped questionnaires gives back the whole
sample project, not just its judgments."""

from mcdm.excel.questionnaire.samples import import_sample_questionnaires
from mcdm.project.sample import sample_project, unanswered_sample_project


def test_only_the_judgments_are_missing():
    sample, unanswered = sample_project(), unanswered_sample_project()
    assert sample.judgments  # the sample has judgments to strip
    assert dict(unanswered.judgments) == {}
    assert unanswered.scores == sample.scores
    assert unanswered.experts == sample.experts
    assert unanswered.replace(judgments=sample.judgments) == sample
    # Cached: the app recognises the very value it opened.
    assert unanswered_sample_project() is unanswered


def test_importing_the_shipped_questionnaires_gives_back_the_sample_project():
    unanswered = unanswered_sample_project()
    report = import_sample_questionnaires(unanswered)
    assert report.problems == ()
    assert report.experts == unanswered.expert_ids()
    # Every change is a judgment: the scores were already there.
    assert {c.kind for c in report.changes} == {"judgment"}
    assert {c.status for c in report.changes} == {"new"}
    imported, inverse = report.edit.apply(unanswered)
    assert imported == sample_project()
    undone, _ = inverse.apply(imported)
    assert undone == unanswered

"""The project model: immutable values, helpers, validation with JSON paths."""

import dataclasses

import numpy as np
import pytest

from mcdm.errors import MCDMError, ValidationFailed
from mcdm.project.model import (
    Criterion,
    CriterionType,
    Expert,
    FrozenDict,
    IndustryCriterion,
    Project,
    Settings,
    Text,
)
from mcdm.project.schema import check, validate
from mcdm.project.templates import list_templates, new_from_template
from tests.support.projects import small_project


def test_values_are_immutable_and_hashable():
    p = small_project()
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.id = "x"
    with pytest.raises(TypeError):
        p.scores[("e1", "i1", "d1", "a1")] = 1.0
    assert isinstance(p.judgments["e1"]["goal"], FrozenDict)
    assert hash(p) == hash(small_project())
    assert p == small_project()
    assert p != small_project(id="q")


def test_text_falls_back_to_other_language():
    assert Text("中", "").get("en") == "中"
    assert Text("", "en").get("zh") == "en"
    assert Text("中", "en").get("en") == "en"


def test_tree_helpers():
    p = small_project()
    assert [c.id for c in p.leaves()] == ["a1", "a2", "a3", "B"]
    assert [c.id for c in p.internal_nodes()] == ["goal", "A"]
    assert p.node("a3").type is CriterionType.COST
    assert p.parent("a2").id == "A"
    assert p.parent("goal") is None
    assert [n.id for n in p.path("a2")] == ["goal", "A", "a2"]
    assert [c.id for c in p.industry_criteria("i1")] == ["a1", "a2", "a3", "B", "g"]
    with pytest.raises(MCDMError) as exc:
        p.node("zzz")
    assert exc.value.code == "project.unknown_node"


def test_judgment_matrix_is_reciprocal_with_nan_for_missing():
    p = small_project()
    a = p.judgment_matrix("e1", "A")
    expected = np.array([[1, 2, np.nan], [0.5, 1, 0.5], [np.nan, 2, 1]])
    np.testing.assert_allclose(a, expected)
    assert not a.flags.writeable
    assert p.judgment("e1", "A", "a3", "a2") == 2.0
    assert p.judgment("e2", "goal", "A", "B") is None
    # an expert with no judgments at a node gets an all-missing matrix
    m = p.judgment_matrix("e2", "goal")
    assert np.isnan(m[0, 1])
    assert m[0, 0] == 1


def test_score_tensor_matches_scores_mapping():
    p = small_project()
    t = p.score_tensor("i1")
    assert t.shape == (2, 2, 5)
    crit = [c.id for c in p.industry_criteria("i1")]
    # an independent reading of the flat mapping, cell by cell
    for ei, e in enumerate(p.expert_ids()):
        for di, d in enumerate(p.industry("i1").direction_ids()):
            for ci, c in enumerate(crit):
                v = p.scores.get((e, "i1", d, c))
                if v is None:
                    assert np.isnan(t[ei, di, ci])
                else:
                    assert t[ei, di, ci] == v
    assert not t.flags.writeable


def test_valid_project_has_no_problems():
    assert validate(small_project()) == ()
    for name in list_templates():
        assert validate(new_from_template(name)) == ()


def _paths(project):
    return {p.location.path: p.code for p in validate(project)}


def test_validation_names_json_paths():
    p = small_project(
        experts=(Expert("e1", "One", weight=-1.0), Expert("e1", "Dup")),
        judgments={"e1": {"A": {("a2", "a1"): 2.0, ("a1", "a3"): 0.0}, "a1": {("x", "y"): 2.0}},
                   "ghost": {"goal": {("A", "B"): 2.0}}},
        scores={("e1", "i1", "d1", "a1"): 12.0, ("e1", "i1", "nope", "a1"): 1.0,
                ("e1", "i1", "d1", "zz"): 1.0},
        settings=Settings(ri_table="bogus", score_min=5, score_max=1),
    )
    paths = _paths(p)
    assert paths["$.experts[0].weight"] == "project.expert_weight"
    assert paths["$.experts[1].id"] == "project.id_duplicate"
    assert paths["$.judgments.e1.A.a2.a1"] == "project.judgment_order"
    assert paths["$.judgments.e1.A.a1.a3"] == "project.judgment_value"
    assert paths["$.judgments.e1.a1"] == "project.judgment_node"
    assert paths["$.judgments.ghost"] == "project.judgment_expert"
    assert paths["$.scores.e1.i1.nope.a1"] == "project.score_direction"
    assert paths["$.scores.e1.i1.d1.zz"] == "project.score_criterion"
    assert paths["$.settings.ri_table"] == "project.setting_invalid"
    assert paths["$.settings.score_max"] == "project.setting_invalid"
    with pytest.raises(ValidationFailed) as exc:
        check(p)
    assert len(exc.value.problems) == len(paths)


def test_score_outside_scale_and_industry_weights():
    p = small_project(scores={("e1", "i1", "d1", "a1"): 12.0, ("e1", "i1", "d1", "g"): 1e6})
    # the measured criterion has no 1–9 range; the tree leaf has
    assert _paths(p) == {"$.scores.e1.i1.d1.a1": "project.score_range"}
    ind = small_project().industries[0]
    heavy = ind.replace(criteria=(IndustryCriterion("g", Text("g"), weight=0.6),
                                  IndustryCriterion("a1", Text("dup"), weight=0.5)))
    paths = _paths(small_project(industries=(heavy,), scores={}))
    assert paths["$.industries[0].criteria[1].id"] == "project.id_duplicate"
    assert paths["$.industries[0].criteria"] == "project.industry_criteria_weight_sum"


def test_duplicate_and_empty_tree_ids():
    goal = Criterion("goal", Text("g"), children=(Criterion("x", Text("x")),
                                                   Criterion("x", Text("")),
                                                   Criterion("", Text("y"))))
    paths = _paths(Project(goal=goal))
    assert paths["$.goal.children[1].id"] == "project.id_duplicate"
    assert paths["$.goal.children[1].label"] == "project.label_empty"
    assert paths["$.goal.children[2].id"] == "project.id_empty"


def test_templates_hold_the_papers_framework():
    ps = new_from_template("principles-strategies")
    assert [c.id for c in ps.leaves()] == ["P1", "P2", "P3", "P4", "S1", "S2", "S3", "S4"]
    assert ps.node("P2").label.zh == "自主可控、开放创新"
    assert ps.node("S3").label.zh == "市场化推动"
    assert len(ps.industries) == 8
    # every direction §5.3 lists (domain.md): 8 + 17 + 6 + 15 + 5 + 2 + 5 + 3
    assert [len(i.directions) for i in ps.industries] == [8, 17, 6, 15, 5, 2, 5, 3]
    for node in ps.goal.walk():
        assert node.label.zh
        assert node.label.en
    for ind in ps.industries:
        for d in ind.directions:
            assert d.label.zh
            assert d.label.en
    fc = new_from_template("four-chains")
    assert [c.label.zh for c in fc.leaves()] == ["创新链", "产业链", "资金链", "人才链"]
    assert fc.industries == ps.industries
    empty = new_from_template("empty")
    assert empty.leaves() == ()
    assert empty.experts == ()
    with pytest.raises(MCDMError) as exc:
        new_from_template("nope")
    assert exc.value.code == "template.unknown"

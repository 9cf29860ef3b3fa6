"""The sample workshop: rebuilt exactly by its script, and shaped so every diagnostic shows."""

import dataclasses
import importlib.util

import numpy as np

from mcdm.ahp import priorities
from mcdm.project.model import CriterionType
from mcdm.project.sample import sample_project
from mcdm.project.storage import dumps
from mcdm.project.templates import new_from_template
from mcdm.resources import sample


def _script():
    spec = importlib.util.spec_from_file_location("make_sample", str(sample("make_sample.py")))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_sample_is_what_the_script_builds():
    assert dumps(_script().build()) == sample("sample_workshop.json").read_text("utf-8")


def test_sample_says_it_is_illustrative():
    p = sample_project()
    assert p.illustrative
    assert "示例数据，仅供演示" in p.title.zh
    assert "示例数据，仅供演示" in p.description.zh
    assert "llustrative" in p.title.en


def test_sample_panel_shapes():
    p = sample_project()
    assert len(p.experts) >= 6
    crs = {e: {n.id: priorities(p.judgment_matrix(e, n.id)).cr for n in p.internal_nodes()}
           for e in p.expert_ids()}
    assert crs["E4"]["principles"] > 0.1  # clearly inconsistent
    assert all(cr <= 0.1 for e in ("E1", "E2", "E3", "E5", "E6") for cr in crs[e].values())
    assert np.isnan(p.judgment_matrix("E5", "strategies")).any()  # missing judgments
    # the dissenter's principle weights run against the others' (negative rank correlation)
    w = {e: priorities(p.judgment_matrix(e, "principles")).weights for e in ("E1", "E6")}
    assert np.corrcoef(w["E1"], w["E6"])[0, 1] < 0


def test_sample_scores_every_direction_on_every_criterion():
    p = sample_project()
    assert p.industries == tuple(
        i.replace(criteria=p.industry(i.id).criteria, description=p.industry(i.id).description,
                  directions=tuple(dataclasses.replace(d, cost=c.cost) for d, c in zip(
                      i.directions, p.industry(i.id).directions, strict=True)))
        for i in new_from_template("principles-strategies").industries)
    # every direction has an (invented) cost, and the portfolio a budget
    assert all(d.cost is not None and d.cost > 0 for i in p.industries for d in i.directions)
    assert p.portfolio.budget == 300
    assert p.portfolio.cost_unit == "亿元"
    for ind in p.industries:
        t = p.score_tensor(ind.id)
        # every cell scored by at least one expert
        assert not np.isnan(t).all(axis=0).any(), ind.id
    own = {c.id: c for i in p.industries for c in i.criteria}
    assert own["years_to_scale"].type is CriterionType.COST
    assert p.score("E1", "ngit", "ai", "market_growth") == 18.6  # §3.4 of the paper
    assert p.score("E1", "services", "vr-services", "market_growth") == 43.8

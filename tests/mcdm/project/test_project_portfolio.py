"""The project's portfolio (ProjectResult.portfolio / frontier / portfolio_robustness): on a
ten-direction cut of the sample against brute force over all 2^10 subsets (hypothesis draws
costs, weights, bounds, must and exclude), and every reason for no portfolio as a sentence."""

import itertools

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from mcdm.errors import MCDMError
from mcdm.messages import describe
from mcdm.project import edits as E
from mcdm.project.evaluate import evaluate
from mcdm.project.model import IndustryPlan
from mcdm.project.montecarlo import MonteCarloOptions
from mcdm.project.sample import sample_project

KEEP = ("green", "nev", "services")  # 2 + 5 + 3 directions


def small_sample():
    project = sample_project()
    for ind in project.industries:
        if ind.id not in KEEP:
            project, _ = E.RemoveIndustry(ind.id).apply(project)
    project, _ = E.SetDirectionChoice("ngit", "high-end-chips", None).apply(project) \
        if ("ngit", "high-end-chips") in project.portfolio.must else (project, None)
    return project


SMALL = small_sample()
ITEMS = [(i.id, d.id) for i in SMALL.industries for d in i.directions]


def apply_all(project, edits):
    for edit in edits:
        project, _ = edit.apply(project)
    return project


def brute_force(project):
    """Best value (closeness × weight) and least cost among the optimal feasible subsets."""
    result = evaluate(project)
    plan = project.portfolio
    clo = {(r.industry_id, d): c for r in result.industries
           for d, c in zip(r.direction_ids, r.topsis.closeness, strict=True)}
    cost = {(i.id, d.id): d.cost for i in project.industries for d in i.directions}
    items = [k for k in ITEMS if cost[k] is not None and k in clo]
    value = {k: clo[k] * plan.industry(k[0]).weight for k in items}
    best = None
    for bits in itertools.product((0, 1), repeat=len(items)):
        chosen = [k for k, b in zip(items, bits, strict=True) if b]
        c = sum(cost[k] for k in chosen)
        if c > plan.budget + 1e-9 or any(k not in chosen for k in plan.must if k in items) \
                or any(k in chosen for k in plan.exclude):
            continue
        ok = True
        for ind in KEEP:
            b = plan.industry(ind)
            mine = [k for k in chosen if k[0] == ind]
            spend = sum(cost[k] for k in mine)
            for lo, hi, have in ((b.min_count, b.max_count, len(mine)),
                                 (b.min_spend, b.max_spend, spend)):
                if (lo is not None and have < lo - 1e-9) or (hi is not None and have > hi + 1e-9):
                    ok = False
        if not ok:
            continue
        v = sum(value[k] for k in chosen)
        if best is None or v > best[0] + 1e-9 or (abs(v - best[0]) <= 1e-9 and c < best[1]):
            best = (v, c)
    return best


costs = st.one_of(st.none(), st.integers(1, 30).map(float), st.sampled_from([2.5, 7.5, 0.0]))
plans = st.builds(IndustryPlan, weight=st.sampled_from([1.0, 0.5, 2.0, 0.0]),
                  min_count=st.one_of(st.none(), st.integers(0, 3)),
                  max_count=st.one_of(st.none(), st.integers(1, 4)),
                  min_spend=st.one_of(st.none(), st.sampled_from([5.0, 20.0])),
                  max_spend=st.one_of(st.none(), st.sampled_from([10.0, 40.0])))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(costs, min_size=len(ITEMS), max_size=len(ITEMS)),
       st.dictionaries(st.sampled_from(KEEP), plans, max_size=3),
       st.lists(st.tuples(st.sampled_from(ITEMS), st.sampled_from(["must", "exclude"])),
                max_size=3),
       st.sampled_from([0.0, 15.0, 40.0, 80.0]))
def test_the_portfolio_is_the_best_feasible_subset(cost_list, industry_plans, choices, budget):
    edits = [E.SetDirectionCost(i, d, c) for (i, d), c in zip(ITEMS, cost_list, strict=True)]
    edits += [E.SetBudget(budget)]
    for ind, plan in industry_plans.items():
        if not (plan.min_count is not None and plan.max_count is not None
                and plan.min_count > plan.max_count) and not (
                plan.min_spend is not None and plan.max_spend is not None
                and plan.min_spend > plan.max_spend):
            edits.append(E.SetIndustryPlan(ind, plan))
    edits += [E.SetDirectionChoice(i, d, c) for (i, d), c in choices]
    project = apply_all(SMALL, edits)
    expected = brute_force(project)
    try:
        got = evaluate(project).portfolio()
    except MCDMError as exc:
        error = exc
    else:
        error = None
    if error is not None:
        assert error.code.startswith("portfolio.")
        assert describe(error, "zh", project) != str(error)  # a sentence in the catalogue
        # no portfolio: either nothing to choose from, or no feasible subset
        assert expected is None or error.code in ("portfolio.no_costs", "portfolio.must_no_cost")
        return
    assert expected is not None
    assert got.value == pytest.approx(expected[0], abs=1e-9)
    assert got.cost == pytest.approx(expected[1], abs=1e-6)
    assert all(k in got.selected for k in project.portfolio.must if k in got.candidates.items)
    assert not any(k in got.selected for k in project.portfolio.exclude)


@pytest.fixture(scope="module")
def sample_result():
    return evaluate(sample_project())


def test_the_sample_portfolio(sample_result):
    p = sample_result.portfolio()
    assert p is sample_result.portfolio()  # computed once per result
    assert p.budget == 300
    assert p.cost <= 300
    assert ("ngit", "high-end-chips") in p.selected  # the must-include
    assert p.selection.method == "dp"
    cand = p.candidates
    assert len(cand.items) == 61
    # value = closeness × industry weight (1 for every industry of the sample)
    ind = sample_result.industry("bio")
    k = cand.items.index(("bio", ind.direction_ids[0]))
    assert cand.values[k] == ind.topsis.closeness[0]
    assert sum(s.spend for s in p.industries) == pytest.approx(p.cost)
    assert sum(s.count for s in p.industries) == len(p.selected)
    assert [b.code for b in p.binding] == ["portfolio.binding_budget"]
    assert "亿元" in describe(p.binding[0], "zh", sample_result.project)


def test_a_larger_budget_never_gives_less_and_the_frontier_agrees(sample_result):
    f = sample_result.frontier()
    assert f.budgets[0] == 0
    assert f.budgets[-1] == pytest.approx(sum(d.cost for i in sample_project().industries
                                              for d in i.directions))
    ok = f.curve.feasible
    assert not ok[0]  # the must-include costs 57 亿元
    assert (np.diff(f.values[ok]) >= -1e-12).all()
    for b, v in zip(f.budgets[ok][::8], f.values[ok][::8], strict=True):
        assert sample_result.portfolio(float(b)).value == pytest.approx(v, abs=1e-9)


def test_industry_bounds_and_weights_shape_the_choice():
    project = apply_all(sample_project(), [
        E.SetIndustryPlan("green", IndustryPlan(min_count=1)),
        E.SetIndustryPlan("bio", IndustryPlan(max_count=3)),
        E.SetIndustryPlan("materials", IndustryPlan(weight=0.0))])
    p = evaluate(project).portfolio()
    spend = {s.industry_id: s for s in p.industries}
    assert spend["green"].count >= 1
    assert spend["bio"].count == 3
    assert "max_count" in spend["bio"].tight
    assert spend["materials"].count == 0  # worth nothing
    codes = [b.code for b in p.binding]
    assert "portfolio.tight_max_count" in codes
    en = [describe(b, "en", project) for b in p.binding]
    assert "“Bioindustry”: at most 3 directions (reached)." in en


def test_directions_without_a_cost_are_left_out_and_named():
    project = apply_all(sample_project(), [E.SetDirectionCost("nev", "vehicle-chips", None),
                                           E.SetDirectionCost("nev", "central-ee", None)])
    p = evaluate(project).portfolio()
    assert ("nev", "vehicle-chips") not in p.candidates.items
    [note] = p.left_out
    assert note.code == "portfolio.no_cost"
    zh = describe(note, "zh", project)
    assert "新能源汽车和智能汽车产业" in zh
    assert "2 个方向" in zh
    assert "车规级芯片" in zh or "芯片" in zh


@pytest.mark.parametrize(("edits", "code", "words"), [
    ([E.SetBudget(None)], "portfolio.no_budget", "No budget is set"),
    ([E.SetBudget(40.0)], "portfolio.must_over_budget", "over the budget of 40 亿元"),
    ([E.SetDirectionCost("ngit", "high-end-chips", None)], "portfolio.must_no_cost",
     "“High-end chips” (New-generation information technology) has no cost"),
    ([E.SetIndustryPlan("green", IndustryPlan(min_count=3))], "portfolio.min_count_unreachable",
     "needs at least 3 directions, but only 2"),
    ([E.SetIndustryPlan("ngit", IndustryPlan(max_count=0))], "portfolio.max_count_unreachable",
     "at most 0 directions, but 1 are must-include"),
    ([E.SetIndustryPlan("bio", IndustryPlan(min_spend=320.0))],
     "portfolio.min_spend_over_budget", "at least 320 亿元, more than the budget of 300 亿元"),
    ([E.SetIndustryPlan("bio", IndustryPlan(min_spend=400.0))],
     "portfolio.min_spend_unreachable", "but its directions that can be chosen cost only 359 亿元"),
    ([E.SetIndustryPlan("bio", IndustryPlan(min_count=12)),
      E.SetIndustryPlan("materials", IndustryPlan(min_count=12))], "portfolio.infeasible",
     "relaxing the budget or a bound of “Bioindustry, New materials” would help"),
    ([E.SetIndustryPlan("bio", IndustryPlan(min_count=17)),
      E.SetIndustryPlan("materials", IndustryPlan(min_count=15))],
     "portfolio.infeasible_budget", "only a larger budget would"),
    ([E.SetIndustryPlan("bio", IndustryPlan(min_count=5, max_spend=20.0))],
     "portfolio.infeasible_bounds", "a bound of “Bioindustry” would help (the budget is not"),
])
def test_why_there_is_no_portfolio_is_a_sentence_with_labels(edits, code, words):
    project = apply_all(sample_project(), edits)
    result = evaluate(project)
    with pytest.raises(MCDMError) as caught:
        result.portfolio()
    assert caught.value.code == code
    assert words in describe(caught.value, "en", project)
    zh = describe(caught.value, "zh", project)
    assert zh != str(caught.value)
    with pytest.raises(MCDMError):  # the reason is kept with the result, not recomputed
        result.portfolio()


def test_no_costs_at_all():
    project = sample_project()
    project = apply_all(project, [E.SetDirectionChoice("ngit", "high-end-chips", None)] + [
        E.SetDirectionCost(i.id, d.id, None) for i in project.industries for d in i.directions])
    with pytest.raises(MCDMError) as caught:
        evaluate(project).portfolio()
    assert caught.value.code == "portfolio.no_costs"


def test_robustness_over_the_monte_carlo_run():
    project = sample_project()
    with pytest.raises(MCDMError) as caught:
        evaluate(project).portfolio_robustness()
    assert caught.value.code == "portfolio.no_samples"
    result = evaluate(project, monte_carlo=MonteCarloOptions(n_samples=300, seed=5))
    r = result.portfolio_robustness()
    assert r.n_samples == 300
    assert ((r.frequency >= 0) & (r.frequency <= 1)).all()
    assert r.frequency[r.candidates.items.index(("ngit", "high-end-chips"))] == 1.0
    assert r.shares.sum() == pytest.approx(1.0)
    # the same samples, optimized one by one through select, give the same frequencies
    from mcdm.portfolio import select

    cand = r.candidates
    hits = np.zeros(len(cand.items))
    for s in range(0, 300, 30):
        values = np.array([result.industry(i).monte_carlo.closeness_samples[0][
            s, result.industry(i).direction_ids.index(d)] for i, d in cand.items])
        x = select(values, cand.costs, 300.0, must=cand.must).selected
        hits += x
    sub = result.portfolio_robustness()  # cached
    assert sub is r
    # frequencies over every 30th sample agree with the per-sample optimum
    picked = np.zeros(len(cand.items))
    from mcdm.portfolio import robustness

    values = np.stack([[result.industry(i).monte_carlo.closeness_samples[0][
        s, result.industry(i).direction_ids.index(d)] for i, d in cand.items]
        for s in range(0, 300, 30)])
    picked = robustness(values, cand.costs, 300.0, must=cand.must, method="milp").frequency
    assert_allclose(hits / 10, picked, atol=1e-12)

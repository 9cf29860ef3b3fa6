"""The labelled tables the workbook and report read for weights and the portfolio: the result's
own numbers, with labels (never ids) and sentences in the chosen language."""

from numpy.testing import assert_array_equal

from mcdm.project import edits as E
from mcdm.project.evaluate import evaluate
from mcdm.project.model import IndustryPlan
from mcdm.project.sample import sample_project
from mcdm.tables.portfolio import portfolio_view, weighting_views


def test_weighting_views_carry_the_three_vectors_and_the_steps():
    project, _ = E.SetSetting("weighting", "combined").apply(sample_project())
    result = evaluate(project)
    views = weighting_views(project, result, "zh")
    assert len(views) == len(result.industries)
    for view, ir in zip(views, result.industries, strict=True):
        assert view.used == "combined"
        assert_array_equal(view.combined, ir.weights)
        assert_array_equal(view.steps["weight"], ir.weighting.objective)
        assert view.matrix is ir.scores.matrix
        assert view.caption.startswith("排序所用权重：组合赋权")
    nev = views[[ir.industry_id for ir in result.industries].index("nev")]
    assert nev.criteria[-1] == "距规模化应用年限（越短越好） (年 / years)"
    assert nev.types[-1] == -1


def test_portfolio_view_is_the_results_portfolio_in_words():
    project = sample_project()
    result = evaluate(project)
    view = portfolio_view(project, result, "en")
    p = result.portfolio()
    assert view.value == p.value
    assert [r.chosen for r in view.rows] == list(p.selection.selected)
    assert view.rows[0].industry == "New-generation information technology"
    must = next(r for r in view.rows if r.choice == "must")
    assert must.direction == "High-end chips"
    assert view.binding == ("The budget binds: 1 亿元 is left, too little for any other "
                            "direction.",)
    assert len(view.frontier) == 41
    assert view.frontier[0][1] is None  # the must-include does not fit in a budget of 0
    assert view.reason is None


def test_no_portfolio_is_a_reason_not_an_error():
    project, _ = E.SetIndustryPlan("green", IndustryPlan(min_count=3)).apply(sample_project())
    view = portfolio_view(project, evaluate(project), "zh")
    assert view.rows == ()
    assert view.reason.startswith("“节能环保产业”至少要选 3 个方向")
    assert view.value is None


def test_without_a_budget_the_reason_comes_with_the_frontier():
    project, _ = E.SetBudget(None).apply(sample_project())
    result = evaluate(project)
    view = portfolio_view(project, result, "en")
    assert view.reason.startswith("No budget")
    assert view.rows == ()
    f = result.frontier()  # the frontier needs costs, not a budget
    assert [b for b, _ in view.frontier] == f.budgets.tolist()

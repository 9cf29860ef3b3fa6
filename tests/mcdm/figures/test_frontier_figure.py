"""The portfolio's frontier figure: the result's frontier and portfolio, readable in both
languages (no "…", the legend inside the figure, no missing glyph), the budget marked."""

import numpy as np
import pytest
from numpy.testing import assert_allclose

import mcdm.figures as F
from mcdm.errors import MCDMError
from mcdm.project import edits as E
from mcdm.project.evaluate import evaluate
from mcdm.project.model import IndustryPlan
from mcdm.project.sample import sample_project
from tests.mcdm.figures.test_figures import _check_readable, _texts


@pytest.mark.usefixtures("strict_glyphs")
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_frontier_figure_reads_well(full_result, lang):
    fig = F.frontier_figure(full_result, lang)
    _check_readable(fig)
    texts = " ".join(t.get_text() for t in _texts(fig)).replace("\n", " ")
    assert ("有效前沿" if lang == "zh" else "Efficient frontier") in texts
    assert "亿元" in texts  # the budget axis in the project's cost unit
    assert ("示例数据，仅供演示" if lang == "zh" else "Illustrative data") in texts
    legend = fig.axes[0].get_legend()
    box = fig.axes[0].get_window_extent()
    ext = legend.get_window_extent()
    assert box.x0 <= ext.x0
    assert ext.x1 <= box.x1
    assert box.y0 <= ext.y0
    assert ext.y1 <= box.y1


def test_the_curve_and_the_point_are_the_results(full_result):
    f, p = full_result.frontier(), full_result.portfolio()
    ax = F.frontier_figure(full_result, "en").axes[0]
    ok = np.asarray(f.curve.feasible)
    curve = ax.lines[0]  # the steps through every feasible budget
    assert_allclose(curve.get_xdata(), f.budgets[ok], rtol=0, atol=1e-12)
    assert_allclose(curve.get_ydata(), f.values[ok], rtol=0, atol=1e-12)
    assert curve.get_drawstyle() == "steps-post"
    budget = next(ln for ln in ax.lines if ln.get_linestyle() == "--")
    assert budget.get_visible()
    assert budget.get_xdata()[0] == full_result.project.portfolio.budget == p.budget
    (dot,) = ax.collections  # the chosen portfolio
    assert dot.get_visible()
    assert_allclose(dot.get_offsets()[0], (p.budget, p.value), rtol=0, atol=1e-12)
    assert ax.get_xlim()[0] == 0
    assert ax.get_ylim()[0] == 0
    assert ax.get_xlim()[1] >= p.budget
    assert ax.get_ylim()[1] >= p.value


def test_without_a_portfolio_the_curve_stays_and_the_point_goes():
    project, _ = E.SetBudget(None).apply(sample_project())
    result = evaluate(project)
    ax = F.frontier_figure(result, "zh").axes[0]
    shown = [a for a in (*ax.lines, *ax.collections) if a.get_visible()]
    assert shown == [ax.lines[0]]  # the steps only: no budget line, no chosen point
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["最优总价值"]
    project, _ = E.SetIndustryPlan("green", IndustryPlan(min_count=3)).apply(sample_project())
    with pytest.raises(MCDMError):  # no budget can meet it: there is no frontier to draw
        F.frontier_figure(evaluate(project), "zh")

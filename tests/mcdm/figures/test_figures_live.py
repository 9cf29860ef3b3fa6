"""Figures a GUI draws again after each edit: one expert's weights, the efficient frontier, what
every figure records that it shows, and the in-place update a live edit takes (the same pixels
as a figure built from scratch, for a fraction of the work)."""

import numpy as np
import pytest
from numpy.testing import assert_allclose

import mcdm.figures as F
from mcdm.figures import live
from mcdm.figures.labels import short_or_full
from mcdm.project import edits
from mcdm.project.evaluate import evaluate
from mcdm.project.sample import sample_project
from tests.mcdm.figures.test_figures import _bar_values, _check_readable


def _canvas_figure(width=4.8, height=4.0):
    """A figure as a GUI canvas holds it (fixed size, Agg)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height))
    FigureCanvasAgg(fig)
    return fig


def _pixels(fig):
    fig.canvas.draw()
    return np.asarray(fig.canvas.buffer_rgba()).copy()


@pytest.fixture(scope="module")
def plain():
    return evaluate(sample_project())


@pytest.mark.usefixtures("strict_glyphs")
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_expert_weights_are_the_experts_own_priorities(plain, lang):
    project = plain.project
    for expert in project.expert_ids():
        for node in project.internal_nodes():
            own = plain.individual.get((expert, node.id))
            if own is None:
                with pytest.raises(ValueError, match="no weights"):
                    F.expert_weights_figure(plain, expert, node.id, lang)
                continue
            fig = F.expert_weights_figure(plain, expert, node.id, lang)
            _check_readable(fig)
            ax = fig.axes[0]
            assert_allclose(_bar_values(ax), own.weights, atol=1e-12)
            assert [t.get_text() for t in ax.texts] == [f"{w:.3f}" for w in own.weights]
            assert ax.get_xlim() == (0.0, 1.0)
            title = "".join(fig.get_suptitle().split())
            for part in (project.expert(expert).name, short_or_full(node, lang)):
                assert "".join(part.split()) in title
            s = F.shown(fig)
            assert s.rows == tuple(c.label.get(lang) for c in node.children)


@pytest.mark.usefixtures("strict_glyphs")
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_frontier_is_the_results_frontier_with_budget_and_portfolio(plain, lang):
    fig = F.frontier_figure(plain, lang)
    _check_readable(fig)
    ax = fig.axes[0]
    f = plain.frontier()
    keep = f.curve.feasible
    step = ax.lines[0]
    assert_allclose(step.get_xdata(), f.budgets[keep])
    assert_allclose(step.get_ydata(), f.values[keep])
    budget_line = ax.lines[1]
    assert set(budget_line.get_xdata()) == {300.0}
    assert_allclose(ax.collections[0].get_offsets()[0], (300.0, plain.portfolio().value))
    # Round axis ends above the data.
    assert ax.get_xlim()[1] >= f.budgets[keep].max()
    assert ax.get_ylim()[1] >= np.nanmax(f.values)
    entries = [t.get_text() for t in ax.get_legend().get_texts()]
    assert len(entries) == 3


def test_a_frontier_without_a_portfolio_has_no_dot(plain):
    project = plain.project.replace(portfolio=plain.project.portfolio.replace(budget=None))
    fig = F.frontier_figure(evaluate(project), "en")
    assert not fig.axes[0].collections[0].get_visible()
    assert len(fig.axes[0].get_legend().get_texts()) == 1


def test_moving_the_budget_moves_only_the_line_and_the_dot(plain):
    fig = _canvas_figure()
    F.frontier_figure(plain, "en", figure=fig)
    assert not F.updated_in_place(fig)
    moved = evaluate(edits.SetBudget(200.0).apply(plain.project)[0])
    F.frontier_figure(moved, "en", figure=fig)
    assert F.updated_in_place(fig)
    ax = fig.axes[0]
    assert set(ax.lines[1].get_xdata()) == {200.0}
    assert_allclose(ax.collections[0].get_offsets()[0], (200.0, moved.portfolio().value))
    assert set(F.live_artists(fig)) == {ax.lines[1], ax.collections[0]}
    assert np.array_equal(_pixels(fig), _pixels(F.frontier_figure(moved, "en",
                                                                  figure=_canvas_figure())))


def _edit_keeping_order(result, industry):
    """A small score change that leaves the industry's ranking order as it is."""
    project = result.project
    ind = project.industry(industry)
    ir = result.industry(industry)
    expert, leaf = project.experts[0].id, project.leaves()[0].id
    order = [d for d, _, _ in ir.ranking()]
    for d in ind.directions:
        old = project.score(expert, industry, d.id, leaf)
        for value in (1.0, 2.0, 3.0, 4.0, 5.0):
            if value == old:
                continue
            changed = evaluate(edits.SetScore(expert, industry, d.id, leaf, value)
                               .apply(project)[0])
            if [x for x, _, _ in changed.industry(industry).ranking()] == order:
                return changed
    raise AssertionError("no order-keeping edit found")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_value_edit_updates_the_ranking_in_place_as_a_rebuild_would_draw_it(plain, lang):
    fig = _canvas_figure()
    F.ranking_figure(plain, "ngit", lang, figure=fig)
    before = F.shown(fig)
    edited = _edit_keeping_order(plain, "ngit")
    out = F.ranking_figure(edited, "ngit", lang, figure=fig)
    assert out is fig
    assert F.updated_in_place(fig)
    closeness = [c for _, c, _ in edited.industry("ngit").ranking()]
    ax = fig.axes[0]
    assert_allclose([b.get_width() for b in ax.containers[0]], closeness, atol=1e-12)
    assert [t.get_text() for t in ax.texts] == [f"{c:.4f}" for c in closeness]
    assert F.shown(fig).values == (tuple(closeness),)
    assert F.shown(fig).rows == before.rows
    # Bars and value labels are what moves; nothing else is redrawn by a blitting canvas.
    assert set(F.live_artists(fig)) == set(ax.containers[0]) | set(ax.texts)
    assert np.array_equal(_pixels(fig), _pixels(F.ranking_figure(edited, "ngit", lang,
                                                                 figure=_canvas_figure())))


def test_another_structure_rebuilds(plain):
    fig = _canvas_figure()
    F.ranking_figure(plain, "ngit", "en", figure=fig)
    F.ranking_figure(plain, "bio", "en", figure=fig)  # another industry
    assert not F.updated_in_place(fig)
    F.ranking_figure(plain, "bio", "zh", figure=fig)  # another language
    assert not F.updated_in_place(fig)
    fig.set_size_inches(3.0, 4.0)  # narrower: labels wrap anew
    F.ranking_figure(plain, "bio", "zh", figure=fig)
    assert not F.updated_in_place(fig)
    F.top_k_figure(evaluate(plain.project, monte_carlo=200), "bio", "zh", figure=fig)
    assert not F.updated_in_place(fig)  # another figure altogether
    assert len(fig.axes) == 1
    # A figure function that cannot move anything leaves nothing to move.
    F.sensitivity_figure(plain, "bio", "zh", figure=fig)
    assert F.live_artists(fig) == ()
    assert not F.updated_in_place(fig)


def test_group_weights_update_in_place_when_only_a_judgment_changed(plain):
    fig = _canvas_figure(4.7, 3.4)
    F.node_weights_figure(plain, "principles", "zh", figure=fig)
    project = plain.project
    node = project.node("principles")
    a, b = node.child_ids()[:2]
    e = project.expert_ids()[0]
    edited = evaluate(edits.SetJudgment(e, "principles", a, b, 3.0).apply(project)[0])
    F.node_weights_figure(edited, "principles", "zh", figure=fig)
    assert F.updated_in_place(fig)
    nr = edited.nodes["principles"]
    ax = fig.axes[0]
    assert_allclose(_bar_values(ax, 0), nr.weights, atol=1e-12)
    for k in range(len(nr.experts)):
        assert_allclose([r.get_width() for r in ax.containers[k + 1]], nr.expert_weights[k],
                        atol=1e-12)
    # The group's values are written on its bars; the experts' thin bars carry none.
    assert [t.get_text() for t in ax.texts] == [f"{w:.3f}" for w in nr.weights]


def test_a_step_of_the_axis_maximum_rebuilds_the_global_weights(plain):
    from mcdm.figures.style import nice_max

    fig = _canvas_figure()
    F.global_weights_figure(plain, "en", figure=fig)
    x_max = fig.axes[0].get_xlim()[1]
    assert x_max == nice_max(float(plain.leaf_weights.max()))
    # The same result again: nothing moved, still in place.
    F.global_weights_figure(plain, "en", figure=fig)
    assert F.updated_in_place(fig)


def test_every_figure_records_what_it_shows(full_result):
    ir = full_result.industry("bio")
    dirs = {d.id: d for d in full_result.project.industry("bio").directions}
    names = [dirs[d].label.zh for d, _, _ in ir.ranking()]
    for make in (F.ranking_figure, F.top_k_figure, F.acceptability_figure,
                 F.comparison_figure, F.sensitivity_figure):
        s = F.shown(make(full_result, "bio", "zh"))
        assert s.kind == make.__name__.removesuffix("_figure")
        assert list(s.rows) == names
        assert s.min_height > 1.0
    mc = ir.monte_carlo
    order = [ir.direction_ids.index(d) for d, _, _ in ir.ranking()]
    s = F.shown(F.acceptability_figure(full_result, "bio", "en"))
    assert_allclose(np.array(s.values), mc.acceptability[0][order].T, atol=1e-12)
    assert live.shown(_canvas_figure()) is None  # a figure no function drew


def test_the_least_height_grows_with_rows_and_lines():
    from mcdm.figures.style import min_height

    one = min_height(["a"] * 5, title="T", width=5.0)
    two = min_height(["a\nb"] * 5, title="T", width=5.0)
    more = min_height(["a"] * 10, title="T", width=5.0)
    assert one < two
    assert one < more
    # Seven bars per row need more room than one line of label.
    assert min_height(["a"] * 5, title="T", width=5.0, series=7) > one
    # A long title wraps: more lines, more height.
    assert min_height(["a"], title="T " * 80, width=5.0) > min_height(["a"], title="T", width=5.0)


def test_sensitivity_figure_works_on_a_plain_evaluation(plain):
    # The GUI's result is evaluated without the analysis: the figure asks the result for it.
    assert plain.industry("ngit").sensitivity is None
    fig = F.sensitivity_figure(plain, "ngit", "en")
    ref = F.sensitivity_figure(evaluate(plain.project, sensitivity=True), "ngit", "en")
    assert_allclose(fig.axes[0].lines[0].get_ydata(), ref.axes[0].lines[0].get_ydata())

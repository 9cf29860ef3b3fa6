"""Every chart of the GUI at 1280 × 720, on every page, in both languages, for the sample: drawn
at the width the chart has, no category label cut to "…", every label, legend, title and value
inside the canvas and clear of each other, the values on the bars the result's numbers, axes that
do not move on a small edit, a row's full name in the tooltip, and the live edits that move bars
in place (blitting) drawing what a rebuilt figure draws.

Expected numbers are read from the engine's result directly, not from the figure code."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from desktop.testing import make_window
from mcdm.project import edits
from tests.support.gui import dashed_x, marked_points

LANGS = ("zh", "en")
SIZE = (1280, 720)


def settle(window, key=None):
    if key is not None:
        window.show_page(key)
    for _ in range(3):
        QApplication.processEvents()


def drawn(chart):
    """The chart's figure after a full draw at its canvas's size (as the screen shows it)."""
    chart.flush()
    canvas = chart.canvas
    fig = canvas.figure
    canvas.draw()
    # The figure fills the canvas: laid out for the room the chart really has.
    ratio = canvas.device_pixel_ratio
    assert fig.get_figwidth() * fig.dpi == pytest.approx(canvas.width() * ratio, abs=1.5)
    assert fig.get_figheight() * fig.dpi == pytest.approx(canvas.height() * ratio, abs=1.5)
    return fig


def _inside(ext, box, what):
    assert ext.x0 >= box.x0 - 0.5, what
    assert ext.x1 <= box.x1 + 0.5, what
    assert ext.y0 >= box.y0 - 0.5, what
    assert ext.y1 <= box.y1 + 0.5, what


def _apart(a, b) -> bool:
    return a.x1 <= b.x0 + 0.5 or b.x1 <= a.x0 + 0.5 or a.y1 <= b.y0 + 0.5 or b.y1 <= a.y0 + 0.5


def check_readable(chart, where):
    """Nothing cut, clipped or overlapping; returns the figure."""
    from matplotlib.text import Text

    fig = drawn(chart)
    renderer = fig.canvas.get_renderer()
    box = fig.bbox
    # Tick labels are drawn for the ticks within the axis's limits only.
    hidden = set()
    for a in fig.axes:
        for axis, (lo, hi) in ((a.xaxis, sorted(a.get_xlim())), (a.yaxis, sorted(a.get_ylim()))):
            for tick in axis.get_major_ticks():
                if not lo - 1e-9 <= tick.get_loc() <= hi + 1e-9:
                    hidden |= {tick.label1, tick.label2}
    texts = [t for t in fig.findobj(Text)
             if t.get_visible() and t.get_text() and t not in hidden]
    for t in texts:
        assert "…" not in t.get_text(), (where, t.get_text())
        assert "..." not in t.get_text(), (where, t.get_text())
        _inside(t.get_window_extent(renderer), box, (where, t.get_text()))
    ax = fig.axes[0]
    # Category labels: each whole, inside the canvas, none over the next.
    ticks = [t for t in ax.get_yticklabels() if t.get_visible() and t.get_text()]
    extents = sorted((t.get_window_extent(renderer) for t in ticks), key=lambda e: -e.y1)
    for upper, lower in zip(extents, extents[1:], strict=False):
        assert lower.y1 <= upper.y0 + 0.5, (where, "labels overlap")
    # Legends inside the canvas, clear of the title and of the plot.
    titles = [t for t in texts if t.get_text() == fig.get_suptitle()]
    title = titles[0].get_window_extent(renderer) if titles else None
    legends = list(fig.legends) + [a.get_legend() for a in fig.axes if a.get_legend()]
    for legend in legends:
        ext = legend.get_window_extent(renderer)
        _inside(ext, box, (where, "legend"))
        if title is not None and legend in fig.legends:
            assert _apart(ext, title), (where, "legend over the title")
            assert _apart(ext, ax.get_window_extent(renderer)), (where, "legend over the plot")
    # Values on bars stay in the plot.
    plot = ax.get_window_extent(renderer)
    for note in ax.texts:
        if note.get_text():
            _inside(note.get_window_extent(renderer), plot.expanded(1.0, 1.0).padded(40),
                    (where, note.get_text()))
    return fig


@pytest.fixture(params=LANGS)
def win(request, qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path, lang=request.param)
    window.resize(*SIZE)
    settle(window, "montecarlo")
    page = window.page("montecarlo")
    page.samples.setValue(500)
    with qtbot.waitSignal(page.shown, timeout=60000):
        page.run()
    return ctx, window


def _ranking_order(ir):
    return [ir.direction_ids.index(d) for d, _, _ in ir.ranking()]


def test_per_industry_charts(win):
    ctx, window = win
    result, lang = ctx.result, ctx.lang
    run = window.page("montecarlo").mc_result
    for ind in ctx.project.industries:
        window.ranking_state.set_industry(ind.id)
        ir = result.industry(ind.id)
        names = {d.id: d.label.get(lang) for d in ind.directions}
        rows = [names[d] for d, _, _ in ir.ranking()]
        # Ranking: closeness in rank order, four decimals, on 0–1.
        settle(window, "results")
        chart = window.page("results").chart
        fig = check_readable(chart, ("results", ind.id))
        assert chart.categories() == rows
        assert chart.value_labels() == [f"{c:.4f}" for _, c, _ in ir.ranking()]
        np.testing.assert_allclose(chart.values(), [c for _, c, _ in ir.ranking()])
        assert fig.axes[0].get_xlim() == (0.0, 1.0)
        # Sensitivity: the criterion picked, its current weight dashed, every reversal dotted.
        settle(window, "sensitivity")
        page = window.page("sensitivity")
        check_readable(page.chart, ("sensitivity", ind.id))
        k = page.criterion.currentData()
        assert dashed_x(page.chart) == pytest.approx(float(ir.weights[k]))
        assert len(marked_points(page.chart)) == len(result.sensitivity(ind.id).reversals_for(k))
        assert page.chart.categories() == rows
        # Monte Carlo: both charts in the ranking's order; P(top 3) as percentages.
        settle(window, "montecarlo")
        mc_page = window.page("montecarlo")
        mc_ir = run.industry(ind.id)
        order = _ranking_order(mc_ir)
        mc = mc_ir.monte_carlo
        for chart in (mc_page.acceptability, mc_page.top_chart):
            check_readable(chart, ("montecarlo", chart.objectName(), ind.id))
            assert chart.categories() == [names[d] for d, _, _ in mc_ir.ranking()]
        assert mc_page.top_chart.value_labels() == [f"{p:.1%}" for p in mc.top_k[0][order]]
        np.testing.assert_allclose(mc_page.acceptability.series_values(),
                                   mc.acceptability[0][order].T)
        shares = [f"{v:.0%}" for k in range(len(order)) for v in mc.acceptability[0][order, k]
                  if v >= 0.08]
        assert [t for t in mc_page.acceptability.value_labels() if t] == shares


def test_weight_charts_on_every_node(win):
    ctx, window = win
    result, project = ctx.result, ctx.project
    # Group weights: the group's bars first (bold), then each expert's, all named in the legend.
    settle(window, "group")
    page = window.page("group")
    for node in project.internal_nodes():
        page.node_box.setCurrentIndex(page.node_box.findData(node.id))
        settle(window)
        nr = result.nodes[node.id]
        fig = check_readable(page.chart, ("group", node.id))
        # The group's values on its bars; the experts' thin bars carry none (the table does).
        assert page.chart.value_labels() == [f"{w:.3f}" for w in nr.weights]
        for k in range(len(nr.experts)):
            np.testing.assert_allclose(page.chart.series_values()[k + 1], nr.expert_weights[k])
        assert page.chart.categories() == [c.label.get(ctx.lang) for c in node.children]
        entries = [t.get_text().replace("\n", " ") for t in fig.legends[0].get_texts()]
        assert entries[1:] == [project.expert(e).name for e in nr.experts]
        assert fig.axes[0].get_xlim() == (0.0, 1.0)
    # Comparisons: each expert's own weights at each node.
    settle(window, "pairwise")
    page = window.page("pairwise")
    for expert in project.expert_ids():
        for node in project.internal_nodes():
            page.set_target(expert, node.id)
            settle(window)
            own = result.individual.get((expert, node.id))
            if own is None:
                assert not page.chart.has_figure()
                continue
            check_readable(page.chart, ("pairwise", expert, node.id))
            assert page.chart.value_labels() == [f"{w:.3f}" for w in own.weights]
    # Overview: every leaf's global weight, on an axis ending at a round step.
    settle(window, "overview")
    chart = window.page("overview").weights_chart
    fig = check_readable(chart, "overview")
    from mcdm.figures.style import nice_max

    assert chart.value_labels() == [f"{w:.4f}" for w in result.leaf_weights]
    assert fig.axes[0].get_xlim()[1] == nice_max(float(np.nanmax(result.leaf_weights)))


def test_portfolio_frontier(win):
    ctx, window = win
    settle(window, "portfolio")
    chart = window.page("portfolio").chart
    fig = check_readable(chart, "portfolio")
    assert dashed_x(chart) == ctx.project.portfolio.budget
    assert marked_points(chart) == [pytest.approx((ctx.project.portfolio.budget,
                                                   ctx.result.portfolio().value))]
    assert fig.axes[0].get_legend() is not None


def test_a_small_edit_keeps_the_axes_and_moves_the_bars_in_place(qtbot, tmp_path):
    import mcdm.figures as F

    ctx, window = make_window(qtbot, tmp_path, lang="zh")
    window.resize(*SIZE)
    settle(window, "pairwise")
    page = window.page("pairwise")
    page.set_target("E1", "principles")
    settle(window)
    fig = drawn(page.chart)
    ax = fig.axes[0]
    before = ax.get_xlim(), [t.get_text() for t in ax.get_yticklabels()]
    slider = page.sliders[0].slider
    slider.setValue(slider.value() + 2)  # one live edit through the widget
    settle(window)
    assert F.updated_in_place(fig)  # bars and values moved, nothing rebuilt
    assert page.chart.figure is fig
    assert (ax.get_xlim(), [t.get_text() for t in ax.get_yticklabels()]) == before
    own = ctx.result.individual[("E1", "principles")]
    assert page.chart.value_labels() == [f"{w:.3f}" for w in own.weights]
    np.testing.assert_allclose(page.chart.values(), own.weights)
    # What the screen shows after the blit is what a full draw of the same figure shows.
    canvas = page.chart.canvas
    canvas.repaint()
    blitted = canvas.grab().toImage()
    canvas.draw()
    canvas.repaint()
    assert canvas.grab().toImage() == blitted
    # The group's axis does not move on an edit either.
    settle(window, "group")
    group = window.page("group")
    group.node_box.setCurrentIndex(group.node_box.findData("principles"))
    settle(window)
    xlim = drawn(group.chart).axes[0].get_xlim()
    a, b = ctx.project.node("principles").child_ids()[:2]
    ctx.push(edits.SetJudgment("E2", "principles", a, b, 2.0))
    settle(window)
    assert drawn(group.chart).axes[0].get_xlim() == xlim
    ctx.undo_stack.setClean()


def test_tooltips_name_a_row_in_full_with_its_values(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path, lang="en")
    window.resize(*SIZE)
    window.ranking_state.set_industry("ngit")
    settle(window, "results")
    chart = window.page("results").chart
    fig = drawn(chart)
    ax = fig.axes[0]
    ir = ctx.result.industry("ngit")
    names = {d.id: d.label.en for d in ctx.project.industry("ngit").directions}
    for row, (d, c, _rank) in enumerate(ir.ranking()):
        # Over the row's label, left of the plot, and over its bar.
        x, y = ax.transData.transform((0.0, row))
        assert chart.tooltip_at(x - 20, y) == f"{names[d]}\n{c:.4f}"
        assert chart.tooltip_at(x + 5, y) == f"{names[d]}\n{c:.4f}"
    assert chart.tooltip_at(*fig.bbox.p0) == ""  # the corner: no row


def test_a_narrow_chart_wraps_its_labels_and_a_short_one_scrolls(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path, lang="en")
    window.resize(*SIZE)
    window.ranking_state.set_industry("bio")  # the sample's largest industry: 17 directions
    settle(window, "results")
    chart = window.page("results").chart
    fig = check_readable(chart, "bio")
    from mcdm.figures import shown

    need = shown(fig).min_height * fig.dpi / chart.canvas.device_pixel_ratio
    # The rows need more height than the pane has: the chart scrolls rather than squeeze them.
    assert chart.canvas.height() >= need - 1
    if need > chart.viewport().height():
        assert chart.verticalScrollBar().maximum() > 0
    width = chart.canvas.width()
    window.resize(1000, 720)  # narrower: the labels wrap anew once the size settles
    settle(window)
    qtbot.waitUntil(lambda: chart.canvas.width() < width, timeout=3000)
    qtbot.wait(400)
    check_readable(chart, "bio narrow")  # drawn at the new width, nothing cut or overlapping

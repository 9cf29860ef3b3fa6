"""The ranking pages driven through real widgets on the sample workshop (pytest-qt, offscreen):
ranking, settings, steps, method comparison, sensitivity, overview, language, layout.

Expected numbers always come from the engine called directly on the same project (never from
the GUI's own output), so each test checks that the views show what the engine computes.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop.models import ranking_data as data
from desktop.testing import make_window
from mcdm.project import edits
from mcdm.project.evaluate import evaluate
from tests.support.gui import dashed_x, engine_ranking, marked_points, scores_page, shown_ranking


@pytest.fixture
def win(qtbot, tmp_path):
    return make_window(qtbot, tmp_path)


def test_weight_change_moves_ranking_and_sensitivity_chart(win, qtbot):
    ctx, window = win
    window.ranking_state.set_industry("ngit")
    window.show_page("sensitivity")
    sens = window.page("sensitivity")
    k = sens.criterion.findData(0)
    sens.criterion.setCurrentIndex(k)
    sens.criterion.activated.emit(k)
    w_before = dashed_x(sens.chart)
    root = ctx.project.goal
    a, b = root.children[0].id, root.children[1].id
    # Part 1's comparison editor pushes SetJudgment: every expert now strongly favours `a`.
    for e in ctx.project.experts:
        ctx.push(edits.SetJudgment(e.id, root.id, a, b, 9.0))
    part = data.industry_part(evaluate(ctx.project), "ngit")
    k_weight = float(part.topsis.weights[0])
    assert dashed_x(sens.chart) == pytest.approx(k_weight)
    assert dashed_x(sens.chart) != pytest.approx(w_before)
    window.show_page("results")
    assert [n for n, _ in shown_ranking(window)] == \
        [n for n, _ in engine_ranking(ctx.project, "ngit")]
    np.testing.assert_allclose([c for _, c in shown_ranking(window)],
                               [c for _, c in engine_ranking(ctx.project, "ngit")])


def test_setting_change_recomputes_and_undoes(win, qtbot):
    ctx, window = win
    window.show_page("results")
    page = window.page("results")
    combo = page.settings_bar.combos["normalization"]
    k = combo.findData("minmax")
    combo.setCurrentIndex(k)
    combo.activated.emit(k)
    assert ctx.project.settings.normalization == "minmax"
    iid = window.ranking_state.industry_id
    assert ctx.result.industry(iid).topsis.normalization == "minmax"
    assert shown_ranking(window) == engine_ranking(ctx.project, iid)
    ctx.undo_stack.undo()
    assert ctx.project.settings.normalization == "vector"
    assert combo.currentData() == "vector"


def test_sensitivity_marks_every_reversal_of_the_criterion(win):
    ctx, window = win
    window.ranking_state.set_industry("bio")
    window.show_page("sensitivity")
    page = window.page("sensitivity")
    from mcdm.sensitivity import one_at_a_time

    part = ctx.result.industry("bio")
    ref = one_at_a_time(part.scores.matrix, part.topsis.weights, part.topsis.types)
    for k in range(page.criterion.count()):
        page.criterion.setCurrentIndex(k)
        page.criterion.activated.emit(k)
        j = page.criterion.currentData()
        assert [w for w, _ in marked_points(page.chart)] == pytest.approx(
            [rv.weight for rv in ref.reversals_for(j)])
    np.testing.assert_allclose([page.stability.value(r, 2) for r in range(page.stability.rowCount())],
                               ref.top1_interval[:, 0])


def test_item_models_pass_the_model_tester(win, qtmodeltester):
    ctx, window = win
    page = scores_page(window, "nev")
    qtmodeltester.check(page.scores)
    page.expert.setCurrentIndex(0)
    page.expert.activated.emit(0)
    qtmodeltester.check(page.scores)
    qtmodeltester.check(page.industries)
    qtmodeltester.check(page.directions)
    window.show_page("results")
    results = window.page("results")
    qtmodeltester.check(results.ranking)
    qtmodeltester.check(results.comparison)
    qtmodeltester.check(results.correlation)
    window.show_page("overview")
    qtmodeltester.check(window.page("overview").top)


def test_topsis_steps_on_demand_show_the_engine_tables(win, qtbot):
    ctx, window = win
    window.ranking_state.set_industry("nev")
    window.show_page("results")
    page = window.page("results")
    qtbot.mouseClick(page.steps_button, Qt.MouseButton.LeftButton)
    assert page.details.currentWidget() is page.steps_tabs
    steps = ctx.result.industry("nev").topsis.steps
    weighted = page.steps["weighted"]
    m, n = steps.weighted.shape
    shown = np.array([[weighted.value(r, c) for c in range(n)] for r in range(m + 2)])
    np.testing.assert_allclose(shown[:m], steps.weighted)
    np.testing.assert_allclose(shown[m], steps.ideal)       # A+ row under the matrix
    np.testing.assert_allclose(shown[m + 1], steps.anti_ideal)
    # The cost criterion's ideal is its column minimum (Hwang & Yoon).
    assert shown[m, n - 1] == pytest.approx(steps.weighted[:, n - 1].min())


def test_method_comparison_side_by_side_with_movers_highlighted(win, qtbot):
    ctx, window = win
    window.ranking_state.set_industry("bio")
    window.show_page("results")
    page = window.page("results")
    model = page.comparison
    qtbot.waitUntil(lambda: model.rowCount() == len(ctx.project.industry("bio").directions),
                    timeout=20000)
    ref = ctx.result.comparison("bio")
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(ref.methods))] \
        == list(ref.methods)
    shown = np.array([[model.value(r, c) for c in range(len(ref.methods))]
                      for r in range(model.rowCount())])
    np.testing.assert_array_equal(shown, ref.ranks.T)
    spread = shown.max(axis=1) - shown.min(axis=1)
    highlighted = [r for r in range(model.rowCount())
                   if model.data(model.index(r, 0), Qt.ItemDataRole.BackgroundRole) is not None]
    assert highlighted
    assert set(highlighted) == set(np.flatnonzero(spread == spread.max()))
    corr = page.correlation
    np.testing.assert_allclose([[corr.value(r, c) for c in range(corr.columnCount())]
                                for r in range(corr.rowCount())], ref.correlations["spearman"])


def test_overview_lists_each_industrys_top_three(win):
    ctx, window = win
    window.show_page("overview")
    page = window.page("overview")
    assert page.top.rowCount() == len(ctx.project.industries)
    for r, ind in enumerate(ctx.project.industries):
        names = {d.id: d.label.en for d in ind.directions}
        expected = [names[d] for d, _c, _k in ctx.result.industry(ind.id).top(3)]
        shown = [str(page.top.value(r, c)).rsplit(" (", 1)[0] for c in range(len(expected))]
        assert shown == expected
    np.testing.assert_allclose([page.weights.value(r, 2) for r in range(page.weights.rowCount())],
                               ctx.result.leaf_weights)


def test_a_small_window_scrolls_the_ranking_pages_instead_of_squeezing_them(win, qtbot):
    ctx, window = win
    window.resize(700, 500)
    for key in ("scores", "results", "overview", "sensitivity", "montecarlo"):
        window.show_page(key)
        page = window.page(key)
        least = page.body.minimumSizeHint()
        qtbot.waitUntil(lambda p=page, m=least: p.body.width() >= m.width()
                        and p.body.height() >= m.height())
        scroll = page._scroll
        if page.height() < least.height():
            qtbot.waitUntil(scroll.verticalScrollBar().isVisible)
        if page.width() < least.width():
            qtbot.waitUntil(scroll.horizontalScrollBar().isVisible)
        else:  # fits across: filled, not left narrower than the page
            assert page.body.width() >= scroll.viewport().width()


def test_switching_language_translates_the_ranking_pages(win):
    ctx, window = win
    window.show_page("results")
    page = window.page("results")
    window.act_lang["zh"].trigger()
    titles = [window.nav.item(k).text() for k in range(window.nav.count())]
    assert "排序" in titles
    assert "灵敏度分析" in titles
    assert page.ranking.headerData(0, Qt.Orientation.Horizontal) == "排名"
    assert page.settings_bar.combos["normalization"].currentText() == "向量规范化"
    ind = ctx.project.industry(window.ranking_state.industry_id)
    assert page.ranking.value(0, 1) in {d.label.zh for d in ind.directions}
    window.act_lang["en"].trigger()
    assert page.ranking.headerData(0, Qt.Orientation.Horizontal) == "Rank"


def test_analysis_tables_pass_the_model_tester(win, qtbot, qtmodeltester):
    ctx, window = win
    window.show_page("results")
    results = window.page("results")
    results.steps_button.click()
    for model in results.steps.values():
        qtmodeltester.check(model)
    window.show_page("sensitivity")
    qtmodeltester.check(window.page("sensitivity").stability)
    window.show_page("montecarlo")
    mc = window.page("montecarlo")
    mc.samples.setValue(500)
    with qtbot.waitSignal(mc.shown, timeout=20000):
        mc.run()
    qtmodeltester.check(mc.table)


@pytest.mark.parametrize(("name", "value"), [
    ("priority_method", "geometric_mean"), ("ri_table", "alonso-lamata"), ("aggregation", "AIP"),
])
def test_every_method_setting_recomputes_and_undoes(win, name, value):
    ctx, window = win
    window.show_page("results")
    page = window.page("results")
    before = ctx.project
    combo = page.settings_bar.combos[name]
    k = combo.findData(value)
    combo.setCurrentIndex(k)
    combo.activated.emit(k)
    assert getattr(ctx.project.settings, name) == value
    expected = evaluate(before.replace(settings=before.settings.replace(**{name: value})))
    np.testing.assert_allclose(ctx.result.leaf_weights, expected.leaf_weights)
    iid = window.ranking_state.industry_id
    assert shown_ranking(window) == engine_ranking(ctx.project, iid)
    ctx.undo_stack.undo()
    assert ctx.project.settings == before.settings
    assert combo.currentData() == getattr(before.settings, name)


def test_method_comparison_and_correlations_fit_at_1366x768(win, qtbot):
    from PySide6.QtWidgets import QTableView

    ctx, window = win
    window.resize(1366, 768)
    window.ranking_state.set_industry("ngit")
    window.show_page("results")
    page = window.page("results")
    for name in ("comparison_table", "correlation_table"):
        view = page.findChild(QTableView, name)
        qtbot.waitUntil(lambda v=view: v.width() > 400)  # laid out at the window's size
        last = view.model().columnCount() - 1
        assert last > 0
        assert view.columnViewportPosition(last) + view.columnWidth(last) <= view.viewport().width(), name


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_method_names_are_whole_in_the_correlation_table_at_1280x720(win, qtbot, lang):
    """The square of correlations is narrow at 1280×720: each method's name keeps its whole
    text (one word a line), never clipped to "OMETHE"."""
    from PySide6.QtWidgets import QTableView

    ctx, window = win
    ctx.set_language(lang)
    window.resize(1280, 720)
    window.ranking_state.set_industry("ngit")
    window.show_page("results")
    view = window.page("results").findChild(QTableView, "correlation_table")
    qtbot.waitUntil(lambda: view.width() > 300)
    qtbot.wait(300)  # the comparison fills after editing pauses; the header then shares the width
    header = view.horizontalHeader()
    assert view.model().columnCount() >= 6
    for c in range(view.model().columnCount()):
        needed = header.sectionSizeFromContents(c)
        assert needed.width() <= header.sectionSize(c), view.model().headerData(c, header.orientation())
        assert needed.height() <= header.height()


def test_the_monte_carlo_table_reads_across_its_charts(win, qtbot):
    """Rows in the ranking's order (as the charts), headed by the TOPSIS rank, each row the
    run's own numbers for that direction, the full name in the tooltip."""
    ctx, window = win
    window.ranking_state.set_industry("ngit")
    window.show_page("montecarlo")
    page = window.page("montecarlo")
    page.samples.setValue(400)
    with qtbot.waitSignal(page.shown, timeout=20000):
        page.run()
    part = page.mc_result.industry("ngit")
    mc, ids = part.monte_carlo, part.direction_ids
    ranking = part.ranking()
    table = page.table
    assert table.rowCount() == len(ranking)
    labels = {d.id: d.label.get("en") for d in ctx.project.industry("ngit").directions}
    for row, (direction, _closeness, rank) in enumerate(ranking):
        i = ids.index(direction)
        assert table.headerData(row, Qt.Orientation.Vertical) == str(rank)
        assert table.value(row, 1) == pytest.approx(mc.top_k[0][i])
        assert table.value(row, 2) == pytest.approx(mc.acceptability[0][i, 0])
        assert table.value(row, 3) == pytest.approx(mc.mean_closeness[0][i])
        assert table.data(table.index(row, 0), Qt.ItemDataRole.ToolTipRole) == labels[direction]

"""The Portfolio page driven through real widgets on the sample workshop (pytest-qt, offscreen):
budget spin box and slider, costs typed and pasted, must/exclude, industry bounds, the frontier
chart, the reason when there is no portfolio, robustness after a Monte Carlo run, undo.

Expected numbers come from the engine called directly on the same project."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop.models.portfolio import DirectionsModel, IndustriesModel
from desktop.testing import make_window
from desktop.views import PAGES
from mcdm.messages import describe
from mcdm.project.evaluate import evaluate
from mcdm.project.montecarlo import MonteCarloOptions
from tests.support.gui import dashed_x, marked_points


@pytest.fixture
def win(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path)
    window.show_page("portfolio")
    return ctx, window, window.page("portfolio")


def shown_chosen(page) -> list[tuple[str, str]]:
    m = page.directions
    return [m.key(r) for r in range(m.rowCount())
            if m.data(m.index(r, DirectionsModel.CHOSEN)).startswith("✓")]


def row_of(page, industry: str, direction: str) -> int:
    m = page.directions
    return next(r for r in range(m.rowCount()) if m.key(r) == (industry, direction))


def test_the_page_comes_after_the_ranking_pages():
    keys = [p.key for p in PAGES]
    assert keys.index("portfolio") > max(keys.index(k) for k in
                                         ("results", "overview", "sensitivity", "montecarlo"))


def test_the_page_shows_the_engines_portfolio(win, qtmodeltester):
    ctx, _window, page = win
    expected = evaluate(ctx.project).portfolio()
    assert shown_chosen(page) == list(expected.selected)
    assert f"{expected.value:.4f}" in page.summary.text()
    assert "299 亿元" in page.summary.text()
    assert describe(expected.binding[0], "en", ctx.project) in page.notes.text()
    assert not page.missing.isVisible()
    m = page.industries
    bio = next(r for r in range(m.rowCount()) if m.data(m.index(r, 0)) == "Bioindustry")
    spend = next(s for s in expected.industries if s.industry_id == "bio")
    assert m.data(m.index(bio, IndustriesModel.CHOSEN)) == f"{spend.count} / {spend.candidates}"
    qtmodeltester.check(page.directions)
    qtmodeltester.check(page.industries)


def test_the_frontier_chart_is_the_engines_frontier(win):
    ctx, _window, page = win
    f = evaluate(ctx.project).frontier()
    step = page.chart.figure.axes[0].lines[0]  # a step line through every feasible budget
    np.testing.assert_allclose(step.get_xdata(), f.budgets[f.curve.feasible])
    np.testing.assert_allclose(step.get_ydata(), f.values[f.curve.feasible])
    assert step.get_drawstyle() == "steps-post"
    assert dashed_x(page.chart) == 300.0
    assert marked_points(page.chart) == [pytest.approx((300.0, ctx.result.portfolio().value))]
    # Dragging the budget moves the line and the dot, the frontier stays.
    page.budget.setValue(200.0)
    assert dashed_x(page.chart) == 200.0
    assert marked_points(page.chart) == [pytest.approx((200.0, ctx.result.portfolio().value))]
    assert page.chart.figure.axes[0].lines[0] is step


def test_budget_spin_box_and_slider_edit_the_project_and_undo(win, qtbot):
    ctx, _window, page = win
    page.budget.setValue(120.0)
    assert ctx.project.portfolio.budget == 120.0
    assert shown_chosen(page) == list(evaluate(ctx.project).portfolio().selected)
    assert page.slider.value() == 120
    # a drag: many positions, one undo step (merged with the spin box edit before it)
    depth = ctx.undo_stack.count()
    for position in (130, 150, 180, 200):
        page.slider.setValue(position)
    assert ctx.project.portfolio.budget == 200.0
    assert ctx.undo_stack.count() == depth
    assert page.budget.value() == 200.0
    ctx.undo_stack.undo()
    assert ctx.project.portfolio.budget == 300.0
    assert page.budget.value() == 300.0


def test_a_typed_cost_is_one_undo_step_and_bad_text_changes_nothing(win, qtbot):
    ctx, _window, page = win
    m = page.directions
    r = row_of(page, "ngit", "ai")
    assert m.setData(m.index(r, DirectionsModel.COST), "3")
    assert ctx.project.industry("ngit").directions[4].cost == 3.0
    assert ("ngit", "ai") in shown_chosen(page)  # cheap now: worth buying
    assert ("ngit", "ai") in evaluate(ctx.project).portfolio().selected
    before = ctx.project
    with qtbot.waitSignal(m.refused) as refused:
        assert not m.setData(m.index(r, DirectionsModel.COST), "cheap")
    assert "cheap" in refused.args[0]
    assert ctx.project is before
    ctx.undo_stack.undo()
    assert ctx.project.industry("ngit").directions[4].cost == 21.0


def test_a_pasted_column_of_costs_is_one_step(win):
    ctx, _window, page = win
    r = row_of(page, "ngit", "core-components")
    depth = ctx.undo_stack.count()
    assert page.directions_view.paste("1\n2\n3\n") is None
    ids = ("core-components", "software-tools", "network-infra")
    assert [d.cost for d in ctx.project.industry("ngit").directions if d.id in ids] == \
        [1.0, 2.0, 3.0]
    assert r == 0
    assert ctx.undo_stack.count() == depth + 1
    assert "Row 2" in page.directions_view.paste("1\nlots\n")
    ctx.undo_stack.undo()
    assert ctx.project.industry("ngit").directions[0].cost == 20.0


def test_must_and_exclude_through_the_table(win):
    ctx, _window, page = win
    m = page.directions
    r = row_of(page, "services", "vr-services")
    assert ("services", "vr-services") in shown_chosen(page)
    assert m.setData(m.index(r, DirectionsModel.CHOICE), "exclude")
    assert ctx.project.portfolio.choice("services", "vr-services") == "exclude"
    assert ("services", "vr-services") not in shown_chosen(page)
    assert m.data(m.index(r, DirectionsModel.CHOICE)) == "Exclude"
    ctx.undo_stack.undo()
    assert ctx.project.portfolio.choice("services", "vr-services") is None


def test_an_industry_bound_shapes_the_choice_and_binds_visibly(win):
    ctx, _window, page = win
    m = page.industries
    bio = next(r for r in range(m.rowCount()) if m.data(m.index(r, 0)) == "Bioindustry")
    assert m.setData(m.index(bio, IndustriesModel.MAX_COUNT), "2")
    assert ctx.project.portfolio.industry("bio").max_count == 2
    assert sum(1 for i, _ in shown_chosen(page) if i == "bio") == 2
    assert m.data(m.index(bio, IndustriesModel.MAX_COUNT),
                  Qt.ItemDataRole.BackgroundRole) is not None  # met exactly: highlighted
    assert "“Bioindustry”: at most 2 directions (reached)" in page.notes.text()
    assert not m.setData(m.index(bio, IndustriesModel.MIN_COUNT), "1.5")
    ctx.undo_stack.undo()
    assert ctx.project.portfolio.industry("bio").max_count is None


def test_constraints_that_cannot_be_met_show_the_reason(win):
    ctx, _window, page = win
    m = page.industries
    green = next(r for r in range(m.rowCount())
                 if m.data(m.index(r, 0)) == "Energy saving and environmental protection")
    assert m.setData(m.index(green, IndustriesModel.MIN_COUNT), "3")
    assert page.missing.isVisible()
    assert page.missing.text.text() == (
        "“Energy saving and environmental protection” needs at least 3 directions, but only 2 "
        "can be chosen (costed, ranked, not excluded).")
    assert shown_chosen(page) == []
    assert page.summary.text() == ""
    assert marked_points(page.chart) == []
    ctx.undo_stack.undo()
    assert not page.missing.isVisible()


def test_no_budget_says_so(win):
    from mcdm.project.edits import SetBudget

    ctx, _window, page = win
    ctx.push(SetBudget(None))
    assert page.missing.text.text() == "No budget is set yet: enter one on the Portfolio page."


def test_robustness_after_a_monte_carlo_run(win, qtbot):
    ctx, window, page = win
    assert not page.robust_button.isEnabled()
    run = evaluate(ctx.project, monte_carlo=MonteCarloOptions(n_samples=200, seed=2))
    assert window.services.monte_carlo.keep(run)
    assert page.robust_button.isEnabled()
    task = page.run_robustness()
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    expected = run.portfolio_robustness()
    m = page.directions
    for k, key in enumerate(expected.candidates.items):
        cell = m.data(m.index(row_of(page, *key), DirectionsModel.CHOSEN))
        assert cell.endswith(f"{100 * expected.frequency[k]:.0f}%")
    assert "200" in page.robust_status.text()


def test_chinese(win):
    ctx, _window, page = win
    ctx.set_language("zh")
    page.refresh_now()
    assert "已用 299 亿元（预算 300 亿元）" in page.summary.text()
    assert "预算是约束" in page.notes.text()
    assert page.directions.headerData(DirectionsModel.COST, Qt.Orientation.Horizontal) == \
        "成本（亿元）"
    assert page.budget_label.text() == "预算"


def test_the_weighting_setting_reranks_and_the_weights_tab_shows_all_three(win):
    ctx, window, _page = win
    window.ranking_state.set_industry("nev")
    window.show_page("results")
    results = window.page("results")
    combo = results.settings_bar.combos["weighting"]
    k = combo.findData("combined")
    combo.setCurrentIndex(k)
    combo.activated.emit(k)
    assert ctx.project.settings.weighting == "combined"
    part = evaluate(ctx.project).industry("nev")
    results.details.setCurrentIndex(2)
    results._fill_details()
    table = results.weighting.weights.table()
    np.testing.assert_allclose([row[2] for row in table.cells], part.weighting.combined)
    np.testing.assert_allclose([row[0] for row in table.cells], part.weighting.ahp)
    assert table.columns[2].startswith("✓")
    assert "combined" in results.industry_label.text()
    assert results.weighting.caption.text().startswith("Ranked by combined weights")
    window.show_page("overview")
    assert "Criteria weighted: combined (objective method: entropy weights)." in \
        window.page("overview").note.text()
    ctx.undo_stack.undo()
    assert ctx.project.settings.weighting == "ahp"


def test_comparison_parameters_are_settings_with_a_caption(win, qtbot):
    ctx, window, _page = win
    window.show_page("results")
    results = window.page("results")
    spin = results.comparison_settings.spins["vikor_v"]
    spin.setValue(0.8)
    assert ctx.project.settings.vikor_v == pytest.approx(0.8)
    results._fill_comparison()
    assert "VIKOR v = 0.8" in results.comparison_caption.text()
    q = results.comparison_settings.spins["promethee_q"]
    assert not q.isEnabled()  # the usual preference function has no thresholds
    combo = results.comparison_settings.combos["promethee_function"]
    k = combo.findData("level")
    combo.setCurrentIndex(k)
    combo.activated.emit(k)
    assert q.isEnabled()
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert ctx.project.settings.vikor_v == 0.5


@pytest.mark.parametrize(("size", "whole"), [((1920, 1080), True), ((1280, 720), False)])
def test_names_are_whole_where_there_is_room_and_the_numbers_always_in_view(win, qtbot, size,
                                                                            whole):
    """A wide window shows every industry and direction name whole; a narrow one shortens
    the names (whole in the tooltip) before it hides a number of the directions table."""
    ctx, window, page = win
    ctx.set_language("zh")
    window.resize(*size)
    qtbot.wait(100)
    for view in (page.directions_view, page.industries_view):
        model = view.model()
        names = [c for c in range(model.columnCount())
                 if model.headerData(c, Qt.Orientation.Horizontal) in ("产业", "重点发展方向")]
        assert names
        elided = [c for c in names if view.columnWidth(c) < view.sizeHintForColumn(c)]
        if whole:
            assert not elided, (view.objectName(), size)
        elif elided:  # a name is shortened only when the table has no room left for it
            used = sum(view.columnWidth(c) for c in range(model.columnCount()))
            assert used >= view.viewport().width() - 1, (view.objectName(), size)
    view = page.directions_view
    last = view.model().columnCount() - 1
    assert view.columnViewportPosition(last) + view.columnWidth(last) <= view.viewport().width()

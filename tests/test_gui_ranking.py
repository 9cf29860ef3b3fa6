"""The ranking pages driven through real widgets on the sample workshop (pytest-qt, offscreen).

Expected numbers always come from the engine called directly on the same project (never from
the GUI's own output), so each test checks that the views show what the engine computes.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from desktop.models import ranking_data as data
from desktop.testing import make_window, visible_top_levels
from mcdm.project import edits
from mcdm.project.evaluate import evaluate


@pytest.fixture(autouse=True)
def _no_window_left_behind(qtbot):
    yield
    assert visible_top_levels() == []


@pytest.fixture
def win(qtbot, tmp_path):
    return make_window(qtbot, tmp_path)


def scores_page(window, industry_id="green", expert_row=1):
    window.show_page("scores")
    page = window.page("scores")
    window.ranking_state.set_industry(industry_id)
    page.expert.setCurrentIndex(expert_row)
    page.expert.activated.emit(expert_row)
    return page


def shown_ranking(window):
    """(direction, closeness) rows of the ranking table, top to bottom, as displayed."""
    model = window.page("results").ranking
    return [(model.value(r, 1), model.value(r, 2)) for r in range(model.rowCount())]


def engine_ranking(project, industry_id, lang="en"):
    part = evaluate(project).industry(industry_id)
    names = [d.label.get(lang) for d in project.industry(industry_id).directions]
    return [(names[i], float(part.topsis.closeness[i])) for i in part.topsis.order]


# -- scores: paste, undo, refusal ---------------------------------------------------------------
def test_paste_a_block_is_one_undo_step(win, qtbot):
    ctx, window = win
    page = scores_page(window, "energy")
    expert = page.expert.currentData()
    before = ctx.project
    steps = ctx.undo_stack.count()
    shown_before = page.scores.data(page.scores.index(2, 3))
    page.table.setCurrentIndex(page.scores.index(1, 2))
    QGuiApplication.clipboard().setText("2\t3.5\r\n8\t9\r\n")
    qtbot.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert ctx.undo_stack.count() == steps + 1
    ind = ctx.project.industry("energy")
    crit = [c.id for c in ctx.project.industry_criteria("energy")]
    got = [[ctx.project.score(expert, "energy", ind.directions[r].id, crit[c]) for c in (2, 3)]
           for r in (1, 2)]
    assert got == [[2.0, 3.5], [8.0, 9.0]]
    assert page.scores.data(page.scores.index(2, 3)) == "9"
    # The ranking follows the pasted scores.
    assert shown_ranking(window) == engine_ranking(ctx.project, "energy")
    ctx.undo_stack.undo()
    assert ctx.project.scores == before.scores
    assert page.scores.data(page.scores.index(2, 3)) == shown_before
    assert shown_ranking(window) == engine_ranking(before, "energy")


def test_text_in_a_number_column_is_refused_and_nothing_changes(win):
    ctx, window = win
    page = scores_page(window, "energy")
    before, steps = ctx.project, ctx.undo_stack.count()
    page.table.setCurrentIndex(page.scores.index(0, 0))
    refusal = page.table.paste("5\t6\n7\thigh\n")
    assert refusal is not None
    assert ctx.project is before
    assert ctx.undo_stack.count() == steps
    message = page.message.text()
    assert "high" in message
    assert "Row 2" in message
    assert "column 2" in message


def test_a_score_off_the_scale_is_refused_by_the_engine(win):
    ctx, window = win
    page = scores_page(window, "energy")
    before = ctx.project
    page.table.setCurrentIndex(page.scores.index(0, 0))
    assert page.table.paste("5\t12\n0\t3\n") is not None
    assert ctx.project is before
    message = page.message.text()
    # Each refused cell is named, with the scale the engine expects.
    assert "Row 1 (" in message
    assert "column 2 (" in message
    assert "Row 2 (" in message
    assert "column 1 (" in message
    assert message.count("1 to 9") == 2


def test_copy_gives_back_what_paste_takes(win):
    ctx, window = win
    page = scores_page(window, "bio")
    page.table.selectionModel().select(
        page.table.model().index(0, 0), page.table.selectionModel().SelectionFlag.Select)
    for r in range(3):
        for c in range(4):
            page.table.selectionModel().select(
                page.scores.index(r, c), page.table.selectionModel().SelectionFlag.Select)
    text = page.table.copy()
    assert QGuiApplication.clipboard().text() == text
    expert = page.expert.currentData()
    ind = ctx.project.industry("bio")
    crit = ctx.project.industry_criteria("bio")
    expected = [[ctx.project.score(expert, "bio", ind.directions[r].id, crit[c].id)
                 for c in range(4)] for r in range(3)]
    rows = [[float(v) if v else None for v in line.split("\t")] for line in text.splitlines()]
    assert rows == expected


def test_aggregate_is_read_only_and_matches_the_engine(win):
    ctx, window = win
    page = scores_page(window, "nev", expert_row=0)
    assert page.scores.is_aggregate()
    agg = evaluate(ctx.project).industry("nev").scores.matrix
    shown = np.array([[page.scores.data(page.scores.index(r, c), Qt.ItemDataRole.UserRole)
                       for c in range(agg.shape[1])] for r in range(agg.shape[0])], dtype=float)
    np.testing.assert_allclose(shown, agg)
    assert not page.scores.flags(page.scores.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    header = page.scores.headerData(agg.shape[1] - 1, Qt.Orientation.Horizontal)
    assert "cost" in header
    assert "years" in header


def test_missing_score_is_highlighted_with_reason(win):
    ctx, window = win
    page = scores_page(window, "energy")
    page.table.setCurrentIndex(page.scores.index(0, 0))
    page.table.paste("\n")  # a blank clears the cell
    index = page.scores.index(0, 0)
    assert page.scores.data(index) == ""
    assert "Not scored" in page.scores.data(index, Qt.ItemDataRole.ToolTipRole)
    assert page.scores.data(index, Qt.ItemDataRole.BackgroundRole) is not None


# -- ranking follows weights and settings -----------------------------------------------------------
def test_weight_change_moves_ranking_and_sensitivity_chart(win, qtbot):
    ctx, window = win
    window.ranking_state.set_industry("ngit")
    window.show_page("sensitivity")
    sens = window.page("sensitivity")
    k = sens.criterion.findData(0)
    sens.criterion.setCurrentIndex(k)
    sens.criterion.activated.emit(k)
    w_before = sens.chart.current_weight()
    root = ctx.project.goal
    a, b = root.children[0].id, root.children[1].id
    # Part 1's comparison editor pushes SetJudgment: every expert now strongly favours `a`.
    for e in ctx.project.experts:
        ctx.push(edits.SetJudgment(e.id, root.id, a, b, 9.0))
    part = data.industry_part(evaluate(ctx.project), "ngit")
    k_weight = float(part.topsis.weights[0])
    assert sens.chart.current_weight() == pytest.approx(k_weight)
    assert sens.chart.current_weight() != pytest.approx(w_before)
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
        assert [w for w, _ in page.chart.reversal_points()] == pytest.approx(
            [rv.weight for rv in ref.reversals_for(j)])
    np.testing.assert_allclose([page.stability.value(r, 2) for r in range(page.stability.rowCount())],
                               ref.top1_interval[:, 0])


# -- Monte Carlo ---------------------------------------------------------------------------------
def test_monte_carlo_runs_in_a_worker_and_matches_the_engine(win, qtbot):
    ctx, window = win
    window.ranking_state.set_industry("energy")
    window.show_page("montecarlo")
    page = window.page("montecarlo")
    page.samples.setValue(2000)
    with qtbot.waitSignal(page.shown, timeout=20000):
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    from mcdm.project.montecarlo import MonteCarloOptions

    # The panel-bootstrap sampler, straight from the engine with the page's settings.
    ref = evaluate(ctx.project, monte_carlo=MonteCarloOptions(
        n_samples=2000, sampler="bootstrap", seed=page.seed.value(), top_k=3)
    ).industry("energy").monte_carlo
    shown = [[s.at(i) for s in page.acceptability.sets] for i in range(len(page.acceptability.sets))]
    # Bars run bottom-up: row 0 of the chart is the last direction.
    np.testing.assert_allclose(shown[::-1], ref.acceptability[0])
    np.testing.assert_allclose([page.top_chart.bar.at(i) for i in range(page.top_chart.bar.count())],
                               ref.top_k[0])
    assert page.progress.value() == page.progress.maximum()
    assert page.progress.maximum() == 2000 * len(ctx.project.industries)
    assert page.run_button.isEnabled()
    # Another industry shows its own simulation without running again.
    window.ranking_state.set_industry("bio")
    np.testing.assert_allclose(
        [page.top_chart.bar.at(i) for i in range(page.top_chart.bar.count())],
        page.mc_result.industry("bio").monte_carlo.top_k[0])
    assert page.top_chart.bar.count() == len(ctx.project.industry("bio").directions)


def test_monte_carlo_result_of_an_edited_project_is_not_shown(win, qtbot):
    ctx, window = win
    window.show_page("montecarlo")
    page = window.page("montecarlo")
    page.samples.setValue(1000)
    task = page.run()
    # The result is delivered through the event loop, so this edit lands while it is pending.
    page_ind = ctx.project.industry("energy")
    ctx.push(edits.SetScore(ctx.project.experts[0].id, "energy", page_ind.directions[0].id,
                            ctx.project.leaves()[0].id, 2.0))
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert page.mc_result is None
    assert page.status.text() == "The project changed: run again."


def test_monte_carlo_cancel(win, qtbot):
    ctx, window = win
    window.show_page("montecarlo")
    page = window.page("montecarlo")
    page.samples.setValue(1_000_000)
    task = page.run()
    assert not page.run_button.isEnabled()
    assert page.cancel_button.isEnabled()
    with qtbot.waitSignal(task.cancelled, timeout=30000):
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Cancelled."
    assert page.mc is None
    assert page.acceptability.sets == []
    qtbot.waitUntil(lambda: page.run_button.isEnabled())


# -- models ----------------------------------------------------------------------------------------
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


# -- export ------------------------------------------------------------------------------------------
def test_export_results_workbook_and_read_it_back(win, qtbot, tmp_path):
    import openpyxl

    ctx, window = win
    path = tmp_path / "results.xlsx"
    ctx.interaction.script(str(path))
    with qtbot.waitSignal(window.exporter.finished, timeout=60000) as blocker:
        window.exporter.act_results.trigger()
    assert blocker.args == [str(path)]
    book = openpyxl.load_workbook(path)
    texts = {str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row
             if c.value is not None}
    lang = ctx.project.settings.language
    for ind in ctx.project.industries:
        top_id = ctx.result.industry(ind.id).top(1)[0][0]
        top = next(d for d in ind.directions if d.id == top_id)
        assert top.label.get(lang) in texts
    assert sum(ws.title.startswith("TOPSIS") for ws in book.worksheets) == len(ctx.project.industries)


def test_export_failure_lists_each_problem_with_its_place(win, qtbot, tmp_path):
    ctx, window = win
    path = tmp_path / "no such folder" / "results.xlsx"
    with qtbot.waitSignal(window.exporter.failed, timeout=60000) as blocker:
        window.exporter.export_results(str(path))
    lines = blocker.args[0]
    assert any("no such folder" in line for line in lines)
    asked = [a for a in ctx.interaction.asked if a.method == "error"]
    assert len(asked) == 1
    title, text, details = asked[0].args
    assert "no such folder" in text
    assert "Traceback" not in text + "".join(details)


def test_export_questionnaires_one_per_expert(win, qtbot, tmp_path):
    import openpyxl

    ctx, window = win
    with qtbot.waitSignal(window.exporter.finished, timeout=60000):
        window.exporter.export_questionnaires(str(tmp_path))
    files = sorted(tmp_path.glob("questionnaire_*.xlsx"))
    assert len(files) == len(ctx.project.experts)
    for f in files:
        assert openpyxl.load_workbook(f).sheetnames


def test_export_chart_png(win, tmp_path):
    from PySide6.QtGui import QImage

    ctx, window = win
    window.show_page("sensitivity")
    path = tmp_path / "chart.png"
    ctx.interaction.script(str(path))
    assert window.exporter.act_chart.trigger() is None
    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() > 300


# -- names and structure -------------------------------------------------------------------------------
def test_rename_industry_in_both_languages_and_undo(win):
    ctx, window = win
    page = scores_page(window, "green")
    row = page.industries.row_of("green")
    original = ctx.project.industry("green").label
    assert page.industries.setData(page.industries.index(row, 0), "绿色产业")
    assert page.industries.setData(page.industries.index(row, 1), "Green industry")
    assert ctx.project.industry("green").label.zh == "绿色产业"
    assert ctx.project.industry("green").label.en == "Green industry"
    assert window.page("results").picker.currentText() == "Green industry"
    ctx.undo_stack.undo()  # each language was one step: the English name goes back first
    assert ctx.project.industry("green").label.en == original.en
    assert ctx.project.industry("green").label.zh == "绿色产业"
    ctx.undo_stack.undo()
    assert ctx.project.industry("green").label == original


def test_add_and_remove_direction_with_undo(win):
    ctx, window = win
    page = scores_page(window, "green")
    n = len(ctx.project.industry("green").directions)
    ctx.interaction.script("Circular economy")
    page.add_direction.click()
    assert len(ctx.project.industry("green").directions) == n + 1
    # A direction nobody scored cannot be ranked: the page says so instead of ranking.
    assert "green" in ctx.result.industry_errors
    window.show_page("results")
    assert window.page("results").status.isVisible()
    assert window.page("results").ranking.rowCount() == 0
    assert window.page("results").chart.values() == []
    window.show_page("overview")
    row = [i.id for i in ctx.project.industries].index("green")
    overview = window.page("overview").top
    assert "direction" in overview.data(overview.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    ctx.undo_stack.undo()
    assert len(ctx.project.industry("green").directions) == n
    scores_before = ctx.project.scores
    page.directions_view.setCurrentIndex(page.directions.index(0, 0))
    ctx.interaction.script(True)
    page.remove_direction.click()
    assert len(ctx.project.industry("green").directions) == n - 1
    ctx.undo_stack.undo()
    assert ctx.project.scores == scores_before


# -- steps, comparison, overview ------------------------------------------------------------------
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


def test_typing_a_score_into_a_cell_is_one_undo_step(win, qtbot):
    ctx, window = win
    page = scores_page(window, "services")
    index = page.scores.index(0, 1)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "8.5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    expert = page.expert.currentData()
    ind = ctx.project.industry("services")
    crit = ctx.project.industry_criteria("services")[1].id
    qtbot.waitUntil(lambda: ctx.project.score(expert, "services", ind.directions[0].id, crit)
                    == 8.5)
    assert ctx.undo_stack.undoText() == "Set score"
    ctx.undo_stack.undo()
    assert ctx.project.score(expert, "services", ind.directions[0].id, crit) != 8.5


def test_typing_text_into_a_cell_is_refused(win):
    ctx, window = win
    page = scores_page(window, "services")
    before = ctx.project
    assert not page.scores.setData(page.scores.index(2, 0), "about seven")
    assert ctx.project is before
    assert "about seven" in page.message.text()
    assert "Row 3" in page.message.text()


def test_switching_language_translates_the_ranking_pages(win):
    ctx, window = win
    window.show_page("results")
    page = window.page("results")
    window.act_lang["zh"].trigger()
    titles = [window.nav.item(k).text() for k in range(window.nav.count())]
    assert "排序" in titles
    assert "灵敏度分析" in titles
    assert page.ranking.headerData(0, Qt.Orientation.Horizontal) == "排名"
    assert page.settings_bar.combos["normalization"].currentText() == "向量"
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

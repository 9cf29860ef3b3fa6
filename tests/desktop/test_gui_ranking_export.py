"""Monte Carlo in its worker thread (run, cancel, stale results) and exports (workbook read
back, questionnaires, chart PNG, a failure listed with its place)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop.testing import make_window
from mcdm.project import edits
from mcdm.project.evaluate import evaluate


@pytest.fixture
def win(qtbot, tmp_path):
    return make_window(qtbot, tmp_path)


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
    # Both charts list the directions in the ranking's order, top to bottom.
    ir = ctx.result.industry("energy")
    order = [ir.direction_ids.index(d) for d, _, _ in ir.ranking()]
    # One series per rank: series k holds every direction's P(rank k + 1).
    np.testing.assert_allclose(page.acceptability.series_values(), ref.acceptability[0][order].T)
    np.testing.assert_allclose(page.top_chart.values(), ref.top_k[0][order])
    assert page.top_chart.value_labels() == [f"{p:.1%}" for p in ref.top_k[0][order]]
    # P(top k) bars in the same rows as the acceptability bars, every name whole.
    names = {d.id: d.label.get(ctx.lang) for d in ctx.project.industry("energy").directions}
    assert page.top_chart.categories() == [names[d] for d, _, _ in ir.ranking()]
    assert page.acceptability.categories() == page.top_chart.categories()
    assert page.progress.value() == page.progress.maximum()
    assert page.progress.maximum() == 2000 * len(ctx.project.industries)
    assert page.run_button.isEnabled()
    # Another industry shows its own simulation without running again.
    window.ranking_state.set_industry("bio")
    bio = page.mc_result.industry("bio")
    order = [bio.direction_ids.index(d) for d, _, _ in bio.ranking()]
    np.testing.assert_allclose(page.top_chart.values(), bio.monte_carlo.top_k[0][order])
    assert len(page.top_chart.values()) == len(ctx.project.industry("bio").directions)


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
    # No run before this one: nothing is shown, the caption says so, the charts' place holds
    # a sentence instead of empty boxes.
    assert page.status.text() == "Cancelled before the end: there are no results yet."
    assert page.mc is None
    assert page.acceptability.series_values() == []
    assert not page.acceptability.has_figure()
    assert page.results.currentWidget() is page.placeholder
    qtbot.waitUntil(lambda: page.run_button.isEnabled())


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
    lang = ctx.lang  # by default exports speak the interface's language
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
    assert "does not exist" in text  # the sentence, then where: the folder named
    assert "no such folder" in text
    assert "Traceback" not in text + "".join(details)


def test_export_questionnaires_one_per_expert(win, qtbot, tmp_path):
    import openpyxl

    from mcdm.excel.questionnaire.importer import read_questionnaires

    ctx, window = win
    # The options as they stand (one file per expert), then the folder and the name prefix.
    ctx.interaction.script(True, str(tmp_path / "panel.xlsx"))
    with qtbot.waitSignal(window.exporter.finished, timeout=60000):
        window.exporter.act_questionnaires.trigger()
    assert ctx.interaction.methods_asked() == ["questionnaire_options", "save_path"]
    files = sorted(tmp_path.glob("panel_*.xlsx"))
    assert len(files) == len(ctx.project.experts)
    for f in files:
        assert openpyxl.load_workbook(f).sheetnames
    # Read back by the importer: each file belongs to this project and one expert, no problems.
    report = read_questionnaires(ctx.project, files)
    assert report.ok, report.problems
    assert sorted(report.experts) == sorted(ctx.project.expert_ids())


def test_export_chart_png(win, qtbot, tmp_path):
    from PySide6.QtGui import QImage

    ctx, window = win
    window.show_page("sensitivity")
    path = tmp_path / "chart.png"
    ctx.interaction.script(str(path))
    with qtbot.waitSignal(window.exporter.finished, timeout=30000):
        window.exporter.act_chart.trigger()
    image = QImage(str(path))
    assert not image.isNull()
    # 300 dpi at the report's width (6.3 in), whatever the size of the chart on screen.
    assert image.width() == round(6.3 * 300)
    assert image.dotsPerMeterX() == pytest.approx(300 / 0.0254, rel=1e-3)


def test_export_after_monte_carlo_includes_rank_acceptability(win, qtbot, tmp_path):
    import openpyxl

    ctx, window = win
    window.show_page("montecarlo")
    page = window.page("montecarlo")
    page.samples.setValue(500)
    with qtbot.waitSignal(page.shown, timeout=30000):
        page.run()
    path = tmp_path / "with_mc.xlsx"
    with qtbot.waitSignal(window.exporter.finished, timeout=60000):
        window.exporter.export_results(str(path))
    assert window.exporter.progress_dialog is None  # closed (the fixture checks none is left)
    book = openpyxl.load_workbook(path)
    texts = [str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str)]
    assert any("排名可接受度" in t or "Rank acceptability" in t for t in texts)
    # After an edit the simulation is stale: the export falls back to the plain evaluation.
    ind = ctx.project.industry("energy")
    ctx.push(edits.SetScore(ctx.project.experts[0].id, "energy", ind.directions[0].id,
                            ctx.project.leaves()[0].id, 3.0))
    assert window.exporter.result_source() is ctx.result


def test_export_language_follows_the_interface_unless_chosen(win, qtbot, tmp_path):
    import openpyxl

    from mcdm.excel.questionnaire.importer import read_questionnaires

    ctx, window = win
    exporter = window.exporter
    ctx.set_language("en")
    assert ctx.project.settings.language == "zh"  # the project itself stays Chinese
    path = tmp_path / "ui.xlsx"
    with qtbot.waitSignal(exporter.finished, timeout=60000):
        exporter.export_results(str(path))
    assert openpyxl.load_workbook(path).sheetnames[:2] == ["Summary", "Weights"]
    # Chosen in File > Export > Language of exported files: Chinese while the interface is
    # English.
    menu = window.findChild(type(exporter.menu), "export_language")
    assert menu.title() == "Language of exported files"
    chinese = next(a for a in menu.actions() if a.objectName() == "export_lang_zh")
    chinese.trigger()
    assert exporter.language() == "zh"
    path = tmp_path / "chosen.xlsx"
    with qtbot.waitSignal(exporter.finished, timeout=60000):
        exporter.export_results(str(path))
    assert openpyxl.load_workbook(path).sheetnames[:2] == ["摘要", "权重"]
    # English questionnaires for a Chinese project are read back by the importer.
    exporter.set_export_language("en")
    assert next(a for a in menu.actions() if a.objectName() == "export_lang_en").isChecked()
    with qtbot.waitSignal(exporter.finished, timeout=60000):
        exporter.export_questionnaires(str(tmp_path), "q")
    files = sorted(tmp_path.glob("q_*.xlsx"))
    assert len(files) == len(ctx.project.experts)
    assert "Pairwise comparisons" in openpyxl.load_workbook(files[0]).sheetnames
    report = read_questionnaires(ctx.project, files)
    assert report.ok, report.problems
    # Back to following the interface.
    next(a for a in menu.actions() if a.objectName() == "export_lang_ui").trigger()
    ctx.set_language("zh")
    assert exporter.language() == "zh"


def test_export_progress_shows_only_for_work_over_half_a_second(win, qtbot, tmp_path):
    from desktop.export import PROGRESS_DELAY_MS

    ctx, window = win
    exporter = window.exporter
    with qtbot.waitSignal(exporter.finished, timeout=60000):
        task = exporter.export_results(str(tmp_path / "r.xlsx"))
        dialog = exporter.progress_dialog
        assert task is not None
        assert dialog is not None
        assert PROGRESS_DELAY_MS == 500
        assert dialog.minimumDuration() == PROGRESS_DELAY_MS
        assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert exporter.progress_dialog is None

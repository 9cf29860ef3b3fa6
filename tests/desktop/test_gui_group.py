"""The group view against the engine: group and expert weights (table and chart), consensus per
node and overall with Goepel's words, the disagreement heat map and the furthest expert."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.testing import make_window
from mcdm.ahp import priorities
from mcdm.group import aggregate_judgments, consensus


@pytest.fixture
def group(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path)
    window.show_page("group")
    page = window.page("group")
    page.node_box.setCurrentIndex(page.node_box.findData("principles"))
    return ctx, window, page


def test_models_pass_modeltester(qtmodeltester, group):
    _ctx, _window, page = group
    for model in (page.node_model, page.heat_model, page.consensus_model, page.global_model):
        qtmodeltester.check(model)


def test_group_weights_are_the_aij_of_the_panel(group):
    ctx, _window, page = group
    project = ctx.project
    node = project.node("principles")
    mats = [project.judgment_matrix(e, node.id) for e in project.expert_ids()]
    # Independent route: AIJ by the group module, then priorities of the aggregated matrix.
    expected = priorities(aggregate_judgments(mats)).weights
    group_row = page.node_model.rowCount() - 1
    assert page.node_model.index(group_row, 0).data() == "Group"
    shown = [float(page.node_model.index(group_row, c + 1).data())
             for c in range(len(node.children))]
    np.testing.assert_allclose(shown, expected, atol=5e-4)
    chart = page.chart.series_values()
    np.testing.assert_allclose(chart[0], expected, rtol=1e-9)  # the group's bars come first
    assert len(chart) == len(project.experts) + 1
    # Each value written on the group's bars, and the legend names the group and every expert.
    assert page.chart.value_labels() == [f"{w:.3f}" for w in expected]
    assert page.chart.shown().series == ("Group", *(e.name for e in project.experts))


def test_consensus_words_and_furthest_expert(group):
    ctx, window, page = group
    node = ctx.result.nodes["principles"]
    s = consensus(node.expert_weights, scale_max=ctx.project.settings.consensus_scale_max)
    assert f"S* = {s.s_star:.2f}" in page.node_consensus.text()
    assert f"({s.word})" in page.node_consensus.text()
    furthest = ctx.project.expert(node.experts[s.furthest_expert]).name
    assert page.furthest.text().endswith(furthest)
    assert f"{ctx.result.consensus:.2f}" in page.overall.text()
    rows = {page.consensus_model.index(r, 0).data(): page.consensus_model.index(r, 3).data()
            for r in range(page.consensus_model.rowCount())}
    assert rows[ctx.project.node("principles").label.en] == s.word
    window.act_lang["zh"].trigger()
    words_zh = {"very low": "很低", "low": "低", "moderate": "中等", "high": "高",
                "very high": "很高"}
    assert f"（{words_zh[s.word]}）" in page.node_consensus.text() or \
        f"({words_zh[s.word]})" in page.node_consensus.text()
    window.act_lang["en"].trigger()


def test_heat_map_shows_the_dispersion_and_colours_the_worst_cell(group):
    ctx, _window, page = group
    gsd = ctx.result.nodes["principles"].dispersion.gsd
    model = page.heat_model
    i, j = np.unravel_index(np.nanargmax(np.where(np.eye(len(gsd), dtype=bool), np.nan, gsd)),
                            gsd.shape)
    assert model.index(i, j).data() == f"{gsd[i, j]:.2f}"
    worst = model.index(i, j).data(8)  # BackgroundRole
    assert worst.color().name() != "#ffffff"
    assert model.index(0, 0).data() == ""


def test_group_view_follows_an_edit_made_on_the_comparison_page(group):
    ctx, window, page = group
    row = page.node_model.rowCount() - 1
    before = [page.node_model.index(row, c).data() for c in range(1, 5)]
    from mcdm.project import edits

    e = ctx.project.expert_ids()[0]
    ctx.push(edits.SetJudgment(e, "principles", "P1", "P4", 1 / 9), "edit")
    after = [page.node_model.index(row, c).data() for c in range(1, 5)]
    assert after != before
    window.act_undo.trigger()
    assert [page.node_model.index(row, c).data() for c in range(1, 5)] == before


def test_aip_aggregation_shows_the_aggregated_priorities_and_no_group_cr(group):
    from mcdm.group import aggregate_priorities
    from mcdm.project import edits

    ctx, window, page = group
    ctx.push(edits.SetSetting("aggregation", "AIP"), "AIP")
    node = ctx.result.nodes["principles"]
    expected = aggregate_priorities(node.expert_weights)
    row = page.node_model.rowCount() - 1
    shown = [float(page.node_model.index(row, c).data()) for c in range(1, 5)]
    np.testing.assert_allclose(shown, expected, atol=5e-4)
    assert "group CR —" in page.node_consensus.text()
    window.act_undo.trigger()
    assert "group CR —" not in page.node_consensus.text()


def test_global_weights_fit_at_1366x768(group, qtbot):
    _ctx, window, page = group
    window.resize(1366, 768)
    qtbot.wait(20)
    view = page.global_view
    last = page.global_model.columnCount() - 1
    # The weight column is whole inside the viewport, and the criterion column takes the rest.
    assert view.columnViewportPosition(last) + view.columnWidth(last) <= view.viewport().width()
    assert view.columnWidth(1) > view.columnWidth(last)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_criteria_names_are_whole_in_the_weights_header_at_1280x720(group, qtbot, lang):
    """Each criterion's column is headed by its whole name on two lines (or its short name),
    drawn in full: the header elides nothing and every line fits its section."""
    from PySide6.QtCore import Qt

    ctx, window, page = group
    ctx.set_language(lang)
    window.resize(1280, 720)
    page.node_box.setCurrentIndex(page.node_box.findData("principles"))
    qtbot.wait(100)
    header = page.node_table.horizontalHeader()
    assert header.textElideMode() == Qt.TextElideMode.ElideNone
    metrics = header.fontMetrics()
    model = page.node_table.model()
    for c, child in enumerate(ctx.project.node("principles").children, start=1):
        shown = model.headerData(c, Qt.Orientation.Horizontal)
        joined = shown.replace("\n", "" if lang == "zh" else " ").replace("- ", "-")
        assert joined in (child.label.get(lang), child.short.get(lang)), shown
        widest = max(metrics.horizontalAdvance(line) for line in shown.split("\n"))
        assert header.sectionSize(c) >= widest, shown
        tip = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert tip == child.label.get(lang)


def test_global_weights_name_the_node_above_by_its_short_name(group):
    """The "Under" column is narrow: the nodes above a criterion by their short names; every
    name the table may elide is whole in its tooltip."""
    from PySide6.QtCore import Qt

    ctx, _window, page = group
    model = page.global_model
    project = ctx.project
    for row, leaf in enumerate(project.leaves()):
        above = project.path(leaf.id)[1:-1]
        assert model.index(row, 0).data() == " › ".join(n.short.en or n.label.en for n in above)
        assert model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole) == leaf.label.en
    assert model.index(0, 0).data() == "Principles"

"""Industries, directions and the decision matrix: paste and copy blocks, typing, refusals,
undo (pytest-qt on the sample workshop; expected values from the engine)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from desktop.testing import make_window
from mcdm.project.evaluate import evaluate
from tests.support.gui import engine_ranking, scores_page, shown_ranking


@pytest.fixture
def win(qtbot, tmp_path):
    return make_window(qtbot, tmp_path)


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
    assert message.count("outside the scoring range 1–9") == 2


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
    # The new direction nobody scored is set aside with its reason; the others are ranked.
    added = ctx.project.industry("green").directions[-1].id
    green = ctx.result.industry("green")
    assert added in green.excluded_directions
    window.show_page("results")
    results = window.page("results")
    assert results.ranking.rowCount() == n
    assert "Circular economy" in results.excluded_note.text()
    assert len(results.chart.values()) == n
    window.show_page("overview")
    ctx.undo_stack.undo()
    assert len(ctx.project.industry("green").directions) == n
    scores_before = ctx.project.scores
    page.directions_view.setCurrentIndex(page.directions.index(0, 0))
    ctx.interaction.script(True)
    page.remove_direction.click()
    assert len(ctx.project.industry("green").directions) == n - 1
    ctx.undo_stack.undo()
    assert ctx.project.scores == scores_before


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
    # The undo step says what changed: whose score, of which direction, on which criterion.
    from mcdm.messages import person

    assert ctx.undo_stack.undoText() == "Edit score: {}, {} on {}".format(
        person(ctx.project.expert(expert).name, "en"), ind.directions[0].label.en,
        ctx.project.industry_criteria("services")[1].label.en)
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


def test_names_read_in_the_ui_language_at_1366x768(win, qtbot):
    ctx, window = win
    window.resize(1366, 768)
    page = scores_page(window, "ngit")
    qtbot.wait(10)
    ind = ctx.project.industry("ngit")
    for lang, column in (("en", 1), ("zh", 0)):
        ctx.set_language(lang)
        qtbot.wait(10)
        view = page.industries_view
        fm = view.fontMetrics()
        # The longest name of the sample's first industry is shown whole in the UI language.
        needed = fm.horizontalAdvance(ind.label.get(lang)) + 8
        assert view.columnWidth(column) >= needed, (lang, view.columnWidth(column), needed)
        # Either language in full on hover, for whatever a column elides.
        tip = page.industries.data(page.industries.index(0, 1 - column), Qt.ItemDataRole.ToolTipRole)
        assert ind.label.zh in tip
        assert ind.label.en in tip
        row = page.directions.index(0, 0)
        d = ind.directions[0]
        tip = page.directions.data(row, Qt.ItemDataRole.ToolTipRole)
        assert d.label.zh in tip
        assert d.label.en in tip


def test_header_names_type_and_unit_of_each_criterion(win, qtbot):
    from mcdm.project import edits
    from mcdm.project.model import CriterionType

    ctx, window = win
    page = scores_page(window, "energy")
    leaf = ctx.project.leaves()[1]
    ctx.push(edits.SetCriterionType(leaf.id, CriterionType(-1)))
    ctx.push(edits.SetCriterionUnit(leaf.id, "t CO2"))
    crit = ctx.project.industry_criteria("energy")
    for j, c in enumerate(crit):
        head = page.scores.headerData(j, Qt.Orientation.Horizontal)
        assert ("cost ↓" if int(c.type) < 0 else "benefit ↑") in head
        if c.unit:
            assert f"[{c.unit}]" in head
    j = [c.id for c in crit].index(leaf.id)
    assert page.scores.headerData(j, Qt.Orientation.Horizontal).endswith("cost ↓ [t CO2]")
    ctx.set_language("zh")
    assert page.scores.headerData(j, Qt.Orientation.Horizontal).endswith("[t CO2]")
    assert "成本型" in page.scores.headerData(j, Qt.Orientation.Horizontal)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_column_names_are_whole_or_the_short_name(win, lang):
    """Each criterion's column names it whole on two lines, or by its short name, and each
    direction's row whole or by its short name — never a cut name — in the sample (the
    tooltips have the full names)."""
    ctx, window = win
    ctx.set_language(lang)
    page = scores_page(window, "ngit")
    for j, crit in enumerate(ctx.project.industry_criteria("ngit")):
        head = page.scores.headerData(j, Qt.Orientation.Horizontal)
        name = head.rsplit("\n", 1)[0]
        assert "…" not in name
        assert len(name.split("\n")) <= 2
        shown = name.replace("\n", "" if lang == "zh" else " ").replace("- ", "-")
        assert shown in (crit.label.get(lang), crit.short.get(lang)), shown
        tip = page.scores.headerData(j, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert crit.label.get(lang) in tip
    for r, direction in enumerate(ctx.project.industry("ngit").directions):
        row = page.scores.headerData(r, Qt.Orientation.Vertical)
        assert row in (direction.label.get(lang), direction.short.get(lang)), row
        tip = page.scores.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
        assert direction.label.get(lang) in tip

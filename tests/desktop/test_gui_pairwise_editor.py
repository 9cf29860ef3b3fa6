"""The pairwise editor as a room reads it (issue 17, item 3): names never cut and the direction
arrow always shown, a missing judgment with no handle, values typed into the matrix and read on
the project's scale, a badge that says "incomplete" and which verdict applies, suggestions that
say when they turn a preference round and never come back to the same judgment."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from desktop.testing import make_window
from desktop.views.pair_slider import position_words
from mcdm.project.model import Criterion, Expert, Project, Text

LONG = ("System integration, coordinated development and the deep fusion of the four chains "
        "across every industrial cluster")


def project_with(n: int, judgments: dict | None = None) -> Project:
    kids = tuple(Criterion(c, Text(f"准则{c}", LONG if c == "A" else f"Criterion {c}"))
                 for c in "ABCDEFG"[:n])
    return Project(title=Text("测试", "Test"),
                   goal=Criterion("goal", Text("目标", "Goal"), children=kids),
                   experts=(Expert("E1", "Expert one"),),
                   judgments={"E1": {"goal": judgments or {}}})


def editor(qtbot, tmp_path, project, lang="en"):
    ctx, window = make_window(qtbot, tmp_path, project, lang)
    window.resize(1280, 720)
    window.show_page("pairwise")
    page = window.page("pairwise")
    page.set_target("E1", "goal")
    QApplication.processEvents()
    return ctx, window, page


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_names_wrap_and_the_arrow_always_shows(qtbot, tmp_path, lang):
    _ctx, _window, page = editor(qtbot, tmp_path, project_with(4), lang)
    row = page.slider_for("A", "B")
    for label in (row.left, row.right):
        assert label.wordWrap()
        assert label.toolTip() == label.text()  # the whole name, whatever the width
        # What is drawn fits the label (wrapped, a long name ending in "…"), never clipped.
        assert label.fits(label.shown_text())
        assert label.shown_text() == label.text() or label.shown_text().endswith("…")
    if lang == "en":  # LONG (the English name) does not fit in two lines: it ends in "…"
        assert page.slider_for("A", "B").left.shown_text().endswith("…")
    assert page.slider_for("B", "C").left.shown_text() == page.slider_for("B", "C").left.text()
    # The verbal label fits its longest text (arrow included) in this language.
    metrics = row.words.fontMetrics()
    for position in range(-8, 9):
        assert metrics.horizontalAdvance(position_words(position)) <= row.words.width()
    row.set_value(1 / 8)  # an even value for the right item: "8 … ▶"
    assert row.words.text().endswith("▶")
    assert metrics.horizontalAdvance(row.words.text()) <= row.words.contentsRect().width()
    assert row.right.font().bold()
    assert not row.left.font().bold()


def test_a_missing_judgment_has_no_handle_and_a_click_answers_it(qtbot, tmp_path):
    ctx, _window, page = editor(qtbot, tmp_path, project_with(3))
    row = page.slider_for("A", "C")
    assert not row.slider.answered
    assert row.words.text() == "missing"
    # A click at the centre of the track means "equal" (it is not already "equal").
    centre = row.slider.rect().center()
    x = next(x for x in range(row.slider.width()) if row.slider.position_at(x) == 0)
    qtbot.mouseClick(row.slider, Qt.MouseButton.LeftButton, pos=QPoint(x, centre.y()))
    assert ctx.project.judgment("E1", "goal", "A", "C") == 1.0
    assert row.slider.answered
    # A click near the left end of another missing pair: the left item, extremely.
    other = page.slider_for("B", "C")
    qtbot.mouseClick(other.slider, Qt.MouseButton.LeftButton, pos=QPoint(2, centre.y()))
    assert ctx.project.judgment("E1", "goal", "B", "C") == 9.0
    ctx.undo_stack.undo()
    assert not page.slider_for("B", "C").slider.answered


@pytest.mark.parametrize(("text", "value"), [("1/5", 0.2), ("0.2", 0.2), ("5", 5.0),
                                             ("１／３", 1 / 3)])
def test_typing_into_the_matrix(qtbot, tmp_path, text, value):
    ctx, _window, page = editor(qtbot, tmp_path, project_with(3))
    index = page.matrix_model.index(0, 1)
    page.matrix.setCurrentIndex(index)
    page.matrix.edit(index)
    line = page.matrix.viewport().findChild(QLineEdit)
    line.selectAll()
    line.insert(text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.project.judgment("E1", "goal", "A", "B") is not None)
    assert ctx.project.judgment("E1", "goal", "A", "B") == pytest.approx(value)
    assert page.slider_for("A", "B").value() == pytest.approx(value)


@pytest.mark.parametrize(("text", "why"), [
    ("abc", "“abc” is not a judgment: type a number from 1/9 to 9, such as 5, 1/5 or 0.2."),
    ("12", "The judgment 12 is outside the scale: it must be from 1/9 to 9."),
    ("0", "“0” is not a judgment: type a number from 1/9 to 9, such as 5, 1/5 or 0.2."),
])
def test_bad_text_is_refused_with_the_reason_and_nothing_changes(qtbot, tmp_path, text, why):
    ctx, window, page = editor(qtbot, tmp_path, project_with(3, {("A", "B"): 3.0}))
    before = ctx.project
    model = page.matrix_model
    assert not model.setData(model.index(0, 1), text)
    assert ctx.project is before
    assert window.message_line.error
    assert window.message_text() == f"Criterion {LONG[:0]}{LONG} vs Criterion B: {why}" \
        .replace("Criterion " + LONG, LONG)


def test_on_a_wider_scale_the_bounds_follow_it(qtbot, tmp_path):
    from mcdm.project import edits

    ctx, window, page = editor(qtbot, tmp_path, project_with(3))
    ctx.push(edits.SetSetting("scale", "geometric"))
    model = page.matrix_model
    assert model.setData(model.index(0, 1), "12")
    assert ctx.project.judgment("E1", "goal", "A", "B") == 12.0
    assert not model.setData(model.index(0, 2), "300")
    assert "from 1/256 to 256" in window.message_text()


def test_the_badge_says_incomplete_first_and_not_passes(qtbot, tmp_path):
    # 3 of 6 pairs answered: a spanning chain, so CR is 0 — but nothing is "passed" yet.
    judged = {("A", "B"): 3.0, ("B", "C"): 2.0, ("C", "D"): 4.0}
    _ctx, _window, page = editor(qtbot, tmp_path, project_with(4, judged))
    text = page.badge.text()
    assert text.startswith("Incomplete: 3 of 6 answered · ")
    assert "CR 0.000 ≤ 0.1" in text
    assert text.endswith("passes the consistency check so far")
    assert page.badge.level == "incomplete"


def test_a_two_by_two_matrix_shows_no_gci_bound(qtbot, tmp_path):
    _ctx, _window, page = editor(qtbot, tmp_path, project_with(2, {("A", "B"): 5.0}))
    text = page.badge.text()
    assert "GCI" not in text
    assert "inf" not in text
    assert text == "CR 0.000 ≤ 0.1 — two items are always consistent"


def test_a_failing_matrix_names_the_check_that_fails(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path)
    window.show_page("pairwise")
    page = window.page("pairwise")
    page.set_target("E4", "principles")
    c = ctx.result.consistency("E4", "principles")
    assert page.badge.text() == (f"CR {c.cr:.3f} > 0.1 · GCI {c.gci:.3f} > {c.gci_threshold:g}"
                                 " — fails the consistency check")


def test_suggestions_that_reverse_say_so_and_never_come_back(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path)
    window.show_page("pairwise")
    page = window.page("pairwise")
    page.set_target("E4", "principles")
    offered = ctx.result.suggestions("E4", "principles")
    assert any(s.reverses for s in offered)
    labels = [page.diagnostics.grid.itemAtPosition(r, 0).widget().text()
              for r in range(len(offered))]
    for s, text in zip(offered, labels, strict=True):
        assert ("turns the preference round" in text) == s.reverses
    # Apply the first suggestion again and again: the same judgment is never offered twice in
    # a row, the CR only falls, and it ends.
    changed = []
    for _ in range(10):
        if not page.apply_buttons:
            break
        first = ctx.result.suggestions("E4", "principles")[0]
        assert (first.a, first.b) not in changed[-1:]
        cr = ctx.result.cr("E4", "principles")
        qtbot.mouseClick(page.apply_buttons[0], Qt.MouseButton.LeftButton)
        assert ctx.result.cr("E4", "principles") < cr
        changed.append((first.a, first.b))
        # The rows shown are exactly the suggestions now offered (rows are reused, not rebuilt).
        offered = ctx.result.suggestions("E4", "principles")
        shown = [b for b in page.diagnostics.findChildren(QPushButton) if b.isVisible()
                 and b.objectName().startswith("apply_")]
        assert shown == page.apply_buttons
        assert len(shown) == len(offered)
    assert not page.apply_buttons
    assert changed
    assert ctx.undo_stack.undoText().startswith("Apply suggestion — Edit judgment: ")

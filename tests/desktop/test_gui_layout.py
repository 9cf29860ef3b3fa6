"""Layout at every size (issue 17, item 4): the window fits 1280 × 720 with its status bar, every
page's main table fits its width at 1366 × 768 (no sideways scrolling: the global weight or the
closeness stays in view), every label's text fits at 1280 × 720 and 1920 × 1080 in both languages,
and a message never moves a page's widgets."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel

from desktop.testing import make_window
from desktop.workshop_text import state_icon
from tests.support import ROOT

# Each page's main table (object names), as a planner reads it.
MAIN_TABLES = {
    "tree": "criteria_tree", "panel": "experts_table", "pairwise": "judgment_matrix",
    "group": "global_weights", "scores": "scores_table", "results": "ranking_table",
    "overview": "overview_weights", "sensitivity": "stability_table",
    "montecarlo": "acceptability_table",
}


def settle(window, key=None):
    if key is not None:
        window.show_page(key)
    for _ in range(3):
        QApplication.processEvents()


def shown_labels_that_do_not_fit(page) -> list[str]:
    out = []
    for label in page.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text():
            continue
        if label.pixmap() is not None and not label.pixmap().isNull():
            continue
        need = label.fontMetrics().horizontalAdvance(label.text())
        if need > label.contentsRect().width():
            out.append(f"{label.text()!r}: {need} > {label.contentsRect().width()}")
    return out


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_page_fits_and_every_label_reads_whole(qtbot, tmp_path, size, lang):
    ctx, window = make_window(qtbot, tmp_path, lang=lang)
    window.resize(*size)
    settle(window)
    assert (window.width(), window.height()) == size  # nothing forces the window larger
    bar = window.statusBar()
    assert bar.isVisible()
    assert bar.geometry().bottom() < window.height()
    for key in window.page_keys():
        settle(window, key)
        assert shown_labels_that_do_not_fit(window.page(key)) == [], key
    # The navigation's step lines are elided to the pane, whole in the tooltip.
    for k in range(window.nav.count()):
        item = window.nav.item(k)
        assert window.nav.visualItemRect(item).width() <= window.nav.viewport().width()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_main_tables_need_no_sideways_scrolling_at_1366(qtbot, tmp_path, lang):
    ctx, window = make_window(qtbot, tmp_path, lang=lang)
    window.resize(1366, 768)
    window.show_page("montecarlo")
    window.page("montecarlo").samples.setValue(200)
    with qtbot.waitSignal(window.page("montecarlo").shown, timeout=30000):
        window.page("montecarlo").run()
    for key, name in MAIN_TABLES.items():
        settle(window, key)
        view = window.page(key).findChild(QAbstractItemView, name)
        assert view is not None, name
        assert view.isVisible(), name
        assert view.model().columnCount() > 0, name
        assert not view.horizontalScrollBar().isVisible(), f"{key}: {name}"
    # The criteria tree keeps the global weight in view, the ranking its closeness.
    tree = window.page("tree").view
    settle(window, "tree")
    last = tree.model().columnCount() - 1
    assert tree.columnViewportPosition(last) + tree.columnWidth(last) <= tree.viewport().width()


def test_tables_fill_a_wide_window(qtbot, tmp_path):
    _ctx, window = make_window(qtbot, tmp_path)
    window.resize(1920, 1080)
    for key, name in (("results", "ranking_table"), ("overview", "overview_weights"),
                      ("tree", "criteria_tree")):
        settle(window, key)
        view = window.page(key).findChild(QAbstractItemView, name)
        header = view.header() if hasattr(view, "header") else view.horizontalHeader()
        assert header.length() >= view.viewport().width() - 2, name


def test_the_default_window_fits_a_720_pixel_screen(qtbot, tmp_path):
    _ctx, window = make_window(qtbot, tmp_path)
    screen = window.screen().availableGeometry()
    assert window.default_size() == (min(1280, screen.width()), min(720, screen.height()))
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280
    assert hint.height() <= 720


def test_a_refused_paste_does_not_move_the_table(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path)
    window.resize(1280, 720)
    settle(window, "scores")
    page = window.page("scores")
    page.expert.setCurrentIndex(1)
    page.expert.activated.emit(1)
    settle(window)
    before = page.table.mapTo(window, page.table.rect().topLeft())
    page.table.setCurrentIndex(page.scores.index(0, 0))
    assert page.table.paste("abc\tdef") is not None  # refused: text in number cells
    settle(window)
    assert page.message.text().startswith("Nothing was changed:")
    assert page.table.mapTo(window, page.table.rect().topLeft()) == before


def test_messages_take_one_place_and_the_newest_wins(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path)
    state = window.findChild(QLabel, "project_state")
    ctx.message.emit("first")
    ctx.notify("second", error=True)
    assert window.message_text() == "second"
    assert window.message_line.error
    assert state.text() == "Illustrative data"  # the project's state keeps its own place
    line, place = window.message_line.geometry(), state.geometry()
    assert line.right() < place.left() or place.right() < line.left()  # side by side
    ctx.message.emit("x" * 400)  # a long message is elided, never widening the window
    settle(window)
    label = window.message_line.label
    assert label.text() == "x" * 400  # the whole message, in the tooltip too
    drawn = QLabel.text(label)
    assert drawn.endswith("…")
    assert label.fontMetrics().horizontalAdvance(drawn) <= label.width()


def test_state_icons_are_drawn_for_the_screens_pixel_ratio():
    icon = state_icon("warning", 16, ratio=2.0)
    assert icon.availableSizes()[0].width() == 32  # drawn at 2 × 16 device pixels


def test_high_dpi_scaling_keeps_the_layout(tmp_path):
    # A fresh process at 150 % (Qt's own scaling): the window still fits 1280 × 720 logical
    # pixels with its status bar, and labels still fit.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "1.5"}
    child = ROOT / "tests" / "support" / "high_dpi_child.py"
    out = subprocess.run([sys.executable, str(child), str(tmp_path)], env=env,
                         capture_output=True, text=True, timeout=120,
                         check=True).stdout.strip().splitlines()[-1]
    assert out == "1.5 1280 720 True []"

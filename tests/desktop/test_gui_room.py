"""Small things a room notices (issue 17, item 5): redo on Ctrl+Y and Ctrl+Shift+Z, undo texts
that say what changed (in the language shown), a save prompt naming the project, an honest Monte
Carlo cancel, exports that say what they wrote and where, error details without repetition."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from desktop.interaction import CANCEL
from desktop.testing import make_window
from mcdm.project import edits
from mcdm.project.model import CriterionType


@pytest.fixture
def win(qtbot, tmp_path):
    return make_window(qtbot, tmp_path)


def test_redo_answers_ctrl_y_and_ctrl_shift_z(qtbot, win):
    ctx, window = win
    keys = [k.toString() for k in window.act_redo.shortcuts()]
    assert "Ctrl+Y" in keys
    assert "Ctrl+Shift+Z" in keys
    assert window.act_redo.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    window.activateWindow()
    qtbot.waitActive(window)
    for key in ("Ctrl+Y", "Ctrl+Shift+Z"):
        ctx.push(edits.SetExpertWeight("E1", 3.0))
        ctx.undo_stack.undo()
        assert ctx.project.expert("E1").weight == 1.0
        qtbot.keySequence(window, QKeySequence(key))
        assert ctx.project.expert("E1").weight == 3.0, key
        ctx.undo_stack.undo()


def test_undo_texts_say_what_changed_and_follow_the_language(qtbot, win):
    ctx, window = win
    window.show_page("pairwise")
    page = window.page("pairwise")
    page.set_target("E1", "principles")
    row = page.slider_for("P1", "P2")
    row.slider.setFocus()
    qtbot.keyClick(row.slider, Qt.Key.Key_Left)
    project = ctx.project
    from mcdm.messages import person

    name = person(project.expert("E1").name, "en")
    p1, p2 = project.node("P1").label, project.node("P2").label
    assert window.act_undo.text() == f"&Undo Edit judgment: {name}, {p1.en} vs {p2.en}"
    assert window.act_undo.iconText() == "Undo"  # the toolbar keeps the short word
    ctx.push(edits.RenameCriterion("P2", p2.__class__("新名称", "New name")))
    assert ctx.undo_stack.undoText() == f"Rename “{p2.en}”"  # the name the user saw
    window.act_lang["zh"].trigger()
    assert ctx.undo_stack.undoText() == f"重命名“{p2.zh}”"
    ctx.undo_stack.undo()
    zh_name = person(project.expert("E1").name, "zh")
    assert ctx.undo_stack.undoText() == f"修改判断：{zh_name}，{p1.zh} 对 {p2.zh}"
    assert window.act_undo.text() == f"撤销(&U) 修改判断：{zh_name}，{p1.zh} 对 {p2.zh}"
    assert ctx.undo_stack.redoText() == f"重命名“{p2.zh}”"
    window.act_lang["en"].trigger()
    assert ctx.undo_stack.redoText() == f"Rename “{p2.en}”"


@pytest.mark.parametrize(("edit", "text"), [
    (edits.SetExpertWeight("E2", 2.0), "Set Expert B's weight to 2"),
    (edits.SetSetting("normalization", "minmax"), "Set Normalization to min-max normalization"),
    (edits.SetCriterionType("P1", CriterionType.COST),
     "Make “System integration, coordinated development” a cost criterion"),
])
def test_every_kind_of_edit_is_named(win, edit, text):
    ctx, _window = win
    ctx.push(edit)
    assert ctx.undo_stack.undoText().lower() == text.lower()


def test_the_save_prompt_names_the_project(qtbot, win, tmp_path):
    ctx, window = win
    ctx.push(edits.SetExpertWeight("E1", 2.0))
    title = ctx.project.title.en
    ctx.interaction.script(CANCEL)
    window.files.open(str(tmp_path / "other.json"))
    assert ctx.interaction.asked[-1].method == "save_changes"
    assert ctx.interaction.asked[-1].args == (title,)  # not "Untitled"
    path = tmp_path / "w.fcproj.json"
    ctx.interaction.script(str(path))
    window.act_save_as.trigger()
    ctx.push(edits.SetExpertWeight("E1", 3.0))
    ctx.interaction.script(CANCEL)
    window.close()
    assert ctx.interaction.asked[-1].args == (f"{title} (w.fcproj.json)",)
    window.act_lang["zh"].trigger()
    ctx.interaction.script(CANCEL)
    window.close()
    assert ctx.interaction.asked[-1].args == (f"{ctx.project.title.zh}（w.fcproj.json）",)


def test_monte_carlo_shows_a_placeholder_then_keeps_the_previous_run_on_cancel(qtbot, win):
    _ctx, window = win
    window.show_page("montecarlo")
    page = window.page("montecarlo")
    assert page.results.currentWidget() is page.placeholder
    assert page.placeholder.text().startswith("No simulation yet.")
    page.samples.setValue(300)
    with qtbot.waitSignal(page.shown, timeout=30000):
        page.run()
    assert page.results.currentWidget() is not page.placeholder
    caption = page.status.text()
    assert caption.startswith("300 samples")
    shown = page.acceptability.series_values()
    page.samples.setValue(1_000_000)
    task = page.run()
    with qtbot.waitSignal(task.cancelled, timeout=30000):
        page.cancel()
    # The previous run stays, and the caption says so with that run's numbers, not the form's.
    assert page.status.text() == "Cancelled. Still showing the previous run: " + caption
    assert page.acceptability.series_values() == shown
    assert "1000000" not in page.status.text()


def test_export_says_what_it_wrote_and_where_with_an_open_folder_button(qtbot, win, tmp_path):
    ctx, window = win
    folder = tmp_path / "out"
    folder.mkdir()
    with qtbot.waitSignal(window.exporter.finished, timeout=60000):
        window.exporter.export_questionnaires(str(folder))
    n = len(ctx.project.experts)
    assert len(list(folder.glob("*.xlsx"))) == n
    assert window.message_text() == f"Wrote {n} round-1 questionnaire(s) in {folder.resolve()}"
    button = window.message_line.button
    assert button.isVisibleTo(window)
    assert button.text() == "Open folder"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert ctx.interaction.asked[-1].method == "open_folder"
    assert ctx.interaction.asked[-1].args == (str(folder.resolve()),)
    with qtbot.waitSignal(window.exporter.finished, timeout=60000):
        window.exporter.export_results(str(folder / "results.xlsx"))
    assert window.message_text() == (f"Wrote the results workbook “results.xlsx” in "
                                     f"{folder.resolve()}")


def test_the_error_dialog_details_hold_the_technical_part_only(win, tmp_path):
    ctx, window = win
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"schema_version": 1, "experts": "nobody"}), "utf-8")
    window.files.open(str(bad))
    asked = ctx.interaction.asked[-1]
    assert asked.method == "error"
    _title, text, details = asked.args
    assert text
    shown = {line.strip(" •") for line in text.splitlines()}
    assert not shown & {line.strip(" •") for line in details}  # nothing said twice
    # where (the JSON path, in the UI language) and the stable code, per problem
    assert all(line.startswith("Location: ") and line.endswith("]") for line in details)
    assert any("$.experts" in line and "[file.type]" in line for line in details)
    missing = tmp_path / "missing.json"
    window.files.open(str(missing))
    _title, text, details = ctx.interaction.asked[-1].args
    assert list(details) == [f"Location: file {missing} [file.unreadable]"]
    assert text == "The project file cannot be read: the file or folder does not exist."

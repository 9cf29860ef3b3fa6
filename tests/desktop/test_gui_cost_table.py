"""A whole table of direction costs in and out of the Portfolio page (pytest-qt, offscreen):
Export cost template… writes the engine's template (:mod:`mcdm.excel.cost_template`); Import
costs… reads a filled one with :func:`mcdm.project.cost_sheet.read_costs` and pushes its edit as
ONE undo step, or lists every bad row and changes nothing. File dialogs and questions are
answered by :class:`~desktop.interaction.ScriptedInteraction`.

Expected costs are read from the file the test filled in (openpyxl), and the project after an
undo is compared with the project before the import (``==``)."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desktop.testing import make_window
from mcdm.project.edits_portfolio import SetDirectionCost
from mcdm.project.sample import sample_project

# Directions left without a cost in the project, so that the import sets some.
UNCOSTED = (("bio", "vaccines"), ("ngit", "quantum"), ("nev", "central-ee"))


def _project():
    project = sample_project()
    for industry, direction in UNCOSTED:
        project, _undo = SetDirectionCost(industry, direction, None).apply(project)
    return project


@pytest.fixture(params=["en", "zh"])
def win(request, qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path, _project(), lang=request.param)
    window.show_page("portfolio")
    return ctx, window, window.page("portfolio")


def costs(project) -> dict[tuple[str, str], float | None]:
    return {(i.id, d.id): d.cost for i in project.industries for d in i.directions}


def export_template(qtbot, window, page, path):
    window.exporter.context.interaction.script(str(path))
    with qtbot.waitSignal(window.exporter.finished, timeout=60000) as blocker:
        qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def fill(path, change) -> dict[tuple[str, str], float | None]:
    """Apply ``change(key, old) -> new cell value`` to every row of the template; returns the
    costs the file then says (None for a cleared one, the old cost for a blank cell)."""
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    said = {}
    for row in ws.iter_rows(min_row=2):
        key = (row[3].value, row[4].value)  # the hidden id columns
        value = change(key, row[2].value)
        row[2].value = value
        said[key] = None if value == "-" else value
    book.save(path)
    return said


def last_asked(ctx, method):
    return [a for a in ctx.interaction.asked if a.method == method][-1]


def test_export_the_template_then_import_it_filled_in_as_one_undo_step(win, qtbot, tmp_path):
    ctx, window, page = win
    path = tmp_path / "costs.xlsx"
    assert export_template(qtbot, window, page, path) == str(path)
    # Said what and where, with the folder a click away.
    assert "costs.xlsx" in window.message_text()
    assert str(tmp_path) in window.message_text()
    assert window.message_line.button.isVisibleTo(window)
    total = sum(len(i.directions) for i in ctx.project.industries)
    assert str(total) in window.message_text()
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert ws.cell(1, 3).value == ("成本（亿元）" if ctx.lang == "zh" else "Cost (亿元)")

    before = ctx.project
    old = costs(before)
    keys = list(old)
    cleared, changed = keys[0], keys[1]

    def change(key, value):
        if key in UNCOSTED:
            return 10.5 + UNCOSTED.index(key)          # set
        if key == cleared:
            return "-"                                  # cleared
        if key == changed:
            return value + 100                          # changed
        return value                                    # the same number: unchanged

    said = fill(path, change)
    depth = ctx.undo_stack.count()
    ctx.interaction.script(str(path), True)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)

    title, question = last_asked(ctx, "confirm").args
    counts = (len(UNCOSTED), 1, 1, total - len(UNCOSTED) - 2)
    if ctx.lang == "en":
        assert title == "Import costs"
        assert ("Import the costs of “costs.xlsx”: 3 direction(s) get a cost, 1 change, 1 are "
                f"cleared, {counts[3]} stay as they are.") in question
        assert f"Afterwards 1 of {total} direction(s) still have no cost." in question
    else:
        assert title == "导入成本"
        assert all(str(n) in question for n in counts)
    assert costs(ctx.project) == said
    assert ctx.undo_stack.count() == depth + 1
    text = ctx.undo_stack.undoText()
    assert text == ("导入成本：新填 3 个，修改 1 个，清除 1 个" if ctx.lang == "zh"
                    else "Import costs: 3 set, 1 changed, 1 cleared")
    assert text in window.message_text()
    # The page shows the new costs (the engine's portfolio of the new project).
    assert ctx.result.project is ctx.project

    ctx.undo_stack.undo()
    assert ctx.project == before
    ctx.undo_stack.redo()
    assert costs(ctx.project) == said


def test_the_template_as_csv_through_the_filter(win, qtbot, tmp_path):
    ctx, window, page = win
    path = tmp_path / "costs.csv"
    export_template(qtbot, window, page, path)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 1 + sum(len(i.directions) for i in ctx.project.industries)
    # Re-imported untouched it changes nothing: no question, no undo step, and it says so.
    depth, before = ctx.undo_stack.count(), ctx.project
    assert page.import_costs(str(path)) is False
    assert "confirm" not in ctx.interaction.methods_asked()
    assert ctx.project is before
    assert ctx.undo_stack.count() == depth
    assert "costs.csv" in window.message_text()
    assert ("没有改变任何成本" if ctx.lang == "zh" else "changes no cost") in \
        window.message_text()


def test_a_bad_row_is_listed_with_its_place_and_nothing_changes(win, qtbot, tmp_path):
    ctx, _window, page = win
    path = tmp_path / "bad.csv"
    path.write_text("产业,重点发展方向,成本\n生物产业,疫苗研发,30\n生物产业,疫苗研发X,3\n"
                    "新一代信息技术产业,量子信息,abc\n", encoding="utf-8")
    before, depth = ctx.project, ctx.undo_stack.count()
    ctx.interaction.script(str(path))
    assert page.import_costs() is False
    assert ctx.interaction.methods_asked() == ["open_path", "error"]  # no question asked
    title, text, details = last_asked(ctx, "error").args
    assert title == ("成本未导入" if ctx.lang == "zh" else "The costs were not imported")
    body = text.splitlines()
    assert len(body) == 3  # what happened, then one line per bad row
    if ctx.lang == "en":
        assert body[0] == "The cost table has 2 problem(s); no cost was changed."
        assert "row 3" in body[1]
        assert "疫苗研发X" in body[1]
        assert "row 4" in body[2]
        assert "abc" in body[2]
        assert any("line 3" in d and "bad.csv" in d for d in details)
        assert any("line 4" in d and "[costs.cost_invalid]" in d for d in details)
    else:
        assert body[0] == "成本表中有 2 处问题，所有成本均未修改。"
        assert "第 3 行" in body[1]
        assert "第 4 行" in body[2]
        assert any("第 4 行" in d for d in details)
    assert "Traceback" not in text + "".join(details)
    assert ctx.project is before
    assert ctx.undo_stack.count() == depth


def test_a_file_that_is_no_table_says_why_and_nothing_changes(win, tmp_path):
    ctx, _window, page = win
    path = tmp_path / "costs.txt"
    path.write_text("hello", encoding="utf-8")
    before, depth = ctx.project, ctx.undo_stack.count()
    assert page.import_costs(str(path)) is False
    _title, text, _details = last_asked(ctx, "error").args
    assert "costs.txt" in text
    assert ctx.project is before
    assert ctx.undo_stack.count() == depth


def test_declining_the_question_changes_nothing(win, qtbot, tmp_path):
    ctx, window, page = win
    path = tmp_path / "costs.xlsx"
    export_template(qtbot, window, page, path)
    fill(path, lambda key, value: 1.0)
    before, depth = ctx.project, ctx.undo_stack.count()
    ctx.interaction.script(str(path), False)
    assert page.import_costs() is False
    assert ctx.project is before
    assert ctx.undo_stack.count() == depth


def test_the_undo_text_follows_the_language(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path, _project(), lang="en")
    page = window.page("portfolio")
    path = tmp_path / "c.csv"
    path.write_text("industry,direction,cost\nbio,vaccines,12\n", encoding="utf-8")
    ctx.interaction.script(True)
    assert page.import_costs(str(path)) is True
    assert ctx.undo_stack.undoText() == "Import costs: 1 set"
    ctx.set_language("zh")
    assert ctx.undo_stack.undoText() == "导入成本：新填 1 个"


def test_the_export_menu_writes_the_template_too(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path, _project(), lang="en")
    path = tmp_path / "from_menu"
    ctx.interaction.script(str(path))  # no suffix typed: the workbook
    with qtbot.waitSignal(window.exporter.finished, timeout=60000) as blocker:
        window.exporter.act_cost_template.trigger()
    assert blocker.args == [str(path) + ".xlsx"]
    assert window.exporter.act_cost_template.text() == "Cost template…"
    assert openpyxl.load_workbook(blocker.args[0]).worksheets[0].max_row == 1 + sum(
        len(i.directions) for i in ctx.project.industries)


def test_the_template_is_written_in_the_export_language(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path, _project(), lang="en")
    window.exporter.set_export_language("zh")
    path = tmp_path / "costs.xlsx"
    with qtbot.waitSignal(window.exporter.finished, timeout=60000):
        window.page("portfolio").export_cost_template(str(path))
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert [ws.cell(1, c).value for c in (1, 2, 3)] == ["产业", "重点发展方向", "成本（亿元）"]
    assert window.message_text().startswith("Wrote the cost template “costs.xlsx”")


def test_many_bad_rows_the_first_eight_shown_the_rest_in_the_details(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path, _project(), lang="en")
    path = tmp_path / "bad.csv"
    rows = "".join(f"bio,vaccines,bad{k}\n" for k in range(11))
    path.write_text("industry,direction,cost\n" + rows, encoding="utf-8")
    before = ctx.project
    assert window.page("portfolio").import_costs(str(path)) is False
    _title, text, details = last_asked(ctx, "error").args
    body = text.splitlines()
    assert body[0] == "The cost table has 11 problem(s); no cost was changed."
    assert [("bad" + str(k)) in line for k, line in enumerate(body[1:9])] == [True] * 8
    assert body[9] == "… and 3 more (see details)"
    assert [k for k in range(11) if any(f"“bad{k}”" in d for d in details)] == [8, 9, 10]
    assert sum("[costs.cost_invalid]" in d for d in details) == 11
    assert ctx.project is before

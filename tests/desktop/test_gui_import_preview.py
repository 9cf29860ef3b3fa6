"""The import preview in the GUI (issue 13, items 2 and 9): before anything changes, per expert
and per node or industry how many answers are new, changed (old → new), cleared, unchanged or in
conflict; every problem with file, sheet and cell; rejected blocks marked and never imported;
conflicts kept unless taken (per answer, per block, or all); the accept button says what it will
clear; accepting is one undo step that says what was imported, and undo gives the project back
exactly; Cancel changes nothing. The issue's scenarios (a blank questionnaire and a blank panel
workbook imported unfilled, a block with one bad cell) change nothing they should not. Both
languages."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desktop.models.import_preview import CHANGED, CLEARED, CONFLICT, NAME, NEW, TAKE, UNCHANGED
from desktop.testing import make_window
from mcdm.excel import write_panel_questionnaire, write_questionnaire
from mcdm.excel.questionnaire import plan as P
from mcdm.project import edits as E
from mcdm.project.sample import sample_project
from tests.support.excel import answer_cells, fill

SAMPLE = sample_project()


@pytest.fixture
def panel(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path)
    window.show_page("panel")
    return ctx, window, window.page("panel")


def _judgment_sheet(project, path):
    wb = openpyxl.load_workbook(path)
    _, _, sheets = answer_cells(project, wb)
    title, sp = next((t, s) for t, s in sheets.items() if s.judgment_blocks)
    return wb, wb[title], sp


def _expert_edits(tmp_path, lang="en"):
    """E1's prefilled questionnaire, then the expert's answers: one judgment changed (P1 vs P2
    → 1/5, which the facilitator also changed meanwhile, to 7: a conflict), one cleared (goal),
    one changed (S1 vs S2 → 9). Returns (path, project now)."""
    path = write_questionnaire(SAMPLE, "E1", tmp_path / "E1.xlsx", prefill=True, lang=lang)
    target, _ = E.SetJudgment("E1", "principles", "P1", "P2", 1 / 5).apply(SAMPLE)
    target, _ = E.SetJudgment("E1", "goal", "principles", "strategies", None).apply(target)
    target, _ = E.SetJudgment("E1", "strategies", "S1", "S2", 9.0).apply(target)
    fill(path, target)
    now, _ = E.SetJudgment("E1", "principles", "P1", "P2", 7.0).apply(SAMPLE)
    return str(path), now


def _shown_blocks(dialog):
    """The block rows the tree shows (through its filter), by name."""
    view = dialog.tree.model()
    return [view.index(k, 0, view.index(r, 0)).data() for r in range(view.rowCount())
            for k in range(view.rowCount(view.index(r, 0)))]


def _look(box: dict):
    """A scripted answer that keeps what the dialog showed for the test to read, and accepts
    it (unless ``box["accept_it"]`` is False)."""
    def answer(dialog):
        box["shown"] = _shown_blocks(dialog)
        box["only_changes"] = dialog.only_changes.isChecked()
        box["rows"] = _rows(dialog.model)
        box["accept"] = dialog.accept_text()
        box["enabled"] = dialog.b_accept.isEnabled()
        return box.get("accept_it", True)
    return answer


def _rows(model, parent=None, depth=0):
    """Every row of the tree as (depth, name, new, changed, cleared, unchanged, conflict)."""
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    out = []
    for r in range(model.rowCount(parent)):
        cells = [model.index(r, c, parent).data() for c in (NAME, NEW, CHANGED, CLEARED,
                                                            UNCHANGED, CONFLICT)]
        out.append((depth, *cells))
        out.extend(_rows(model, model.index(r, 0, parent), depth + 1))
    return out


def test_preview_models_pass_modeltester(qtmodeltester, panel, tmp_path):
    ctx, _window, page = panel
    path, now = _expert_edits(tmp_path)
    ctx.set_project(now)
    box = {"accept_it": False}

    def check(dialog):
        qtmodeltester.check(dialog.model)
        qtmodeltester.check(dialog.problems)
        return _look(box)(dialog)

    ctx.interaction.script([path], check)
    assert not page.import_questionnaires()


def test_preview_counts_changes_clears_and_conflicts_then_one_undo_step(qtbot, panel, tmp_path):
    ctx, window, page = panel
    path, now = _expert_edits(tmp_path)
    ctx.set_project(now)
    box = {}
    ctx.interaction.script(_look(box))
    assert page.import_questionnaires([path])
    rows = box["rows"]
    expert = rows[0]
    assert expert[:2] == (0, "Expert A")
    # the expert's totals are the report's: 1 changed, 1 cleared, 1 conflict, the rest unchanged
    assert expert[2:] == ("0", "1", "1", "498", "1")
    goal = next(r for r in rows if r[1] == "Goal (comparisons)")
    assert goal[2:] == ("0", "0", "1", "0", "0")
    cleared = rows[rows.index(goal) + 1]
    assert cleared[1] == "Development principles vs Development strategies"
    assert cleared[4] == "1/2 → —"  # old → new, in the Cleared column
    changed = next(r for r in rows if r[1] == "Systematic improvement vs Integrated innovation")
    assert changed[3] == "1/2 → 9"
    conflict = next(r for r in rows if r[6] and "project" in r[6])
    assert conflict[6] == "project 7 · file 1/5"
    # The tree shows the blocks that change something; the other eight on request.
    assert box["only_changes"]
    assert box["shown"] == ["Goal (comparisons)", "Development principles (comparisons)",
                            "Development strategies (comparisons)"]
    # The accept button names the clear; the conflict keeps the project's value by default.
    assert box["accept"] == "Import 1 answer, clear 1"
    assert ctx.project.judgment("E1", "strategies", "S1", "S2") == 9.0
    assert ctx.project.judgment("E1", "goal", "principles", "strategies") is None
    assert ctx.project.judgment("E1", "principles", "P1", "P2") == 7.0
    assert ctx.undo_stack.count() == 1
    assert window.act_undo.text() == "&Undo Import questionnaires: 1 answer(s) of Expert A " \
                                     "(1 cleared)"
    window.act_undo.trigger()
    assert ctx.project == now  # exactly the project before the import
    window.act_redo.trigger()
    assert ctx.project.judgment("E1", "goal", "principles", "strategies") is None


def test_conflicts_are_taken_per_answer_per_block_or_all(qtbot, panel, tmp_path):
    ctx, window, page = panel
    path, now = _expert_edits(tmp_path)
    ctx.set_project(now)
    seen = []

    def take_one(dialog):
        model = dialog.model
        block = model.block_index(("E1", "judgments", "principles"))
        answer = model.index(0, TAKE, block)
        assert model.item(answer).status == "conflict"
        assert model.index(0, TAKE, block).data(Qt.CheckStateRole) == Qt.Unchecked
        assert model.setData(answer, Qt.Checked, Qt.CheckStateRole)
        # the block's box follows its conflicts
        assert model.index(block.row(), TAKE, block.parent()).data(Qt.CheckStateRole) == \
            Qt.Checked
        seen.append(dialog.accept_text())
        return True

    ctx.interaction.script(take_one)
    assert page.import_questionnaires([path])
    assert seen == ["Import 2 answers, clear 1"]
    assert ctx.project.judgment("E1", "principles", "P1", "P2") == pytest.approx(1 / 5)
    window.act_undo.trigger()
    assert ctx.project == now

    def take_block(dialog):
        model = dialog.model
        block = model.block_index(("E1", "judgments", "principles"), TAKE)
        assert model.setData(block, Qt.Checked, Qt.CheckStateRole)
        return True

    ctx.interaction.script(take_block)
    assert page.import_questionnaires([path])
    assert ctx.project.judgment("E1", "principles", "P1", "P2") == pytest.approx(1 / 5)
    window.act_undo.trigger()

    def take_all_then_keep_all(dialog):
        assert dialog.conflict_bar.isVisibleTo(dialog)
        qtbot.mouseClick(dialog.b_take_all, Qt.LeftButton)
        seen.append(dialog.accept_text())
        qtbot.mouseClick(dialog.b_keep_all, Qt.LeftButton)
        seen.append(dialog.accept_text())
        return True

    ctx.interaction.script(take_all_then_keep_all)
    assert page.import_questionnaires([path])
    assert seen[1:] == ["Import 2 answers, clear 1", "Import 1 answer, clear 1"]
    assert ctx.project.judgment("E1", "principles", "P1", "P2") == 7.0


def test_every_block_on_request(panel, tmp_path):
    ctx, _window, page = panel
    path, now = _expert_edits(tmp_path)
    ctx.set_project(now)
    counts = []

    def toggle(dialog):
        counts.append(len(_shown_blocks(dialog)))
        dialog.only_changes.setChecked(False)
        counts.append(len(_shown_blocks(dialog)))
        # the choices are the same whatever is shown
        assert dialog.accept_text() == "Import 1 answer, clear 1"
        dialog.only_changes.setChecked(True)
        counts.append(len(_shown_blocks(dialog)))
        return False

    ctx.interaction.script(toggle)
    assert not page.import_questionnaires([path])
    assert counts == [3, 11, 3]
    assert ctx.project is now


def test_unchecking_a_block_leaves_it_out_and_cancel_changes_nothing(qtbot, panel, tmp_path):
    ctx, window, page = panel
    path, now = _expert_edits(tmp_path)
    ctx.set_project(now)

    def leave_goal_out(dialog):
        model = dialog.model
        goal = model.block_index(("E1", "judgments", "goal"))
        assert model.flags(goal) & Qt.ItemIsUserCheckable
        assert model.setData(goal, Qt.Unchecked, Qt.CheckStateRole)
        assert dialog.accept_text() == "Import 1 answer"
        return True

    ctx.interaction.script(leave_goal_out)
    assert page.import_questionnaires([path])
    assert ctx.project.judgment("E1", "goal", "principles", "strategies") == 0.5  # kept
    assert ctx.project.judgment("E1", "strategies", "S1", "S2") == 9.0
    window.act_undo.trigger()
    assert ctx.project == now
    ctx.interaction.script(False)  # Cancel
    assert not page.import_questionnaires([path])
    assert ctx.project == now
    assert ctx.undo_stack.index() == 0


def test_a_blank_questionnaire_and_a_blank_panel_workbook_change_nothing(qtbot, panel, tmp_path):
    """The issue's first scenario: 517 clears before; now nothing to import."""
    ctx, _window, page = panel
    before = ctx.project
    for path in (write_questionnaire(before, "E1", tmp_path / "E1.xlsx"),
                 write_panel_questionnaire(before, tmp_path / "panel.xlsx")):
        box = {"accept_it": True}
        ctx.interaction.script([str(path)], _look(box))
        qtbot.mouseClick(page.b_import, Qt.LeftButton)
        assert box["accept"] == "Nothing to import"
        assert not box["enabled"]
        summary = ctx.interaction.asked[-1].args[1]
        assert "Nothing to import." in summary
        assert "cleared 0" in summary
        assert "New 0" in summary
        assert int(box["rows"][0][5]) > 400  # every answer of the expert: unchanged
        assert not box["only_changes"]  # nothing changes: every block is shown
        assert len(box["shown"]) >= 11
        assert ctx.project is before
        assert ctx.undo_stack.count() == 0


def test_a_block_with_one_bad_cell_is_marked_and_keeps_all_its_old_values(qtbot, panel, tmp_path):
    """The issue's --accept-valid scenario, in the GUI: the bad block is listed with its cell,
    not imported (not even its good answers), the others are."""
    ctx, window, page = panel
    blank = SAMPLE.replace(judgments={}, scores={})
    path = fill(write_questionnaire(blank, "E2", tmp_path / "E2.xlsx", lang="en"), SAMPLE)
    wb, ws, sp = _judgment_sheet(SAMPLE, path)
    block = next(b for b in sp.judgment_blocks if b.node_id == "strategies")
    bad = ws.cell(row=block.pairs[0].row, column=P.COL_A_MORE)
    bad.value = "11 extreme-plus"
    ws.cell(row=block.pairs[0].row, column=P.COL_B_MORE).value = None
    wb.save(path)
    older, _ = E.SetJudgment("E2", "strategies", block.pairs[1].a, block.pairs[1].b,
                             1 / 9).apply(blank)
    ctx.set_project(older)
    box = {}

    def look(dialog):
        model = dialog.model
        key = ("E2", "judgments", "strategies")
        index = model.block_index(key)
        box["name"] = index.data()
        box["checkable"] = bool(model.flags(index) & Qt.ItemIsUserCheckable)
        box["checked"] = index.data(Qt.CheckStateRole)
        box["tip"] = index.data(Qt.ToolTipRole)
        box["colour"] = index.data(Qt.ForegroundRole).color().name()
        # a click on the problem shows its block in the tree
        problems = dialog.problems
        assert problems.rowCount() == 1
        dialog.problem_view.clicked.emit(problems.index(0, 1))
        box["current_is_block"] = dialog.shown.mapToSource(dialog.tree.currentIndex()) == index
        return _look(box)(dialog)

    ctx.interaction.script(look)
    assert page.import_questionnaires([str(path)])
    assert box["name"] == "Development strategies (comparisons) — not imported"
    assert not box["checkable"]
    assert box["checked"] == Qt.Unchecked
    assert box["colour"] == "#b3261e"
    assert "keeps all its old values" in box["tip"]
    assert box["current_is_block"]
    _title, summary, _accept, problems = ctx.interaction.asked[-1].args
    assert "1 block(s) have problems and are not imported" in summary
    (line,) = problems
    assert "“11 extreme-plus”" in line
    assert "is not on the scale" in line
    assert f"E2.xlsx · {ws.title} · {bad.coordinate}" in line
    after = ctx.project
    assert after.judgments["E2"]["strategies"] == older.judgments["E2"]["strategies"]  # no mix
    assert after.judgments["E2"]["principles"] == SAMPLE.judgments["E2"]["principles"]
    window.act_undo.trigger()
    assert ctx.project == older


def _ods(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<office:document-content/>")
    path = tmp_path / "E1.ods"
    path.write_bytes(out.getvalue())
    return path


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_bad_files_are_explained_with_their_place_and_change_nothing(qtbot, tmp_path, lang):
    """.ods, a renamed sheet and a questionnaire of the previous round (item 9): the catalogue's
    sentence in the UI language, with file, sheet and cell; nothing can be accepted."""
    ctx, window = make_window(qtbot, tmp_path, lang=lang)
    window.show_page("panel")
    page = window.page("panel")
    renamed = fill(write_questionnaire(SAMPLE, "E3", tmp_path / "E3.xlsx", lang="zh"), SAMPLE)
    wb = openpyxl.load_workbook(renamed)
    wb["生物产业"].title = "生物"
    wb.save(renamed)
    old_round = write_questionnaire(SAMPLE, "E4", tmp_path / "E4.xlsx")
    round2, _ = E.StartRound("2025-03-01T10:00:00+08:00").apply(SAMPLE)
    ctx.set_project(round2)
    box = {}
    ctx.interaction.script(_look(box))
    assert not page.import_questionnaires([str(_ods(tmp_path)), str(old_round)])
    _title, summary, accept, problems = ctx.interaction.asked[-1].args
    if lang == "en":
        assert accept == "Nothing to import"
        assert problems[0].startswith("The file is an OpenDocument spreadsheet (.ods): save it "
                                      "as .xlsx")
        assert problems[0].endswith("(E1.ods)")
        assert problems[1].startswith("This is a round-1 questionnaire and the project is in "
                                      "round 2")
    else:
        assert accept == "没有可导入的内容"
        assert "另存为” .xlsx" in problems[0]
        assert "这是第 1 轮的问卷，而项目已进入第 2 轮" in problems[1]
    assert ctx.project is round2
    # the renamed sheet: named, and the sheet that looks like it too; the other sheets import
    ctx.set_project(SAMPLE)
    ctx.interaction.script(_look(box))
    assert not page.import_questionnaires([str(renamed)])
    _title, summary, accept, problems = ctx.interaction.asked[-1].args
    (line,) = problems
    if lang == "en":
        assert line.startswith("Sheet “生物产业” is missing and sheet “生物” looks like it")
        assert "(E3.xlsx · 生物产业)" in line
    else:
        assert line.startswith("缺少工作表“生物产业”，而工作表“生物”看起来就是它")
    assert ctx.project == SAMPLE  # nothing of E3 differed from the project: nothing to import


def test_the_accept_button_and_undo_text_in_chinese(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path, lang="zh")
    path, now = _expert_edits(tmp_path, lang="zh")
    ctx.set_project(now)
    box = {}
    ctx.interaction.script(_look(box))
    assert window.page("panel").import_questionnaires([path])
    assert box["accept"] == "导入 1 个答案，清除 1 个"
    assert box["rows"][0][1] == "专家A"
    title, summary, _accept, _problems = ctx.interaction.asked[-1].args
    assert title == "导入调查问卷：预览"
    assert "在您确认之前不会做任何修改" in summary
    assert window.act_undo.text() == "撤销(&U) 导入调查问卷：专家A 的 1 个答案（清除 1 个）"
    # the undo text is re-read in the other language
    ctx.set_language("en")
    assert window.act_undo.text() == "&Undo Import questionnaires: 1 answer(s) of Expert A " \
                                     "(1 cleared)"


def test_a_reason_written_in_round_two_is_the_only_change(qtbot, panel, tmp_path):
    """Round 2: the questionnaire is prefilled; an expert who only writes a reason changes
    only that reason."""
    ctx, window, page = panel
    round2, _ = E.StartRound("2025-03-01T10:00:00+08:00").apply(SAMPLE)
    ctx.set_project(round2)
    path = write_questionnaire(round2, "E4", tmp_path / "E4.xlsx", lang="en")
    target, _ = E.SetReason("E4", "principles", "P2", "P3", "产业基础决定优先级").apply(round2)
    fill(path, target)
    box = {}
    ctx.interaction.script(_look(box))
    assert page.import_questionnaires([str(path)])
    assert box["accept"] == "Import 1 answer"
    reason = next(r for r in box["rows"] if r[1].endswith(", reason"))
    assert reason[2] == "— → “产业基础决定优先级”"
    assert ctx.project.reason("E4", "principles", "P2", "P3") == "产业基础决定优先级"
    assert ctx.project.judgments == round2.judgments
    assert ctx.project.scores == round2.scores
    window.act_undo.trigger()
    assert ctx.project == round2



def _when_modal(act):
    """Call ``act(dialog)`` on the modal dialog once it is shown (polling the event loop)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
        else:
            act(dialog)

    QTimer.singleShot(0, poll)


def test_the_real_dialogs_return_what_was_accepted(qtbot, tmp_path):
    """The app's own Interaction (dialogs run modally): accepting returns the choices, closing
    returns None."""
    from desktop.interaction import Interaction
    from desktop.models.import_preview import ImportChoice
    from desktop.views.questionnaire_dialog import QuestionnaireOptions
    from mcdm.excel import read_questionnaires

    path, now = _expert_edits(tmp_path)
    report = read_questionnaires(now, [path])
    real = Interaction()
    _when_modal(lambda d: d.b_accept.click())
    assert real.preview_import(None, report, now, "en") == ImportChoice(
        tuple(b.key for b in report.blocks), ())
    _when_modal(lambda d: d.reject())
    assert real.preview_import(None, report, now, "en") is None
    defaults = QuestionnaireOptions.defaults(now, "zh")
    _when_modal(lambda d: (d.panel.setChecked(True), d.b_ok.click()))
    chosen = real.questionnaire_options(None, now, defaults, "en")
    assert chosen == QuestionnaireOptions(now.expert_ids(), "zh", False, False, "fixed")

"""File ▸ Export ▸ Questionnaires… (issue 13, item 7): the options dialog (one file per expert or
one panel file, language, prefill — by default the round's —, measured criteria fixed or asked,
the experts to include), the export in a worker with progress, and the report of how many were
written and where, with an Open folder button. Every option is checked in the written workbooks'
metadata and by reading them back."""

from __future__ import annotations

import json

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desktop.testing import make_window
from mcdm.excel import read_questionnaires
from mcdm.project import edits as E
from tests.support.excel import read_meta


@pytest.fixture
def win(qtbot, tmp_path):
    return make_window(qtbot, tmp_path)


def _meta(path):
    return read_meta(openpyxl.load_workbook(path))


def test_defaults_follow_the_round(win):
    ctx, window = win
    seen = []
    ctx.interaction.script(lambda d: seen.append(d.snapshot()) or False)
    assert window.exporter.export_questionnaires() is None  # cancelled: nothing asked after
    assert ctx.interaction.methods_asked() == ["questionnaire_options"]
    title, intro, options = seen[0]
    assert title == "Export questionnaires"
    assert intro.startswith("Round 1.")
    assert options.per_expert
    assert not options.prefill  # round 1: blank
    assert options.measured == "fixed"
    assert options.lang == window.exporter.language() == "en"
    assert options.expert_ids == ctx.project.expert_ids()
    ctx.push(E.StartRound("2025-03-01T10:00:00+08:00"))
    ctx.interaction.script(lambda d: seen.append(d.snapshot()) or False)
    window.exporter.export_questionnaires()
    _title, intro, options = seen[1]
    assert intro.startswith("Round 2. Each questionnaire shows, beside every pair, the expert's "
                            "round-1 answer")
    assert options.prefill  # from round 2: each expert's previous answers


def test_per_expert_files_with_the_chosen_options_progress_and_report(qtbot, win, tmp_path):
    ctx, window = win
    out = tmp_path / "out"
    out.mkdir()

    def choose(dialog):
        dialog.check_experts(False)
        dialog.check_experts(True, ("E2", "E5"))
        dialog.language.setCurrentIndex(dialog.language.findData("zh"))
        dialog.prefill.setChecked(True)
        dialog.ask.setChecked(True)
        return True

    ctx.interaction.script(choose, str(out / "ws.xlsx"))
    progress = []
    with qtbot.waitSignal(window.exporter.finished, timeout=60000):
        task = window.exporter.export_questionnaires()
        task.progress.connect(lambda done, total: progress.append((done, total)))
    files = sorted(out.glob("*.xlsx"))
    assert [f.name.split("_")[1] for f in files] == ["E2", "E5"]
    for f, expert in zip(files, ("E2", "E5"), strict=True):
        meta = _meta(f)
        assert (meta["kind"], json.loads(meta["experts"]), meta["lang"]) == \
            ("expert", [expert], "zh")
        assert (meta["prefill"], meta["measured"], meta["round"]) == (1, "ask", 1)
    assert progress[-1] == (2, 2)
    assert window.message_text() == f"Wrote 2 round-1 questionnaire(s) in {out.resolve()}"
    qtbot.mouseClick(window.message_line.button, Qt.MouseButton.LeftButton)
    assert ctx.interaction.asked[-1].args == (str(out.resolve()),)
    # prefilled and imported back untouched: nothing changes
    report = read_questionnaires(ctx.project, files)
    assert report.ok
    assert report.changes == ()


def test_one_panel_workbook_from_the_panel_page(qtbot, win, tmp_path):
    ctx, window = win
    window.show_page("panel")
    page = window.page("panel")
    path = tmp_path / "panel.xlsx"

    def panel_file(dialog):
        dialog.panel.setChecked(True)
        dialog.check_experts(False, ("E6",))
        return True

    ctx.interaction.script(panel_file, str(path))
    with qtbot.waitSignal(window.exporter.finished, timeout=60000):
        qtbot.mouseClick(page.b_export, Qt.MouseButton.LeftButton)
    assert ctx.interaction.methods_asked() == ["questionnaire_options", "save_path"]
    assert ctx.interaction.asked[1].args == ("Export the panel questionnaire",)
    meta = _meta(path)
    assert meta["kind"] == "panel"
    assert json.loads(meta["experts"]) == ["E1", "E2", "E3", "E4", "E5"]
    assert meta["prefill"] == 0
    assert window.message_text() == (f"Wrote the round-1 panel questionnaire “panel.xlsx” "
                                     f"(5 expert(s)) in {tmp_path.resolve()}")


def test_no_expert_ticked_cannot_export_and_cancel_writes_nothing(win, tmp_path):
    ctx, window = win
    states = []

    def none(dialog):
        dialog.check_experts(False)
        states.append(dialog.b_ok.isEnabled())
        dialog.check_experts(True, ("E1",))
        states.append(dialog.b_ok.isEnabled())
        return False  # Cancel

    ctx.interaction.script(none)
    assert window.exporter.export_questionnaires() is None
    assert states == [False, True]
    ctx.interaction.script(True, "")  # options accepted, then the file dialog cancelled
    assert window.exporter.export_questionnaires() is None
    assert list(tmp_path.glob("*.xlsx")) == []


def test_the_dialog_and_report_in_chinese(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path, lang="zh")
    ctx.push(E.StartRound("2025-03-01T10:00:00+08:00"))
    seen = []
    out = tmp_path / "q"
    out.mkdir()
    ctx.interaction.script(lambda d: seen.append(d.snapshot()) or True, str(out / "q.xlsx"))
    with qtbot.waitSignal(window.exporter.finished, timeout=60000):
        window.exporter.act_questionnaires.trigger()
    title, intro, options = seen[0]
    assert title == "导出调查问卷"
    assert intro.startswith("第 2 轮。")
    assert options.lang == "zh"
    assert window.exporter.act_questionnaires.text() == "调查问卷…"
    n = len(ctx.project.experts)
    assert window.message_text() == f"已在 {out.resolve()} 写入 {n} 份第 2 轮调查问卷"
    assert all(_meta(f)["round"] == 2 for f in out.glob("*.xlsx"))

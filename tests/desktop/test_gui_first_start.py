"""The first start: the window shows the sample without its judgments, then the sample panel's
questionnaires are imported (one undoable step, project clean, a status message in the UI
language) and the flag is set; later starts open the saved sample and import nothing."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtWidgets import QApplication

from desktop.app import launch
from desktop.first_start import pending
from desktop.interaction import ScriptedInteraction
from desktop.testing import isolated_settings
from mcdm.project.sample import sample_project, unanswered_sample_project
from tests.support import ROOT  # noqa: E402


def _launch(qtbot, settings):
    interaction = ScriptedInteraction()
    _app, ctx, window = launch(["fourchains"], settings=settings, interaction=interaction,
                               offer_recovery=False)
    qtbot.addWidget(window, before_close_func=lambda _w: ctx.undo_stack.setClean())
    return ctx, window, interaction


def _status(window) -> str:
    return window.message_text()


def test_first_start_shows_the_window_then_imports_the_sample_questionnaires(qtbot, tmp_path):
    settings = isolated_settings(tmp_path)
    settings.language = "en"
    assert not settings.first_start_done
    ctx, window, interaction = _launch(qtbot, settings)
    # Shown before anything is imported: the sample's panel and scores, no judgments yet.
    assert window.isVisible()
    assert ctx.project is unanswered_sample_project()
    assert dict(ctx.project.judgments) == {}
    assert "Importing" in _status(window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 1)
    assert ctx.project == sample_project()
    assert interaction.asked == []  # our own files: nothing to confirm
    assert not ctx.dirty
    assert not window.isWindowModified()
    assert _status(window).startswith(
        "Imported the sample panel's questionnaires: 6 file(s), answers of 6 expert(s), ")
    assert settings.first_start_done
    # One undo step, named; undoing it empties the judgments and leaves unsaved changes.
    assert ctx.undo_stack.undoText() == "Import sample questionnaires"
    assert window.act_undo.text() == "&Undo Import sample questionnaires"
    window.act_undo.trigger()
    assert dict(ctx.project.judgments) == {}
    assert ctx.project == unanswered_sample_project()
    assert window.isWindowModified()
    window.act_redo.trigger()
    assert ctx.project == sample_project()
    assert not window.isWindowModified()  # back at the clean state: the sample as shipped


def test_second_start_opens_the_saved_sample_and_imports_nothing(qtbot, tmp_path):
    ctx, window, _ = _launch(qtbot, isolated_settings(tmp_path))
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 1)
    window.close()
    # A fresh settings object over the same file: the flag was written to disk.
    settings = isolated_settings(tmp_path)
    assert settings.first_start_done
    ctx2, window2, _ = _launch(qtbot, settings)
    assert ctx2.project is sample_project()
    assert not pending(ctx2)
    qtbot.waitExposed(window2)
    QApplication.processEvents()
    QApplication.processEvents()
    assert ctx2.undo_stack.count() == 0
    assert ctx2.project is sample_project()
    assert "Import" not in _status(window2)


def test_first_start_in_chinese(qtbot, tmp_path):
    settings = isolated_settings(tmp_path)
    settings.language = "zh"
    ctx, window, _ = _launch(qtbot, settings)
    assert _status(window) == "正在导入示例专家组的调查问卷…"
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 1)
    assert ctx.undo_stack.undoText() == "导入示例问卷"
    assert _status(window).startswith("已导入示例专家组的调查问卷：6 个文件，6 位专家的答卷，")
    ctx.set_language("en")  # leave the process's translators as the other tests expect


def test_a_project_opened_before_the_import_is_left_alone(qtbot, tmp_path):
    settings = isolated_settings(tmp_path)
    ctx, window, _ = _launch(qtbot, settings)
    other = sample_project().replace(judgments={}, scores={})
    ctx.set_project(other, None)  # e.g. opened from the recent files before the loop ran
    qtbot.waitExposed(window)
    QApplication.processEvents()
    QApplication.processEvents()
    assert ctx.project is other
    assert ctx.undo_stack.count() == 0
    # The first start has not happened yet: the next start without a file will import.
    assert not settings.first_start_done


def test_unreadable_sample_questionnaires_open_the_saved_sample(qtbot, tmp_path, monkeypatch):
    broken = tmp_path / "questionnaire_E1.xlsx"
    broken.write_text("not a workbook", encoding="utf-8")
    monkeypatch.setattr("mcdm.excel.questionnaire.samples.sample_questionnaires", lambda: [broken])
    settings = isolated_settings(tmp_path)
    settings.language = "en"
    ctx, window, interaction = _launch(qtbot, settings)
    qtbot.waitUntil(lambda: "Could not import" in _status(window))
    assert "questionnaire_E1.xlsx" in _status(window)
    assert ctx.project is sample_project()
    assert ctx.undo_stack.count() == 0
    assert not ctx.dirty
    assert interaction.asked == []
    assert settings.first_start_done


FRESH_START = """
import sys
from PySide6.QtCore import QSettings, QTimer
from desktop.app import launch
from desktop.interaction import ScriptedInteraction
from desktop.settings import AppSettings
settings = AppSettings(QSettings(sys.argv[1], QSettings.IniFormat))
settings.recovery_folder = sys.argv[2]
app, ctx, window = launch(["fourchains"], settings=settings, interaction=ScriptedInteraction())
shown = (window.isVisible(), "openpyxl" in sys.modules, len(ctx.project.judgments))
QTimer.singleShot(0, app.quit)  # queued after the import: runs once it is done
app.exec()
print(shown, ("openpyxl" in sys.modules, ctx.undo_stack.count(), settings.first_start_done))
"""


def test_openpyxl_is_imported_only_after_the_window_is_shown(tmp_path):
    out = subprocess.run(
        [sys.executable, "-c", FRESH_START, str(tmp_path / "s.ini"), str(tmp_path / "rec")],
        capture_output=True, text=True, check=True, cwd=ROOT, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.split("\n")[0] == "(True, False, 0) (True, 1, True)"

"""Helpers for GUI tests (pytest-qt): an isolated context and window, no dialogs, no user files.

Used by ``tests/test_gui_*.py``::

    def test_x(qtbot, tmp_path):
        ctx, window = make_window(qtbot, tmp_path)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.context import AppContext
from desktop.interaction import ScriptedInteraction
from desktop.settings import AppSettings

if TYPE_CHECKING:
    from mcdm.project.model import Project


def isolated_settings(tmp_path: Path) -> AppSettings:
    """Settings in a file under ``tmp_path``: nothing of the user's is read or written."""
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    settings.recovery_folder = str(tmp_path / "recovery")
    return settings


def make_context(tmp_path: Path, project: Project | None = None, lang: str = "en") -> AppContext:
    """A context over the sample workshop (or ``project``) with scripted interaction."""
    from desktop.i18n import Translators

    if project is None:
        from mcdm.project.sample import sample_project

        project = sample_project()
    translators = Translators(QApplication.instance())
    translators.install(lang)
    ctx = AppContext(isolated_settings(tmp_path), lang, interaction=ScriptedInteraction(),
                     translators=translators)
    ctx.set_project(project, None)
    return ctx


def make_window(qtbot: Any, tmp_path: Path, project: Project | None = None, lang: str = "en"):
    """``(context, window)``: the main window, shown, registered with qtbot for clean-up."""
    from desktop.app import build_window

    ctx = make_context(tmp_path, project, lang)
    window = build_window(ctx)
    # Tests that leave unsaved edits must not be asked about them when qtbot closes the window.
    qtbot.addWidget(window, before_close_func=lambda _w: ctx.undo_stack.setClean())
    window.show()
    qtbot.waitExposed(window)

    return ctx, window


def visible_top_levels() -> list[Any]:
    app = QApplication.instance()
    return [w for w in app.topLevelWidgets() if w.isVisible()] if app else []

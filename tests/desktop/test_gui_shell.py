"""The main window's shell: menus, language switching, settings isolation, xcb start-up check."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from desktop.app import (
    XCB_LIBRARIES,
    build_window,
    check_platform,
    missing_xcb_packages,
    xcb_message,
)
from desktop.context import AppContext
from desktop.i18n import Translators
from desktop.interaction import ScriptedInteraction
from desktop.testing import isolated_settings


def empty_window(qtbot, tmp_path, lang="en"):
    ctx = AppContext(isolated_settings(tmp_path), lang, interaction=ScriptedInteraction())
    ctx._translators = Translators(QApplication.instance())
    ctx._translators.install(lang)
    window = build_window(ctx)
    qtbot.addWidget(window)
    window.show()
    return ctx, window


def menu_titles(window):
    return [a.text() for a in window.menuBar().actions()]


def test_switching_language_changes_menus_and_back(qtbot, tmp_path):
    ctx, window = empty_window(qtbot, tmp_path)
    assert menu_titles(window) == ["&File", "&Edit", "&View", "&Help"]
    with qtbot.waitSignal(ctx.languageChanged):
        window.act_lang["zh"].trigger()
    assert menu_titles(window) == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
    assert window.nav.item(window.page_keys().index("tree")).text() == "准则层次"
    assert window.act_save.text() == "保存(&S)"
    assert "四链决策工作台" in window.windowTitle()
    assert ctx.settings.language == "zh"
    window.act_lang["en"].trigger()
    assert menu_titles(window) == ["&File", "&Edit", "&View", "&Help"]


def test_standard_shortcuts(qtbot, tmp_path):
    _ctx, window = empty_window(qtbot, tmp_path)
    ks = QKeySequence.StandardKey
    for action, key in ((window.act_new, ks.New), (window.act_open, ks.Open),
                        (window.act_save, ks.Save), (window.act_undo, ks.Undo),
                        (window.act_redo, ks.Redo), (window.act_quit, ks.Quit)):
        assert action.shortcut() == QKeySequence(key)


def test_settings_live_in_the_temp_folder(tmp_path):
    settings = isolated_settings(tmp_path)
    settings.add_recent_file(tmp_path / "a.json")
    settings.add_recent_file(tmp_path / "b.json")
    settings.add_recent_file(tmp_path / "a.json")
    settings.language = "zh"
    settings.sync()
    assert (tmp_path / "settings.ini").exists()
    again = isolated_settings(tmp_path)
    assert again.recent_files == [str((tmp_path / "a.json").resolve()),
                                  str((tmp_path / "b.json").resolve())]
    assert again.language == "zh"
    assert QSettings().value("ui/language") is None or QSettings().fileName() != str(
        tmp_path / "settings.ini")


def test_geometry_is_remembered(qtbot, tmp_path):
    ctx, window = empty_window(qtbot, tmp_path)
    window.resize(800, 540)  # the offscreen screen is 800 x 600
    window.close()
    assert not ctx.settings.geometry.isEmpty()
    ctx2 = AppContext(isolated_settings(tmp_path), "en", interaction=ScriptedInteraction())
    window2 = build_window(ctx2)
    qtbot.addWidget(window2)
    # Heights only: the offscreen screen (800 px wide) clamps the restored width.
    assert window.height() == 540
    assert window2.height() == 540


LDD_OUTPUT = """\
/x/PySide6/Qt/plugins/platforms/libqxcb.so:
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /x/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
/x/PySide6/Qt/lib/libQt6XcbQpa.so.6:
\tlibxcb-icccm.so.4 => not found
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f)
\tlibfoo-unknown.so.7 => not found
"""


def test_every_missing_xcb_library_is_named_not_aborted():
    env = {"DISPLAY": ":0"}
    missing = missing_xcb_packages(env, "linux", ldd_output=lambda: LDD_OUTPUT)
    # Every library ldd could not find, once, as its Debian package (or its own name if unknown).
    assert missing == ["libxcb-icccm4", "libxcb-keysyms1", "libfoo-unknown.so.7"]
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in xcb_message(missing)
    assert missing_xcb_packages(env, "linux", ldd_output=lambda: "libc.so.6 => /lib/libc.so.6") == []


def test_without_ldd_known_libraries_are_tried_one_by_one():
    env = {"DISPLAY": ":0"}
    missing = missing_xcb_packages(env, "linux", ldd_output=lambda: None,
                                   loadable=lambda lib: lib != "libxcb-cursor.so.0")
    assert missing == ["libxcb-cursor0"]
    assert missing_xcb_packages({"QT_QPA_PLATFORM": "offscreen"}, "linux",
                                ldd_output=lambda: LDD_OUTPUT) == []
    assert missing_xcb_packages(env, "win32", ldd_output=lambda: LDD_OUTPUT) == []
    assert set(XCB_LIBRARIES.values()) >= {"libxcb-cursor0", "libxcb-icccm4", "libxkbcommon-x11-0"}


def test_the_installed_plugin_is_found_for_the_check():
    from desktop.platform_check import xcb_binaries

    names = [p.name for p in xcb_binaries()]
    assert "libqxcb.so" in names


def test_check_platform_falls_back_to_wayland(monkeypatch):
    monkeypatch.setattr("desktop.platform_check._ldd", lambda paths: LDD_OUTPUT)
    monkeypatch.setattr("sys.platform", "linux")
    env = {"WAYLAND_DISPLAY": "wayland-0"}
    assert check_platform(env) is None
    assert env["QT_QPA_PLATFORM"] == "wayland"
    message = check_platform({"DISPLAY": ":0"})
    assert message is not None
    assert "libxcb-icccm4" in message
    assert "libxcb-keysyms1" in message


def test_no_display_is_a_message_not_an_abort(monkeypatch):
    monkeypatch.setattr("sys.platform", "linux")
    message = check_platform({})
    assert message is not None
    assert "DISPLAY" in message
    assert check_platform({"QT_QPA_PLATFORM": "offscreen"}) is None



def test_app_without_a_display_exits_with_a_message(tmp_path):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    if sys.platform.startswith("linux"):
        done = subprocess.run([sys.executable, "-m", "desktop"], env=env, capture_output=True,
                              text=True, timeout=60, cwd=tmp_path)
        assert done.returncode == 1
        assert "DISPLAY is not set" in done.stderr


@pytest.mark.parametrize(("locale", "expected"), [("zh_CN.UTF-8", "zh"), ("en_US.UTF-8", "en"),
                                                  ("C", "en")])
def test_default_language_follows_the_system_locale(locale, expected):
    import os
    import subprocess
    import sys

    env = {**os.environ, "LC_ALL": locale, "LANG": locale, "LANGUAGE": ""}
    done = subprocess.run([sys.executable, "-c",
                           "from desktop.i18n import system_language; print(system_language())"],
                          env=env, capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == expected


def test_qts_own_dialog_strings_follow_the_language(qtbot, tmp_path):
    from PySide6.QtCore import QCoreApplication

    ctx, window = empty_window(qtbot, tmp_path)
    window.act_lang["zh"].trigger()
    # Qt's standard buttons and file dialogs come from Qt's own catalogue (qtbase_zh_CN).
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert QCoreApplication.translate("QFileDialog", "Open") == "打开"
    window.act_lang["en"].trigger()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"

"""Start the desktop app: build settings, context and window; open a project; run.

``python -m desktop [PROJECT]`` or ``fourchains [PROJECT]``. With no project the app opens the
illustrative sample workshop, after offering back any unsaved work a previous session left; on
the first start it opens without its judgments and, once the window is shown, imports the sample
panel's filled questionnaires (:mod:`desktop.first_start`).
Start-up stays light: pymcdm and pandas are imported only when a view needs them.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from typing import Any

# The libraries Qt's xcb plugin loads that a minimal Linux desktop may lack (Debian names).
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
}


def _loadable(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_xcb_packages(env: Mapping[str, str] | None = None, platform: str | None = None,
                         loadable: Callable[[str], bool] | None = None) -> list[str]:
    """The Debian packages Qt's xcb plugin would need but cannot find (empty if none or not xcb)."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    loadable = loadable or _loadable
    if not platform.startswith("linux"):
        return []
    requested = env.get("QT_QPA_PLATFORM", "")
    if requested and not requested.startswith("xcb"):
        return []
    return [package for lib, package in XCB_LIBRARIES.items() if not loadable(lib)]


def xcb_message(packages: list[str]) -> str:
    return ("FourChains Decision Studio cannot use Qt's xcb platform plugin: the system "
            f"libraries {', '.join(packages)} are missing (without them Qt aborts with "
            "'could not load the Qt platform plugin \"xcb\"').\n"
            f"On Debian/Ubuntu install them with:\n    sudo apt-get install {' '.join(packages)}\n"
            "or start the app on Wayland with QT_QPA_PLATFORM=wayland.")


def check_platform(env: dict[str, str] | None = None) -> str | None:
    """Avoid Qt's abort on a missing xcb library: fall back to Wayland where possible.

    Returns a message to print and exit with, or None when start-up can go on (possibly on
    Wayland, after printing a note).
    """
    env = os.environ if env is None else env
    packages = missing_xcb_packages(env)
    requested = env.get("QT_QPA_PLATFORM", "")
    on_x11 = sys.platform.startswith("linux") and (requested.startswith("xcb") or (
        not requested and not env.get("WAYLAND_DISPLAY")))
    if on_x11 and not env.get("DISPLAY"):
        # Qt would abort with the same "could not load the Qt platform plugin" message.
        return ("FourChains Decision Studio needs a graphical display: DISPLAY is not set. "
                "Start it from a desktop session (or over ssh -X); the command-line tool "
                "fourchains-cli works without a screen.")
    if not packages:
        return None
    if env.get("WAYLAND_DISPLAY") and not env.get("QT_QPA_PLATFORM"):
        env["QT_QPA_PLATFORM"] = "wayland"
        sys.stderr.write(xcb_message(packages) + "\nStarting on Wayland instead.\n")
        return None
    return xcb_message(packages)


def build(argv: list[str], *, settings: Any = None, interaction: Any = None,
          project: Any = None, offer_recovery: bool = True) -> tuple[Any, Any, Any]:
    """Create (or reuse) the QApplication, the context and the main window; load a project.

    Returns ``(app, context, window)``; the window is not shown yet.
    """
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.context import AppContext
    from desktop.i18n import Translators, system_language
    from desktop.main_window import MainWindow
    from desktop.settings import AppSettings

    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName("FourChains")
    app.setApplicationName("FourChains Decision Studio")
    settings = settings or AppSettings(QSettings())
    lang = settings.language or system_language()
    translators = Translators(app)
    translators.install(lang)
    context = AppContext(settings, lang, interaction=interaction)
    context._translators = translators
    window = MainWindow(context)
    files = [a for a in argv[1:] if not a.startswith("-")]
    if project is not None:
        context.set_project(project, None)
    elif not (files and window.files.load(files[0])):
        if not (offer_recovery and window.files.offer_recovery()):
            from desktop.first_start import open_sample

            # On a first start this is the sample without its judgments; launch() imports them.
            open_sample(context)
    return app, context, window


def launch(argv: list[str], **kw: Any) -> tuple[Any, Any, Any]:
    """:func:`build`, show the window, then (on a first start) schedule the import of the
    sample questionnaires for when the event loop runs. Returns ``(app, context, window)``."""
    from desktop.first_start import schedule_import

    app, context, window = build(argv, **kw)
    window.show()
    schedule_import(window)
    return app, context, window


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    message = check_platform()
    if message is not None:
        sys.stderr.write(message + "\n")
        return 1
    app, _context, _window = launch(argv)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())

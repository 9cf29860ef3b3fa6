"""Start the desktop app: build settings, context and window; open a project; run.

``python -m desktop [PROJECT]`` or ``fourchains [PROJECT]``. With no project the app opens the
illustrative sample workshop, after offering back any unsaved work a previous session left; on
the first start it opens without its judgments and, once the window is shown, imports the sample
panel's filled questionnaires (:mod:`desktop.first_start`).
Start-up stays light: pymcdm and pandas are imported only when a view needs them.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

from desktop.platform_check import XCB_LIBRARIES, missing_xcb_packages, xcb_message  # noqa: F401

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop.context import AppContext
    from desktop.main_window import MainWindow
    from mcdm.project.model import Project


def check_platform(env: dict[str, str] | None = None) -> str | None:
    """Avoid Qt's abort on a missing xcb library: fall back to Wayland where possible.

    Returns a message to print and exit with, or None when start-up can go on (possibly on
    Wayland, after printing a note).
    """
    env = os.environ if env is None else env
    packages = missing_xcb_packages(env, sys.platform)
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


def build_window(context: AppContext) -> MainWindow:
    """The main window over ``context``, with the services its pages share: the industry the
    ranking pages show, the latest Monte Carlo run, and the exporter (which writes that run)."""
    from desktop.export import ExportController
    from desktop.main_window import MainWindow
    from desktop.state import MonteCarloRun, RankingState, Services

    simulation = MonteCarloRun(context, context)
    services = Services(context=context, ranking=RankingState(context, context),
                        monte_carlo=simulation,
                        exporter=ExportController(context, simulation, context))
    return MainWindow(services)


def build(argv: list[str], *, settings: Any = None, interaction: Any = None,
          project: Project | None = None,
          offer_recovery: bool = True) -> tuple[QApplication, AppContext, MainWindow]:
    """Create (or reuse) the QApplication, the context and the main window; load a project.

    Returns ``(app, context, window)``; the window is not shown yet.
    """
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.context import AppContext
    from desktop.i18n import Translators, system_language
    from desktop.settings import AppSettings

    if QApplication.instance() is None:
        # Fractional screen scales (125 %, 150 %) as they are, not rounded to 1 or 2: text and
        # widgets keep the proportions the layouts were made for.
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName("FourChains")
    app.setApplicationName("FourChains Decision Studio")
    settings = settings or AppSettings(QSettings())
    lang = settings.language or system_language()
    translators = Translators(app)
    translators.install(lang)
    context = AppContext(settings, lang, interaction=interaction, translators=translators)
    window = build_window(context)
    files = [a for a in argv[1:] if not a.startswith("-")]
    if project is not None:
        context.set_project(project, None)
    elif not (files and window.files.load(files[0])):
        if not (offer_recovery and window.files.offer_recovery()):
            from desktop.first_start import open_sample

            # On a first start this is the sample without its judgments; launch() imports them.
            open_sample(context)
    return app, context, window


WARM_UP_DELAY_MS = 300


def launch(argv: list[str], **kw: Any) -> tuple[QApplication, AppContext, MainWindow]:
    """:func:`build`, show the window, then (on a first start) schedule the import of the
    sample questionnaires for when the event loop runs, and the charts' warm-up
    (:mod:`desktop.warm`). Returns ``(app, context, window)``."""
    from PySide6.QtCore import QTimer

    from desktop import warm
    from desktop.first_start import schedule_import

    app, context, window = build(argv, **kw)
    window.show()
    schedule_import(window)
    # The charts' matplotlib loads in a thread once the window is up (desktop.warm).
    QTimer.singleShot(WARM_UP_DELAY_MS, window, warm.start)
    return app, context, window


USAGE = """usage: fourchains [-h] [--version] [PROJECT]

FourChains Decision Studio (四链决策工作台): AHP weighting and TOPSIS ranking for expert
workshops, offline.

positional arguments:
  PROJECT     workshop project file (.json) to open; without it, the illustrative sample
              workshop (or the unsaved work of the last session, if any)

options:
  -h, --help  show this help and exit
  --version   show the version and exit

The command-line tool fourchains-cli works on the same projects without a screen
(fourchains-cli --help).
"""


def answer_without_qt(args: list[str]) -> str | None:
    """The text to print for ``--help`` or ``--version`` (None: start the app). Checked before
    Qt is imported, so both work without a display and in a second."""
    if any(a in ("-h", "--help") for a in args):
        return USAGE
    if "--version" in args:
        from mcdm import __version__

        return f"fourchains {__version__}\n"
    return None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    answer = answer_without_qt(argv[1:])
    if answer is not None:
        sys.stdout.write(answer)
        return 0
    message = check_platform()
    if message is not None:
        sys.stderr.write(message + "\n")
        return 1
    app, _context, _window = launch(argv)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())

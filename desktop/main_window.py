"""The main window: a navigation pane beside stacked pages, menus, toolbar and status bar.

The pages come from one ordered table (:data:`desktop.views.PAGES`), built from the injected
:class:`~desktop.state.Services` (context, ranking state, Monte Carlo run, exporter). The
navigation shows each workshop step's state from the result (:mod:`desktop.navigation`); a new
or empty project opens on the start page. Messages go to one fixed place in the status bar
(:mod:`desktop.status_line`). The default size fits a 1280 × 720 screen; F11 is full screen
(for a projector: the toolbar and the navigation step aside).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop.files import FileController
from desktop.messages import describe
from desktop.navigation import StepNavigation
from desktop.state import Services
from desktop.status_line import ElidedLabel, MessageLine
from desktop.views.base import Page
from desktop.window_menus import WindowMenus
from mcdm.resources import resource

# The default window: a 1280 × 720 screen (a projector, a 13-inch laptop) shows all of it.
DEFAULT_SIZE = (1280, 720)
# Steps that, when not started, make an opened project start on the start page.
EARLY_STEPS = ("criteria", "panel", "comparisons")


class MainWindow(WindowMenus, QMainWindow):
    """The app's one window.

    Parameters
    ----------
    services : Services
        The shared project context, ranking state, Monte Carlo run and exporter
        (built by :func:`desktop.app.build_window`).
    """

    def __init__(self, services: Services) -> None:
        super().__init__()
        context = services.context
        self.context = context
        self.services = services
        self.ranking_state = services.ranking
        self.exporter = services.exporter
        self.files = FileController(context, self)
        self._pages: dict[str, tuple[Callable[[], str], QWidget, QListWidgetItem]] = {}
        self._steps: dict[str, str] = {}  # page key -> the workshop step it holds
        self.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))

        self.nav = StepNavigation()
        self.nav.setFixedWidth(220)
        self.stack = QStackedWidget()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.spotClicked.connect(self.go_to)

        self._build_actions()
        self._build_menus()
        self.message_line = MessageLine()
        self._status = ElidedLabel()
        self._status.setObjectName("project_state")
        self._status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Two fixed places side by side; never QStatusBar.showMessage, which covers the first.
        self.statusBar().addWidget(self.message_line, 3)
        self.statusBar().addPermanentWidget(self._status, 2)

        context.dirtyChanged.connect(self.setWindowModified)
        context.pathChanged.connect(lambda _p: self._update_title())
        context.resultChanged.connect(self._result_changed)
        context.message.connect(lambda text: self.show_message(text))
        context.noticed.connect(lambda n: self.show_message(n.text, error=n.error,
                                                            action=n.action))
        context.navigate.connect(self.go_to)
        context.opened.connect(self._opened)
        context.languageChanged.connect(lambda _lang: self.retranslate())

        self._register_pages()
        self.retranslate()
        if not self.restoreGeometry(context.settings.geometry):
            self.resize(*self.default_size())
        self.restoreState(context.settings.window_state)
        self._opened()

    def default_size(self) -> tuple[int, int]:
        """1280 × 720, or the screen's free area if that is smaller."""
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is None or screen.isEmpty():
            return DEFAULT_SIZE
        return min(DEFAULT_SIZE[0], screen.width()), min(DEFAULT_SIZE[1], screen.height())

    # -- messages ----------------------------------------------------------------------------
    def show_message(self, text: str, *, error: bool = False, action=None,
                     ms: int | None = None) -> None:
        """Show ``text`` in the status bar's message place (the newest replaces the last)."""
        self.message_line.show_message(text, error=error, action=action, ms=ms)

    def message_text(self) -> str:
        return self.message_line.text()

    # -- pages -------------------------------------------------------------------------------
    def add_page(self, key: str, title: Callable[[], str], widget: QWidget,
                 step: str | None = None) -> None:
        """Add a page to the navigation; ``title()`` is re-read whenever the language changes;
        ``step`` names the workshop step whose state the navigation shows beside it."""
        if key in self._pages:
            raise ValueError(f"a page {key!r} is already registered")
        item = self.nav.add(key, title())
        if step is not None:
            self._steps[key] = step
        self.stack.addWidget(widget)
        widget.setObjectName(widget.objectName() or f"page_{key}")
        self._pages[key] = (title, widget, item)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def page(self, key: str) -> Page:
        return self._pages[key][1]

    def page_keys(self) -> list[str]:
        return list(self._pages)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentItem(self._pages[key][2])

    def go_to(self, key: str, target: dict) -> None:
        """Show page ``key`` at ``target`` (the page's ``show_target`` picks expert, node or
        industry); an unknown page is ignored."""
        if key not in self._pages:
            return
        if target:
            self.page(key).show_target(**target)
        self.show_page(key)

    def _register_pages(self) -> None:
        from desktop.views import PAGES

        for entry in PAGES:
            self.add_page(entry.key, entry.title, entry.build(self.services), entry.step)
        self.exporter.install_menu(self)
        if "discussion" in self._pages:
            self.page("discussion").set_full_screen_action(self.act_full_screen)
        if "start" in self._pages:
            self.page("start").set_file_actions(self.act_new, self.act_open)

    # -- the workshop's steps ----------------------------------------------------------------
    def _result_changed(self) -> None:
        self._update_status()
        self._update_steps()

    def _update_steps(self) -> None:
        from desktop.models.lookup import consensus_word
        from desktop.workshop_text import state_icon, summary, tooltip

        result = self.context.result
        steps = {s.key: s for s in result.workshop()} if result is not None else {}
        ratio = self.devicePixelRatioF()
        for key, (_title, _widget, item) in self._pages.items():
            step = steps.get(self._steps.get(key, ""))
            if step is None:
                self.nav.set_state(item, None, "", "", None)
                continue
            word = consensus_word(result.consensus_word, self.context.lang)
            line = summary(step, self.context.lang, word)
            tip = tooltip(step, self.context.lang, self.context.project, word)
            self.nav.set_state(item, step.state.value, line, tip, dict(step.target),
                               state_icon(step.state.value, ratio=ratio))

    def _opened(self) -> None:
        """A project was opened or created: a new or empty one starts on the start page."""
        result = self.context.result
        if "start" not in self._pages or result is None:
            return
        if any(s.key in EARLY_STEPS and s.state.value == "todo" for s in result.workshop()):
            self.show_page("start")

    def retranslate(self) -> None:
        self.retranslate_menus()
        # Every undo step says what it changed in the new language too.
        stack = self.context.undo_stack
        for k in range(stack.count()):
            command = stack.command(k)
            if hasattr(command, "retranslate"):
                command.retranslate()
        self._undo_texts(undo=stack.undoText(), redo=stack.redoText())
        self.act_lang[self.context.lang].setChecked(True)
        for title, _widget, item in self._pages.values():
            item.setText(title())
        self._update_title()
        self._update_status()
        self._update_steps()

    def toggle_full_screen(self) -> None:
        """Full screen for a projector: the toolbar and navigation step aside; F11 again
        brings the window back as it was."""
        full = not self.isFullScreen()
        self.toolbar.setVisible(not full)
        self.nav.setVisible(not full)
        if full:
            self.showFullScreen()
        else:
            self.showNormal()
        self.act_full_screen.setChecked(full)

    def _update_title(self) -> None:
        path, project = self.context.path, self.context.project
        if path is not None:
            name = path.name
        elif project is not None:
            name = self.context.text(project.title)
        else:
            name = self.tr("Untitled")
        app_name = self.tr("FourChains Decision Studio")
        self.setWindowTitle(f"{name}[*] — {app_name}")
        self.setWindowModified(self.context.dirty)

    def _update_status(self) -> None:
        error = self.context.evaluation_error
        if error is not None:
            self._status.setText(self.tr("Cannot evaluate: %1").replace(
                "%1", describe(error, self.context.lang, self.context.project)))
        elif self.context.result is not None and self.context.result.incomplete():
            from mcdm.messages import describe as reason

            gaps = self.context.result.incomplete()
            first = reason(gaps[0], self.context.lang, self.context.project)
            text = self.tr("Not computed yet: %1").replace("%1", first)
            if len(gaps) > 1:
                text += " " + self.tr("(and %1 more)").replace("%1", str(len(gaps) - 1))
            self._status.setText(text)
        elif self.context.project is not None and getattr(self.context.project, "illustrative",
                                                          False):
            self._status.setText(self.tr("Illustrative data"))
        else:
            self._status.setText("")

    def _about(self) -> None:
        self.context.interaction.information(
            self, self.tr("About"),
            self.tr("FourChains Decision Studio — AHP expert weighting and TOPSIS ranking "
                    "for strategic emerging industries."))

    # -- closing -----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.files.maybe_save():
            event.ignore()
            return
        self.context.settings.geometry = self.saveGeometry()
        self.context.settings.window_state = self.saveState()
        self.context.settings.sync()
        event.accept()

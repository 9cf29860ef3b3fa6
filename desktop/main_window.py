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
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QWidget,
)

from desktop.files import FileController
from desktop.messages import describe, labeller
from desktop.navigation import StepNavigation
from desktop.state import Services
from desktop.status_line import ElidedLabel, MessageLine
from desktop.views.base import Page
from mcdm.resources import resource

# The default window: a 1280 × 720 screen (a projector, a 13-inch laptop) shows all of it.
DEFAULT_SIZE = (1280, 720)
# Steps that, when not started, make an opened project start on the start page.
EARLY_STEPS = ("criteria", "panel", "comparisons")


class MainWindow(QMainWindow):
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
        from desktop.workshop_text import state_icon, summary
        from mcdm.messages import describe as sentence

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
            tip = sentence(step.problem, self.context.lang, self.context.project) \
                if step.problem is not None else line
            self.nav.set_state(item, step.state.value, line, tip, dict(step.target),
                               state_icon(step.state.value, ratio=ratio))
        self.nav.viewport().update()

    def _opened(self) -> None:
        """A project was opened or created: a new or empty one starts on the start page."""
        result = self.context.result
        if "start" not in self._pages or result is None:
            return
        if any(s.key in EARLY_STEPS and s.state.value == "todo" for s in result.workshop()):
            self.show_page("start")

    # -- actions and menus -------------------------------------------------------------------
    def _action(self, name: str, slot: Callable[[], object], key=None,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        sp, ks = QStyle.StandardPixmap, QKeySequence.StandardKey
        f = self.files
        self.act_new = self._action("new", f.new, ks.New, sp.SP_FileIcon)
        self.act_open = self._action("open", f.open, ks.Open, sp.SP_DialogOpenButton)
        self.act_save = self._action("save", f.save, ks.Save, sp.SP_DialogSaveButton)
        self.act_save_as = self._action("save_as", f.save_as, ks.SaveAs)
        self.act_quit = self._action("quit", self.close, ks.Quit)
        stack = self.context.undo_stack
        self.act_undo = self._action("undo", stack.undo, ks.Undo, sp.SP_ArrowBack)
        self.act_redo = self._action("redo", stack.redo, ks.Redo, sp.SP_ArrowForward)
        # Ctrl+Y and Ctrl+Shift+Z redo on every platform (each system's standard key first).
        redo_keys = list(QKeySequence.keyBindings(ks.Redo))
        for extra in ("Ctrl+Y", "Ctrl+Shift+Z"):
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.act_redo.setShortcuts(redo_keys)
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        stack.canUndoChanged.connect(self.act_undo.setEnabled)
        stack.canRedoChanged.connect(self.act_redo.setEnabled)
        # Keep the texts from the signals: the stack may be mid-destruction when it emits them.
        self._undo_text = self._redo_text = ""
        # Bound methods, not lambdas: Qt drops them when the window goes, whatever goes first.
        stack.undoTextChanged.connect(self._undo_text_changed)
        stack.redoTextChanged.connect(self._redo_text_changed)
        self.act_about = self._action("about", self._about)
        self.act_full_screen = self._action("full_screen", self.toggle_full_screen, "F11")
        self.act_full_screen.setCheckable(True)
        self.act_full_screen.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lang_group = QActionGroup(self)
        self.act_lang = {}
        for lang, label in (("zh", "中文"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setObjectName(f"lang_{lang}")
            action.setChecked(lang == self.context.lang)
            action.triggered.connect(lambda _c=False, lg=lang: self.context.set_language(lg))
            self.lang_group.addAction(action)
            self.act_lang[lang] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_recent = self.menu_file.addMenu("")
        self.menu_recent.aboutToShow.connect(self._fill_recent)
        for action in (self.act_new, self.act_open):
            self.menu_file.insertAction(self.menu_recent.menuAction(), action)
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_save, self.act_save_as])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addActions([self.act_undo, self.act_redo])
        self.menu_view = bar.addMenu("")
        self.menu_view.addAction(self.act_full_screen)
        self.menu_view.addSeparator()
        self.menu_lang = self.menu_view.addMenu("")
        self.menu_lang.addActions(list(self.act_lang.values()))
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.toolbar.addActions([self.act_new, self.act_open, self.act_save])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_undo, self.act_redo])

    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        for path in self.context.settings.recent_files:
            action = self.menu_recent.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.files.open(p))
        self.menu_recent.setEnabled(True)
        if not self.context.settings.recent_files:
            self.menu_recent.addAction(self.tr("(none)")).setEnabled(False)

    def retranslate(self) -> None:
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_recent.setTitle(self.tr("Open &Recent"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_lang.setTitle(self.tr("&Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.act_new.setText(self.tr("&New…"))
        self.act_open.setText(self.tr("&Open…"))
        self.act_save.setText(self.tr("&Save"))
        self.act_save_as.setText(self.tr("Save &As…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_about.setText(self.tr("&About"))
        self.act_full_screen.setText(self.tr("&Full screen (projector)"))
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

    def _undo_text_changed(self, text: str) -> None:
        self._undo_texts(undo=text)

    def _redo_text_changed(self, text: str) -> None:
        self._undo_texts(redo=text)

    def _undo_texts(self, undo: str | None = None, redo: str | None = None) -> None:
        if undo is not None:
            self._undo_text = undo
        if redo is not None:
            self._redo_text = redo
        undo, redo = self._undo_text, self._redo_text
        self.act_undo.setText(self.tr("&Undo %1").replace("%1", undo).strip())
        self.act_redo.setText(self.tr("&Redo %1").replace("%1", redo).strip())
        self.act_undo.setToolTip(self.act_undo.text().replace("&", ""))
        self.act_redo.setToolTip(self.act_redo.text().replace("&", ""))

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
            label = labeller(self.context.project, self.context.lang)
            self._status.setText(self.tr("Cannot evaluate: %1").replace("%1", describe(error, label)))
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

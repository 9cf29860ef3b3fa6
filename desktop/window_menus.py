"""The main window's actions, menus and toolbar (a part of :class:`desktop.main_window.MainWindow`).

Redo answers Ctrl+Y and Ctrl+Shift+Z on every platform, each system's standard key first. The
Undo and Redo items say what they would undo or redo ("Undo Edit judgment: Expert A, P1 vs P2");
the toolbar buttons keep the short word, the whole sentence in their tooltip. Texts are read
with the "MainWindow" translation context, as the window's own are.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QStyle

translate = QCoreApplication.translate


class WindowMenus:
    """Builds and names the window's actions and menus (mixed into the main window)."""

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
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
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
            self.menu_recent.addAction(translate("MainWindow", "(none)")).setEnabled(False)

    def retranslate_menus(self) -> None:
        self.menu_file.setTitle(translate("MainWindow", "&File"))
        self.menu_recent.setTitle(translate("MainWindow", "Open &Recent"))
        self.menu_edit.setTitle(translate("MainWindow", "&Edit"))
        self.menu_view.setTitle(translate("MainWindow", "&View"))
        self.menu_lang.setTitle(translate("MainWindow", "&Language"))
        self.menu_help.setTitle(translate("MainWindow", "&Help"))
        self.toolbar.setWindowTitle(translate("MainWindow", "Main toolbar"))
        self.act_new.setText(translate("MainWindow", "&New…"))
        self.act_open.setText(translate("MainWindow", "&Open…"))
        self.act_save.setText(translate("MainWindow", "&Save"))
        self.act_save_as.setText(translate("MainWindow", "Save &As…"))
        self.act_quit.setText(translate("MainWindow", "&Quit"))
        self.act_about.setText(translate("MainWindow", "&About"))
        self.act_full_screen.setText(translate("MainWindow", "&Full screen (projector)"))
        self.act_undo.setIconText(translate("MainWindow", "Undo"))
        self.act_full_screen.setIconText(translate("MainWindow", "Full screen (F11)"))
        self.act_redo.setIconText(translate("MainWindow", "Redo"))

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
        self.act_undo.setText(translate("MainWindow", "&Undo %1").replace("%1", undo).strip())
        self.act_redo.setText(translate("MainWindow", "&Redo %1").replace("%1", redo).strip())
        self.act_undo.setToolTip(self.act_undo.text().replace("&", ""))
        self.act_redo.setToolTip(self.act_redo.text().replace("&", ""))

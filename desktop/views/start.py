"""The start page: where the workshop stands and what to do next.

A new or empty project opens here. It names the project, says in one sentence what to do next
(the first step not done, :func:`mcdm.project.progress.next_step`) with a button that goes
there, and lists every step with its state, its counts and a button to the spot to fix. New
and Open are at hand (the window's own actions).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.views.base import Page
from desktop.workshop_text import STEP_PAGES, next_action, state_icon, step_title, summary
from mcdm.project.progress import STEPS, next_step


class StartPage(Page):
    """Page "Start"."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, scroll=True, parent=parent)
        self.title = QLabel(objectName="start_title")
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.description = QLabel(objectName="start_description")
        self.description.setWordWrap(True)
        self.next_box = QFrame(objectName="start_next")
        self.next_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.next_box.setStyleSheet("#start_next { background: #e8f1fb; border: 1px solid "
                                    "#90b4dc; border-radius: 4px; }")
        self.next_heading = QLabel()
        self.next_heading.setStyleSheet("font-weight: bold;")
        self.next_text = QLabel(objectName="start_next_text")
        self.next_text.setWordWrap(True)
        self.next_button = QPushButton(objectName="start_go")
        self.next_button.clicked.connect(lambda: self._go(self._next))
        nl = QVBoxLayout(self.next_box)
        nl.addWidget(self.next_heading)
        nl.addWidget(self.next_text)
        row = QHBoxLayout()
        row.addWidget(self.next_button)
        row.addStretch(1)
        nl.addLayout(row)

        self.steps_heading = QLabel()
        self.steps_heading.setStyleSheet("font-weight: bold;")
        grid = QGridLayout()
        grid.setColumnStretch(4, 1)  # the buttons beside their lines, the room after them
        grid.setHorizontalSpacing(12)
        self.rows: dict[str, tuple[QLabel, QLabel, QLabel, QPushButton]] = {}
        for k, key in enumerate(STEPS):
            icon, name, line = QLabel(), QLabel(), QLabel()
            line.setWordWrap(True)
            button = QPushButton(objectName=f"start_step_{key}")
            button.clicked.connect(lambda _c=False, key=key: self._go(key))
            for column, widget in enumerate((icon, name, line, button)):
                grid.addWidget(widget, k, column)
            self.rows[key] = (icon, name, line, button)
        self.new_button, self.open_button = QToolButton(), QToolButton()
        for button in (self.new_button, self.open_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        files = QHBoxLayout()
        files.addWidget(self.new_button)
        files.addWidget(self.open_button)
        files.addStretch(1)

        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addSpacing(8)
        layout.addWidget(self.next_box)
        layout.addSpacing(8)
        layout.addWidget(self.steps_heading)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addLayout(files)
        layout.addStretch(1)
        self._next: str | None = None
        self._targets: dict[str, dict] = {}
        self.retranslate()

    def set_file_actions(self, new, open_) -> None:
        """Show the window's New and Open actions here (they keep their own texts)."""
        self.new_button.setDefaultAction(new)
        self.open_button.setDefaultAction(open_)

    def retranslate(self) -> None:
        self.next_heading.setText(self.tr("What to do next"))
        self.steps_heading.setText(self.tr("The workshop, step by step"))

    def refresh(self) -> None:
        project, result = self.context.project, self.context.result
        lang = self.context.lang
        self.title.setText(self.context.text(project.title) if project is not None
                           else self.tr("No project"))
        self.description.setText(project.description.get(lang) if project is not None else "")
        self.description.setVisible(bool(self.description.text()))
        steps = {s.key: s for s in result.workshop()} if result is not None else {}
        following = next_step(tuple(steps.values())) if steps else None
        self._next = following.key if following is not None else "ranking"
        self.next_text.setText(next_action(following) if steps else self.tr(
            "The project cannot be evaluated: see the status bar."))
        self.next_button.setText(self.tr("Go to %1").replace("%1", step_title(self._next)))
        ratio = self.devicePixelRatioF()
        from desktop.models.lookup import consensus_word

        word = consensus_word(result.consensus_word, lang) if result is not None else ""
        for key, (icon, name, line, button) in self.rows.items():
            step = steps.get(key)
            state = step.state.value if step is not None else "todo"
            icon.setPixmap(state_icon(state, ratio=ratio).pixmap(QSize(16, 16)))
            name.setText(step_title(key))
            line.setText(summary(step, lang, word) if step is not None else "")
            self._targets[key] = dict(step.target) if step is not None else {}
            button.setText(self.tr("Look at it") if state == "warning" else self.tr("Open"))

    def _go(self, key: str | None) -> None:
        if key is not None:
            self.context.go_to(STEP_PAGES[key], self._targets.get(key, {}))

"""The status bar's two fixed places: the latest message (left) and the project's state (right).

Messages never move a page's widgets: they appear here, one at a time, the newest replacing
the last, each with an optional button ("Open folder"); an error is shown in red and stays
longer. The project's state ("Not computed yet: …", "Illustrative data") sits on the right.
Both lines are elided to fit, with the whole text in the tooltip, so the two never overlap
and a long sentence never widens the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

INFO_MS, ERROR_MS, ACTION_MS = 6000, 12000, 20000


class ElidedLabel(QLabel):
    """One line of text elided to the width it is given; :meth:`text` is the whole text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text or ""
        self.setToolTip(self._full if self._full else "")
        self._elide()

    def text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 8,
                     super().sizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        line = self._full.replace("\n", " ")
        super().setText(self.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight,
                                                      max(0, self.width() - 4)))


class MessageLine(QWidget):
    """The latest message and its optional button; cleared after a while."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message_line")
        self.label = ElidedLabel()
        self.label.setObjectName("message_text")
        self.button = QToolButton()
        self.button.setObjectName("message_action")
        self.button.setVisible(False)
        self.button.clicked.connect(self._act)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._action: Callable[[], object] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self.error = False

    def show_message(self, text: str, *, error: bool = False,
                     action: tuple[str, Callable[[], object]] | None = None,
                     ms: int | None = None) -> None:
        """Show ``text`` (replacing any message); 0 ms keeps it until the next one."""
        self.error = error
        self.label.setStyleSheet("color: #b00020; font-weight: bold;" if error else "")
        self.label.setText(text)
        self._action = action[1] if action else None
        self.button.setVisible(action is not None)
        if action is not None:
            self.button.setText(action[0])
        wait = ms if ms is not None else ACTION_MS if action else ERROR_MS if error else INFO_MS
        if wait:
            self._timer.start(wait)
        else:
            self._timer.stop()

    def text(self) -> str:
        return self.label.text()

    def clear(self) -> None:
        self._timer.stop()
        self.error = False
        self.label.setStyleSheet("")
        self.label.setText("")
        self._action = None
        self.button.setVisible(False)

    def _act(self) -> None:
        if self._action is not None:
            self._action()

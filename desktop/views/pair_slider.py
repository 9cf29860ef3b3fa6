"""One pairwise judgment as a slider: 9 (left item) … 1 … 9 (right item), with its verbal label.

The slider's position p runs from -8 to 8: p < 0 favours the left item with scale level 1 - p,
p > 0 favours the right item with level 1 + p, p = 0 is "equal". The numeric judgment a (how many
times the left item matters more than the right) comes from the project's numeric scale.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

SAATY = tuple(float(k) for k in range(10))  # SAATY[k] = value of verbal level k (index 0 unused)


def verbal(level: int) -> str:
    """The verbal label of a scale level 1..9 in the current language (glossary terms)."""
    names = {
        1: QCoreApplication.translate("PairSlider", "equal"),
        3: QCoreApplication.translate("PairSlider", "moderate"),
        5: QCoreApplication.translate("PairSlider", "strong"),
        7: QCoreApplication.translate("PairSlider", "very strong"),
        9: QCoreApplication.translate("PairSlider", "extreme"),
    }
    if level in names:
        return names[level]
    return QCoreApplication.translate("PairSlider", "%1–%2").replace(
        "%1", names[level - 1]).replace("%2", names[level + 1])


def position_to_value(position: int, scale: Sequence[float] = SAATY) -> float:
    """The judgment a_left,right for a slider position in -8..8."""
    level = 1 + abs(position)
    value = scale[level]
    return value if position <= 0 else 1.0 / value


def value_to_position(value: float, scale: Sequence[float] = SAATY) -> int:
    """The nearest slider position (in log space) for a judgment value."""
    logs = [math.log(scale[k]) for k in range(1, 10)]
    x = abs(math.log(value))
    level = 1 + min(range(9), key=lambda k: abs(logs[k] - x))
    return -(level - 1) if value >= 1 else level - 1


class PairSlider(QWidget):
    """A row: left item, slider, right item, the judgment in words, a button to clear it.

    Signals
    -------
    judgmentChanged(object)
        The new value a_left,right as a float, or None when cleared (missing judgment).
    """

    judgmentChanged = Signal(object)

    def __init__(self, left: str, right: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale: Sequence[float] = SAATY
        self._value: float | None = None
        self.flagged = False  # among the most inconsistent judgments of the matrix
        self.drag_serial = 0
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        self.left = QLabel(left)
        self.right = QLabel(right)
        for label, align in ((self.left, Qt.AlignRight), (self.right, Qt.AlignLeft)):
            label.setAlignment(align | Qt.AlignVCenter)
            label.setMinimumWidth(80)
            label.setWordWrap(True)
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setRange(-8, 8)
        self.slider.setPageStep(2)
        self.slider.setTickPosition(QSlider.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setMinimumWidth(120)
        self.words = QLabel()
        self.words.setMinimumWidth(110)
        self.clear = QToolButton()
        self.clear.setText("×")
        layout.addWidget(self.left, 3)
        layout.addWidget(self.slider, 4)
        layout.addWidget(self.right, 3)
        layout.addWidget(self.words, 2)
        layout.addWidget(self.clear)
        self.slider.valueChanged.connect(self._moved)
        self.slider.sliderReleased.connect(self._released)
        self.clear.clicked.connect(lambda: self.judgmentChanged.emit(None))
        self.retranslate()

    def _released(self) -> None:
        # A missing judgment sits at "equal" too: releasing the handle there means "equal".
        if self._value is None and self.slider.value() == 0:
            self._moved(0)
        self.drag_serial += 1

    def value(self) -> float | None:
        return self._value

    def set_value(self, value: float | None) -> None:
        """Show a value from the project without emitting ``judgmentChanged``."""
        self._value = value
        self.slider.blockSignals(True)
        self.slider.setValue(0 if value is None else value_to_position(value, self.scale))
        self.slider.blockSignals(False)
        self._show_words()

    def _moved(self, position: int) -> None:
        self._value = position_to_value(position, self.scale)
        self._show_words()
        self.judgmentChanged.emit(self._value)

    def _show_words(self) -> None:
        if self._value is None:
            self.words.setText(QCoreApplication.translate("PairSlider", "missing"))
            self.words.setStyleSheet("color: #9e9e9e; font-style: italic;")
            return
        self.words.setStyleSheet("background: #ffd54f; border-radius: 3px;" if self.flagged
                                 else "")
        position = self.slider.value()
        level = 1 + abs(position)
        shown = self._value if self._value >= 1 else 1.0 / self._value
        number = f"{shown:g}" if abs(shown - round(shown)) < 1e-9 else f"{shown:.2f}"
        text = f"{number} {verbal(level)}"
        self.words.setText("1 " + verbal(1) if position == 0 and abs(shown - 1) < 1e-9
                           else (f"◀ {text}" if position < 0 or self._value > 1 else f"{text} ▶"))

    def set_flagged(self, flagged: bool) -> None:
        if flagged != self.flagged:
            self.flagged = flagged
            self._show_words()

    def retranslate(self) -> None:
        self.clear.setToolTip(QCoreApplication.translate("PairSlider", "Clear this judgment"))
        self._show_words()

"""One pairwise judgment as a slider: 9 (left item) … 1 … 9 (right item), with its verbal label.

The slider's position p runs from -8 to 8: p < 0 favours the left item with scale level 1 - p,
p > 0 favours the right item with level 1 + p, p = 0 is "equal". The numeric judgment a (how many
times the left item matters more than the right) comes from the project's numeric scale.

A row puts the two items' names above a full-width slider, so long names wrap instead of being
cut: two lines each, and a name longer still ends in "…" with the whole name in the tooltip;
the preferred item's name turns bold. The verbal
label beside the slider is wide enough for its longest text in the current language, so the
direction arrow (◀ or ▶) always shows. A missing judgment draws no handle (not a handle at
"1 equal"): a click on the track answers it there.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QStylePainter,
    QToolButton,
    QWidget,
)

from desktop.views.widgets import FittedLabel

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


def position_words(position: int, value: float | None = None) -> str:
    """"◀ 5 strong", "1 equal" or "3 moderate ▶" for a slider position (the number shown is
    ``value``'s when given, e.g. 2.5 for a judgment between scale levels)."""
    level = 1 + abs(position)
    shown = float(level) if value is None else (value if value >= 1 else 1.0 / value)
    number = f"{shown:g}" if abs(shown - round(shown)) < 1e-9 else f"{shown:.2f}"
    text = f"{number} {verbal(level)}"
    if position < 0:
        return f"◀ {text}"
    return f"{text} ▶" if position > 0 else text


class JudgmentSlider(QSlider):
    """A horizontal slider that draws no handle while the judgment is missing; a click on the
    track then answers at the clicked position (``picked`` fires even at the centre)."""

    picked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.answered = False

    def set_answered(self, answered: bool) -> None:
        if answered != self.answered:
            self.answered = answered
            self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.answered:
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        option.subControls = (QStyle.SubControl.SC_SliderGroove
                              | QStyle.SubControl.SC_SliderTickmarks)
        painter.drawComplexControl(QStyle.ComplexControl.CC_Slider, option)

    def position_at(self, x: float) -> int:
        """The slider value under horizontal pixel ``x``."""
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        style = self.style()
        groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                      QStyle.SubControl.SC_SliderGroove, self)
        handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                      QStyle.SubControl.SC_SliderHandle, self)
        span = max(1, groove.width() - handle.width())
        offset = round(x - groove.x() - handle.width() / 2)
        return QStyle.sliderValueFromPosition(self.minimum(), self.maximum(), offset, span)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self.answered and event.button() == Qt.MouseButton.LeftButton:
            value = self.position_at(event.position().x())
            if value == self.value():
                self.picked.emit(value)
            else:
                self.setValue(value)
        super().mousePressEvent(event)


class PairSlider(QWidget):
    """A row: the two items' names, then the slider, the judgment in words, a clear button.

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
        # Two lines each, wrapped; a name longer still ends in "…", whole in the tooltip.
        self.left = FittedLabel(left, 2)
        self.right = FittedLabel(right, 2)
        for label, align in ((self.left, Qt.AlignmentFlag.AlignLeft),
                             (self.right, Qt.AlignmentFlag.AlignRight)):
            label.setAlignment(align | Qt.AlignmentFlag.AlignBottom)
        self.slider = JudgmentSlider()
        self.slider.setRange(-8, 8)
        self.slider.setPageStep(2)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setMinimumWidth(160)
        self.words = QLabel()
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clear = QToolButton()
        self.clear.setText("×")
        layout = QGridLayout(self)
        layout.setContentsMargins(2, 4, 2, 4)
        layout.setVerticalSpacing(0)
        layout.addWidget(self.left, 0, 0)
        layout.addWidget(self.right, 0, 1)
        layout.addWidget(self.slider, 1, 0, 1, 2)
        layout.addWidget(self.words, 1, 2)
        layout.addWidget(self.clear, 1, 3)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        self.slider.valueChanged.connect(self._moved)
        self.slider.picked.connect(self._moved)
        self.slider.sliderReleased.connect(self._released)
        self.clear.clicked.connect(lambda: self.judgmentChanged.emit(None))
        self.retranslate()

    def _released(self) -> None:
        # Let go at the centre on a missing judgment (keyboard, or a drag back): "equal".
        if self._value is None and self.slider.value() == 0:
            self._moved(0)
        self.drag_serial += 1

    def value(self) -> float | None:
        return self._value

    def set_labels(self, left: str, right: str) -> None:
        for label, text in ((self.left, left), (self.right, right)):
            if label.text() != text:
                label.setText(text)

    def set_value(self, value: float | None) -> None:
        """Show a value from the project without emitting ``judgmentChanged``."""
        self._value = value
        self.slider.blockSignals(True)
        self.slider.setValue(0 if value is None else value_to_position(value, self.scale))
        self.slider.blockSignals(False)
        self.slider.set_answered(value is not None)
        self._show_words()

    def _moved(self, position: int) -> None:
        self._value = position_to_value(position, self.scale)
        self.slider.set_answered(True)
        self._show_words()
        self.judgmentChanged.emit(self._value)

    def _show_words(self) -> None:
        position = self.slider.value()
        for label, preferred in ((self.left, self._value is not None and position < 0),
                                 (self.right, self._value is not None and position > 0)):
            font = label.font()
            if font.bold() != preferred:
                font.setBold(preferred)
                label.setFont(font)
        if self._value is None:
            self.words.setText(QCoreApplication.translate("PairSlider", "missing"))
            self._style_words("color: #9e9e9e; font-style: italic;")
            return
        self._style_words("background: #ffd54f; border-radius: 3px;" if self.flagged else "")
        self.words.setText(position_words(position, self._value))

    def _style_words(self, sheet: str) -> None:
        # Only on a change: a new style sheet re-polishes the label and lays the row out again.
        if self.words.styleSheet() != sheet:
            self.words.setStyleSheet(sheet)

    def set_flagged(self, flagged: bool) -> None:
        if flagged != self.flagged:
            self.flagged = flagged
            self._show_words()

    def retranslate(self) -> None:
        self.clear.setToolTip(QCoreApplication.translate("PairSlider", "Clear this judgment"))
        # Wide enough for the longest label in this language, arrow included: never cut.
        metrics = self.words.fontMetrics()
        longest = max(metrics.horizontalAdvance(position_words(p)) for p in range(-8, 9))
        longest = max(longest, metrics.horizontalAdvance(
            QCoreApplication.translate("PairSlider", "missing")))
        self.words.setMinimumWidth(longest + 16)
        self._show_words()

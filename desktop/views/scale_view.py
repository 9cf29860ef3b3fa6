"""The 9 … 1 … 9 scale drawn large, with each expert's answer and the group's on it.

For the discussion view on a projector: the left item's side runs from 9 (extreme) to 1
(equal) in the middle, the right item's side back out to 9. Each expert is a numbered disc
above the line at the answer they gave (discs at the same answer stack upwards); the group's
aggregated judgment is a diamond below the line. Positions are an axis mapping only (log scale
between the scale's values), like a chart's axis; every number drawn comes from the result.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from desktop.views.pair_slider import SAATY, position_to_value, value_to_position, verbal
from mcdm.project.judgment_text import format_judgment

PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#7f7f7f", "#bcbd22", "#17becf")
GROUP = QColor("#111111")


def value_to_offset(value: float, scale: Sequence[float] = SAATY) -> float:
    """Where ``value`` sits on the -8 … 8 axis (negative: the left item is preferred), by
    linear interpolation of ln(value) between neighbouring scale values."""
    big = value if value >= 1 else 1.0 / value
    logs = [math.log(scale[k]) for k in range(1, 10)]
    x = math.log(big)
    if x >= logs[-1]:
        level = 8.0
    else:
        k = max(i for i in range(9) if logs[i] <= x)
        level = k + (x - logs[k]) / (logs[k + 1] - logs[k]) if k < 8 else 8.0
    return -level if value >= 1 else level


def answer_words(scale: Sequence[float], value: float) -> str:
    """An answer as the scale says it: "◀ 5 strong", "1 equal", "3 moderate ▶"."""
    position = value_to_position(value, scale)
    words = f"{format_judgment(value if value >= 1 else 1 / value)} {verbal(1 + abs(position))}"
    return f"◀ {words}" if position < 0 else f"{words} ▶" if position > 0 else words


def nearest_words(scale: Sequence[float], value: float) -> str:
    """"≈ ◀ 2 equal–moderate (1.79)": the nearest answer on the scale, then the number."""
    if math.isnan(value):
        return "—"
    nearest = position_to_value(value_to_position(value, scale), scale)
    return f"≈ {answer_words(scale, nearest)} ({format_judgment(value)})"


class Legend(QWidget):
    """Who is who on the scale: one entry per expert in a grid of ``columns`` (an entry never
    breaks in two, as rich text in one label would between Chinese characters)."""

    def __init__(self, style: Callable[[QLabel], None], columns: int = 3,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("discussion_legend")
        self._style, self._columns = style, columns
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.labels: list[QLabel] = []

    def show_entries(self, entries: Sequence[str]) -> None:
        """Show rich-text ``entries``, one per cell, row by row."""
        while len(self.labels) < len(entries):
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            self._style(label)
            k = len(self.labels)
            self._grid.addWidget(label, k // self._columns, k % self._columns)
            self.labels.append(label)
        for k, label in enumerate(self.labels):
            label.setText(entries[k] if k < len(entries) else "")
            label.setVisible(k < len(entries))


class ScaleView(QWidget):
    """Paints the scale; :meth:`set_answers` gives what to draw."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("discussion_scale")
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.scale: Sequence[float] = SAATY
        self.answers: list[tuple[int, float | None]] = []  # (expert number, value)
        self.aggregate = math.nan
        self.highlight: int | None = None  # the expert number being revised

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(900, 220)

    def set_answers(self, answers: Sequence[tuple[int, float | None]], aggregate: float,
                    scale: Sequence[float], highlight: int | None = None) -> None:
        self.answers = list(answers)
        self.aggregate = aggregate
        self.scale = scale
        self.highlight = highlight
        self.update()

    def marker_positions(self) -> dict[int, int]:
        """Expert number → axis position (-8 … 8) of the markers drawn (tests read it)."""
        return {n: value_to_position(v, self.scale) for n, v in self.answers if v is not None}

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        margin = max(30.0, w * 0.04)
        unit = (w - 2 * margin) / 16.0
        axis_y = h * 0.62
        radius = max(9.0, min(unit * 0.32, h * 0.075))

        def x_of(offset: float) -> float:
            return margin + (offset + 8.0) * unit

        font = QFont(self.font())
        font.setPointSizeF(max(9.0, radius * 0.8))
        p.setFont(font)
        p.setPen(QPen(QColor("#555555"), 2))
        p.drawLine(QPointF(x_of(-8), axis_y), QPointF(x_of(8), axis_y))
        metrics = p.fontMetrics()
        for position in range(-8, 9):
            x = x_of(position)
            p.drawLine(QPointF(x, axis_y - 6), QPointF(x, axis_y + 6))
            label = str(1 + abs(position))
            p.drawText(QRectF(x - unit / 2, axis_y + 8, unit, metrics.height()),
                       Qt.AlignmentFlag.AlignCenter, label)
        stacks: dict[int, int] = {}
        for number, value in self.answers:
            if value is None:
                continue
            position = value_to_position(value, self.scale)
            level = stacks.get(position, 0)
            stacks[position] = level + 1
            centre = QPointF(x_of(position), axis_y - radius * 1.3 - level * radius * 2.1)
            colour = QColor(PALETTE[(number - 1) % len(PALETTE)])
            p.setPen(QPen(QColor("#000000") if number == self.highlight else colour.darker(130),
                          3 if number == self.highlight else 1))
            p.setBrush(colour)
            p.drawEllipse(centre, radius, radius)
            p.setPen(Qt.GlobalColor.white)
            p.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                       Qt.AlignmentFlag.AlignCenter, str(number))
        if not math.isnan(self.aggregate):
            x = x_of(value_to_offset(self.aggregate, self.scale))
            y = axis_y + metrics.height() + radius * 1.4
            diamond = QPolygonF([QPointF(x, y - radius), QPointF(x + radius, y),
                                 QPointF(x, y + radius), QPointF(x - radius, y)])
            path = QPainterPath()
            path.addPolygon(diamond)
            p.fillPath(path, GROUP)
        p.end()

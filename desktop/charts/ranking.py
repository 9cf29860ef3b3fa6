"""QtCharts views of a ranking: closeness bars, sensitivity lines, rank acceptability.

Each chart takes numbers the engine already computed; a chart never derives a ranking. When the
labels stay the same (a live edit), values are replaced in place instead of rebuilding series,
which keeps an edit-to-repaint well under a frame or two.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from desktop.charts.axes import nice_range

# Colour-blind-safe categorical palette (Okabe & Ito, 2008; its black swapped for purple, black
# marks the reference lines), then Tableau's for more series.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
           "#7F3C8D", "#4E79A7", "#F28E2B", "#59A14F", "#B07AA1", "#9C755F", "#BAB0AC")


def colour(i: int) -> QColor:
    return QColor(PALETTE[i % len(PALETTE)])


_RAMP = ((8, 48, 107), (65, 182, 196), (255, 255, 204))


def ramp(t: float) -> QColor:
    """A colour from dark blue (t = 0) through teal to pale yellow (t = 1)."""
    t = min(1.0, max(0.0, t)) * (len(_RAMP) - 1)
    i = min(int(t), len(_RAMP) - 2)
    f = t - i
    a, b = _RAMP[i], _RAMP[i + 1]
    return QColor(*(round(x + (y - x) * f) for x, y in zip(a, b, strict=True)))


def unit_axis(title: str = "") -> QValueAxis:
    """A 0–1 value axis with ticks every 0.2, so labels never round (0.25 shown as 0.3)."""
    axis = QValueAxis()
    axis.setRange(0.0, 1.0)
    axis.setTickCount(6)
    axis.setLabelFormat("%.1f")
    axis.setTitleText(title)
    return axis


def _width(ch: str) -> int:
    # CJK and full-width characters take about two Latin letters' room.
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def elide(text: str, limit: int = 18) -> str:
    """Cut labels wider than ``limit`` Latin letters (a CJK character counts two), so long
    direction names never clip or collapse to "…" in a chart's axis."""
    if sum(_width(c) for c in text) <= limit:
        return text
    out, used = [], 0
    for c in text:
        if used + _width(c) > limit - 1:
            break
        out.append(c)
        used += _width(c)
    return "".join(out) + "…"


class _ChartView(QChartView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        self.setMinimumSize(320, 220)

    def _reset(self) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        return chart

    def save_png(self, path: str | Path, size: QSize | None = None) -> bool:
        """Render the chart to a PNG (offscreen too); returns whether the file was written."""
        if size is not None:
            self.resize(size)
        return self.grab().save(str(path), "PNG")


class ClosenessChart(_ChartView):
    """Horizontal bars of relative closeness, best direction on top."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._labels: tuple[str, ...] = ()
        self._set: QBarSet | None = None
        self.chart().legend().hide()

    def set_data(self, labels: Sequence[str], values: Sequence[float], title: str = "",
                 value_name: str = "", x_max: float | None = 1.0) -> None:
        """``x_max`` None scales the axis to the largest value (weights); 1 suits closeness."""
        # Horizontal category axes run bottom-up: reverse so rank 1 is the top bar.
        labels = tuple(elide(t, 24) for t in labels)[::-1]
        values = [float(v) for v in values][::-1]
        chart = self.chart()
        chart.setTitle(title)
        top = x_max if x_max is not None else max([*values, 1e-9]) * 1.1
        if labels == self._labels and self._set is not None:
            for i, v in enumerate(values):
                self._set.replace(i, v)
            if x_max is None:
                nice_range(self._x, top)
            else:
                self._x.setRange(0.0, top)
            return
        chart = self._reset()
        self._labels = labels
        self._set = QBarSet(value_name)
        self._set.setColor(colour(0))
        self._set.append(values)
        series = QHorizontalBarSeries()
        series.append(self._set)
        series.setLabelsVisible(False)
        chart.addSeries(series)
        y = QBarCategoryAxis()
        y.append(list(labels))
        x = unit_axis(value_name)
        if x_max is None:
            nice_range(x, top)
        self._x = x
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        series.attachAxis(y)

    def values(self) -> list[float]:
        """The bar values top to bottom (rank order) — what the chart currently paints."""
        if self._set is None:
            return []
        return [self._set.at(i) for i in range(self._set.count())][::-1]

    def categories(self) -> list[str]:
        """The bars' labels top to bottom, as painted."""
        return list(self._labels)[::-1] if self._set is not None else []


class SensitivityChart(_ChartView):
    """Closeness of each direction against one criterion's weight.

    A dashed vertical line marks the current weight; a dot marks every rank reversal point.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[QLineSeries] = []
        self.current: QLineSeries | None = None
        self.reversals: QScatterSeries | None = None

    def set_data(self, x: Sequence[float], curves: Sequence[Sequence[float]],
                 labels: Sequence[str], current_weight: float,
                 reversal_points: Sequence[tuple[float, float]], *, title: str = "",
                 x_title: str = "", y_title: str = "", current_name: str = "",
                 reversal_name: str = "") -> None:
        """``curves[j][i]`` is direction ``j``'s closeness at weight ``x[i]``."""
        chart = self._reset()
        chart.setTitle(title)
        ax = unit_axis(x_title)
        ax.setTickCount(11)
        ay = QValueAxis()
        ay.setLabelFormat("%.2f")
        ay.setTitleText(y_title)
        chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(ay, Qt.AlignmentFlag.AlignLeft)
        lo, hi = 1.0, 0.0
        self.lines = []
        for j, (label, ys) in enumerate(zip(labels, curves, strict=True)):
            series = QLineSeries()
            series.setName(elide(label, 14))
            series.setColor(colour(j))
            series.append([QPointF(float(a), float(b)) for a, b in zip(x, ys, strict=True)])
            chart.addSeries(series)
            series.attachAxis(ax)
            series.attachAxis(ay)
            self.lines.append(series)
            if len(ys):
                lo, hi = min(lo, min(map(float, ys))), max(hi, max(map(float, ys)))
        if hi < lo:
            lo, hi = 0.0, 1.0
        pad = max(0.02, (hi - lo) * 0.05)
        ay.setRange(max(0.0, lo - pad), min(1.0, hi + pad))
        self.current = QLineSeries()
        self.current.setName(current_name)
        pen = QPen(QColor("#444444"))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidthF(1.5)
        self.current.setPen(pen)
        self.current.append([QPointF(current_weight, ay.min()), QPointF(current_weight, ay.max())])
        chart.addSeries(self.current)
        self.current.attachAxis(ax)
        self.current.attachAxis(ay)
        self.reversals = QScatterSeries()
        self.reversals.setName(reversal_name)
        self.reversals.setMarkerSize(9.0)
        self.reversals.setColor(QColor("#000000"))
        self.reversals.setBorderColor(QColor("#ffffff"))
        self.reversals.append([QPointF(float(w), float(c)) for w, c in reversal_points])
        chart.addSeries(self.reversals)
        self.reversals.attachAxis(ax)
        self.reversals.attachAxis(ay)

    def current_weight(self) -> float | None:
        return self.current.at(0).x() if self.current is not None and self.current.count() else None

    def categories(self) -> list[str]:
        """The curves' names (one per direction), as the legend shows them."""
        return [line.name() for line in self.lines]

    def reversal_points(self) -> list[tuple[float, float]]:
        if self.reversals is None:
            return []
        return [(p.x(), p.y()) for p in self.reversals.points()]


class AcceptabilityChart(_ChartView):
    """Rank acceptability: one stacked bar per direction, a segment per rank (rank 1 first)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.sets: list[QBarSet] = []
        self.labels: list[str] = []

    def categories(self) -> list[str]:
        """The bars' labels top to bottom, as painted."""
        return list(self.labels)

    def set_data(self, labels: Sequence[str], acceptability: Sequence[Sequence[float]],
                 rank_names: Sequence[str], title: str = "", x_title: str = "") -> None:
        """``acceptability[d][k]`` is the probability that direction ``d`` takes rank ``k + 1``."""
        chart = self._reset()
        chart.setTitle(title)
        labels = [elide(t, 24) for t in labels][::-1]
        self.labels = labels[::-1]
        rows = [list(map(float, r)) for r in acceptability][::-1]
        series = QHorizontalStackedBarSeries()
        self.sets = []
        n_ranks = len(rank_names)
        for k, name in enumerate(rank_names):
            bar = QBarSet(name)
            # Rank 1 darkest: a sequential ramp (ColorBrewer YlGnBu) reads as "better" at a glance.
            bar.setColor(ramp(k / max(1, n_ranks - 1)))
            bar.append([r[k] for r in rows])
            series.append(bar)
            self.sets.append(bar)
        chart.addSeries(series)
        y = QBarCategoryAxis()
        y.append(labels)
        # QtCharts shows "…" for labels taller than their band: smaller type for many rows.
        font = y.labelsFont()
        font.setPointSizeF(9.0 if len(labels) <= 8 else 8.0 if len(labels) <= 12 else 7.0)
        y.setLabelsFont(font)
        # Beyond ten ranks a legend would crowd the bars out; the ramp still reads dark = first.
        chart.legend().setVisible(n_ranks <= 10)
        x = unit_axis(x_title)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        series.attachAxis(y)


class ProbabilityChart(_ChartView):
    """Horizontal bars: the probability of each direction being among the top k.

    Laid out like :class:`AcceptabilityChart` above it (first direction on top, the same labels),
    so a row reads across both charts and long direction names stay readable.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.bar: QBarSet | None = None
        self.labels: list[str] = []
        self.chart().legend().hide()

    def set_data(self, labels: Sequence[str], probabilities: Sequence[float], title: str = "",
                 x_title: str = "") -> None:
        chart = self._reset()
        chart.setTitle(title)
        # Horizontal category axes run bottom-up: reverse so the first direction is on top.
        self.labels = [elide(t, 24) for t in labels]
        self.bar = QBarSet(x_title)
        self.bar.setColor(colour(2))
        self.bar.append([float(p) for p in probabilities][::-1])
        series = QHorizontalBarSeries()
        series.append(self.bar)
        chart.addSeries(series)
        y = QBarCategoryAxis()
        y.append(self.labels[::-1])
        font = y.labelsFont()
        font.setPointSizeF(8.5 if len(labels) <= 8 else 7.5 if len(labels) <= 12 else 6.5)
        y.setLabelsFont(font)
        # No axis title: the chart's title says what the bars are, and every pixel of height
        # goes to the rows (QtCharts elides a label to "…" once its band is too short).
        x = unit_axis()
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        series.attachAxis(y)

    def categories(self) -> list[str]:
        """The bars' labels top to bottom, as painted."""
        return list(self.labels)

    def values(self) -> list[float]:
        """The probabilities in direction order (top bar first) — what the chart paints."""
        if self.bar is None:
            return []
        return [self.bar.at(i) for i in range(self.bar.count())][::-1]

"""A horizontal bar chart of weights: one bar set per series (an expert, the group).

Updating keeps the chart's objects and only replaces values when the categories are the same,
so a slider drag repaints without rebuilding the chart.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter

from desktop.charts.axes import nice_range

PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#7f7f7f", "#bcbd22", "#17becf")
GROUP_COLOR = "#222222"


class WeightsChart(QChartView):
    """Bars of weights per category.

    ``set_data(categories, series)`` with ``series`` a sequence of ``(name, values)``; the chart
    lists the first category at the top.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.Antialiasing)
        self._chart = QChart()
        self._chart.setMargins(QMargins(4, 4, 4, 4))
        self._chart.legend().setAlignment(Qt.AlignBottom)
        self._chart.setAnimationOptions(QChart.NoAnimation)
        self.setChart(self._chart)
        self._series = QHorizontalBarSeries()
        self._chart.addSeries(self._series)
        self._axis_y = QBarCategoryAxis()
        self._axis_x = QValueAxis()
        self._axis_x.setLabelFormat("%.2f")
        self._chart.addAxis(self._axis_y, Qt.AlignLeft)
        self._chart.addAxis(self._axis_x, Qt.AlignBottom)
        self._series.attachAxis(self._axis_y)
        self._series.attachAxis(self._axis_x)
        self._key: tuple = ()
        self.setMinimumHeight(180)

    def set_title(self, title: str) -> None:
        self._chart.setTitle(title)

    def bar_sets(self) -> list[QBarSet]:
        return list(self._series.barSets())

    def categories(self) -> list[str]:
        """The bars' labels top to bottom, as painted."""
        return list(self._axis_y.categories())[::-1]

    def values(self) -> list[list[float]]:
        """What the chart shows, per series, in category order (for tests)."""
        n = len(self._axis_y.categories())
        return [[s.at(n - 1 - i) for i in range(n)] for s in self._series.barSets()]

    def set_data(self, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
                 highlight_last: bool = False) -> None:
        # Horizontal bars draw the first category at the bottom: reverse so it reads top-down.
        cats = list(reversed(categories))
        key = (tuple(cats), tuple(name for name, _ in series), highlight_last)
        if key != self._key:
            self._series.clear()
            self._axis_y.clear()
            self._axis_y.append(cats)
            for i, (name, values) in enumerate(series):
                bar_set = QBarSet(name)
                last = highlight_last and i == len(series) - 1
                bar_set.setColor(QColor(GROUP_COLOR if last else PALETTE[i % len(PALETTE)]))
                bar_set.append([float(v) for v in reversed(list(values))])
                self._series.append(bar_set)
            self._key = key
            legend = self._chart.legend()
            legend.setVisible(len(series) > 1)
            # Many series (a panel): a smaller legend font keeps the experts' names readable.
            font = legend.font()
            font.setPointSizeF(8.0 if len(series) > 4 else 9.0)
            legend.setFont(font)
        else:
            for bar_set, (_name, values) in zip(self._series.barSets(), series, strict=True):
                for i, v in enumerate(reversed(list(values))):
                    bar_set.replace(i, float(v))
        top = max((max((float(v) for v in vals), default=0.0) for _n, vals in series),
                  default=0.0)
        nice_range(self._axis_x, max(0.1, min(1.0, top * 1.05)))

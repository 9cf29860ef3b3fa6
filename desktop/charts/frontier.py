"""The efficient frontier (有效前沿) as a line: the best total value at each budget, with the
current budget and the chosen portfolio marked. A thin view of the engine's
``ProjectFrontier``; it computes nothing."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPen

from desktop.charts.axes import nice_range
from desktop.charts.ranking import _ChartView, colour


class FrontierChart(_ChartView):
    """``set_data(budgets, values, budget, value)``: the curve, then the current point."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.chart().legend().setVisible(True)
        self.curve: QLineSeries | None = None
        self.marker: QScatterSeries | None = None
        self.budget_line: QLineSeries | None = None

    def set_data(self, budgets: Sequence[float], values: Sequence[float], budget: float | None,
                 value: float | None, *, title: str = "", x_title: str = "", y_title: str = "",
                 curve_name: str = "", point_name: str = "") -> None:
        chart = self._reset()
        chart.setTitle(title)
        self.curve = QLineSeries()
        self.curve.setName(curve_name)
        pen = QPen(colour(0))
        pen.setWidthF(2.0)
        self.curve.setPen(pen)
        # A frontier is a step function: draw each best value until the next budget.
        points = [(float(b), float(v)) for b, v in zip(budgets, values, strict=True)
                  if v == v]  # nan: no feasible portfolio at that budget
        for k, (b, v) in enumerate(points):
            if k:
                self.curve.append(QPointF(b, points[k - 1][1]))
            self.curve.append(QPointF(b, v))
        chart.addSeries(self.curve)
        x_axis, y_axis = QValueAxis(), QValueAxis()
        x_axis.setTitleText(x_title)
        y_axis.setTitleText(y_title)
        top_x = max([b for b, _ in points] + [budget or 0.0, 1e-9])
        top_y = max([v for _, v in points] + [value or 0.0, 1e-9])
        for axis, top in ((x_axis, top_x), (y_axis, top_y)):
            nice_range(axis, top)
            if axis.tickInterval() >= 1 and float(axis.tickInterval()).is_integer():
                axis.setLabelFormat("%.0f")  # 250, not 250.0
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        self.curve.attachAxis(x_axis)
        self.curve.attachAxis(y_axis)
        self.budget_line = self.marker = None
        if budget is not None:
            self.budget_line = QLineSeries()
            dash = QPen(QColor("#555555"))
            dash.setStyle(Qt.PenStyle.DashLine)
            self.budget_line.setPen(dash)
            self.budget_line.append(QPointF(budget, 0.0))
            self.budget_line.append(QPointF(budget, y_axis.max()))
            chart.addSeries(self.budget_line)
            self.budget_line.attachAxis(x_axis)
            self.budget_line.attachAxis(y_axis)
            chart.legend().markers(self.budget_line)[0].setVisible(False)
        if budget is not None and value is not None:
            self.marker = QScatterSeries()
            self.marker.setName(point_name)
            self.marker.setColor(colour(5))
            self.marker.setMarkerSize(11.0)
            self.marker.append(QPointF(budget, value))
            chart.addSeries(self.marker)
            self.marker.attachAxis(x_axis)
            self.marker.attachAxis(y_axis)

    def current_point(self) -> tuple[float, float] | None:
        if self.marker is None or self.marker.count() == 0:
            return None
        p = self.marker.at(0)
        return p.x(), p.y()

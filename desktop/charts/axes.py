"""Value axes that read well in a report: round ends and round tick steps."""

from __future__ import annotations

import math

from PySide6.QtCharts import QValueAxis


def nice_range(axis: QValueAxis, top: float) -> None:
    """Axis from 0 to a round number above ``top`` with ticks at round steps (0.05, 0.1, 0.2, …)
    rather than at fifths of ``top`` (0.06, 0.12, 0.17 read as noise in a report)."""
    raw = max(float(top), 1e-9) / 6
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw * (1 - 1e-9))
    axis.setRange(0.0, math.ceil(top / step - 1e-9) * step)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0.0)
    axis.setTickInterval(step)
    decimals = max(0, -math.floor(math.log10(step) + 1e-9)) + (1 if step / power == 2.5 else 0)
    axis.setLabelFormat(f"%.{decimals}f")

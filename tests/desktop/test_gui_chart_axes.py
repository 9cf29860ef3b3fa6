"""Value axes with round ends and round tick steps (desktop.charts.axes.nice_range)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCharts import QValueAxis

from desktop.charts.axes import nice_range


@given(st.floats(min_value=1e-4, max_value=1e4, allow_nan=False))
def test_round_steps_cover_the_data(qapp, top):
    axis = QValueAxis()
    nice_range(axis, top)
    step = axis.tickInterval()
    mantissa = step / 10 ** math.floor(math.log10(step) + 1e-12)
    assert any(math.isclose(mantissa, m, rel_tol=1e-9) for m in (1, 2, 2.5, 5, 10))
    assert axis.min() == 0.0
    assert axis.max() >= top * (1 - 1e-9)
    ticks = axis.max() / step
    assert math.isclose(ticks, round(ticks), abs_tol=1e-6)  # the end is a tick
    assert 3 <= round(ticks) <= 6
    # Labels show every tick exactly: as many decimals as the step needs, no more than one extra.
    decimals = int(axis.labelFormat()[2:-1])
    assert math.isclose(round(step, decimals), step, rel_tol=1e-9)


def test_group_weights_axis_reads_in_round_numbers(qapp):
    axis = QValueAxis()
    nice_range(axis, 0.29)
    assert axis.max() == pytest.approx(0.3)
    assert axis.tickInterval() == pytest.approx(0.05)
    assert axis.labelFormat() == "%.2f"

"""The verbal intensity levels of a questionnaire and the numbers the project's scale gives them.

Level k (1..9) is Saaty's verbal judgment k; what number it stands for is the project's choice of
numeric scale, which the AHP engine defines (``mcdm.ahp``). This module only maps words to levels
and levels to the engine's numbers, in both directions.
"""

from __future__ import annotations

import math

from mcdm.excel.labels import VERBAL_LEVELS

LEVELS = tuple(range(1, 10))
# Values that come from a spreadsheet or JSON may carry float noise; this is far below any step.
MATCH_TOL = 1e-9


def scale_values(scale: str) -> tuple[float, ...]:
    """The numbers levels 1..9 stand for under ``scale`` (from the AHP engine)."""
    from mcdm.ahp.scales import get_scale

    return tuple(float(v) for v in get_scale(scale).values)


def level_of_label(value) -> int | None:
    """The level a cell holds: a label in either language, or a bare integer 1..9; else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        if not math.isfinite(value):  # a cell holding 1e999 or NaN is no level (int() would raise)
            return None
        k = int(value)
        return k if k == value and 1 <= k <= 9 else None
    if isinstance(value, str):
        text = value.strip()
        for labels in VERBAL_LEVELS.values():
            if text in labels:
                return labels.index(text) + 1
        if text.isdigit() and 1 <= int(text) <= 9:
            return int(text)
    return None


def level_of_value(value: float, values: tuple[float, ...]) -> tuple[int, bool]:
    """(level, a_matters_more) for a judgment a_ab, or raises ``ValueError`` if it is off the scale."""
    forward = value >= 1.0
    magnitude = value if forward else 1.0 / value
    for k, v in enumerate(values, start=1):
        if abs(v - magnitude) <= MATCH_TOL * max(1.0, v):
            return k, forward
    raise ValueError(f"{value} is not on the scale {values}")

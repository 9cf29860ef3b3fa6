"""The verbal intensity levels of a questionnaire and the numbers the project's scale gives them.

Level k (1..9) is Saaty's verbal judgment k; what number it stands for is the project's choice of
numeric scale, which the AHP engine defines (``mcdm.ahp``). This module maps levels to the
engine's numbers and back; which texts count as a level is :mod:`.answers`' one table.
"""

from __future__ import annotations

LEVELS = tuple(range(1, 10))
# Values that come from a spreadsheet or JSON may carry float noise; this is far below any step.
MATCH_TOL = 1e-9


def scale_values(scale: str) -> tuple[float, ...]:
    """The numbers levels 1..9 stand for under ``scale`` (from the AHP engine)."""
    from mcdm.ahp.scales import get_scale

    return tuple(float(v) for v in get_scale(scale).values)


def level_of_value(value: float, values: tuple[float, ...]) -> tuple[int, bool]:
    """(level, a_matters_more) for a judgment a_ab, or raises ``ValueError`` if it is off the scale."""
    forward = value >= 1.0
    magnitude = value if forward else 1.0 / value
    for k, v in enumerate(values, start=1):
        if abs(v - magnitude) <= MATCH_TOL * max(1.0, v):
            return k, forward
    raise ValueError(f"{value} is not on the scale {values}")

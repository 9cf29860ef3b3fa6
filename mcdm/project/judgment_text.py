"""Judgments as people type and read them: ``5``, ``1/5``, ``0.2``, ``2.5`` — on the project's scale.

:func:`parse_judgment` reads what a user typed into a matrix cell and checks it against the
project's judgment scale (1/c(9) … c(9): 1/9 … 9 on Saaty's scale); :func:`format_judgment`
writes a value the way it is read back (reciprocals as ``1/x``); a typed value within 0.5 % of
a scale value is that scale value. Full-width digits and slashes
(``１／５``, as a Chinese input method types them) are read like their ASCII forms.

Examples
--------
>>> parse_judgment("1/5"), parse_judgment(" 0.2 "), parse_judgment("５"), parse_judgment("")
(0.2, 0.2, 5.0, None)
>>> format_judgment(0.2), format_judgment(3.0), format_judgment(1 / 2.5)
('1/5', '3', '1/2.5')
>>> parse_judgment("12")
Traceback (most recent call last):
...
mcdm.project.model.ProjectError: judgment 12 is outside the scale 1/9 … 9 (expected: a judgment between 1/9 and 9, such as 5, 1/5 or 0.2)
"""

from __future__ import annotations

import math
import unicodedata

from mcdm.errors import Location
from mcdm.project.model import ProjectError

__all__ = ["format_judgment", "judgment_range", "parse_judgment"]

# Room for rounding: 0.111 typed for 1/9, or 1/1.29 read off the matrix for 9/7 on the
# inverse-linear scale, mean that scale value (within 0.5 %), not a value beside it.
TOLERANCE = 5e-3


def format_judgment(value: float | None) -> str:
    """``3``, ``1/3``, ``2.5`` or ``1/2.5`` ("" for a missing judgment)."""
    if value is None or math.isnan(value):
        return ""
    big = value if value >= 1 else 1.0 / value
    text = f"{big:g}" if abs(big - round(big)) < 1e-9 else f"{big:.3g}"
    return text if value >= 1 or text == "1" else f"1/{text}"


def judgment_range(scale: str = "saaty") -> tuple[float, float]:
    """The smallest and largest judgment on ``scale``: (1/c(9), c(9))."""
    from mcdm.ahp.scales import get_scale

    top = get_scale(scale).max_value
    return 1.0 / top, top


def _error(code: str, message: str, text: str, scale: str, *, field: str | None) -> ProjectError:
    low, high = judgment_range(scale)
    expected = (f"a judgment between {format_judgment(low)} and {format_judgment(high)}, "
                f"such as 5, 1/5 or 0.2")
    return ProjectError(code, message, location=Location(field=field), expected=expected,
                        params={"text": text, "low": format_judgment(low),
                                "high": format_judgment(high)})


def parse_judgment(text: str, scale: str = "saaty", *, field: str | None = None) -> float | None:
    """The judgment typed as ``text`` on ``scale``; None for an empty cell (clear it).

    Raises
    ------
    ProjectError
        ``entry.not_a_judgment`` for text that is not a positive number or ratio;
        ``entry.off_scale`` for a number outside 1/c(9) … c(9). ``params`` carry the text
        and the bounds as written (``low``, ``high``); ``field`` names the cell, if given.
    """
    raw = str(text)
    clean = unicodedata.normalize("NFKC", raw).strip().replace(" ", "")
    if not clean:
        return None
    try:
        if clean.count("/") == 1:
            top, bottom = clean.split("/")
            value = float(top) / float(bottom)
        else:
            value = float(clean)
    except (ValueError, ZeroDivisionError):
        raise _error("entry.not_a_judgment", f"{raw.strip()!r} is not a judgment", raw.strip(),
                     scale, field=field) from None
    if not (math.isfinite(value) and value > 0):
        raise _error("entry.not_a_judgment", f"{raw.strip()!r} is not a judgment", raw.strip(),
                     scale, field=field)
    from mcdm.ahp.scales import nearest_value

    nearest = nearest_value(value, scale)
    if abs(math.log(value / nearest)) <= math.log1p(TOLERANCE):
        return nearest
    low, high = judgment_range(scale)
    if value < low or value > high:
        raise _error("entry.off_scale",
                     f"judgment {raw.strip()} is outside the scale "
                     f"{format_judgment(low)} … {format_judgment(high)}", raw.strip(), scale,
                     field=field)
    return value

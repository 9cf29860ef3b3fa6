"""Numeric scales for verbal judgments (as offered by AHP-OS) and the verbal labels themselves.

An expert answers with an intensity grade ``x`` in 1…9 (1 equal, 3 moderate, 5 strong,
7 very strong, 9 extreme, even numbers in between); a scale turns the grade into the ratio
``c(x)`` written into the judgment matrix (the reverse comparison gets ``1 / c(x)``). The
formulas are those listed by Goepel (2018), Implementation of an online software tool for the
Analytic Hierarchy Process (AHP-OS), IJAHP 10(3), Table 1, with their original sources below.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from mcdm.errors import Location, MCDMError

__all__ = ["SCALES", "VERBAL", "Scale", "ScaleError", "get_scale", "grades_to_matrix",
           "nearest_value", "verbal_to_number"]


class ScaleError(MCDMError):
    """An unknown scale, verbal label or out-of-range intensity grade."""


@dataclass(frozen=True)
class Scale:
    """A numeric AHP scale: ``value(x)`` for intensity grades ``x`` in [1, 9]."""

    name: str
    source: str
    func: Callable[[np.ndarray], np.ndarray]

    def value(self, grade):
        """The ratio for grade(s) ``grade`` (1 … 9, non-integer grades allowed)."""
        x = np.asarray(grade, dtype=float)
        if not ((x >= 1) & (x <= 9)).all():
            bad = x[~((x >= 1) & (x <= 9))].ravel()
            raise ScaleError("scale.grade", f"intensity grade {bad[0]:g} is outside 1 … 9",
                             location=Location(field=self.name), expected="a grade in 1 … 9",
                             params={"value": float(bad[0])})
        out = self.func(x)
        return float(out) if out.ndim == 0 else out

    @property
    def values(self) -> np.ndarray:
        """The ratios of the grades 1 … 9."""
        return self.value(np.arange(1, 10))

    @property
    def max_value(self) -> float:
        """c(9): the M of Goepel's consensus correction for this scale."""
        return float(self.value(9))

    def judgments(self) -> np.ndarray:
        """All 17 admissible judgments: 1/c(9) … 1 … c(9), ascending."""
        v = self.values
        return np.concatenate([1.0 / v[:0:-1], v])


SCALES: dict[str, Scale] = {
    s.name: s for s in (
        Scale("saaty", "Saaty (1977), linear 1-9", lambda x: x * 1.0),
        Scale("logarithmic", "Ishizaka, Balkenborg & Kaplan (2011): log2(x + 1)",
              lambda x: np.log2(x + 1)),
        Scale("root-square", "Harker & Vargas (1987): sqrt(x)", np.sqrt),
        Scale("inverse-linear", "Ma & Zheng (1991): 9 / (10 - x)", lambda x: 9.0 / (10 - x)),
        Scale("balanced", "Salo & Hämäläinen (1997): (9 + x) / (11 - x)",
              lambda x: (9.0 + x) / (11 - x)),
        Scale("power", "Harker & Vargas (1987): x²", lambda x: x * x * 1.0),
        Scale("geometric", "Lootsma (1989): 2^(x - 1)", lambda x: 2.0 ** (x - 1)),
    )
}


def get_scale(scale: str | Scale) -> Scale:
    """The scale named ``scale`` (or ``scale`` itself)."""
    if isinstance(scale, Scale):
        return scale
    try:
        return SCALES[scale]
    except KeyError:
        raise ScaleError("scale.unknown", f"unknown scale {scale!r}",
                         location=Location(field="scale"), expected=", ".join(SCALES),
                         params={"value": scale}) from None


#: Verbal labels (English and the Chinese textbook terms, see the glossary) → intensity grade.
VERBAL: dict[str, int] = {
    "equal": 1, "equal to moderate": 2, "moderate": 3, "moderate to strong": 4, "strong": 5,
    "strong to very strong": 6, "very strong": 7, "very strong to extreme": 8, "extreme": 9,
    "同等重要": 1, "稍微重要": 3, "明显重要": 5, "强烈重要": 7, "极端重要": 9,
}


def verbal_to_number(label: str, scale: str | Scale = "saaty", *, reverse: bool = False) -> float:
    """The judgment for a verbal label on ``scale``; ``reverse`` for "the other is more …".

    Examples
    --------
    >>> verbal_to_number("strong"), verbal_to_number("明显重要", "geometric")
    (5.0, 16.0)
    >>> round(verbal_to_number("moderate", "balanced", reverse=True), 4)
    0.6667
    """
    key = label.strip().lower() if label.isascii() else label.strip()
    grade = VERBAL.get(key)
    if grade is None:
        raise ScaleError("scale.verbal", f"unknown verbal judgment {label!r}",
                         location=Location(field="judgment"),
                         expected=", ".join(VERBAL), params={"value": label})
    value = get_scale(scale).value(grade)
    return 1.0 / value if reverse else value


def grades_to_matrix(grades, scale: str | Scale = "saaty") -> np.ndarray:
    """Map a matrix of Saaty-grade judgments (x ≥ 1 or 1/x, nan kept) onto ``scale``."""
    g = np.asarray(grades, dtype=float)
    s = get_scale(scale)
    out = np.full(g.shape, np.nan)
    known = ~np.isnan(g)
    up = known & (g >= 1)
    down = known & (g < 1)
    out[up] = s.value(g[up])
    out[down] = 1.0 / s.value(1.0 / g[down])
    return out


def nearest_value(ratio: float, scale: str | Scale = "saaty") -> float:
    """The admissible judgment on ``scale`` closest to ``ratio`` in log terms."""
    options = get_scale(scale).judgments()
    return float(options[np.argmin(np.abs(np.log(options) - math.log(ratio)))])

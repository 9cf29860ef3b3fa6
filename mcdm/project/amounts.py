"""Amounts and counts as a planner types them, on the command line or in a spreadsheet cell.

A cost, a budget or a spend bound is a number ≥ 0 in the project's cost unit: ``12.5``,
``1,250`` (thousands separated by commas), ``1e3``, full-width digits (``３００``, as a Chinese
input method types them), or the number followed by the project's own unit (``12.5亿元``).
``none`` or ``-`` clears it. A count is a whole number ≥ 0 (``2`` or ``2.0``), or ``none``.
Each parser raises ``ValueError`` for anything else; the caller turns that into one sentence
naming what was being set. (:mod:`mcdm.cli.amounts` re-exports these for the command line and
adds how amounts are printed.)

>>> parse_amount("1,250", "亿元"), parse_amount("12.5 亿元", "亿元"), parse_amount("none", "")
(1250.0, 12.5, None)
>>> parse_count("2.0"), parse_count("-")
(2, None)
"""

from __future__ import annotations

import math
import re
import unicodedata

__all__ = ["CLEAR", "normal_text", "parse_amount", "parse_count", "parse_weight"]

#: What clears an amount or a bound.
CLEAR = ("none", "-")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")


def normal_text(text: str) -> str:
    """``text`` as the parsers compare it: NFKC (full-width digits, signs and points as ASCII),
    U+2212 (the minus a word processor puts in a copied number) as ``-``, stripped."""
    return unicodedata.normalize("NFKC", text).replace("\u2212", "-").strip()


def _number(text: str) -> float:
    s = text.replace(",", "") if _GROUPED.match(text) else text
    if not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", s):
        raise ValueError(text)  # float() would take "nan", "inf", "1_000"
    value = float(s)
    if not math.isfinite(value) or value < 0:
        raise ValueError(text)
    return value + 0.0  # -0.0 reads as 0


def parse_amount(text: str, unit: str = "") -> float | None:
    """An amount ≥ 0 (None for ``none``/``-``); the project's ``unit`` may follow the number."""
    s = normal_text(text)
    if s.casefold() in CLEAR:
        return None
    u = normal_text(unit)
    if u and s.endswith(u) and s != u:
        s = s[: -len(u)].strip()
    return _number(s)


def parse_count(text: str) -> int | None:
    """A whole number ≥ 0 (None for ``none``/``-``)."""
    s = normal_text(text)
    if s.casefold() in CLEAR:
        return None
    value = _number(s)
    if not value.is_integer():
        raise ValueError(text)
    return int(value)


def parse_weight(text: str) -> float:
    """An industry's weight in the portfolio: a number ≥ 0 (it cannot be cleared)."""
    return _number(normal_text(text))

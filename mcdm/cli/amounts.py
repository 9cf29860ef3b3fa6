"""Amounts and counts as a planner types them on the command line, and amounts as it prints them.

A cost, a budget or a spend bound is a number ≥ 0 in the project's cost unit: ``12.5``,
``1,250`` (thousands separated by commas), ``1e3``, full-width digits (``３００``, as a Chinese
input method types them), or the number followed by the project's own unit (``12.5亿元``).
``none`` or ``-`` clears it. A count is a whole number ≥ 0 (``2`` or ``2.0``), or ``none``.
Each parser raises ``ValueError`` for anything else; the command turns that into one sentence
naming what was being set (:mod:`mcdm.messages.cli_edits`). The parsers live in the engine
(:mod:`mcdm.project.amounts`: a cost table read from a spreadsheet takes the same amounts); this
module adds how the command line prints amounts.

>>> parse_amount("1,250", "亿元"), parse_amount("12.5 亿元", "亿元"), parse_amount("none", "")
(1250.0, 12.5, None)
>>> parse_count("2.0"), parse_count("-")
(2, None)
>>> shown_amount(12.5, "亿元", "en"), shown_amount(None, "亿元", "zh")
('12.5 亿元', '未填写')
"""

from __future__ import annotations

from mcdm.project.amounts import CLEAR, parse_amount, parse_count, parse_weight

__all__ = ["CLEAR", "parse_amount", "parse_count", "parse_weight", "shown_amount", "shown_unit"]


def shown_amount(value: float | None, unit: str, lang: str) -> str:
    """``"12.5 亿元"`` (as the portfolio prints amounts), or "not set" in ``lang``."""
    from mcdm.messages import word
    from mcdm.project.portfolio import money

    return word("cli.not_set", lang) if value is None else money(value, unit)


def shown_unit(unit: str, lang: str) -> str:
    """A cost unit in a sentence: ``“亿元”``, or "none" in ``lang``."""
    from mcdm.messages import word

    return f"“{unit}”" if unit else word("cli.no_unit", lang)

"""What counts as an answer in a questionnaire cell: one table, read by the sheet and the importer.

A judgment cell ("A matters more" / "B matters more") accepts, for each of Saaty's levels k:

- the verbal label in either language, as the drop-down offers it ("5 明显重要", "5 strong");
- the label without the space or with an ideographic space ("5明显重要", "5　strong");
- full-width digits ("５ 明显重要", "５");
- the bare number, typed as text or as a number (5);
- the words alone ("明显重要", "strong");
- the reciprocal "1/k" (also with full-width digits or slash): "A matters more: 1/5" means B
  matters five times more.

:func:`spellings` generates that table; the writer copies it into the hidden metadata sheet and
the sheet's formulas look every cell up in it (``MATCH`` after ``TRIM``, then an exact
``=`` comparison so that ``*`` and ``?`` are never wildcards); the importer looks the same text
up with :func:`judgment_value` after the same normalisation (:func:`normalise`: spaces trimmed at
both ends and runs of spaces collapsed, as ``TRIM`` does; case ignored, as ``MATCH`` and ``=``
do). A test writes every spelling, and texts that are not answers, into a questionnaire,
recalculates it in LibreOffice and checks that the sheet and the importer agree on each.

Score cells take a number within the range, typed as a number or as text ('6', '６', ' 6.5 ').
"""

from __future__ import annotations

import math
import re

from mcdm.excel.labels import VERBAL_LEVELS

__all__ = [
    "FULL_WIDTH", "normalise", "number_of_text", "spellings", "judgment_value", "level_of_cell",
]

FULL_WIDTH = str.maketrans("0123456789./-+", "０１２３４５６７８９．／－＋")
_HALF = str.maketrans("０１２３４５６７８９．／－＋", "0123456789./-+")
_IDEOGRAPHIC_SPACE = "\u3000"
_SPACES = re.compile(" +")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def _words(label: str) -> tuple[str, str]:
    """("5", "明显重要") from "5 明显重要"."""
    number, _, words = label.partition(" ")
    return number, words


def spellings() -> tuple[tuple[str, int], ...]:
    """Every accepted text of a judgment cell and its signed level (−k: the reciprocal 1/k).

    Spellings are unique once :func:`normalise` d; the order puts the drop-down's labels first.

    >>> table = dict(spellings())
    >>> table["5 明显重要"], table["５明显重要"], table["5 strong"], table["1/5"], table["strong"]
    (5, 5, 5, -5, 5)
    """
    out: dict[str, int] = {}

    def spell(text: str, level: int) -> None:
        out.setdefault(text, level)

    for lang in ("zh", "en"):
        for k, label in enumerate(VERBAL_LEVELS[lang], start=1):
            spell(label, k)
    for k in range(1, 10):
        for lang in ("zh", "en"):
            number, words = _words(VERBAL_LEVELS[lang][k - 1])
            for digits in (number, number.translate(FULL_WIDTH)):
                for sep in (" ", "", _IDEOGRAPHIC_SPACE):
                    spell(f"{digits}{sep}{words}", k)
            spell(words, k)
        spell(str(k), k)
        spell(str(k).translate(FULL_WIDTH), k)
        for one, slash, kk in (("1", "/", str(k)), ("１", "／", str(k).translate(FULL_WIDTH)),
                               ("1", "／", str(k)), ("１", "/", str(k).translate(FULL_WIDTH))):
            spell(f"{one}{slash}{kk}", -k if k > 1 else 1)
    keys = [normalise(t) for t in out]
    assert len(set(keys)) == len(keys), "two spellings collide once normalised"
    return tuple(out.items())


def normalise(text: str) -> str:
    """The text as the sheet compares it: ``TRIM`` (ASCII spaces) and case ignored."""
    return _SPACES.sub(" ", text.strip(" ")).casefold()


_TABLE: dict[str, int] = {normalise(t): k for t, k in spellings()}


def level_of_cell(value) -> int | None:
    """The signed level a judgment cell holds (−k for "1/k"), or None if it is no answer.

    Numbers count when they are whole and 1..9 (a typed 5); text is looked up in the table.
    A blank cell (None, or only spaces) is not asked here: see :func:`is_blank`.

    >>> level_of_cell("５ 明显重要"), level_of_cell(" 5  strong "), level_of_cell(3.0)
    (5, 5, 3)
    >>> level_of_cell("1/9"), level_of_cell("10"), level_of_cell(True), level_of_cell(0.2)
    (-9, None, None, None)
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 1 <= value <= 9 else None
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        k = int(value)
        return k if k == value and 1 <= k <= 9 else None
    if isinstance(value, str):
        return _TABLE.get(normalise(value))
    return None


def is_blank(value) -> bool:
    """Empty, or only ASCII spaces (``TRIM`` gives "")."""
    return value is None or (isinstance(value, str) and not value.strip(" "))


def judgment_value(value, values: tuple[float, ...], side_a: bool) -> float | None:
    """a(A, B) for a cell of the "A matters more" (``side_a``) or "B matters more" column.

    ``values`` are the numbers levels 1..9 stand for on the project's scale. None if the cell
    holds no answer.
    """
    level = level_of_cell(value)
    if level is None:
        return None
    v = values[abs(level) - 1]
    forward = v if level > 0 else 1.0 / v
    return forward if side_a else 1.0 / forward


def number_of_text(value) -> float | None:
    """A score cell's number: a number, or text that is one ('6', '６', ' 6.5 '); else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        try:
            return float(value)
        except OverflowError:  # an integer beyond the float range
            return math.inf
    if isinstance(value, str):
        text = value.strip().translate(_HALF)
        if _NUMBER.match(text):
            try:
                return float(text)
            except (ValueError, OverflowError):
                return math.inf
    return None

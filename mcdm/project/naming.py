"""What a name the user typed stands for: an item by its id, or by its label or name in either
language.

One rule for every place a user names things — the command line's arguments
(:mod:`mcdm.cli.lookup`) and a spreadsheet's cells (:mod:`mcdm.project.cost_sheet`): an id
wins; then an exact label; then the same ignoring case and runs of spaces.

>>> items = [("ai", ("人工智能", "Artificial intelligence"), "ai"),
...          ("chips", ("高端芯片", "High-end chips"), "chips")]
>>> match(items, "chips"), match(items, "  high-END   chips "), match(items, "量子")
(['chips'], ['chips'], [])
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

__all__ = ["fold", "match"]

T = TypeVar("T")


def fold(text: str) -> str:
    """``text`` compared loosely: runs of spaces as one, case ignored."""
    return " ".join(text.split()).casefold()


def match(items: Iterable[tuple[str, Iterable[str], T]], text: str) -> list[T]:
    """The values of ``items`` — ``(id, names, value)`` — that ``text`` names: one, none, or
    several (ambiguous: the caller lists them)."""
    items = [(item_id, tuple(names), value) for item_id, names, value in items]
    by_id = [value for item_id, _names, value in items if item_id == text]
    if by_id:  # several only when ids are unique per group and items span groups
        return by_id
    rules: tuple[Any, ...] = (lambda a, b: a == b.strip(), lambda a, b: fold(a) == fold(b))
    for same in rules:
        hits = [value for _id, names, value in items if any(n and same(n, text) for n in names)]
        if hits:
            return hits
    return []

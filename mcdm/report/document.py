"""The report as a list of plain blocks, built once (:mod:`.content`) and written by either
writer (:mod:`.docx_writer`, :mod:`.pdf_writer`), so the Word and PDF reports say the same."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    text: str
    level: int  # 1 = chapter, 2 = section


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = "body"  # body | note | title | subtitle | meta | notice | reference


@dataclass(frozen=True)
class Table:
    """A numbered table. ``flags`` marks cells to highlight (a failed check): (row, col)."""

    number: int
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    align: str = ""  # one letter per column, "l" or "r"; default: first left, others right
    widths: tuple[float, ...] = ()  # relative column widths; default: first column wider
    flags: frozenset = field(default_factory=frozenset)
    note: str = ""  # under the table (what the marks mean)


@dataclass(frozen=True)
class Figure:
    """A numbered figure; ``make()`` returns the matplotlib figure (drawn only when written)."""

    number: int
    caption: str
    make: Callable


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Report:
    lang: str
    title: str
    blocks: tuple
    figures: int
    tables: int

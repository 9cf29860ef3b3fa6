"""Tab-separated blocks as Excel puts them on the clipboard: parse in, format out.

Parsing only turns text into numbers and says where it could not; the project's edit decides
whether a number is allowed. Blank cells mean "no score".
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

# Excel and WPS copy numbers as shown: allow thousands separators and a trailing percent sign.
_NUMBER = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d*)(\.\d*)?([eE][+-]?\d+)?%?$")


@dataclass(frozen=True)
class CellProblem:
    """A clipboard cell that is not a number: ``row``/``column`` are 0-based in the block."""

    row: int
    column: int
    text: str


def split_block(text: str) -> list[list[str]]:
    """Rows of cells. Excel ends the block with a newline and quotes cells holding tabs or
    newlines; a single trailing empty line is not a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    rows: list[list[str]] = []
    row: list[str] = []
    cell: list[str] = []
    quoted = False
    i = 0
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == '"' and text[i + 1: i + 2] == '"':
                cell.append('"')
                i += 1
            elif ch == '"':
                quoted = False
            else:
                cell.append(ch)
        elif ch == '"' and not cell:
            quoted = True
        elif ch == "\t":
            row.append("".join(cell))
            cell = []
        elif ch == "\n":
            row.append("".join(cell))
            rows.append(row)
            row, cell = [], []
        else:
            cell.append(ch)
        i += 1
    row.append("".join(cell))
    rows.append(row)
    return rows


def parse_number(text: str) -> float | None:
    """``None`` for a blank cell; raises ``ValueError`` for anything that is not a finite number."""
    s = text.strip().replace("\u2212", "-").replace("\u00a0", "")
    if not s:
        return None
    if not _NUMBER.match(s) or s in {"+", "-", ".", "%"}:
        raise ValueError(text)
    percent = s.endswith("%")
    value = float(s.rstrip("%").replace(",", ""))
    if not math.isfinite(value):
        raise ValueError(text)
    return value / 100.0 if percent else value


def parse_block(text: str) -> tuple[list[list[float | None]], list[CellProblem]]:
    """The block's numbers (``None`` for blanks) and every cell that is not a number."""
    values: list[list[float | None]] = []
    problems: list[CellProblem] = []
    for r, cells in enumerate(split_block(text)):
        row: list[float | None] = []
        for c, cell in enumerate(cells):
            try:
                row.append(parse_number(cell))
            except ValueError:
                row.append(None)
                problems.append(CellProblem(r, c, cell))
        values.append(row)
    return values, problems


def format_block(values: Sequence[Sequence[float | str | None]]) -> str:
    """Rows as tab-separated text, numbers at full precision, blanks empty; ends with a newline
    as Excel's own copies do."""
    def cell(v: float | str | None) -> str:
        if v is None:
            return ""
        if isinstance(v, str):
            return v
        f = float(v)
        if math.isnan(f):
            return ""
        return str(int(f)) if f.is_integer() and abs(f) < 1e15 else repr(f)

    return "".join("\t".join(cell(v) for v in row) + "\n" for row in values)

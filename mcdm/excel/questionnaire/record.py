"""What every answer cell showed when the questionnaire was issued, kept in its hidden metadata.

The importer compares each cell three ways (:mod:`.preview`): with what it showed at issue,
and with the project now, whose value at issue is recorded too. So a blank cell of a blank
questionnaire is "unchanged", never a clear; a prefilled value the expert deleted is an explicit
clear; and an answer the expert changed where the project changed too is a conflict.

One row per answer cell in the metadata sheet, columns O–S::

    sheet (index into the sheet list, from 1) · cell (A1) · shown · project value · fixed

Values are written as text with a type prefix (``n:0.3333333333333333`` a number, exact to the
last digit, since Excel keeps only 15 significant digits of a numeric cell; ``t:…`` a text;
empty for nothing), ``fixed`` marks a measured value shown read-only (not an answer).
"""

from __future__ import annotations

from dataclasses import dataclass

from mcdm.excel import layout as L

__all__ = ["COL_RECORD", "Issued", "decode", "encode", "read_record", "same", "write_record"]

# A judgment read from a verbal level and the project's float (1/3 as 0.3333333333333333, a
# value that went through a 15-digit spreadsheet) are the same answer within this tolerance.
REL_TOL = 1e-9

COL_RECORD = 15  # O: first column of the record in the metadata sheet
HEADER = ("sheet", "cell", "shown", "project", "fixed")


@dataclass(frozen=True)
class Issued:
    """One answer cell at issue: what it ``shown`` (the value it stood for), the ``project``'s
    value then, and whether it was a read-only measured value (``fixed``)."""

    shown: float | str | None
    project: float | str | None
    fixed: bool = False


def same(x: float | str | None, y: float | str | None) -> bool:
    """Whether two answers are the same: both blank, equal texts, or numbers within REL_TOL."""
    if x is None or y is None:
        return x is None and y is None
    if isinstance(x, str) or isinstance(y, str):
        return isinstance(x, str) and isinstance(y, str) and x.strip() == y.strip()
    return abs(x - y) <= REL_TOL * max(abs(x), abs(y), 1e-300)


def encode(value: float | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return "t:" + value
    return "n:" + repr(float(value))


def decode(text) -> float | str | None:
    """The value of an encoded cell; raises ``ValueError`` on anything else."""
    if text is None or text == "":
        return None
    if not isinstance(text, str):
        raise ValueError(f"not an encoded value: {text!r}")
    if text.startswith("t:"):
        return text[2:]
    if text.startswith("n:"):
        return float(text[2:])
    raise ValueError(f"not an encoded value: {text!r}")


def write_record(ws, entries) -> None:
    """``entries``: (sheet index, cell, Issued) in any order."""
    for k, name in enumerate(HEADER):
        L.put(ws, 1, COL_RECORD + k, name)
    for row, (sheet, cell, issued) in enumerate(entries, start=2):
        ws.cell(row=row, column=COL_RECORD, value=sheet)
        for k, v in enumerate((cell, encode(issued.shown), encode(issued.project),
                               "fixed" if issued.fixed else ""), start=1):
            c = ws.cell(row=row, column=COL_RECORD + k, value=v)
            c.data_type = "s"  # never a formula, whatever a text answer starts with


def read_record(rows) -> dict[tuple[int, str], Issued] | None:
    """The record from the metadata rows (tuples of the values in columns O–S from row 1);
    None when it is missing or damaged."""
    rows = iter(rows)
    first = next(rows, None)
    if first is None or tuple(first[:len(HEADER)]) != HEADER:
        return None
    out: dict[tuple[int, str], Issued] = {}
    for row in rows:
        if row is None or all(v is None for v in row):
            continue
        sheet, cell, shown, project, fixed = (tuple(row) + (None,) * 5)[:5]
        if isinstance(sheet, float) and sheet.is_integer():
            sheet = int(sheet)
        if not isinstance(sheet, int) or isinstance(sheet, bool) or not isinstance(cell, str):
            return None
        try:
            out[(sheet, cell)] = Issued(decode(shown), decode(project), fixed == "fixed")
        except ValueError:
            return None
    return out

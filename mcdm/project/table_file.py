"""A table a planner saved from a spreadsheet — CSV or .xlsx — read without trusting it: its rows
of cells, its header row found by the names of its columns, and the checks a cell typed by hand
needs.

Shared by the panel roster (:mod:`mcdm.project.roster`) and the directions' costs
(:mod:`mcdm.project.cost_sheet`); ``kind`` (``"roster"`` or ``"costs"``) picks the codes of the
problems, so each file's sentences name what the file is. CSV files may be UTF-8 (with or
without BOM) or GB 18030 — what Excel on a Chinese Windows saves as "CSV" — with commas,
semicolons or tabs; a workbook is opened by :func:`mcdm.excel.safety.open_workbook` (size,
zip and XML checks, formulas read as text and never evaluated) and its first sheet is read.
Rows are numbered as the spreadsheet shows them (the first row is 1).
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mcdm.errors import Location, Problem
from mcdm.project.codec import _BAD_TEXT
from mcdm.project.model import ProjectError

__all__ = ["MAX_ROWS", "MAX_TABLE_BYTES", "blank", "cell_text", "find_header", "problem",
           "read_rows"]

# A roster or a cost table is a few kB; anything far larger is not one.
MAX_TABLE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000

# The codes of each kind of table (one table per kind, so the source scan reads every code).
_CODES = {
    "roster": {"unreadable": "roster.unreadable", "too_large": "roster.too_large",
               "format": "roster.format", "encoding": "roster.encoding", "csv": "roster.csv",
               "encoding_guessed": "roster.encoding_guessed",
               "column_ignored": "roster.column_ignored", "formula": "roster.formula",
               "text_invalid": "roster.text_invalid"},
    "costs": {"unreadable": "costs.unreadable", "too_large": "costs.too_large",
              "format": "costs.format", "encoding": "costs.encoding", "csv": "costs.csv",
              "encoding_guessed": "costs.encoding_guessed",
              "column_ignored": "costs.column_ignored", "formula": "costs.formula",
              "text_invalid": "costs.text_invalid"},
}


def problem(code: str, message: str, file: str, row: int | None = None,
            column: str | None = None, expected: str | None = None, **params: Any) -> Problem:
    """A problem located at ``file`` (and its ``row`` and ``column``, as the user names it),
    with these as parameters of its sentence too."""
    return Problem(code, message, Location(file=file, row=row, column=column), expected,
                   {"file": file, **({} if row is None else {"row": row}),
                    **({} if column is None else {"column": column}), **params})


def _unreadable(code: str, message: str, name: str, expected: str) -> ProjectError:
    return ProjectError(code, message, location=Location(file=name), expected=expected,
                        params={"file": name})


def read_rows(path: str | Path, kind: str) -> tuple[list[list[Any]], list[Problem]]:
    """The file's rows as lists of cell values (str, numbers or None), and notes.

    Raises
    ------
    ProjectError
        ``<kind>.unreadable``, ``.too_large``, ``.format``, ``.encoding`` or ``.csv`` when the
        file cannot be read as a table at all (a workbook may also raise
        :class:`~mcdm.excel.safety.UnsafeWorkbook`).
    """
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _unreadable(_CODES[kind]["unreadable"], f"cannot read the file ({exc.strerror})",
                          name, "an existing, readable file") from None
    if size > MAX_TABLE_BYTES:
        raise ProjectError(_CODES[kind]["too_large"], f"the file has {size} bytes",
                           location=Location(file=name),
                           expected=f"at most {MAX_TABLE_BYTES} bytes", params={"file": name})
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from mcdm.excel.safety import open_workbook

        ws = open_workbook(path).workbook.worksheets[0]
        last = min(ws.max_row, MAX_ROWS + 50)  # iter_rows pads up to max_row with blanks
        return [list(r) for r in ws.iter_rows(max_row=last, values_only=True)], []
    if suffix not in (".csv", ".txt"):
        raise _unreadable(_CODES[kind]["format"], f"a table cannot be read from a "
                          f"{suffix or 'plain'} file", name, "a .csv or .xlsx file")
    data = path.read_bytes()
    notes = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise _unreadable(_CODES[kind]["encoding"], "the file is neither UTF-8 nor GB 18030 "
                              "text", name, "a CSV file saved as UTF-8 (or by Excel as CSV)"
                              ) from None
        notes.append(problem(_CODES[kind]["encoding_guessed"], "read as GB 18030 text", name))
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = [list(r) for r in itertools.islice(csv.reader(io.StringIO(text), dialect),
                                                  MAX_ROWS + 50)]
    except csv.Error as exc:
        raise _unreadable(_CODES[kind]["csv"], f"the CSV text cannot be read ({exc})", name,
                          "comma-separated values") from None
    return rows, notes


def blank(value: Any) -> bool:
    """An empty cell: nothing, or only spaces."""
    return value is None or (isinstance(value, str) and not value.strip())


def find_header(rows: list[list[Any]], kind: str, file: str,
                column_of: Callable[[str], str | None]):
    """``(index of the header row, {column: cell index}, notes)`` — the first row that is not
    blank, each cell named by ``column_of(text)`` (None: ignored, with a note; a column named
    twice is taken once) — or None when every row is blank."""
    for k, row in enumerate(rows):
        if all(blank(v) for v in row):
            continue
        found: dict[str, int] = {}
        notes = []
        for i, cell in enumerate(row):
            if blank(cell):
                continue
            column = column_of(str(cell))
            if column is None or column in found:
                notes.append(problem(_CODES[kind]["column_ignored"],
                                     f"column {cell!r} is ignored", file, k + 1,
                                     str(cell).strip(), None))
            else:
                found[column] = i
        return k, found, notes
    return None


def cell_text(value: Any, kind: str, file: str, row: int,
              column: str) -> tuple[str, Problem | None]:
    """A cell's text, stripped (a whole number typed into a text cell reads as ``"1024"``), and
    the problem when it holds a formula or a control character."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a number typed into a name cell, e.g. a staff number
    text = "" if value is None else str(value).strip()
    if text.startswith("="):
        return text, problem(_CODES[kind]["formula"], f"the cell holds a formula {text!r}", file,
                             row, column, "a value typed in, not a formula", value=text)
    if _BAD_TEXT.search(text):
        return text, problem(_CODES[kind]["text_invalid"], "the text holds a control character",
                             file, row, column, "printable text")
    return text, None

"""A panel roster (names, roles, weights) from a CSV or Excel file, checked row by row.

:func:`read_roster` changes nothing: it returns a :class:`RosterReport` listing every bad row
(file, row and column in each :class:`~mcdm.errors.Problem`) and, when there is none, one
:class:`~mcdm.project.edit_base.Composite` edit that adds the new experts and updates the roles
and weights of those already on the panel (matched by name), so importing a roster is one undo
step, all or nothing.

The first non-blank row names the columns, in Chinese or English (``name``/``姓名``,
``role``/``角色``, ``weight``/``权重``); other columns are ignored (with a note). CSV files may
be UTF-8 (with or without BOM) or GB 18030 — what Excel on a Chinese Windows saves as "CSV".

Examples
--------
>>> import pathlib, tempfile
>>> from mcdm.project.model import Project
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "panel.csv").write_text("姓名,角色,权重\\n张伟,产业研究,2\\nLi Na,,\\n",
...                                       encoding="utf-8")
>>> report = read_roster(Project(), folder / "panel.csv")
>>> report.problems, report.added
((), ('E1', 'E2'))
>>> [(e.name, e.role, e.weight) for e in report.edit.apply(Project())[0].experts]
[('张伟', '产业研究', 2.0), ('Li Na', '', 1.0)]
"""

from __future__ import annotations

import csv
import io
import itertools
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mcdm.errors import Location, Problem
from mcdm.project.codec import _BAD_TEXT
from mcdm.project.edit_base import Composite, Edit
from mcdm.project.edits import AddExpert, RenameExpert, SetExpertWeight
from mcdm.project.model import Expert, Project, ProjectError

__all__ = ["COLUMNS", "MAX_ROSTER_BYTES", "RosterReport", "read_roster"]

# A roster is a few kB; anything far larger is not a roster.
MAX_ROSTER_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000

# column -> the headers that name it (compared case-insensitively, spaces stripped)
COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "expert", "姓名", "专家", "专家姓名", "名字"),
    "role": ("role", "角色", "职务", "领域", "专业领域", "身份"),
    "weight": ("weight", "权重", "专家权重"),
}


@dataclass(frozen=True)
class RosterReport:
    """What a roster would change. ``edit`` is None when ``problems`` is not empty.

    ``added`` are the ids the new experts get; ``updated`` the ids of experts already on the
    panel whose role or weight the roster changes; ``notes`` are not errors (a column ignored,
    the text encoding guessed).
    """

    path: str
    added: tuple[str, ...]
    updated: tuple[str, ...]
    unchanged: tuple[str, ...]
    problems: tuple[Problem, ...]
    notes: tuple[Problem, ...]
    edit: Edit | None


def _problem(code: str, message: str, file: str, row: int | None = None,
             column: str | None = None, expected: str | None = None, **params: Any) -> Problem:
    return Problem(code, message, Location(file=file, row=row, column=column), expected,
                   {"file": file, **({} if row is None else {"row": row}),
                    **({} if column is None else {"column": column}), **params})


def _cells(path: Path, name: str) -> tuple[list[list[Any]], list[Problem]]:
    """The file's rows as lists of cell values (str, numbers or None), and notes."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ProjectError("roster.unreadable", f"cannot read the file ({exc.strerror})",
                           location=Location(file=name), expected="an existing, readable file",
                           params={"file": name}) from None
    if size > MAX_ROSTER_BYTES:
        raise ProjectError("roster.too_large", f"the file has {size} bytes",
                           location=Location(file=name),
                           expected=f"at most {MAX_ROSTER_BYTES} bytes", params={"file": name})
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from mcdm.excel.safety import open_workbook

        ws = open_workbook(path).workbook.worksheets[0]
        last = min(ws.max_row, MAX_ROWS + 50)  # iter_rows pads up to max_row with blanks
        return [list(r) for r in ws.iter_rows(max_row=last, values_only=True)], []
    if suffix not in (".csv", ".txt"):
        raise ProjectError("roster.format", f"a roster cannot be read from a {suffix or 'plain'} "
                           "file", location=Location(file=name), expected="a .csv or .xlsx file",
                           params={"file": name})
    data = path.read_bytes()
    notes = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise ProjectError("roster.encoding", "the file is neither UTF-8 nor GB 18030 text",
                               location=Location(file=name),
                               expected="a CSV file saved as UTF-8 (or by Excel as CSV)",
                               params={"file": name}) from None
        notes.append(_problem("roster.encoding_guessed", "read as GB 18030 text", name))
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = [list(r) for r in itertools.islice(csv.reader(io.StringIO(text), dialect),
                                                  MAX_ROWS + 50)]
    except csv.Error as exc:
        raise ProjectError("roster.csv", f"the CSV text cannot be read ({exc})",
                           location=Location(file=name), expected="comma-separated values",
                           params={"file": name}) from None
    return rows, notes


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _header(rows: list[list[Any]], name: str):
    """(index of the header row, {column: cell index}, notes) or a problem."""
    for k, row in enumerate(rows):
        if all(_blank(v) for v in row):
            continue
        found: dict[str, int] = {}
        notes = []
        for i, cell in enumerate(row):
            if _blank(cell):
                continue
            key = str(cell).strip().lower()
            column = next((c for c, names in COLUMNS.items() if key in names), None)
            if column is None or column in found:
                notes.append(_problem("roster.column_ignored", f"column {cell!r} is ignored",
                                      name, k + 1, str(cell).strip(), None))
            else:
                found[column] = i
        if "name" not in found:
            return None, _problem("roster.no_name_column", "the first row names no name column",
                                  name, k + 1, None, "a header row with a name (姓名) column, "
                                  "and optionally role (角色) and weight (权重)")
        return (k, found, notes), None
    return None, _problem("roster.empty", "the file holds no rows", name, None, None,
                          "a header row and one row per expert")


def _text(value: Any, file: str, row: int, column: str) -> tuple[str, Problem | None]:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a number typed into a name cell, e.g. a staff number
    text = "" if value is None else str(value).strip()
    if text.startswith("="):
        return text, _problem("roster.formula", f"the cell holds a formula {text!r}", file, row,
                              column, "a value typed in, not a formula", value=text)
    if _BAD_TEXT.search(text):
        return text, _problem("roster.text_invalid", "the text holds a control character", file,
                              row, column, "printable text")
    return text, None


def _weight(value: Any, file: str, row: int, column: str) -> tuple[float | None, Problem | None]:
    if _blank(value):
        return None, None
    if isinstance(value, str) and value.strip().startswith("="):
        return None, _text(value, file, row, column)[1]
    number: float | None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, (int, float)):
        number = float(value)
    else:
        try:
            number = float(str(value).strip())
        except ValueError:
            number = None
    if number is None or not math.isfinite(number) or number < 0:
        return None, _problem("roster.weight_invalid", f"weight {value!r}", file, row, column,
                              "a number ≥ 0 (blank: 1)", value=str(value).strip())
    return number, None


def _parse_row(row: list[Any], k: int, columns: dict[str, int], titles: dict[str, str],
               file: str) -> tuple[str, str | None, float | None, list[Problem]]:
    """(name, role, weight, problems) of data row ``k``; role and weight None when absent."""
    def cell(column: str) -> Any:
        i = columns.get(column)
        return None if i is None or i >= len(row) else row[i]

    name, bad = _text(cell("name"), file, k, titles["name"])
    role, bad_role = (None, None) if "role" not in columns else \
        _text(cell("role"), file, k, titles["role"])
    weight, bad_weight = (None, None) if "weight" not in columns else \
        _weight(cell("weight"), file, k, titles["weight"])
    problems = [p for p in (bad, bad_role, bad_weight) if p is not None]
    if not name and bad is None:
        problems.insert(0, _problem("roster.name_empty", "the row has no name", file, k,
                                    titles["name"], "the expert's name"))
    return name, role, weight, problems


def read_roster(project: Project, path: str | Path) -> RosterReport:
    """Check a roster file against ``project``'s panel; nothing is changed.

    Raises
    ------
    ProjectError
        ``roster.unreadable``, ``roster.too_large``, ``roster.format``, ``roster.encoding`` or
        ``roster.csv`` when the file cannot be read as a table at all (an Excel file may also
        raise :class:`~mcdm.excel.safety.UnsafeWorkbook`). Problems with single rows are listed
        in the report instead.
    """
    path = Path(path)
    file = str(path)
    rows, notes = _cells(path, file)
    head, problem = _header(rows, file)
    if problem is not None:
        return RosterReport(file, (), (), (), (problem,), tuple(notes), None)
    start, columns, header_notes = head
    notes += header_notes
    titles = {c: str(rows[start][i]).strip() for c, i in columns.items()}
    on_panel: dict[str, list[Expert]] = {}
    for e in project.experts:
        on_panel.setdefault(e.name.strip(), []).append(e)
    problems: list[Problem] = []
    body = rows[start + 1:]
    if len(body) > MAX_ROWS:
        problems.append(_problem("roster.too_many_rows", f"more than {MAX_ROWS} rows", file,
                                 None, None, f"at most {MAX_ROWS} experts"))
        body = body[:MAX_ROWS]
    seen: dict[str, int] = {}  # name -> the row it is first on
    taken = set(project.expert_ids())
    numbers = itertools.count(1)  # E1, E2, … the first free ones, without rescanning per row
    adds: list[Edit] = []
    updates: list[Edit] = []
    added, updated, unchanged = [], [], []
    for k, row in enumerate(body, start=start + 2):
        if all(_blank(v) for v in row):
            continue
        name, role, weight, row_problems = _parse_row(row, k, columns, titles, file)
        if name and name in seen:  # a duplicate of a row with other problems is one too
            row_problems.insert(0, _problem(
                "roster.duplicate_name", f"{name!r} is already on row {seen[name]}", file, k,
                titles["name"], "each expert once", name=name, first_row=seen[name]))
        elif name:
            seen[name] = k
        if not row_problems and len(on_panel.get(name, ())) > 1:
            row_problems.append(_problem(
                "roster.ambiguous_name", f"{len(on_panel[name])} experts on the panel are named "
                f"{name!r}", file, k, titles["name"], "a name only one expert has", name=name,
                candidates=tuple(e.id for e in on_panel[name])))
        if row_problems:
            problems += row_problems
            continue
        (existing,) = on_panel.get(name, (None,))
        if existing is None:
            eid = next(f"E{n}" for n in numbers if f"E{n}" not in taken)
            adds.append(AddExpert(Expert(eid, name, role or "", 1.0 if weight is None
                                         else weight)))
            added.append(eid)
            continue
        edits: list[Edit] = []
        if role is not None and role != existing.role:
            edits.append(RenameExpert(existing.id, existing.name, role))
        if weight is not None and weight != existing.weight:
            edits.append(SetExpertWeight(existing.id, weight))
        (updated if edits else unchanged).append(existing.id)
        updates += edits
    if not problems and not added and not updated and not unchanged:
        problems.append(_problem("roster.empty", "the file holds no experts", file, None, None,
                                 "a header row and one row per expert"))
    # New experts first: an update that zeroes a weight is then checked against the full panel.
    edit = None if problems else Composite(tuple(adds + updates), "panel import")
    return RosterReport(file, tuple(added), tuple(updated), tuple(unchanged), tuple(problems),
                        tuple(notes), edit)

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

import itertools
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mcdm.errors import Problem
from mcdm.project.edit_base import Composite, Edit
from mcdm.project.edits import AddExpert, RenameExpert, SetExpertWeight
from mcdm.project.model import Expert, Project
from mcdm.project.table_file import (
    MAX_ROWS,
    MAX_TABLE_BYTES,
    blank,
    cell_text,
    find_header,
    problem,
    read_rows,
)

__all__ = ["COLUMNS", "MAX_ROSTER_BYTES", "MAX_ROWS", "RosterReport", "read_roster"]

# A roster is a few kB; anything far larger is not a roster.
MAX_ROSTER_BYTES = MAX_TABLE_BYTES

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


def _column(text: str) -> str | None:
    key = text.strip().lower()
    return next((c for c, names in COLUMNS.items() if key in names), None)


def _header(rows: list[list[Any]], name: str):
    """(index of the header row, {column: cell index}, notes) or a problem."""
    head = find_header(rows, "roster", name, _column)
    if head is None:
        return None, problem("roster.empty", "the file holds no rows", name, None, None,
                              "a header row and one row per expert")
    k, found, _notes = head
    if "name" not in found:
        return None, problem("roster.no_name_column", "the first row names no name column",
                              name, k + 1, None, "a header row with a name (姓名) column, "
                              "and optionally role (角色) and weight (权重)")
    return head, None


def _text(value: Any, file: str, row: int, column: str) -> tuple[str, Problem | None]:
    return cell_text(value, "roster", file, row, column)


def _weight(value: Any, file: str, row: int, column: str) -> tuple[float | None, Problem | None]:
    if blank(value):
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
        return None, problem("roster.weight_invalid", f"weight {value!r}", file, row, column,
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
        problems.insert(0, problem("roster.name_empty", "the row has no name", file, k,
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
    rows, notes = read_rows(path, "roster")
    head, bad = _header(rows, file)
    if bad is not None:
        return RosterReport(file, (), (), (), (bad,), tuple(notes), None)
    start, columns, header_notes = head
    notes += header_notes
    titles = {c: str(rows[start][i]).strip() for c, i in columns.items()}
    on_panel: dict[str, list[Expert]] = {}
    for e in project.experts:
        on_panel.setdefault(e.name.strip(), []).append(e)
    problems: list[Problem] = []
    body = rows[start + 1:]
    if len(body) > MAX_ROWS:
        problems.append(problem("roster.too_many_rows", f"more than {MAX_ROWS} rows", file,
                                 None, None, f"at most {MAX_ROWS} experts"))
        body = body[:MAX_ROWS]
    seen: dict[str, int] = {}  # name -> the row it is first on
    taken = set(project.expert_ids())
    numbers = itertools.count(1)  # E1, E2, … the first free ones, without rescanning per row
    adds: list[Edit] = []
    updates: list[Edit] = []
    added, updated, unchanged = [], [], []
    for k, row in enumerate(body, start=start + 2):
        if all(blank(v) for v in row):
            continue
        name, role, weight, row_problems = _parse_row(row, k, columns, titles, file)
        if name and name in seen:  # a duplicate of a row with other problems is one too
            row_problems.insert(0, problem(
                "roster.duplicate_name", f"{name!r} is already on row {seen[name]}", file, k,
                titles["name"], "each expert once", name=name, first_row=seen[name]))
        elif name:
            seen[name] = k
        if not row_problems and len(on_panel.get(name, ())) > 1:
            row_problems.append(problem(
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
        problems.append(problem("roster.empty", "the file holds no experts", file, None, None,
                                 "a header row and one row per expert"))
    # New experts first: an update that zeroes a weight is then checked against the full panel.
    edit = None if problems else Composite(tuple(adds + updates), "panel import")
    return RosterReport(file, tuple(added), tuple(updated), tuple(unchanged), tuple(problems),
                        tuple(notes), edit)

"""Directions' estimated costs from a CSV or Excel file (a planner's spreadsheet), checked row by
row.

:func:`read_costs` changes nothing: it returns a :class:`CostReport` listing every bad row (file,
row and column, as the file names them, in each :class:`~mcdm.errors.Problem`) and, when there
is none, one :class:`~mcdm.project.edit_base.Composite` of
:class:`~mcdm.project.edits_portfolio.SetDirectionCost` edits, so importing the costs is one undo
step, all or nothing.

The first non-blank row names the columns, in Chinese or English: the direction (``重点发展方向``,
``方向``, ``direction``) and its cost (``成本``, ``cost``; ``成本（亿元）`` says the unit, which must
be the project's), and optionally the industry (``产业``, ``industry``) and the ids (``产业编号``,
``方向编号``, ``industry id``, ``direction id``; the template of :mod:`mcdm.excel.cost_template`
carries them, so its rows are found exactly). Other columns are ignored, with a note. Industries
and directions are named by id or label in either language (:func:`mcdm.project.naming.match`);
without an industry a direction is looked for in every industry. A cost is a number ≥ 0 in the
project's cost unit as :func:`mcdm.project.amounts.parse_amount` reads it (``12.5``, ``1,250``,
full-width digits, the unit after the number); a blank cell leaves the cost as it is, ``-`` or
``none`` clears it. A direction named twice must be given the same cost.

Examples
--------
>>> import pathlib, tempfile
>>> from mcdm.project.sample import sample_project
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "c.csv").write_text("产业,重点发展方向,成本\\n生物产业,疫苗研发,30\\n"
...                                   "新一代信息技术产业,量子信息,-\\n", encoding="utf-8")
>>> report = read_costs(sample_project(), folder / "c.csv")
>>> report.problems, report.changed, report.cleared
((), (('bio', 'vaccines'),), (('ngit', 'quantum'),))
>>> report.edit.apply(sample_project())[0].industry("bio").directions[-2].cost
30.0
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mcdm.errors import Problem
from mcdm.project.amounts import normal_text, parse_amount
from mcdm.project.cost_rows import resolve_row
from mcdm.project.edit_base import Composite, Edit
from mcdm.project.edits_portfolio import SetDirectionCost
from mcdm.project.model import Project
from mcdm.project.table_file import MAX_ROWS, blank, find_header, problem, read_rows

__all__ = ["COLUMNS", "CostReport", "read_costs"]

# column -> the headers that name it (case, spaces and underscores ignored; a unit in brackets
# after the name, "成本（亿元）", is set aside)
COLUMNS: dict[str, tuple[str, ...]] = {
    "industry": ("industry", "产业", "行业", "产业名称"),
    "industry_id": ("industry id", "产业编号", "产业id"),
    "direction": ("direction", "priority direction", "重点发展方向", "方向", "发展方向", "方向名称"),
    "direction_id": ("direction id", "方向编号", "方向id"),
    "cost": ("cost", "estimated cost", "成本", "成本估计", "估计成本", "估算成本"),
}
_UNIT = re.compile(r"^(.*?)\s*[(（]\s*(.*?)\s*[)）]$")

Key = tuple[str, str]  # (industry id, direction id)


@dataclass(frozen=True)
class CostReport:
    """What a cost table would change. ``edit`` is None when ``problems`` is not empty.

    ``set`` are the directions (industry id, direction id) that get a cost they did not have,
    ``changed`` those whose cost changes, ``cleared`` those whose cost is removed, ``unchanged``
    the directions the file names whose cost stays (the same number, or a blank cell);
    ``absent`` the project's directions the file does not name; ``without_cost`` those that
    have no cost once the edit is applied. ``notes`` are not errors (a column ignored, the text
    encoding guessed, a direction named twice with the same cost).
    """

    path: str
    set: tuple[Key, ...]
    changed: tuple[Key, ...]
    cleared: tuple[Key, ...]
    unchanged: tuple[Key, ...]
    absent: tuple[Key, ...]
    without_cost: tuple[Key, ...]
    problems: tuple[Problem, ...]
    notes: tuple[Problem, ...]
    edit: Edit | None


def _split_header(text: str) -> tuple[str, str | None]:
    """("成本", "亿元") of ``成本（亿元）``; the unit is None without brackets."""
    s = normal_text(text)
    m = _UNIT.match(s)
    return (m.group(1), m.group(2)) if m and m.group(1) else (s, None)


def _column(text: str) -> str | None:
    name, _unit = _split_header(text)
    key = " ".join(name.replace("_", " ").split()).casefold()
    return next((c for c, names in COLUMNS.items() if key in names), None)


def _cost(value: Any, unit: str, file: str, row: int, column: str):
    """``(cost or None, given, problem)``: ``given`` is False for a blank cell (leave it)."""
    if blank(value):
        return None, False, None
    if isinstance(value, str) and value.strip().startswith("="):
        return None, True, problem("costs.formula", f"the cell holds a formula {value!r}", file,
                                   row, column, "a value typed in, not a formula",
                                   value=value.strip())
    number: float | None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, (int, float)):
        number = float(value) + 0.0 if math.isfinite(value) and value >= 0 else None
    else:
        try:
            return parse_amount(str(value), unit), True, None
        except ValueError:
            number = None
    if number is None:
        return None, True, problem("costs.cost_invalid", f"cost {value!r}", file, row, column,
                                   "a number ≥ 0, blank (unchanged), or - / none (cleared)",
                                   value=str(value).strip(), unit=unit or None)
    return number, True, None


def _header_problems(rows, file: str, unit: str):
    """``(start, columns, titles, notes)``, or ``(None, problem)`` when the header will not do."""
    head = find_header(rows, "costs", file, _column)
    if head is None:
        return None, problem("costs.empty", "the file holds no rows", file, None, None,
                             "a header row and one row per direction")
    k, found, notes = head
    titles = {c: str(rows[k][i]).strip() for c, i in found.items()}
    if "cost" not in found:
        return None, problem("costs.no_cost_column", "the first row names no cost column", file,
                             k + 1, None, "a header row with a cost (成本) column")
    if "direction" not in found and "direction_id" not in found:
        return None, problem("costs.no_direction_column", "the first row names no direction",
                             file, k + 1, None, "a header row with a direction (重点发展方向) column")
    _name, file_unit = _split_header(titles["cost"])
    if file_unit and file_unit != normal_text(unit):
        if unit:
            return None, problem("costs.unit_mismatch", f"costs in {file_unit}, not {unit}", file,
                                 k + 1, titles["cost"], f"costs in {unit}", file_unit=file_unit,
                                 unit=unit)
        return None, problem("costs.unit_missing", f"costs in {file_unit}; the project has no "
                             "cost unit", file, k + 1, titles["cost"], "a project cost unit",
                             file_unit=file_unit)
    return (k, found, titles, notes), None


def read_costs(project: Project, path: str | Path) -> CostReport:
    """Check a cost table against ``project``'s directions; nothing is changed.

    Raises
    ------
    ProjectError
        ``costs.unreadable``, ``costs.too_large``, ``costs.format``, ``costs.encoding`` or
        ``costs.csv`` when the file cannot be read as a table at all (a workbook may also raise
        :class:`~mcdm.excel.safety.UnsafeWorkbook`). Problems with single rows are listed in the
        report instead.
    """
    file = str(path)
    unit = project.portfolio.cost_unit
    rows, notes = read_rows(path, "costs")
    everything = tuple((i.id, d.id) for i in project.industries for d in i.directions)
    old = {(i.id, d.id): d.cost for i in project.industries for d in i.directions}
    head, bad = _header_problems(rows, file, unit)
    if bad is not None:
        return CostReport(file, (), (), (), (), (), (), (bad,), tuple(notes), None)
    start, columns, titles, header_notes = head
    notes += header_notes
    problems: list[Problem] = []
    body = rows[start + 1:]
    if len(body) > MAX_ROWS:
        problems.append(problem("costs.too_many_rows", f"more than {MAX_ROWS} rows", file,
                                None, None, f"at most {MAX_ROWS} directions"))
        body = body[:MAX_ROWS]
    first: dict[Key, tuple[int, float | None, bool, str]] = {}  # key -> row, cost, given, text
    for k, row in enumerate(body, start=start + 2):
        def cell(column: str, row=row) -> Any:
            i = columns.get(column)
            return None if i is None or i >= len(row) else row[i]

        if all(blank(cell(c)) for c in columns):
            continue
        cost, given, cost_problem = _cost(cell("cost"), unit, file, k, titles["cost"])
        key, row_problems = resolve_row(project, {c: cell(c) for c in columns}, titles, file, k,
                                        needed=given)
        if cost_problem is not None:
            row_problems.append(cost_problem)
        if key is not None and not row_problems:
            text = "" if cell("cost") is None else str(cell("cost")).strip()
            seen = first.get(key)
            if seen is None or not seen[2]:  # the first row that gives a cost decides
                first[key] = (k, cost, given, text)
            elif given and cost != seen[1]:
                row_problems.append(problem(
                    "costs.duplicate", f"{key} is already on row {seen[0]}", file, k,
                    titles["cost"], "each direction once, or with the same cost", industry=key[0],
                    direction=key[1], first_row=seen[0], first=seen[3], value=text))
            elif given:
                notes.append(problem("costs.duplicate_same", f"{key} repeats row {seen[0]}", file,
                                     k, None, None, industry=key[0], direction=key[1],
                                     first_row=seen[0]))
        problems += row_problems
    if not problems and not first:
        problems.append(problem("costs.empty", "the file holds no directions", file, None, None,
                                "a header row and one row per direction"))
    new = dict(old)
    groups: dict[str, list[Key]] = {"set": [], "changed": [], "cleared": [], "unchanged": []}
    edits = []
    for key, (_row, cost, given, _text) in first.items():
        if not given or cost == old[key]:
            groups["unchanged"].append(key)
            continue
        groups["set" if old[key] is None else "cleared" if cost is None else "changed"].append(key)
        new[key] = cost
        edits.append(SetDirectionCost(key[0], key[1], cost))
    edit = None if problems else Composite(tuple(edits), "direction costs import")
    return CostReport(file, *(tuple(groups[g]) for g in ("set", "changed", "cleared", "unchanged")),
                      tuple(k for k in everything if k not in first),
                      tuple(k for k in everything if new[k] is None),
                      tuple(problems), tuple(notes), edit)

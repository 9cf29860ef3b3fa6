"""The cost table to fill in: every industry's directions with their current costs, as a workbook
or a CSV file that :func:`mcdm.project.cost_sheet.read_costs` reads back.

Columns: the industry and the direction by label (in ``lang``), the cost in the project's cost
unit (the header says the unit: ``成本（亿元）``; blank when the direction has none), then the
industry's and the direction's ids, which make the import exact whatever the labels (hidden in
the workbook, last in the CSV). The workbook has a second sheet of notes (blank leaves a cost,
``-``/``none`` clears it). A CSV is UTF-8 with a byte-order mark, as Excel opens it; a label
that would start a formula is written after an apostrophe, as Excel itself does. The file is
written atomically; one already there is kept as ``<file>.bak``.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from mcdm.errors import Location
from mcdm.excel.layout import FORMULA_PREFIXES, header, input_cell, print_setup, put, widths
from mcdm.messages import word
from mcdm.project.model import Project, ProjectError
from mcdm.project.storage import atomic_write, backup_path

__all__ = ["template_rows", "write_cost_template"]


def template_rows(project: Project, lang: str) -> tuple[list[str], list[list]]:
    """``(headers, rows)`` of the template: per direction its industry's label, its label, its
    cost (None when not set), the industry's id and its id."""
    unit = project.portfolio.cost_unit
    cost = word("cli.cost_header_unit", lang, unit=unit) if unit else word("cli.cost_header", lang)
    heads = [word("costs.header.industry", lang), word("costs.header.direction", lang), cost,
             word("costs.header.industry_id", lang), word("costs.header.direction_id", lang)]
    rows = [[i.label.get(lang), d.label.get(lang), d.cost, i.id, d.id]
            for i in project.industries for d in i.directions]
    return heads, rows


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def _csv(heads: list[str], rows: list[list]) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(heads)
    for row in rows:
        w.writerow([_number(v) if k == 2 else ("'" + v if v.startswith(FORMULA_PREFIXES) else v)
                    for k, v in enumerate(row)])
    return out.getvalue().encode("utf-8-sig")


def _xlsx(project: Project, heads: list[str], rows: list[list], lang: str, name: str) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = word("costs.sheet", lang)
    header(ws, 1, 1, heads, lang=lang)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            if c == 3:
                cell = ws.cell(row=r, column=c, value=value)
                input_cell(cell, lang, "#,##0.########")
            else:
                put(ws, r, c, value, lang=lang)
    longest = [max([len(str(v or "")) * (2 if lang == "zh" else 1) for v in col] + [8])
               for col in zip(heads, *rows, strict=False)]
    widths(ws, {1: min(longest[0] + 2, 40), 2: min(longest[1] + 2, 50), 3: 16, 4: 14, 5: 20})
    for letter in ("D", "E"):  # the ids: there for the import, not for the planner
        ws.column_dimensions[letter].hidden = True
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:E{len(rows) + 1}"
    print_setup(ws, landscape=False, title_rows="1:1")  # a printed copy to fill in by hand
    notes = wb.create_sheet(word("costs.notes_sheet", lang))
    lines = [word("costs.note.fill", lang, column=heads[2], file=name),
             word("costs.note.blank", lang),
             word("costs.note.ids", lang, industry_id=heads[3], direction_id=heads[4]),
             word("costs.note.other", lang)]
    for r, text in enumerate(lines, start=1):
        put(notes, r, 1, text, lang=lang)
    widths(notes, {1: 110})
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def write_cost_template(project: Project, path: str | Path, lang: str) -> tuple[Path, Path | None]:
    """Write the template to ``path`` (.xlsx or .csv, in ``lang``); returns the path and the
    backup of the file that was there (None when there was none).

    Raises
    ------
    ProjectError
        ``costs.template_format`` for any other file type (nothing is written); a file that
        cannot be written raises :class:`~mcdm.project.storage.StorageError`.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ProjectError("costs.template_format", f"a template cannot be a {suffix or 'plain'} "
                           "file", location=Location(file=str(target)),
                           expected="a .xlsx or .csv file", params={"file": str(target)})
    heads, rows = template_rows(project, lang)
    data = _csv(heads, rows) if suffix == ".csv" else \
        _xlsx(project, heads, rows, lang, target.name)
    existed = target.exists()
    atomic_write(target, data, backup=True)
    return target, backup_path(target) if existed else None

"""Cell writing and styling shared by every workbook we produce.

One place decides how a header, an input cell, a computed cell and a warning look, so the
questionnaire and the results workbook read alike. Everything a user types or a label holds goes
through :func:`put`, which stores text that starts with ``=``, ``+``, ``-`` or ``@`` as text: a
criterion named ``=HYPERLINK(...)`` must never become a live formula in a reviewer's Excel
(OWASP "CSV/formula injection").
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from copy import copy
from pathlib import Path
from typing import Any

from openpyxl.formatting.rule import CellIsRule, ColorScaleRule, FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_PREFIXES = ("=", "+", "-", "@")

# Office's default UI fonts for each language; LibreOffice substitutes Noto where they are missing.
FONTS = {"zh": "Microsoft YaHei", "en": "Calibri"}

INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")  # pale yellow: "type here"
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
SECTION_FILL = PatternFill("solid", fgColor="DDEBF7")
COMPUTED_FILL = PatternFill("solid", fgColor="F2F2F2")
BAD_FILL = PatternFill("solid", fgColor="F8CBAD")
BAD_FONT_COLOR = "9C0006"
THIN = Side(style="thin", color="BFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

FMT_WEIGHT = "0.0000"
FMT_RATIO = "0.000"
FMT_SCORE = "0.00"
FMT_PERCENT = "0.0%"
FMT_INT = "0"


def font(lang: str, **kw: Any) -> Font:
    return Font(name=FONTS.get(lang, FONTS["en"]), **kw)


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_PREFIXES)


def put(ws: Worksheet, row: int, col: int, value: Any, *, lang: str = "en", bold: bool = False,
        fmt: str | None = None, fill: PatternFill | None = None, wrap: bool = False,
        border: bool = False, size: float | None = None, color: str | None = None):
    """Write a constant (never a formula) and style it; returns the cell."""
    cell = ws.cell(row=row, column=col)
    cell.value = value
    _style(cell, lang, bold=bold, fmt=fmt, fill=fill, wrap=wrap, border=border, size=size,
           color=color)
    if isinstance(value, str):
        # openpyxl turns any "=..." string into a formula; force it back to text and set
        # quotePrefix so Excel keeps treating it as text when the cell is edited.
        cell.data_type = "s"
        if is_formula_like(value):
            cell.quotePrefix = True
    return cell


def formula(ws: Worksheet, row: int, col: int, text: str, *, lang: str = "en",
            fmt: str | None = None, bold: bool = False, fill: PatternFill | None = COMPUTED_FILL,
            border: bool = True, value: Any = None):
    """Write a formula we built ourselves (``text`` starts with ``=``); returns the cell.

    ``value`` is the engine's result for it: written as the formula's cached value when the
    workbook is saved (:mod:`mcdm.excel.cached`), so viewers that never recalculate show it.
    """
    if not text.startswith("="):
        raise ValueError(f"not a formula: {text!r}")
    cell = ws.cell(row=row, column=col)
    cell.value = text
    if value is not None:
        from mcdm.excel.cached import record

        record(ws, cell.coordinate, value)
    _style(cell, lang, bold=bold, fmt=fmt, fill=fill, border=border)
    return cell


def _style(cell, lang, *, bold=False, fmt=None, fill=None, wrap=False, border=False, size=None,
           color=None) -> None:
    # openpyxl hashes every style object on assignment, which dominates writing a large workbook;
    # the first cell with a given look computes its style, later cells copy the style indices.
    cache = _style_cache(cell.parent.parent)
    key = (lang, bold, fmt, id(fill), wrap, border, size, color)
    cached = cache.get(key)
    if cached is not None:
        cell._style = copy(cached)
        return
    kw: dict[str, Any] = {"bold": bold}
    if size is not None:
        kw["size"] = size
    if color is not None:
        kw["color"] = color
    cell.font = font(lang, **kw)
    if fmt:
        cell.number_format = fmt
    if fill is not None:
        cell.fill = fill
    if wrap:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    if border:
        cell.border = BOX
    cache[key] = copy(cell._style)


def _style_cache(wb) -> dict:
    cache = getattr(wb, "_fourchains_styles", None)
    if cache is None:
        cache = {}
        wb._fourchains_styles = cache
    return cache


def header(ws: Worksheet, row: int, col: int, labels: Sequence[str], *, lang: str,
           wrap: bool = True) -> None:
    """A row of column headers: white bold on dark blue, wrapped, boxed."""
    for k, text in enumerate(labels):
        cell = put(ws, row, col + k, text, lang=lang, bold=True, fill=HEADER_FILL, border=True,
                   color="FFFFFF")
        restyle(cell, f"header wrap={wrap}", lambda c: setattr(
            c, "alignment", Alignment(wrap_text=wrap, vertical="center", horizontal="center")))


def fit_row(ws: Worksheet, row: int, widths: dict[int, float], *, lang: str,
            fill: float = 0.95) -> None:
    """Set ``row``'s height for its wrapped text: spreadsheets do not grow a row's height for
    wrapped text in a written file, so long labels would overlap the row below. ``fill`` is the
    share of a line that wrapped text uses (lower for bold headers of narrow columns).

    Only the row's written cells are read and realigned: asking openpyxl for a cell creates it
    (``ws.cell``, ``ws[row]``), and an empty cell needs no alignment. openpyxl keeps the cells
    in ``ws._cells`` by (row, column) and has no public look-up that does not create one."""
    import math

    lines = 1
    for col, width in widths.items():
        cell = ws._cells.get((row, col))
        value = cell.value if cell is not None else None
        if isinstance(value, str) and value:
            # Column units are digit widths: a Latin letter takes about 0.85 of one, a CJK
            # character about 1.7 (as LibreOffice and Excel render Noto/YaHei); wrapping at
            # spaces loses a little of each line.
            used = sum(1.7 if ord(ch) > 0x2E7F else 0.85 for ch in value)
            lines = max(lines, math.ceil(used / max(1.0, width * fill)))
    ws.row_dimensions[row].height = (16.5 if lang == "zh" else 15.0) * lines
    if lines > 1:
        # Wrapped text sits at the top; the row's numbers beside it too, not at the bottom.
        for (r, _), cell in ws._cells.items():
            if r == row:
                _align_top(cell)


def _align_top(cell) -> None:
    """Vertical alignment "top" (a centred cell stays centred), keeping the horizontal
    alignment, the indent (the weights sheet's tree) and the wrapping."""
    def top(c) -> None:
        a = c.alignment
        c.alignment = Alignment(horizontal=a.horizontal, wrap_text=a.wrap_text, indent=a.indent,
                                vertical="top" if a.vertical != "center" else "center")

    restyle(cell, "top", top)


def restyle(cell, change: str, apply) -> None:
    """``apply(cell)`` (named ``change``) to a cell's style, cached by the style it replaces:
    as in :func:`put`, the first cell computes the new style, later ones copy its indices."""
    cache = _style_cache(cell.parent.parent)
    key = (change, tuple(cell._style))
    cached = cache.get(key)
    if cached is None:
        apply(cell)
        cached = cache[key] = copy(cell._style)
    cell._style = copy(cached)


def title(ws: Worksheet, text: str, *, lang: str, row: int = 1, subtitle: str | None = None) -> None:
    put(ws, row, 1, text, lang=lang, bold=True, size=14)
    if subtitle:
        put(ws, row + 1, 1, subtitle, lang=lang, color="595959")


def section(ws: Worksheet, row: int, text: str, *, lang: str, width: int) -> None:
    """A band across ``width`` columns introducing a block (a tree node, an industry)."""
    for col in range(1, width + 1):
        ws.cell(row=row, column=col).fill = SECTION_FILL
    put(ws, row, 1, text, lang=lang, bold=True, fill=SECTION_FILL)


def unlock(cell) -> None:
    """Mark a cell the user is meant to fill: unlocked under sheet protection, pale yellow."""
    cell.protection = Protection(locked=False)
    cell.fill = INPUT_FILL
    cell.border = BOX


def input_cell(cell, lang: str, fmt: str = "General") -> None:
    """:func:`unlock` plus the language's font and a number format, cached like :func:`put`'s
    styles (a questionnaire has hundreds of answer cells)."""
    cache = _style_cache(cell.parent.parent)
    key = ("input", lang, fmt)
    cached = cache.get(key)
    if cached is not None:
        cell._style = copy(cached)
        return
    unlock(cell)
    cell.font = font(lang)
    cell.number_format = fmt
    cache[key] = copy(cell._style)


def protect(ws: Worksheet) -> None:
    """Sheet protection without a password: guards against slips, not against intent."""
    ws.protection.sheet = True
    ws.protection.selectLockedCells = False
    ws.protection.selectUnlockedCells = False
    ws.protection.formatColumns = False  # False = allowed: experts may widen columns


def text_width(text: Any) -> float:
    """Display width in Excel's character units; CJK characters count double."""
    s = "" if text is None else str(text)
    return sum(2.0 if ord(ch) > 0x2E7F else 1.0 for ch in s)


def widths(ws: Worksheet, values: dict[int, float]) -> None:
    for col, width in values.items():
        ws.column_dimensions[get_column_letter(col)].width = width


def fit_columns(ws: Worksheet, cols: Iterable[int], *, minimum: float = 8, maximum: float = 48,
                first_row: int = 1) -> None:
    """Size columns to their longest constant, within bounds (formulas count as numbers)."""
    for col in cols:
        longest = minimum
        for (cell,) in ws.iter_rows(min_row=first_row, min_col=col, max_col=col):
            if cell.data_type == "f":
                longest = max(longest, 10)
            elif cell.value is not None:
                longest = max(longest, text_width(cell.value) + 2)
        ws.column_dimensions[get_column_letter(col)].width = min(longest, maximum)


def print_setup(ws: Worksheet, *, landscape: bool = True, title_rows: str | None = None) -> None:
    """A4, fit to one page wide, repeated header rows, a centred footer with page numbers."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.5
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddFooter.center.text = "&P / &N"


def red_when(ws: Worksheet, ref: str, formula_text: str) -> None:
    """Conditional format: the range turns red where ``formula_text`` (relative to its top-left) is true."""
    ws.conditional_formatting.add(
        ref, FormulaRule(formula=[formula_text], fill=BAD_FILL, font=Font(color=BAD_FONT_COLOR, bold=True)))


def red_above(ws: Worksheet, ref: str, threshold: str) -> None:
    """Cells in ``ref`` turn red when greater than ``threshold`` (a number or a cell reference)."""
    ws.conditional_formatting.add(
        ref, CellIsRule(operator="greaterThan", formula=[threshold], fill=BAD_FILL,
                        font=Font(color=BAD_FONT_COLOR, bold=True)))


def colour_scale(ws: Worksheet, ref: str, *, reverse: bool = False) -> None:
    """White-to-green scale (green = high); ``reverse`` makes low values green (ranks, costs)."""
    low, high = ("63BE7B", "FFFFFF") if reverse else ("FFFFFF", "63BE7B")
    ws.conditional_formatting.add(
        ref, ColorScaleRule(start_type="min", start_color=low, end_type="max", end_color=high))


def col(n: int) -> str:
    return get_column_letter(n)


def ref(row: int, column: int, *, absolute: bool = False, sheet: str | None = None) -> str:
    """An A1 reference; ``sheet`` is quoted the way Excel and LibreOffice both accept."""
    text = f"${col(column)}${row}" if absolute else f"{col(column)}{row}"
    if sheet is not None:
        text = f"{quote_sheet(sheet)}!{text}"
    return text


def area(r1: int, c1: int, r2: int, c2: int, *, absolute: bool = True, sheet: str | None = None) -> str:
    text = f"{ref(r1, c1, absolute=absolute)}:{ref(r2, c2, absolute=absolute)}"
    if sheet is not None:
        text = f"{quote_sheet(sheet)}!{text}"
    return text


def quote_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


_BAD_SHEET_CHARS = str.maketrans({c: "_" for c in "[]:*?/\\"})


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, with "…" when cut.

    Sheet names are limited to 31 characters; "New-generation information tech" cut mid-word
    reads badly, "New-generation information…" does not. Text without a usable space (Chinese)
    is cut at the limit.
    """
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    if space >= limit // 3:
        head = head[:space]
        # "Energy saving and…" promises a word that is not there; "Energy saving…" does not.
        words = head.split(" ")
        if len(words) > 1 and words[-1].casefold() in _DANGLING:
            head = " ".join(words[:-1])
    return head.rstrip(" -·,;") + "…"


_DANGLING = {"and", "or", "of", "for", "the", "a", "an", "in", "on", "to", "with", "&"}


def sheet_title(text: str, taken: set[str], *, limit: int = 31) -> str:
    """A valid, unique (case-insensitively, as Excel compares) sheet name derived from ``text``."""
    base = text.translate(_BAD_SHEET_CHARS).strip().strip("'") or "Sheet"
    name = shorten(base, limit)
    k = 2
    while name.casefold() in {t.casefold() for t in taken}:
        suffix = f" ({k})"
        name = shorten(base, limit - len(suffix)) + suffix
        k += 1
    taken.add(name)
    return name


def save_workbook(wb, path, after=None) -> Path:
    """Save ``wb`` to ``path`` through a temporary file beside it, so a failed save leaves no
    half-written workbook; a failure names ``path`` (what the user asked for), not the
    temporary file. ``after(tmp)`` may finish the saved file before it takes ``path``'s place."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        wb.save(tmp)
        if after is not None:
            after(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return path

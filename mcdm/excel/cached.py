"""Cached formula results: every formula we write carries the engine's value for it.

openpyxl writes a formula with an empty result (``<f>…</f><v/>``), so previews, Protected View
and phone viewers — which show cached results and never recalculate — show blank cells. Each
:func:`mcdm.excel.layout.formula` call records the engine's value for its cell; after saving,
:func:`fill` writes those values into the sheets' XML (``<v>``), leaving everything else byte for
byte as openpyxl wrote it. A spreadsheet that recalculates gets the same numbers (the tests
compare both with the engine to 1e-9 and with LibreOffice's recalculation).
"""

from __future__ import annotations

import math
import re
import zipfile
from pathlib import Path

_REL = re.compile(r'<Relationship\b[^>]*>')
_SHEET = re.compile(r'<sheet\b[^>]*>')
# A formula's text holds no "<" (XML escapes it), so [^<]* cannot run past its cell.
_CELL = re.compile(r'<c r="([A-Z]+[0-9]+)"([^>]*)><f>([^<]*)</f>(?:<v\s*/>|<v></v>)(</c>)')


def record(ws, coordinate: str, value) -> None:
    """Remember the engine's ``value`` for the formula at ``coordinate`` on ``ws``."""
    if value is None:
        return
    store = getattr(ws.parent, "_fourchains_cached", None)
    if store is None:
        store = {}
        ws.parent._fourchains_cached = store
    store.setdefault(ws.title, {})[coordinate] = value


def values_of(wb) -> dict[str, dict[str, object]]:
    return getattr(wb, "_fourchains_cached", {})


def _attr(tag: str, name: str) -> str | None:
    m = re.search(rf'\b{name}="([^"]*)"', tag)
    return m.group(1) if m else None


def _sheet_paths(z: zipfile.ZipFile) -> dict[str, str]:
    """Sheet title → its XML part inside the package."""
    from xml.sax.saxutils import unescape

    book = z.read("xl/workbook.xml").decode("utf-8")
    rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    targets = {_attr(t, "Id"): _attr(t, "Target") for t in _REL.findall(rels)}
    out = {}
    for tag in _SHEET.findall(book):
        name = unescape(_attr(tag, "name"), {"&quot;": '"', "&apos;": "'"})
        rid = re.search(r'\br:id="([^"]*)"', tag) or re.search(r'\bid="([^"]*)"', tag)
        target = targets[rid.group(1)].lstrip("/")
        out[name] = target if target.startswith("xl/") else f"xl/{target}"
    return out


def _text(value) -> tuple[str, str]:
    """(cell type attribute, cached text) for a value."""
    if isinstance(value, bool):
        return ' t="b"', "1" if value else "0"
    if isinstance(value, (int, float)):
        v = float(value)
        if not math.isfinite(v):
            return ' t="e"', "#NUM!"
        return "", repr(v) if not v.is_integer() else str(int(v)) if abs(v) < 2**53 else repr(v)
    from xml.sax.saxutils import escape

    return ' t="str"', escape(str(value))


def fill(path: str | Path, values: dict[str, dict[str, object]]) -> int:
    """Write ``values`` (sheet → coordinate → value) as the cached results of the formulas in
    the workbook at ``path``; returns how many formulas got a value."""
    if not values:
        return 0
    path = Path(path)
    tmp = path.with_name(path.name + ".cache")
    done = 0
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        parts = {v: k for k, v in _sheet_paths(src).items()}
        for item in src.infolist():
            data = src.read(item.filename)
            title = parts.get(item.filename)
            if title in values:
                cells = values[title]
                text = data.decode("utf-8")

                def put(m, cells=cells):
                    nonlocal done
                    coord, attrs, formula, end = m.groups()
                    if coord not in cells:
                        return m.group(0)
                    kind, cached = _text(cells[coord])
                    attrs = re.sub(r'\st="[^"]*"', "", attrs) + kind
                    done += 1
                    return f'<c r="{coord}"{attrs}><f>{formula}</f><v>{cached}</v>{end}'
                text = _CELL.sub(put, text)
                data = text.encode("utf-8")
            dst.writestr(item, data)
    tmp.replace(path)
    return done

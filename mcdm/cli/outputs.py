"""Output for scripts: the evaluation as JSON on stdout, or as CSV tables in a folder."""

from __future__ import annotations

import csv
import json
from pathlib import Path

__all__ = ["dump_json", "write_csv_tables"]


def dump_json(document: dict) -> str:
    # allow_nan=False: the document has null where a number does not exist, and strict JSON
    # readers (JavaScript, jq) refuse NaN; a NaN here would be a bug, so fail loudly.
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"  # what Excel itself writes, and reads back as logical
    return value  # floats keep full precision (repr), ints and text as they are


def write_csv_tables(tables: dict, folder: str | Path) -> list[Path]:
    """One ``<name>.csv`` per table in ``folder`` (created if missing); returns the paths.

    The files are UTF-8 *with* a byte-order mark: Excel opens a double-clicked .csv in the
    system's ANSI code page unless it starts with a BOM, which garbles every Chinese label (on a
    Chinese Windows it guesses GBK); with the BOM it reads UTF-8. pandas, LibreOffice and
    Python's ``csv`` (``encoding="utf-8-sig"``) skip the mark.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (header, rows) in tables.items():
        path = folder / f"{name}.csv"
        with open(path, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows([_cell(v) for v in row] for row in rows)
        written.append(path)
    return written

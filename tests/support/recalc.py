"""Recalculate a workbook with a real spreadsheet engine (LibreOffice headless) and read the values.

openpyxl writes formulas without cached results; LibreOffice loads the file, recalculates every
formula (forced through the profile setting below, not left to the "recalculate on load" default)
and saves a copy whose cached values openpyxl reads back with ``data_only=True``.

Each call uses its own LibreOffice user profile so parallel test runs (and other engineers'
LibreOffice sessions) never share the profile lock.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

# OOXMLRecalcMode / ODFRecalcMode 0 = "always recalculate on load".
_PROFILE_XCU = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise RuntimeError("LibreOffice is required: apt-get install libreoffice-calc-nogui")
    return exe


def convert(path: str | Path, outdir: str | Path, fmt: str = "xlsx", *, timeout: float = 180) -> Path:
    """Open ``path`` in LibreOffice, recalculate, save as ``fmt`` into ``outdir``; returns the new file."""
    path, outdir = Path(path), Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo_profile_") as profile:
        user = Path(profile) / "user"
        user.mkdir()
        (user / "registrymodifications.xcu").write_text(_PROFILE_XCU, encoding="utf-8")
        proc = subprocess.run(
            [soffice(), f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
             "--norestore", "--convert-to", fmt, "--outdir", str(outdir), str(path)],
            capture_output=True, text=True, timeout=timeout, check=False)
    out = outdir / (path.stem + "." + fmt.split(":")[0])
    if proc.returncode != 0 or not out.exists():
        raise RuntimeError(f"LibreOffice failed on {path}: {proc.stdout} {proc.stderr}")
    return out


def recalculated_values(path: str | Path, workdir: str | Path) -> dict[str, dict[str, object]]:
    """Every sheet's recalculated cell values as ``{sheet: {"A1": value}}`` (formulas replaced)."""
    import openpyxl

    out = convert(path, Path(workdir) / "recalc")
    wb = openpyxl.load_workbook(out, data_only=True)
    values: dict[str, dict[str, object]] = {}
    for ws in wb.worksheets:
        values[ws.title] = {c.coordinate: c.value for row in ws.iter_rows() for c in row
                            if c.value is not None}
    return values


def recalculated_many(paths, workdir: str | Path) -> list[dict[str, dict[str, object]]]:
    """:func:`recalculated_values` of several workbooks with one LibreOffice start (a start
    costs seconds; the conversions themselves are quick)."""
    import openpyxl

    paths = [Path(p) for p in paths]
    if len({p.stem for p in paths}) != len(paths):
        raise ValueError("workbooks converted together need distinct names")
    outdir = Path(workdir) / "recalc"
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo_profile_") as profile:
        user = Path(profile) / "user"
        user.mkdir()
        (user / "registrymodifications.xcu").write_text(_PROFILE_XCU, encoding="utf-8")
        proc = subprocess.run(
            [soffice(), f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
             "--norestore", "--convert-to", "xlsx", "--outdir", str(outdir),
             *map(str, paths)], capture_output=True, text=True, timeout=600, check=False)
    out = []
    for p in paths:
        converted = outdir / (p.stem + ".xlsx")
        if proc.returncode != 0 or not converted.exists():
            raise RuntimeError(f"LibreOffice failed on {p}: {proc.stdout} {proc.stderr}")
        wb = openpyxl.load_workbook(converted, data_only=True)
        out.append({ws.title: {c.coordinate: c.value for row in ws.iter_rows() for c in row
                               if c.value is not None} for ws in wb.worksheets})
    return out

"""Render a page of a round-2 questionnaire of the sample workshop to PNG, through LibreOffice.

    python tools/render_questionnaire.py [--out docs/screenshots] [--lang zh] [--expert E6]

Closes round 1 of the sample workshop, writes the expert's round-2 questionnaire (the round-1
answers prefilled, the group's judgment and spread beside each pair, the reason column), moves
one answer so that the live feedback shows, keeps only the pairwise-comparison sheet visible,
prints it to PDF with LibreOffice (recalculating every formula), renders the first page with
``pdftoppm`` and trims the margins (Pillow):
``<out>/<lang>_questionnaire_round2.png``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def render(out: Path, lang: str, expert: str) -> Path:
    import openpyxl

    from mcdm.excel import write_questionnaire
    from mcdm.excel.labels import levels
    from mcdm.excel.questionnaire import plan as P
    from mcdm.excel.questionnaire.fill import plan_of
    from mcdm.project import edits as E
    from mcdm.project.sample import sample_project
    from tests.support.recalc import convert

    project, _ = E.StartRound("2025-03-01T10:00:00+08:00").apply(sample_project())
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = write_questionnaire(project, expert, Path(tmp) / "q.xlsx", lang=lang)
        wb = openpyxl.load_workbook(path)
        _, _, sheets = plan_of(project, wb)
        title, (_, sp) = next((t, x) for t, x in sheets.items() if x[1].judgment_blocks)
        ws = wb[title]
        pr = sp.judgment_blocks[1].pairs[0]  # the expert moves one answer toward "equal"
        ws.cell(row=pr.row, column=P.COL_A_MORE).value = levels(lang)[1]
        ws.cell(row=pr.row, column=P.COL_B_MORE).value = None
        ws.cell(row=pr.row, column=P.COL_REASON).value = None
        for other in wb.worksheets:
            if other.title != title:
                other.sheet_state = "hidden"
        wb.active = wb.worksheets.index(ws)
        wb.save(path)
        pdf = convert(path, Path(tmp) / "pdf", "pdf")
        target = out / f"{lang}_questionnaire_round2"
        subprocess.run(["pdftoppm", "-png", "-r", "160", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(target)], check=True)
    png = target.with_suffix(".png")
    _trim(png)
    return png


def _trim(png: Path, border: int = 16) -> None:
    """Crop the white page margins (Pillow, when installed)."""
    try:
        from PIL import Image, ImageChops
    except ImportError:
        return
    with Image.open(png) as im:
        rgb = im.convert("RGB")
        box = ImageChops.difference(rgb, Image.new("RGB", rgb.size, "white")).getbbox()
        if box:
            left, top, right, bottom = box
            box = (max(0, left - border), max(0, top - border), min(rgb.width, right + border),
                   min(rgb.height, bottom + border))
            rgb.crop(box).save(png)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--lang", choices=("zh", "en"), default="zh")
    ap.add_argument("--expert", default="E6")
    args = ap.parse_args()
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm is required: apt-get install poppler-utils")
    sys.stdout.write(f"{render(args.out, args.lang, args.expert)}\n")


if __name__ == "__main__":
    main()

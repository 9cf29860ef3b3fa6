"""Speed of the report, the results workbook and one figure on the sample, with baselines run in
the same process; ratios are ours / baseline.

    python benchmarks/bench_report.py

1. The sample's Word report (evaluated with the sensitivity analysis; 13 figures, 50 tables) —
   goal < 3 s; baseline: python-docx writing the same tables' cells and nothing else, plus the
   same number of bare matplotlib bar charts. First run (pymcdm's import and the method comparison
   included) and warm. The same report as PDF is timed too (no goal).
2. The results workbook export, warm — goal < 1 s; baselines: bare openpyxl and bare XlsxWriter
   writing the same number of cells (numbers, no styles).
3. One 300-dpi figure (the ranking chart, built and saved as PNG) — goal < 200 ms; baseline: a
   bare matplotlib bar chart of the same values (no wrapping, no layout engine).

The report's ratio is below 1: its baseline fills cells one at a time through python-docx
(``table.cell(r, c)``, which walks the table on every call), which the report no longer does —
its tables are written whole (:mod:`mcdm.report.docx_table`). Its time is now mostly matplotlib
drawing the 13 figures (about 90 ms each: constrained layout and text shaping, then the PNG).

Measured on the shared 2-core machine, the code before the speed-up (296ee1b) and after it run
back to back, at load 1.0 (and, in brackets, at load 2.1):

    measure                                          before           after
    Word report, first run                           3.17 s (3.69)    2.21 s (2.29)
    Word report, warm                                2.66 s (2.68)    1.51 s (1.54)
    the same report as PDF (no goal, not changed)    5.33 s (5.31)    4.99 s (4.81)
    results workbook, warm                           0.52 s (0.54)    0.44 s (0.47)
    one 300-dpi figure, 5 / 17 directions            0.10 / 0.22 s    0.10 / 0.22 s

The report's tables went from 0.9 s to 0.1 s (written whole), its figures are drawn once instead
of savefig's two passes, its captions and headings name their style by id; the workbook stores no
empty cells for wrapped rows and reuses styles (openpyxl's own writer is now most of its time).
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import mcdm  # noqa: E402, F401 - before openpyxl (defusedxml switch)


def timed(fn, repeat: int = 1):
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def bare_docx(report, path) -> None:
    import docx

    from mcdm.report.document import Table

    doc = docx.Document()
    for b in report.blocks:
        if isinstance(b, Table):
            t = doc.add_table(rows=1 + len(b.rows), cols=len(b.header))
            for r, row in enumerate((b.header, *b.rows)):
                for c, text in enumerate(row):
                    t.cell(r, c).text = text
    doc.save(path)


def bare_chart(values, dpi=300):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6.3, 3.0))
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.barh(range(len(values)), values)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)


def cells_of(path) -> int:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    return sum(1 for ws in wb.worksheets for row in ws.iter_rows() for c in row
               if c.value is not None)


def bare_openpyxl(n_cells: int, path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for k in range(n_cells):
        ws.cell(row=k // 20 + 1, column=k % 20 + 1, value=k * 0.5)
    wb.save(path)


def bare_xlsxwriter(n_cells: int, path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    for k in range(n_cells):
        ws.write_number(k // 20, k % 20, k * 0.5)
    wb.close()


def main() -> None:
    from mcdm.excel import write_results
    from mcdm.figures import ranking_figure, save
    from mcdm.project.evaluate import evaluate
    from mcdm.project.sample import sample_project
    from mcdm.report import build_report, write_report

    project = sample_project()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        # 1. The report.
        first = timed(lambda: write_report(evaluate(project, sensitivity=True),
                                           t / "r.docx", lang="zh"))
        result = evaluate(project, sensitivity=True)
        warm = timed(lambda: write_report(evaluate(project, sensitivity=True), t / "r.docx",
                                          lang="zh"), 2)
        report = build_report(result, "zh")
        ir = result.industry("nev")
        values = [c for _, c, _ in ir.ranking()]
        base = timed(lambda: (bare_docx(report, t / "b.docx"),
                              [bare_chart(values, 200) for _ in range(report.figures)]), 2)
        rows.append(("Word report of the sample, first run (pymcdm import, comparison)",
                     first, base, 3.0))
        rows.append(("Word report of the sample, warm (evaluate included)", warm, base, 3.0))
        pdf = timed(lambda: write_report(result, t / "r.pdf", lang="zh"))
        rows.append(("the same report as PDF (matplotlib, warm)", pdf, base, None))

        # 2. The results workbook.
        write_results(project, result, t / "w.xlsx")
        ours = timed(lambda: write_results(project, result, t / "w.xlsx"), 3)
        n = cells_of(t / "w.xlsx")
        opx = timed(lambda: bare_openpyxl(n, t / "o.xlsx"), 3)
        xw = timed(lambda: bare_xlsxwriter(n, t / "x.xlsx"), 3)
        rows.append((f"results workbook, warm ({n} cells) vs bare openpyxl", ours, opx, 1.0))
        rows.append(("  … vs bare XlsxWriter, same cells", ours, xw, 1.0))

        # 3. One 300-dpi figure.
        save(ranking_figure(result, "nev", "zh"), t / "f.png")
        one = timed(lambda: save(ranking_figure(result, "nev", "zh"), t / "f.png"), 5)
        bare = timed(lambda: bare_chart(values), 5)
        rows.append(("one 300-dpi figure (ranking, 5 directions), built + saved", one, bare, 0.2))
        big = timed(lambda: save(ranking_figure(result, "bio", "zh"), t / "g.png"), 3)
        rows.append(("  … 17 directions", big, bare, None))

    print(f"{'measure':<68}{'ours':>9}{'baseline':>10}{'ratio':>8}{'goal':>8}")
    for name, ours_s, base_s, goal in rows:
        mark = "" if goal is None else (f"< {goal:g} s" + (" ✓" if ours_s < goal else " ✗"))
        print(f"{name:<68}{ours_s:>8.2f}s{base_s:>9.2f}s{ours_s / base_s:>7.1f}×  {mark}")


if __name__ == "__main__":
    main()

"""The GUI's import of 20 filled questionnaires with the preview (a benchmark, not a test).

    python benchmarks/bench_import_preview.py

The sample workshop's panel widened to 20 experts (as in ``bench_excel.py``), issued blank and
filled as the experts would: a first import, 10,000 new answers. Timed, best of 3: reading and
checking the files (``read_questionnaires``), building and showing the preview dialog (the tree
of every expert, block and answer; the problems list), and the edit of the accepted choices —
goal < 2 s for the three together; baseline: openpyxl merely loading the same 20 files, in the
same process.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    import openpyxl
    from bench_excel import N_FILES, SAMPLE, panel_of
    from PySide6.QtWidgets import QApplication

    from desktop.views.import_preview import ImportPreviewDialog
    from mcdm.excel import read_questionnaires, write_questionnaire
    from mcdm.excel.questionnaire.fill import fill_answers
    from mcdm.project.storage import load

    app = QApplication.instance() or QApplication(["bench"])
    with tempfile.TemporaryDirectory() as tmp:
        project = panel_of(load(SAMPLE), N_FILES)
        blank = project.replace(judgments={}, scores={})
        paths = [fill_answers(write_questionnaire(blank, e, Path(tmp) / f"{e}.xlsx"), project)
                 for e in project.expert_ids()]
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            report = read_questionnaires(blank, paths)
            t1 = time.perf_counter()
            dialog = ImportPreviewDialog(report, blank, "en")
            dialog.show()
            app.processEvents()
            t2 = time.perf_counter()
            choice = dialog.choice()
            report.edit_with(accept=choice.accept, take=choice.take).apply(blank)
            t3 = time.perf_counter()
            dialog.close()
            dialog.deleteLater()
            app.processEvents()
            runs.append((t1 - t0, t2 - t1, t3 - t2, t3 - t0))
        read, shown, edit, total = min(runs, key=lambda r: r[3])
        bare = min(_timed(lambda: [openpyxl.load_workbook(p) for p in paths]) for _ in range(3))
    counts = report.counts()
    print(f"GUI import of {N_FILES} filled questionnaires with the preview "
          f"({counts['new']} new answers, {counts['unchanged']} unchanged)")
    print(f"  read and check the files     {read * 1e3:7.1f} ms")
    print(f"  build and show the preview   {shown * 1e3:7.1f} ms")
    print(f"  apply the accepted edit      {edit * 1e3:7.1f} ms")
    print(f"  together                     {total * 1e3:7.1f} ms  (goal < 2000 ms)")
    print(f"  openpyxl load only           {bare * 1e3:7.1f} ms   ours / bare = "
          f"{total / bare:5.2f}x")


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()

"""Speed of the Excel round trip on the sample workshop, with baselines run in the same process.

    python benchmarks/bench_excel.py

1. Import of 20 filled questionnaires (the sample workshop's panel widened to 20 experts: 3 judgment
   matrices and 8 industries' score sheets each; issued blank, filled as the experts would) —
   safety checks, validation of every cell, the three-way preview (every answer compared with
   what it showed when issued and with the project), the edit built — goal < 2 s; baseline:
   openpyxl merely loading the same 20 files.
2. Export of the sample workshop's full results workbook (summary, weights, six expert sheets,
   scores, eight live-formula TOPSIS sheets, method comparison, sensitivity, charts) — goal < 2 s;
   baseline: openpyxl writing the same number of numeric cells with no styling.
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

import openpyxl  # noqa: E402

from mcdm.excel import read_questionnaires, write_questionnaire  # noqa: E402
from mcdm.excel.questionnaire.fill import fill_answers  # noqa: E402
from mcdm.project.model import Expert  # noqa: E402
from mcdm.project.storage import load  # noqa: E402

SAMPLE = ROOT / "sample_workbooks" / "sample_workshop.json"
N_FILES = 20


def best_of(fn, repeat=3):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return min(times), out


def panel_of(project, n: int):
    """The sample with ``n`` experts, each copying one of the sample's six (answers included)."""
    base = project.experts
    experts = tuple(Expert(f"X{k + 1}", f"{base[k % len(base)].name} #{k + 1}") for k in range(n))
    judgments = {f"X{k + 1}": project.judgments.get(base[k % len(base)].id, {}) for k in range(n)}
    scores = {(f"X{k + 1}", *key[1:]): v for k in range(n) for key, v in project.scores.items()
              if key[0] == base[k % len(base)].id}
    return project.replace(experts=experts, judgments=judgments, scores=scores)


def bench_import(folder: Path) -> None:
    project = panel_of(load(SAMPLE), N_FILES)
    blank = project.replace(judgments={}, scores={})
    paths = [fill_answers(write_questionnaire(blank, e, folder / f"{e}.xlsx"), project)
             for e in project.expert_ids()]
    ours, report = best_of(lambda: read_questionnaires(blank, paths))
    if not report.ok or len(report.experts) != N_FILES or not report.changes:
        raise SystemExit(f"import failed: {report.problems[:3]}")
    t_edit, _ = best_of(lambda: report.edit.apply(blank))
    bare, _ = best_of(lambda: [openpyxl.load_workbook(p) for p in paths])
    print(f"Import of {N_FILES} filled questionnaires ({len(report.judgments)} judgments, "
          f"{len(report.scores)} scores; preview: {report.counts()})")
    print(f"  read_questionnaires          {ours * 1e3:7.1f} ms  (goal < 2000 ms)")
    print(f"  + applying the edit          {t_edit * 1e3:7.1f} ms")
    print(f"  openpyxl load only           {bare * 1e3:7.1f} ms   ours / bare = {ours / bare:5.2f}x")


def bench_export() -> None:
    try:
        from mcdm.project.evaluate import evaluate
    except ImportError:
        print("Export: mcdm.project.evaluate not available yet")
        return
    project = load(SAMPLE)
    result = evaluate(project, sensitivity=True)
    # The first export also computes the lazy method comparison (and imports pymcdm, ~0.9 s).
    t0 = time.perf_counter()
    _export(project, result)
    cold = time.perf_counter() - t0
    ours, _ = best_of(lambda: _export(project, result))
    cells = sum(1 for ws in openpyxl.load_workbook(_export(project, result)).worksheets
                for row in ws.iter_rows() for c in row if c.value is not None)

    def bare():
        wb = openpyxl.Workbook()
        ws = wb.active
        for k in range(cells):
            ws.cell(row=k // 20 + 1, column=k % 20 + 1, value=k * 0.5)
        wb.save(io.BytesIO())

    t_bare, _ = best_of(bare)
    print(f"Export of the sample workshop's results workbook ({cells} cells)")
    print(f"  write_results, first call    {cold * 1e3:7.1f} ms  (goal < 2000 ms; comparison computed)")
    print(f"  write_results                {ours * 1e3:7.1f} ms  (goal < 2000 ms)")
    print(f"  openpyxl, same cell count    {t_bare * 1e3:7.1f} ms   ours / bare = {ours / t_bare:5.2f}x")


_TMP = Path(tempfile.mkdtemp(prefix="bench_excel_"))


def _export(project, result) -> Path:
    from mcdm.excel.report.workbook import write_results

    return write_results(project, result, _TMP / "results.xlsx")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        bench_import(Path(tmp))
    bench_export()

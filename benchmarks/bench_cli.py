"""Start-up and output costs of the command line and the library, as ratios in one run.

    python benchmarks/bench_cli.py

Process start-up (best of 7 runs each, so a busy shared machine counts least), against a bare
``python -c pass`` started the same way:

- ``import mcdm``: the public API is at the top but imported on first use, so this should
  cost about as little as ``import mcdm.errors`` (goal: under 1.5x a bare interpreter);
- a script that evaluates the sample workshop through ``from mcdm import …``;
- ``fourchains-cli --version``, ``evaluate`` (tables), ``evaluate --json`` and ``--csv``.

In process (median of 30): building the JSON document and the flat CSV tables from a result,
against the evaluation that produced it (they only read the result, so they should cost a
fraction of it).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mcdm.project.evaluate import evaluate  # noqa: E402
from mcdm.project.sample import sample_project  # noqa: E402
from mcdm.tables.document import evaluation_document  # noqa: E402
from mcdm.tables.flat import flat_tables  # noqa: E402

IMPORT_GOAL = 1.5


def best_s(argv: list[str], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - t0)
    return min(times)


def median_ms(fn, repeat: int = 30) -> float:
    fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return 1000 * statistics.median(times)


def main() -> None:
    py = sys.executable
    folder = tempfile.mkdtemp()
    runs = [
        ("python -c pass (baseline)", [py, "-c", "pass"]),
        ("import mcdm.errors", [py, "-c", "import mcdm.errors"]),
        ("import mcdm", [py, "-c", "import mcdm"]),
        ("from mcdm import …; evaluate(sample)",
         [py, "-c", "from mcdm import evaluate, sample_project; evaluate(sample_project())"]),
        ("fourchains-cli --version", [py, "-m", "mcdm.cli", "--version"]),
        ("fourchains-cli evaluate", [py, "-m", "mcdm.cli", "evaluate"]),
        ("fourchains-cli evaluate --json", [py, "-m", "mcdm.cli", "evaluate", "--json"]),
        ("fourchains-cli evaluate --csv DIR", [py, "-m", "mcdm.cli", "evaluate", "--csv", folder]),
    ]
    base = None
    print("Process start-up, best of 7")
    for label, argv in runs:
        t = best_s(argv)
        base = base or t
        print(f"  {label:40} {1000 * t:8.1f} ms   {t / base:5.2f}x baseline")
        if label == "import mcdm":
            verdict = "met" if t / base <= IMPORT_GOAL else "NOT met"
            print(f"  {'':40} goal <= {IMPORT_GOAL}x: {verdict}")

    project = sample_project()
    full = evaluate(project, sensitivity=True)
    ev = median_ms(lambda: evaluate(project, sensitivity=True))
    doc = median_ms(lambda: evaluation_document(project, full, "zh"))
    document = evaluation_document(project, full, "zh")
    flat = median_ms(lambda: flat_tables(document))
    print("In process, sample workshop with sensitivity (median of 30)")
    print(f"  {'evaluate(sensitivity=True) (baseline)':40} {ev:8.2f} ms")
    print(f"  {'evaluation_document':40} {doc:8.2f} ms   {doc / ev:5.2f}x")
    print(f"  {'flat_tables (the CSV tables)':40} {flat:8.2f} ms   {flat / ev:5.2f}x")


if __name__ == "__main__":
    main()

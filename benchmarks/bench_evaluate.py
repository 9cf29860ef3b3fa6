"""Speed of evaluate(project) on the sample workshop, with a baseline run in the same process.

    python benchmarks/bench_evaluate.py

Goal: the whole sample workshop (6 experts, 3 judgment matrices each, 8 industries, 61 directions,
≈3,000 scores) evaluated in under 20 ms without Monte Carlo, so the GUI can re-evaluate on every
edit. Baseline: the bare engine calls evaluate makes, on arrays prepared beforehand (18 individual
priorities, 3 AIJ aggregations + priorities, 8 score aggregations + TOPSIS): the ratio shows what
routing, validation, consensus and result building cost on top. Also printed: evaluation after a
single edit (a fresh project value, so no cached tensors), with sensitivity, with Monte Carlo,
and the one-off cost of the lazy method comparison.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from mcdm.ahp import priorities  # noqa: E402
from mcdm.group import aggregate_judgments  # noqa: E402
from mcdm.project.edits import SetScore  # noqa: E402
from mcdm.project.evaluate import evaluate  # noqa: E402
from mcdm.project.sample import sample_project  # noqa: E402
from mcdm.scores import aggregate_scores  # noqa: E402
from mcdm.topsis import rank  # noqa: E402

GOAL_MS = 20.0


def median_ms(fn, repeat=30):
    fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return 1000 * statistics.median(times)


def main() -> None:
    project = sample_project()
    result = evaluate(project)
    ids = project.expert_ids()
    nodes = project.internal_nodes()
    mats = {(e, n.id): np.array(project.judgment_matrix(e, n.id)) for e in ids for n in nodes}
    tensors = {i.id: np.array(project.score_tensor(i.id)) for i in project.industries}
    weights = {r.industry_id: (r.weights, r.types) for r in result.industries}

    def bare():
        for a in mats.values():
            priorities(a)
        for n in nodes:
            priorities(aggregate_judgments([mats[(e, n.id)] for e in ids]))
        for k, x in tensors.items():
            m = aggregate_scores(x).matrix
            rank(m, *weights[k])

    def fresh():
        # every edit makes a new project value: no cached tensors or tree index
        evaluate(project.replace())

    edited = [SetScore("E1", "ngit", "ai", "P1", float(v)).apply(project)[0]
              for v in (1, 2, 3, 4, 5, 6, 7, 8, 9)]

    def after_edit():
        for p in edited:
            evaluate(p)

    base = median_ms(bare)
    full = median_ms(fresh)
    edit = median_ms(after_edit, 5) / len(edited)
    sens = median_ms(lambda: evaluate(project.replace(), sensitivity=True), 5)
    mc = median_ms(lambda: evaluate(project.replace(), monte_carlo=1000), 3)
    t0 = time.perf_counter()
    fresh_result = evaluate(project.replace())
    for r in fresh_result.industries:
        fresh_result.comparison(r.industry_id)
    cmp_ms = 1000 * (time.perf_counter() - t0)

    print(f"bare engine calls (baseline)          {base:8.2f} ms")
    print(f"evaluate(sample workshop)             {full:8.2f} ms   ratio {full / base:5.2f}× "
          f"baseline   goal < {GOAL_MS:.0f} ms: {'met' if full < GOAL_MS else 'NOT met'}")
    print(f"evaluate after one score edit         {edit:8.2f} ms")
    print(f"evaluate + sensitivity (8 industries) {sens:8.2f} ms")
    print(f"evaluate + Monte Carlo 1000 bootstrap {mc:8.2f} ms")
    print(f"method comparison, all 8 industries   {cmp_ms:8.2f} ms (first call imports pymcdm)")


if __name__ == "__main__":
    main()

"""``repair`` under its default work budget against the unbudgeted search, in the same process.

    python benchmarks/bench_ahp_repair.py          # n = 5, 9, 12
    FOURCHAINS_LONG=1 python benchmarks/bench_ahp_repair.py   # also n = 15 unbudgeted (~13 s)

Goal: n ≤ 15 answers in well under a second (the GUI runs n ≤ 9 inline, so those should stay
near 0.1 s). The baseline is the same search with a budget too large to bind, i.e. the search
as it ran before the budget existed. Matrices: 9 above the diagonal everywhere (the hardest
case we know: every judgment extreme and intransitive in degree).
"""

from __future__ import annotations

import os
import time

import numpy as np

from mcdm.ahp import repair


def all_nines(n):
    a = np.ones((n, n))
    iu = np.triu_indices(n, 1)
    a[iu] = 9.0
    a[iu[1], iu[0]] = 1 / 9
    return a


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def main() -> None:
    sizes = [5, 9, 12] + ([15] if os.environ.get("FOURCHAINS_LONG") else [])
    for n in sizes:
        a = all_nines(n)
        t_b, rb = timed(lambda a=a: repair(a))
        t_u, ru = timed(lambda a=a: repair(a, max_evaluations=10**9))
        print(f"n={n:2d}  budgeted {t_b:6.3f} s ({rb.evaluations:6d} evals, {len(rb.changes):2d} "
              f"changes, CR {rb.cr_after:.3f}, cut={rb.budget_exhausted})  unbudgeted "
              f"{t_u:6.3f} s ({ru.evaluations:7d} evals, {len(ru.changes):2d} changes)  "
              f"speed-up {t_u / t_b:5.1f}x")
    if 15 not in sizes:
        t_b, rb = timed(lambda: repair(all_nines(15)))
        print(f"n=15  budgeted {t_b:6.3f} s ({rb.evaluations} evals, {len(rb.changes)} changes, "
              f"CR {rb.cr_after:.3f}, cut={rb.budget_exhausted}); unbudgeted skipped "
              "(FOURCHAINS_LONG=1)")


if __name__ == "__main__":
    main()

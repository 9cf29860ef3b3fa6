"""AHP speed against baselines run in the same process, on the same matrices.

    python benchmarks/bench_ahp.py

Goals (issue 2): ``priorities`` on a 9×9 matrix, validation and CR included, within 1.5× of a
bare ``numpy.linalg.eig`` call and faster than pymcdm's and AHPy's AHP; group aggregation
plus consensus for 50 experts × 9×9 matrices under 1 ms.
"""

from __future__ import annotations

import timeit

import numpy as np

from mcdm.ahp import priorities
from mcdm.group import analyse_panel, consensus

SAATY = np.array([1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7,
                  8, 9])


def expert_matrix(rng, w, noise, n=9):
    """A Saaty-scale matrix an expert with true weights ``w`` and log-noise ``noise`` gives."""
    iu = np.triu_indices(n, 1)
    ratio = (w[:, None] / w[None, :] * np.exp(rng.normal(0, noise, (n, n))))[iu]
    a = np.ones((n, n))
    a[iu] = SAATY[np.abs(np.log(SAATY)[None, :] - np.log(ratio)[:, None]).argmin(axis=1)]
    a.T[iu] = 1 / a[iu]
    return a


def best(fn, number, repeat=7):
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number


def interleaved(fns, number, repeat=15):
    """Best time per call of each function, measured in alternating rounds.

    The machine is shared: alternating the candidates puts each ratio's numerator and
    denominator under the same load.
    """
    times = [[] for _ in fns]
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            times[k].append(timeit.timeit(fn, number=number) / number)
    return [min(t) for t in times]


def bench_single(label, a):
    import ahpy
    from pymcdm.weights.subjective import AHP

    n = a.shape[0]
    names = [f"c{k}" for k in range(n)]
    comparisons = {(names[i], names[j]): a[i, j] for i in range(n) for j in range(i + 1, n)}

    def pymcdm_ahp():
        m = AHP(matrix=a)
        return m(), m.get_cr()

    t_eig, t_ours, t_gm = interleaved(
        [lambda: np.linalg.eig(a), lambda: priorities(a),
         lambda: priorities(a, method="geometric_mean")], 2000)
    t_pymcdm = best(pymcdm_ahp, 2000)
    t_ahpy = best(lambda: ahpy.Compare("c", comparisons, precision=4), 500)
    r = priorities(a)
    print(f"\n9×9 {label} matrix (CR = {r.cr:.3f})")
    print(f"  numpy.linalg.eig (bare)      {t_eig * 1e6:8.1f} µs   1.00×")
    print(f"  priorities, eigenvector      {t_ours * 1e6:8.1f} µs   {t_ours / t_eig:4.2f}× eig")
    print(f"  priorities, geometric mean   {t_gm * 1e6:8.1f} µs   {t_gm / t_eig:4.2f}× eig")
    print(f"  pymcdm AHP (weights + CR)    {t_pymcdm * 1e6:8.1f} µs   "
          f"ours is {t_pymcdm / t_ours:4.1f}× faster")
    print(f"  AHPy Compare                 {t_ahpy * 1e6:8.1f} µs   "
          f"ours is {t_ahpy / t_ours:4.1f}× faster")
    return t_ours / t_eig


def bench_group(k=50, n=9):
    rng = np.random.default_rng(2026)
    w = rng.dirichlet(np.full(n, 3.0))
    stack = np.array([expert_matrix(rng, w, 0.35, n) for _ in range(k)])

    def group():
        return analyse_panel(stack)

    def loop_baseline():  # the same work with a Python loop over experts
        aij = np.exp(np.mean([np.log(m) for m in stack], axis=0))
        ws = [priorities(m).weights for m in stack]
        return priorities(aij), consensus(ws)

    t, t_loop = interleaved([group, loop_baseline], 50, repeat=9)
    c = group().consensus
    print(f"\nGroup: {k} experts × {n}×{n} (S* = {c.s_star:.3f}, {c.word})")
    print(f"  analyse_panel: AIJ + its priorities + {k} experts' priorities, CR, GCI + AIP"
          " + S* + dispersion:\n    "
          f"{t * 1e3:.3f} ms (goal < 1 ms)")
    print(f"  same work looping over experts: {t_loop * 1e3:.3f} ms "
          f"({t_loop / t:.1f}× slower)")
    return t


def main():
    rng = np.random.default_rng(7)
    w = rng.dirichlet(np.full(9, 3.0))
    typical = expert_matrix(rng, w, 0.3)
    ratio = bench_single("typical expert", typical)
    iu = np.triu_indices(9, 1)
    random = np.ones((9, 9))
    random[iu] = rng.choice(SAATY, len(iu[0]))
    random.T[iu] = 1 / random[iu]
    bench_single("uniformly random (very inconsistent)", random)
    t_group = bench_group()
    print(f"\nSummary: priorities/eig = {ratio:.2f}× (goal ≤ 1.5×); "
          f"group = {t_group * 1e3:.3f} ms (goal < 1 ms)")


if __name__ == "__main__":
    main()

"""Speed of the portfolio optimizer, as ratios to baselines run in the same process.

    python benchmarks/bench_portfolio.py

Synthetic but sample-sized data (seeded): 61 priority directions over four chains, values like
TOPSIS closeness in [0.2, 0.9], costs 10..190 (in units of 10k yuan), budget 30 % of the total.

1. One exact selection of the 61 directions with a count and a spend bound per chain (dynamic
   programming group by group, and HiGHS; goal < 50 ms) and with the budget only (dynamic
   programming and HiGHS), against the greedy value/cost heuristic (its time, and how much
   value it leaves on the table), and on 20 directions against vectorized brute force over
   2^20 subsets, which it must match.
2. The frontier at 100 budgets (goal < 1 s): one DP pass against a HiGHS solve per budget;
   with the chain bounds, DP by group against HiGHS (timed on 10 budgets, scaled to 100).
3. Robustness over 1,000 Monte Carlo samples of the values (goal < 2 s): DP over all samples
   at once against HiGHS per sample (timed on 100 samples and scaled to 1,000).
4. The sample workshop's 61 directions through the project (evaluate, then
   ``ProjectResult.portfolio()``, ``frontier()`` and ``portfolio_robustness()`` over a
   1,000-sample Monte Carlo run), against the bare engine calls on the same arrays.
"""

from __future__ import annotations

import time

import numpy as np

from mcdm.portfolio import GroupBound, frontier, robustness, select


def best_of(fn, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def greedy(values, costs, budget):
    x = np.zeros(values.size, dtype=bool)
    left = budget
    for i in np.argsort(-values / costs, kind="stable"):
        if costs[i] <= left:
            x[i], left = True, left - costs[i]
    return x


def brute_force(values, costs, budget):
    n = values.size
    bits = ((np.arange(2 ** n)[:, None] >> np.arange(n)) & 1).astype(np.float64)
    v = bits @ values
    v[bits @ costs > budget] = -np.inf
    return bits[int(np.argmax(v))].astype(bool)


def main():
    rng = np.random.default_rng(20240616)
    n = 61
    values = rng.uniform(0.2, 0.9, n)
    costs = rng.integers(1, 20, n) * 10.0
    budget = 0.3 * costs.sum()
    chains = np.array(["innovation", "industrial", "capital", "talent"])[rng.integers(0, 4, n)]
    bounds = [GroupBound(c, min_count=2, max_cost=0.4 * budget) for c in np.unique(chains)]

    # 1. One selection.
    res = select(values, costs, budget, groups=chains, bounds=bounds)
    assert res.method == "dp"
    assert np.isclose(res.value, select(values, costs, budget, groups=chains, bounds=bounds,
                                        method="milp").value)
    t_exact = best_of(lambda: select(values, costs, budget, groups=chains, bounds=bounds), 5)
    t_exact_milp = best_of(lambda: select(values, costs, budget, groups=chains, bounds=bounds,
                                          method="milp"), 3)
    tight = [GroupBound(c, min_count=2, max_cost=0.28 * budget) for c in np.unique(chains)]
    t_tight = best_of(lambda: select(values, costs, budget, groups=chains, bounds=tight), 3)
    t_tight_milp = best_of(lambda: select(values, costs, budget, groups=chains, bounds=tight,
                                          method="milp"), 3)
    plain = select(values, costs, budget)
    assert np.isclose(plain.value, select(values, costs, budget, method="milp").value)
    t_dp = best_of(lambda: select(values, costs, budget), 5)
    t_milp = best_of(lambda: select(values, costs, budget, method="milp"), 5)
    g = greedy(values, costs, budget)
    t_greedy = best_of(lambda: greedy(values, costs, budget), 20)
    print(f"Exact selection, {n} directions, budget {budget:.0f} of {costs.sum():.0f}")
    print(f"  with chain bounds, DP        {t_exact * 1e3:8.1f} ms  (goal < 50 ms); "
          f"{len(res.items)} chosen, {len(res.tight)} bound(s) tight; HiGHS "
          f"{t_exact_milp * 1e3:.1f} ms   HiGHS / DP = {t_exact_milp / t_exact:5.1f}x")
    print(f"  chain spend capped at 28 %   {t_tight * 1e3:8.1f} ms  (the caps bind); HiGHS "
          f"{t_tight_milp * 1e3:.1f} ms   HiGHS / DP = {t_tight_milp / t_tight:5.1f}x")
    print(f"  budget only, DP              {t_dp * 1e3:8.1f} ms;  HiGHS {t_milp * 1e3:.1f} ms"
          f"   HiGHS / DP = {t_milp / t_dp:5.1f}x")
    print(f"  greedy value/cost            {t_greedy * 1e3:8.2f} ms   DP / greedy = "
          f"{t_dp / t_greedy:6.0f}x; greedy value {values @ g:.4f} vs exact {plain.value:.4f}"
          f" ({100 * (1 - values @ g / plain.value):.2f} % short)")
    m = 20
    v20, c20, b20 = values[:m], costs[:m], 0.3 * costs[:m].sum()
    brute = v20 @ brute_force(v20, c20, b20)
    assert np.isclose(select(v20, c20, b20).value, brute)
    assert np.isclose(select(v20, c20, b20, method="milp").value, brute)
    t_small = best_of(lambda: select(v20, c20, b20, method="milp"), 5)
    t_brute = best_of(lambda: brute_force(v20, c20, b20), 1)
    print(f"  {m} directions: HiGHS {t_small * 1e3:6.1f} ms, brute force over 2^{m} "
          f"{t_brute * 1e3:7.1f} ms   brute / HiGHS = {t_brute / t_small:5.0f}x")

    # 2. Frontier.
    budgets = np.linspace(0, costs.sum(), 100)
    t_front = best_of(lambda: frontier(values, costs, budgets), 3)
    f = frontier(values, costs, budgets)
    t0 = time.perf_counter()
    fm = frontier(values, costs, budgets, method="milp")
    t_front_milp = time.perf_counter() - t0
    assert np.allclose(f.values, fm.values)
    assert (np.diff(f.values) >= -1e-9).all()
    print("Frontier at 100 budgets")
    print(f"  frontier(), one DP pass      {t_front * 1e3:8.1f} ms  (goal < 1 s)")
    print(f"  HiGHS at every budget        {t_front_milp * 1e3:8.1f} ms   HiGHS / DP = "
          f"{t_front_milp / t_front:5.1f}x")
    fb = frontier(values, costs, budgets, groups=chains, bounds=bounds)
    t_front_b = best_of(lambda: frontier(values, costs, budgets, groups=chains, bounds=bounds), 3)
    t0 = time.perf_counter()
    fbm = frontier(values, costs, budgets[::10], groups=chains, bounds=bounds, method="milp")
    t_front_bm = (time.perf_counter() - t0) * 10
    assert np.allclose(fb.values[::10][fb.feasible[::10]], fbm.values[fbm.feasible])
    print(f"  with chain bounds, DP        {t_front_b * 1e3:8.1f} ms;  HiGHS (x10) "
          f"{t_front_bm * 1e3:.1f} ms   HiGHS / DP = {t_front_bm / t_front_b:5.0f}x")

    # 3. Robustness.
    samples = np.clip(values * rng.lognormal(0.0, 0.1, size=(1000, n)), 0, 1)
    t_rob = best_of(lambda: robustness(samples, costs, budget), 3)
    rob = robustness(samples, costs, budget)
    t0 = time.perf_counter()
    robm = robustness(samples[:100], costs, budget, method="milp")
    t_rob_milp = (time.perf_counter() - t0) * 10
    assert np.allclose(robm.values, rob.values[:100])
    print("Robustness over 1,000 value samples")
    print(f"  robustness(), DP             {t_rob * 1e3:8.1f} ms  (goal < 2 s); "
          f"{len(rob.shares)} distinct optimal portfolios, the commonest in "
          f"{100 * rob.shares[0]:.1f} % of samples")
    print(f"  HiGHS per sample (x1000)     {t_rob_milp * 1e3:8.1f} ms   HiGHS / DP = "
          f"{t_rob_milp / t_rob:5.0f}x")

    # 4. The sample workshop through the project.
    project_level()


def project_level():
    from mcdm.project import portfolio as pp
    from mcdm.project.evaluate import evaluate
    from mcdm.project.montecarlo import MonteCarloOptions
    from mcdm.project.sample import sample_project

    project = sample_project()
    result = evaluate(project, monte_carlo=MonteCarloOptions(n_samples=1000, seed=0))
    cand = pp.candidates(result)
    budget = project.portfolio.budget

    def fresh(fn):
        def run():
            pp._CACHE.clear()   # the solve cache would make repeats free
            return fn(result)
        return run

    t_project = best_of(fresh(pp.portfolio), 20)
    t_bare = best_of(lambda: select(cand.values, cand.costs, budget, must=cand.must,
                                    exclude=cand.exclude), 20)
    t_cand = best_of(lambda: pp.candidates(result), 20)
    t_front = best_of(fresh(pp.frontier), 10)
    t_front_bare = best_of(lambda: frontier(cand.values, cand.costs,
                                            np.linspace(0, cand.costs.sum(), 41),
                                            must=cand.must), 10)
    t_rob = best_of(fresh(pp.robustness), 3)
    n_kept = result.industries[0].monte_carlo.closeness_samples[0].shape[0]
    chosen = pp.portfolio(result)
    print(f"Sample workshop, {len(cand.items)} directions, budget {budget:g} "
          f"{project.portfolio.cost_unit} ({len(chosen.selected)} chosen, {chosen.selection.method})")
    print(f"  ProjectResult.portfolio()    {t_project * 1e3:8.2f} ms  (goal < 50 ms); bare select "
          f"{t_bare * 1e3:.2f} ms   project / bare = {t_project / t_bare:4.1f}x "
          f"(candidates {t_cand * 1e3:.2f} ms)")
    print(f"  ProjectResult.frontier()     {t_front * 1e3:8.2f} ms  (41 budgets); bare "
          f"{t_front_bare * 1e3:.2f} ms   project / bare = {t_front / t_front_bare:4.1f}x")
    print(f"  portfolio_robustness()       {t_rob * 1e3:8.1f} ms  ({n_kept} Monte Carlo "
          "samples, goal < 2 s)")


if __name__ == "__main__":
    main()

"""What the portfolio solver leaves behind: nothing on standard output (HiGHS's stray debug
line), the same robustness whether the samples pass the DP table at once or in chunks, and the
Monte Carlo samples' closeness kept for it."""

import os
import subprocess
import sys
import textwrap

import numpy as np
from numpy.testing import assert_allclose

from mcdm import _portfolio_dp
from mcdm._portfolio_model import quiet
from mcdm.portfolio import robustness
from mcdm.uncertainty import Dirichlet, simulate


def test_quiet_sends_c_level_output_to_the_null_device(capfd):
    sys.stdout.write("before\n")
    with quiet():
        os.write(1, b"HighsMipSolverData::noise\n")
        with quiet():  # nested: still quiet, and the outer one restores
            os.write(1, b"more noise\n")
    sys.stdout.write("after\n")
    out = capfd.readouterr().out
    assert out == "before\nafter\n"


def test_a_milp_solve_that_makes_highs_print_prints_nothing():
    # scipy 1.17's bundled HiGHS prints "HighsMipSolverData::transformNewIntegerFeasibleSolution
    # tmpSolver.run();" on this problem (found by a seeded search); through the engine it must
    # not reach the process's standard output.
    script = textwrap.dedent("""
        import numpy as np
        from mcdm.portfolio import GroupBound, select
        rng = np.random.default_rng(31)
        n = int(rng.integers(10, 70))
        values = rng.uniform(0.2, 0.9, n)
        costs = rng.uniform(1, 20, n).round(2)
        budget = rng.uniform(0.1, 0.6) * costs.sum()
        chains = np.array(["a", "b", "c", "d"])[rng.integers(0, 4, n)]
        bounds = [GroupBound(c, min_count=1, max_cost=float(rng.uniform(0.1, 0.5)) * budget)
                  for c in np.unique(chains)]
        print("value", round(select(values, costs, budget, groups=chains, bounds=bounds,
                                    method="milp").value, 6))
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("value ")
    assert out.stdout.count("\n") == 1


def test_robustness_in_chunks_equals_one_pass(monkeypatch):
    rng = np.random.default_rng(7)
    values = rng.uniform(0.2, 0.9, (50, 12))
    costs = rng.integers(1, 9, 12).astype(float)
    whole = robustness(values, costs, 20.0, must=[3], exclude=[5])
    monkeypatch.setattr(_portfolio_dp, "MAX_CELLS", 12 * 21 * 7)  # 7 samples per pass
    assert _portfolio_dp.samples_per_pass(12, 20) == 7
    chunked = robustness(values, costs, 20.0, must=[3], exclude=[5])
    assert chunked.method == "dp"
    assert np.array_equal(whole.selected, chunked.selected)
    assert_allclose(whole.frequency, chunked.frequency)


def test_simulate_keeps_the_first_samples_closeness_on_request():
    x = np.array([[7.0, 9, 4], [8, 7, 6], [9, 6, 5], [6, 4, 9]])
    w = Dirichlet(np.array([0.4, 0.3, 0.3]), 50.0)
    full = simulate(x, [1, -1, 1], w, n_samples=300, seed=1, chunk_size=64, keep_closeness=300)
    kept = full.closeness_samples[0]
    assert kept.shape == (300, 4)
    assert kept.dtype == np.float32
    assert_allclose(kept.mean(axis=0), full.mean_closeness[0], rtol=1e-6)
    few = simulate(x, [1, -1, 1], w, n_samples=300, seed=1, chunk_size=64, keep_closeness=100)
    assert_allclose(few.closeness_samples[0], kept[:100])
    assert simulate(x, [1, -1, 1], w, n_samples=10, seed=1).closeness_samples is None

"""λmax-optimal completion of incomplete matrices: numpy Newton against scipy BFGS.

    python benchmarks/bench_ahp_incomplete.py

Goals: completing the sample workshop's incomplete 4×4 matrix (and a 5×5 one) well under
1 ms per ``priorities`` call, as it runs on every GUI edit; no scipy import on that path
(``import scipy.optimize`` alone takes ≈0.3–0.4 s, measured here in a fresh interpreter).
The baseline is the former implementation (scipy BFGS with the analytic gradient, from the
same LLSM start), timed in alternating rounds in this process.
"""

from __future__ import annotations

import subprocess
import sys
import timeit
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mcdm.ahp import priorities  # noqa: E402
from mcdm.ahp.incomplete import _fill, complete_lambda_max, llsm  # noqa: E402
from mcdm.ahp.priorities import perron  # noqa: E402

nan = np.nan
# The sample workshop's expert with missing judgments (principles, 2 of 6 missing).
SAMPLE = np.array([[1, 1 / 4, nan, 1], [4, 1, 3, nan], [nan, 1 / 3, 1, 2], [1, nan, 1 / 2, 1]])
FIVE = np.array([[1, 3, nan, 5, nan], [1 / 3, 1, 2, nan, 4], [nan, 1 / 2, 1, 3, nan],
                 [1 / 5, nan, 1 / 3, 1, 2], [nan, 1 / 4, nan, 1 / 2, 1]])


def scipy_bfgs(a):
    """The former completion: scipy BFGS over t = ln x with the analytic gradient."""
    from scipy.optimize import minimize

    iu = np.nonzero(np.triu(np.isnan(a), 1))
    y = llsm(a)

    def fun(t):
        b = _fill(a, iu, t)
        u, lam = perron(b)
        v, _ = perron(b.T)
        x = b[iu]
        return lam, (v[iu[0]] * u[iu[1]] * x - v[iu[1]] * u[iu[0]] / x) / (v @ u)

    res = minimize(fun, y[iu[0]] - y[iu[1]], jac=True, method="BFGS",
                   options={"gtol": 1e-11, "maxiter": 500})
    return _fill(a, iu, res.x)


def random_matrices(rng, count, n):
    out = []
    scale = np.array([1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9])
    for _ in range(count):
        a = np.ones((n, n))
        iu = np.triu_indices(n, 1)
        a[iu] = rng.choice(scale, size=len(iu[0]))
        a[iu[1], iu[0]] = 1 / a[iu]
        for i, j in zip(*iu, strict=True):
            if j > i + 1 and rng.random() < 0.4:  # the chain 0-1-…-(n-1) stays
                a[i, j] = a[j, i] = nan
        if np.isnan(a).any():
            out.append(a)
    return out


def interleaved(fns, number, repeat=15):
    times = [np.inf] * len(fns)
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            times[k] = min(times[k], timeit.timeit(fn, number=number) / number)
    return times


def import_cost() -> None:
    matrix = repr(SAMPLE.tolist()).replace("nan", "None")  # None → nan under dtype=float
    code = ("import time; t0 = time.perf_counter(); import numpy as np, mcdm.ahp; "
            "t1 = time.perf_counter(); "
            f"mcdm.ahp.priorities(np.array({matrix}, dtype=float)); "
            "t2 = time.perf_counter(); import scipy.optimize; "
            "t3 = time.perf_counter(); print(t1 - t0, t2 - t1, t3 - t2)")
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, cwd=ROOT).stdout.split() for _ in range(3)]
    ahp, first, scipy = (min(float(r[k]) for r in runs) for k in range(3))
    print(f"fresh interpreter: import numpy + mcdm.ahp {ahp * 1e3:.0f} ms, first incomplete "
          f"priorities {first * 1e3:.1f} ms, then import scipy.optimize {scipy * 1e3:.0f} ms "
          "(the cost the old completion added)")


def main() -> None:
    for label, a in (("sample 4×4, 2 missing", SAMPLE), ("5×5, 4 missing", FIVE)):
        assert np.allclose(complete_lambda_max(a), scipy_bfgs(a), rtol=1e-6)
        new, old, full = interleaved([lambda a=a: complete_lambda_max(a),
                                      lambda a=a: scipy_bfgs(a),
                                      lambda a=a: priorities(a)], number=200)
        print(f"{label}: Newton {new * 1e3:.3f} ms, scipy BFGS {old * 1e3:.3f} ms, "
              f"ratio {new / old:.2f}x; whole priorities() {full * 1e3:.3f} ms (goal < 1 ms)")
    rng = np.random.default_rng(1)
    for n in (7, 12):
        mats = random_matrices(rng, 20, n)
        new, old = interleaved([lambda m=mats: [complete_lambda_max(a) for a in m],
                                lambda m=mats: [scipy_bfgs(a) for a in m]], number=3, repeat=5)
        print(f"{len(mats)} random {n}×{n} (≈40 % missing): Newton {new / len(mats) * 1e3:.2f} "
              f"ms each, scipy BFGS {old / len(mats) * 1e3:.2f} ms, ratio {new / old:.2f}x")
    import_cost()


if __name__ == "__main__":
    main()

"""Incomplete pairwise comparison matrices (Bozóki, Fülöp & Rónyai 2010; Harker 1987)."""

import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose, assert_array_equal

from mcdm.ahp import priorities
from mcdm.ahp._perron import perron_eig as _perron_eig
from mcdm.ahp.incomplete import _lambda_derivatives, complete_lambda_max, harker, llsm
from tests.support import ROOT
from tests.support.matrices import WEALTH  # Saaty (1980), judgments removed below

nan = np.nan


def _remove(a, pairs):
    b = a.astype(float).copy()
    for i, j in pairs:
        b[i, j] = b[j, i] = nan
    return b


def test_spanning_tree_is_completed_consistently_by_every_method():
    # With n − 1 judgments forming a tree, the unique consistent completion has λmax = n
    # (Bozóki et al. 2010, §3): every method must find it.
    a = np.array([[1, 2, nan, nan], [1 / 2, 1, 3, nan], [nan, 1 / 3, 1, 4],
                  [nan, nan, 1 / 4, 1]])
    w = np.array([24, 12, 4, 1], dtype=float)
    for kw in ({}, {"completion": "harker"}, {"method": "geometric_mean"}):
        r = priorities(a, **kw)
        assert_allclose(r.weights, w / w.sum(), rtol=1e-7)
        assert r.lambda_max == pytest.approx(4.0, abs=1e-9)
        assert r.gci == 0.0
    r = priorities(a)
    assert r.missing == ((0, 2), (0, 3), (1, 3))
    assert r.completion == "lambda_max"
    assert r.matrix[0, 3] == pytest.approx(24.0, rel=1e-6)
    assert "complete-matrix RI" in r.ri_note


def test_lambda_max_completion_beats_a_dense_grid():
    a = _remove(WEALTH, [(0, 2)])
    r = priorities(a)
    xs = np.exp(np.linspace(np.log(1 / 9), np.log(81), 4001))
    lams = []
    for x in xs:
        b = a.copy()
        b[0, 2], b[2, 0] = x, 1 / x
        lams.append(_perron_eig(b)[1])
    lams = np.array(lams)
    assert r.lambda_max <= lams.min() + 1e-9
    k = int(np.argmin(lams))
    assert r.matrix[0, 2] == pytest.approx(xs[k], rel=2 * (xs[1] / xs[0] - 1))


def test_lambda_max_completion_against_ahpy():
    # AHPy minimises λmax over the missing comparisons with scipy (an independent code path).
    import ahpy

    a = _remove(WEALTH, [(0, 2), (3, 6), (1, 5)])
    names = [f"x{k}" for k in range(7)]
    comparisons = {(names[i], names[j]): a[i, j] for i in range(7) for j in range(i + 1, 7)
                   if not np.isnan(a[i, j])}
    c = ahpy.Compare("c", comparisons, precision=10)
    r = priorities(a)
    assert_allclose(r.weights, [c.local_weights[x] for x in names], atol=2e-4)
    lam_ahpy = _perron_eig(np.array(c._matrix, dtype=float))[1]
    assert r.lambda_max <= lam_ahpy + 1e-7


def test_lambda_max_optimality_condition():
    # At the optimum the gradient of λmax in t = ln x vanishes for each missing pair:
    # v_i u_j x_ij = v_j u_i x_ji (Bozóki et al. 2010, first-order condition).
    a = _remove(WEALTH, [(0, 2), (3, 6), (1, 5), (2, 4)])
    r = priorities(a)
    u, _ = _perron_eig(r.matrix)
    v, _ = _perron_eig(r.matrix.T)
    for i, j in r.missing:
        lhs = v[i] * u[j] * r.matrix[i, j]
        rhs = v[j] * u[i] * r.matrix[j, i]
        assert lhs == pytest.approx(rhs, rel=1e-6)


def test_llsm_normal_equations_and_complete_case():
    a = _remove(WEALTH, [(0, 2), (3, 6)])
    y = llsm(a)
    known = ~np.isnan(a)
    np.fill_diagonal(known, False)
    # Normal equations of min Σ_known (ln a_ij − y_i + y_j)²: Σ_j∈N(i) (ln a_ij − y_i + y_j) = 0.
    resid = np.where(known, np.log(np.where(known, a, 1)) - y[:, None] + y[None, :], 0)
    assert_allclose(resid.sum(axis=1), 0, atol=1e-12)
    assert y.sum() == pytest.approx(0, abs=1e-12)
    # Complete matrix: LLSM is the row geometric mean.
    assert_allclose(llsm(WEALTH), np.log(WEALTH).mean(axis=1), atol=1e-12)
    r = priorities(a, method="geometric_mean")
    assert_allclose(r.weights, np.exp(y) / np.exp(y).sum(), rtol=1e-12)
    assert r.completion == "llsm"
    assert_allclose(r.matrix[0, 2], np.exp(y[0] - y[2]))


def test_harker_definition():
    # Harker (1987): a_ij = 0 where missing, a_ii = 1 + (missing in row i); w is its Perron
    # vector and the missing entries become w_i / w_j.
    a = _remove(WEALTH, [(0, 2), (3, 6)])
    b = np.where(np.isnan(a), 0, a)
    b[np.diag_indices(7)] = 1 + np.isnan(a).sum(axis=1)
    vals, vecs = np.linalg.eig(b)
    w = np.abs(vecs[:, np.argmax(vals.real)].real)
    w /= w.sum()
    filled = harker(a)
    assert filled[0, 2] == pytest.approx(w[0] / w[2], rel=1e-10)
    r = priorities(a, completion="harker")
    assert r.completion == "harker"
    # The λmax-optimal completion is never worse than Harker's.
    assert priorities(a).lambda_max <= r.lambda_max + 1e-9


def test_gci_over_known_judgments():
    a = _remove(WEALTH, [(0, 2), (3, 6)])
    y = llsm(a)
    e2 = [(np.log(a[i, j]) - y[i] + y[j]) ** 2 for i in range(7) for j in range(i + 1, 7)
          if not np.isnan(a[i, j])]
    dof = len(e2) - 6
    assert priorities(a).gci == pytest.approx(sum(e2) / dof, rel=1e-12)


@settings(max_examples=15)
@given(st.lists(st.floats(0.1, 10), min_size=4, max_size=7), st.integers(0, 2**31))
def test_missing_judgments_of_a_consistent_matrix_are_recovered(w, seed):
    w = np.array(w)
    n = len(w)
    a = w[:, None] / w[None, :]
    rng = np.random.default_rng(seed)
    # drop judgments not on the chain 0-1-…-(n-1), so the graph stays connected
    pairs = [(i, j) for i in range(n) for j in range(i + 2, n) if rng.random() < 0.5]
    b = _remove(a, pairs)
    for kw in ({}, {"method": "geometric_mean"}, {"completion": "harker"}):
        r = priorities(b, **kw)
        assert_allclose(r.weights, w / w.sum(), rtol=1e-6)


@pytest.mark.parametrize("c", [1 / 3, 1.0, 3.0])
def test_bozoki_fulop_ronyai_2010_example_3(c):
    # Bozóki, Fülöp & Rónyai (2010), Example 3: a 4×4 matrix whose one missing element x lies
    # in the triads (1, 5, 2 / ·, 1, x / ·, ·, 1) and (1, 3, 4 / ·, 1, x / ·, ·, 1). Van Uden's
    # estimate sqrt(2/5 · 4/3) = 0.73029674334 and the λmax-optimal x = 0.7302965066047 agree
    # to six digits. The excerpt we have does not print the fourth known element c; the optimum
    # does not depend on it at this precision, so three values are checked.
    u = np.array([[1, 5, 2, c], [1 / 5, 1, nan, 1 / 3], [1 / 2, nan, 1, 1 / 4],
                  [1 / c, 3, 4, 1]])
    r = priorities(u)
    assert r.matrix[1, 2] == pytest.approx(0.7302965066047, rel=1e-6)
    assert r.matrix[1, 2] == pytest.approx(np.sqrt(2 / 5 * 4 / 3), rel=1e-6)
    assert r.matrix[2, 1] == pytest.approx(1 / r.matrix[1, 2])


# --- the numpy Newton optimiser against a scipy reference and by finite differences -------

SAATY = np.array([1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7,
                  8, 9])
GEOMETRIC = 2.0 ** np.arange(-8, 9)
RANDOM_MATRICES = 200 if os.environ.get("FOURCHAINS_LONG") else 40


def _random_incomplete(rng, n, scale):
    """Random judgments from ``scale``; keeps a random spanning tree and drops other pairs."""
    a = np.ones((n, n))
    iu = np.triu_indices(n, 1)
    a[iu] = rng.choice(scale, size=len(iu[0]))
    a[iu[1], iu[0]] = 1 / a[iu]
    order = rng.permutation(n)
    tree = {tuple(sorted((order[k], order[rng.integers(k)]))) for k in range(1, n)}
    p = rng.uniform(0.2, 0.9)
    pairs = [(i, j) for i, j in zip(*iu, strict=True)
             if (i, j) not in tree and rng.random() < p]
    if not pairs:
        pairs = [next((i, j) for i, j in zip(*iu, strict=True) if (i, j) not in tree)]
    return _remove(a, pairs)


def _eig_lambda_and_gradient(a, iu, t):
    """λmax and ∂λ/∂(ln x) from LAPACK's eigenvectors (no code shared with the engine)."""
    b = a.copy()
    b[iu] = np.exp(t)
    b[iu[1], iu[0]] = np.exp(-t)
    vals, right = np.linalg.eig(b)
    k = int(np.argmax(vals.real))
    u = right[:, k].real
    lvals, left = np.linalg.eig(b.T)
    v = left[:, int(np.argmax(lvals.real))].real
    i, j = iu
    grad = (v[i] * u[j] * b[i, j] - v[j] * u[i] * b[j, i]) / (v @ u)
    return float(vals[k].real), grad


def _scipy_reference(a):
    """λmax-optimal completion by scipy: BFGS from the all-ones completion, then the
    stationarity equations ∇λ = 0 solved by MINPACK's hybrid method (finite-difference
    Jacobian), so that the reference is precise and independent of the engine's Hessian."""
    from scipy.optimize import minimize, root

    iu = np.nonzero(np.triu(np.isnan(a), 1))
    start = np.zeros(len(iu[0]))
    res = minimize(lambda t: _eig_lambda_and_gradient(a, iu, t), start, jac=True,
                   method="BFGS", options={"gtol": 1e-10, "maxiter": 2000})
    sol = root(lambda t: _eig_lambda_and_gradient(a, iu, t)[1], res.x, method="hybr",
               options={"xtol": 1e-14})
    t = sol.x if np.abs(sol.fun).max() < np.abs(res.jac).max() else res.x
    return iu, t


@pytest.mark.parametrize("scale", [SAATY, GEOMETRIC], ids=["saaty", "geometric"])
def test_lambda_max_completion_matches_a_scipy_reference_on_random_matrices(scale):
    rng = np.random.default_rng(20101)
    for _ in range(RANDOM_MATRICES):
        a = _random_incomplete(rng, int(rng.integers(3, 10)), scale)
        iu, t_ref = _scipy_reference(a)
        filled = complete_lambda_max(a)
        t = np.log(filled[iu])
        lam, grad = _eig_lambda_and_gradient(a, iu, t)
        lam_ref, grad_ref = _eig_lambda_and_gradient(a, iu, t_ref)
        assert np.abs(grad_ref).max() < 1e-9 * lam_ref  # the reference did converge
        assert np.abs(grad).max() < 1e-9 * lam
        assert lam <= lam_ref + 1e-12 * lam
        # λmax is strictly convex in t (connected graph), so both found the same point.
        assert_allclose(t, t_ref, atol=1e-6, err_msg=str(a))
        assert_allclose(filled * filled.T, 1.0, rtol=1e-14)
        known = ~np.isnan(a)
        assert_array_equal(filled[known], a[known])


def test_lambda_max_derivatives_against_finite_differences():
    rng = np.random.default_rng(7)
    a = _random_incomplete(rng, 7, SAATY)
    iu = np.nonzero(np.triu(np.isnan(a), 1))
    m = len(iu[0])
    t = rng.normal(size=m)
    b = a.copy()
    b[iu], b[iu[1], iu[0]] = np.exp(t), np.exp(-t)
    lam, grad, hess = _lambda_derivatives(b, iu)
    lam_eig, grad_eig = _eig_lambda_and_gradient(a, iu, t)
    assert lam == pytest.approx(lam_eig, rel=1e-11)
    assert_allclose(grad, grad_eig, atol=1e-10)
    h = 1e-5
    fd = np.empty((m, m))
    for k in range(m):
        e = np.zeros(m)
        e[k] = h
        fd[:, k] = (_eig_lambda_and_gradient(a, iu, t + e)[1]
                    - _eig_lambda_and_gradient(a, iu, t - e)[1]) / (2 * h)
    assert_allclose(hess, fd, atol=1e-7 * np.abs(fd).max())
    assert np.linalg.eigvalsh(hess).min() > 0  # strictly convex: connected comparison graph


def test_incomplete_priorities_do_not_import_scipy():
    # The desktop app evaluates the sample workshop (one expert has missing judgments) at
    # start-up; importing scipy.optimize there cost ≈0.4 s of the 1 s cold-start budget.
    code = textwrap.dedent("""
        import sys
        import numpy as np
        import mcdm.ahp
        nan = np.nan
        a = np.array([[1, 1/4, nan, 1], [4, 1, 3, nan], [nan, 1/3, 1, 2], [1, nan, 1/2, 1]])
        done = [mcdm.ahp.priorities(a, **kw).completion for kw in
                ({}, {"completion": "harker"}, {"method": "geometric_mean"})]
        from mcdm.project.evaluate import evaluate
        from mcdm.project.sample import sample_project
        evaluate(sample_project())
        print(",".join(done))
        print("scipy modules:", sorted(m for m in sys.modules if m.startswith("scipy")))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stdout.splitlines() == ["lambda_max,harker,llsm", "scipy modules: []"]

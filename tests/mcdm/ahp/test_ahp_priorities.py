"""AHP priorities: published worked examples, independent implementations, properties."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from mcdm.ahp import priorities, random_index
from mcdm.ahp._perron import perron_eig as _perron_eig
from tests.support.matrices import CHAIRS, LEADER, WEALTH  # noqa: E402  (published; sources there)


def test_wealth_of_nations_saaty_1980():
    r = priorities(WEALTH)
    assert_allclose(r.weights, [0.427, 0.230, 0.021, 0.052, 0.052, 0.123, 0.094], atol=6e-4)
    assert r.lambda_max == pytest.approx(7.61, abs=5e-3)
    assert r.ci == pytest.approx(0.10, abs=5e-3)
    assert r.cr == pytest.approx(r.ci / 1.32)  # Saaty's RI for n = 7
    assert r.weights.sum() == pytest.approx(1.0, abs=1e-15)


def test_chairs_light_intensity_saaty_1977():
    r = priorities(CHAIRS)
    assert_allclose(r.weights, [0.61, 0.24, 0.10, 0.05], atol=0.011)
    assert r.lambda_max == pytest.approx(4.39, abs=5e-3)
    assert r.ci == pytest.approx(0.13, abs=5e-3)


def test_leader_example_cr():
    r = priorities(LEADER)
    assert_allclose(r.weights, [0.547, 0.127, 0.270, 0.056], atol=1e-3)
    assert r.cr == pytest.approx(0.044, abs=5e-4)


def test_cr_under_both_main_tables_wealth():
    # Alonso & Lamata (2006): CR = (λmax − n) / (1.7699 n − 4.3513); Saaty: CI / 1.32.
    lam = priorities(WEALTH).lambda_max
    al = priorities(WEALTH, ri="alonso-lamata")
    assert al.cr == pytest.approx((lam - 7) / (1.7699 * 7 - 4.3513), rel=1e-12)
    assert al.cr == pytest.approx(0.0756, abs=6e-4)  # with the published λmax = 7.61
    assert priorities(WEALTH, ri="saaty").cr == pytest.approx((lam - 7) / 6 / 1.32, rel=1e-12)


def test_random_index_tables_published_values():
    assert [random_index(n) for n in range(3, 11)] == [
        0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]
    # Saaty's extension to n = 15 (the values reprinted with his n ≤ 10 table and used by most
    # AHP tools): note the non-monotone 1.48 at n = 12, which is what he published.
    assert [random_index(n) for n in range(11, 16)] == [1.51, 1.48, 1.56, 1.57, 1.59]
    assert random_index(9, "donegan-dodd") == 1.3733
    assert random_index(9, "tummala-ling") == 1.4537
    assert random_index(9, "aguaron") == 1.4499
    # Donegan-Dodd between listed sizes: linear, as AHPy does (20 → 25).
    assert random_index(22, "donegan-dodd") == pytest.approx(1.5371 + 2 / 5 * (1.5619 - 1.5371))
    assert np.isnan(random_index(16, "saaty"))
    assert random_index(2, "saaty") == 0.0


def test_large_n_without_table_value_gives_nan_cr_not_error():
    rng = np.random.default_rng(0)
    w = rng.random(20) + 0.1
    r = priorities(w[:, None] / w[None, :])
    assert np.isnan(r.cr)
    assert np.isnan(r.ri_value)
    assert np.isfinite(priorities(w[:, None] / w[None, :], ri="alonso-lamata").cr)


def test_geometric_mean_by_hand():
    r = priorities(WEALTH, method="geometric_mean")
    g = np.prod(WEALTH, axis=1) ** (1 / 7)
    assert_allclose(r.weights, g / g.sum(), rtol=1e-12)
    # CR is a property of the matrix: same λmax whatever the method.
    assert r.lambda_max == pytest.approx(priorities(WEALTH).lambda_max, rel=1e-12)


def test_gci_by_hand():
    a = WEALTH
    n = 7
    w = np.prod(a, axis=1) ** (1 / n)
    total = sum(np.log(a[i, j] * w[j] / w[i]) ** 2 for i in range(n) for j in range(i + 1, n))
    assert priorities(a).gci == pytest.approx(2 * total / ((n - 1) * (n - 2)), rel=1e-12)
    assert priorities(a).gci_threshold == 0.37
    assert priorities(CHAIRS).gci_threshold == 0.35
    assert priorities(CHAIRS[:3, :3]).gci_threshold == 0.31


def test_small_matrices():
    r1 = priorities([[1.0]])
    assert r1.weights.tolist() == [1.0]
    assert r1.cr == 0
    assert r1.gci == 0
    r2 = priorities([[1, 4], [0.25, 1]])
    assert_allclose(r2.weights, [0.8, 0.2])
    assert r2.cr == 0.0
    assert r2.lambda_max == 2.0


def test_results_are_read_only_and_do_not_alias_input():
    a = WEALTH.copy()
    r = priorities(a)
    a[0, 1] = 9
    assert r.matrix[0, 1] == 4
    with pytest.raises(ValueError, match="read-only"):
        r.weights[0] = 1


def test_near_reciprocal_two_decimals_accepted_and_symmetrised():
    a = np.array([[1, 3, 6], [0.33, 1, 2], [0.17, 0.5, 1]])
    r = priorities(a)
    assert_allclose(r.matrix * r.matrix.T, 1.0, rtol=1e-14)
    assert r.matrix[0, 1] == pytest.approx(np.sqrt(3 / 0.33))


def test_non_integer_judgments():
    r = priorities([[1, 2.5, 4.2], [1 / 2.5, 1, 1.7], [1 / 4.2, 1 / 1.7, 1]])
    assert r.weights.sum() == pytest.approx(1)
    assert r.weights[0] > r.weights[1] > r.weights[2]


def test_eigenvector_robust_up_to_n_30():
    rng = np.random.default_rng(11)
    for n in (15, 30):
        w = rng.dirichlet(np.ones(n))
        noise = np.exp(rng.normal(0, 0.4, (n, n)))
        noise = np.sqrt(noise / noise.T)
        a = w[:, None] / w[None, :] * noise
        r = priorities(a, ri="alonso-lamata")
        ref, lam = _perron_eig(a)
        assert_allclose(r.weights, ref, rtol=1e-9)
        assert r.lambda_max == pytest.approx(lam, rel=1e-12)


def test_random_inconsistent_matrix_matches_lapack():
    # Uniform random Saaty-scale judgments are far from consistent: the slow path decides.
    rng = np.random.default_rng(5)
    scale = np.array([1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9])
    for _ in range(50):
        a = np.ones((9, 9))
        iu = np.triu_indices(9, 1)
        a[iu] = rng.choice(scale, len(iu[0]))
        a.T[iu] = 1 / a[iu]
        ref, lam = _perron_eig(a)
        r = priorities(a)
        assert_allclose(r.weights, ref, rtol=1e-9, atol=1e-12)
        assert r.lambda_max == pytest.approx(lam, rel=1e-12)


# --- cross-checks with independent implementations ------------------------------------------

SAATY_VALUES = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9]


@st.composite
def integer_scale_matrices(draw, min_n=3, max_n=9):
    n = draw(st.integers(min_n, max_n))
    a = np.ones((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            v = draw(st.sampled_from(SAATY_VALUES))
            a[i, j], a[j, i] = v, 1 / v
    return a


@given(integer_scale_matrices())
def test_against_pymcdm_ahp(a):
    from pymcdm.weights.subjective import AHP

    ref = AHP(matrix=a)
    w_ref = ref()
    r = priorities(a, ri="tummala-ling")
    assert_allclose(r.weights, w_ref, rtol=1e-8, atol=1e-12)
    assert r.cr == pytest.approx(ref.get_cr(), rel=1e-8, abs=1e-12)


def _ahpy_compare(a, names, **kw):
    import ahpy

    comparisons = {(names[i], names[j]): a[i, j] for i in range(len(names))
                   for j in range(i + 1, len(names)) if not np.isnan(a[i, j])}
    return ahpy.Compare("c", comparisons, precision=12, **kw)


def test_against_ahpy_donegan_dodd():
    names = [f"x{k}" for k in range(7)]
    c = _ahpy_compare(WEALTH, names)
    r = priorities(WEALTH, ri="donegan-dodd")
    assert_allclose(r.weights, [c.local_weights[x] for x in names], atol=1e-8)
    assert r.cr == pytest.approx(c.consistency_ratio, abs=1e-8)


def test_donegan_dodd_table_and_interpolation_match_ahpy_at_every_size():
    # AHPy's own CR (table 'dd', linear between listed sizes) on one inconsistent matrix per
    # size, listed sizes and sizes in between alike.
    rng = np.random.default_rng(5)
    for n in [*range(3, 21), 22, 27, 33]:
        a = np.ones((n, n))
        iu = np.triu_indices(n, 1)
        a[iu] = rng.choice(SAATY_VALUES, size=iu[0].size)
        a.T[iu] = 1 / a[iu]
        names = [f"x{k}" for k in range(n)]
        ours = priorities(a, ri="donegan-dodd").cr
        assert ours == pytest.approx(_ahpy_compare(a, names).consistency_ratio, abs=1e-9), n


def test_tummala_ling_table_is_pymcdms():
    from pymcdm.weights.subjective import AHP

    assert [random_index(n, "tummala-ling") for n in range(3, 16)] == AHP.RI_M[2:15]


# --- properties ---------------------------------------------------------------------------

positive_weights = st.lists(st.floats(0.05, 20.0), min_size=1, max_size=12)


@given(positive_weights, st.sampled_from(["eigenvector", "geometric_mean"]))
def test_consistent_matrix_returns_w_exactly(w, method):
    w = np.array(w)
    r = priorities(w[:, None] / w[None, :], method=method)
    assert_allclose(r.weights, w / w.sum(), rtol=1e-11)
    assert abs(r.cr) < 1e-12
    assert abs(r.gci) < 1e-12
    assert r.weights.sum() == pytest.approx(1.0, abs=1e-14)


@given(integer_scale_matrices(), st.randoms(use_true_random=False),
       st.sampled_from(["eigenvector", "geometric_mean"]))
def test_permuting_items_permutes_weights(a, rnd, method):
    perm = list(range(a.shape[0]))
    rnd.shuffle(perm)
    r = priorities(a, method=method)
    rp = priorities(a[np.ix_(perm, perm)], method=method)
    assert_allclose(rp.weights, r.weights[perm], rtol=1e-9, atol=1e-13)
    assert rp.cr == pytest.approx(r.cr, rel=1e-9, abs=1e-12)


@given(integer_scale_matrices())
def test_transposing_inverts_the_ranking_geometric_mean(a):
    w = priorities(a, method="geometric_mean").weights
    wt = priorities(a.T, method="geometric_mean").weights
    # RGMM: w(Aᵀ) ∝ 1/w(A) exactly, so the ranking is reversed (ties stay ties).
    assert_allclose(wt, (1 / w) / (1 / w).sum(), rtol=1e-10)


def _well_separated(w):
    return len(w) < 2 or np.diff(np.sort(np.log(w))).min() > 1e-3


@given(positive_weights.filter(_well_separated), st.floats(0.0, 0.05),
       st.integers(0, 2**32 - 1))
def test_transposing_inverts_the_ranking_eigenvector_near_consistent(w, sigma, seed):
    # For the eigenvector a reversed ranking is not a theorem (Johnson, Beine & Wang 1979);
    # it holds when perturbations are small against the gaps between weights.
    w = np.array(w)
    gaps = np.diff(np.sort(np.log(w)))
    if gaps.size and gaps.min() < 8 * sigma:
        sigma = gaps.min() / 8
    rng = np.random.default_rng(seed)
    e = np.exp(rng.normal(0, sigma, (len(w), len(w))))
    a = w[:, None] / w[None, :] * np.sqrt(e / e.T)
    order = np.argsort(priorities(a).weights)
    order_t = np.argsort(priorities(a.T).weights)
    assert order.tolist() == order_t[::-1].tolist()


@given(integer_scale_matrices(1, 12))
def test_weights_sum_to_one(a):
    for method in ("eigenvector", "geometric_mean"):
        r = priorities(a, method=method)
        assert r.weights.sum() == pytest.approx(1.0, abs=1e-13)
        assert (r.weights > 0).all()


def test_extreme_judgments_fall_back_to_lapack_without_warnings():
    # Ratios of 1e6 overflow A^64; the result must still be exact and warning-free
    # (pytest turns warnings from mcdm into errors).
    w = np.array([1e6, 1e3, 1.0, 1e-3, 5e-1])
    a = w[:, None] / w[None, :]
    r = priorities(a)
    assert_allclose(r.weights, w / w.sum(), rtol=1e-9)
    from mcdm.ahp import priorities_batch

    b = priorities_batch(np.stack([a, a]))
    assert_allclose(b.weights[1], w / w.sum(), rtol=1e-9)
    # Absurd but finite judgments in a small stack overflow numpy's own matmul loop (no BLAS),
    # which does warn unless the batched path expects it like the single one.
    huge = np.array([[1, 1e300, 2], [1e-300, 1, 3], [0.5, 1 / 3, 1]])
    b = priorities_batch(np.stack([huge, np.ones((3, 3))]))
    assert_allclose(b.weights[0], priorities(huge).weights, rtol=1e-9)
    assert_allclose(b.weights[1], 1 / 3)

"""Objective weights (entropy, CRITIC) and combined weighting: published data, pymcdm, numpy by
hand, properties, constant columns and typed errors."""

import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from numpy.testing import assert_allclose, assert_array_equal

from mcdm._validate import DecisionProblemError
from mcdm.weights import WeightingError, combine, critic, entropy

# Hwang & Yoon (1981) fighter aircraft, as in test_topsis.py.
X = np.array([[2.0, 1500, 20000, 5.5, 5, 9], [2.5, 2700, 18000, 6.5, 3, 5],
              [1.8, 2000, 21000, 4.5, 7, 7], [2.2, 1800, 20000, 5.0, 5, 5]])
T = np.array([1, 1, 1, -1, 1, 1])

# Personnel selection, 6 candidates x 8 criteria: Ulutaş, A. (2019). Entropi ve MABAC
# yöntemleri ile personel seçimi. OPUS Uluslararası Toplum Araştırmaları Dergisi 13(19),
# 1552-1573. Data and entropy weights as reproduced in JMcDM's test suite (test/mcdm/
# testentropy.jl, an independent Julia implementation); the paper's own table could not be
# consulted offline.
ULUTAS = np.array([[2, 1, 4, 7, 6, 6, 7, 3000], [4, 1, 5, 6, 7, 7, 6, 3500],
                   [3, 2, 6, 6, 5, 6, 8, 4000], [5, 1, 5, 7, 6, 7, 7, 3000],
                   [4, 2, 5, 6, 7, 7, 6, 3000], [3, 2, 6, 6, 6, 6, 6, 3500]], dtype=float)
ULUTAS_W = [0.29967360960, 0.44136733892, 0.07009088720, 0.02123823711, 0.04902292895,
            0.02308037885, 0.04776330969, 0.04776330969]

# Three banks x four ratios, the third a cost: Akçakanat, Ö., Aksoy, E. & Teker, T. (2018).
# CRITIC ve MDL temelli EDAS yöntemi ile TR-61 bölgesi bankalarının performans
# değerlendirmesi. SDÜ Sosyal Bilimler Enstitüsü Dergisi 1(32), 1-24. Data and CRITIC weights
# as reproduced in JMcDM's test suite (test/mcdm/testcritic.jl); paper not consulted offline.
BANKS = np.array([[12.9918, 0.7264, -1.1009, 1.598139592],
                  [4.1201, 5.8824, 3.4483, 1.021563567],
                  [4.1039, 0.0000, -0.5076, 0.984469444]])
BANKS_T = np.array([1, 1, -1, 1])
BANKS_W = [0.16883925, 0.418444976, 0.249124763, 0.163591012]


def _pymcdm():
    from pymcdm import weights

    return weights


def _entropy_by_hand(x):
    p = x / x.sum(axis=0)
    e = -(p * np.log(p)).sum(axis=0) / np.log(x.shape[0])
    return (1 - e) / (1 - e).sum()


def _critic_by_hand(x, t):
    lo, hi = x.min(0), x.max(0)
    r = np.where(t > 0, (x - lo) / (hi - lo), (hi - x) / (hi - lo))
    c = r.std(0, ddof=1) * (1 - np.corrcoef(r, rowvar=False)).sum(0)
    return c / c.sum()


# --- published data -------------------------------------------------------------------------

def test_entropy_reproduces_ulutas_personnel_selection():
    assert_allclose(entropy(ULUTAS, np.ones(8)).weights, ULUTAS_W, atol=1e-10)


def test_critic_reproduces_akcakanat_banks_with_a_cost_criterion():
    r = critic(BANKS, BANKS_T)
    assert_allclose(r.weights, BANKS_W, atol=1e-5)  # the published values are rounded
    # pymcdm normalizes every column as a benefit: the cost column's correlations flip sign
    # and its weights differ, which is why the engine reverses cost columns itself.
    assert not np.allclose(_pymcdm().critic_weights(BANKS), BANKS_W, atol=1e-3)


def test_entropy_steps_of_hwang_yoon_fighter_by_hand():
    r = entropy(X, T)
    p = X / X.sum(0)
    e = -(p * np.log(p)).sum(0) / np.log(4)
    assert_allclose(r.p, p, rtol=1e-13)
    assert_allclose(r.e, e, rtol=1e-13)
    assert_allclose(r.d, 1 - e, rtol=1e-10)
    assert_allclose(r.weights, (1 - e) / (1 - e).sum(), rtol=1e-10)
    assert_array_equal(r.normalized, X)
    assert not r.constant.any()


# --- second implementations -----------------------------------------------------------------

@settings(max_examples=40, deadline=None)
@given(arrays(np.float64, st.tuples(st.integers(2, 8), st.integers(1, 6)),
              elements=st.floats(0.5, 100.0)))
def test_entropy_agrees_with_pymcdm_and_numpy(x):
    if (np.ptp(x, axis=0) < 1e-3 * x.max(0)).any():
        return  # near-constant columns: their d_j is round-off in the formula by hand
    ours = entropy(x, np.ones(x.shape[1])).weights
    assert_allclose(ours, _entropy_by_hand(x), atol=1e-9)
    assert_allclose(ours, _pymcdm().entropy_weights(x), atol=1e-9)


@settings(max_examples=40, deadline=None)
@given(arrays(np.float64, st.tuples(st.integers(3, 8), st.integers(2, 5)),
              elements=st.floats(-50.0, 50.0)), st.data())
def test_critic_agrees_with_pymcdm_and_numpy(x, data):
    span = x.max(0) - x.min(0)
    if (span < 1e-6 * (1 + np.abs(x).max(0))).any():
        return  # constant columns make pymcdm's correlations nan (see the constant tests)
    t = np.array(data.draw(st.lists(st.sampled_from([-1, 1]), min_size=x.shape[1],
                                    max_size=x.shape[1])))
    if np.allclose(np.corrcoef(x.T), 1.0, atol=1e-12):
        # Every column perfectly correlated with every other (r = 1: the conflicts vanish): no
        # criterion separates the directions, which the engine says instead of dividing by 0.
        with pytest.raises(WeightingError) as caught:
            critic(x, t)
        assert caught.value.code == "weights.no_information"
        return
    r = critic(x, t)
    assert_allclose(r.weights, _critic_by_hand(x, t), atol=1e-8)
    # pymcdm ignores criterion types; with all benefit (or all cost: every sign flips, no
    # correlation changes) the two must agree.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pm = _pymcdm().critic_weights(x)
    if (t == t[0]).all():
        assert_allclose(r.weights, pm, atol=1e-8)


def test_minmax_entropy_is_the_textbook_variant_by_hand():
    r = entropy(X, T, normalization="minmax")
    lo, hi = X.min(0), X.max(0)
    z = np.where(T > 0, (X - lo) / (hi - lo), (hi - X) / (hi - lo))
    p = z / z.sum(0)
    with np.errstate(divide="ignore", invalid="ignore"):
        e = -np.nansum(np.where(p > 0, p * np.log(p), 0.0), axis=0) / np.log(4)
    assert_allclose(r.normalized, z, atol=1e-15)
    assert_allclose(r.weights, (1 - e) / (1 - e).sum(), rtol=1e-12)


# --- properties -----------------------------------------------------------------------------

matrices = arrays(np.float64, st.tuples(st.integers(2, 7), st.integers(1, 5)),
                  elements=st.floats(0.0, 1e3))


@settings(max_examples=60, deadline=None)
@given(matrices, st.sampled_from(["sum", "minmax"]), st.randoms(use_true_random=False))
def test_entropy_properties(x, normalization, rnd):
    if (x.min(0) == x.max(0)).all():
        with pytest.raises(WeightingError) as ei:
            entropy(x, np.ones(x.shape[1]), normalization)
        assert ei.value.code == "weights.no_information"
        return
    t = np.ones(x.shape[1])
    r = entropy(x, t, normalization)
    assert_allclose(r.weights.sum(), 1.0, rtol=1e-12)
    assert (r.weights >= 0).all()
    assert (r.weights[r.constant] == 0).all()
    order = list(range(x.shape[0]))
    rnd.shuffle(order)
    assert_allclose(entropy(x[order], t, normalization).weights, r.weights, atol=1e-12)


@settings(max_examples=40, deadline=None)
@given(arrays(np.float64, st.tuples(st.integers(2, 7), st.integers(2, 5)),
              elements=st.floats(0.1, 1e3)), st.floats(1e-3, 1e3))
def test_scaling_a_column_leaves_sum_entropy_unchanged(x, k):
    if (x.min(0) == x.max(0)).all():
        return
    t = np.ones(x.shape[1])
    y = x.copy()
    y[:, 0] *= k
    assert_allclose(entropy(y, t).weights, entropy(x, t).weights, atol=1e-10)


@settings(max_examples=40, deadline=None)
@given(arrays(np.float64, st.tuples(st.integers(3, 7), st.integers(2, 5)),
              elements=st.floats(-100.0, 100.0)),
       st.floats(0.01, 100.0), st.floats(-100.0, 100.0), st.randoms(use_true_random=False))
def test_critic_properties(x, scale, shift, rnd):
    t = np.where(np.arange(x.shape[1]) % 2 == 0, 1, -1)
    try:
        r = critic(x, t)
    except WeightingError as exc:
        code = exc.code
        assert code == "weights.no_information"
        return
    assert_allclose(r.weights.sum(), 1.0, rtol=1e-12)
    assert (r.weights >= 0).all()
    order = list(range(x.shape[0]))
    rnd.shuffle(order)
    assert_allclose(critic(x[order], t).weights, r.weights, atol=1e-8)
    # Min-max normalization makes CRITIC blind to positive affine changes of a column.
    y = x.copy()
    y[:, 0] = y[:, 0] * scale + shift
    if not (r.constant[0] or np.ptp(y[:, 0]) < 1e-9 * (1 + np.abs(y[:, 0]).max())):
        assert_allclose(critic(y, t).weights, r.weights, atol=1e-7)


def test_critic_weights_do_not_depend_on_the_standard_deviation_convention():
    r = critic(BANKS, BANKS_T)
    pop = r.normalized.std(0, ddof=0) * r.conflict
    assert_allclose(pop / pop.sum(), r.weights, rtol=1e-12)
    assert_allclose(r.sigma, r.normalized.std(0, ddof=1), rtol=1e-12)


# --- constant columns -----------------------------------------------------------------------

def test_constant_columns_are_reported_and_weigh_nothing():
    x = np.column_stack([X, np.full(4, 7.0), np.zeros(4)])
    t = np.append(T, [1, -1])
    for r in (entropy(x, t), entropy(x, t, "minmax"), critic(x, t)):
        assert r.constant.tolist() == [False] * 6 + [True, True]
        assert_array_equal(r.weights[6:], 0.0)
        assert np.isfinite(r.weights).all()
    # Left out of the conflict sums, constant columns change no other CRITIC weight.
    assert_allclose(critic(x, t).weights[:6], critic(X, T).weights, rtol=1e-12)
    assert_allclose(entropy(x, t).weights[:6], entropy(X, T).weights, rtol=1e-12)
    assert np.isnan(critic(x, t).correlation[6]).all()


def test_a_zero_cell_counts_as_zero_share():
    x = np.array([[0.0, 3.0], [2.0, 4.0], [5.0, 3.0]])
    r = entropy(x, [1, 1])
    p = x[:, 0] / 7
    e0 = -(p[1:] * np.log(p[1:])).sum() / np.log(3)
    assert_allclose(r.e[0], e0, rtol=1e-13)


# --- errors ---------------------------------------------------------------------------------

def test_errors_name_the_problem():
    with pytest.raises(WeightingError) as ei:
        entropy([[1.0, -2.0], [3.0, 4.0]], [1, 1], criteria=["a", "b"])
    assert ei.value.code == "entropy.negative_value"
    assert (ei.value.location.row, ei.value.location.column) == (0, "b")
    assert ei.value.expected
    assert entropy([[1.0, -2.0], [3.0, 4.0]], [1, 1], "minmax").weights.sum() == pytest.approx(1)
    for fn in (entropy, critic):
        with pytest.raises(WeightingError) as ei:
            fn([[1.0, 2.0]], [1, 1])
        assert ei.value.code == "weights.too_few_alternatives"
        with pytest.raises(DecisionProblemError) as ei:
            fn([[1.0, np.nan], [1.0, 2.0]], [1, 1])
        assert ei.value.code == "matrix.not_finite"
        assert (ei.value.location.row, ei.value.location.column) == (0, 1)
        with pytest.raises(DecisionProblemError) as ei:
            fn([[1.0, 2.0], [1.0, 3.0]], [1])
        assert ei.value.code == "types.shape"
        with pytest.raises(DecisionProblemError) as ei:
            fn([1.0, 2.0], [1])
        assert ei.value.code == "matrix.not_2d"
        with pytest.raises(WeightingError) as ei:
            fn([[1.0, 2.0], [1.0, 2.0]], [1, 1])
        assert ei.value.code == "weights.no_information"
    with pytest.raises(WeightingError) as ei:
        entropy(X, T, "vector")
    assert ei.value.code == "entropy.unknown_normalization"
    with pytest.raises(WeightingError) as ei:
        critic([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]], [1, 1])  # perfectly correlated
    assert ei.value.code == "weights.no_information"


# --- combined weights -----------------------------------------------------------------------

def test_combine_by_hand():
    a, o = np.array([2.0, 1.0, 1.0]), np.array([0.1, 0.3, 0.6])
    m = combine(a, o)
    assert_allclose(m.weights, a / 4 * o / (a / 4 * o).sum(), rtol=1e-14)
    assert_allclose(m.subjective, a / 4)
    assert m.alpha is None
    lin = combine(a, o, "linear", alpha=0.3)
    assert_allclose(lin.weights, 0.3 * a / 4 + 0.7 * o, rtol=1e-14)
    assert lin.alpha == 0.3
    assert_allclose(combine(a, o, "linear", alpha=1).weights, a / 4)
    assert_allclose(combine(a, o, "linear", alpha=0).weights, o)


@settings(max_examples=50, deadline=None)
@given(st.integers(1, 8).flatmap(lambda n: st.tuples(
    arrays(np.float64, n, elements=st.floats(0.01, 10)),
    arrays(np.float64, n, elements=st.floats(0.01, 10)))), st.floats(0, 1))
def test_combine_properties(pair, alpha):
    a, o = pair
    for r in (combine(a, o), combine(a, o, "linear", alpha)):
        assert_allclose(r.weights.sum(), 1.0, rtol=1e-12)
        assert (r.weights >= 0).all()
    # Equal objective weights leave the subjective ones unchanged, whatever the combination.
    flat = np.ones_like(a)
    assert_allclose(combine(a, flat).weights, a / a.sum(), rtol=1e-12)


@pytest.mark.parametrize(("args", "code"), [
    (([0.5, 0.5], [1.0]), "combine.shape"),
    (([0.5, np.nan], [0.5, 0.5]), "combine.not_finite"),
    (([0.5, 0.5], [0.5, -0.1]), "combine.negative"),
    (([0.0, 0.0], [0.5, 0.5]), "combine.all_zero"),
    (([1.0, 0.0], [0.0, 1.0]), "combine.disjoint"),
    (([0.5, 0.5], [0.5, 0.5], "linear", 1.5), "combine.alpha"),
    (([0.5, 0.5], [0.5, 0.5], "linear", float("nan")), "combine.alpha"),
    (([0.5, 0.5], [0.5, 0.5], "geometric"), "combine.unknown_method"),
])
def test_combine_errors(args, code):
    with pytest.raises(WeightingError) as ei:
        combine(*args)
    assert ei.value.code == code
    assert ei.value.expected

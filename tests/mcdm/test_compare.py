"""Method cross-checks: pymcdm's own ranking direction, correlation formulas by hand, edge cases."""

import warnings

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from mcdm.compare import METHODS, compare
from mcdm.topsis import DecisionProblemError, rank

# Hwang & Yoon (1981) fighter aircraft, as in test_topsis.py.
X = np.array([[2.0, 1500, 20000, 5.5, 5, 9], [2.5, 2700, 18000, 6.5, 3, 5],
              [1.8, 2000, 21000, 4.5, 7, 7], [2.2, 1800, 20000, 5.0, 5, 5]])
W = np.array([0.2, 0.1, 0.1, 0.1, 0.2, 0.3])
T = np.array([1, 1, 1, -1, 1, 1])


def _pymcdm_ranks(x, w, t, bounds):
    """Each method ranked by pymcdm itself (its rankdata in the method's own direction)."""
    from pymcdm import methods as pm

    out = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # COPRAS is the engine's own (pymcdm's adds S- instead of rewarding a low one; see
        # test_copras.py).
        for name, m in [("VIKOR", pm.VIKOR()), ("PROMETHEE II", pm.PROMETHEE_II("usual")),
                        ("WASPAS", pm.WASPAS()), ("SPOTIS", pm.SPOTIS(bounds))]:
            out[name] = m.rank(m(x, w, t))
    return out


def test_every_method_is_ranked_in_its_own_direction():
    rng = np.random.default_rng(3)
    for _ in range(10):
        x = rng.uniform(1, 9, size=(7, 4))
        w = rng.dirichlet(np.ones(4))
        t = rng.choice([-1, 1], size=4)
        res = compare(x, w, t, score_range=(1, 9))
        assert res.methods == METHODS
        assert not res.failed
        expect = _pymcdm_ranks(x, w, t, np.tile([1.0, 9.0], (4, 1)))
        for name, ranks in expect.items():
            assert_array_equal(res.ranks[res.methods.index(name)], ranks, err_msg=name)
        assert_array_equal(res.ranks[0], rank(x, w, t).ranks)
    assert res.higher_is_better["VIKOR"] is False
    assert res.higher_is_better["SPOTIS"] is False
    assert res.higher_is_better["COPRAS"] is True


def test_copras_without_cost_criteria_is_the_sum_normalized_weighted_sum():
    x = X[:, [0, 1, 2, 4, 5]]
    w = W[[0, 1, 2, 4, 5]] / W[[0, 1, 2, 4, 5]].sum()
    res = compare(x, w, np.ones(5), methods=["COPRAS"])
    assert_allclose(res.scores["COPRAS"], (x / x.sum(axis=0)) @ w, rtol=1e-13)
    assert not res.failed


def test_promethee_ii_docstring_example():
    # pymcdm's PROMETHEE II example: net flows 0.1, -0.3, 0.2.
    res = compare([[4, 3, 2], [3, 2, 4], [5, 1, 3]], [0.5, 0.3, 0.2], [1, 1, 1],
                  methods=["PROMETHEE II"])
    assert_allclose(res.scores["PROMETHEE II"], [0.1, -0.3, 0.2], atol=1e-12)
    assert_array_equal(res.ranks[0], [2, 3, 1])


def test_correlations_by_hand():
    res = compare(X, W, T)
    r = res.ranks.astype(float)
    n = r.shape[1]
    for a in range(len(res.methods)):
        for b in range(len(res.methods)):
            x, y = r[a], r[b]
            rs = np.corrcoef(x, y)[0, 1]
            rw = 1 - 6 * np.sum((x - y) ** 2 * ((n - x + 1) + (n - y + 1))) / (n ** 4 + n ** 3 - n ** 2 - n)
            ws = 1 - np.sum(2.0 ** -x * np.abs(x - y) / np.maximum(np.abs(1 - x), np.abs(n - x)))
            assert_allclose(res.correlations["spearman"][a, b], rs, atol=1e-12)
            assert_allclose(res.correlations["weighted_spearman"][a, b], rw, atol=1e-12)
            assert_allclose(res.correlations["ws"][a, b], ws, atol=1e-12)
    spread = r.max(0) - r.min(0)
    assert_array_equal(res.rank_spread, spread)
    assert list(res.most_different) == [i for i in np.argsort(-spread, kind="stable") if spread[i] > 0]


def test_spotis_bounds_from_parameter_range_or_data():
    b = np.array([[1.5, 3], [1000, 3000], [15000, 25000], [4, 7], [1, 9], [1, 9]])
    assert_array_equal(compare(X, W, T, bounds=b).spotis_bounds, b)
    assert_array_equal(compare(X, W, T).spotis_bounds[:, 0], X.min(0))
    with pytest.raises(DecisionProblemError) as ei:
        compare(X, W, T, score_range=(1, 9))
    assert ei.value.code == "compare.bounds_exceeded"
    assert ei.value.location.column == "1"
    with pytest.raises(DecisionProblemError) as ei:
        compare(X, W, T, bounds=b[:3])
    assert ei.value.code == "compare.bounds_shape"
    bad = b.copy()
    bad[2] = [5, 5]
    with pytest.raises(DecisionProblemError) as ei:
        compare(X, W, T, bounds=bad)
    assert ei.value.code == "compare.bounds_order"


def test_constant_column_is_dropped_and_nothing_is_nan():
    x = np.column_stack([X, np.full(4, 5.0)])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        res = compare(x, np.append(W, 0.2), np.append(T, 1))
    assert res.dropped_criteria == (6,)
    assert not res.failed
    assert all(np.isfinite(s).all() for s in res.scores.values())
    assert all(np.isfinite(c).all() for c in res.correlations.values())


def test_identical_directions_and_a_single_direction_tie():
    res = compare(np.tile([3.0, 4.0], (3, 1)), [0.5, 0.5], [1, -1])
    assert (res.ranks == 1).all()
    assert res.most_different == ()
    assert_allclose(res.correlations["spearman"], 1.0)
    one = compare([[3.0, 4.0]], [0.5, 0.5], [1, -1])
    assert (one.ranks == 1).all()


def test_a_method_that_ties_every_direction_gives_nan_spearman_without_a_warning():
    # Each direction is better on one of two equally weighted costs: PROMETHEE II's net flows
    # tie while TOPSIS (vector normalization) separates them. Spearman's r_s with a constant
    # ranking is undefined; pymcdm warns about it, which must not reach the user.
    x, w, t = [[2.0, 9.0, 3.0], [1.0, 9.0, 9.0]], [1.0, 0.0, 1.0], [-1, -1, -1]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        res = compare(x, w, t)
    tied = [k for k in range(len(res.methods)) if (res.ranks[k] == 1).all()]
    split = [k for k in range(len(res.methods)) if not (res.ranks[k] == 1).all()]
    assert tied
    assert split
    rho = res.correlations["spearman"]
    assert np.isnan(rho[tied[0], split[0]])
    assert rho[tied[0], tied[0]] == 1.0


def test_a_method_that_cannot_rank_is_reported_not_raised():
    x = X.copy()
    x[1, 0] = 0.0   # WASPAS's linear normalization cannot divide by zero
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        res = compare(x, W, T)
    assert "WASPAS" in res.failed
    assert res.failed["WASPAS"].code == "compare.method_failed"  # a sentence in either language
    assert "WASPAS" not in res.methods
    assert res.ranks.shape == (len(METHODS) - 1, 4)


def test_bad_input():
    with pytest.raises(DecisionProblemError) as ei:
        compare(X, W, T, methods=["TOPSIS", "ELECTRE"])
    assert ei.value.code == "compare.unknown_method"
    x = X.copy()
    x[0, 0] = np.nan
    with pytest.raises(DecisionProblemError) as ei:
        compare(x, W, T)
    assert ei.value.code == "matrix.not_finite"

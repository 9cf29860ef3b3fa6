"""Absurd but finite numbers through the ranking engine: a located, typed error or a correct
result, never a numpy warning and never a quietly wrong ranking (found by a fuzz run in review).

pytest turns warnings raised from mcdm into errors (pyproject), and these tests also turn every
other warning into one.
"""

import warnings

import numpy as np
import pytest
from numpy.testing import assert_allclose

from mcdm.group import GroupInputError, consensus
from mcdm.scores import aggregate_scores
from mcdm.sensitivity import one_at_a_time
from mcdm.topsis import DecisionProblemError, rank
from mcdm.uncertainty import Dirichlet, simulate


@pytest.fixture(autouse=True)
def _every_warning_is_an_error():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield


def test_vector_normalization_of_a_column_whose_squares_overflow_names_it():
    # Before: ‖x‖ = inf, so x / ‖x‖ = 0 and the column silently stopped counting.
    x = [[1.0, 2e200], [2.0, 3e200], [3.0, 1e200]]
    with pytest.raises(DecisionProblemError) as info:
        rank(x, [0.5, 0.5], [1, 1], criteria=["growth", "market"])
    assert info.value.code == "matrix.out_of_range"
    assert info.value.location.column == "market"
    with pytest.raises(DecisionProblemError) as info:
        simulate(np.array(x), [1, 1], Dirichlet([0.5, 0.5]), n_samples=10, seed=0)
    assert info.value.code == "matrix.out_of_range"
    with pytest.raises(DecisionProblemError) as info:   # score noise: the batched path
        simulate(np.array(x), [1, 1], Dirichlet([0.5, 0.5]), n_samples=10, seed=0,
                 score_noise=1.0)
    assert info.value.code == "matrix.out_of_range"
    assert info.value.params["column_index"] == 1


def test_large_but_safe_values_rank_like_their_scaled_copy():
    x = np.array([[1.0, 2.0], [2.0, 3.0], [3.0, 1.0]])
    big = x * [1.0, 1e150]
    for norm in ("vector", "minmax", "max", "sum"):
        assert_allclose(rank(big, [0.4, 0.6], [1, -1], norm).closeness,
                        rank(x, [0.4, 0.6], [1, -1], norm).closeness, rtol=1e-9)


def test_max_normalization_that_overflows_names_the_criterion():
    # Dividing by a column maximum of 1e-300 makes normalized values of 3e300, whose squared
    # distances overflow: before, closeness was nan (inf / inf) with a RuntimeWarning.
    x = [[-3.0, 1.0], [-3.0, 2.0], [1e-300, 3.0]]
    with pytest.raises(DecisionProblemError) as info:
        rank(x, [0.3, 0.7], [-1, 1], "max", criteria=["cost", "benefit"])
    assert info.value.code == "matrix.out_of_range"
    assert info.value.location.column == "cost"


def test_sensitivity_sweep_that_would_overflow_is_refused():
    # Rankable at the current weights (the first criterion weighs 1e-300), not once the sweep
    # gives that criterion any real weight.
    x = [[1e-300, 5.0], [-3.0, 1e300]]
    w = [1.0, 1e300]
    assert sorted(rank(x, w, [-1, -1], "max").ranks.tolist()) == [1, 2]
    with pytest.raises(DecisionProblemError) as info:
        one_at_a_time(x, w, [-1, -1], "max", grid=9)
    assert info.value.code == "matrix.out_of_range"
    assert info.value.params["column_index"] == 0


def test_scores_of_huge_measured_values_keep_a_finite_spread():
    x = np.array([[[1e300, 1.0]], [[-1e300, 3.0]]])   # two experts, one direction, two criteria
    agg = aggregate_scores(x)
    assert_allclose(agg.matrix, [[0.0, 2.0]], atol=1e-12 * 1e300)
    assert_allclose(agg.std, [[1e300, 1.0]], rtol=1e-12)
    small = aggregate_scores(x / 1e300)
    assert_allclose(agg.std[0, 0], small.std[0, 0] * 1e300, rtol=1e-12)


def test_consensus_of_priorities_too_far_apart_is_a_typed_error():
    p = [[0.5, 0.3, 0.2], [1e300, 1e300, 1e-300]]
    with pytest.raises(GroupInputError) as info:
        consensus(p, experts=["E1", "E2"])
    assert info.value.code == "priorities.underflow"
    assert info.value.location.field == "E2"
    assert info.value.location.column == 2
    # huge but not absurd: normalized first, so the sum cannot overflow
    c = consensus([[1e307, 1e307, 1e307], [1.0, 1.0, 1.0]])
    assert c.s_star == pytest.approx(1.0)


def _absurd_chain():
    # A ≫ B ≫ C by 1e300 each: C's weight is below the smallest float
    a = np.ones((3, 3))
    for i, j in ((0, 1), (1, 2), (0, 2)):
        a[i, j], a[j, i] = 1e300, 1e-300
    return a


def test_diagnosing_judgments_whose_weights_underflow_is_a_typed_error():
    from mcdm.ahp import JudgmentMatrixError, diagnose

    with pytest.raises(JudgmentMatrixError) as info:
        diagnose(_absurd_chain(), names=["A", "B", "C"])
    assert info.value.code == "judgments.too_extreme"
    # priorities names the most extreme judgment (here all three are 1e300)
    assert (info.value.location.row, info.value.location.column) in (
        ("A", "B"), ("A", "C"), ("B", "C"))


def test_a_panel_with_such_an_expert_is_a_typed_error():
    from mcdm.ahp import JudgmentMatrixError
    from mcdm.group import analyse_panel

    with pytest.raises(JudgmentMatrixError) as info:
        analyse_panel([np.ones((3, 3)), _absurd_chain()], experts=["E1", "E2"])
    assert info.value.code == "judgments.too_extreme"  # E2's weight of C would underflow
    assert info.value.location.field == "E2"

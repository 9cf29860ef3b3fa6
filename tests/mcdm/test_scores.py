"""Expert score aggregation per cell: weighted means by hand, missing cells, dispersion, errors."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from numpy.testing import assert_allclose, assert_array_equal

from mcdm.errors import ValidationFailed
from mcdm.scores import aggregate_scores
from mcdm.topsis import DecisionProblemError

nan = np.nan
# Three experts score two directions on two criteria (1-9 scale); expert 2 skipped one cell.
S = np.array([
    [[7, 3], [5, 9]],
    [[9, 5], [5, 6]],
    [[8, nan], [2, 3]],
])


def test_equal_weights_arithmetic_by_hand():
    agg = aggregate_scores(S)
    assert_allclose(agg.matrix, [[8, 4], [4, 6]])
    assert_array_equal(agg.count, [[3, 2], [3, 3]])
    assert_allclose(agg.std[0, 1], 1.0)                         # scores 3 and 5
    assert_allclose(agg.std[1, 1], np.sqrt(6))                  # 9, 6, 3 around 6
    assert_array_equal(agg.low, [[7, 3], [2, 3]])
    assert_array_equal(agg.high, [[9, 5], [5, 9]])
    assert agg.most_disputed(1) == [(1, 1)]


def test_weighted_means_renormalize_over_the_experts_who_scored():
    w = np.array([0.5, 0.3, 0.2])
    agg = aggregate_scores(S, w)
    assert_allclose(agg.matrix[0, 0], 0.5 * 7 + 0.3 * 9 + 0.2 * 8)
    assert_allclose(agg.matrix[0, 1], (0.5 * 3 + 0.3 * 5) / 0.8)  # expert 2 missing here
    geo = aggregate_scores(S, w, method="geometric")
    assert_allclose(geo.matrix[1, 0], 5 ** 0.5 * 5 ** 0.3 * 2 ** 0.2)
    assert_allclose(geo.matrix[0, 1], np.exp((0.5 * np.log(3) + 0.3 * np.log(5)) / 0.8))
    lv = np.log([9, 6, 3])
    lm = (w * lv).sum()
    assert_allclose(geo.log_std[1, 1], np.sqrt((w * (lv - lm) ** 2).sum()))
    assert_allclose(geo.expert_weights, w)


def test_zero_weight_expert_is_ignored():
    agg = aggregate_scores(S[:2], [1.0, 0.0])
    assert_allclose(agg.matrix, S[0])
    assert_array_equal(agg.count, np.ones((2, 2)))
    assert_allclose(agg.std, 0)


@given(arrays(np.float64, (4, 3, 2), elements=st.floats(1, 9)),
       arrays(np.float64, (4,), elements=st.floats(0.05, 1)))
def test_means_lie_between_extremes_and_geometric_below_arithmetic(x, w):
    a = aggregate_scores(x, w)
    g = aggregate_scores(x, w, method="geometric")
    assert (a.matrix >= x.min(0) - 1e-9).all()
    assert (a.matrix <= x.max(0) + 1e-9).all()
    assert (g.matrix <= a.matrix + 1e-9).all()                   # AM-GM
    assert (a.std <= (x.max(0) - x.min(0)) / 2 + 1e-9).all()


def test_every_unscored_cell_is_named():
    s = S.copy()
    s[:, 0, 1] = nan
    s[:, 1, 0] = nan
    with pytest.raises(ValidationFailed) as ei:
        aggregate_scores(s, industry="生物产业", directions=["细胞疗法", "疫苗研发"],
                         criteria=["创新链", "产业链"])
    probs = ei.value.problems
    assert [p.code for p in probs] == ["scores.cell_unscored"] * 2
    assert [(p.location.field, p.location.row, p.location.column) for p in probs] == [
        ("生物产业", "细胞疗法", "产业链"), ("生物产业", "疫苗研发", "创新链")]
    assert "细胞疗法" in str(probs[0])


def test_cell_scored_only_by_zero_weight_experts_counts_as_unscored():
    s = S.copy()
    s[:2, 0, 0] = nan
    with pytest.raises(ValidationFailed):
        aggregate_scores(s, [1.0, 1.0, 0.0])


@pytest.mark.parametrize(("scores", "kwargs", "code"), [
    (S[0], {}, "scores.shape"),
    (S, {"method": "median"}, "scores.method"),
    (S, {"expert_weights": [1, 1]}, "experts.weights_shape"),
    (S, {"expert_weights": [1, -1, 1]}, "experts.weight_invalid"),
    (S, {"expert_weights": [0, 0, 0]}, "experts.weights_all_zero"),
    (S, {"expert_weights": ["heavy", 1, 1]}, "experts.weights_not_numeric"),
    ([[["x"]]], {}, "scores.not_numeric"),
])
def test_bad_input(scores, kwargs, code):
    with pytest.raises(DecisionProblemError) as ei:
        aggregate_scores(scores, **kwargs)
    assert ei.value.code == code


def test_infinite_and_non_positive_scores_name_expert_and_cell():
    s = S.copy()
    s[1, 1, 0] = np.inf
    with pytest.raises(DecisionProblemError) as ei:
        aggregate_scores(s, experts=["A", "B", "C"], directions=["d1", "d2"], criteria=["c1", "c2"])
    assert ei.value.code == "scores.not_finite"
    assert ei.value.params["expert"] == "B"
    assert (ei.value.location.row, ei.value.location.column) == ("d2", "c1")
    s = S.copy()
    s[2, 1, 1] = 0.0
    assert_allclose(aggregate_scores(s).matrix[1, 1], 5.0)        # fine for the arithmetic mean
    with pytest.raises(DecisionProblemError) as ei:
        aggregate_scores(s, method="geometric")
    assert ei.value.code == "scores.not_positive"
    assert (ei.value.location.row, ei.value.location.column) == (1, 1)

"""A criterion on which every direction has the same score is constant even when the means were
summed in another order and differ in the last bit — the sample's 节能环保产业 has such a
column (6.833333333333332 and 6.833333333333333, the same six scores in another order). Before,
min-max normalization stretched that rounding to the whole 0–1 range: CRITIC gave the column
0.1 of the weight, entropy after min-max 0.125, and TOPSIS with min-max normalization counted it
as a full criterion."""

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from mcdm.project import edits as E
from mcdm.project.evaluate import evaluate
from mcdm.project.sample import sample_project
from mcdm.topsis import rank
from mcdm.weights import critic, entropy

NOISY = np.array([[3.0, 6.833333333333332, 2.0], [5.0, 6.833333333333333, 7.0],
                  [4.0, 6.833333333333333, 1.0]])
EXACT = NOISY.copy()
EXACT[:, 1] = 6.833333333333333
TYPES = np.array([1, 1, -1])


@pytest.mark.parametrize("weigh", [lambda x: entropy(x, TYPES), lambda x: critic(x, TYPES),
                                   lambda x: entropy(x, TYPES, "minmax")],
                         ids=["entropy", "critic", "entropy_minmax"])
def test_objective_weights_treat_a_rounding_difference_as_no_difference(weigh):
    noisy, exact = weigh(NOISY), weigh(EXACT)
    assert_array_equal(noisy.constant, [False, True, False])
    assert noisy.weights[1] == 0
    assert_allclose(noisy.weights, exact.weights, rtol=0, atol=1e-12)


@pytest.mark.parametrize("normalization", ["vector", "minmax", "max", "sum"])
def test_topsis_treats_a_rounding_difference_as_no_difference(normalization):
    w = np.array([0.3, 0.4, 0.3])
    noisy, exact = (rank(x, w, TYPES, normalization=normalization) for x in (NOISY, EXACT))
    assert noisy.steps.constant_criteria == (1,)
    assert_allclose(noisy.closeness, exact.closeness, rtol=0, atol=1e-12)


def test_a_real_difference_is_not_constant():
    x = NOISY.copy()
    x[0, 1] = 6.83  # a difference a panel can make
    assert not critic(x, TYPES).constant[1]
    assert rank(x, [0.3, 0.4, 0.3], TYPES, normalization="minmax").steps.constant_criteria == ()


def test_the_samples_equal_scores_are_constant_under_critic():
    project, _ = E.SetSetting("weighting", "objective").apply(sample_project())
    project, _ = E.SetSetting("objective_method", "critic").apply(project)
    ir = evaluate(project).industry("green")
    column = ir.scores.matrix[:, 4]
    assert column[0] != column[1]  # summed in another order ...
    assert abs(column[0] - column[1]) < 1e-14  # ... the same value up to rounding
    assert ir.weighting.constant == (ir.criterion_ids[4],)
    assert ir.weighting.objective[4] == 0

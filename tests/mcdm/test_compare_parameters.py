"""Per-method parameters of the comparison (VIKOR v, WASPAS λ, PROMETHEE II preference function
and thresholds): defaults unchanged, each passed to pymcdm, recorded in the result, validated;
and COPRAS with a cost criterion from the engine."""

import warnings

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from mcdm.compare import METHODS, compare
from mcdm.copras import rank as copras_rank
from mcdm.topsis import DecisionProblemError

X = np.array([[2.0, 1500, 20000, 5.5, 5, 9], [2.5, 2700, 18000, 6.5, 3, 5],
              [1.8, 2000, 21000, 4.5, 7, 7], [2.2, 1800, 20000, 5.0, 5, 5]])
W = np.array([0.2, 0.1, 0.1, 0.1, 0.2, 0.3])
T = np.array([1, 1, 1, -1, 1, 1])


def _pm(method, x=X, w=W, t=T):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return np.asarray(method(x, w, t))


def test_defaults_are_the_former_behaviour_and_are_recorded():
    from pymcdm import methods as pm

    res = compare(X, W, T, score_range=None)
    assert_allclose(res.scores["VIKOR"], _pm(pm.VIKOR()))
    assert_allclose(res.scores["WASPAS"], _pm(pm.WASPAS()))
    assert_allclose(res.scores["PROMETHEE II"], _pm(pm.PROMETHEE_II("usual")))
    assert res.parameters == {
        "TOPSIS": {"normalization": "vector"}, "VIKOR": {"v": 0.5},
        "PROMETHEE II": {"preference_function": "usual", "q": None, "p": None},
        "WASPAS": {"lambda": 0.5}, "COPRAS": {}, "SPOTIS": {}}
    assert tuple(res.parameters) == METHODS


@pytest.mark.parametrize("v", [0.0, 0.25, 1.0])
@pytest.mark.parametrize("lam", [0.0, 0.7, 1.0])
def test_vikor_v_and_waspas_lambda_reach_pymcdm(v, lam):
    from pymcdm import methods as pm

    res = compare(X, W, T, vikor_v=v, waspas_lambda=lam, methods=["VIKOR", "WASPAS"])
    assert_allclose(res.scores["VIKOR"], _pm(pm.VIKOR(v=v)))
    assert_allclose(res.scores["WASPAS"], _pm(pm.WASPAS(l=lam)))
    assert res.parameters == {"VIKOR": {"v": v}, "WASPAS": {"lambda": lam}}


def test_waspas_lambda_one_is_the_weighted_sum_of_linear_normalization():
    res = compare(X, W, T, waspas_lambda=1.0, methods=["WASPAS"])
    lin = np.where(T > 0, X / X.max(0), X.min(0) / X)
    assert_allclose(res.scores["WASPAS"], lin @ W, rtol=1e-12)


@pytest.mark.parametrize(("function", "q", "p"), [
    ("ushape", 0.3, None), ("vshape", None, [0.5, 1000, 2000, 1.0, 2, 2]),
    ("level", 0.1, 0.5), ("vshape_2", [0.1, 100, 500, 0.2, 1, 1], [0.5, 1000, 2000, 1, 3, 3])])
def test_promethee_preference_functions_and_thresholds(function, q, p):
    from pymcdm import methods as pm

    res = compare(X, W, T, promethee_function=function, promethee_q=q, promethee_p=p,
                  methods=["PROMETHEE II"])
    qq = None if q is None else list(np.broadcast_to(q, 6).astype(float))
    pp = None if p is None else list(np.broadcast_to(p, 6).astype(float))
    assert_allclose(res.scores["PROMETHEE II"], _pm(pm.PROMETHEE_II(function, p=pp, q=qq)))
    rec = res.parameters["PROMETHEE II"]
    assert rec["preference_function"] == function
    assert rec["q"] == (None if qq is None else tuple(qq))
    assert rec["p"] == (None if pp is None else tuple(pp))


def test_v_shape_with_a_wide_p_differs_from_usual():
    usual = compare(X, W, T, methods=["PROMETHEE II"]).scores["PROMETHEE II"]
    wide = compare(X, W, T, methods=["PROMETHEE II"], promethee_function="vshape",
                   promethee_p=[1, 2000, 4000, 3, 5, 5]).scores["PROMETHEE II"]
    assert not np.allclose(usual, wide)


def test_thresholds_of_dropped_constant_criteria_are_dropped_too():
    x = np.column_stack([X, np.full(4, 3.0)])
    res = compare(x, np.append(W, 0.1), np.append(T, 1), methods=["PROMETHEE II"],
                  promethee_function="vshape", promethee_p=[1, 2000, 4000, 3, 5, 5, 9])
    ref = compare(X, W, T, methods=["PROMETHEE II"], promethee_function="vshape",
                  promethee_p=[1, 2000, 4000, 3, 5, 5])
    assert res.dropped_criteria == (6,)
    assert_allclose(res.scores["PROMETHEE II"], ref.scores["PROMETHEE II"])


@pytest.mark.parametrize(("kw", "code"), [
    ({"vikor_v": 1.5}, "compare.v"), ({"vikor_v": "half"}, "compare.v"),
    ({"waspas_lambda": -0.1}, "compare.lambda"),
    ({"promethee_function": "gaussian"}, "compare.preference_function"),
    ({"promethee_function": "ushape"}, "compare.promethee_threshold"),
    ({"promethee_function": "level", "promethee_q": 0.5}, "compare.promethee_threshold"),
    ({"promethee_function": "level", "promethee_q": 0.5, "promethee_p": 0.2},
     "compare.promethee_threshold"),
    ({"promethee_function": "vshape", "promethee_p": [1, 2]}, "compare.promethee_threshold"),
    ({"promethee_function": "vshape", "promethee_p": 0.0}, "compare.promethee_threshold"),
    ({"promethee_function": "vshape", "promethee_p": -1.0}, "compare.promethee_threshold"),
])
def test_bad_parameters_are_typed_errors(kw, code):
    with pytest.raises(DecisionProblemError) as ei:
        compare(X, W, T, **kw)
    assert ei.value.code == code
    assert ei.value.expected


def test_copras_in_the_comparison_is_the_engines_with_costs_counted_against():
    res = compare(X, W, T, methods=["COPRAS"])
    ref = copras_rank(X, W, T)
    assert_allclose(res.scores["COPRAS"], ref.significance)
    assert_array_equal(res.ranks[0], ref.ranks)
    assert res.higher_is_better["COPRAS"] is True

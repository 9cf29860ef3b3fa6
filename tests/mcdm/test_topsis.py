"""TOPSIS: published examples, pymcdm agreement, edge cases and typed errors."""

import warnings

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from mcdm.errors import MCDMError
from mcdm.topsis import DecisionProblemError, rank

# Hwang, C.-L. & Yoon, K. (1981). Multiple Attribute Decision Making: Methods and Applications.
# Springer, pp. 131-134: the fighter-aircraft example. Criteria: max speed, ferry range, max
# payload, acquisition cost (cost criterion), reliability, maneuverability.
AIRCRAFT = np.array([
    [2.0, 1500, 20000, 5.5, 5, 9],
    [2.5, 2700, 18000, 6.5, 3, 5],
    [1.8, 2000, 21000, 4.5, 7, 7],
    [2.2, 1800, 20000, 5.0, 5, 5],
])
AIRCRAFT_W = np.array([0.2, 0.1, 0.1, 0.1, 0.2, 0.3])
AIRCRAFT_T = np.array([1, 1, 1, -1, 1, 1])


def test_hwang_yoon_fighter_aircraft():
    r = rank(AIRCRAFT, AIRCRAFT_W, AIRCRAFT_T)
    # Published values (4 decimals; the book rounds the cost column slightly, hence atol).
    assert_allclose(r.steps.ideal, [.1168, .0659, .0531, .0414, .1347, .2012], atol=2e-4)
    assert_allclose(r.steps.anti_ideal, [.0841, .0366, .0455, .0598, .0577, .1118], atol=2e-4)
    assert_allclose(r.steps.d_plus, [.0545, .1197, .0580, .1009], atol=2e-4)
    assert_allclose(r.steps.d_minus, [.0983, .0439, .0920, .0458], atol=2e-4)
    assert_allclose(r.closeness, [.643, .268, .613, .312], atol=1e-3)
    assert_array_equal(r.ranks, [1, 4, 2, 3])
    assert_array_equal(r.order, [0, 2, 3, 1])
    assert r.weights_normalized is False
    # Vector normalization keeps the cost column's direction: its ideal is the minimum.
    assert r.steps.ideal[3] == r.steps.weighted[:, 3].min()


def test_steps_by_hand():
    # Independent numpy restatement of Hwang & Yoon's six steps.
    x = AIRCRAFT
    rr = x / np.sqrt((x ** 2).sum(axis=0))
    v = rr * AIRCRAFT_W
    best = np.where(AIRCRAFT_T > 0, v.max(0), v.min(0))
    worst = np.where(AIRCRAFT_T > 0, v.min(0), v.max(0))
    dp = np.linalg.norm(v - best, axis=1)
    dm = np.linalg.norm(v - worst, axis=1)
    r = rank(x, AIRCRAFT_W, AIRCRAFT_T)
    assert_allclose(r.steps.normalized, rr, rtol=1e-14)
    assert_allclose(r.steps.weighted, v, rtol=1e-14)
    assert_allclose(r.closeness, dm / (dp + dm), rtol=1e-13)


def _pymcdm(norm_name, x, w, t):
    from pymcdm import normalizations
    from pymcdm.methods import TOPSIS

    fn = {"vector": normalizations.vector_normalization,
          "minmax": normalizations.minmax_normalization,
          "max": normalizations.max_normalization,
          "sum": normalizations.sum_normalization}[norm_name]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return TOPSIS(fn)(x, w, t)


@pytest.mark.parametrize("norm", ["vector", "minmax", "max", "sum"])
def test_matches_pymcdm(norm):
    rng = np.random.default_rng(7)
    for _ in range(20):
        m, n = rng.integers(2, 12), rng.integers(1, 8)
        x = rng.uniform(0.5, 50, size=(m, n))
        w = rng.dirichlet(np.ones(n))
        t = rng.choice([-1, 1], size=n)
        assert_allclose(rank(x, w, t, norm).closeness, _pymcdm(norm, x, w, t), rtol=1e-12, atol=1e-14)
    assert_allclose(rank(AIRCRAFT, AIRCRAFT_W, AIRCRAFT_T, norm).closeness,
                    _pymcdm(norm, AIRCRAFT, AIRCRAFT_W, AIRCRAFT_T), rtol=1e-12)


def test_weights_not_summing_to_one_are_normalized_and_reported():
    r1 = rank(AIRCRAFT, AIRCRAFT_W, AIRCRAFT_T)
    r2 = rank(AIRCRAFT, AIRCRAFT_W * 7, AIRCRAFT_T)
    assert r2.weights_normalized is True
    assert_allclose(r2.weights, AIRCRAFT_W)
    assert_allclose(r2.closeness, r1.closeness, rtol=1e-13)


@pytest.mark.parametrize("norm", ["vector", "minmax", "max", "sum"])
def test_constant_column_contributes_nothing(norm):
    base = AIRCRAFT[:, :3]
    with_const = np.column_stack([base, np.full(4, 3.0)])
    r = rank(with_const, [0.3, 0.3, 0.2, 0.2], [1, -1, 1, 1], norm)
    ref = rank(base, [0.3, 0.3, 0.2], [1, -1, 1], norm)
    assert np.isfinite(r.closeness).all()
    assert r.steps.constant_criteria == (3,)
    assert_array_equal(r.ranks, ref.ranks)
    # Distances do not depend on the constant column at all.
    assert_allclose(r.steps.d_plus / r.steps.d_plus.sum(), ref.steps.d_plus / ref.steps.d_plus.sum())


@pytest.mark.parametrize("norm", ["vector", "minmax", "max", "sum"])
def test_all_zero_column_is_constant_too(norm):
    x = np.column_stack([AIRCRAFT[:, 0], np.zeros(4)])
    r = rank(x, [0.5, 0.5], [1, -1], norm)
    assert np.isfinite(r.closeness).all()
    assert np.isfinite(r.steps.normalized).all()
    assert_array_equal(r.ranks, rank(AIRCRAFT[:, :1], [1], [1], norm).ranks)


@pytest.mark.parametrize("norm", ["vector", "minmax", "max", "sum"])
def test_all_directions_identical_tie_at_rank_one(norm):
    x = np.tile([3.0, 5.0, 2.0], (5, 1))
    r = rank(x, [0.2, 0.3, 0.5], [1, -1, 1], norm)
    assert_array_equal(r.ranks, [1] * 5)
    assert_allclose(r.closeness, 0.5)


def test_one_direction_is_rank_one():
    r = rank([[4.0, 2.0, 7.0]], [0.2, 0.3, 0.5], [1, -1, 1])
    assert_array_equal(r.ranks, [1])
    assert np.isfinite(r.closeness).all()


def test_ties_share_the_better_rank():
    # One benefit criterion: closeness is (x - min) / (max - min) = 0, 1, 1, 0.5.
    r = rank([[1.0], [3.0], [3.0], [2.0]], [1.0], [1])
    assert_allclose(r.closeness, [0.0, 1.0, 1.0, 0.5])
    assert_array_equal(r.ranks, [4, 1, 1, 3])
    # Differences below 1e-12 count as ties too.
    r = rank([[1.0, 1.0], [1.0 + 1e-14, 1.0], [0.5, 0.5]], [0.5, 0.5], [1, 1])
    assert_array_equal(r.ranks, [1, 1, 3])


def test_result_arrays_are_read_only():
    r = rank(AIRCRAFT, AIRCRAFT_W, AIRCRAFT_T)
    with pytest.raises(ValueError, match="read-only"):
        r.closeness[0] = 1.0
    with pytest.raises(ValueError, match="read-only"):
        r.steps.weighted[0, 0] = 1.0


def _err(excinfo) -> DecisionProblemError:
    err = excinfo.value
    assert isinstance(err, MCDMError)
    assert isinstance(err, ValueError)
    return err


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_non_finite_cell_is_named(bad):
    x = AIRCRAFT.copy()
    x[2, 4] = bad
    with pytest.raises(DecisionProblemError) as ei:
        rank(x, AIRCRAFT_W, AIRCRAFT_T)
    err = _err(ei)
    assert err.code == "matrix.not_finite"
    assert (err.location.row, err.location.column) == (2, 4)
    with pytest.raises(DecisionProblemError) as ei:
        rank(x, AIRCRAFT_W, AIRCRAFT_T, alternatives=list("ABCD"), criteria=list("uvwxyz"))
    assert (ei.value.location.row, ei.value.location.column) == ("C", "y")
    assert "(C, y)" in str(ei.value)


def test_non_numeric_cell():
    with pytest.raises(DecisionProblemError) as ei:
        rank([[1, "x"], [2, 3]], [0.5, 0.5], [1, 1])
    assert ei.value.code == "matrix.not_numeric"


@pytest.mark.parametrize(("matrix", "code"), [
    ([1.0, 2.0, 3.0], "matrix.not_2d"),
    (np.ones((2, 2, 2)), "matrix.not_2d"),
    (np.ones((0, 3)), "matrix.empty"),
])
def test_bad_matrix_shapes(matrix, code):
    with pytest.raises(DecisionProblemError) as ei:
        rank(matrix, [1, 1, 1], [1, 1, 1])
    assert ei.value.code == code


@pytest.mark.parametrize(("weights", "code", "criterion"), [
    ([0.2, 0.1, 0.1, 0.1, 0.2], "weights.shape", None),
    ([[0.2, 0.1, 0.1, 0.1, 0.2, 0.3]], "weights.shape", None),
    ([0.2, 0.1, -0.1, 0.1, 0.2, 0.3], "weights.negative", "w"),
    ([0.2, 0.1, 0.1, np.nan, 0.2, 0.3], "weights.not_finite", "x"),
    ([0, 0, 0, 0, 0, 0], "weights.all_zero", None),
])
def test_bad_weights_name_the_criterion(weights, code, criterion):
    with pytest.raises(DecisionProblemError) as ei:
        rank(AIRCRAFT, weights, AIRCRAFT_T, criteria=list("uvwxyz"))
    assert ei.value.code == code
    assert ei.value.location.field == criterion


@pytest.mark.parametrize(("types", "code", "criterion"), [
    ([1, 1, 1, -1, 1], "types.shape", None),
    ([1, 1, 0, -1, 1, 1], "types.invalid", "w"),
    ([1, 1, 1, -1, 2, 1], "types.invalid", "y"),
])
def test_bad_types_name_the_criterion(types, code, criterion):
    with pytest.raises(DecisionProblemError) as ei:
        rank(AIRCRAFT, AIRCRAFT_W, types, criteria=list("uvwxyz"))
    assert ei.value.code == code
    assert ei.value.location.field == criterion


def test_unknown_normalization():
    with pytest.raises(DecisionProblemError) as ei:
        rank(AIRCRAFT, AIRCRAFT_W, AIRCRAFT_T, "logarithmic")
    assert ei.value.code == "normalization.unknown"


def test_sum_normalization_needs_positive_values_and_names_the_cell():
    x = AIRCRAFT.copy()
    x[1, 2] = 0.0
    with pytest.raises(DecisionProblemError) as ei:
        rank(x, AIRCRAFT_W, AIRCRAFT_T, "sum")
    assert ei.value.code == "normalization.sum_not_positive"
    assert (ei.value.location.row, ei.value.location.column) == (1, 2)
    assert np.isfinite(rank(x, AIRCRAFT_W, AIRCRAFT_T, "vector").closeness).all()


def test_max_normalization_needs_positive_maximum():
    x = -AIRCRAFT.copy()
    with pytest.raises(DecisionProblemError) as ei:
        rank(x, AIRCRAFT_W, AIRCRAFT_T, "max")
    assert ei.value.code == "normalization.max_not_positive"
    assert ei.value.location.column == 0


def test_no_warning_reaches_the_user():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rank(np.tile([1.0, 0.0], (3, 1)), [0.5, 0.5], [1, -1], "vector")
        rank(np.tile([1.0, 0.0], (3, 1)), [0.5, 0.5], [1, -1], "sum")
        rank([[0.0, 0.0]], [1, 1], [1, 1], "max")

"""Absurd but finite judgments (1e-300 … 1e300) in complete matrices, single and stacked.

Every input must end in a correct result (finite positive weights that satisfy A w = λ w
component by component, λmax ≥ n, finite CI, CR, GCI) or in ``judgments.too_extreme`` naming
the most extreme judgment, with no warning. The checks are independent of the engine: the
eigen-equation and the geometric means are recomputed in log space with ``math.fsum``.
"""

import math
import os
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from mcdm.ahp import JudgmentMatrixError, priorities, priorities_batch
from mcdm.ahp.priorities import METHODS, RI_NAMES
from mcdm.errors import MCDMError
from mcdm.group import analyse_panel

LOG_1E300 = math.log(1e300)
TINY = np.finfo(np.float64).tiny
EXAMPLES = 2000 if os.environ.get("FOURCHAINS_LONG") else 120
# The reported case: a weight of exactly 0 and λmax ≈ 1e100, without an error.
REPORTED = [10, 1e-300, 1e-300, 1e-300, 0.1, 1e300]


def _from_upper(upper, n):
    a = np.eye(n)
    iu = np.triu_indices(n, 1)
    a[iu] = upper
    a[iu[1], iu[0]] = 1 / np.asarray(upper, dtype=float)
    return a


def _quiet(fn, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return fn(*args, **kwargs)


def _log_weights(a):
    """Row means of ln A by exact-rounding sums: the LLSM / RGMM log-weights."""
    n = a.shape[0]
    return np.array([math.fsum(math.log(a[i, j]) for j in range(n)) / n for i in range(n)])


def _log_sum_exp(terms):
    top = max(terms)
    return top + math.log(math.fsum(math.exp(t - top) for t in terms))


def _independent_gci(a):
    n = a.shape[0]
    if n <= 2:
        return 0.0
    y = _log_weights(a)
    total = math.fsum((math.log(a[i, j]) - y[i] + y[j]) ** 2
                      for i in range(n) for j in range(i + 1, n))
    return 2 * total / ((n - 1) * (n - 2))


def _check_error(exc, a, names, where):
    assert isinstance(exc, JudgmentMatrixError)
    assert exc.code == "judgments.too_extreme"
    i, j = names.index(exc.location.row), names.index(exc.location.column)
    assert i < j
    extreme = np.abs(np.log(a))
    assert extreme[i, j] == extreme.max()  # the most extreme judgment
    assert exc.params["value"] == a[i, j]
    assert exc.location.field == where


def _check_result(r, a, method):
    n = a.shape[0]
    w = r.weights
    assert np.isfinite(w).all()
    assert (w >= TINY).all()  # positive and normal: a subnormal weight has lost its digits
    assert w.sum() == pytest.approx(1.0)
    for value in (r.lambda_max, r.ci, r.cr, r.gci):
        assert np.isfinite(value)
    assert r.lambda_max >= n * (1 - 1e-9)
    assert r.gci == pytest.approx(_independent_gci(a), rel=1e-9, abs=1e-9)
    if method == "geometric_mean":
        y = _log_weights(a)
        assert_allclose(np.log(w), y - _log_sum_exp(list(y)), rtol=0, atol=1e-9)
    else:
        # Perron's equation component by component, in logs as a_ij w_j can underflow:
        # ln (A w)_i is a log-sum-exp of positive terms, exact to rounding even for w_i = 1e-250.
        lw = [math.log(x) for x in w]
        log_aw = [_log_sum_exp([math.log(a[i, j]) + lw[j] for j in range(n)]) for i in range(n)]
        assert_allclose(log_aw, math.log(r.lambda_max) + np.array(lw), rtol=0, atol=1e-9)


def _outcome(a, method, ri="saaty", where="node X"):
    """The result (checked) or None after a checked ``judgments.too_extreme``."""
    names = [f"c{k}" for k in range(a.shape[0])]
    try:
        r = _quiet(priorities, a, method=method, ri=ri, names=names, where=where)
    except MCDMError as exc:
        _check_error(exc, a, names, where)
        return None
    _check_result(r, a, method)
    return r


def test_the_reported_matrix_is_too_extreme_for_every_method_and_ri_table():
    a = _from_upper(REPORTED, 4)
    for method in METHODS:
        for ri in RI_NAMES:
            with pytest.raises(JudgmentMatrixError) as info:
                _quiet(priorities, a, method=method, ri=ri, names=["A", "B", "C", "D"])
            assert info.value.code == "judgments.too_extreme"
            # four judgments of 1e±300 tie; the first in reading order is named
            assert (info.value.location.row, info.value.location.column) == ("A", "C")
            assert info.value.params["value"] == 1e-300
            _outcome(a, method, ri)


@pytest.mark.parametrize("method", METHODS)
def test_consistent_weights_up_to_1e290_apart_are_recovered(method):
    # Consistent: a_ij = w_i / w_j exactly representable, so the weights are known exactly.
    w = np.array([1.0, 1e-90, 1e-150, 1e-200, 1e-290])
    a = w[:, None] / w[None, :]
    r = _outcome(a, method)
    assert r is not None
    assert_allclose(r.weights, w / w.sum(), rtol=1e-9)
    assert r.lambda_max == pytest.approx(5, rel=1e-9)


@pytest.mark.parametrize("method", METHODS)
def test_judgments_below_the_1e100_threshold_still_get_accurate_small_weights(method):
    # Judgments up to 7e53 (found by a random search): A^64 overflows, and LAPACK's vector,
    # accurate to 1e-16 · max(w) only, misses A w = λ w by far more than 1e-9 in its smallest
    # weights (about 1e-50); the per-weight check sends the matrix to the careful path.
    upper = [8.62774339e+12, 3.37559062e+33, 2.18277095e+39, 3.89540261e+53, 6.65952291e+53,
             2.31139293e+20, 1.60698862e+29, 7.72426657e+40, 5.37186637e+35, 2.70896787e+15,
             2.02464322e+28, 4.10418045e+11, 1.50976231e-08, 7.09145347e+24, 2.96228147e+18]
    r = _outcome(_from_upper(upper, 6), method)
    assert r is not None
    assert r.weights.min() < 1e-45


@pytest.mark.parametrize("method", METHODS)
def test_two_items(method):
    r = _outcome(np.array([[1, 1e200], [1e-200, 1]]), method)
    assert_allclose(r.weights, [1, 1e-200], rtol=1e-12)
    assert _outcome(np.array([[1, 1e308], [1e-308, 1]]), method) is None  # 1e-308 is subnormal


@st.composite
def extreme_complete(draw, n_min=3, n_max=7):
    n = draw(st.integers(n_min, n_max))
    m = n * (n - 1) // 2
    # log10 of each judgment: absurd, or an ordinary Saaty-scale size
    exps = draw(st.lists(st.one_of(st.floats(-300, 300), st.floats(-1, 1),
                                   st.sampled_from([-300.0, 300.0, 100.0, -150.0, 12.0])),
                         min_size=m, max_size=m))
    return _from_upper(10.0 ** np.array(exps), n)


@settings(max_examples=EXAMPLES, deadline=None)
@given(extreme_complete(), st.sampled_from(RI_NAMES))
def test_absurd_judgments_end_in_a_correct_result_or_a_typed_error(a, ri):
    y = _log_weights(a)
    spread = y.max() - y.min()
    error = np.abs(np.log(a) - (y[:, None] - y[None, :])).max()  # largest |ln e_ij|
    results = {m: _outcome(a, m, ri) for m in METHODS}
    # The geometric mean fails only if its weights span more than 1e300 (one would be
    # subnormal) or if λmax leaves the float range; margins avoid the bounds.
    if spread > LOG_1E300 * (1 + 1e-9):
        assert results == {m: None for m in METHODS}
    elif spread < LOG_1E300 * (1 - 1e-6) and error < 200:
        assert results["geometric_mean"] is not None
    if None not in results.values():
        # one matrix, one λmax, whichever method weighted it
        lams = [r.lambda_max for r in results.values()]
        assert lams[0] == pytest.approx(lams[1], rel=1e-9)


@st.composite
def panels(draw):
    n = draw(st.integers(3, 5))
    k = draw(st.integers(2, 4))
    ordinary = st.floats(-0.95, 0.95)  # log10 of Saaty-scale judgments
    stack = []
    for _ in range(k):
        m = n * (n - 1) // 2
        absurd = draw(st.booleans())
        exps = draw(st.lists(st.one_of(st.floats(-300, 300), ordinary) if absurd else ordinary,
                             min_size=m, max_size=m))
        stack.append(_from_upper(10.0 ** np.array(exps), n))
    return np.array(stack)


@settings(max_examples=EXAMPLES // 2, deadline=None)
@given(panels(), st.sampled_from(METHODS), st.sampled_from(RI_NAMES))
def test_a_stack_with_absurd_matrices_matches_matrix_by_matrix(stack, method, ri):
    experts = [f"E{k}" for k in range(stack.shape[0])]
    singles = []
    for k, a in enumerate(stack):
        singles.append(_outcome(a, method, ri, where=experts[k]))
    first_bad = next((k for k, r in enumerate(singles) if r is None), None)
    for run in (priorities_batch, analyse_panel):
        try:
            out, failure = _quiet(run, stack.copy(), method=method, ri=ri, experts=experts), None
        except MCDMError as exc:
            out, failure = None, exc
        if failure is not None:
            # the first expert whose matrix fails alone (analyse_panel weights the AIJ first)
            assert first_bad is not None
            assert failure.code == "judgments.too_extreme"
            assert failure.location.field in (experts[first_bad], "AIJ")
            continue
        assert first_bad is None
        b = out if run is priorities_batch else out.individual
        for k, r in enumerate(singles):
            assert_allclose(b.weights[k], r.weights, rtol=1e-9)
            assert_allclose([b.lambda_max[k], b.gci[k]], [r.lambda_max, r.gci], rtol=1e-9,
                            atol=1e-12)
            assert b.cr[k] == pytest.approx(r.cr, rel=1e-9, abs=1e-12)
        if run is analyse_panel:
            _check_result(out.group, out.aij, method)


def test_the_reported_matrix_in_a_panel_names_its_expert():
    ordinary = _from_upper([2, 3, 4, 2, 3, 2], 4)
    stack = np.array([ordinary, _from_upper(REPORTED, 4), ordinary])
    for method in METHODS:
        for run in (priorities_batch, analyse_panel):
            with pytest.raises(JudgmentMatrixError) as info:
                _quiet(run, stack, method=method, experts=["E1", "E2", "E3"])
            assert info.value.code == "judgments.too_extreme"
            assert info.value.location.field == "E2"

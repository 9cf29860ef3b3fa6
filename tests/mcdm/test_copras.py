"""COPRAS (Zavadskas, Kaklauskas & Šarka 1994): a published example with a cost criterion, the
formula by hand, and the pymcdm defect it replaces."""

import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from numpy.testing import assert_allclose, assert_array_equal

from mcdm.copras import rank
from mcdm.topsis import DecisionProblemError

# Eccentric press selection, 38 presses x 6 criteria, the last a cost, equal weights 0.1667:
# Özdağoğlu, A. (2013). İmalat işletmeleri için eksantrik pres alternatiflerinin COPRAS
# yöntemi ile karşılaştırılması. Gümüşhane Üniversitesi Sosyal Bilimler Enstitüsü Elektronik
# Dergisi 4(8), 1-22. Data and utility degrees N_i / 100 as reproduced in JMcDM's test suite
# (test/mcdm/testcopras.jl, which cites this paper); the paper itself was not available offline.
PRESSES = np.array([
    [2.5, 240, 57, 45, 1.1, 0.333333], [2.5, 285, 60, 75, 4, 0.428571],
    [4.5, 320, 100, 65, 7.5, 1.111111], [4.5, 365, 100, 90, 7.5, 1.111111],
    [5, 400, 100, 90, 11, 1.111111], [2.5, 225, 60, 45, 1.1, 0.333333],
    [2.5, 270, 57, 60, 4, 0.428571], [4.5, 330, 100, 70, 7.5, 1.111111],
    [4.5, 365, 100, 80, 7.5, 1.111111], [5, 380, 110, 65, 8, 1.111111],
    [2.5, 285, 65, 80, 4, 0.4], [4, 280, 75, 65, 4, 0.4],
    [4.5, 365, 102, 95, 7.5, 1.111111], [4.5, 400, 102, 95, 7.5, 1.111111],
    [6, 450, 110, 95, 11, 1.176471], [6, 510, 110, 105, 11, 1.176471],
    [6, 330, 140, 110, 18.5, 1.395349], [2.5, 240, 65, 80, 4, 0.4],
    [4, 280, 75, 75, 4, 0.4], [4.5, 355, 102, 95, 7.5, 1.111111],
    [4.5, 385, 102, 90, 7.5, 1.111111], [5, 385, 114, 95, 7.5, 1],
    [6, 400, 110, 90, 11, 1], [6, 480, 110, 95, 15, 1],
    [6, 440, 140, 100, 18.5, 1.2], [6, 500, 140, 100, 18.5, 1.2],
    [5, 450, 125, 100, 15, 1.714286], [6, 500, 150, 125, 18.5, 1.714286],
    [6, 515, 180, 140, 22, 2.307692], [7, 550, 200, 150, 30, 2.307692],
    [6, 500, 180, 140, 15, 2.307692], [6, 500, 180, 140, 18.5, 2.307692],
    [6, 500, 180, 140, 22, 2.307692], [7, 500, 180, 140, 30, 2.307692],
    [7, 500, 200, 140, 37, 2.307692], [7, 500, 200, 140, 45, 2.307692],
    [7, 500, 200, 140, 55, 2.307692], [7, 500, 200, 140, 75, 2.307692]])
PRESS_TYPES = np.array([1, 1, 1, 1, 1, -1])
PRESS_UTILITY = np.array([
    0.44194, 0.44395, 0.41042, 0.44403, 0.48177, 0.44074, 0.42430, 0.41737, 0.43474, 0.44382,
    0.46625, 0.48602, 0.45019, 0.45825, 0.51953, 0.54265, 0.56134, 0.45588, 0.49532, 0.44788,
    0.45014, 0.48126, 0.51586, 0.56243, 0.58709, 0.60091, 0.51850, 0.61085, 0.65888, 0.75650,
    0.61430, 0.63486, 0.65542, 0.72065, 0.77680, 0.82379, 0.88253, 1.00000])


def test_reproduces_the_published_press_selection():
    r = rank(PRESSES, np.full(6, 0.1667), PRESS_TYPES)
    assert_allclose(r.utility / 100, PRESS_UTILITY, atol=1e-5)
    assert r.ranks[-1] == 1


def test_pymcdm_copras_fails_the_published_example():
    # pymcdm 1.4 computes Q = S+ + S- (its min(S-) terms cancel): a higher cost raises Q.
    from pymcdm.methods import COPRAS

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        theirs = COPRAS()(PRESSES, np.full(6, 1 / 6), PRESS_TYPES)
    assert not np.allclose(theirs, PRESS_UTILITY, atol=1e-2)
    r = rank(PRESSES, np.full(6, 1 / 6), PRESS_TYPES)
    assert_allclose(theirs, (r.s_plus + r.s_minus) / (r.s_plus + r.s_minus).max(), rtol=1e-12)


@settings(max_examples=50, deadline=None)
@given(arrays(np.float64, st.tuples(st.integers(2, 7), st.integers(2, 5)),
              elements=st.floats(0.1, 100.0)), st.data())
def test_formula_by_hand_and_cost_monotonicity(x, data):
    n = x.shape[1]
    t = np.array(data.draw(st.lists(st.sampled_from([-1, 1]), min_size=n, max_size=n)))
    w = np.array(data.draw(st.lists(st.floats(0.05, 1.0), min_size=n, max_size=n)))
    r = rank(x, w, t)
    w = w / w.sum()
    v = x / x.sum(0) * w
    sp, sm = v[:, t > 0].sum(1), v[:, t < 0].sum(1)
    q = sp + (sm.sum() / (sm * (1 / sm).sum()) if (t < 0).any() else 0)
    assert_allclose(r.significance, q, rtol=1e-12)
    assert_allclose(r.utility, q / q.max() * 100, rtol=1e-12)
    assert r.utility.max() == pytest.approx(100)
    if (t < 0).any():
        # Raising one direction's cost never raises its significance (pymcdm's formula would).
        j = int(np.flatnonzero(t < 0)[0])
        y = x.copy()
        y[0, j] *= 2
        assert rank(y, w, t).significance[0] <= r.significance[0] + 1e-12


def test_all_benefit_is_the_weighted_sum_of_shares():
    x = PRESSES[:, :5]
    r = rank(x, np.ones(5), np.ones(5))
    assert_allclose(r.significance, (x / x.sum(0)).mean(1), rtol=1e-13)
    assert_array_equal(r.s_minus, 0)


def test_errors_name_the_cell():
    with pytest.raises(DecisionProblemError) as ei:
        rank([[1.0, -2.0], [3.0, 4.0]], [0.5, 0.5], [1, -1], criteria=["a", "b"])
    assert (ei.value.code, ei.value.location.column) == ("copras.negative", "b")
    with pytest.raises(DecisionProblemError) as ei:
        rank([[1.0, 0.0], [3.0, 4.0]], [0.5, 0.5], [1, -1], alternatives=["p", "q"])
    assert (ei.value.code, ei.value.location.row) == ("copras.zero_cost", "p")
    with pytest.raises(DecisionProblemError) as ei:
        rank([[1.0, np.nan], [3.0, 4.0]], [0.5, 0.5], [1, -1])
    assert ei.value.code == "matrix.not_finite"

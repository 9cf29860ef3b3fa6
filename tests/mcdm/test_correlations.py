"""Rank correlations: pymcdm's formulas, by hand, properties, and the comparison using them."""

import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from mcdm.compare import compare, correlate
from mcdm.correlations import CorrelationError

rankings = st.integers(2, 9).flatmap(lambda n: st.tuples(
    st.permutations(list(range(1, n + 1))), st.permutations(list(range(1, n + 1)))))


@settings(max_examples=80, deadline=None)
@given(rankings)
def test_agrees_with_pymcdm_and_by_hand(pair):
    from pymcdm import correlations as pc

    x, y = (np.array(p, dtype=float) for p in pair)
    n = x.size
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert correlate(x, y) == pytest.approx(pc.spearman(x, y), abs=1e-12)
        assert correlate(x, y, "weighted_spearman") == pytest.approx(pc.weighted_spearman(x, y))
        assert correlate(x, y, "ws") == pytest.approx(pc.ws(x, y), abs=1e-12)
    # Without ties Spearman's r_s is 1 − 6 Σ d² / (n (n² − 1)).
    assert correlate(x, y, "rs") == pytest.approx(1 - 6 * ((x - y) ** 2).sum() / (n * (n * n - 1)))
    by_hand = 1 - sum(2.0 ** -a * abs(a - b) / max(a - 1, n - a) for a, b in zip(x, y, strict=True))
    assert correlate(x, y, "ws") == pytest.approx(by_hand, abs=1e-12)
    assert correlate(x, y) == pytest.approx(correlate(y, x))
    assert correlate(x, y, "rw") == pytest.approx(correlate(y, x, "rw"))
    for kind in ("spearman", "weighted_spearman", "ws"):
        assert correlate(x, x, kind) == 1.0
        assert -1 - 1e-12 <= correlate(x, y, kind) <= 1 + 1e-12


def test_a_swap_at_the_top_weighs_more_than_one_at_the_bottom():
    top, bottom = [2, 1, 3, 4, 5], [1, 2, 3, 5, 4]
    ref = [1, 2, 3, 4, 5]
    assert correlate(ref, top) == correlate(ref, bottom)        # Spearman cannot tell
    assert correlate(ref, top, "rw") < correlate(ref, bottom, "rw")
    assert correlate(ref, top, "ws") < correlate(ref, bottom, "ws")


def test_undefined_and_degenerate_cases():
    assert np.isnan(correlate([1, 1, 1], [1, 2, 3]))
    assert correlate([1, 1, 1], [1, 1, 1]) == 1.0
    assert correlate([1], [1], "ws") == 1.0
    for a, b, code in [([1, 2], [1, 2, 3], "correlate.length"), ([], [], "correlate.shape"),
                       ([[1, 2]], [[1, 2]], "correlate.shape"),
                       ([1, np.nan], [1, 2], "correlate.not_finite")]:
        with pytest.raises(CorrelationError) as ei:
            correlate(a, b)
        assert ei.value.code == code
    with pytest.raises(CorrelationError) as ei:
        correlate([1, 2], [2, 1], "kendall")
    assert ei.value.code == "correlate.unknown_kind"


def test_the_comparison_tables_are_correlate():
    x = np.array([[2.0, 1500, 20000, 5.5, 5, 9], [2.5, 2700, 18000, 6.5, 3, 5],
                  [1.8, 2000, 21000, 4.5, 7, 7], [2.2, 1800, 20000, 5.0, 5, 5]])
    res = compare(x, [0.2, 0.1, 0.1, 0.1, 0.2, 0.3], [1, 1, 1, -1, 1, 1])
    k = len(res.methods)
    for kind, table in res.correlations.items():
        expect = [[correlate(res.ranks[a], res.ranks[b], kind) for b in range(k)] for a in range(k)]
        assert_allclose(table, expect)

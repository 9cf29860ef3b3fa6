"""TOPSIS properties (hypothesis): invariances that hold for any valid decision problem."""

import numpy as np
from hypothesis import assume, given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from numpy.testing import assert_allclose, assert_array_equal

from mcdm.topsis import prepare, rank, rank_prepared
from tests.support.results import assert_same_result


@st.composite
def problems(draw, min_rows=1):
    m = draw(st.integers(min_rows, 8))
    n = draw(st.integers(1, 6))
    x = draw(arrays(np.float64, (m, n), elements=st.floats(0.5, 100.0)))
    w = draw(arrays(np.float64, (n,), elements=st.floats(0.01, 1.0)))
    t = np.array(draw(st.lists(st.sampled_from([-1, 1]), min_size=n, max_size=n)))
    return x, w, t


@given(problems(), st.data())
def test_scaling_a_column_keeps_the_vector_normalized_ranking(p, data):
    x, w, t = p
    j = data.draw(st.integers(0, x.shape[1] - 1))
    k = data.draw(st.floats(1e-3, 1e3))
    y = x.copy()
    y[:, j] *= k
    a, b = rank(x, w, t), rank(y, w, t)
    assert_allclose(a.closeness, b.closeness, atol=1e-9)


@given(problems(min_rows=2), st.data(), st.sampled_from(["vector", "minmax", "max", "sum"]))
def test_dominated_direction_never_outranks_its_dominator(p, data, norm):
    x, w, t = p
    m, n = x.shape
    a, b = data.draw(st.integers(0, m - 1)), data.draw(st.integers(0, m - 1))
    assume(a != b)
    worse = data.draw(arrays(np.float64, (n,), elements=st.floats(0.0, 20.0)))
    # Row b is row a made worse on every criterion: lower benefits, higher costs.
    x = x.copy()
    x[b] = np.where(t > 0, np.maximum(x[a] - worse, 0.1), x[a] + worse)
    r = rank(x, w, t, norm)
    assert r.closeness[b] <= r.closeness[a] + 1e-12
    assert r.ranks[b] >= r.ranks[a]


@given(problems(), st.sampled_from(["vector", "minmax", "max"]))
def test_reversing_every_type_maps_closeness_to_its_complement(p, norm):
    x, w, t = p
    assert_allclose(rank(x, w, -t, norm).closeness, 1 - rank(x, w, t, norm).closeness, atol=1e-12)


@given(problems(), st.sampled_from(["vector", "minmax", "max", "sum"]))
def test_closeness_and_ranks_are_consistent(p, norm):
    x, w, t = p
    r = rank(x, w, t, norm)
    c = r.closeness
    assert ((c >= 0) & (c <= 1)).all()
    assert r.ranks.min() == 1
    assert r.ranks.max() <= len(c)
    # Brute-force competition ranks with the same tie tolerance.
    expect = 1 + (c[None, :] > c[:, None] + 1e-12).sum(axis=1)
    assert_array_equal(r.ranks, expect)


@given(problems(), st.permutations(range(8)))
def test_permuting_directions_permutes_the_result(p, perm):
    x, w, t = p
    perm = [i for i in perm if i < x.shape[0]]
    r, rp = rank(x, w, t), rank(x[perm], w, t)
    assert_allclose(rp.closeness, r.closeness[perm], atol=1e-13)


@given(problems(), st.lists(arrays(np.float64, (6,), elements=st.floats(0.0, 1.0)), min_size=1,
                            max_size=3), st.sampled_from(["vector", "minmax", "max", "sum"]))
def test_a_prepared_matrix_ranks_as_rank_does_bit_for_bit(p, weight_list, norm):
    """What incremental evaluation relies on: normalizing once and ranking under several weight
    vectors gives every table of rank(), to the bit."""
    x, _, t = p
    prepared = prepare(x, t, norm)
    for w in weight_list:
        w = w[:x.shape[1]]
        assume(w.sum() > 0)
        assert_same_result(rank_prepared(prepared, w), rank(x, w, t, norm))

"""One-at-a-time sensitivity: reversal points and stability intervals against a dense brute force."""

import tracemalloc
from dataclasses import astuple

import numpy as np
import pytest
from numpy.testing import assert_allclose
from scipy.optimize import brentq

import mcdm.sensitivity
from mcdm.sensitivity import one_at_a_time
from mcdm.topsis import DecisionProblemError, rank

DENSE = 20481  # 40 dense steps per step of the default 513-point grid


def _sweep(w, k, t):
    """Weights when criterion k is set to t and the others are rescaled proportionally."""
    others = np.delete(np.arange(w.size), k)
    out = np.empty((np.size(t), w.size))
    out[:, k] = t
    out[:, others] = np.outer(1 - np.asarray(t), w[others] / w[others].sum())
    return out


def _dense_closeness(x, w, types, k):
    """Plain batched TOPSIS (vector normalization) on a dense weight grid; independent code."""
    t = np.linspace(0, 1, DENSE)
    weights = _sweep(w, k, t)
    r = x / np.sqrt((x ** 2).sum(axis=0))
    v = r[None] * weights[:, None, :]
    best = np.where(types > 0, v.max(axis=1), v.min(axis=1))[:, None, :]
    worst = np.where(types > 0, v.min(axis=1), v.max(axis=1))[:, None, :]
    dp = np.sqrt(((v - best) ** 2).sum(-1))
    dm = np.sqrt(((v - worst) ** 2).sum(-1))
    return t, dm / (dp + dm)


def _dense_crossings(t, c):
    """(i, j, left, right) for every sign change of C_i − C_j on the dense grid."""
    out = []
    m = c.shape[1]
    for i in range(m):
        for j in range(i + 1, m):
            d = c[:, i] - c[:, j]
            s = np.sign(np.where(np.abs(d) <= 1e-12, 0, d))
            nz = np.flatnonzero(s)
            for a, b in zip(nz[:-1], nz[1:], strict=True):
                if s[a] != s[b]:
                    out.append((i, j, t[a], t[b]))
    return out


def _problem(seed, m=6, n=4):
    rng = np.random.default_rng(seed)
    x = rng.uniform(1, 9, size=(m, n))
    w = rng.dirichlet(np.full(n, 2.0))
    types = rng.choice([-1, 1], size=n)
    return x, w, types


@pytest.fixture(params=["default chunks", "one pair per chunk"])
def pair_chunks(request, monkeypatch):
    """Run with the module's pair-chunk budget, or with one so small every pair is its own chunk."""
    if request.param == "one pair per chunk":
        monkeypatch.setattr(mcdm.sensitivity, "_PAIR_CHUNK_BYTES", 1)
        assert mcdm.sensitivity._pair_chunk(4, 513) == 1
    return request.param


@pytest.mark.parametrize("seed", range(6))
def test_reversals_match_a_dense_brute_force_grid(seed, pair_chunks):
    x, w, types = _problem(seed)
    res = one_at_a_time(x, w, types)
    total = 0
    for k in range(w.size):
        t, c = _dense_closeness(x, w, types, k)
        # The curves agree with the dense computation where the grids coincide.
        assert_allclose(res.closeness[k], c[::(DENSE - 1) // (res.grid.size - 1)], atol=1e-12)
        dense = _dense_crossings(t, c)
        mine = res.reversals_for(k)
        assert len(mine) == len(dense)
        unmatched = list(mine)
        for i, j, lo, hi in dense:
            match = [r for r in unmatched if {r.rises, r.falls} == {i, j} and lo <= r.weight <= hi]
            assert len(match) == 1, (k, i, j, lo, hi)
            unmatched.remove(match[0])
        for rv in mine:
            # Just above the reversal weight "rises" is ahead; just below it is behind.
            after = rank(x, _sweep(w, k, rv.weight + 1e-7)[0], types).closeness
            before = rank(x, _sweep(w, k, rv.weight - 1e-7)[0], types).closeness
            assert after[rv.rises] > after[rv.falls]
            assert before[rv.rises] < before[rv.falls]
        total += len(mine)
    assert total > 0  # the random problems do have reversals


def test_reversal_weights_agree_with_brentq_on_the_closeness_difference():
    x, w, types = _problem(3, m=8, n=5)
    res = one_at_a_time(x, w, types)
    assert res.reversals
    for rv in res.reversals[:25]:
        def gap(tt, rv=rv):
            c = rank(x, _sweep(w, rv.criterion, tt)[0], types).closeness
            return c[rv.rises] - c[rv.falls]
        exact = brentq(gap, rv.weight - 1e-3, rv.weight + 1e-3, xtol=1e-15, rtol=1e-15)
        assert abs(exact - rv.weight) < 1e-10


@pytest.mark.parametrize("seed", range(4))
def test_stability_intervals_and_minimal_change_by_brute_force(seed):
    x, w, types = _problem(seed + 10)
    res = one_at_a_time(x, w, types)
    top = int(np.argmax(res.base.closeness))
    best_rel = np.inf
    for k in range(w.size):
        t, c = _dense_closeness(x, w, types, k)
        tops = c.argmax(axis=1)
        lo, hi = res.top1_interval[k]
        assert lo <= w[k] <= hi
        inside = (t > lo + 1e-9) & (t < hi - 1e-9)
        assert (tops[inside] == top).all()
        step = 1.0 / (DENSE - 1)
        if hi < 1:
            assert (tops[(t > hi) & (t <= hi + 2 * step)] != top).any()
        if lo > 0:
            assert (tops[(t < lo) & (t >= lo - 2 * step)] != top).any()
        # Full ranking: constant order strictly inside its interval.
        flo, fhi = res.ranking_interval[k]
        inside = (t > flo + 1e-9) & (t < fhi - 1e-9)
        orders = np.argsort(-c[inside], axis=1)
        assert (orders == orders[:1]).all()
        changed = np.flatnonzero(tops != top)
        if changed.size:
            best_rel = min(best_rel, np.min(np.abs(t[changed] - w[k])) / w[k])
    if np.isfinite(best_rel):
        mc = res.minimal_change
        assert mc is not None
        assert abs(abs(mc.relative_change) - best_rel) <= 2 / (DENSE - 1) / w[mc.criterion]
        after = rank(x, _sweep(w, mc.criterion, mc.to_weight + np.sign(mc.relative_change) * 1e-7)[0],
                     types)
        assert int(np.argmax(after.closeness)) == mc.new_top != top
    else:
        assert res.minimal_change is None


def test_sweep_passes_through_the_current_weights():
    x, w, types = _problem(1)
    res = one_at_a_time(x, w, types, grid=1001)
    for k in range(w.size):
        tt = np.round(w[k], 3)
        g = int(np.argmin(np.abs(res.grid - tt)))
        assert_allclose(res.closeness[k, g], rank(x, _sweep(w, k, res.grid[g])[0], types).closeness,
                        atol=1e-12)


def test_other_normalizations_agree_with_rank():
    x, w, types = _problem(2)
    for norm in ("minmax", "max", "sum"):
        res = one_at_a_time(x, w, types, norm, grid=11)
        for g, tt in enumerate(res.grid):
            assert_allclose(res.closeness[2, g], rank(x, _sweep(w, 2, tt)[0], types, norm).closeness,
                            atol=1e-12)


def test_no_reversals_when_one_direction_dominates_or_directions_are_identical():
    x = np.array([[9.0, 9.0, 1.0], [5.0, 5.0, 5.0], [1.0, 1.0, 9.0]])
    res = one_at_a_time(x, [0.3, 0.3, 0.4], [1, 1, -1])   # row 0 dominates row 1, row 1 row 2
    assert res.reversals == ()
    assert_allclose(res.top1_interval, np.tile([0.0, 1.0], (3, 1)))
    assert res.minimal_change is None
    same = one_at_a_time(np.tile([1.0, 2.0], (3, 1)), [0.5, 0.5], [1, 1])
    assert same.reversals == ()
    single = one_at_a_time([[1.0, 2.0]], [0.5, 0.5], [1, 1])
    assert single.reversals == ()
    one_criterion = one_at_a_time([[1.0], [2.0]], [1.0], [1])
    assert one_criterion.reversals == ()


def test_invalid_input_is_rejected_like_rank():
    with pytest.raises(DecisionProblemError) as ei:
        one_at_a_time([[1.0, np.nan], [2.0, 3.0]], [0.5, 0.5], [1, 1])
    assert ei.value.code == "matrix.not_finite"


def test_tied_top_pair_is_displaced_together():
    # Rows 0 and 1 are identical and lead; row 2 mirrors them. Min-max normalization makes the
    # columns (1, 1, 0) and (0, 0, 1), so all three tie exactly when the weights are equal.
    x = np.array([[9.0, 1.0], [9.0, 1.0], [1.0, 9.0]])
    res = one_at_a_time(x, [0.6, 0.4], [1, 1], "minmax")
    assert {(r.rises, r.falls) for r in res.reversals_for(0)} == {(0, 2), (1, 2)}
    assert all(abs(r.weight - 0.5) < 1e-12 for r in res.reversals)
    assert_allclose(res.top1_interval[0], [0.5, 1.0], atol=1e-12)
    assert_allclose(res.top1_interval[1], [0.0, 0.5], atol=1e-12)
    mc = res.minimal_change
    assert (mc.criterion, mc.new_top) == (0, 2)
    assert_allclose(mc.relative_change, -1 / 6, atol=1e-12)


def _fields(res):
    mc = res.minimal_change
    return (res.grid, res.closeness, [astuple(r) for r in res.reversals], res.top1_interval,
            res.ranking_interval, None if mc is None else astuple(mc))


@pytest.mark.parametrize("normalization", ["vector", "minmax"])
def test_results_do_not_depend_on_the_pair_chunk_size(monkeypatch, normalization):
    # Integer scores 1..4 on 60 directions: many exact ties, so flips across tied grid points
    # and reversals at equal weights occur and must come out in the same order.
    rng = np.random.default_rng(77)
    x = rng.integers(1, 5, size=(60, 5)).astype(float)
    w = np.full(5, 0.2)
    types = np.array([1, -1, 1, 1, -1])
    runs = {}
    for budget in (1, 3 * 20 * 5 * 129, 2**40):   # 1 pair, 3 pairs, all 1,770 pairs per chunk
        monkeypatch.setattr(mcdm.sensitivity, "_PAIR_CHUNK_BYTES", budget)
        runs[budget] = _fields(one_at_a_time(x, w, types, normalization, grid=129))
    assert len(runs[1][2]) > 100
    weights = [r[1] for r in runs[1][2]]
    assert len(weights) > len(set(weights))       # some reversals share a weight: order matters
    for budget in (3 * 20 * 5 * 129, 2**40):
        for a, b in zip(runs[1], runs[budget], strict=True):
            if isinstance(a, np.ndarray):
                np.testing.assert_array_equal(a, b)
            else:
                assert a == b


def test_peak_memory_is_bounded_for_many_directions():
    # 300 directions: 44,850 pairs x 4 criteria x 513 grid points. Holding every pair's curve
    # difference at once took 700 MiB; the pair chunks keep the whole call far below that.
    # numpy reports its buffers to tracemalloc; the control allocation checks that it still does.
    rng = np.random.default_rng(300)
    x = rng.uniform(1, 9, size=(300, 4))
    w = np.array([0.4, 0.3, 0.2, 0.1])
    types = np.array([1, -1, 1, -1])
    tracemalloc.start()
    try:
        control = np.ones(20 * 2**20 // 8)
        del control
        _, control_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        res = one_at_a_time(x, w, types)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert control_peak >= 20 * 2**20
    assert res.closeness.shape == (4, 513, 300)
    assert len(res.reversals) > 10_000
    assert peak < 100 * 2**20, f"peak {peak / 2**20:.0f} MiB"
    for rv in res.reversals[:: len(res.reversals) // 20]:   # the roots are still the exact ties
        c = rank(x, _sweep(w, rv.criterion, rv.weight)[0], types).closeness
        assert c[rv.rises] == pytest.approx(c[rv.falls], abs=1e-9)


def test_reversal_closeness_is_where_both_curves_meet():
    # At a reversal both directions have the same closeness; the engine gives it exactly
    # (the views mark the crossing there instead of interpolating the grid).
    rng = np.random.default_rng(3)
    x = rng.uniform(1, 9, size=(6, 4))
    w = np.array([0.4, 0.3, 0.2, 0.1])
    types = np.array([1, 1, -1, 1])
    s = one_at_a_time(x, w, types)
    assert s.reversals
    for rv in s.reversals:
        ww = np.delete(w, rv.criterion) / (1 - w[rv.criterion]) * (1 - rv.weight)
        ww = np.insert(ww, rv.criterion, rv.weight)
        c = rank(x, ww, types).closeness
        assert c[rv.rises] == pytest.approx(rv.closeness, abs=1e-9)
        assert c[rv.falls] == pytest.approx(rv.closeness, abs=1e-7)

"""Numerical edge cases across the engine (issue 8): sizes at the ends of the range, degenerate
and extreme inputs. Each case is checked against an independent computation (numpy by hand,
closed forms) or a typed error naming the place — never a crash, a NaN ranking or a warning.
"""

import math

import numpy as np
import pytest

from mcdm.ahp import JudgmentMatrixError, diagnose, priorities, repair
from mcdm.errors import MCDMError
from mcdm.group import aggregate_judgments, aggregate_priorities, consensus, expert_weights
from mcdm.hierarchy import Node, evaluate_hierarchy
from mcdm.scores import aggregate_scores
from mcdm.sensitivity import one_at_a_time
from mcdm.topsis import rank
from mcdm.uncertainty import Dirichlet, simulate


def numpy_topsis(x, w, t):
    """Hwang & Yoon's TOPSIS (vector normalization), written out with bare numpy."""
    x = np.asarray(x, float)
    w = np.asarray(w, float) / np.sum(w)
    norm = np.sqrt((x**2).sum(axis=0))
    v = x / np.where(norm > 0, norm, 1.0) * w
    t = np.asarray(t)
    ideal = np.where(t > 0, v.max(axis=0), v.min(axis=0))
    anti = np.where(t > 0, v.min(axis=0), v.max(axis=0))
    dp = np.sqrt(((v - ideal) ** 2).sum(axis=1))
    dm = np.sqrt(((v - anti) ** 2).sum(axis=1))
    tot = dp + dm
    return np.where(tot > 0, dm / np.where(tot > 0, tot, 1.0), 0.5)


def eig_weights(a):
    values, vectors = np.linalg.eig(np.asarray(a, float))
    k = int(np.argmax(values.real))
    v = np.abs(vectors[:, k].real)
    return v / v.sum(), float(values[k].real)


def consistent(w):
    w = np.asarray(w, float)
    return w[:, None] / w[None, :]


def extreme(n, value=9.0):
    """Every judgment above the diagonal equal to ``value`` (and 1/value below)."""
    a = np.ones((n, n))
    iu = np.triu_indices(n, 1)
    a[iu] = value
    a[(iu[1], iu[0])] = 1.0 / value
    return a


def rank_order_ok(closeness, ranks):
    """Ranks follow closeness: a strictly larger closeness never has a worse rank."""
    c = np.asarray(closeness)
    r = np.asarray(ranks)
    bigger = c[:, None] > c[None, :] + 1e-12
    return not (bigger & (r[:, None] > r[None, :])).any()


# -- 1 and 2 criteria ---------------------------------------------------------------------------

def test_one_criterion_everywhere():
    r = priorities([[1.0]])
    assert r.weights.tolist() == [1.0]
    assert r.cr == 0.0
    x = np.array([[3.0], [7.0], [5.0], [7.0]])
    for t in (1, -1):
        res = rank(x, [1.0], [t])
        # one criterion: closeness is (x - worst) / (best - worst)
        col = x[:, 0]
        want = (col - col.min()) / (col.max() - col.min()) if t > 0 else \
            (col.max() - col) / (col.max() - col.min())
        np.testing.assert_allclose(res.closeness, want, atol=1e-12)
        assert rank_order_ok(res.closeness, res.ranks)
    s = one_at_a_time(x, [1.0], [1])
    assert s.reversals == ()  # the only weight cannot move
    assert np.isfinite(s.closeness).all()
    mc = simulate(x, [1], np.ones((10, 1)), seed=1)
    np.testing.assert_array_equal(mc.acceptability[0][:, 0], [0, 1, 0, 1])
    tree = evaluate_hierarchy(Node("goal", (Node("only"),)))
    assert tree.leaf_weights.tolist() == [1.0]


@pytest.mark.parametrize("a", [1.0, 2.0, 9.0, 1 / 9, 1 / 7, 3.5])
def test_two_criteria_closed_form(a):
    r = priorities([[1, a], [1 / a, 1]])
    np.testing.assert_allclose(r.weights, [a / (1 + a), 1 / (1 + a)], rtol=1e-14)
    assert r.cr == 0.0
    g = priorities([[1, a], [1 / a, 1]], method="geometric_mean")
    np.testing.assert_allclose(g.weights, r.weights, rtol=1e-14)
    x = np.array([[7.0, 9.0], [8.0, 7.0], [9.0, 6.0], [6.0, 8.0]])
    res = rank(x, r.weights, [1, -1])
    np.testing.assert_allclose(res.closeness, numpy_topsis(x, r.weights, [1, -1]), atol=1e-12)


# -- 30 criteria --------------------------------------------------------------------------------

def test_thirty_criteria_consistent_matrix_returns_its_weights():
    rng = np.random.default_rng(30)
    w = rng.uniform(0.1, 5.0, 30)
    w /= w.sum()
    for method in ("eigenvector", "geometric_mean"):
        r = priorities(consistent(w), method=method, ri="alonso-lamata")
        np.testing.assert_allclose(r.weights, w, rtol=1e-10)
        assert abs(r.cr) < 1e-9
        assert abs(r.gci) < 1e-9
    # Saaty's table stops at n = 15: CR is undefined there, and says so by nan, not by a guess
    assert math.isnan(priorities(consistent(w), ri="saaty").cr)


def test_thirty_criteria_inconsistent_matrix_against_numpy_eig():
    rng = np.random.default_rng(31)
    scale = np.array([1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9])
    a = np.ones((30, 30))
    iu = np.triu_indices(30, 1)
    a[iu] = rng.choice(scale, iu[0].size)
    a[(iu[1], iu[0])] = 1 / a[iu]
    r = priorities(a, ri="alonso-lamata")
    w, lam = eig_weights(a)
    np.testing.assert_allclose(r.weights, w, rtol=1e-8)
    assert r.lambda_max == pytest.approx(lam, rel=1e-10)
    assert r.cr == pytest.approx((lam - 30) / (1.7699 * 30 - 4.3513), rel=1e-9)
    g = priorities(a, method="geometric_mean")
    gm = np.exp(np.log(a).mean(axis=1))
    np.testing.assert_allclose(g.weights, gm / gm.sum(), rtol=1e-12)


def test_thirty_criteria_ranking_sensitivity_and_monte_carlo():
    rng = np.random.default_rng(32)
    x = rng.uniform(1, 9, (12, 30))
    w = rng.dirichlet(np.ones(30))
    t = np.where(rng.random(30) < 0.3, -1, 1)
    res = rank(x, w, t)
    np.testing.assert_allclose(res.closeness, numpy_topsis(x, w, t), atol=1e-12)
    s = one_at_a_time(x, w, t, grid=65)
    for rv in s.reversals[:50]:  # at a reversal weight the two directions tie
        wk = w * (1 - rv.weight) / (1 - w[rv.criterion])
        wk[rv.criterion] = rv.weight
        c = numpy_topsis(x, wk, t)
        assert c[rv.rises] == pytest.approx(c[rv.falls], abs=1e-9)
    mc = simulate(x, t, Dirichlet(w, 200.0), n_samples=300, seed=3)
    np.testing.assert_allclose(mc.acceptability[0].sum(axis=1), 1.0)


# -- 1 direction and 500 directions -------------------------------------------------------------

def test_one_direction():
    x = np.array([[3.0, 4.0, 5.0]])
    res = rank(x, [0.2, 0.3, 0.5], [1, -1, 1])
    assert res.ranks.tolist() == [1]
    assert np.isfinite(res.closeness).all()
    s = one_at_a_time(x, [0.2, 0.3, 0.5], [1, -1, 1])
    assert s.reversals == ()
    mc = simulate(x, [1, -1, 1], Dirichlet([0.2, 0.3, 0.5]), n_samples=50, seed=0)
    np.testing.assert_array_equal(mc.acceptability[0], [[1.0]])
    agg = aggregate_scores(np.array([[[3.0, 4.0, 5.0]], [[5.0, np.nan, 7.0]]]))
    np.testing.assert_allclose(agg.matrix, [[4.0, 4.0, 6.0]])


def test_five_hundred_directions():
    rng = np.random.default_rng(500)
    x = rng.integers(1, 10, (500, 6)).astype(float)  # integer scores: many exact ties
    w = rng.dirichlet(np.ones(6))
    t = [1, 1, -1, 1, -1, 1]
    res = rank(x, w, t)
    np.testing.assert_allclose(res.closeness, numpy_topsis(x, w, t), atol=1e-12)
    assert rank_order_ok(res.closeness, res.ranks)
    assert res.ranks.min() == 1
    assert res.ranks.max() <= 500
    mc = simulate(x, t, Dirichlet(w, 100.0), n_samples=200, seed=5)
    assert mc.acceptability[0].shape == (500, 500)
    np.testing.assert_allclose(mc.acceptability[0].sum(axis=1), 1.0)
    agg = aggregate_scores(np.stack([x, x + 1, x - 1]))
    np.testing.assert_allclose(agg.matrix, x)


def test_five_hundred_directions_sensitivity():
    # 124,750 pairs of directions x 8 criteria x the default 513-point grid: the sweep works
    # through the pairs in chunks, so this takes ~30 MiB of working memory (it once took ~12 GB).
    rng = np.random.default_rng(501)
    x = rng.uniform(1, 9, (500, 8))
    w = rng.dirichlet(np.full(8, 2.0))
    t = [1, -1, 1, 1, -1, 1, 1, -1]
    s = one_at_a_time(x, w, t)
    assert s.closeness.shape == (8, 513, 500)
    assert s.reversals  # with 500 directions, some order changes somewhere
    g = 128  # the curves themselves: TOPSIS by hand at one grid point of every criterion
    for k in range(8):
        wk = w * (1 - s.grid[g]) / (1 - w[k])
        wk[k] = s.grid[g]
        np.testing.assert_allclose(s.closeness[k, g], numpy_topsis(x, wk, t), atol=1e-12)
    for rv in s.reversals[:: max(1, len(s.reversals) // 40)]:
        wk = w * (1 - rv.weight) / (1 - w[rv.criterion])
        wk[rv.criterion] = rv.weight
        c = numpy_topsis(x, wk, t)
        assert c[rv.rises] == pytest.approx(c[rv.falls], abs=1e-9)


# -- all-equal scores ---------------------------------------------------------------------------

@pytest.mark.parametrize("normalization", ["vector", "minmax", "max", "sum"])
def test_all_equal_scores_tie_everywhere(normalization):
    x = np.full((5, 4), 6.0)
    res = rank(x, [0.1, 0.2, 0.3, 0.4], [1, -1, 1, -1], normalization=normalization)
    assert res.ranks.tolist() == [1] * 5
    assert np.isfinite(res.closeness).all()
    s = one_at_a_time(x, [0.1, 0.2, 0.3, 0.4], [1, -1, 1, -1], normalization=normalization)
    assert s.reversals == ()
    assert s.minimal_change is None
    mc = simulate(x, [1, -1, 1, -1], Dirichlet([0.1, 0.2, 0.3, 0.4]), n_samples=100, seed=2,
                  normalization=normalization)
    np.testing.assert_array_equal(mc.acceptability[0][:, 0], np.ones(5))


def test_all_equal_judgments_give_equal_weights():
    r = priorities(np.ones((7, 7)))
    np.testing.assert_allclose(r.weights, np.full(7, 1 / 7), rtol=1e-14)
    assert r.cr == pytest.approx(0.0, abs=1e-12)
    c = consensus(np.full((4, 7), 1 / 7))
    assert c.s_star == pytest.approx(1.0)


# -- 9 and 1/9 everywhere ------------------------------------------------------------------------

@pytest.mark.parametrize("n", [3, 4, 9, 15])
@pytest.mark.parametrize("method", ["eigenvector", "geometric_mean"])
def test_nine_and_one_ninth_everywhere(n, method):
    a = extreme(n, 9.0)
    r = priorities(a, method=method)
    if method == "eigenvector":
        w, lam = eig_weights(a)
        assert r.lambda_max == pytest.approx(lam, rel=1e-10)
    else:
        gm = np.exp(np.log(a).mean(axis=1))
        w = gm / gm.sum()
    np.testing.assert_allclose(r.weights, w, rtol=1e-9)
    assert np.isfinite([r.cr, r.gci, r.ci]).all()
    assert r.cr > 0.1  # "9 over everything after it" is far from consistent
    # all 1/9 above the diagonal is the transpose: the ranking turns round exactly
    rt = priorities(extreme(n, 1 / 9), method=method)
    np.testing.assert_allclose(rt.weights, r.weights[::-1], rtol=1e-9)
    d = diagnose(a)
    assert d.issues
    assert all(np.isfinite(i.cr_if_changed) for i in d.issues)
    # (n = 15 once took ~13 s here; repair now has a work budget, 729ba5a)
    fixed = repair(a)
    assert fixed.reached
    assert priorities(fixed.matrix).cr == pytest.approx(fixed.cr_after, rel=1e-9)
    assert fixed.cr_after <= 0.1


def test_panel_at_both_extremes_cancels_out():
    a = extreme(4, 9.0)
    group = aggregate_judgments([a, a.T])
    np.testing.assert_allclose(group, np.ones((4, 4)), rtol=1e-14)
    w1, w2 = priorities(a).weights, priorities(a.T).weights
    c = consensus([w1, w2])
    assert 0.0 <= c.s_star < 0.5  # opposite extremes: very low consensus
    np.testing.assert_allclose(aggregate_priorities([w1, w2]), np.full(4, 0.25), rtol=1e-12)


# -- an expert with every judgment missing -------------------------------------------------------

def test_expert_with_all_judgments_missing_is_skipped_in_aij():
    full = consistent([4.0, 2.0, 1.0])
    empty = np.full((3, 3), np.nan)
    np.fill_diagonal(empty, 1.0)
    np.testing.assert_allclose(aggregate_judgments([full, empty]), full, rtol=1e-14)
    np.testing.assert_allclose(aggregate_judgments([empty, full], [5.0, 1.0]), full, rtol=1e-14)
    with pytest.raises(JudgmentMatrixError) as exc:
        priorities(empty, names=["x", "y", "z"])
    assert exc.value.code == "judgments.disconnected"
    # a panel where nobody judged anything: every off-diagonal cell stays missing
    both = aggregate_judgments([empty, empty])
    assert np.isnan(both[~np.eye(3, dtype=bool)]).all()


# -- expert weights all zero ----------------------------------------------------------------------

def test_expert_weights_all_zero_is_a_typed_error_everywhere():
    a = consistent([3.0, 2.0, 1.0])
    w = priorities(a).weights
    calls = [
        lambda: expert_weights([0.0, 0.0], 2),
        lambda: aggregate_judgments([a, a], [0, 0]),
        lambda: aggregate_priorities([w, w], [0.0, 0.0]),
        lambda: consensus([w, w], [0, 0]),
    ]
    for call in calls:
        with pytest.raises(MCDMError) as exc:
            call()
        assert exc.value.code == "experts.weights_all_zero"
    with pytest.raises(MCDMError) as exc:
        aggregate_scores(np.ones((2, 3, 2)), [0.0, 0.0])
    assert exc.value.code == "experts.weights_all_zero"


def test_project_with_expert_weights_all_zero_names_the_panel():
    from mcdm.project.model import Expert
    from mcdm.project.schema import validate
    from tests.support.projects import small_project

    p = small_project(experts=(Expert("e1", "One", weight=0.0), Expert("e2", "Two", weight=0)))
    codes = {(q.code, q.location.path) for q in validate(p)}
    assert ("project.expert_weights_zero", "$.experts") in codes


# -- a tree six levels deep -----------------------------------------------------------------------

def deep_tree(depth, ratio=lambda level: 1.0 + level):
    """A binary tree ``depth`` levels below the goal; node judgments left/right = ratio(level)."""

    def build(name, level):
        if level == depth:
            return Node(name)
        a = ratio(level)
        return Node(name, (build(name + "L", level + 1), build(name + "R", level + 1)),
                    matrix=[[1, a], [1 / a, 1]])

    return build("g", 0)


def test_tree_six_levels_deep_global_weights_are_products():
    tree = deep_tree(6)
    r = evaluate_hierarchy(tree)
    assert len(r.leaves) == 64
    for leaf, gw in zip(r.leaves, r.leaf_weights, strict=True):
        want = 1.0
        for level, side in enumerate(leaf[1:]):
            a = 1.0 + level
            want *= a / (1 + a) if side == "L" else 1 / (1 + a)
        assert gw == pytest.approx(want, rel=1e-12)
    assert r.leaf_weights.sum() == pytest.approx(1.0, abs=1e-12)
    assert r.global_weights["gLLLLLL"] == pytest.approx(r.leaf_weights[0])


# -- absurd but finite judgments (found by the GUI monkey test: 1e308 typed into a matrix cell) ----

@pytest.mark.parametrize("big", [1e20, 1e30, 1e100])
@pytest.mark.parametrize("n", [4, 9])
def test_huge_finite_judgments_give_weights_without_warnings(n, big):
    # pytest turns warnings from mcdm into errors: an overflow on the way to A^64 must be
    # handled (LAPACK fallback), not reported as a RuntimeWarning.
    a = np.ones((n, n))
    a[1, n - 1], a[n - 1, 1] = big, 1 / big
    r = priorities(a)
    w, lam = eig_weights(a)
    np.testing.assert_allclose(r.weights, w, rtol=1e-6, atol=1e-300)
    assert np.isfinite(r.cr)
    assert r.weights.sum() == pytest.approx(1.0)

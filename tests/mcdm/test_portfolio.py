"""Portfolio selection under a budget: textbook knapsacks, brute force, frontier, robustness,
binding constraints and every infeasibility, each a typed error that names the constraint."""

import itertools

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose, assert_array_equal

from mcdm.portfolio import GroupBound, PortfolioError, frontier, robustness, select

# Martello, S. & Toth, P. (1990). Knapsack Problems: Algorithms and Computer Implementations.
# Wiley. Example 2.3 (p. 42) and Example 2.7 (p. 47), as transcribed with their optimal
# solutions in public test suites (R pracma's knapsack example, a C++ knapsack test).
MT_2_3 = ([50, 50, 64, 46, 50, 5], [56, 59, 80, 64, 75, 17], 190, [1, 1, 0, 0, 1, 0], 150)
MT_2_7 = ([70, 20, 39, 37, 7, 5, 10], [31, 10, 20, 19, 4, 3, 6], 50, [1, 0, 0, 1, 0, 0, 0], 107)


def brute_force(values, costs, budget, *, must=(), exclude=(), groups=None, bounds=()):
    """Every subset: the best value and the least cost among the best (None if infeasible)."""
    v, c = np.asarray(values, float), np.asarray(costs, float)
    n = v.size
    best = None
    for bits in itertools.product([False, True], repeat=n):
        x = np.array(bits)
        if c @ x > budget + 1e-9 or not x[list(must)].all() or x[list(exclude)].any():
            continue
        ok = True
        for b in bounds:
            m = np.array([g == b.group for g in groups]) & x
            cnt, spent = m.sum(), c[m].sum()
            ok &= (b.min_count is None or cnt >= b.min_count) and \
                (b.max_count is None or cnt <= b.max_count) and \
                (b.min_cost is None or spent >= b.min_cost - 1e-9) and \
                (b.max_cost is None or spent <= b.max_cost + 1e-9)
        if not ok:
            continue
        key = (v @ x, -(c @ x))
        if best is None or key[0] > best[0] + 1e-9 or (abs(key[0] - best[0]) <= 1e-9
                                                     and key[1] > best[1] + 1e-9):
            best = key
    return None if best is None else (best[0], -best[1])


@pytest.mark.parametrize("method", ["dp", "milp"])
@pytest.mark.parametrize("example", [MT_2_3, MT_2_7], ids=["MT2.3", "MT2.7"])
def test_martello_toth_textbook_knapsacks(example, method):
    values, costs, cap, solution, z = example
    r = select(values, costs, cap, method=method)
    assert r.method == method
    assert r.value == z
    assert_array_equal(r.selected, np.array(solution, bool))
    assert r.cost == pytest.approx(np.dot(costs, solution))
    assert brute_force(values, costs, cap)[0] == z


problems = st.integers(1, 8).flatmap(lambda n: st.tuples(
    st.lists(st.integers(-3, 20), min_size=n, max_size=n),
    st.lists(st.integers(0, 12), min_size=n, max_size=n),
    st.integers(0, 40),
    st.lists(st.sampled_from("ab"), min_size=n, max_size=n),
    st.lists(st.sampled_from(["must", "exclude", None, None, None]), min_size=n, max_size=n),
))
bound_sets = st.lists(st.builds(
    GroupBound, st.sampled_from("ab"),
    st.one_of(st.none(), st.integers(0, 3)), st.one_of(st.none(), st.integers(0, 4)),
    st.one_of(st.none(), st.integers(0, 15)), st.one_of(st.none(), st.integers(0, 25)),
), max_size=2, unique_by=lambda b: b.group)


@settings(max_examples=150, deadline=None)
@given(problems, bound_sets)
def test_select_matches_brute_force(problem, bounds):
    values, costs, budget, groups, role = problem
    must = [i for i, r in enumerate(role) if r == "must"]
    exclude = [i for i, r in enumerate(role) if r == "exclude"]
    bounds = [b for b in bounds if b.group in groups]
    expect = brute_force(values, costs, budget, must=must, exclude=exclude, groups=groups,
                         bounds=bounds)
    kw = {"must": must, "exclude": exclude, "groups": groups, "bounds": bounds}
    if expect is None:
        with pytest.raises(PortfolioError) as ei:
            select(values, costs, budget, **kw)
        assert ei.value.code.startswith("portfolio.")
        assert ei.value.expected
        return
    try:
        r = select(values, costs, budget, **kw)
    except PortfolioError as exc:  # a bound that is inconsistent on its face
        code = exc.code
        assert code in ("portfolio.bound_order",), code
        return
    assert r.value == pytest.approx(expect[0], abs=1e-6)
    assert r.cost == pytest.approx(expect[1], abs=1e-6)  # ties: the least cost
    assert r.cost <= budget + 1e-9
    assert r.method == "dp"  # whole costs: dynamic programming, by group when bounded
    # The two exact solvers agree (on the value and, by the tie rule, on the cost).
    for method in ("milp", "dp"):
        other = select(values, costs, budget, method=method, **kw)
        assert (other.value, other.cost) == pytest.approx((r.value, r.cost), abs=1e-6)
    assert r.selected[must].all()
    assert not r.selected[exclude].any()
    assert r.budget_slack == pytest.approx(budget - r.cost)
    # Deterministic, and blind to the order in which the items are given.
    assert_array_equal(select(values, costs, budget, **kw).selected, r.selected)
    perm = np.random.default_rng(len(values)).permutation(len(values))
    inv = np.argsort(perm)
    q = select(np.array(values)[perm], np.array(costs)[perm], budget,
               must=[int(inv[i]) for i in must], exclude=[int(inv[i]) for i in exclude],
               groups=[groups[i] for i in perm], bounds=bounds)
    assert q.value == pytest.approx(r.value, abs=1e-6)


def test_binding_constraints_are_reported():
    values, costs = [5.0, 4.0, 3.0, 1.0], [4.0, 3.0, 2.0, 5.0]
    groups = ["x", "x", "y", "y"]
    r = select(values, costs, 7, groups=groups,
               bounds=[GroupBound("x", max_count=1), GroupBound("y", min_cost=2)])
    assert r.items == (0, 2)
    assert r.budget_slack == 1.0
    assert r.budget_binding  # item 1 (cost 3) would add value but does not fit in 1
    assert set(r.tight) == {("x", "max_count"), ("y", "min_cost")}
    usage = {g.group: g for g in r.groups}
    assert (usage["x"].count, usage["x"].cost) == (1, 4.0)
    loose = select(values, costs, 100)
    assert loose.items == (0, 1, 2, 3)
    assert not loose.budget_binding
    assert loose.tight == ()


def test_solver_choice():
    v = [3.0, 2.0, 4.0, 1.0]
    # Costs in hundredths are whole units of 0.01 after scaling: dynamic programming applies.
    r = select(v, [1.25, 0.5, 2.75, 0.5], 3.3)
    assert r.method == "dp"
    assert r.items == (0, 1, 3)
    assert select(v, [1.25, 0.5, 2.75, 0.5], 3.3, method="milp").items == r.items
    # Thirds are no whole multiple of 0.001: HiGHS.
    third = select(v, [1 / 3, 2 / 3, 1.0, 1 / 3], 1.4)
    assert third.method == "milp"
    assert third.items == (0, 2)
    with pytest.raises(PortfolioError) as ei:
        select(v, [1 / 3, 2 / 3, 1.0, 1 / 3], 1.4, method="dp")
    assert ei.value.code == "portfolio.dp_unavailable"
    # Group bounds: dynamic programming group by group, the same portfolio as HiGHS ...
    bounded = {"groups": "aabb", "bounds": [GroupBound("a", max_count=1)]}
    assert select(v, [1, 1, 1, 1], 2, method="dp", **bounded).items == \
        select(v, [1, 1, 1, 1], 2, method="milp", **bounded).items == (0, 2)
    # ... and for every sample of a robustness run.
    samples = [v, v[::-1], [1.0, 5.0, 2.0, 2.0]]
    assert_array_equal(robustness(samples, [1, 1, 1, 1], 2, method="dp", **bounded).selected,
                       robustness(samples, [1, 1, 1, 1], 2, method="milp", **bounded).selected)
    with pytest.raises(PortfolioError) as ei:
        select(v, [1, 1, 1, 1], 2, method="greedy")
    assert ei.value.code == "portfolio.unknown_method"
    # Too large a table for dynamic programming: HiGHS even for whole costs.
    big = select(v, [1e9, 2e9 + 1, 1.0, 3.0], 3e9)
    assert big.method == "milp"
    assert big.items == (0, 2, 3)


def test_must_exclude_and_names():
    names = ["chips", "batteries", "biotech"]
    r = select([3.0, 2.0, 1.0], [2.0, 2.0, 2.0], 4, must=["biotech"], exclude=[0], items=names)
    assert r.items == (1, 2)
    assert (r.must, r.exclude) == ((2,), (0,))


def _error(code, *args, **kw):
    with pytest.raises(PortfolioError) as ei:
        select(*args, **kw)
    assert ei.value.code == code, ei.value
    assert ei.value.expected
    return ei.value


def test_every_infeasibility_is_a_typed_error_naming_the_constraint():
    v, c = [3.0, 2.0, 1.0], [2.0, 2.0, 2.0]
    g = ["a", "a", "b"]
    e = _error("portfolio.must_over_budget", v, c, 3, must=[0, 1])
    assert e.params["items"] == [0, 1]
    e = _error("portfolio.must_and_exclude", v, c, 3, must=[1], exclude=[1, 2])
    assert e.params["items"] == [1]
    e = _error("portfolio.negative_cost", v, [2.0, -1.0, 2.0], 3)
    assert e.params["item"] == 1
    assert e.location.row == 1
    e = _error("portfolio.not_finite", [3.0, np.nan, 1.0], c, 3)
    assert e.params == {"which": "values", "item": 1}
    _error("portfolio.not_finite", v, [2.0, 2.0, np.inf], 3)
    _error("portfolio.budget", v, c, np.nan)
    _error("portfolio.budget", v, c, -1)
    _error("portfolio.shape", v, c[:2], 3)
    _error("portfolio.shape", [], [], 3)
    _error("portfolio.unknown_item", v, c, 3, must=[7])
    _error("portfolio.unknown_item", v, c, 3, exclude=["nope"], items=["x", "y", "z"])
    e = _error("portfolio.bound_order", v, c, 6, groups=g,
               bounds=[GroupBound("a", min_count=2, max_count=1)])
    assert (e.params["group"], e.params["bound"]) == ("a", "count")
    e = _error("portfolio.bound_order", v, c, 6, groups=g,
               bounds=[GroupBound("b", min_cost=5, max_cost=1)])
    assert (e.params["group"], e.params["bound"]) == ("b", "cost")
    _error("portfolio.bound_invalid", v, c, 6, groups=g, bounds=[GroupBound("a", max_count=1.5)])
    _error("portfolio.bound_invalid", v, c, 6, groups=g, bounds=[GroupBound("a", min_cost=-1)])
    _error("portfolio.unknown_group", v, c, 6, groups=g, bounds=[GroupBound("z", max_count=1)])
    _error("portfolio.unknown_group", v, c, 6, bounds=[GroupBound("a", max_count=1)])
    _error("portfolio.duplicate_group", v, c, 6, groups=g,
           bounds=[GroupBound("a", max_count=1), GroupBound("a", min_count=1)])
    e = _error("portfolio.group_unreachable", v, c, 6, groups=g, exclude=[0],
               bounds=[GroupBound("a", min_count=2)])
    assert e.params == {"group": "a", "bound": "min_count", "value": 2, "reachable": 1}
    e = _error("portfolio.group_unreachable", v, c, 6, groups=g, must=[0, 1],
               bounds=[GroupBound("a", max_cost=3)])
    assert (e.params["group"], e.params["bound"]) == ("a", "max_cost")
    _error("portfolio.group_unreachable", v, c, 6, groups=g, bounds=[GroupBound("b", min_cost=3)])
    _error("portfolio.group_unreachable", v, c, 6, groups=g, must=[0, 1],
           bounds=[GroupBound("a", max_count=1)])
    e = _error("portfolio.group_over_budget", v, c, 3, groups=g,
               bounds=[GroupBound("a", min_cost=4)])
    assert e.params["group"] == "a"
    # Each bound alone can be met, together with the budget they cannot: the solver finds it,
    # and relaxing any one of the three would help.
    e = _error("portfolio.infeasible", v, c, 4, groups=g,
               bounds=[GroupBound("a", min_count=2), GroupBound("b", min_count=1)])
    assert sorted(map(tuple, e.params["constraints"])) == [
        ("a", "count"), ("b", "count"), ("budget", "max_cost")]


@settings(max_examples=40, deadline=None)
@given(problems)
def test_frontier_is_monotone_and_optimal_at_every_budget(problem):
    values, costs, _, groups, role = problem
    must = [i for i, r in enumerate(role) if r == "must"]
    exclude = [i for i, r in enumerate(role) if r == "exclude" and i not in must]
    budgets = [0, 3, 7.5, 12, 20, 40]
    f = frontier(values, costs, budgets[::-1], must=must, exclude=exclude)
    assert_array_equal(f.budgets, budgets)
    g = frontier(values, costs, budgets, must=must, exclude=exclude, method="milp")
    assert (f.method, g.method) == ("dp", "milp")
    assert_array_equal(f.feasible, g.feasible)
    assert_allclose(f.values, g.values, atol=1e-6)
    assert_allclose(f.costs, g.costs, atol=1e-6)
    for k, b in enumerate(budgets):
        expect = brute_force(values, costs, b, must=must, exclude=exclude)
        assert f.feasible[k] == (expect is not None)
        if expect is not None:
            assert f.values[k] == pytest.approx(expect[0], abs=1e-6)
            assert f.costs[k] <= b + 1e-9
            assert f.costs[k] == pytest.approx(f.selected[k] @ np.array(costs, float))
        else:
            assert np.isnan(f.values[k])
            assert not f.selected[k].any()
    ok = f.values[f.feasible]
    assert (np.diff(ok) >= -1e-9).all()
    # Once feasible, always feasible: a larger budget only adds portfolios.
    assert not np.diff(f.feasible.astype(int)).min(initial=0) < 0


def test_frontier_validates_budgets():
    with pytest.raises(PortfolioError) as ei:
        frontier([1.0], [1.0], [1, np.nan])
    assert (ei.value.code, ei.value.params["index"]) == ("portfolio.budget", 1)
    with pytest.raises(PortfolioError) as ei:
        frontier([1.0, 2.0], [1.0, 1.0], [5], must=[0], exclude=[0])
    assert ei.value.code == "portfolio.must_and_exclude"


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 6), st.integers(1, 12), st.integers(0, 2**31 - 1))
def test_robustness_counts_brute_force_optima(n, s, seed):
    rng = np.random.default_rng(seed)
    samples = rng.uniform(0, 1, size=(s, n))
    costs = rng.integers(1, 6, size=n).astype(float)
    budget = float(costs.sum() / 2)
    r = robustness(samples, costs, budget)
    m = robustness(samples, costs, budget, method="milp")
    assert (r.method, m.method) == ("dp", "milp")
    assert_allclose(m.values, r.values, atol=1e-7)
    for k in range(s):
        expect = brute_force(samples[k], costs, budget)
        assume(expect is not None)
        assert r.values[k] == pytest.approx(expect[0], abs=1e-7)
        assert costs @ r.selected[k] <= budget + 1e-9
    assert_allclose(r.frequency, r.selected.mean(axis=0))
    assert r.shares.sum() == pytest.approx(1.0)
    assert (np.diff(r.shares) <= 0).all()
    for p, share in zip(r.portfolios, r.shares, strict=True):
        assert (r.selected == p).all(axis=1).mean() == pytest.approx(share)


def test_robustness_errors():
    with pytest.raises(PortfolioError) as ei:
        robustness([1.0, 2.0], [1.0, 1.0], 1)
    assert ei.value.code == "portfolio.shape"
    with pytest.raises(PortfolioError) as ei:
        robustness([[1.0, 2.0], [1.0, np.nan]], [1.0, 1.0], 1)
    assert ei.value.params == {"sample": 1, "item": 1}
    with pytest.raises(PortfolioError) as ei:
        robustness([[1.0, 2.0]], [1.0, 1.0], 1, must=[0, 1])
    assert ei.value.code == "portfolio.must_over_budget"


def test_scipy_and_pymcdm_are_imported_only_when_used():
    import subprocess
    import sys

    code = ("import sys, mcdm.portfolio, mcdm.weights; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'scipy', 'pymcdm'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

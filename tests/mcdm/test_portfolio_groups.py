"""Group bounds by dynamic programming (mcdm._portfolio_groups): the same optimum as brute
force and as HiGHS, for one budget and along a whole frontier."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose, assert_array_equal

from mcdm.portfolio import GroupBound, PortfolioError, frontier, select
from tests.mcdm.test_portfolio import brute_force

GROUPS = "abc"

problems = st.integers(1, 10).flatmap(lambda n: st.tuples(
    st.lists(st.floats(-1, 5, allow_nan=False).map(lambda x: round(x, 3)), min_size=n,
             max_size=n),
    st.lists(st.integers(0, 16).map(lambda k: k / 2), min_size=n, max_size=n),  # halves
    st.lists(st.sampled_from(GROUPS), min_size=n, max_size=n),
    st.lists(st.sampled_from(["must", "exclude", None, None, None, None]), min_size=n,
             max_size=n),
))
bounds = st.lists(st.builds(
    GroupBound, st.sampled_from(GROUPS),
    st.one_of(st.none(), st.integers(0, 3)), st.one_of(st.none(), st.integers(1, 5)),
    st.one_of(st.none(), st.sampled_from([0.5, 2.0, 4.5])),
    st.one_of(st.none(), st.sampled_from([3.0, 6.5, 12.0]))), max_size=3,
    unique_by=lambda b: b.group)


def _kw(problem, bound_list):
    values, costs, groups, role = problem
    return {"must": [i for i, r in enumerate(role) if r == "must"],
            "exclude": [i for i, r in enumerate(role) if r == "exclude"],
            "groups": groups, "bounds": [b for b in bound_list if b.group in groups]}


@settings(max_examples=200, deadline=None)
@given(problems, bounds, st.sampled_from([0.0, 2.5, 7.0, 15.5, 40.0]))
def test_dp_by_group_is_brute_force(problem, bound_list, budget):
    values, costs = problem[0], problem[1]
    kw = _kw(problem, bound_list)
    expect = brute_force(values, costs, budget, **kw)
    try:
        r = select(values, costs, budget, method="dp", **kw)
    except PortfolioError as exc:
        code = exc.code
    else:
        code = None
    if code is not None:
        assert expect is None or code == "portfolio.bound_order", code
        return
    assert expect is not None
    assert r.value == pytest.approx(expect[0], abs=1e-6)
    assert r.cost == pytest.approx(expect[1], abs=1e-6)
    assert r.selected[kw["must"]].all()
    assert not r.selected[kw["exclude"]].any()


@settings(max_examples=60, deadline=None)
@given(problems, bounds)
def test_a_frontier_with_group_bounds_is_highs_at_every_budget(problem, bound_list):
    values, costs = problem[0], problem[1]
    kw = _kw(problem, bound_list)
    budgets = np.linspace(0, sum(costs) + 1, 7)
    try:
        dp = frontier(values, costs, budgets, method="dp", **kw)
    except PortfolioError:  # bounds no budget can meet: HiGHS says the same
        with pytest.raises(PortfolioError):
            frontier(values, costs, budgets, method="milp", **kw)
        return
    milp = frontier(values, costs, budgets, method="milp", **kw)
    assert dp.method == "dp"
    assert_array_equal(dp.feasible, milp.feasible)
    ok = dp.feasible
    assert_allclose(dp.values[ok], milp.values[ok], atol=1e-6)
    assert_allclose(dp.costs[ok], milp.costs[ok], atol=1e-6)


def test_sixty_one_directions_in_four_chains_agree_with_highs():
    rng = np.random.default_rng(20240616)
    values = rng.uniform(0.2, 0.9, 61)
    costs = rng.integers(1, 20, 61) * 10.0
    budget = 0.3 * costs.sum()
    chains = list(np.array(["innovation", "industrial", "capital", "talent"])[
        rng.integers(0, 4, 61)])
    caps = [GroupBound(c, min_count=2, max_cost=0.28 * budget) for c in sorted(set(chains))]
    dp = select(values, costs, budget, groups=chains, bounds=caps)
    milp = select(values, costs, budget, groups=chains, bounds=caps, method="milp")
    assert dp.method == "dp"
    assert dp.value == pytest.approx(milp.value, abs=1e-7)
    assert dp.cost == pytest.approx(milp.cost, abs=1e-7)
    assert set(dp.tight) == set(milp.tight)

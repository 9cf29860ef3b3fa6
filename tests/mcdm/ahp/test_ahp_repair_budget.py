"""``repair`` under a work budget: the budget is counted independently, never exceeded, and the
result says honestly whether the budget cut the search."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mcdm.ahp.diagnostics as diagnostics
from mcdm.ahp import get_scale, priorities, repair
from mcdm.ahp.diagnostics import DEFAULT_MAX_EVALUATIONS

# Saaty (1977) light-intensity chairs (CR ≈ 0.145 > 0.1, see test_ahp_priorities).
CHAIRS = np.array([[1, 5, 6, 7], [1 / 5, 1, 4, 6], [1 / 6, 1 / 4, 1, 4], [1 / 7, 1 / 6, 1 / 4, 1]])
SAATY_17 = set(get_scale("saaty").judgments())


def all_nines(n):
    """9 above the diagonal everywhere: 'each item extremely more important than every later one'."""
    a = np.ones((n, n))
    iu = np.triu_indices(n, 1)
    a[iu] = 9.0
    a[iu[1], iu[0]] = 1 / 9
    return a


@pytest.fixture
def counted(monkeypatch):
    """Count every CR evaluation the search makes, independently of ``Repair.evaluations``:
    matrices in the batched eigenvalue calls plus single ``priorities`` calls (the greedy
    finish), less the two that are not search (the starting CR and the final check)."""
    seen = {"batch": 0, "single": 0}
    batch, single = diagnostics._cr_batch, diagnostics.priorities

    def count_batch(stack, ri):
        seen["batch"] += len(stack)
        return batch(stack, ri)

    def count_single(*args, **kwargs):
        seen["single"] += 1
        return single(*args, **kwargs)

    monkeypatch.setattr(diagnostics, "_cr_batch", count_batch)
    monkeypatch.setattr(diagnostics, "priorities", count_single)
    return lambda: seen["batch"] + seen["single"] - 2


def _consistent(w):
    w = np.asarray(w, dtype=float)
    return w[:, None] / w[None, :]


def _set(a, i, j, v):
    b = a.copy()
    b[i, j], b[j, i] = v, 1 / v
    return b


def _check_honest(a, rp, threshold=0.1):
    """What the result says about its matrix is what the engine finds in it."""
    cr = priorities(rp.matrix).cr
    assert cr == pytest.approx(rp.cr_after, rel=1e-9)
    assert rp.reached == (cr <= threshold)
    iu, ju = np.triu_indices(a.shape[0], 1)
    diff = {(int(i), int(j)) for i, j in zip(iu, ju, strict=True)
            if not np.isclose(rp.matrix[i, j], a[i, j], rtol=1e-12)}
    assert diff == {(i, j) for i, j, _, _ in rp.changes}
    for i, j, old, new in rp.changes:
        assert old == a[i, j]
        assert new in SAATY_17
        assert rp.matrix[j, i] == pytest.approx(1 / new)


def test_fifteen_nines_returns_within_the_default_budget_and_says_so(counted):
    a = all_nines(15)
    rp = repair(a)
    assert counted() == rp.evaluations <= DEFAULT_MAX_EVALUATIONS
    # The full beam search needs far more: one level alone is 8 states × 104 pairs × 16 values.
    assert rp.budget_exhausted
    assert "best found within a budget of" in rp.search
    assert "upper bound" in rp.search
    _check_honest(a, rp)
    assert rp.reached  # the greedy finish still reaches CR ≤ 0.1


@pytest.mark.parametrize("budget", [1, 17, 100, 700, 3000])
def test_budget_is_never_exceeded(counted, budget):
    a = all_nines(9)
    rp = repair(a, max_evaluations=budget)
    assert counted() == rp.evaluations <= budget
    assert rp.budget_exhausted  # 9 × 9 of 9s needs more than 3000 candidates in any case
    _check_honest(a, rp)


def test_cases_that_fit_the_budget_are_not_flagged(counted):
    one = repair(CHAIRS)
    assert not one.budget_exhausted
    assert counted() == one.evaluations == 6 * 16  # every judgment × every other scale value
    assert "exhaustive" in one.search
    assert "minimal" in one.search
    # Two corrupted judgments in an otherwise consistent matrix (see test_ahp_diagnostics).
    a = _set(_set(_consistent([9, 6, 4, 3, 2, 1]), 0, 5, 1 / 5), 2, 4, 1 / 6)
    two = repair(a)
    assert not two.budget_exhausted
    assert two.reached
    assert len(two.changes) == 2
    assert "within a budget" not in two.search
    # a budget large enough to run the search to its end gives the same answer
    assert repair(a, max_evaluations=10**6).changes == two.changes


def test_a_budget_too_small_for_every_single_change_is_flagged(counted):
    rp = repair(CHAIRS, max_evaluations=20)
    assert counted() == rp.evaluations <= 20
    assert rp.budget_exhausted
    assert "exhaustive" not in rp.search
    _check_honest(CHAIRS, rp)


def test_progress_false_stops_after_the_first_batch(counted):
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return False

    a = all_nines(7)
    rp = repair(a, progress=progress)
    assert len(calls) == 1
    assert calls[0] == (rp.evaluations, DEFAULT_MAX_EVALUATIONS)
    assert counted() == rp.evaluations == 21 * 16  # the single changes, nothing more
    assert rp.budget_exhausted
    assert "stopped" in rp.search
    _check_honest(a, rp)


def test_bad_budget_raises():
    with pytest.raises(ValueError, match="max_evaluations"):
        repair(CHAIRS, max_evaluations=0)


@settings(max_examples=25, deadline=None)
@given(st.integers(3, 8).flatmap(lambda n: st.tuples(
    st.just(n), st.lists(st.sampled_from(sorted(SAATY_17)), min_size=n * (n - 1) // 2,
                         max_size=n * (n - 1) // 2))),
       st.integers(1, 2500))
def test_any_matrix_any_budget(case, budget):
    n, upper = case
    a = np.ones((n, n))
    iu, ju = np.triu_indices(n, 1)
    a[iu, ju] = upper
    a[ju, iu] = 1 / np.array(upper)
    rp = repair(a, max_evaluations=budget)
    assert rp.evaluations <= budget
    _check_honest(a, rp)
    if not rp.changes:
        assert rp.cr_before <= 0.1 or rp.budget_exhausted

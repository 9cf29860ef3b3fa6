"""Applying suggestions one after another never goes round in circles.

Saaty's (2003) rule — set the worst judgment to the scale value nearest w_i / w_j — uses weights
computed with the bad judgment still in them, so on its own it can overshoot and suggest the same
judgment again at once ("5 → 1", then "1 → 1/3"). The engine's suggestions settle the value first
and are offered only when they lower CR. Walked here on published inconsistent matrices and on
seeded random ones, applying the first, the last, or a random suggestion each time.
"""

import random

import numpy as np
import pytest

from mcdm.project import edits as E
from mcdm.project.evaluate import evaluate
from mcdm.project.model import Criterion, Expert, Project, Text
from tests.support.matrices import CHAIRS, WEALTH

SAATY = [1 / 9, 1 / 7, 1 / 5, 1 / 3, 1 / 2, 1, 2, 3, 5, 7, 9]


def _project(matrix) -> Project:
    n = len(matrix)
    ids = [f"c{i}" for i in range(n)]
    goal = Criterion("goal", Text("目标", "Goal"),
                     children=tuple(Criterion(c, Text(c, c)) for c in ids))
    judged = {(ids[i], ids[j]): float(matrix[i][j]) for i in range(n) for j in range(i + 1, n)
              if not np.isnan(matrix[i][j])}
    return Project(goal=goal, experts=(Expert("e", "E"),), judgments={"e": {"goal": judged}})


def _random_matrix(rng: random.Random, missing: bool) -> np.ndarray:
    n = rng.randint(4, 8)
    a = np.ones((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            v = rng.choice(SAATY)
            if missing and j > i + 1 and rng.random() < 0.2:  # the chain i, i+1 keeps it linked
                v = np.nan
            a[i, j], a[j, i] = v, 1 / v
    return a


def _walk(project: Project, choose) -> int:
    """Apply suggestions until none is left; check each step. Returns the steps taken."""
    seen = set()
    steps = 0
    while True:
        result = evaluate(project)
        state = frozenset(project.judgments["e"]["goal"].items())
        assert state not in seen, "a matrix came back"
        seen.add(state)
        offered = result.suggestions("e", "goal")
        if not offered:
            return steps
        s = choose(offered)
        cr_before = result.cr("e", "goal")
        project, _ = E.SetJudgment("e", "goal", s.a, s.b, s.suggested).apply(project)
        after = evaluate(project)
        assert after.cr("e", "goal") == pytest.approx(s.cr_after, rel=1e-9)
        assert after.cr("e", "goal") < cr_before
        # The judgment just changed is not suggested again, to any value.
        assert all((x.a, x.b) != (s.a, s.b) for x in after.suggestions("e", "goal"))
        steps += 1


MATRICES = [("wealth", WEALTH), ("chairs", CHAIRS)] + [
    (f"random{k}", _random_matrix(random.Random(k), missing=k % 3 == 0)) for k in range(24)]


@pytest.mark.parametrize(("name", "matrix"), MATRICES, ids=[m[0] for m in MATRICES])
def test_applying_suggestions_repeatedly_lowers_cr_and_never_cycles(name, matrix):
    rng = random.Random(name)
    for choose in (lambda s: s[0], lambda s: s[-1], rng.choice):
        _walk(_project(matrix), choose)


def test_the_walks_end_where_the_matrix_passes_or_nothing_lowers_cr():
    project = _project(_random_matrix(random.Random(5), missing=False))
    result = evaluate(project)
    assert not result.consistent("e", "goal")  # it starts failing
    steps = _walk(project, lambda s: s[0])
    assert steps >= 1

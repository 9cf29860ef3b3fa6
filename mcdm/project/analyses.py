"""Numbers derived from an evaluation that views, the CLI and exports show beside it.

Each is computed from a :class:`~mcdm.project.result.ProjectResult` on first request and cached
in it (see the result's methods of the same names), so no reader decides a verdict, re-runs a
diagnosis or counts answers itself:

- :class:`Consistency` — an expert's CR and GCI at a node against the project's thresholds, the
  verdict, and how many of the pairs were answered;
- :class:`Suggestion` — the judgments that fit the rest of an inconsistent matrix worst, with the
  scale value that fits best and the CR after changing it;
- :class:`RepairPlan` — the fewest changes bringing a matrix to the threshold, with the CR after
  each change (the trail the repair dialog lists) and the edit that applies them;
- :class:`ExpertProgress` — how much of the panel's questionnaire an expert has answered, and
  their worst CR.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mcdm.project.result import ProjectResult

__all__ = ["Consistency", "ExpertProgress", "RepairPlan", "RepairRow", "Suggestion"]

# How many of the worst judgments a diagnosis offers as suggestions.
SUGGESTIONS = 3


@dataclass(frozen=True)
class Consistency:
    """One expert's matrix at one node judged against the project's thresholds.

    ``gci_applies`` is False for 2 × 2 matrices (always consistent: a GCI bound means nothing
    there). ``level``: "pass" (every check that applies passes), "partial" (CR or GCI fails, not
    both) or "fail".
    """

    cr: float
    cr_threshold: float
    gci: float
    gci_threshold: float
    answered: int
    asked: int

    @property
    def complete(self) -> bool:
        return self.answered == self.asked

    @property
    def gci_applies(self) -> bool:
        return math.isfinite(self.gci_threshold) and self.asked >= 3

    @property
    def cr_passes(self) -> bool:
        return bool(self.cr <= self.cr_threshold)

    @property
    def gci_passes(self) -> bool:
        return not self.gci_applies or bool(self.gci <= self.gci_threshold)

    @property
    def level(self) -> str:
        passed = self.cr_passes + self.gci_passes
        return "pass" if passed == 2 else "partial" if passed == 1 else "fail"


@dataclass(frozen=True)
class Suggestion:
    """A judgment (``a`` before ``b`` in the node's order) and the scale value that fits best.

    ``reverses`` is True when the suggestion turns the judgment's direction round (``a`` was
    preferred, the suggestion prefers ``b``, or the other way) — worth saying to the expert.
    """

    a: str
    b: str
    value: float
    suggested: float
    cr_after: float

    @property
    def reverses(self) -> bool:
        return (self.value - 1.0) * (self.suggested - 1.0) < 0


@dataclass(frozen=True)
class RepairRow:
    a: str
    b: str
    value: float
    proposed: float
    cr_then: float  # CR once this and every earlier row are applied

    @property
    def reverses(self) -> bool:
        return (self.value - 1.0) * (self.proposed - 1.0) < 0


@dataclass(frozen=True)
class RepairPlan:
    """The engine's fewest-changes repair of one matrix, ready to show and to apply."""

    expert_id: str
    node_id: str
    project: Any  # the project the plan was computed for: a stale plan must not be applied
    rows: tuple[RepairRow, ...]
    cr_before: float
    cr_after: float
    threshold: float
    reached: bool
    budget_exhausted: bool
    search: str

    def edit(self, label: str = ""):
        """Every proposed judgment as one edit (one undo step)."""
        from mcdm.project import edits

        return edits.Composite(tuple(
            edits.SetJudgment(self.expert_id, self.node_id, r.a, r.b, r.proposed)
            for r in self.rows), label)


@dataclass(frozen=True)
class ExpertProgress:
    answered: int  # judgments given, over every node
    asked: int
    worst_cr: float | None
    worst_node: str | None

    @property
    def completeness(self) -> float:
        return self.answered / self.asked if self.asked else 1.0


def consistency(result: ProjectResult, expert_id: str, node_id: str) -> Consistency | None:
    r = result.individual.get((expert_id, node_id))
    if r is None:
        return None
    n = len(result.project.node(node_id).children)
    given = len(result.project.judgments.get(expert_id, {}).get(node_id, {}))
    return Consistency(float(r.cr), float(result.settings.cr_threshold), float(r.gci),
                       float(r.gci_threshold), given, n * (n - 1) // 2)


def diagnosis(result: ProjectResult, expert_id: str, node_id: str):
    from mcdm.ahp.diagnostics import diagnose

    project, s = result.project, result.settings
    return diagnose(project.judgment_matrix(expert_id, node_id), method=s.priority_method,
                    ri=s.ri_table, scale=s.scale, names=project.node(node_id).child_ids(),
                    top=SUGGESTIONS)


def suggestions(result: ProjectResult, expert_id: str, node_id: str) -> tuple[Suggestion, ...]:
    """The worst judgments of a failing matrix (Saaty's error e_ij, worst first), each with the
    scale value the rest of the matrix agrees with.

    Saaty's (2003) rule sets a judgment to the scale value nearest w_i / w_j, but those weights
    were computed with the bad judgment in them: the new weights then imply another value and
    the same judgment is suggested again ("5 → 1", then "1 → 1/3"). Here the rule is repeated
    until the value the judgment gets is the one its own new weights imply (a fixed point; if
    two values alternate, the one with the lower CR). A suggestion is offered only if it lowers
    the CR, so applying suggestions one after another only ever lowers it: no matrix comes back,
    and a judgment just changed is not suggested again while the rest stay as they are.
    """
    verdict = result.consistent(expert_id, node_id)
    ids = result.project.node(node_id).child_ids()
    if verdict is None or verdict or len(ids) < 3:
        return ()
    d = result.diagnosis(expert_id, node_id)
    current = float(result.individual[(expert_id, node_id)].cr)
    out = []
    for issue in d.issues:
        value, cr = _settled_value(result, expert_id, node_id, issue.row, issue.column,
                                   issue.suggested)
        if abs(value - issue.value) > 1e-9 * issue.value and cr < current * (1 - 1e-9) - 1e-12:
            out.append(Suggestion(ids[issue.row], ids[issue.column], issue.value, value, cr))
    return tuple(out)


def _settled_value(result: ProjectResult, expert_id: str, node_id: str, i: int, j: int,
                   start: float) -> tuple[float, float]:
    """(value, CR): Saaty's rule repeated from ``start`` on cell (i, j) until the value set is
    the scale value nearest the w_i / w_j it produces (see :func:`suggestions`)."""
    import numpy as np

    from mcdm.ahp import priorities
    from mcdm.ahp.scales import nearest_value

    s = result.settings
    ids = result.project.node(node_id).child_ids()
    a = np.array(result.project.judgment_matrix(expert_id, node_id))
    tried: dict[float, float] = {}  # value -> CR with it
    value = float(start)
    while value not in tried:
        a[i, j], a[j, i] = value, 1.0 / value
        r = priorities(a, method=s.priority_method, ri=s.ri_table, names=ids)
        tried[value] = float(r.cr)
        value = nearest_value(float(r.weights[i] / r.weights[j]), s.scale)
    # ``value`` came round again: a fixed point, or values that alternate (take the best).
    loop = list(tried)[list(tried).index(value):]
    best = min(loop, key=lambda v: (tried[v], abs(math.log(v) - math.log(start))))
    return best, tried[best]


def repair_plan(result: ProjectResult, expert_id: str, node_id: str,
                progress: Callable[[int, int], bool] | None = None) -> RepairPlan:
    from mcdm.ahp import priorities, repair

    project, s = result.project, result.settings
    ids = project.node(node_id).child_ids()
    matrix = project.judgment_matrix(expert_id, node_id)
    rp = repair(matrix, s.cr_threshold, ri=s.ri_table, scale=s.scale, names=ids,
                progress=progress)
    rows, b = [], matrix.copy()
    for i, j, old, new in rp.changes:
        b[i, j], b[j, i] = new, 1.0 / new
        rows.append(RepairRow(ids[i], ids[j], old, new,
                              float(priorities(b, method=s.priority_method, ri=s.ri_table,
                                               names=ids).cr)))
    return RepairPlan(expert_id, node_id, project, tuple(rows), float(rp.cr_before),
                      float(rp.cr_after), float(s.cr_threshold), rp.reached,
                      rp.budget_exhausted, rp.search)


def expert_progress(result: ProjectResult, expert_id: str) -> ExpertProgress:
    project = result.project
    asked = answered = 0
    worst: tuple[float, str] | None = None
    given = project.judgments.get(expert_id, {})
    for node in project.internal_nodes():
        n = len(node.children)
        asked += n * (n - 1) // 2
        answered += len(given.get(node.id, {}))
        r = result.individual.get((expert_id, node.id))
        if r is not None and (worst is None or r.cr > worst[0]):
            worst = (float(r.cr), node.id)
    return ExpertProgress(answered, asked, worst[0] if worst else None,
                          worst[1] if worst else None)


def sensitivity(result: ProjectResult, industry_id: str):
    from mcdm.sensitivity import one_at_a_time

    ind = result.industry(industry_id)
    if ind.sensitivity is not None:
        return ind.sensitivity
    return one_at_a_time(ind.scores.matrix, ind.weights, ind.types, ind.topsis.normalization,
                         alternatives=ind.direction_ids, criteria=ind.criterion_ids)

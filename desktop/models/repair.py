"""A whole-matrix repair for one expert at one node: the engine's ``repair`` as rows to show and
one undoable edit to apply.

The view shows the rows (pair, judgment → proposed value, CR once the changes so far are made)
and pushes :func:`repair_edit`; nothing here knows about widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mcdm.project import edits

# Repair's default budget costs about 9 µs per evaluation at n = 9 (≈ 0.1 s in all): up to this
# size the view runs it inline; larger nodes go to a worker thread.
INLINE_MAX_N = 9


@dataclass(frozen=True)
class RepairRow:
    a: str  # the pair as the node orders it: a precedes b
    b: str
    value: float  # the expert's a_ab now
    proposed: float
    cr_then: float  # CR once this and every earlier row are applied


@dataclass(frozen=True)
class RepairPlan:
    expert_id: str
    node_id: str
    project: Any  # the project the plan was computed for
    rows: tuple[RepairRow, ...]
    cr_before: float
    cr_after: float
    threshold: float
    reached: bool
    budget_exhausted: bool
    search: str


def plan_repair(project: Any, expert_id: str, node_id: str,
                progress: Callable[[int, int], bool] | None = None) -> RepairPlan:
    """Ask the engine for the fewest judgment changes bringing this matrix to the project's
    CR threshold (best found within its default budget)."""
    from mcdm.ahp import priorities, repair

    s = project.settings
    ids = project.node(node_id).child_ids()
    matrix = project.judgment_matrix(expert_id, node_id)
    rp = repair(matrix, s.cr_threshold, ri=s.ri_table, scale=s.scale, names=ids,
                progress=progress)
    rows, b = [], matrix.copy()
    for i, j, old, new in rp.changes:
        b[i, j], b[j, i] = new, 1.0 / new
        rows.append(RepairRow(ids[i], ids[j], old, new,
                              float(priorities(b, ri=s.ri_table, names=ids).cr)))
    return RepairPlan(expert_id, node_id, project, tuple(rows), float(rp.cr_before),
                      float(rp.cr_after), float(s.cr_threshold), rp.reached, rp.budget_exhausted,
                      rp.search)


def repair_edit(plan: RepairPlan, label: str = "") -> edits.Composite:
    """Every proposed judgment as one edit (one undo step)."""
    return edits.Composite(tuple(edits.SetJudgment(plan.expert_id, plan.node_id, r.a, r.b,
                                                   r.proposed) for r in plan.rows), label)

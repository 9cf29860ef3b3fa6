"""The pairs a panel should talk about first: every judged pair, most disputed first.

In a workshop the facilitator puts one pair at a time on the projector, shows where each expert
stands on the 9 … 1 … 9 scale and where the group is, and asks the experts furthest apart to
explain. :func:`discussion_pairs` lists every pair of every node of the tree with each expert's
current answer, the group's aggregated judgment (AIJ: the cell-wise weighted geometric mean), the
judgment the group weights imply, and the spread — the geometric standard deviation of the
experts' answers (:attr:`mcdm.group.Dispersion.gsd`, as AHP-OS reports it) — ordered by spread,
largest first. Pairs fewer than two experts answered have no spread and come last, in tree order.

Examples
--------
>>> from mcdm.project.evaluate import evaluate
>>> from mcdm.project.sample import sample_project
>>> pairs = evaluate(sample_project()).discussion()
>>> first = pairs[0]
>>> all(first.spread >= p.spread for p in pairs if p.spread == p.spread)
True
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mcdm.project.result import ProjectResult

__all__ = ["DiscussionPair", "discussion_pairs"]


@dataclass(frozen=True)
class DiscussionPair:
    """One pair of sub-criteria at one node, as the panel answered it.

    Attributes
    ----------
    node_id : the node compared under; ``a``, ``b`` : the items, ``a`` before ``b`` in the
        node's order (values are "how many times ``a`` matters more than ``b``").
    answers : tuple of (expert_id, value or None) — every panel expert in panel order; None
        where the expert left the pair unanswered.
    aggregate : the group's aggregated judgment (AIJ); nan under AIP or when nobody answered.
    implied : w_a / w_b of the group's local weights at the node; nan when not weighted.
    spread : geometric standard deviation of the answers (1 = all agree); nan when fewer than
        two experts answered.
    consensus : the node's S* (Goepel); nan with fewer than two experts.
    """

    node_id: str
    a: str
    b: str
    answers: tuple[tuple[str, float | None], ...]
    aggregate: float
    implied: float
    spread: float
    consensus: float

    @property
    def key(self) -> tuple[str, str, str]:
        """``(node_id, a, b)``: the pair's identity across evaluations."""
        return self.node_id, self.a, self.b

    @property
    def answered(self) -> int:
        return sum(v is not None for _e, v in self.answers)


def _cell(matrix, i: int, j: int) -> float:
    if matrix is None:
        return math.nan
    value = float(matrix[i, j])
    return value if math.isfinite(value) else math.nan


def discussion_pairs(result: ProjectResult) -> tuple[DiscussionPair, ...]:
    """Every pair of every node, most disputed first (see the module docstring)."""
    project = result.project
    experts = project.expert_ids()
    pairs: list[DiscussionPair] = []
    for node in project.internal_nodes():
        ids = node.child_ids()
        n = result.nodes.get(node.id)
        weights = n.weights if n is not None and n.weighted else None
        gsd = n.dispersion.gsd if n is not None and n.dispersion is not None else None
        s_star = float(n.consensus.s_star) if n is not None and n.consensus is not None \
            else math.nan
        for i, a in enumerate(ids):
            for j in range(i + 1, len(ids)):
                b = ids[j]
                answers = tuple((e, project.judgment(e, node.id, a, b)) for e in experts)
                pairs.append(DiscussionPair(
                    node.id, a, b, answers,
                    _cell(n.aggregated_matrix if n is not None else None, i, j),
                    float(weights[i] / weights[j]) if weights is not None else math.nan,
                    _cell(gsd, i, j), s_star))
    # Stable: equal spreads (and every pair without one) keep the tree's order.
    return tuple(sorted(pairs, key=lambda p: (math.isnan(p.spread),
                                              -p.spread if not math.isnan(p.spread) else 0.0)))

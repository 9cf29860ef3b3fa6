"""Delphi-style rounds: consensus and dispersion per node per round, who moved, and the feedback
a round-k+1 questionnaire shows beside each pair.

Every number comes from the panel evaluation (:func:`mcdm.project.evaluate.evaluate_panel`) of
each round's judgments: Goepel's S* (:func:`mcdm.group.consensus`), the per-judgment geometric
standard deviation (:func:`mcdm.group.judgment_dispersion`) and the group's judgment by AIJ
(:func:`mcdm.group.aggregate_judgments`, the weighted geometric mean). The GUI's group page, the
CLI's ``rounds`` and ``evaluate`` commands and the results workbook read :class:`RoundsResult`;
the questionnaire writer reads :class:`RoundFeedback`.

An answer is *far from the group* when it lies more than :data:`FAR_SDS` geometric standard
deviations from the group's judgment and more than a factor :data:`FAR_MIN_RATIO` from it (the
second condition keeps a panel in near-agreement from flagging small differences).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from mcdm.group import ConsensusResult, Dispersion, aggregate_judgments
from mcdm.project.model import FrozenDict, Project

__all__ = [
    "FAR_MIN_RATIO", "FAR_SDS", "ExpertMove", "PairFeedback", "RoundFeedback", "RoundNode",
    "RoundSummary", "RoundsResult", "far_from_group", "round_feedback", "summarize_rounds",
]

FAR_SDS = 1.5
FAR_MIN_RATIO = 2.0
_TOL = 1e-12


def far_from_group(value: float | None, group: float | None, gsd: float | None) -> bool:
    """Whether a judgment ``value`` is far from the group's ``group`` with spread ``gsd``.

    >>> far_from_group(9.0, 2.0, 1.8), far_from_group(3.0, 2.0, 1.8), far_from_group(9, 2, None)
    (True, False, False)
    """
    if value is None or group is None or gsd is None or not (gsd >= 1.0):
        return False
    distance = abs(math.log(value / group))
    return distance > max(FAR_SDS * math.log(gsd), math.log(FAR_MIN_RATIO))


@dataclass(frozen=True, eq=False)
class RoundNode:
    """The panel at one node in one round.

    ``experts`` are those whose judgments here could be weighted (they make up the group);
    ``consensus`` is None with fewer than two of them; ``aggregated`` is the group's AIJ matrix
    (nan where nobody judged), ``dispersion`` the per-judgment geometric SD.
    """

    node_id: str
    child_ids: tuple[str, ...]
    experts: tuple[str, ...]
    consensus: ConsensusResult | None
    dispersion: Dispersion | None
    aggregated: np.ndarray | None

    @property
    def s_star(self) -> float:
        return math.nan if self.consensus is None else float(self.consensus.s_star)

    @property
    def mean_gsd(self) -> float:
        """The mean geometric SD over the pairs at least two experts judged (nan if none)."""
        if self.dispersion is None:
            return math.nan
        n = len(self.child_ids)
        iu = np.triu_indices(n, 1)
        vals = self.dispersion.gsd[iu]
        vals = vals[~np.isnan(vals)]
        return float(vals.mean()) if vals.size else math.nan


@dataclass(frozen=True)
class ExpertMove:
    """How an expert's answers at a node changed from the previous round.

    ``changed``: the pairs whose answer changed (given, removed or another value); ``shift``: the
    mean |ln(new / old)| over the pairs answered in both rounds (nan if none);
    ``toward_group``: whether the expert's answers came closer to the previous round's group
    judgment (mean |ln a − ln g|), None when that cannot be said.
    """

    expert_id: str
    node_id: str
    changed: tuple[tuple[str, str], ...]
    shift: float
    toward_group: bool | None


@dataclass(frozen=True, eq=False)
class RoundSummary:
    """One round: ``closed`` is None for the round in progress."""

    number: int
    closed: str | None
    nodes: FrozenDict
    consensus: float
    moved: tuple[ExpertMove, ...] = ()

    def node(self, node_id: str) -> RoundNode:
        return self.nodes[node_id]

    def moved_at(self, node_id: str) -> tuple[ExpertMove, ...]:
        return tuple(m for m in self.moved if m.node_id == node_id)


@dataclass(frozen=True, eq=False)
class RoundsResult:
    """Every round of a project, closed ones first, the round in progress last."""

    rounds: tuple[RoundSummary, ...]

    def round(self, number: int) -> RoundSummary:
        return self.rounds[number - 1]

    def s_star(self, node_id: str) -> tuple[float, ...]:
        """S* at ``node_id`` round by round (nan where it cannot be computed)."""
        return tuple(r.nodes[node_id].s_star if node_id in r.nodes else math.nan
                     for r in self.rounds)


def _nodes(project: Project, judgments) -> tuple[FrozenDict, float]:
    from mcdm.project.evaluate import evaluate_panel

    panel, overall = evaluate_panel(project.replace(judgments=judgments))
    weights = {e.id: e.weight for e in project.experts}
    out = {}
    for node_id, nr in panel.items():
        aggregated = nr.aggregated_matrix
        if aggregated is None and nr.experts:  # AIP projects: the group judgment is still AIJ
            mats = [project.replace(judgments=judgments).judgment_matrix(e, node_id)
                    for e in nr.experts]
            aggregated = aggregate_judgments(mats, [weights[e] for e in nr.experts],
                                             names=nr.child_ids, experts=nr.experts)
        out[node_id] = RoundNode(node_id, nr.child_ids, nr.experts, nr.consensus,
                                 nr.dispersion, aggregated)
    return FrozenDict(out), overall


def _distance_to(pairs, node: RoundNode | None) -> float:
    if node is None or node.aggregated is None or not pairs:
        return math.nan
    index = {c: i for i, c in enumerate(node.child_ids)}
    d = [abs(math.log(v / node.aggregated[index[a], index[b]])) for (a, b), v in pairs.items()
         if not math.isnan(node.aggregated[index[a], index[b]])]
    return sum(d) / len(d) if d else math.nan


def _moves(project: Project, before, after, previous: FrozenDict) -> tuple[ExpertMove, ...]:
    out = []
    for e in project.expert_ids():
        for node in project.internal_nodes():
            old = before.get(e, {}).get(node.id, {})
            new = after.get(e, {}).get(node.id, {})
            changed = tuple(p for p in sorted(set(old) | set(new))
                            if p not in old or p not in new or
                            abs(old[p] - new[p]) > _TOL * max(old[p], new[p]))
            if not changed:
                continue
            both = [abs(math.log(new[p] / old[p])) for p in changed if p in old and p in new]
            d0 = _distance_to(old, previous.get(node.id))
            d1 = _distance_to(new, previous.get(node.id))
            toward = None if math.isnan(d0) or math.isnan(d1) or d0 == d1 else d1 < d0
            out.append(ExpertMove(e, node.id, changed,
                                  sum(both) / len(both) if both else math.nan, toward))
    return tuple(out)


def summarize_rounds(project: Project) -> RoundsResult:
    """Consensus, dispersion and who moved, for every closed round and the round in progress."""
    stages = [(r.number, r.closed, r.judgments) for r in project.rounds]
    stages.append((project.current_round, None, project.judgments))
    out: list[RoundSummary] = []
    for k, (number, closed, judgments) in enumerate(stages):
        nodes, overall = _nodes(project, judgments)
        moved = () if k == 0 else _moves(project, stages[k - 1][2], judgments, out[-1].nodes)
        out.append(RoundSummary(number, closed, nodes, overall, moved))
    return RoundsResult(tuple(out))


@dataclass(frozen=True)
class PairFeedback:
    """Beside one pair of a round-k+1 questionnaire: the expert's round-k answer, the group's
    judgment a(A, B) and its geometric SD in round k, and whether the answer is far from it."""

    own: float | None
    group: float | None
    gsd: float | None
    far: bool


@dataclass(frozen=True)
class RoundFeedback:
    """The feedback of closed round ``round`` for the questionnaires of the next round."""

    round: int
    pairs: FrozenDict  # (expert, node, a, b) with a before b → PairFeedback

    def get(self, expert_id: str, node_id: str, a: str, b: str) -> PairFeedback:
        return self.pairs.get((expert_id, node_id, a, b), PairFeedback(None, None, None, False))


def _value(m: np.ndarray | None, i: int, j: int) -> float | None:
    if m is None or math.isnan(m[i, j]) or math.isinf(m[i, j]):
        return None
    return float(m[i, j])


def round_feedback(project: Project) -> RoundFeedback | None:
    """Feedback from the last closed round (None while the project is in round 1)."""
    if not project.rounds:
        return None
    last = project.rounds[-1]
    nodes, _ = _nodes(project, last.judgments)
    out = {}
    for node in project.internal_nodes():
        nr = nodes.get(node.id)
        kids = node.child_ids()
        for e in project.expert_ids():
            mine = last.judgments.get(e, {}).get(node.id, {})
            for i in range(len(kids)):
                for j in range(i + 1, len(kids)):
                    own = mine.get((kids[i], kids[j]))
                    group = _value(None if nr is None else nr.aggregated, i, j)
                    gsd = _value(None if nr is None or nr.dispersion is None
                                 else nr.dispersion.gsd, i, j)
                    out[(e, node.id, kids[i], kids[j])] = PairFeedback(
                        None if own is None else float(own), group, gsd,
                        far_from_group(own, group, gsd))
    return RoundFeedback(last.number, FrozenDict(out))

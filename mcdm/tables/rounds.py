"""Delphi rounds as plain labelled tables, for the results workbook and the report: picked out
of :func:`mcdm.project.rounds.summarize_rounds`, never recomputed.

- ``rounds``: each round's number, when it closed (None: in progress) and the overall S*;
- ``nodes``: per compared node, S* and the mean geometric SD of the judgments, round by round;
- ``moves``: per round after the first, who changed answers where, by how much, and whether
  toward the previous round's group judgment.

Examples
--------
>>> from mcdm.project import edits as E
>>> from mcdm.project.sample import sample_project
>>> rounds_view(sample_project(), "en") is None   # round 1, nothing closed yet
True
>>> p, _ = E.StartRound("2025-03-01T10:00:00+08:00").apply(sample_project())
>>> v = rounds_view(p, "en")
>>> [r.number for r in v.rounds], v.rounds[0].closed, v.rounds[1].closed
([1, 2], '2025-03-01T10:00:00+08:00', None)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["MoveRow", "RoundNodeRow", "RoundRow", "RoundsView", "rounds_view"]


@dataclass(frozen=True)
class RoundRow:
    number: int
    closed: str | None                 # ISO time the round closed; None for the one in progress
    consensus: float                   # the hierarchy's overall S* (nan when undefined)


@dataclass(frozen=True)
class RoundNodeRow:
    node: str                          # the node's label (what is compared there)
    s_star: tuple[float, ...]          # per round; nan where fewer than two experts weighted it
    gsd: tuple[float, ...]             # per round: mean geometric SD over the judged pairs


@dataclass(frozen=True)
class MoveRow:
    round: int                         # the round in which the answers changed
    expert: str
    node: str
    changed: int                       # pairs whose answer changed (given, removed, other value)
    shift: float                       # mean |ln(new / old)| over the pairs answered in both
    toward: bool | None                # closer to the previous round's group judgment?


@dataclass(frozen=True)
class RoundsView:
    rounds: tuple[RoundRow, ...]
    nodes: tuple[RoundNodeRow, ...]
    moves: tuple[MoveRow, ...]

    @property
    def current(self) -> int:
        return self.rounds[-1].number


def rounds_view(project, lang: str, summary=None) -> RoundsView | None:
    """The project's rounds (None while no round has closed: there is nothing to compare).

    ``summary``: a :class:`~mcdm.project.rounds.RoundsResult` already computed (optional).
    """
    if not project.rounds:
        return None
    from mcdm.project.rounds import summarize_rounds

    summary = summary or summarize_rounds(project)
    names = {e.id: e.name or e.id for e in project.experts}
    labels = {n.id: n.label.get(lang) for n in project.internal_nodes()}
    rounds = tuple(RoundRow(r.number, r.closed, float(r.consensus)) for r in summary.rounds)
    nodes = []
    for node in project.internal_nodes():
        per = [r.nodes.get(node.id) for r in summary.rounds]
        nodes.append(RoundNodeRow(
            labels[node.id], tuple(math.nan if n is None else n.s_star for n in per),
            tuple(math.nan if n is None else n.mean_gsd for n in per)))
    moves = tuple(MoveRow(r.number, names.get(m.expert_id, m.expert_id),
                          labels.get(m.node_id, m.node_id), len(m.changed), float(m.shift),
                          m.toward_group)
                  for r in summary.rounds[1:] for m in r.moved)
    return RoundsView(rounds, tuple(nodes), moves)

"""Edits of a Delphi-style consultation: closing a round and starting the next, and the experts'
reasons for their answers.

:class:`StartRound` closes the round in progress: its judgments and reasons become a
:class:`~mcdm.project.model.Round` of the history, and the next round starts from the same
judgments (each expert's round-k answers are what their round-k+1 questionnaire shows, to keep or
change) with no reasons yet. Its inverse, :class:`~mcdm.project.edit_base.Restore`, puts the
history and the reasons back exactly, so undo reopens the round.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from mcdm.project.codec import _BAD_TEXT
from mcdm.project.edit_base import Edit, Restore, _err
from mcdm.project.model import FrozenDict, Project, Round
from mcdm.project.schema import MAX_REASON

__all__ = ["SetReason", "StartRound"]


@dataclass(frozen=True)
class StartRound(Edit):
    """Close round k (now, or at ``closed``) and start round k + 1.

    ``closed`` is ISO 8601 text; build with :meth:`now` so that redoing the edit records the same
    time as doing it.
    """

    closed: str

    @classmethod
    def now(cls) -> StartRound:
        return cls(_dt.datetime.now().astimezone().isoformat(timespec="seconds"))

    def apply(self, project: Project) -> tuple[Project, Edit]:
        if not isinstance(self.closed, str) or not self.closed.strip() or \
                _BAD_TEXT.search(self.closed):
            raise _err("edit.round_closed", f"closing time {self.closed!r}",
                       "when the round was closed, e.g. 2025-03-01T10:00:00+08:00")
        closed = Round(project.current_round, self.closed, project.judgments, project.reasons)
        before = FrozenDict({"rounds": project.rounds, "reasons": project.reasons})
        new = project.replace(rounds=project.rounds + (closed,), reasons=FrozenDict())
        return new, Restore(before)


@dataclass(frozen=True)
class SetReason(Edit):
    """Set (or, with None or blank text, clear) an expert's reason for the answer on (a, b)."""

    expert_id: str
    node_id: str
    a: str
    b: str
    text: str | None

    def apply(self, project: Project) -> tuple[Project, Edit]:
        project.expert(self.expert_id)
        kids = project.node(self.node_id).child_ids()
        if len(kids) < 2 or self.a not in kids or self.b not in kids or self.a == self.b:
            raise _err("edit.judgment_pair", f"({self.a!r}, {self.b!r}) is not a pair of "
                       f"sub-criteria of {self.node_id!r}", "two different children of the node",
                       field=self.node_id)
        text = self.text
        if text is not None and (not isinstance(text, str) or _BAD_TEXT.search(text) or
                                 len(text) > MAX_REASON):
            raise _err("edit.reason", "the reason is not printable text or is too long",
                       f"printable text of at most {MAX_REASON} characters",
                       field=f"{self.a}/{self.b}")
        if text is not None and not text.strip():
            text = None
        a, b = (self.a, self.b) if kids.index(self.a) < kids.index(self.b) else (self.b, self.a)
        nodes = project.reasons.get(self.expert_id, FrozenDict())
        pairs = nodes.get(self.node_id, FrozenDict())
        old = pairs.get((a, b))
        pairs = pairs.delete((a, b)) if text is None else pairs.set((a, b), text)
        new = project.replace(reasons=project.reasons.set(self.expert_id,
                                                          nodes.set(self.node_id, pairs)))
        return new, SetReason(self.expert_id, self.node_id, a, b, old)

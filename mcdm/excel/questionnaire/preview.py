"""The import preview: what accepting filled questionnaires would change, block by block.

Each answer cell is compared three ways (:func:`classify`): with what it showed when issued, with
the project's value then, and with the project now —

- the expert left it as issued, or it already equals the project → ``unchanged`` (a blank cell
  of a blank questionnaire never clears anything);
- the expert changed it and the project did not change since → ``new`` (the project had no
  value), ``changed`` (old → new) or ``cleared`` (a prefilled value the expert deleted);
- the expert changed it and the project changed since, to something else → ``conflict``: listed,
  never applied unless the caller takes the questionnaire's value (per answer or per block).

A questionnaire from before the per-cell record (format 1) compares two ways: a blank cell is no
answer (never a clear), a filled one a change.

A block is one expert's judgments (and reasons) at one node, or one expert's scores of one
industry. A block with any problem is never applied: it keeps all its old values, so a judgment
matrix never mixes two versions of an expert's answers.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from mcdm.errors import Location, MCDMError, Problem
from mcdm.excel.questionnaire.reader import CellAnswer
from mcdm.excel.questionnaire.record import same

__all__ = ["STATUSES", "AnswerDiff", "BlockPreview", "ImportChoiceError", "classify",
           "build_blocks", "select", "edit_of"]

STATUSES = ("new", "changed", "cleared", "unchanged", "conflict")
APPLIED = ("new", "changed", "cleared")


class ImportChoiceError(MCDMError):
    """A choice the preview cannot apply (a block with problems, an unknown block)."""


def classify(current, answer: CellAnswer) -> str:
    """The status of one answer cell against the project's ``current`` value."""
    cell, issued = answer.value, answer.issued
    if issued is None:  # format 1: blank is no answer
        if cell is None or same(cell, current):
            return "unchanged"
        return "new" if current is None else "changed"
    if same(cell, issued.shown) or same(cell, current):
        return "unchanged"
    if not same(current, issued.project):
        return "conflict"
    if cell is None:
        return "cleared"
    return "new" if current is None else "changed"


@dataclass(frozen=True)
class AnswerDiff:
    """One answer of the preview: the project's value ``old`` now, the questionnaire's ``new``,
    the project's value when the questionnaire was issued (``issued``; None when not recorded),
    and where the cell is."""

    kind: str  # "judgment" | "reason" | "score"
    expert_id: str
    block_id: str
    key: tuple[str, str]
    status: str
    old: float | str | None
    new: float | str | None
    issued: float | str | None
    location: Location

    @property
    def block_key(self) -> tuple[str, str, str]:
        return (self.expert_id, "scores" if self.kind == "score" else "judgments", self.block_id)

    @property
    def answer_key(self) -> tuple[str, ...]:
        return (self.kind, self.expert_id, self.block_id, *self.key)


@dataclass(frozen=True)
class BlockPreview:
    """One expert's answers at one node (``kind`` "judgments") or for one industry ("scores")."""

    expert_id: str
    kind: str
    block_id: str
    location: Location  # file, sheet and the block's answer cells
    diffs: tuple[AnswerDiff, ...]
    problems: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.expert_id, self.kind, self.block_id)

    @property
    def acceptable(self) -> bool:
        """Whether the block can be applied (it has no problem)."""
        return not self.problems

    @property
    def counts(self) -> dict[str, int]:
        c = Counter(d.status for d in self.diffs)
        return {s: c.get(s, 0) for s in STATUSES}

    def with_status(self, *statuses: str) -> tuple[AnswerDiff, ...]:
        return tuple(d for d in self.diffs if d.status in statuses)


def _current(project, a: CellAnswer):
    if a.kind == "judgment":
        return project.judgment(a.expert_id, a.block_id, *a.key)
    if a.kind == "reason":
        return project.reason(a.expert_id, a.block_id, *a.key)
    return project.score(a.expert_id, a.block_id, *a.key)


def _cut_off(project, block: BlockPreview) -> tuple[str, ...]:
    """The items the block's judgments would leave unconnected once applied (default choices)."""
    from mcdm.ahp.incomplete import components

    kids = project.node(block.block_id).child_ids()
    known = np.zeros((len(kids), len(kids)), dtype=bool)
    pairs = dict(project.judgments.get(block.expert_id, {}).get(block.block_id, {}))
    for d in block.diffs:
        if d.kind == "judgment" and d.status in APPLIED:
            pairs[d.key] = d.new
    index = {c: i for i, c in enumerate(kids)}
    for (a, b), v in pairs.items():
        if v is not None and a in index and b in index:
            known[index[a], index[b]] = known[index[b], index[a]] = True
    if not known.any():
        return ()
    comps = components(known)
    main = max(comps, key=len)
    return tuple(kids[i] for c in comps if c is not main for i in c)


def build_blocks(project, reads, keep_experts) -> tuple[BlockPreview, ...]:
    """The preview of every block read from ``reads`` (FileRead, in order) for the experts in
    ``keep_experts[path]``."""
    out = []
    for f in reads:
        keep = keep_experts.get(f.path, set())
        grouped: dict = {}
        for a in f.answers:
            if a.expert_id in keep:
                cur = _current(project, a)
                if a.kind == "reason" and a.value is None and cur is None:
                    continue  # no reason anywhere: nothing to count
                grouped.setdefault(a.block_key, []).append(AnswerDiff(
                    a.kind, a.expert_id, a.block_id, a.key, classify(cur, a), cur, a.value,
                    None if a.issued is None else a.issued.project, a.location))
        for key, where in f.blocks.items():
            if key[0] not in keep:
                continue
            block = BlockPreview(key[0], key[1], key[2], where, tuple(grouped.get(key, ())),
                                 tuple(f.block_problems.get(key, ())),
                                 tuple(f.block_warnings.get(key, ())))
            if block.kind == "judgments" and block.acceptable:
                cut = _cut_off(project, block)
                if cut:
                    block = BlockPreview(*_fields(block)[:-1], block.warnings + (Problem(
                        "questionnaire.block_disconnected",
                        f"the answers at {block.block_id} do not connect every item (cut off: "
                        f"{', '.join(cut)}): no weights can be computed from them",
                        where, "answers that link every item to every other",
                        {"expert": block.expert_id, "node": block.block_id, "cut": cut}),))
            out.append(block)
    return tuple(out)


def _fields(b: BlockPreview) -> tuple:
    return (b.expert_id, b.kind, b.block_id, b.location, b.diffs, b.problems, b.warnings)


def select(blocks, accept=None, take=(), conflicts: str = "keep") -> tuple[AnswerDiff, ...]:
    """The answers applied when accepting the blocks ``accept`` (default: every block without a
    problem); a conflict is applied when ``conflicts == "take"`` or its block key or answer key
    is in ``take``."""
    if conflicts not in ("keep", "take"):
        raise ImportChoiceError("import.conflict_choice", f"conflicts={conflicts!r}",
                                expected="'keep' (the project's value) or 'take' (the "
                                "questionnaire's)", params={"value": conflicts})
    by_key = {b.key: b for b in blocks}
    if accept is None:
        chosen = [b for b in blocks if b.acceptable]
    else:
        chosen = []
        for key in accept:
            b = by_key.get(tuple(key))
            if b is None:
                raise ImportChoiceError("import.unknown_block", f"no block {tuple(key)!r} was read",
                                        expected="a block of the preview",
                                        params={"block": tuple(key)})
            if not b.acceptable:
                raise ImportChoiceError(
                    "import.block_has_problems", f"block {b.key!r} has {len(b.problems)} "
                    "problem(s) and keeps its old values", location=b.location,
                    expected="a block without problems", params={"expert": b.expert_id,
                                                                 "block": b.block_id})
            chosen.append(b)
    take = {tuple(t) for t in take}
    out = []
    for b in chosen:
        for d in b.diffs:
            if d.status in APPLIED or (d.status == "conflict" and (
                    conflicts == "take" or b.key in take or d.answer_key in take)):
                out.append(d)
    return tuple(out)


def edit_of(diffs) -> object:
    """One ``Composite`` edit applying ``diffs`` (an import is one undo step)."""
    from mcdm.project import edits as E

    parts: list = []
    for d in diffs:
        if d.kind == "judgment":
            parts.append(E.SetJudgment(d.expert_id, d.block_id, *d.key, d.new))
        elif d.kind == "reason":
            parts.append(E.SetReason(d.expert_id, d.block_id, *d.key, d.new))
    cells = tuple(((d.expert_id, d.block_id, *d.key), d.new) for d in diffs if d.kind == "score")
    if cells:  # one block edit: a per-cell edit would copy the score mapping per cell
        parts.append(E.SetScores(cells))
    return E.Composite(tuple(parts), "import questionnaires")

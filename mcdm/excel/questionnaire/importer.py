"""Read filled questionnaires back: validate everything, preview every change, change nothing.

:func:`read_questionnaires` reads each file (:mod:`.reader`) and compares every answer cell with
what it showed when issued and with the project (:mod:`.preview`). The result, an
:class:`ImportReport`, is the preview the GUI and ``import --dry-run`` show — per expert and per
node or industry, how many answers are new, changed (old → new), cleared, unchanged or in
conflict, and every problem with file, sheet and cell — and makes the edit the caller applies
once the user accepted: one undo step, blocks with a problem left out whole, conflicts kept
unless the caller takes the questionnaire's value. The project itself is never touched here.

>>> from mcdm.project.sample import sample_project
>>> from mcdm.excel.questionnaire.samples import sample_questionnaires
>>> report = read_questionnaires(sample_project(), sample_questionnaires())
>>> report.ok, len(report.changes), report.counts()["unchanged"] > 0
(True, 0, True)
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from mcdm.errors import Location, Problem
from mcdm.excel.questionnaire.preview import (
    STATUSES,
    AnswerDiff,
    BlockPreview,
    build_blocks,
    edit_of,
    select,
)
from mcdm.excel.questionnaire.reader import read_file
from mcdm.excel.questionnaire.scale import scale_values
from mcdm.excel.safety import MAX_FILE_BYTES

__all__ = ["AnswerDiff", "BlockPreview", "ImportReport", "JudgmentAnswer", "ScoreAnswer",
           "read_questionnaires"]


@dataclass(frozen=True)
class JudgmentAnswer:
    expert_id: str
    node_id: str
    a: str
    b: str
    value: float | None  # None: left blank (no judgment)


@dataclass(frozen=True)
class ScoreAnswer:
    expert_id: str
    industry_id: str
    direction_id: str
    criterion_id: str
    value: float | None


@dataclass(frozen=True)
class ImportReport:
    """What the files say, checked and compared with the project.

    Attributes
    ----------
    files : paths read, in order
    experts : experts whose answers were read (a file rejected as a whole adds none)
    blocks : the preview, one :class:`BlockPreview` per expert and node or industry read
    problems : every problem: with a whole file or sheet, and each block's (a block with a
        problem keeps all its old values)
    warnings : what needs a look but blocks nothing (answers that do not connect a block's
        items, a measured value changed in the file)
    notes : information that needs no action (macros in an .xlsm were ignored)
    round : the project's round the questionnaires answer
    """

    files: tuple[str, ...]
    experts: tuple[str, ...]
    blocks: tuple[BlockPreview, ...]
    problems: tuple[Problem, ...]
    warnings: tuple[Problem, ...]
    notes: tuple[Problem, ...]
    round: int = 1

    @property
    def ok(self) -> bool:
        return not self.problems

    # -- the preview -----------------------------------------------------------------------
    def block(self, expert_id: str, kind: str, block_id: str) -> BlockPreview:
        return next(b for b in self.blocks if b.key == (expert_id, kind, block_id))

    def diffs(self, *statuses: str) -> tuple[AnswerDiff, ...]:
        """Every answer of the preview with one of ``statuses`` (all when none given)."""
        return tuple(d for b in self.blocks for d in b.diffs
                     if not statuses or d.status in statuses)

    def counts(self, expert_id: str | None = None) -> dict[str, int]:
        """Answers per status (of one expert, or all), problem blocks included."""
        c = Counter(d.status for b in self.blocks if expert_id in (None, b.expert_id)
                    for d in b.diffs)
        return {s: c.get(s, 0) for s in STATUSES}

    @property
    def conflicts(self) -> tuple[AnswerDiff, ...]:
        return tuple(d for b in self.blocks if b.acceptable for d in b.diffs
                     if d.status == "conflict")

    @property
    def rejected_blocks(self) -> tuple[BlockPreview, ...]:
        """Blocks with a problem: never applied, they keep all their old values."""
        return tuple(b for b in self.blocks if not b.acceptable)

    # -- applying --------------------------------------------------------------------------
    def selection(self, accept=None, take=(), conflicts: str = "keep") -> tuple[AnswerDiff, ...]:
        """The answers :meth:`edit_with` applies with the same choices."""
        return select(self.blocks, accept, take, conflicts)

    @property
    def changes(self) -> tuple[AnswerDiff, ...]:
        """The answers the default :attr:`edit` applies (new, changed, cleared; no conflict)."""
        return self.selection()

    def clears(self, accept=None, take=(), conflicts: str = "keep") -> tuple[AnswerDiff, ...]:
        """The answers accepting with these choices would clear (what the accept step names)."""
        return tuple(d for d in self.selection(accept, take, conflicts) if d.new is None)

    def edit_with(self, accept=None, take=(), conflicts: str = "keep"):
        """One ``Composite`` edit (one undo step) applying the accepted blocks.

        Parameters
        ----------
        accept : iterable of (expert_id, "judgments" | "scores", node_or_industry_id), optional
            The blocks to apply; default every block without a problem. A block with a problem
            cannot be accepted (``import.block_has_problems``).
        take : iterable of block keys or answer keys (``AnswerDiff.answer_key``)
            Conflicts where the questionnaire's value is taken.
        conflicts : "keep" or "take"
            What happens to every other conflict: keep the project's value (default), or take
            the questionnaire's.
        """
        return edit_of(self.selection(accept, take, conflicts))

    @property
    def edit(self):
        """:meth:`edit_with` with the defaults."""
        return self.edit_with()

    # -- the answers as read (any status) --------------------------------------------------
    @property
    def judgments(self) -> tuple[JudgmentAnswer, ...]:
        return tuple(JudgmentAnswer(d.expert_id, d.block_id, *d.key, d.new)
                     for d in self.diffs() if d.kind == "judgment")

    @property
    def scores(self) -> tuple[ScoreAnswer, ...]:
        return tuple(ScoreAnswer(d.expert_id, d.block_id, *d.key, d.new)
                     for d in self.diffs() if d.kind == "score")


def read_questionnaires(project, paths, *, max_bytes: int = MAX_FILE_BYTES,
                        progress=None) -> ImportReport:
    """Validate and read filled questionnaires (per-expert or panel workbooks) for ``project``.

    Never raises for a bad file: every problem is in the report. An expert answered in two files
    is taken from the first and reported for the others. ``progress(done, total)`` is called
    after each file.
    """
    paths = [str(p) for p in paths]
    values = scale_values(project.settings.scale)
    reads, problems, notes, experts, keep = [], [], [], [], {}
    for path in paths:
        f = read_file(project, path, values, max_bytes)
        reads.append(f)
        notes.extend(f.notes)
        problems.extend(f.problems)
        dup = [e for e in f.experts if e in experts]
        if dup:
            problems.append(Problem("questionnaire.duplicate_expert",
                                    f"expert {', '.join(dup)} was already read from another file",
                                    Location(file=path), "one questionnaire per expert",
                                    {"experts": dup}))
        keep[path] = set(f.experts) - set(dup)
        experts.extend(e for e in f.experts if e in keep[path])
        if progress is not None:
            progress(len(reads), len(paths))
    blocks = build_blocks(project, reads, keep)
    problems.extend(p for b in blocks for p in b.problems)
    warnings = tuple(w for b in blocks for w in b.warnings)
    return ImportReport(tuple(paths), tuple(experts), blocks, tuple(problems), warnings,
                        tuple(notes), project.current_round)

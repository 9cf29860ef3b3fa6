"""Read one filled questionnaire: its metadata, every answer cell, and every problem.

:func:`read_file` checks that the file is a questionnaire of this project and of its current
round (metadata: format, version, project id, template, structure fingerprint, round), that every
expected sheet is there (a missing one is named, with the sheet that looks like it if it was
renamed) with its rows in place, and reads every answer cell with what it showed when issued
(:mod:`.record`). A cell that breaks a rule is a :class:`~mcdm.errors.Problem` naming the file,
sheet and cell and what was expected, filed under its block — one expert's judgments at one
node, or one expert's scores of one industry — so that a block with a problem can keep all its
old values. A file that cannot be trusted as a whole contributes nothing.

Formulas in answer cells are refused, never evaluated.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from mcdm.errors import Location, Problem
from mcdm.excel.cells import Formula, read_book
from mcdm.excel.labels import levels
from mcdm.excel.questionnaire import plan as P
from mcdm.excel.questionnaire.answers import is_blank, judgment_value, number_of_text
from mcdm.excel.questionnaire.record import Issued, same
from mcdm.excel.safety import UnsafeWorkbook

__all__ = ["CellAnswer", "FileRead", "read_file"]

SCORE_TOL = 1e-12


@dataclass(frozen=True)
class CellAnswer:
    """One answer as the file gives it: a judgment a(a, b) at a node, a reason beside it, or a
    score of (direction, criterion) in an industry; ``value`` None when blank."""

    kind: str  # "judgment" | "reason" | "score"
    expert_id: str
    block_id: str  # the node (judgments, reasons) or the industry (scores)
    key: tuple[str, str]  # (a, b) or (direction, criterion)
    value: float | str | None
    location: Location
    issued: Issued | None  # None: a questionnaire from before the per-cell record

    @property
    def block_key(self) -> tuple[str, str, str]:
        return (self.expert_id, "scores" if self.kind == "score" else "judgments", self.block_id)


@dataclass
class FileRead:
    path: str
    experts: tuple[str, ...] = ()
    answers: list[CellAnswer] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # about the file or a whole sheet
    block_problems: dict = field(default_factory=dict)  # block key → [Problem]
    block_warnings: dict = field(default_factory=dict)  # block key → [Problem]
    blocks: dict = field(default_factory=dict)  # block key → Location (sheet, answer cells)
    notes: list[Problem] = field(default_factory=list)

    def problem(self, code: str, message: str, expected: str | None = None, *, sheet=None,
                cell=None, block=None, warning: bool = False, **params) -> None:
        p = Problem(code, message, Location(file=self.path, sheet=sheet, cell=cell), expected,
                    params)
        if block is None:
            self.problems.append(p)
        else:
            (self.block_warnings if warning else self.block_problems).setdefault(
                block, []).append(p)


def _judgment_ids_ok(cells, block: P.JudgmentBlock) -> bool:
    return all((cells.get((pr.row, P.COL_ID1)), cells.get((pr.row, P.COL_ID2)),
                cells.get((pr.row, P.COL_ID3))) == (block.node_id, pr.a, pr.b)
               for pr in block.pairs)


def _score_ids_ok(cells, block: P.ScoreBlock) -> bool:
    return [cells.get((block.ids_row, sc.col)) for sc in block.columns] == \
        [sc.criterion_id for sc in block.columns] and \
        [(cells.get((r, P.COL_ID1)), cells.get((r, P.COL_ID2))) for r, _ in block.rows] == \
        [(block.industry_id, d) for _, d in block.rows]


def _lookalike(book, sp: P.SheetPlan, title: str, taken: set) -> str | None:
    """The sheet of the workbook that is ``sp`` under another name, if any."""
    others = [s for s in book.sheetnames if s not in taken and s != P.META_SHEET]
    for other in others:
        cells = book.cells(other, max_col=P.COL_ID3)
        if (sp.judgment_blocks and _judgment_ids_ok(cells, sp.judgment_blocks[0])) or (
                not sp.judgment_blocks and sp.score_blocks and
                _score_ids_ok(cells, sp.score_blocks[0])):
            return other
    close = difflib.get_close_matches(title, others, n=1, cutoff=0.6)
    return close[0] if close else None


def _read_judgments(f: FileRead, cells, sp: P.SheetPlan, index: int, title: str, values,
                    lang: str, record, feedback: bool) -> None:
    allowed = " | ".join(levels(lang)) + " (or the number 1–9)"
    for block in sp.judgment_blocks:
        key = (sp.expert_id, "judgments", block.node_id)
        f.blocks[key] = Location(file=f.path, sheet=title, cell=block.answers)
        if not _judgment_ids_ok(cells, block):
            f.problem("sheet.layout_changed", f"rows of the block for {block.node_id} were moved, "
                      "inserted or deleted", "the rows as generated", sheet=title,
                      cell=f"A{block.first_row}", block=key, node=block.node_id,
                      expert=sp.expert_id)
            continue
        for pr in block.pairs:
            ca, cb = cells.get((pr.row, P.COL_A_MORE)), cells.get((pr.row, P.COL_B_MORE))
            coords = f"C{pr.row}", f"D{pr.row}"
            where = Location(file=f.path, sheet=title, cell=coords[0])
            issued = None if record is None else record.get((index, coords[0]))
            if feedback:
                _read_reason(f, cells, sp, index, title, block, pr, record, key)
            formulas = [c for c, v in zip(coords, (ca, cb), strict=True) if isinstance(v, Formula)]
            if formulas:
                for c in formulas:
                    f.problem("cell.formula", "a formula is not an answer (formulas are never "
                              "evaluated)", "one intensity from the list, or blank", sheet=title,
                              cell=c, block=key, kind="judgment", expert=sp.expert_id,
                              node=block.node_id, a=pr.a, b=pr.b)
                continue
            filled = [(c, v) for c, v in zip(coords, (ca, cb), strict=True) if not is_blank(v)]
            if len(filled) == 2:
                f.problem("judgment.both_sides", "the pair is answered for both sides",
                          "an intensity in only one of the two columns", sheet=title,
                          cell=f"{coords[0]}:{coords[1]}", block=key, a=pr.a, b=pr.b,
                          expert=sp.expert_id, node=block.node_id)
                continue
            value = None
            if filled:
                cell, raw = filled[0]
                value = judgment_value(raw, values, cell == coords[0])
                if value is None:
                    f.problem("judgment.off_scale", f"{raw!r} is not on the scale", allowed,
                              sheet=title, cell=cell, block=key, value=str(raw)[:40],
                              expert=sp.expert_id, node=block.node_id, a=pr.a, b=pr.b)
                    continue
            f.answers.append(CellAnswer("judgment", sp.expert_id, block.node_id, (pr.a, pr.b),
                                        value, where, issued))


def _read_reason(f, cells, sp, index, title, block, pr, record, key) -> None:
    from mcdm.project.schema import MAX_REASON

    coord = f"{P.col_letter(P.COL_REASON)}{pr.row}"
    raw = cells.get((pr.row, P.COL_REASON))
    if isinstance(raw, Formula):
        f.problem("cell.formula", "a formula is not a reason (formulas are never evaluated)",
                  "a short text, or blank", sheet=title, cell=coord, block=key, kind="reason",
                  expert=sp.expert_id, node=block.node_id, a=pr.a, b=pr.b)
        return
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = None if raw is None or isinstance(raw, bool) else str(raw).strip() or None
    if text is not None and len(text) > MAX_REASON:
        f.problem("reason.too_long", f"the reason has {len(text)} characters", f"at most "
                  f"{MAX_REASON} characters", sheet=title, cell=coord, block=key,
                  count=len(text), limit=MAX_REASON, expert=sp.expert_id, node=block.node_id,
                  a=pr.a, b=pr.b)
        return
    issued = None if record is None else record.get((index, coord))
    f.answers.append(CellAnswer("reason", sp.expert_id, block.node_id, (pr.a, pr.b), text,
                                Location(file=f.path, sheet=title, cell=coord), issued))


def _read_scores(f: FileRead, cells, sp: P.SheetPlan, index: int, title: str, record) -> None:
    for block in sp.score_blocks:
        key = (sp.expert_id, "scores", block.industry_id)
        last = block.rows[-1][0] if block.rows else block.range_row
        f.blocks[key] = Location(file=f.path, sheet=title, cell=(
            f"{P.col_letter(block.columns[0].col)}{block.range_row + 1}:"
            f"{P.col_letter(block.columns[-1].col)}{last}") if block.columns else None)
        if not _score_ids_ok(cells, block):
            f.problem("sheet.layout_changed", f"rows or columns of the scores of {block.industry_id} "
                      "were moved, inserted or deleted", "the rows and columns as generated",
                      sheet=title, cell=f"A{block.header_row}", block=key,
                      industry=block.industry_id, expert=sp.expert_id)
            continue
        for r, did in block.rows:
            for sc in block.columns:
                coord = f"{P.col_letter(sc.col)}{r}"
                raw = cells.get((r, sc.col))
                issued = None if record is None else record.get((index, coord))
                rng = f"a number from {sc.low:g} to {sc.high:g}" if sc.low is not None else "a number"
                at = {"expert": sp.expert_id, "industry": block.industry_id, "direction": did,
                      "criterion": sc.criterion_id, "low": sc.low, "high": sc.high}
                if isinstance(raw, Formula):
                    f.problem("cell.formula", "a formula is not a score (formulas are never "
                              "evaluated)", f"{rng}, or blank", sheet=title, cell=coord, block=key,
                              kind="score", **at)
                    continue
                blank = raw is None or (isinstance(raw, str) and not raw.strip())
                v = None if blank else number_of_text(raw)
                if issued is not None and issued.fixed:
                    if not same(v, issued.shown):
                        f.problem("questionnaire.fixed_changed", "a measured value was changed in "
                                  "the questionnaire; the project's value is kept",
                                  "the measured value as issued", sheet=title, cell=coord,
                                  block=key, warning=True, **at)
                    continue
                if v is None and not blank:
                    f.problem("score.not_a_number", f"text {str(raw)!r} in a number cell",
                              f"{rng}, or blank", sheet=title, cell=coord, block=key,
                              value=str(raw)[:40], **at)
                    continue
                if v is not None and (v != v or v in (float("inf"), float("-inf")) or (
                        sc.low is not None and not sc.low - SCORE_TOL <= v <= sc.high + SCORE_TOL)):
                    f.problem("score.out_of_range", f"score {v:g} is outside the allowed range",
                              rng, sheet=title, cell=coord, block=key, value=v, **at)
                    continue
                f.answers.append(CellAnswer("score", sp.expert_id, block.industry_id,
                                            (did, sc.criterion_id), v,
                                            Location(file=f.path, sheet=title, cell=coord), issued))


def read_file(project, path: str, values, max_bytes: int) -> FileRead:
    """Everything one file says, checked; never raises for a bad file."""
    f = FileRead(path)
    try:
        book = read_book(path, max_bytes=max_bytes)
        if book.macros_ignored:
            f.notes.append(Problem("file.macros_ignored", "the workbook contains macros; they "
                                   "were ignored (never run)", Location(file=path)))
        _read_book(f, book, project, values)
    except UnsafeWorkbook as exc:
        return FileRead(path, problems=[exc.as_problem()], notes=f.notes)
    return f


def _read_book(f: FileRead, book, project, values) -> None:
    from mcdm.excel.questionnaire.meta import damaged, read_meta

    meta = read_meta(f, book, project)
    if meta is None:
        return
    plan = P.plan_questionnaire(project, meta["experts"], meta["kind"], meta["lang"],
                                round=meta["round"], feedback=meta["feedback"])
    titles = meta["sheet_titles"]
    if len(titles) != len(plan.sheets):
        damaged(f, None)
        return
    f.experts = meta["experts"]
    max_col = P.COL_ID3
    for index, (sp, title) in enumerate(zip(plan.sheets, titles, strict=True), start=1):
        if title not in book.sheetnames:
            other = _lookalike(book, sp, title, set(titles))
            if other is None:
                f.problem("sheet.missing", f"sheet {title!r} is missing (renamed or deleted)",
                          f"a sheet named {title!r}", sheet=title, name=title)
            else:
                f.problem("sheet.renamed", f"sheet {title!r} is missing; sheet {other!r} looks "
                          "like it (renamed?)", f"rename sheet {other!r} back to {title!r}",
                          sheet=title, found=other, name=title)
            continue
        cells = book.cells(title, max_col=max_col)
        _read_judgments(f, cells, sp, index, title, values, meta["lang"], meta["record"],
                        meta["feedback"])
        _read_scores(f, cells, sp, index, title, meta["record"])

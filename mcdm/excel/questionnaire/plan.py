"""Where every answer cell of a questionnaire sits, computed from the project alone.

The writer and the importer both call :func:`plan_questionnaire`, so they cannot disagree about a
row; hidden id cells written beside each answer let the importer confirm that the workbook still
has the shape the plan expects. A structure fingerprint (tree, panel-independent ids, scale and
score range) in the metadata tells the importer when the project changed since the questionnaire
was issued.

Format 2 adds, in the metadata, what every answer cell showed when it was issued (see
:mod:`.record`) and the round it belongs to; a questionnaire of round 2 or later carries the
previous round's feedback and a reason column beside each pair, which moves the live matrix
right (:attr:`JudgmentBlock.col_matrix`). Round-1 questionnaires keep format 1's geometry, so a
format-1 file is still read by the same plan.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from mcdm.excel import layout as L
from mcdm.excel.labels import tr

FORMAT = "fourchains.questionnaire"
FORMAT_VERSION = 2
META_SHEET = "_meta"

# Answer columns of a judgment block.
COL_NO, COL_A, COL_A_MORE, COL_B_MORE, COL_B, COL_VALUE, COL_CHECK = 1, 2, 3, 4, 5, 6, 7
COL_MATRIX = 9  # matrix row labels; values follow, then the weight column
# Round 2 and later: the previous round's feedback and the expert's reason, then the matrix.
COL_OWN, COL_GROUP, COL_SPREAD, COL_FAR, COL_REASON = 8, 9, 10, 11, 12
COL_MATRIX_ROUNDS = 14
# Hidden bookkeeping columns, far right so score blocks sharing a sheet never reach them.
COL_ID1, COL_ID2, COL_ID3, COL_TERM = 60, 61, 62, 63
COL_LAMBDA = 64  # per matrix row: (A w)_i / w_i + missing_i, for the CR
MAX_ITEMS = 20  # children of one node; each helper block below is this wide
COL_WROW = 70  # the weights again, as a row, for SUMPRODUCT with a matrix row
COL_LN = 90  # ln a_ij (0 where missing)
COL_LAP = 110  # the LLSM system matrix: graph Laplacian of the known pairs + 1
COL_R = 130  # right-hand side: row sums of ln a_ij
COL_Y = 131  # log weights (LLSM)
COL_REACH = 140  # reachability matrices R_0, R_1, … (MAX_ITEMS wide each), see .live
REACH_STEPS = 5  # squarings: 2**5 ≥ MAX_ITEMS - 1
COL_SIZE = COL_REACH + (REACH_STEPS + 1) * MAX_ITEMS  # per item: size of its group
COL_CUT = COL_SIZE + 1  # per item: 1 if cut off from the largest group
COL_FLAGS = COL_SIZE + 2  # first row: the largest group's item; then: cut count, connected
COL_EIG = 270  # power iteration: B_0, B_1, … (MAX_ITEMS + 1 wide: the matrix, then its scale)
EIG_STEPS = 16  # squarings: B_16 = B_0^65536, normalised
COL_WEIG = COL_EIG + (EIG_STEPS + 1) * (MAX_ITEMS + 1)  # eigenvector weights
COL_WRAW = COL_WEIG + 1  # the sheet's weights (eigenvector or LLSM), shown when connected
COL_HIDDEN_FIRST, COL_HIDDEN_LAST = COL_ID1, COL_WRAW
FEEDBACK_ROWS = 5  # GCI, its threshold, CR, its threshold, answered


@dataclass(frozen=True)
class PairRow:
    row: int
    a: str
    b: str


@dataclass(frozen=True)
class JudgmentBlock:
    node_id: str
    top: int
    items: tuple[str, ...]
    pairs: tuple[PairRow, ...]
    col_matrix: int = COL_MATRIX  # COL_MATRIX_ROUNDS when the round feedback columns are there

    @property
    def answers(self) -> str:
        """The block's answer cells, e.g. ``C6:D11``."""
        return f"C{self.first_row}:D{self.first_row + len(self.pairs) - 1}"

    @property
    def header_row(self) -> int:
        return self.top + 1

    @property
    def first_row(self) -> int:
        return self.top + 2

    @property
    def feedback_row(self) -> int:
        return self.first_row + max(len(self.pairs), len(self.items))

    @property
    def bottom(self) -> int:
        return self.feedback_row + FEEDBACK_ROWS


@dataclass(frozen=True)
class ScoreColumn:
    col: int
    criterion_id: str
    low: float | None  # None: a measured criterion, any number
    high: float | None


@dataclass(frozen=True)
class ScoreBlock:
    industry_id: str
    top: int
    columns: tuple[ScoreColumn, ...]
    rows: tuple[tuple[int, str], ...]  # (row, direction_id)

    @property
    def ids_row(self) -> int:  # hidden: criterion ids above the header
        return self.top + 1

    @property
    def header_row(self) -> int:
        return self.top + 2

    @property
    def range_row(self) -> int:
        return self.top + 3

    @property
    def bottom(self) -> int:
        return self.top + 3 + len(self.rows)


@dataclass(frozen=True)
class SheetPlan:
    title: str
    role: str  # "judgments" | "scores" | "expert" (panel: judgments then scores)
    expert_id: str
    judgment_blocks: tuple[JudgmentBlock, ...] = ()
    score_blocks: tuple[ScoreBlock, ...] = ()


@dataclass(frozen=True)
class WorkbookPlan:
    kind: str  # "expert" | "panel"
    lang: str
    expert_ids: tuple[str, ...]
    sheets: tuple[SheetPlan, ...]
    instructions_title: str
    round: int = 1
    feedback: bool = False  # the previous round's feedback and a reason column beside each pair


def fingerprint(project) -> str:
    """A short hash of what the answer cells mean: tree shape, industries, scale, score range."""
    s = project.settings
    shape = {
        "tree": [(n.id, n.child_ids()) for n in project.goal.walk()],
        "industries": [(i.id, i.direction_ids(), [c.id for c in i.criteria]) for i in project.industries],
        "scale": s.scale, "range": [s.score_min, s.score_max],
    }
    blob = json.dumps(shape, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()[:16]


def _judgment_blocks(project, top: int, feedback: bool = False
                     ) -> tuple[tuple[JudgmentBlock, ...], int]:
    col_matrix = COL_MATRIX_ROUNDS if feedback else COL_MATRIX
    blocks = []
    for node in project.internal_nodes():
        items = node.child_ids()
        first = top + 2
        pairs = []
        for i in range(len(items)):
            for j in range(i + 1, len(items)):
                pairs.append(PairRow(first + len(pairs), items[i], items[j]))
        block = JudgmentBlock(node.id, top, items, tuple(pairs), col_matrix)
        blocks.append(block)
        top = block.bottom + 2
    return tuple(blocks), top


def _score_blocks(project, top: int) -> tuple[tuple[ScoreBlock, ...], int]:
    s = project.settings
    leaves = {c.id for c in project.leaves()}
    blocks = []
    for ind in project.industries:
        cols = tuple(
            ScoreColumn(3 + k, c.id, *((s.score_min, s.score_max) if c.id in leaves else (None, None)))
            for k, c in enumerate(project.industry_criteria(ind.id)))
        rows = tuple((top + 4 + k, d.id) for k, d in enumerate(ind.directions))
        block = ScoreBlock(ind.id, top, cols, rows)
        blocks.append(block)
        top = block.bottom + 3
    return tuple(blocks), top


def plan_questionnaire(project, expert_ids, kind: str, lang: str, *, round: int = 1,
                       feedback: bool = False) -> WorkbookPlan:
    """The layout of a per-expert (``kind="expert"``) or panel (``"panel"``) questionnaire of
    round ``round``; ``feedback`` adds the previous round's feedback columns."""
    taken = {META_SHEET}
    instructions = L.sheet_title(tr("q.sheet.instructions", lang), taken)
    sheets: list[SheetPlan] = []
    if kind == "expert":
        (eid,) = expert_ids
        jblocks, _ = _judgment_blocks(project, 4, feedback)
        sheets.append(SheetPlan(L.sheet_title(tr("q.sheet.judgments", lang), taken), "judgments",
                                eid, judgment_blocks=jblocks))
        for ind in project.industries:
            sblocks, _ = _score_blocks(project.replace(industries=(ind,)), 4)
            sheets.append(SheetPlan(L.sheet_title(ind.label.get(lang), taken), "scores", eid,
                                    score_blocks=sblocks))
    elif kind == "panel":
        for eid in expert_ids:
            expert = project.expert(eid)
            jblocks, top = _judgment_blocks(project, 4, feedback)
            sblocks, _ = _score_blocks(project, top + 1)
            sheets.append(SheetPlan(L.sheet_title(expert.name or eid, taken), "expert", eid,
                                    judgment_blocks=jblocks, score_blocks=sblocks))
    else:
        raise ValueError(f"unknown questionnaire kind {kind!r}")
    return WorkbookPlan(kind, lang, tuple(expert_ids), tuple(sheets), instructions, round,
                        feedback)


def COL_LETTER(n: int) -> str:  # noqa: N802 - used next to the COL_* constants
    return L.col(n)


col_letter = COL_LETTER

"""Writing one judgment block or one industry's score block of a questionnaire.

Every answer cell is recorded as issued (:mod:`.record`): what it showed and the project's value
then. Judgment cells are text-formatted (so "1/5" stays text, not a date) with a drop-down of the
verbal levels that accepts the other spellings of :mod:`.answers` too; the value column and the
check column look every cell up in that table. Measured criteria (an industry's own criteria)
show the project's value read-only, unless the facilitator asks the experts to supply them or
the project has no value to show.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.styles import Alignment

from mcdm.errors import Location, MCDMError
from mcdm.excel import layout as L
from mcdm.excel.labels import levels, tr
from mcdm.excel.questionnaire import plan as P
from mcdm.excel.questionnaire.feedback import write_feedback
from mcdm.excel.questionnaire.record import Issued
from mcdm.excel.questionnaire.scale import level_of_value

META = L.quote_sheet(P.META_SHEET)
LEVEL_VALUES = f"{META}!$F$2:$F$10"
COL_SPELLING, COL_SPELLED_VALUE = 12, 13  # L, M of the metadata sheet
TEXT_FORMAT = "@"


def spelling_ranges(count: int) -> tuple[str, str]:
    return (f"{META}!$L$2:$L${count + 1}", f"{META}!$M$2:$M${count + 1}")


@dataclass
class Issue:
    """What writing a questionnaire needs, and the record it builds."""

    project: object
    plan: P.WorkbookPlan
    prefill: bool
    measured: str  # "fixed" | "ask"
    values: tuple[float, ...]
    feedback: object | None  # mcdm.project.rounds.RoundFeedback
    spellings: int
    record: list = field(default_factory=list)
    sheet: int = 0  # index of the sheet being written (from 1)

    @property
    def lang(self) -> str:
        return self.plan.lang

    def note(self, cell, shown, project_value, fixed: bool = False) -> None:
        self.record.append((self.sheet, cell.coordinate, Issued(shown, project_value, fixed)))


def nearest_value(value: float, scale: str) -> float:
    """A prefilled judgment off the scale (e.g. typed in the app) shows as its nearest level."""
    from mcdm.ahp.scales import nearest_value as nearest

    return nearest(value, scale)


def _look(cell: str, count: int) -> str:
    """The a(A, B) a cell's text stands for when typed in the "A matters more" column (#N/A if
    none): a whole number 1..9, or a spelling of the table after TRIM — then compared with
    ``=`` so that ``*`` and ``?`` are never wildcards."""
    spell, spelled = spelling_ranges(count)
    m = f"MATCH(TRIM({cell}),{spell},0)"
    # TRUE/FALSE is no answer (LibreOffice would count it as the number 1 or 0).
    return (f"IF(ISLOGICAL({cell}),NA(),IF(ISNUMBER({cell}),IF(AND({cell}=INT({cell}),"
            f"{cell}>=1,{cell}<=9),INDEX({LEVEL_VALUES},{cell}),NA()),"
            f"IF(INDEX({spell},{m})=TRIM({cell}),INDEX({spelled},{m}),NA())))")


def value_formula(a: str, b: str, count: int) -> str:
    """The judgment a(A, B) of a pair row, "" when unanswered, answered twice or unknown."""
    ea, eb = f'TRIM({a})=""', f'TRIM({b})=""'
    return (f'=IF(OR(AND({ea},{eb}),AND(NOT({ea}),NOT({eb}))),"",'
            f'IFERROR(IF(NOT({ea}),{_look(a, count)},1/{_look(b, count)}),""))')


def _shown_label(value: float, issue: Issue) -> tuple[str, bool, float]:
    """(label, in the A column, the a(A,B) the label stands for) for a judgment value."""
    k, forward = level_of_value(nearest_value(value, issue.project.settings.scale), issue.values)
    v = issue.values[k - 1]
    return levels(issue.lang)[k - 1], forward, (v if forward else 1.0 / v)


def write_judgment_block(ws, issue: Issue, block: P.JudgmentBlock, expert_id: str, dv) -> None:
    project, lang = issue.project, issue.lang
    node = project.node(block.node_id)
    if len(block.items) > P.MAX_ITEMS:
        raise MCDMError("questionnaire.too_many_items",
                        f"{node.id} has {len(block.items)} sub-criteria",
                        location=Location(field=node.id),
                        expected=f"at most {P.MAX_ITEMS} (AHP advises at most 9)",
                        params={"node": node.id, "count": len(block.items)})
    path = " › ".join(n.label.get(lang) for n in project.path(node.id))
    n = len(block.items)
    L.section(ws, block.top, f"{tr('q.node', lang)}: {path}", lang=lang,
              width=block.col_matrix + 1 + n)
    heads = [tr(k, lang) for k in ("q.no", "q.item_a", "q.a_more", "q.b_more", "q.item_b",
                                   "q.value", "q.check")]
    if issue.plan.feedback:
        k = issue.feedback.round
        heads += [tr("q.own", lang, k=k), tr("q.group", lang, k=k), tr("q.spread", lang),
                  tr("q.far", lang), tr("q.reason", lang)]
    L.header(ws, block.header_row, 1, heads, lang=lang)
    ws.row_dimensions[block.header_row].height = 34 if lang == "zh" and not issue.plan.feedback \
        else 48
    first, last = block.first_row, block.first_row + len(block.pairs) - 1
    dv.add(block.answers)
    pair_row = {}
    for k, pr in enumerate(block.pairs, start=1):
        r = pr.row
        pair_row[(pr.a, pr.b)] = r
        L.put(ws, r, P.COL_NO, k, lang=lang, border=True)
        L.put(ws, r, P.COL_A, project.node(pr.a).label.get(lang), lang=lang, border=True)
        L.put(ws, r, P.COL_B, project.node(pr.b).label.get(lang), lang=lang, border=True)
        a_cell, b_cell = (ws.cell(row=r, column=c) for c in (P.COL_A_MORE, P.COL_B_MORE))
        for cell in (a_cell, b_cell):
            L.input_cell(cell, lang, TEXT_FORMAT)
        current = project.judgment(expert_id, node.id, pr.a, pr.b)
        shown = None
        if issue.prefill and current is not None:
            label, forward, shown = _shown_label(current, issue)
            (a_cell if forward else b_cell).value = label
        issue.note(a_cell, shown, current)
        A, B = a_cell.coordinate, b_cell.coordinate
        L.formula(ws, r, P.COL_VALUE, value_formula(A, B, issue.spellings), lang=lang,
                  fmt="0.000")
        both, unknown = tr("q.both_sides", lang), tr("q.unknown_level", lang)
        L.formula(ws, r, P.COL_CHECK,
                  f'=IF(AND(TRIM({A})<>"",TRIM({B})<>""),"{both}",'
                  f'IF(AND(OR(TRIM({A})<>"",TRIM({B})<>""),NOT(ISNUMBER(F{r}))),"{unknown}",""))',
                  lang=lang, fill=None)
        if issue.plan.feedback:
            _write_round_columns(ws, issue, expert_id, node.id, pr, r)
        for c, v in ((P.COL_ID1, node.id), (P.COL_ID2, pr.a), (P.COL_ID3, pr.b)):
            L.put(ws, r, c, v)
    L.red_when(ws, L.area(first, 1, last, P.COL_CHECK, absolute=False), f'$G{first}<>""')
    if issue.plan.feedback:
        far = L.area(first, P.COL_FAR, last, P.COL_FAR, absolute=False)
        L.red_when(ws, far, f'{L.ref(first, P.COL_FAR)}<>""')
    write_feedback(ws, project, block, lang, pair_row)


def _write_round_columns(ws, issue: Issue, expert_id: str, node_id: str, pr, r: int) -> None:
    """The expert's previous answer, the group's judgment and spread, far-from-group, reason."""
    from mcdm.project.rounds import FAR_MIN_RATIO, FAR_SDS

    lang, fb = issue.lang, issue.feedback.get(expert_id, node_id, pr.a, pr.b)
    own = "—"
    if fb.own is not None:
        label, forward, _ = _shown_label(fb.own, issue)
        own = f"{'A' if forward else 'B'}: {label}"
    L.put(ws, r, P.COL_OWN, own, lang=lang, border=True, fill=L.COMPUTED_FILL)
    for col, v in ((P.COL_GROUP, fb.group), (P.COL_SPREAD, fb.gsd)):
        L.put(ws, r, col, "—" if v is None else v, lang=lang, border=True, fmt="0.00",
              fill=L.COMPUTED_FILL)
    F, G, S = f"F{r}", L.ref(r, P.COL_GROUP), L.ref(r, P.COL_SPREAD)
    L.formula(ws, r, P.COL_FAR,
              f'=IF(AND(ISNUMBER({F}),ISNUMBER({G}),ISNUMBER({S})),IF(ABS(LN({F}/{G}))>'
              f'MAX({FAR_SDS!r}*LN({S}),LN({FAR_MIN_RATIO!r})),"{tr("q.far_mark", lang)}",""),"")',
              lang=lang, fill=None)
    cell = ws.cell(row=r, column=P.COL_REASON)
    current = issue.project.reason(expert_id, node_id, pr.a, pr.b)
    shown = current if issue.prefill else None
    if shown is not None:
        L.put(ws, r, P.COL_REASON, shown, lang=lang)  # stored as text, whatever it starts with
    L.input_cell(cell, lang, TEXT_FORMAT)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    issue.note(cell, shown, current)


def _panel_value(project, industry_id: str, direction_id: str, criterion_id: str):
    """The panel's value of a measured criterion when every expert who gave one agrees."""
    found = {v for (e, i, d, c), v in project.scores.items()
             if (i, d, c) == (industry_id, direction_id, criterion_id)}
    return float(found.pop()) if len(found) == 1 else None


def write_score_block(ws, issue: Issue, block: P.ScoreBlock, expert_id: str, dvs: dict,
                      score_validation) -> None:
    """The scores of one industry; ``dvs`` caches one range validation per (low, high)."""
    project, lang = issue.project, issue.lang
    ind = project.industry(block.industry_id)
    crit = {c.id: c for c in project.industry_criteria(ind.id)}
    L.section(ws, block.top, f"{tr('q.scores_title', lang)}: {ind.label.get(lang)}", lang=lang,
              width=1 + len(block.columns) + 1)
    ws.row_dimensions[block.ids_row].hidden = True
    L.header(ws, block.header_row, 1, [tr("q.no", lang), tr("q.direction", lang)], lang=lang)
    fixed_cols = set()
    for sc in block.columns:
        c = crit[sc.criterion_id]
        unit = f" ({c.unit})" if c.unit else ""
        L.put(ws, block.ids_row, sc.col, sc.criterion_id)
        L.header(ws, block.header_row, sc.col, [c.label.get(lang) + unit], lang=lang)
        if sc.low is not None:
            rng = f"{sc.low:g}–{sc.high:g}"
        elif issue.measured == "fixed":
            rng = tr("q.measured", lang)
            fixed_cols.add(sc.col)
        else:
            rng = tr("q.any_number", lang)
        if c.type < 0:
            rng += f" · {tr('q.cost', lang)}"
        cell = L.put(ws, block.range_row, sc.col, rng, lang=lang, color="595959", border=True,
                     wrap=True)
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    L.put(ws, block.range_row, 2, tr("q.range", lang), lang=lang, color="595959", border=True)
    ws.row_dimensions[block.header_row].height = 48
    editable: dict[int, list[int]] = {}
    for k, (r, did) in enumerate(block.rows, start=1):
        d = next(x for x in ind.directions if x.id == did)
        L.put(ws, r, 1, k, lang=lang, border=True)
        L.put(ws, r, 2, d.label.get(lang), lang=lang, border=True, wrap=True)
        L.put(ws, r, P.COL_ID1, ind.id)
        L.put(ws, r, P.COL_ID2, did)
        for sc in block.columns:
            if _score_cell(ws, issue, expert_id, ind.id, did, sc, r, sc.col in fixed_cols):
                editable.setdefault(sc.col, []).append(r)
    for sc in block.columns:  # range validation, one range per run of editable rows
        key = (sc.low, sc.high)
        if key not in dvs:
            dvs[key] = score_validation(lang, sc.low, sc.high)
            ws.add_data_validation(dvs[key])
        rows = editable.get(sc.col, [])
        start = 0
        for k in range(1, len(rows) + 1):
            if k == len(rows) or rows[k] != rows[k - 1] + 1:
                dvs[key].add(L.area(rows[start], sc.col, rows[k - 1], sc.col, absolute=False))
                start = k


def _score_cell(ws, issue: Issue, expert_id, industry_id, did, sc, r, fixed_col) -> bool:
    """Write one score cell; returns whether the expert may edit it."""
    project, lang = issue.project, issue.lang
    cell = ws.cell(row=r, column=sc.col)
    current = project.score(expert_id, industry_id, did, sc.criterion_id)
    measured = sc.low is None
    shown = current if (issue.prefill or measured) else None
    if fixed_col and shown is None:  # shown for reference only: leaving it changes nothing
        shown = _panel_value(project, industry_id, did, sc.criterion_id)
    if fixed_col and shown is not None:  # read-only: the facilitator's measured value
        L.put(ws, r, sc.col, shown, lang=lang, border=True, fill=L.COMPUTED_FILL)
        issue.note(cell, shown, current, fixed=True)
        return False
    L.input_cell(cell, lang)
    if shown is not None:
        cell.value = shown
    issue.note(cell, shown, current)
    return True

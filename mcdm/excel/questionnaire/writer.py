"""Expert questionnaires: one workbook per expert, or one for the whole panel (a sheet per expert).

Each tree node with two or more children becomes a block of pair rows (:mod:`.blocks`): the
expert picks, from a drop-down in the "A matters more" or the "B matters more" column, how much
more (Saaty's verbal levels, mapped to numbers by the project's scale; other spellings are
accepted too, :mod:`.answers`). Beside the pairs the block shows the judgment matrix, the weights
by the project's method, GCI and CR as live formulas (:mod:`.feedback`), so the expert sees red
while still offline. From round 2 on, each pair also shows the previous round's feedback and a
reason column. Score sheets carry range validation; measured criteria are the facilitator's and
shown read-only. Everything except the answer cells is locked (sheet protection without a
password). The hidden metadata sheet records what every answer cell showed when issued
(:mod:`.record`), so that importing it back changes only what the expert changed.
"""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.dimensions import ColumnDimension

import mcdm
from mcdm.errors import Location, MCDMError
from mcdm.excel import layout as L
from mcdm.excel.labels import levels, tr
from mcdm.excel.questionnaire import plan as P
from mcdm.excel.questionnaire.answers import spellings
from mcdm.excel.questionnaire.blocks import (
    COL_SPELLED_VALUE,
    COL_SPELLING,
    Issue,
    nearest_value,
    write_judgment_block,
    write_score_block,
)
from mcdm.excel.questionnaire.record import write_record
from mcdm.excel.questionnaire.scale import scale_values

__all__ = ["MEASURED", "build_questionnaire", "nearest_value", "write_panel_questionnaire",
           "write_questionnaire"]

MEASURED = ("fixed", "ask")  # measured criteria: shown read-only, or supplied by the experts


def _level_validation(lang: str) -> DataValidation:
    # No error alert: the drop-down offers the labels, and the other accepted spellings
    # (a bare 5, "5明显重要", "1/5") must not be refused; the check column says what is not.
    return DataValidation(type="list", formula1='"' + ",".join(levels(lang)) + '"',
                          allow_blank=True, showErrorMessage=False)


def _score_validation(lang: str, lo: float | None, hi: float | None) -> DataValidation:
    if lo is None:
        msg = tr("q.error_number", lang)
        lo, hi = -1e15, 1e15
    else:
        msg = tr("q.error_score", lang, lo=f"{lo:g}", hi=f"{hi:g}")
    return DataValidation(type="decimal", operator="between", formula1=f"{lo:g}", formula2=f"{hi:g}",
                          allow_blank=True, showErrorMessage=True,
                          errorTitle=tr("q.error_title", lang), error=msg)


def _write_meta(wb: Workbook, project, issue: Issue, values: tuple[float, ...]) -> None:
    plan = issue.plan
    ws = wb.create_sheet(P.META_SHEET)
    rows = [("format", P.FORMAT), ("format_version", P.FORMAT_VERSION), ("kind", plan.kind),
            ("project_id", project.id), ("template", project.template),
            ("structure", P.fingerprint(project)), ("lang", plan.lang),
            ("experts", json.dumps(list(plan.expert_ids), ensure_ascii=False)),
            ("scale", project.settings.scale),
            ("generator", f"FourChains Decision Studio {mcdm.__version__}"),
            ("round", plan.round), ("feedback", 1 if plan.feedback else 0),
            ("prefill", 1 if issue.prefill else 0), ("measured", issue.measured)]
    for i, (k, v) in enumerate(rows, start=1):
        L.put(ws, i, 1, k)
        L.put(ws, i, 2, v)
    L.put(ws, 1, 5, "level")
    L.put(ws, 1, 6, "value")
    for k, (label, v) in enumerate(zip(levels(plan.lang), values, strict=True), start=2):
        L.put(ws, k, 5, label)
        L.put(ws, k, 6, v)
    L.put(ws, 1, 8, "sheet")
    L.put(ws, 1, 9, "role")
    L.put(ws, 1, 10, "expert_id")
    for k, sp in enumerate(plan.sheets, start=2):
        L.put(ws, k, 8, sp.title)
        L.put(ws, k, 9, sp.role)
        L.put(ws, k, 10, sp.expert_id)
    # The accepted spellings of a judgment and the a(A, B) each stands for in the A column.
    L.put(ws, 1, COL_SPELLING, "spelling")
    L.put(ws, 1, COL_SPELLED_VALUE, "value")
    for k, (text, level) in enumerate(spellings(), start=2):
        L.put(ws, k, COL_SPELLING, text)
        v = values[abs(level) - 1]
        ws.cell(row=k, column=COL_SPELLED_VALUE, value=v if level > 0 else 1.0 / v)
    write_record(ws, issue.record)
    ws.sheet_state = "veryHidden"
    L.protect(ws)


def _write_instructions(ws, project, plan: P.WorkbookPlan, values: tuple[float, ...]) -> None:
    lang = plan.lang
    title = tr("q.panel_title" if plan.kind == "panel" else "q.title", lang)
    if plan.round > 1:
        title += " · " + tr("q.round", lang, k=plan.round)
    L.title(ws, title, lang=lang, subtitle=project.title.get(lang))
    names = ", ".join(project.expert(e).name for e in plan.expert_ids)
    L.put(ws, 4, 1, tr("q.expert", lang), lang=lang, bold=True)
    L.put(ws, 4, 2, names, lang=lang)
    row = 5
    if project.illustrative:
        L.put(ws, row, 1, tr("q.illustrative", lang), lang=lang, bold=True, color="C00000")
        row += 1
    row += 1
    paragraphs = tr("q.instructions", lang).split("\n")
    if plan.feedback:
        paragraphs.insert(0, tr("q.instructions_round", lang, k=plan.round, prev=plan.round - 1))
    for para in paragraphs:
        c = L.put(ws, row, 1, para, lang=lang, wrap=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        ws.row_dimensions[row].height = 15 * max(1, int(L.text_width(para) / 110) + 1)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        row += 1
    row += 1
    L.header(ws, row, 1, [tr("q.level", lang), tr("q.level_value", lang), tr("q.level_reverse", lang)],
             lang=lang)
    for k, (label, v) in enumerate(zip(levels(lang), values, strict=True)):
        L.put(ws, row + 1 + k, 1, label, lang=lang, border=True)
        L.put(ws, row + 1 + k, 2, v, lang=lang, border=True, fmt="0.###")
        L.put(ws, row + 1 + k, 3, f"1/{v:g}", lang=lang, border=True)
    L.widths(ws, {1: 30, 2: 16, 3: 16, 4: 16, 5: 16, 6: 16})
    L.protect(ws)
    L.print_setup(ws, landscape=False)


def build_questionnaire(project, expert_ids, *, kind: str = "expert", lang: str | None = None,
                        prefill: bool | None = None, measured: str = "fixed") -> Workbook:
    """The questionnaire workbook (not yet saved); see :func:`write_questionnaire`."""
    lang = lang or project.settings.language
    for eid in expert_ids:
        project.expert(eid)  # unknown experts raise ProjectError before anything is built
    if measured not in MEASURED:
        raise MCDMError("questionnaire.measured_option", f"measured={measured!r}",
                        location=Location(field="measured"), expected="'fixed' or 'ask'",
                        params={"value": measured})
    from mcdm.project.rounds import round_feedback

    feedback = round_feedback(project)
    if prefill is None:  # round 2 on: the answer cells hold the previous round's answers
        prefill = feedback is not None
    values = scale_values(project.settings.scale)
    plan = P.plan_questionnaire(project, expert_ids, kind, lang, round=project.current_round,
                                feedback=feedback is not None)
    issue = Issue(project, plan, bool(prefill), measured, values, feedback, len(spellings()))
    wb = Workbook()
    _write_instructions(wb.active, project, plan, values)
    wb.active.title = plan.instructions_title
    for index, sp in enumerate(plan.sheets, start=1):
        issue.sheet = index
        ws = wb.create_sheet(sp.title)
        title = f"{tr('q.title', lang)} · {project.expert(sp.expert_id).name}"
        if plan.round > 1:
            title += f" · {tr('q.round', lang, k=plan.round)}"
        L.title(ws, title, lang=lang, subtitle=project.title.get(lang))
        dv = _level_validation(lang)
        ws.add_data_validation(dv)
        for block in sp.judgment_blocks:
            write_judgment_block(ws, issue, block, sp.expert_id, dv)
        dvs: dict = {}
        for block in sp.score_blocks:
            write_score_block(ws, issue, block, sp.expert_id, dvs, _score_validation)
        _layout(ws, sp, lang, plan.feedback)
    _write_meta(wb, project, issue, values)
    return wb


def _layout(ws, sp: P.SheetPlan, lang: str, feedback: bool) -> None:
    """Column widths, frozen panes, hidden helper columns, protection and printing."""
    zh = lang == "zh"
    L.widths(ws, {1: 6, 2: 30 if zh else 42, 3: 18 if zh else 22, 4: 18 if zh else 22,
                  5: 30 if zh else 42, 6: 12, 7: 14, 8: 12})
    col_matrix = P.COL_MATRIX_ROUNDS if feedback else P.COL_MATRIX
    if feedback:
        L.widths(ws, {P.COL_OWN: 22 if zh else 26, P.COL_GROUP: 14, P.COL_SPREAD: 12,
                      P.COL_FAR: 12, P.COL_REASON: 30, P.COL_REASON + 1: 3})
    L.widths(ws, {col_matrix: 26 if zh else 36})
    for j in range(col_matrix + 1, col_matrix + 12):
        L.widths(ws, {j: 12 if zh else 15})
    if sp.role == "scores":
        widest = max(len(b.columns) for b in sp.score_blocks) if sp.score_blocks else 0
        L.widths(ws, {2: 36 if zh else 44, **{3 + k: 14 for k in range(widest)}})
        top = sp.score_blocks[0]
        ws.freeze_panes = ws.cell(row=top.range_row + 1, column=3)
    else:
        ws.freeze_panes = "A4"
    # One <col> element for all the hidden helper columns (a per-column entry costs the
    # importer's parser for nothing).
    ws.column_dimensions[L.col(P.COL_HIDDEN_FIRST)] = ColumnDimension(
        ws, min=P.COL_HIDDEN_FIRST, max=P.COL_HIDDEN_LAST, hidden=True)
    L.protect(ws)
    L.print_setup(ws, landscape=True, title_rows="1:2")


def _save(wb: Workbook, path) -> Path:
    return L.save_workbook(wb, path)


def write_questionnaire(project, expert_id: str, path, *, lang: str | None = None,
                        prefill: bool | None = None, measured: str = "fixed") -> Path:
    """Write ``expert_id``'s questionnaire of the project's current round to ``path`` (.xlsx).

    Parameters
    ----------
    lang : "zh" or "en", optional
        The questionnaire's language (default: the project's, ``settings.language``).
    prefill : bool, optional
        Show the expert's current answers in the answer cells. Default: no in round 1, yes from
        round 2 on (the previous round's answers, to keep or change). Either way importing the
        questionnaire back changes only the cells the expert changed.
    measured : "fixed" or "ask"
        Measured criteria (an industry's own criteria) shown read-only with the project's
        values, or left for the experts to supply. A measured cell with no value to show is
        always left to the expert.
    """
    return _save(build_questionnaire(project, [expert_id], kind="expert", lang=lang,
                                     prefill=prefill, measured=measured), path)


def write_panel_questionnaire(project, path, *, lang: str | None = None, expert_ids=None,
                              prefill: bool | None = None, measured: str = "fixed") -> Path:
    """One workbook for the whole panel (or ``expert_ids``), one sheet per expert; the options
    are those of :func:`write_questionnaire`."""
    ids = list(expert_ids) if expert_ids is not None else list(project.expert_ids())
    return _save(build_questionnaire(project, ids, kind="panel", lang=lang, prefill=prefill,
                                     measured=measured), path)

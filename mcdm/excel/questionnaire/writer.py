"""Expert questionnaires: one workbook per expert, or one for the whole panel (a sheet per expert).

Each tree node with two or more children becomes a block of pair rows: the expert picks, from a
drop-down in the "A matters more" or the "B matters more" column, how much more (Saaty's verbal
levels, mapped to numbers by the project's scale). Beside the pairs the block shows the judgment
matrix, row-geometric-mean weights and the geometric consistency index GCI (Aguarón & Moreno-
Jiménez 2003, thresholds 0.31 / 0.35 / 0.37 for n = 3 / 4 / ≥5), all as live formulas, so the
expert sees a red GCI while still offline. Score sheets carry range validation. Everything except
the answer cells is locked (sheet protection without a password).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.worksheet.datavalidation import DataValidation

import mcdm
from mcdm.errors import Location, MCDMError
from mcdm.excel import layout as L
from mcdm.excel.labels import levels, tr
from mcdm.excel.questionnaire import plan as P
from mcdm.excel.questionnaire.feedback import write_feedback
from mcdm.excel.questionnaire.scale import level_of_value, scale_values

LEVEL_RANGE = f"{L.quote_sheet(P.META_SHEET)}!$E$2:$E$10"
VALUE_RANGE = f"{L.quote_sheet(P.META_SHEET)}!$F$2:$F$10"


def nearest_value(value: float, scale: str) -> float:
    """A prefilled judgment off the scale (e.g. typed in the app) shows as its nearest level."""
    from mcdm.ahp.scales import nearest_value as nearest

    return nearest(value, scale)


def _level_validation(lang: str) -> DataValidation:
    dv = DataValidation(type="list", formula1='"' + ",".join(levels(lang)) + '"', allow_blank=True,
                        showErrorMessage=True, errorTitle=tr("q.error_title", lang),
                        error=tr("q.error_level", lang))
    return dv


def _score_validation(lang: str, lo: float | None, hi: float | None) -> DataValidation:
    if lo is None:
        msg = tr("q.error_number", lang)
        lo, hi = -1e15, 1e15
    else:
        msg = tr("q.error_score", lang, lo=f"{lo:g}", hi=f"{hi:g}")
    return DataValidation(type="decimal", operator="between", formula1=f"{lo:g}", formula2=f"{hi:g}",
                          allow_blank=True, showErrorMessage=True,
                          errorTitle=tr("q.error_title", lang), error=msg)


def _write_judgment_block(ws, project, block: P.JudgmentBlock, expert_id: str, lang: str,
                          dv: DataValidation, prefill: bool, values: tuple[float, ...]) -> None:
    node = project.node(block.node_id)
    if len(block.items) > P.MAX_ITEMS:
        raise MCDMError("questionnaire.too_many_items",
                        f"{node.id} has {len(block.items)} sub-criteria",
                        location=Location(field=node.id),
                        expected=f"at most {P.MAX_ITEMS} (AHP advises at most 9)",
                        params={"node": node.id, "count": len(block.items), "limit": P.MAX_ITEMS})
    path = " › ".join(n.label.get(lang) for n in project.path(node.id))
    n = len(block.items)
    L.section(ws, block.top, f"{tr('q.node', lang)}: {path}", lang=lang, width=COL_LAST(n))
    L.header(ws, block.header_row, 1, [tr("q.no", lang), tr("q.item_a", lang), tr("q.a_more", lang),
                                       tr("q.b_more", lang), tr("q.item_b", lang), tr("q.value", lang),
                                       tr("q.check", lang)], lang=lang)
    ws.row_dimensions[block.header_row].height = 34 if lang == "zh" else 48
    pair_row = {}
    for k, pr in enumerate(block.pairs, start=1):
        r = pr.row
        pair_row[(pr.a, pr.b)] = r
        L.put(ws, r, P.COL_NO, k, lang=lang, border=True)
        L.put(ws, r, P.COL_A, project.node(pr.a).label.get(lang), lang=lang, border=True)
        L.put(ws, r, P.COL_B, project.node(pr.b).label.get(lang), lang=lang, border=True)
        a_cell, b_cell = (ws.cell(row=r, column=c) for c in (P.COL_A_MORE, P.COL_B_MORE))
        for cell in (a_cell, b_cell):
            L.unlock(cell)
            cell.font = L.font(lang)
            dv.add(cell)
        if prefill:
            v = project.judgment(expert_id, node.id, pr.a, pr.b)
            if v is not None:
                k_level, forward = level_of_value(nearest_value(v, project.settings.scale), values)
                (a_cell if forward else b_cell).value = levels(lang)[k_level - 1]
        A, B = a_cell.coordinate, b_cell.coordinate
        look = f"INDEX({VALUE_RANGE},MATCH({{}},{LEVEL_RANGE},0))"
        L.formula(ws, r, P.COL_VALUE,
                  f'=IF(OR(AND({A}="",{B}=""),AND({A}<>"",{B}<>"")),"",IFERROR(IF({A}<>"",'
                  f'{look.format(A)},1/{look.format(B)}),""))', lang=lang, fmt="0.000")
        L.formula(ws, r, P.COL_CHECK,
                  f'=IF(AND({A}<>"",{B}<>""),"{tr("q.both_sides", lang)}",'
                  f'IF(AND(OR({A}<>"",{B}<>""),NOT(ISNUMBER(F{r}))),"{tr("q.unknown_level", lang)}",""))',
                  lang=lang, fill=None)
        for c, v in ((P.COL_ID1, node.id), (P.COL_ID2, pr.a), (P.COL_ID3, pr.b)):
            L.put(ws, r, c, v)
    first, last = block.first_row, block.first_row + len(block.pairs) - 1
    L.red_when(ws, L.area(first, 1, last, P.COL_CHECK, absolute=False), f'$G{first}<>""')

    write_feedback(ws, project, block, lang, pair_row)


def COL_LAST(n: int) -> int:  # noqa: N802 - reads like the constant it stands for
    return P.COL_MATRIX + 1 + n


def _write_score_block(ws, project, block: P.ScoreBlock, expert_id: str, lang: str,
                       dvs: dict, prefill: bool) -> None:
    ind = project.industry(block.industry_id)
    crit = {c.id: c for c in project.industry_criteria(ind.id)}
    L.section(ws, block.top, f"{tr('q.scores_title', lang)}: {ind.label.get(lang)}", lang=lang,
              width=1 + len(block.columns) + 1)
    ws.row_dimensions[block.ids_row].hidden = True
    L.header(ws, block.header_row, 1, [tr("q.no", lang), tr("q.direction", lang)], lang=lang)
    for sc in block.columns:
        c = crit[sc.criterion_id]
        unit = f" ({c.unit})" if c.unit else ""
        L.put(ws, block.ids_row, sc.col, sc.criterion_id)
        L.header(ws, block.header_row, sc.col, [c.label.get(lang) + unit], lang=lang)
        rng = f"{sc.low:g}–{sc.high:g}" if sc.low is not None else tr("q.any_number", lang)
        if c.type < 0:
            rng += f" · {tr('q.cost', lang)}"
        cell = L.put(ws, block.range_row, sc.col, rng, lang=lang, color="595959", border=True)
        cell.alignment = Alignment(horizontal="center")
    L.put(ws, block.range_row, 2, tr("q.range", lang), lang=lang, color="595959", border=True)
    ws.row_dimensions[block.header_row].height = 48
    for k, (r, did) in enumerate(block.rows, start=1):
        d = next(x for x in ind.directions if x.id == did)
        L.put(ws, r, 1, k, lang=lang, border=True)
        L.put(ws, r, 2, d.label.get(lang), lang=lang, border=True, wrap=True)
        L.put(ws, r, P.COL_ID1, ind.id)
        L.put(ws, r, P.COL_ID2, did)
        for sc in block.columns:
            cell = ws.cell(row=r, column=sc.col)
            L.unlock(cell)
            cell.font = L.font(lang)
            cell.number_format = "General"
            key = (sc.low, sc.high)
            if key not in dvs:
                dvs[key] = _score_validation(lang, sc.low, sc.high)
                ws.add_data_validation(dvs[key])
            dvs[key].add(cell)
            if prefill:
                v = project.score(expert_id, ind.id, did, sc.criterion_id)
                if v is not None:
                    cell.value = v


def _write_meta(wb: Workbook, project, plan: P.WorkbookPlan, values: tuple[float, ...]) -> None:
    ws = wb.create_sheet(P.META_SHEET)
    rows = [("format", P.FORMAT), ("format_version", P.FORMAT_VERSION), ("kind", plan.kind),
            ("project_id", project.id), ("template", project.template),
            ("structure", P.fingerprint(project)), ("lang", plan.lang),
            ("experts", json.dumps(list(plan.expert_ids), ensure_ascii=False)),
            ("scale", project.settings.scale), ("generator", f"FourChains Decision Studio {mcdm.__version__}")]
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
    ws.sheet_state = "veryHidden"
    L.protect(ws)


def _write_instructions(ws, project, plan: P.WorkbookPlan, values: tuple[float, ...]) -> None:
    lang = plan.lang
    title = tr("q.panel_title" if plan.kind == "panel" else "q.title", lang)
    L.title(ws, title, lang=lang, subtitle=project.title.get(lang))
    names = ", ".join(project.expert(e).name for e in plan.expert_ids)
    L.put(ws, 4, 1, tr("q.expert", lang), lang=lang, bold=True)
    L.put(ws, 4, 2, names, lang=lang)
    row = 5
    if project.illustrative:
        L.put(ws, row, 1, tr("q.illustrative", lang), lang=lang, bold=True, color="C00000")
        row += 1
    row += 1
    for para in tr("q.instructions", lang).split("\n"):
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
                        prefill: bool = False) -> Workbook:
    """The questionnaire workbook (not yet saved); see :func:`write_questionnaire`."""
    lang = lang or project.settings.language
    for eid in expert_ids:
        project.expert(eid)  # unknown experts raise ProjectError before anything is built
    values = scale_values(project.settings.scale)
    plan = P.plan_questionnaire(project, expert_ids, kind, lang)
    wb = Workbook()
    _write_instructions(wb.active, project, plan, values)
    wb.active.title = plan.instructions_title
    for sp in plan.sheets:
        ws = wb.create_sheet(sp.title)
        L.title(ws, f"{tr('q.title', lang)} · {project.expert(sp.expert_id).name}", lang=lang,
                subtitle=project.title.get(lang))
        dv = _level_validation(lang)
        ws.add_data_validation(dv)
        for block in sp.judgment_blocks:
            _write_judgment_block(ws, project, block, sp.expert_id, lang, dv, prefill, values)
        dvs: dict = {}
        for block in sp.score_blocks:
            _write_score_block(ws, project, block, sp.expert_id, lang, dvs, prefill)
        zh = lang == "zh"
        L.widths(ws, {1: 6, 2: 30 if zh else 42, 3: 18 if zh else 22, 4: 18 if zh else 22,
                      5: 30 if zh else 42, 6: 12, 7: 14, 8: 3, P.COL_MATRIX: 26 if zh else 36})
        for j in range(P.COL_MATRIX + 1, P.COL_MATRIX + 12):
            L.widths(ws, {j: 12 if zh else 15})
        L.widths(ws, {8: 12})
        if sp.role == "scores":
            widest = max(len(b.columns) for b in sp.score_blocks) if sp.score_blocks else 0
            L.widths(ws, {2: 36 if zh else 44, **{3 + k: 14 for k in range(widest)}})
            top = sp.score_blocks[0]
            ws.freeze_panes = ws.cell(row=top.range_row + 1, column=3)
        else:
            ws.freeze_panes = "A4"
        for c in range(P.COL_ID1, P.COL_HIDDEN_LAST + 1):
            ws.column_dimensions[L.col(c)].hidden = True
        L.protect(ws)
        L.print_setup(ws, landscape=True, title_rows="1:2")
    _write_meta(wb, project, plan, values)
    return wb


def _save(wb: Workbook, path) -> Path:
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    os.replace(tmp, path)
    return path


def write_questionnaire(project, expert_id: str, path, *, lang: str | None = None,
                        prefill: bool = False) -> Path:
    """Write ``expert_id``'s questionnaire to ``path`` (.xlsx); ``prefill`` copies current answers.

    ``lang`` defaults to the project's language (``settings.language``).
    """
    return _save(build_questionnaire(project, [expert_id], kind="expert", lang=lang,
                                     prefill=prefill), path)


def write_panel_questionnaire(project, path, *, lang: str | None = None, expert_ids=None,
                              prefill: bool = False) -> Path:
    """One workbook for the whole panel (or ``expert_ids``), one sheet per expert."""
    ids = list(expert_ids) if expert_ids is not None else list(project.expert_ids())
    return _save(build_questionnaire(project, ids, kind="panel", lang=lang, prefill=prefill), path)

"""Fill a questionnaire programmatically, the way an expert would: verbal levels in the answer
columns (in the questionnaire's language), numbers in the score cells, reasons as text.

For the sample panel's shipped questionnaires, the benchmarks and the tests: what a filled
questionnaire looks like is then generated from a project, never typed by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from mcdm.excel.labels import levels
from mcdm.excel.questionnaire import plan as P
from mcdm.excel.questionnaire.record import COL_RECORD, read_record
from mcdm.excel.questionnaire.scale import level_of_value, scale_values

__all__ = ["fill_answers", "fill_workbook", "meta_of", "plan_of"]


def meta_of(wb) -> dict:
    """The metadata of a questionnaire workbook (openpyxl): keys, sheet titles, the record."""
    ws = wb[P.META_SHEET]
    meta = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=2).value for r in range(1, 21)}
    meta["titles"] = [ws.cell(row=r, column=8).value for r in range(2, 200)
                      if ws.cell(row=r, column=8).value is not None]
    rows = ws.iter_rows(min_col=COL_RECORD, max_col=COL_RECORD + 4, values_only=True)
    meta["record"] = read_record(rows) or {}
    return meta


def plan_of(project, wb) -> tuple[P.WorkbookPlan, dict, dict]:
    """(plan, meta, {sheet title: (index, SheetPlan)}) of a questionnaire of ``project``."""
    meta = meta_of(wb)
    plan = P.plan_questionnaire(project, json.loads(meta["experts"]), meta["kind"], meta["lang"],
                                round=meta.get("round") or 1,
                                feedback=meta.get("feedback") == 1)
    sheets = {t: (k, sp) for k, (t, sp) in enumerate(zip(meta["titles"], plan.sheets,
                                                         strict=True), start=1)}
    return plan, meta, sheets


def fill_workbook(wb, source) -> None:
    """Make every answer cell of ``wb`` say what ``source`` (a project) holds, blank where it
    holds nothing; read-only measured cells are left alone, as an expert must."""
    plan, meta, sheets = plan_of(source, wb)
    values = scale_values(source.settings.scale)
    words = levels(meta["lang"])
    record = meta["record"]
    for title, (index, sp) in sheets.items():
        ws = wb[title]
        for block in sp.judgment_blocks:
            for pr in block.pairs:
                v = source.judgment(sp.expert_id, block.node_id, pr.a, pr.b)
                a, b = ws.cell(row=pr.row, column=P.COL_A_MORE), ws.cell(row=pr.row,
                                                                       column=P.COL_B_MORE)
                a.value = b.value = None
                if v is not None:
                    k, forward = level_of_value(v, values)
                    (a if forward else b).value = words[k - 1]
                if plan.feedback:
                    ws.cell(row=pr.row, column=P.COL_REASON).value = source.reason(
                        sp.expert_id, block.node_id, pr.a, pr.b)
        for block in sp.score_blocks:
            for r, did in block.rows:
                for sc in block.columns:
                    cell = ws.cell(row=r, column=sc.col)
                    issued = record.get((index, cell.coordinate))
                    if issued is not None and issued.fixed:
                        continue
                    cell.value = source.score(sp.expert_id, block.industry_id, did,
                                              sc.criterion_id)


def fill_answers(path, source, out=None) -> Path:
    """Fill the questionnaire at ``path`` with ``source``'s answers; save to ``out`` (default:
    over ``path``) and return where."""
    wb = openpyxl.load_workbook(path)
    fill_workbook(wb, source)
    out = Path(out or path)
    wb.save(out)
    return out

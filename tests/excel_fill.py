"""Fill questionnaires the way an expert would, but programmatically (tests and the sample script)."""

from __future__ import annotations

import openpyxl

from mcdm.excel import plan as P
from mcdm.excel.labels import levels
from mcdm.excel.scale import level_of_value, scale_values


def read_meta(wb) -> dict:
    ws = wb[P.META_SHEET]
    meta = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=2).value for r in range(1, 21)}
    meta["titles"] = [ws.cell(row=r, column=8).value for r in range(2, 200)
                      if ws.cell(row=r, column=8).value is not None]
    return meta


def answer_cells(project, wb):
    """(plan, meta, {sheet title: SheetPlan}) of a generated questionnaire."""
    import json

    meta = read_meta(wb)
    plan = P.plan_questionnaire(project, json.loads(meta["experts"]), meta["kind"], meta["lang"])
    return plan, meta, dict(zip(meta["titles"], plan.sheets, strict=True))


def fill_workbook(wb, source) -> None:
    """Write ``source``'s judgments (as verbal levels) and scores into the answer cells."""
    plan, meta, sheets = answer_cells(source, wb)
    values = scale_values(source.settings.scale)
    words = levels(meta["lang"])
    for title, sp in sheets.items():
        ws = wb[title]
        for block in sp.judgment_blocks:
            for pr in block.pairs:
                v = source.judgment(sp.expert_id, block.node_id, pr.a, pr.b)
                if v is None:
                    continue
                k, forward = level_of_value(v, values)
                col = P.COL_A_MORE if forward else P.COL_B_MORE
                ws.cell(row=pr.row, column=col).value = words[k - 1]
        for block in sp.score_blocks:
            for r, did in block.rows:
                for sc in block.columns:
                    v = source.score(sp.expert_id, block.industry_id, did, sc.criterion_id)
                    if v is not None:
                        ws.cell(row=r, column=sc.col).value = v


def fill(path, source, out=None) -> str:
    wb = openpyxl.load_workbook(path)
    fill_workbook(wb, source)
    out = str(out or path)
    wb.save(out)
    return out

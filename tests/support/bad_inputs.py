"""Broken inputs a new user meets, built from the sample workshop: a questionnaire with wrong
answers, a project file with wrong values and one that is not JSON at all. The message and CLI
tests show what is said about them, in both languages.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import openpyxl

from mcdm.excel import write_questionnaire
from mcdm.excel.labels import levels
from mcdm.excel.questionnaire import plan as P
from mcdm.project.storage import dumps
from tests.support.excel import answer_cells


@dataclass(frozen=True)
class Fault:
    code: str
    sheet: str
    cell: str


def bad_questionnaire(project, expert: str, path: Path, lang: str) -> tuple[Path, list[Fault]]:
    """``expert``'s questionnaire (prefilled with their answers) with five wrong answers: a
    judgment off the scale, a pair answered on both sides, a score of 12 on a 1–9 scale, text in
    a score cell and a formula. Returns the file and where each fault is."""
    write_questionnaire(project, expert, path, lang=lang, prefill=True)
    wb = openpyxl.load_workbook(path)
    _, _, sheets = answer_cells(project, wb)
    jtitle, jsheet = next((t, s) for t, s in sheets.items() if s.judgment_blocks)
    stitle, ssheet = next((t, s) for t, s in sheets.items() if s.score_blocks)
    faults = []
    ws = wb[jtitle]
    pr = jsheet.judgment_blocks[0].pairs[0]
    cell = ws.cell(row=pr.row, column=P.COL_A_MORE)
    cell.value = "10 超级重要" if lang == "zh" else "10 beyond extreme"
    ws.cell(row=pr.row, column=P.COL_B_MORE).value = None
    faults.append(Fault("judgment.off_scale", jtitle, cell.coordinate))
    pr = jsheet.judgment_blocks[1].pairs[0]
    a = ws.cell(row=pr.row, column=P.COL_A_MORE)
    b = ws.cell(row=pr.row, column=P.COL_B_MORE)
    a.value = b.value = levels(lang)[2]
    faults.append(Fault("judgment.both_sides", jtitle, f"{a.coordinate}:{b.coordinate}"))
    ws = wb[stitle]
    block = ssheet.score_blocks[0]
    (r1, _), (r2, _), (r3, _) = block.rows[:3]
    col = block.columns[0].col
    text = "很高" if lang == "zh" else "high"
    for row, value, code in ((r1, 12, "score.out_of_range"), (r2, text, "score.not_a_number"),
                             (r3, "=1+1", "cell.formula")):
        c = ws.cell(row=row, column=col)
        c.value = value
        faults.append(Fault(code, stitle, c.coordinate))
    wb.save(path)
    return path, faults


def broken_project_file(project, path: Path) -> Path:
    """The project saved with an expert weight of −3, a score of 12 and a judgment of 0."""
    data = json.loads(dumps(project))
    data["experts"][3]["weight"] = -3
    e = data["scores"]["E1"]
    ind = next(iter(e))
    d = next(iter(e[ind]))
    e[ind][d][next(iter(e[ind][d]))] = 12
    nodes = data["judgments"]["E4"]
    node = next(iter(nodes))
    a = next(iter(nodes[node]))
    nodes[node][a][next(iter(nodes[node][a]))] = 0
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def not_json(path: Path) -> Path:
    """A project file cut off in the middle (what a crashed copy leaves)."""
    path.write_text('{"schema_version": 1, "id": "p", "experts": [{"id": "E1",,', encoding="utf-8")
    return path

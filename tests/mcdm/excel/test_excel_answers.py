"""One definition of a valid answer: every spelling of the table, and texts that are no answer,
written into a questionnaire's answer cells, recalculated by LibreOffice and read by the importer
— the sheet (its value and check columns) and the importer agree on every one."""

import math

import openpyxl
import pytest

from mcdm.excel import read_questionnaires, write_questionnaire
from mcdm.excel.questionnaire import plan as P
from mcdm.excel.questionnaire.answers import (
    is_blank,
    judgment_value,
    level_of_cell,
    number_of_text,
    spellings,
)
from mcdm.excel.questionnaire.scale import scale_values
from mcdm.project.model import Criterion, Expert, Project, Settings, Text
from tests.support.excel import answer_cells
from tests.support.recalc import recalculated_values

NOT_ANSWERS = ["10", "0", "5.5", "5 strongly", "5\tstrong", "*", "5*", "?", "~", "1/10", "1/0",
               "2/5", "１０", "強烈重要", "#N/A", "5 strong.", "five", "1 / 5", "5 明显", "½", "９ extreme!"]
ODD_BUT_FINE = ["  5 strong  ", "5  strong", "VERY STRONG", "Strong", "1/1", "  ", "", "9 EXTREME"]
NUMBERS = [5, 5.0, 1, 9, 0.2, 10, -3, 0, 1e-300, 2.5, 1e308]
# TRUE/FALSE: no answer for the importer and for Excel (ISLOGICAL); LibreOffice has no boolean
# cells (it reads them as 1 and 0), so they are left out of the comparison. Answer cells are
# text-formatted, so a typed TRUE arrives as the text "TRUE", which is among NOT_ANSWERS.
NOT_ANSWERS.append("TRUE")


def _project():
    """Three nodes of 20 items: 570 pair rows, room for every variant in either column."""
    def c(cid, kids=()):
        return Criterion(cid, Text(cid, cid), children=tuple(kids))
    goal = c("goal", [c(x, [c(f"{x}{k}") for k in range(20)]) for x in "XYZ"])
    return Project(id="answers", goal=goal, experts=(Expert("e1", "E"),),
                   settings=Settings(language="en", priority_method="geometric_mean"))


@pytest.fixture(scope="module")
def sheet_and_importer(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("answers")
    project = _project()
    path = write_questionnaire(project, "e1", tmp / "q.xlsx")
    wb = openpyxl.load_workbook(path)
    _, _, sheets = answer_cells(project, wb)
    title, sp = next((t, s) for t, s in sheets.items() if s.judgment_blocks)
    rows = [pr.row for b in sp.judgment_blocks for pr in b.pairs]
    variants = [t for t, _ in spellings()] + NOT_ANSWERS + ODD_BUT_FINE + NUMBERS
    cases = []  # (row, column, value): each variant in the A column, then in the B column
    for k, v in enumerate(variants + variants):
        cases.append((rows[k], P.COL_A_MORE if k < len(variants) else P.COL_B_MORE, v))
    assert len(cases) <= len(rows)
    ws = wb[title]
    for row, col, v in cases:
        cell = ws.cell(row=row, column=col)
        cell.value = v
        if isinstance(v, str):
            cell.data_type = "s"
    wb.save(path)
    values = recalculated_values(path, tmp)[title]
    return project, path, title, cases, values


def test_the_sheet_and_the_importer_agree_on_every_variant(sheet_and_importer):
    project, _, _, cases, values = sheet_and_importer
    scale = scale_values(project.settings.scale)
    agree = {"valid": 0, "invalid": 0, "blank": 0}
    for row, col, v in cases:
        side_a = col == P.COL_A_MORE
        sheet_value, check = values.get(f"F{row}"), values.get(f"G{row}")
        if is_blank(v):
            assert sheet_value is None, (v, sheet_value)
            assert check is None, (v, check)
            agree["blank"] += 1
            continue
        mine = judgment_value(v, scale, side_a)
        if mine is None:
            assert not isinstance(sheet_value, float), (v, sheet_value)
            assert check == "not on the scale", (v, check)
            agree["invalid"] += 1
        else:
            assert isinstance(sheet_value, (int, float)), (v, sheet_value, check)
            assert math.isclose(sheet_value, mine, rel_tol=1e-12), (v, sheet_value, mine)
            assert check is None
            agree["valid"] += 1
    assert agree["valid"] >= 2 * len(spellings())
    assert agree["invalid"] >= 2 * len(NOT_ANSWERS)
    assert agree["blank"] == 4


def test_the_importer_reports_exactly_the_cells_the_sheet_flags(sheet_and_importer):
    project, path, title, _, values = sheet_and_importer
    flagged = {k.replace("G", "", 1) for k, v in values.items()
               if k.startswith("G") and v == "not on the scale"}
    report = read_questionnaires(project, [path])
    rows = {p.location.cell[1:] for p in report.problems if p.code == "judgment.off_scale"}
    assert {p.location.sheet for p in report.problems} == {title}
    assert rows == flagged
    assert {b.key for b in report.rejected_blocks} == {("e1", "judgments", x) for x in "XYZ"}


@pytest.mark.parametrize(("text", "level"), [
    ("5 明显重要", 5), ("5明显重要", 5), ("５ 明显重要", 5), ("５明显重要", 5), ("5 strong", 5),
    ("5", 5), ("５", 5), ("明显重要", 5), ("strong", 5), ("1/5", -5), ("１／５", -5),
    ("9 极端重要", 9), ("1 equal", 1), (7, 7), (7.0, 7), (True, None), (False, None),
    (0.2, None), (10, None), ("10", None)])
def test_accepted_spellings(text, level):
    assert level_of_cell(text) == level


@pytest.mark.parametrize(("text", "value"), [
    ("6", 6.0), ("６", 6.0), (" 6.5 ", 6.5), ("-2", -2.0), ("1e3", 1000.0), (7, 7.0),
    ("６．５", 6.5), ("seven", None), ("6 points", None), ("", None), (True, None)])
def test_a_number_typed_as_text_is_a_number(text, value):
    assert number_of_text(text) == value


def test_a_score_typed_as_text_is_accepted_in_range(tmp_path):
    from tests.support.excel import small_project

    project = small_project("en")
    blank = project.replace(judgments={}, scores={})
    path = write_questionnaire(blank, "e1", tmp_path / "q.xlsx")
    wb = openpyxl.load_workbook(path)
    _, _, sheets = answer_cells(blank, wb)
    title, sp = next((t, s) for t, s in sheets.items() if s.score_blocks)
    block = sp.score_blocks[0]
    (r0, d0), (r1, d1) = block.rows[:2]
    col = block.columns[0]
    for r, text in ((r0, "6"), (r1, "12")):
        cell = wb[title].cell(row=r, column=col.col)
        cell.value = text
        cell.data_type = "s"
    wb.save(path)
    report = read_questionnaires(blank, [path])
    assert [(p.code, p.location.cell) for p in report.problems] == [
        ("score.out_of_range", f"{P.COL_LETTER(col.col)}{r1}")]
    got = {d.key: d.new for d in report.diffs()}
    assert got[(d0, col.criterion_id)] == 6.0

"""A corpus of broken questionnaires, built here from real ones: each fault gives its own clear
problem (code, file, sheet, cell, what was expected), the rest of the file still reads, and the
project is untouched until the caller applies the report's edit."""

import io
import zipfile

import openpyxl
import pytest

from mcdm.excel import read_questionnaires, write_questionnaire
from mcdm.excel.labels import levels
from mcdm.excel.questionnaire import plan as P
from tests.support.excel import answer_cells, fill, small_project


@pytest.fixture
def project():
    return small_project("en")


@pytest.fixture
def filled(tmp_path, project):
    """e1's questionnaire generated from a blank project and filled with e1's answers."""
    blank = project.replace(judgments={}, scores={})
    path = write_questionnaire(blank, "e1", tmp_path / "e1.xlsx")
    return fill(path, project)


def _cells(project, path):
    wb = openpyxl.load_workbook(path)
    _, _, sheets = answer_cells(project, wb)
    jtitle, jsheet = next((t, s) for t, s in sheets.items() if s.judgment_blocks)
    stitle, ssheet = next((t, s) for t, s in sheets.items() if s.score_blocks)
    return wb, jtitle, jsheet, stitle, ssheet


def _only_problem(project, path, code):
    frozen = project
    report = read_questionnaires(project, [path])
    assert project is frozen  # values are immutable; nothing was applied
    assert [p.code for p in report.problems] == [code], [str(p) for p in report.problems]
    problem = report.problems[0]
    assert problem.location.file == str(path)
    assert problem.expected
    return report, problem


def _edit_pair(project, path, set_a, set_b, block_index=1):
    wb, jtitle, jsheet, _, _ = _cells(project, path)
    pr = jsheet.judgment_blocks[block_index].pairs[0]
    ws = wb[jtitle]
    ws.cell(row=pr.row, column=P.COL_A_MORE).value = set_a
    ws.cell(row=pr.row, column=P.COL_B_MORE).value = set_b
    wb.save(path)
    return jtitle, pr


def test_value_off_scale(project, filled):
    jtitle, pr = _edit_pair(project, filled, "10 beyond extreme", None)
    report, p = _only_problem(project, filled, "judgment.off_scale")
    assert (p.location.sheet, p.location.cell) == (jtitle, f"C{pr.row}")
    assert levels("en")[0] in p.expected
    # The block with the bad cell keeps all its old values (its other, valid answers too: a
    # matrix never mixes two versions); the other blocks are imported.
    before = project.replace(judgments={}, scores={})
    report = read_questionnaires(before, [filled])
    assert [b.key for b in report.rejected_blocks] == [("e1", "judgments", "P")]
    assert report.block("e1", "judgments", "P").problems == report.problems
    after, _ = report.edit.apply(before)
    assert after.judgment("e1", "P", pr.a, pr.b) is None
    assert after.judgment("e1", "P", "P2", "P3") is None
    assert after.judgments["e1"]["S"] == project.judgments["e1"]["S"]


def test_pair_answered_for_both_sides(project, filled):
    jtitle, pr = _edit_pair(project, filled, levels("en")[2], levels("en")[4])
    _, p = _only_problem(project, filled, "judgment.both_sides")
    assert p.location.cell == f"C{pr.row}:D{pr.row}"


def test_formula_in_an_answer_cell_is_refused_not_evaluated(project, filled):
    _edit_pair(project, filled, "=INDEX(_meta!E2:E10,5)", None)
    _only_problem(project, filled, "cell.formula")


def test_text_in_a_number_cell(project, filled):
    wb, _, _, stitle, ssheet = _cells(project, filled)
    block = ssheet.score_blocks[0]
    cell = wb[stitle].cell(row=block.rows[1][0], column=block.columns[2].col)
    cell.value = "seven"
    wb.save(filled)
    _, p = _only_problem(project, filled, "score.not_a_number")
    assert (p.location.sheet, p.location.cell) == (stitle, cell.coordinate)
    assert "1 to 9" in p.expected


def test_score_out_of_range(project, filled):
    wb, _, _, stitle, ssheet = _cells(project, filled)
    block = ssheet.score_blocks[0]
    cell = wb[stitle].cell(row=block.rows[0][0], column=block.columns[0].col)
    cell.value = 12
    wb.save(filled)
    _, p = _only_problem(project, filled, "score.out_of_range")
    assert p.location.cell == cell.coordinate


def test_measured_criterion_accepts_any_number(project, filled):
    wb, _, _, stitle, ssheet = _cells(project, filled)
    block = ssheet.score_blocks[0]
    own = next(c for c in block.columns if c.low is None)
    wb[stitle].cell(row=block.rows[0][0], column=own.col).value = 1234.5
    wb.save(filled)
    report = read_questionnaires(project, [filled])
    assert report.ok
    assert any(s.criterion_id == own.criterion_id and s.value == 1234.5 for s in report.scores)


@pytest.mark.parametrize(("field", "value", "code"), [
    ("project_id", "another-project", "questionnaire.other_project"),
    ("template", "principles-strategies@2", "questionnaire.template_version"),
    ("format_version", 99, "questionnaire.newer_format"),
    ("format", "something else", "questionnaire.no_metadata"),
])
def test_workbook_for_another_project_or_version(project, filled, field, value, code):
    wb = openpyxl.load_workbook(filled)
    ws = wb[P.META_SHEET]
    row = next(r for r in range(1, 20) if ws.cell(row=r, column=1).value == field)
    ws.cell(row=row, column=2).value = value
    wb.save(filled)
    report, _ = _only_problem(project, filled, code)
    assert report.judgments == ()
    assert report.scores == ()


def test_project_changed_since_the_questionnaire_was_issued(project, filled):
    changed = project.replace(industries=project.industries[:1])
    report = read_questionnaires(changed, [filled])
    assert [p.code for p in report.problems] == ["questionnaire.structure_changed"]
    assert report.changes == ()


def test_expert_no_longer_in_the_panel(project, filled):
    smaller = project.replace(experts=project.experts[1:], judgments={}, scores={})
    report = read_questionnaires(smaller, [filled])
    assert [p.code for p in report.problems] == ["questionnaire.unknown_expert"]


@pytest.mark.parametrize("action", ["rename", "delete"])
def test_sheet_renamed_or_missing(project, filled, action):
    wb, _, _, stitle, _ = _cells(project, filled)
    if action == "rename":
        wb[stitle].title = "My scores"
    else:
        del wb[stitle]
    wb.save(filled)
    code = "sheet.renamed" if action == "rename" else "sheet.missing"
    report, p = _only_problem(project, filled, code)
    assert p.location.sheet == stitle
    assert stitle in p.expected
    if action == "rename":  # the sheet that looks like it is named, by its content
        assert p.params["found"] == "My scores"
        assert "'My scores'" in p.message
        assert "'My scores'" in p.expected
    assert report.judgments  # the sheets that are there still read


def test_metadata_sheet_deleted(project, filled):
    wb = openpyxl.load_workbook(filled)
    del wb[P.META_SHEET]
    wb.save(filled)
    _only_problem(project, filled, "questionnaire.no_metadata")


def test_rows_moved(project, filled):
    wb, jtitle, jsheet, _, _ = _cells(project, filled)
    pr = jsheet.judgment_blocks[2].pairs[1]
    wb[jtitle].cell(row=pr.row, column=P.COL_ID2).value = "S4"
    wb.save(filled)
    _, p = _only_problem(project, filled, "sheet.layout_changed")
    assert p.location.sheet == jtitle


def test_same_expert_in_two_files(project, filled, tmp_path):
    second = tmp_path / "copy.xlsx"
    second.write_bytes(open(filled, "rb").read())
    report = read_questionnaires(project, [filled, second])
    assert [p.code for p in report.problems] == ["questionnaire.duplicate_expert"]
    assert report.problems[0].location.file == str(second)
    assert report.experts == ("e1",)


def test_every_problem_is_reported_at_once(project, filled, tmp_path):
    wb, jtitle, jsheet, stitle, ssheet = _cells(project, filled)
    ws = wb[jtitle]
    p0, p1 = jsheet.judgment_blocks[2].pairs[:2]
    ws.cell(row=p0.row, column=P.COL_A_MORE).value = "very much"
    ws.cell(row=p0.row, column=P.COL_B_MORE).value = None
    ws.cell(row=p1.row, column=P.COL_A_MORE).value = levels("en")[1]
    ws.cell(row=p1.row, column=P.COL_B_MORE).value = levels("en")[1]
    block = ssheet.score_blocks[0]
    wb[stitle].cell(row=block.rows[0][0], column=block.columns[0].col).value = "n/a"
    wb[stitle].cell(row=block.rows[1][0], column=block.columns[0].col).value = 0
    wb.save(filled)
    junk = tmp_path / "notes.xlsx"
    junk.write_text("not a workbook")
    report = read_questionnaires(project, [filled, junk])
    assert sorted(p.code for p in report.problems) == sorted([
        "judgment.off_scale", "judgment.both_sides", "score.not_a_number", "score.out_of_range",
        "file.not_xlsx"])
    assert all(p.location.file for p in report.problems)
    assert all(p.location.cell for p in report.problems if p.code != "file.not_xlsx")


def _xlsx_bytes(path) -> bytes:
    return open(path, "rb").read()


def test_hostile_files_are_problems_not_crashes(project, filled, tmp_path):
    data = _xlsx_bytes(filled)
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(data[: len(data) // 3])
    renamed = tmp_path / "renamed.xlsx"
    renamed.write_bytes(b"%PDF-1.4 not a spreadsheet")
    bomb = tmp_path / "bomb.xlsx"
    out = io.BytesIO()
    laughs = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
              b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
              b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">&c;</workbook>')
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, laughs if info.filename == "xl/workbook.xml" else src.read(info))
    bomb.write_bytes(out.getvalue())
    big = tmp_path / "big.xlsx"
    big.write_bytes(data)
    report = read_questionnaires(project, [truncated, renamed, bomb])
    assert [p.code for p in report.problems] == ["file.truncated", "file.not_xlsx", "file.xml_forbidden"]
    assert [p.location.file for p in report.problems] == [str(truncated), str(renamed), str(bomb)]
    assert report.changes == ()
    small_limit = read_questionnaires(project, [big], max_bytes=len(data) - 1)
    assert [p.code for p in small_limit.problems] == ["file.too_large"]


def test_macros_in_xlsm_are_ignored_and_noted(project, filled, tmp_path):
    data = _xlsx_bytes(filled)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 macro storage")
    xlsm = tmp_path / "e1.xlsm"
    xlsm.write_bytes(out.getvalue())
    report = read_questionnaires(project.replace(judgments={}, scores={}), [xlsm])
    assert report.ok
    assert [n.code for n in report.notes] == ["file.macros_ignored"]
    assert report.changes

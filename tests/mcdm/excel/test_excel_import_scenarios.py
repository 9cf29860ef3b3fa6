"""The round trip as a workshop meets it (issue 13): nothing an expert did not change is lost.

A blank questionnaire or a blank panel workbook imported back unfilled changes nothing; a block
with one bad cell keeps all its old values while the other blocks are imported; measured values
left alone change nothing; a conflict is listed and only applied when chosen; a questionnaire
from before the per-cell record still imports with blank = no answer; a questionnaire of another
round, an .ods file and a changed measured value are refused or reported clearly; undo restores
the project exactly every time.
"""

import io
import zipfile

import openpyxl
import pytest

from mcdm.excel import read_questionnaires, write_panel_questionnaire, write_questionnaire
from mcdm.excel.labels import levels
from mcdm.excel.questionnaire import plan as P
from mcdm.excel.questionnaire.preview import ImportChoiceError
from mcdm.project import edits as E
from mcdm.project.sample import sample_project
from tests.support import FIXTURES
from tests.support.excel import answer_cells, fill


@pytest.fixture(scope="module")
def sample():
    return sample_project()


def _answers(project, expert):
    return ({k: v for k, v in project.judgments.get(expert, {}).items()},
            {k: v for k, v in project.scores.items() if k[0] == expert})


def _sheet(project, path, role="judgments"):
    wb = openpyxl.load_workbook(path)
    _, _, sheets = answer_cells(project, wb)
    title, sp = next((t, s) for t, s in sheets.items()
                     if (s.judgment_blocks if role == "judgments" else s.score_blocks))
    return wb, wb[title], sp


def test_a_blank_questionnaire_imported_unfilled_changes_nothing(sample, tmp_path):
    path = write_questionnaire(sample, "E1", tmp_path / "E1.xlsx")  # no prefill
    report = read_questionnaires(sample, [path])
    assert report.ok
    assert report.changes == ()
    assert report.clears() == ()
    counts = report.counts()
    assert counts["unchanged"] > 500  # every judgment and score of E1 stays
    assert counts["cleared"] == counts["new"] == counts["changed"] == 0
    after, _ = report.edit.apply(sample)
    assert after == sample


def test_a_blank_panel_workbook_imported_unfilled_changes_nothing(sample, tmp_path):
    path = write_panel_questionnaire(sample, tmp_path / "panel.xlsx")
    report = read_questionnaires(sample, [path])
    assert report.ok
    assert report.changes == ()
    assert sum(report.counts().values()) > 3000
    assert report.edit.apply(sample)[0] == sample


def test_a_block_with_one_bad_cell_keeps_all_its_old_values(sample, tmp_path):
    """--accept-valid in the engine: the bad block is left whole, the others are imported."""
    blank = sample.replace(judgments={}, scores={})
    path = fill(write_questionnaire(blank, "E2", tmp_path / "E2.xlsx"), sample)
    wb, ws, sp = _sheet(sample, path)
    block = next(b for b in sp.judgment_blocks if b.node_id == "strategies")
    ws.cell(row=block.pairs[0].row, column=P.COL_A_MORE).value = "11 extreme-plus"
    ws.cell(row=block.pairs[0].row, column=P.COL_B_MORE).value = None
    wb.save(path)
    # The project holds an older version of E2's answers at that node.
    older, _ = E.SetJudgment("E2", "strategies", block.pairs[1].a, block.pairs[1].b,
                             1 / 9).apply(blank)
    report = read_questionnaires(older, [path])
    assert [(p.code, p.location.cell) for p in report.problems] == [
        ("judgment.off_scale", f"C{block.pairs[0].row}")]
    rejected = report.block("E2", "judgments", "strategies")
    assert not rejected.acceptable
    assert rejected.location.cell == block.answers
    after, undo = report.edit.apply(older)
    # the whole matrix is the old one: no mix of the two versions
    assert after.judgments["E2"]["strategies"] == older.judgments["E2"]["strategies"]
    assert after.judgments["E2"]["principles"] == sample.judgments["E2"]["principles"]
    assert {k: v for k, v in after.scores.items() if k[0] == "E2"} == \
        {k: v for k, v in sample.scores.items() if k[0] == "E2"}
    assert undo.apply(after)[0] == older
    with pytest.raises(ImportChoiceError) as exc:
        report.edit_with(accept=[rejected.key])
    assert exc.value.code == "import.block_has_problems"


def test_measured_values_are_prefilled_read_only_and_left_alone_change_nothing(sample, tmp_path):
    path = write_questionnaire(sample, "E3", tmp_path / "E3.xlsx")  # answers not prefilled
    wb, ws, sp = _sheet(sample, path, "scores")
    block = next(b for b in sp.score_blocks if sample.industry(b.industry_id).criteria)
    own = next(c for c in block.columns if c.low is None)
    r, did = block.rows[0]
    cell = ws.cell(row=r, column=own.col)
    assert cell.value == sample.score("E3", block.industry_id, did, own.criterion_id) == 11.6
    assert cell.protection.locked
    report = read_questionnaires(sample, [path])
    assert not any(d.key[1] == own.criterion_id for d in report.diffs())  # not an answer
    # Changed anyway (protection removed): a warning, and the project's value is kept.
    cell.value = 99
    wb.save(path)
    report = read_questionnaires(sample, [path])
    assert report.ok
    assert [(w.code, w.location.cell) for w in report.warnings] == [
        ("questionnaire.fixed_changed", cell.coordinate)]
    assert report.edit.apply(sample)[0] == sample


def test_conflicts_are_listed_and_applied_only_when_chosen(sample, tmp_path):
    path = write_questionnaire(sample, "E4", tmp_path / "E4.xlsx", prefill=True)
    wb, ws, sp = _sheet(sample, path)
    block = next(b for b in sp.judgment_blocks if b.node_id == "principles")
    p0, p1, p2 = block.pairs[:3]
    words = levels(sample.settings.language)
    for pr, word in ((p0, words[6]), (p1, words[2]), (p2, words[0])):
        ws.cell(row=pr.row, column=P.COL_A_MORE).value = word
        ws.cell(row=pr.row, column=P.COL_B_MORE).value = None
    wb.save(path)
    # Meanwhile the facilitator corrected two of those judgments in the project (5 → 2 on the
    # first pair; 1/5 → 3 on the second, which is what the expert typed too).
    assert [sample.judgment("E4", "principles", p.a, p.b) for p in (p0, p1, p2)] == [5, 0.2, 3]
    now, _ = E.SetJudgment("E4", "principles", p0.a, p0.b, 2.0).apply(sample)
    now, _ = E.SetJudgment("E4", "principles", p1.a, p1.b, 3.0).apply(now)
    report = read_questionnaires(now, [path])
    assert report.ok
    (conflict,) = report.conflicts
    assert (conflict.key, conflict.old, conflict.new, conflict.issued) == ((p0.a, p0.b), 2, 7, 5)
    block_counts = report.block("E4", "judgments", "principles").counts
    assert (block_counts["conflict"], block_counts["changed"]) == (1, 1)
    kept, _ = report.edit.apply(now)  # default: keep the project's value
    assert kept.judgment("E4", "principles", p0.a, p0.b) == 2.0
    assert kept.judgment("E4", "principles", p1.a, p1.b) == 3.0  # both agree
    assert kept.judgment("E4", "principles", p2.a, p2.b) == 1.0  # the other change applies
    for choice in ({"take": [conflict.answer_key]}, {"take": [conflict.block_key]},
                   {"conflicts": "take"}):
        taken, undo = report.edit_with(**choice).apply(now)
        assert taken.judgment("E4", "principles", p0.a, p0.b) == 7.0
        assert undo.apply(taken)[0] == now


def test_a_questionnaire_from_before_the_record_treats_blank_as_no_answer(sample, tmp_path):
    """Format 1 (the shipped sample questionnaires before this version): E1's answers, prefilled."""
    legacy = tmp_path / "E1.xlsx"
    legacy.write_bytes((FIXTURES / "questionnaire_format1_E1.xlsx").read_bytes())
    blank = sample.replace(judgments={}, scores={})
    report = read_questionnaires(blank, [legacy])
    assert report.ok
    after, _ = report.edit.apply(blank)
    assert _answers(after, "E1") == _answers(sample, "E1")
    # Blanked in the file: no answer, never a clear.
    wb, ws, sp = _sheet(sample, legacy)
    pr = sp.judgment_blocks[1].pairs[0]
    ws.cell(row=pr.row, column=P.COL_A_MORE).value = None
    ws.cell(row=pr.row, column=P.COL_B_MORE).value = None
    wb.save(legacy)
    report = read_questionnaires(sample, [legacy])
    assert report.ok
    assert report.changes == ()


def test_a_questionnaire_of_another_round_is_refused(sample, tmp_path):
    path = fill(write_questionnaire(sample, "E5", tmp_path / "E5.xlsx"), sample)
    round2, _ = E.StartRound("2025-03-01T10:00:00+08:00").apply(sample)
    report = read_questionnaires(round2, [path])
    (p,) = report.problems
    assert p.code == "questionnaire.other_round"
    assert p.params == {"found": 1, "current": 2}
    assert "round 1" in p.message
    assert report.blocks == ()
    assert report.edit.apply(round2)[0] == round2


def test_an_ods_file_is_asked_to_be_saved_as_xlsx(sample, tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<office:document-content/>")
        zf.writestr("META-INF/manifest.xml", "<manifest/>")
    ods = tmp_path / "E1.ods"
    ods.write_bytes(out.getvalue())
    xls = tmp_path / "E1.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    report = read_questionnaires(sample, [ods, xls])
    assert [p.code for p in report.problems] == ["file.ods", "file.xls"]
    assert all(".xlsx" in p.expected for p in report.problems)
    assert [p.location.file for p in report.problems] == [str(ods), str(xls)]


def test_answers_that_do_not_connect_a_block_are_reported_with_its_cells(sample, tmp_path):
    blank = sample.replace(judgments={})
    path = write_questionnaire(blank, "E6", tmp_path / "E6.xlsx")
    wb, ws, sp = _sheet(sample, path)
    block = next(b for b in sp.judgment_blocks if len(b.items) >= 4)
    pr = block.pairs[0]  # one of six pairs answered
    ws.cell(row=pr.row, column=P.COL_A_MORE).value = levels(sample.settings.language)[4]
    wb.save(path)
    report = read_questionnaires(blank, [path])
    assert report.ok  # a warning: the answer is valid, just not enough to weight the block
    (w,) = report.warnings
    assert w.code == "questionnaire.block_disconnected"
    assert w.location.cell == block.answers
    assert w.params["cut"] == tuple(c for c in block.items if c not in (pr.a, pr.b))
    assert report.block("E6", "judgments", block.node_id).warnings == (w,)

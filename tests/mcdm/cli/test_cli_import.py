"""``fourchains-cli import`` as a facilitator uses it (issue 13): the preview first, and nothing
changes that the experts did not change — a blank questionnaire or panel workbook imported
unfilled leaves the project file as it was, ``--dry-run`` says that nothing was saved, a block
with one bad cell is refused (or, with ``--accept-valid``, left whole while the rest imports),
the import says what it clears, and conflicts are taken only when asked."""

import openpyxl
import pytest

from mcdm.cli import main
from mcdm.excel.labels import levels
from mcdm.excel.questionnaire import plan as P
from mcdm.excel.questionnaire.fill import fill_answers
from mcdm.project import edits as E
from mcdm.project.sample import sample_project
from mcdm.project.storage import load, save
from tests.support.excel import answer_cells


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def workshop(tmp_path):
    path = tmp_path / "workshop.json"
    save(sample_project(), path)
    return path


@pytest.mark.parametrize("kind", [["--expert", "E1"], ["--panel"]])
def test_a_blank_questionnaire_imported_unfilled_changes_nothing(workshop, tmp_path, capsys,
                                                                  kind):
    q = tmp_path / "q.xlsx"
    assert _run(capsys, "questionnaire", workshop, *kind, "-o", q)[0] == 0
    before = workshop.read_bytes()
    code, out, err = _run(capsys, "import", workshop, q, "--dry-run", "--lang", "en")
    assert code == 0, err
    assert "Dry run (--dry-run): nothing was saved." in out
    total = next(x for x in out.splitlines() if x.startswith("Overall"))
    assert total.split()[1:4] == ["0", "0", "0"]  # new, changed, cleared
    code, out, err = _run(capsys, "import", workshop, q, "--lang", "zh")
    assert code == 0, err
    assert "没有需要导入的更改，项目未保存。" in out
    assert workshop.read_bytes() == before
    assert not (tmp_path / "workshop.json.bak").exists()


def test_a_block_with_one_bad_cell(workshop, tmp_path, capsys):
    sample = sample_project()
    blank = sample.replace(judgments={}, scores={})
    save(blank, workshop)
    q = tmp_path / "E2.xlsx"
    assert _run(capsys, "questionnaire", workshop, "--expert", "E2", "-o", q)[0] == 0
    fill_answers(q, sample)
    wb = openpyxl.load_workbook(q)
    _, _, sheets = answer_cells(blank, wb)
    title, sp = next((t, s) for t, s in sheets.items() if s.judgment_blocks)
    block = next(b for b in sp.judgment_blocks if b.node_id == "principles")
    pr = block.pairs[2]
    wb[title].cell(row=pr.row, column=P.COL_A_MORE).value = "very much"
    wb[title].cell(row=pr.row, column=P.COL_B_MORE).value = None
    wb.save(q)
    before = workshop.read_bytes()
    # Without --accept-valid: refused, every problem with file, sheet and cell.
    code, out, err = _run(capsys, "import", workshop, q, "--lang", "en")
    assert code == 1
    assert out == ""
    assert err.startswith("error: The questionnaires have 1 problem(s); nothing was imported")
    assert "“very much”" in err
    assert "is not on the scale" in err
    assert f"E2.xlsx, sheet {title}, cell C{pr.row}" in err
    assert workshop.read_bytes() == before
    # With it: the bad block keeps its old values (none), the rest is imported.
    code, out, err = _run(capsys, "import", workshop, q, "--accept-valid", "--lang", "en")
    assert code == 0, err
    assert "* this block has problems" in out
    assert any(line.startswith("Expert B *") and "Development principles" in line
               for line in out.splitlines())
    after = load(workshop)
    assert "principles" not in after.judgments["E2"]
    assert after.judgments["E2"]["strategies"] == sample.judgments["E2"]["strategies"]
    assert {k: v for k, v in after.scores.items() if k[0] == "E2"} == \
        {k: v for k, v in sample.scores.items() if k[0] == "E2"}
    assert load(str(workshop) + ".bak") == blank


def test_the_import_says_what_it_clears_and_conflicts_are_taken_only_when_asked(
        workshop, tmp_path, capsys):
    sample = sample_project()
    q = tmp_path / "E4.xlsx"
    assert _run(capsys, "questionnaire", workshop, "--expert", "E4", "--prefill", "-o", q)[0] == 0
    wb = openpyxl.load_workbook(q)
    _, _, sheets = answer_cells(sample, wb)
    title, sp = next((t, s) for t, s in sheets.items() if s.judgment_blocks)
    block = next(b for b in sp.judgment_blocks if b.node_id == "principles")
    p0, p1 = block.pairs[:2]
    ws = wb[title]
    for pr, value in ((p0, levels("en")[6]), (p1, None)):  # change one, delete one
        ws.cell(row=pr.row, column=P.COL_A_MORE).value = value
        ws.cell(row=pr.row, column=P.COL_B_MORE).value = None
    wb.save(q)
    changed, _ = E.SetJudgment("E4", "principles", p0.a, p0.b, 2.0).apply(sample)
    save(changed, workshop)  # the facilitator changed the first answer too
    code, out, err = _run(capsys, "import", workshop, q, "--dry-run", "--lang", "en")
    assert code == 0, err
    assert "Conflicts (the project changed too" in out
    assert "project 2 (when issued 5) · questionnaire 7" in out
    assert "This import clears 1 answer(s):" in out
    assert f"[E4.xlsx · {title}!C{p1.row}]" in out
    assert load(workshop) == changed
    code, out, err = _run(capsys, "import", workshop, q, "--lang", "en")
    assert code == 0, err
    kept = load(workshop)
    assert kept.judgment("E4", "principles", p0.a, p0.b) == 2.0
    assert kept.judgment("E4", "principles", p1.a, p1.b) is None
    save(changed, workshop)
    code, out, err = _run(capsys, "import", workshop, q, "--conflicts", "take", "--lang", "en")
    assert code == 0, err
    assert load(workshop).judgment("E4", "principles", p0.a, p0.b) == 7.0


def test_an_ods_file_is_refused_with_what_to_do(workshop, tmp_path, capsys):
    import zipfile

    ods = tmp_path / "E1.ods"
    with zipfile.ZipFile(ods, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<x/>")
    code, out, err = _run(capsys, "import", workshop, ods, "--lang", "zh")
    assert code == 1
    assert "请在 WPS、Excel 或 LibreOffice 中“另存为” .xlsx 格式后再导入" in err

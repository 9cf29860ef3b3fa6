"""Panel rosters (mcdm.project.roster): every bad row named with file, row and column; nothing
changed unless every row is good; the whole roster one edit whose inverse restores the panel."""

import openpyxl
import pytest

from mcdm.errors import MCDMError
from mcdm.project.model import Expert, Project
from mcdm.project.roster import read_roster
from mcdm.project.schema import validate
from tests.support.projects import BASE


def write(folder, name, text, encoding="utf-8"):
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def test_a_roster_adds_experts_with_fresh_ids_roles_and_weights(tmp_path):
    path = write(tmp_path, "r.csv", "姓名,角色,权重\n张伟,产业研究,2\nLi Na,,\n王芳,投资,0.5\n",
                 "utf-8-sig")
    report = read_roster(Project(), path)
    assert report.problems == ()
    assert report.added == ("E1", "E2", "E3")
    new, undo = report.edit.apply(Project())
    assert new.experts == (Expert("E1", "张伟", "产业研究", 2.0), Expert("E2", "Li Na", "", 1.0),
                           Expert("E3", "王芳", "投资", 0.5))
    assert undo.apply(new)[0] == Project()
    assert validate(new) == ()


def test_english_headers_semicolons_and_gb18030_from_chinese_excel(tmp_path):
    path = write(tmp_path, "r.csv", "Name;Role;Weight\n张伟;产业研究;3\n", "gb18030")
    report = read_roster(Project(), path)
    assert report.problems == ()
    assert [n.code for n in report.notes] == ["roster.encoding_guessed"]
    assert report.edit.apply(Project())[0].experts == (Expert("E1", "张伟", "产业研究", 3.0),)


def test_names_on_the_panel_are_updated_not_added(tmp_path):
    # BASE's panel: e1 "One" (weight 1), e2 "Two" (weight 2)
    path = write(tmp_path, "r.csv", "name,weight,role\nTwo,2,\nOne,4,chair\nThree,,\n")
    report = read_roster(BASE, path)
    assert (report.added, report.updated) == (("E1",), ("e1",))
    assert report.unchanged == ("e2",)
    new, undo = report.edit.apply(BASE)
    assert new.expert("e1") == Expert("e1", "One", "chair", 4.0)
    assert new.expert("e2") == BASE.expert("e2")  # an empty role cell keeps the role
    assert new.expert("E1").name == "Three"
    assert new.judgments == BASE.judgments  # an update keeps the expert's answers
    assert undo.apply(new)[0] == BASE


def test_every_bad_row_is_named_and_nothing_is_changed(tmp_path):
    text = ("姓名,角色,权重,邮箱\n"
            "张伟,产业研究,abc,a@b.c\n"   # row 2: weight not a number
            ",投资,1,\n"                 # row 3: no name
            "\n"                         # blank rows are skipped
            "王芳,,-1,\n"                # row 5: negative weight
            "张伟,,1,\n"                 # row 6: duplicate of row 2's name
            "李四,\x07,1,\n")            # row 7: a control character
    report = read_roster(Project(), write(tmp_path, "r.csv", text))
    assert report.edit is None
    where = [(p.code, p.location.file, p.location.row, p.location.column) for p in report.problems]
    f = str(tmp_path / "r.csv")
    assert where == [("roster.weight_invalid", f, 2, "权重"), ("roster.name_empty", f, 3, "姓名"),
                     ("roster.weight_invalid", f, 5, "权重"), ("roster.duplicate_name", f, 6, "姓名"),
                     ("roster.text_invalid", f, 7, "角色")]
    assert report.problems[3].params["first_row"] == 2
    assert [n.code for n in report.notes] == ["roster.column_ignored"]


def test_a_name_two_panel_members_share_is_ambiguous(tmp_path):
    twins = BASE.replace(experts=BASE.experts + (Expert("e3", "One"),))
    report = read_roster(twins, write(tmp_path, "r.csv", "name\nOne\n"))
    assert [p.code for p in report.problems] == ["roster.ambiguous_name"]


def test_an_excel_roster_with_numbers_and_formulas(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["专家姓名", "职务", "权重"], ["张伟", "主任", 2], [1024, None, 1.5],
                ["=A2", None, None], ["王芳", None, "=1+1"]):
        ws.append(row)
    path = tmp_path / "r.xlsx"
    wb.save(path)
    report = read_roster(Project(), path)
    assert [(p.code, p.location.row, p.location.column) for p in report.problems] == [
        ("roster.formula", 4, "专家姓名"), ("roster.formula", 5, "权重")]
    wb.remove(ws)
    ws = wb.create_sheet()
    for row in (["姓名", "权重"], ["张伟", 2], [1024, 1.5]):
        ws.append(row)
    wb.save(path)
    report = read_roster(Project(), path)
    names = [(e.name, e.weight) for e in report.edit.apply(Project())[0].experts]
    assert names == [("张伟", 2.0), ("1024", 1.5)]  # a staff number typed as a number


@pytest.mark.parametrize(("name", "text", "code"), [
    ("r.csv", "role,weight\nchair,1\n", "roster.no_name_column"),
    ("r.csv", "\n\n", "roster.empty"),
    ("r.csv", "name,role\n", "roster.empty"),
])
def test_a_roster_without_experts_is_one_problem(tmp_path, name, text, code):
    report = read_roster(Project(), write(tmp_path, name, text))
    assert [p.code for p in report.problems] == [code]
    assert report.edit is None


@pytest.mark.parametrize(("name", "content", "code"), [
    ("r.json", b"{}", "roster.format"),
    ("r.csv", b"\xff\xfe\x00\x81\x30\xff", "roster.encoding"),
])
def test_a_file_that_is_no_roster_raises_a_typed_error(tmp_path, name, content, code):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(MCDMError) as exc:
        read_roster(Project(), path)
    assert exc.value.code == code
    assert exc.value.location.file == str(path)


def test_a_missing_file_raises_a_typed_error(tmp_path):
    with pytest.raises(MCDMError) as exc:
        read_roster(Project(), tmp_path / "missing.csv")
    assert exc.value.code == "roster.unreadable"


def test_weights_that_would_all_be_zero_are_refused_by_the_edit(tmp_path):
    zero = BASE.replace(experts=(Expert("e1", "One", weight=0.0), BASE.expert("e2")))
    report = read_roster(zero, write(tmp_path, "r.csv", "name,weight\nTwo,0\n"))
    assert report.problems == ()
    with pytest.raises(MCDMError) as exc:
        report.edit.apply(zero)
    assert exc.value.code == "edit.expert_weights_zero"


def test_a_table_too_long_for_a_roster_is_refused(tmp_path):
    from mcdm.project.roster import MAX_ROWS

    text = "name\n" + "".join(f"expert {k}\n" for k in range(MAX_ROWS + 1))
    report = read_roster(Project(), write(tmp_path, "r.csv", text))
    assert [p.code for p in report.problems] == ["roster.too_many_rows"]
    assert report.edit is None

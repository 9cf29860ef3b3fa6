"""A cost table (mcdm.project.cost_sheet): read against the project without changing it; the
whole table one edit whose inverse puts every cost back; ids decide, labels must agree with
them; the template (mcdm.excel.cost_template) reads back as it was written."""

import openpyxl
import pytest

from mcdm.errors import MCDMError
from mcdm.excel.cost_template import write_cost_template
from mcdm.project import edits as E
from mcdm.project.cost_sheet import read_costs
from mcdm.project.model import Direction, Text
from mcdm.project.sample import sample_project


def write(folder, name, text, encoding="utf-8"):
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def test_the_table_is_one_edit_and_its_inverse_puts_every_cost_back(tmp_path):
    p = sample_project()
    path = write(tmp_path, "c.csv", "industry id,direction id,cost\nngit,quantum,-\n"
                 "bio,vaccines,26\nbio,cell-therapy,1e2\n")
    report = read_costs(p, path)
    assert report.problems == ()
    assert (report.cleared, report.unchanged, report.changed) == (
        (("ngit", "quantum"),), (("bio", "vaccines"),), (("bio", "cell-therapy"),))
    assert len(report.absent) == 61 - 3
    assert report.without_cost == (("ngit", "quantum"),)
    new, undo = report.edit.apply(p)
    assert new.industry("bio").directions[13].cost == 100.0
    assert new.industry("ngit").directions[5].cost is None
    assert undo.apply(new)[0] == p
    assert len(report.edit.edits) == 2  # an unchanged cost is no edit


def test_a_direction_id_two_industries_share_needs_the_industry(tmp_path):
    # the sample's bio-based-materials is a direction of 生物产业 and of 新材料产业
    p = sample_project()
    path = write(tmp_path, "c.csv", "方向编号,成本\nbio-based-materials,3\n")
    (bad,) = read_costs(p, path).problems
    assert (bad.code, bad.location.row, bad.location.column) == (
        "costs.direction_needs_industry", 2, "方向编号")
    assert bad.params["industries"] == ("bio", "materials")
    path = write(tmp_path, "c.csv", "产业,方向编号,成本\n新材料产业,bio-based-materials,3\n")
    report = read_costs(p, path)
    assert report.changed == (("materials", "bio-based-materials"),)


def test_a_label_beside_an_id_must_name_the_same_direction(tmp_path):
    p, _ = E.RenameDirection("bio", "vaccines", Text("疫苗", "Vaccines")).apply(sample_project())
    path = write(tmp_path, "c.csv", "产业编号,方向编号,产业,重点发展方向,成本\n"
                 "bio,vaccines,生物产业,疫苗研发,3\n"      # a label from before the renaming
                 "bio,vaccines,BIOINDUSTRY,  vaccines ,3\n")  # case and spaces do not matter
    report = read_costs(p, path)
    assert [(x.code, x.location.row, x.location.column) for x in report.problems] == [
        ("costs.direction_mismatch", 2, "重点发展方向")]


def test_the_header_unit_must_be_the_projects(tmp_path):
    p = sample_project()
    for header, code in (("Cost (万元)", "costs.unit_mismatch"), ("成本(亿元)", None),
                         ("COST（ 亿元 ）", None)):
        report = read_costs(p, write(tmp_path, "c.csv", f"direction,{header}\nquantum,3\n"))
        assert [x.code for x in report.problems] == ([code] if code else []), header
    unitless = p.replace(portfolio=p.portfolio.replace(cost_unit=""))
    report = read_costs(unitless, write(tmp_path, "c.csv", "direction,Cost (万元)\nquantum,3\n"))
    assert [x.code for x in report.problems] == ["costs.unit_missing"]


def test_numbers_typed_into_a_workbook_and_their_problems(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["direction id", "cost"], ["quantum", 12], ["ai", 2.5], ["high-end-chips", True],
                ["vaccines", -1], ["cell-therapy", "=1+1"], ["hybrid", "  "]):
        ws.append(row)
    path = tmp_path / "c.xlsx"
    wb.save(path)
    report = read_costs(sample_project(), path)
    assert [(x.code, x.location.row) for x in report.problems] == [
        ("costs.cost_invalid", 4), ("costs.cost_invalid", 5), ("costs.formula", 6)]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_label_that_looks_like_a_formula_survives_the_template(tmp_path, suffix):
    # a spreadsheet must not run a label as a formula; the import still finds the direction
    p, _ = E.AddDirection("bio", Direction("D1", Text("+合成生物", "-Synthetic biology"),
                                           cost=4.0)).apply(sample_project())
    path, _ = write_cost_template(p, tmp_path / f"t{suffix}", "en")
    report = read_costs(p, path)
    assert report.problems == ()
    assert len(report.unchanged) == 62
    if suffix == ".csv":
        assert "'-Synthetic biology" in path.read_text("utf-8-sig")


@pytest.mark.parametrize(("name", "content", "code"), [
    ("c.json", b"{}", "costs.format"),
    ("c.csv", b"\xff\xfe\x00\x81\x30\xff", "costs.encoding"),
    ("missing.csv", None, "costs.unreadable"),
])
def test_a_file_that_is_no_table_raises_a_typed_error(tmp_path, name, content, code):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(MCDMError) as exc:
        read_costs(sample_project(), path)
    assert exc.value.code == code
    assert exc.value.location.file == str(path)

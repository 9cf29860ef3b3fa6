"""``fourchains-cli direction costs``: a planner's 61 costs from a spreadsheet at once, and the
template to fill in (issues 14 and 16).

The template lists every direction with its current cost; filled in with openpyxl (or as a CSV
in UTF-8 or GB 18030, as Excel saves it) and imported, the project's costs are the file's — one
edit, the ``Composite`` of the GUI's ``SetDirectionCost`` edits, saved with ``.bak``; the counts
of the confirmation are computed here from the two projects, not taken from the command. Every
bad row is named by file, row and column as the file names them, in the CLI's language, and the
project file stays byte for byte as it was, without a ``.bak``.
"""

import csv
import dataclasses

import openpyxl
import pytest

from mcdm.project import edits as E
from mcdm.project.model import Direction, Industry, Text
from mcdm.project.sample import sample_project
from mcdm.project.storage import load, save
from tests.mcdm.cli.test_cli_edits import run
from tests.mcdm.cli.test_cli_language import assert_speaks, sample_labels

LANGS = ["zh", "en"]


def with_costs(project, costs):
    """``project`` with the costs ``{(industry id, direction id): cost}`` (None clears)."""
    return project.replace(industries=tuple(
        i.replace(directions=tuple(dataclasses.replace(d, cost=costs[(i.id, d.id)])
                                   if (i.id, d.id) in costs else d for d in i.directions))
        for i in project.industries))


def costs_of(project):
    return {(i.id, d.id): d.cost for i in project.industries for d in i.directions}


def partly_costed():
    """The sample with every third direction's cost not set yet (so a file can set some)."""
    p = sample_project()
    keys = list(costs_of(p))
    return with_costs(p, {k: None for k in keys[::3]})


@pytest.fixture
def workshop(tmp_path):
    path = tmp_path / "w.json"
    save(partly_costed(), path)
    return path


# What a planner types into the cost column, and the cost it means (亿元, the sample's unit).
TYPED = [(None, "keep"), (12.5, 12.5), ("1,250", 1250.0), ("３００", 300.0), ("-", None),
         ("7.5 亿元", 7.5), (0, 0.0), ("none", None), ("4e1", 40.0)]


def planned(project):
    """What each direction's cell gets: ``{key: (typed, expected cost)}`` cycling TYPED."""
    old = costs_of(project)
    out = {}
    for n, key in enumerate(old):
        typed, meant = TYPED[n % len(TYPED)]
        out[key] = (typed, old[key] if meant == "keep" else meant)
    return out


def confirmation(path, old, new, lang, absent=0):
    """The line the import prints, counted from the projects before and after."""
    keys = list(old)
    s = sum(1 for k in keys if old[k] is None and new[k] is not None)
    c = sum(1 for k in keys if None not in (old[k], new[k]) and old[k] != new[k])
    cl = sum(1 for k in keys if old[k] is not None and new[k] is None)
    u = len(keys) - absent - s - c - cl
    m = sum(1 for k in keys if new[k] is None)
    if lang == "en":
        more = f", {absent} direction(s) not in the file" if absent else ""
        return (f"Imported the costs of {path}: {s} set, {c} changed, {cl} cleared, {u} "
                f"unchanged{more}; {m} of {len(keys)} direction(s) still have no cost.\n")
    more = f"，文件未列出 {absent} 个" if absent else ""
    return (f"已从 {path} 导入成本：新填 {s} 个，修改 {c} 个，清除 {cl} 个，不变 {u} 个{more}；"
            f"{len(keys)} 个重点发展方向中仍有 {m} 个没有成本。\n")


def the_edit(old, new):
    """The GUI's edit for these costs: one SetDirectionCost per changed direction, as one."""
    return E.Composite(tuple(E.SetDirectionCost(i, d, new[(i, d)]) for (i, d) in old
                             if new[(i, d)] != old[(i, d)]))


def header_index(names, lang):
    cost = "成本（亿元）" if lang == "zh" else "Cost (亿元)"
    ids = ("产业编号", "方向编号") if lang == "zh" else ("Industry id", "Direction id")
    return names.index(cost), names.index(ids[0]), names.index(ids[1])


# -- the round trip -----------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_a_filled_in_workbook_template_sets_every_cost_in_one_edit(capsys, workshop, tmp_path,
                                                                   lang):
    before, project = workshop.read_bytes(), load(workshop)
    template = tmp_path / "costs.xlsx"
    code, out, err = run(capsys, "direction", "costs", workshop, "--template", template,
                         "--lang", lang)
    assert (code, err) == (0, ""), err
    assert workshop.read_bytes() == before  # writing the template changes nothing
    wb = openpyxl.load_workbook(template)
    ws = wb.worksheets[0]
    names = [c.value for c in ws[1]]
    c_cost, c_ind, c_dir = header_index(names, lang)
    plan = planned(project)
    for row in ws.iter_rows(min_row=2):
        key = (row[c_ind].value, row[c_dir].value)
        row[c_cost].value = plan[key][0]
    wb.save(template)
    code, out, err = run(capsys, "direction", "costs", workshop, template, "--lang", lang)
    assert (code, err) == (0, ""), err
    old = costs_of(project)
    new = {k: meant for k, (_typed, meant) in plan.items()}
    assert costs_of(load(workshop)) == new
    assert load(workshop) == the_edit(old, new).apply(project)[0]  # the GUI's edit, as one
    assert (tmp_path / "w.json.bak").read_bytes() == before
    assert out == confirmation(template, old, new, lang)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030"])
def test_a_csv_template_saved_by_excel_comes_back(capsys, workshop, tmp_path, lang, encoding):
    project = load(workshop)
    template = tmp_path / "costs.csv"
    code, _, err = run(capsys, "direction", "costs", workshop, "--template", template,
                       "--lang", lang)
    assert (code, err) == (0, ""), err
    with template.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    c_cost, c_ind, c_dir = header_index(rows[0], lang)
    plan = planned(project)
    for row in rows[1:]:
        typed = plan[(row[c_ind], row[c_dir])][0]
        row[c_cost] = "" if typed is None else str(typed)
    filled = tmp_path / "filled.csv"
    with filled.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)
    code, out, err = run(capsys, "direction", "costs", workshop, filled, "--lang", lang)
    assert code == 0, err
    new = {k: meant for k, (_typed, meant) in plan.items()}
    assert costs_of(load(workshop)) == new
    assert out == confirmation(filled, costs_of(project), new, lang)
    guessed = (f"提示：{filled} 已按 GB 18030 编码读取（Excel 中文版另存的 CSV）。\n" if lang == "zh"
               else f"note: {filled} was read as GB 18030 text (a CSV saved by Chinese Excel).\n")
    assert err == (guessed if encoding == "gb18030" else "")


def test_a_table_typed_by_hand_names_directions_by_label_in_either_language(capsys, workshop,
                                                                            tmp_path):
    project = load(workshop)
    table = tmp_path / "mine.csv"
    # no ids; an industry only where the planner felt like it, and a heading row of its own
    table.write_text("产业,方向,成本,备注\n,Vaccine R&D,30,ask the board\n生物产业,,,\n"
                     "ngit,量子信息,12.5亿元,\n", encoding="utf-8")
    code, out, err = run(capsys, "direction", "costs", workshop, table, "--lang", "en")
    assert code == 0, err
    assert err == (f"note: {table}: the column “备注” is ignored (only industry, direction, cost "
                   "and their ids are read).\n")
    old = costs_of(project)
    new = old | {("bio", "vaccines"): 30.0, ("ngit", "quantum"): 12.5}
    assert costs_of(load(workshop)) == new
    assert out == confirmation(table, old, new, "en", absent=len(old) - 2)


# -- nothing to change ----------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("blanked", [False, True])
def test_the_template_imported_as_it_is_or_blank_changes_nothing(capsys, workshop, tmp_path,
                                                                 lang, suffix, blanked):
    before, project = workshop.read_bytes(), load(workshop)
    template = tmp_path / f"costs{suffix}"
    run(capsys, "direction", "costs", workshop, "--template", template, "--lang", lang)
    if blanked and suffix == ".xlsx":
        wb = openpyxl.load_workbook(template)
        for (cell,) in wb.worksheets[0].iter_rows(min_row=2, min_col=3, max_col=3):
            cell.value = None
        wb.save(template)
    elif blanked:
        rows = list(csv.reader(template.open(encoding="utf-8-sig", newline="")))
        with template.open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows([rows[0], *([*r[:2], "", *r[3:]] for r in rows[1:])])
    code, out, err = run(capsys, "direction", "costs", workshop, template, "--lang", lang)
    assert (code, err) == (0, ""), err
    total, missing = len(costs_of(project)), sum(c is None for c in costs_of(project).values())
    assert out == (f"{template} changes no cost ({total} unchanged): the project is as it was; "
                   f"{missing} of {total} direction(s) have no cost.\n" if lang == "en" else
                   f"{template} 没有改变任何成本（不变 {total} 个），项目保持原样；{total} 个重点发展"
                   f"方向中有 {missing} 个没有成本。\n")
    assert workshop.read_bytes() == before
    assert not (tmp_path / "w.json.bak").exists()


# -- -o OUT ---------------------------------------------------------------------------------------

def test_output_elsewhere_leaves_the_project_alone(capsys, workshop, tmp_path):
    before = workshop.read_bytes()
    table = tmp_path / "c.csv"
    table.write_text("industry,direction,cost\nngit,quantum,3\n", encoding="utf-8")
    copy = tmp_path / "copy.json"
    code, _, err = run(capsys, "direction", "costs", workshop, table, "-o", copy)
    assert code == 0, err
    assert workshop.read_bytes() == before
    assert not (tmp_path / "w.json.bak").exists()
    assert load(copy) == E.SetDirectionCost("ngit", "quantum", 3.0).apply(load(workshop))[0]
    # a file that changes nothing still writes OUT, as asked, and still leaves PROJECT alone
    other = tmp_path / "other.json"
    table.write_text("industry,direction,cost\nngit,quantum,\n", encoding="utf-8")
    code, _, _ = run(capsys, "direction", "costs", workshop, table, "-o", other)
    assert code == 0
    assert load(other) == load(workshop)
    assert workshop.read_bytes() == before


# -- every bad row ------------------------------------------------------------------------------

def tricky():
    """The sample with a second industry labelled 生物产业 and a second Vaccine R&D in it."""
    p = partly_costed()
    p, _ = E.AddIndustry(Industry("bio2", Text("生物产业", "Bioindustry"))).apply(p)
    p, _ = E.AddDirection("bio", Direction("D1", Text("疫苗研发", "Vaccine R&D"))).apply(p)
    return p


HEAD = "产业,重点发展方向,成本（亿元）,产业编号,方向编号\n"
# (a row after HEAD, the column it is refused in, the English and the Chinese sentence after it)
BAD = [
    ("nope,量子信息,3,,", "产业", "no industry has the id or label “nope”. The industries: ",
     "没有编号或名称为“nope”的产业。现有产业："),
    ("生物产业,细胞疗法,3,,", "产业", "“生物产业” could be several industries (ids bio, bio2): "
     "write the id instead.", "“生物产业”可指多个产业（编号 bio、bio2）：请改填编号。"),
    (",量子信息,3,bio9,", "产业编号", "no industry has the id or label “bio9”.", "没有编号或名称为“bio9”的产业。"),
    ("New-generation information technology,量子,3,,", "重点发展方向",
     "no direction of “New-generation information technology” has the id or label “量子”.",
     "“新一代信息技术产业”中没有编号或名称为“量子”的重点发展方向。"),
    (",,3,bio,Vaccine R&D", "方向编号", "no direction of “Bioindustry” has the id or label "
     "“Vaccine R&D”.", "“生物产业”中没有编号或名称为“Vaccine R&D”的重点发展方向。"),
    (",Vaccine R&D,3,bio,", "重点发展方向", "“Vaccine R&D” could be several directions of "
     "“Bioindustry” (ids vaccines, D1): write the id instead.",
     "“Vaccine R&D”可指“生物产业”中的多个方向（编号 vaccines、D1）：请改填编号。"),
    (",生物基材料,3,,", "重点发展方向", "several industries have a direction “生物基材料” "
     "(Bioindustry, New materials): name the industry too.",
     "多个产业都有方向“生物基材料”（生物产业、新材料产业）：请填写产业。"),
    ("新材料产业,,3,bio,vaccines", "产业", "“新材料产业” is not the industry with the id bio "
     "(“Bioindustry”): correct the label or the id, or clear one of them.",
     "“新材料产业”不是编号 bio 所指的产业“生物产业”：请更正名称或编号，或清空其中之一。"),
    (",High-end chips,3,bio,vaccines", "重点发展方向", "“High-end chips” is not the direction "
     "with the id vaccines (“Vaccine R&D”): correct the label or the id, or clear one of them.",
     "“High-end chips”不是编号 vaccines 所指的方向“疫苗研发”：请更正名称或编号，或清空其中之一。"),
    ("ngit,quantum,abc,,", "成本（亿元）", "the cost “abc” is not a number ≥ 0 in 亿元 (blank "
     "leaves it as it is, - or none clears it).", "成本“abc”无效：应为不小于 0 的数（单位：亿元）；"
     "留空表示不变，填 \"-\" 或 \"none\" 表示清除。"),
    ("ngit,quantum,-1e3,,", "成本（亿元）", "the cost “-1e3” is not a number ≥ 0",
     "成本“-1e3”无效"),
    ("ngit,quantum,12万元,,", "成本（亿元）", "the cost “12万元” is not a number ≥ 0",
     "成本“12万元”无效"),
    ("ngit,quantum,=2*3,,", "成本（亿元）", "holds a formula (=2*3): type the value instead.",
     "单元格是公式（=2*3）：请直接填写数值或名称。"),
    ("生物产业,,5,,", "重点发展方向", "the row gives a cost but names no direction.",
     "填写了成本，却没有指明是哪个方向。"),
]


def bad_table(tmp_path, rows, suffix=".csv"):
    path = tmp_path / f"bad{suffix}"
    path.write_text(HEAD + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def assert_refused(capsys, path, table, argv_lang, count, notes=None):
    """Exit 1, nothing on stdout, the count first (after notes); the project byte for byte, no
    .bak. Returns the problems' lines (and the notes' in ``notes`` if given)."""
    before = path.read_bytes()
    code, out, err = run(capsys, "direction", "costs", path, table, "--lang", argv_lang)
    assert (code, out) == (1, "")
    lines = [x for x in err.splitlines() if not x.startswith(("提示：", "note: "))]
    if notes is not None:
        notes += [x for x in err.splitlines() if x not in lines]
    assert lines[0] == (f"错误：成本表中有 {count} 处问题，所有成本均未修改。" if argv_lang == "zh"
                        else f"error: The cost table has {count} problem(s); no cost was changed.")
    assert path.read_bytes() == before
    assert not path.with_name(path.name + ".bak").exists()
    return lines[1:]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("row", "column", "en", "zh"), BAD, ids=[f"bad{k}" for k in range(len(BAD))])
def test_a_bad_row_is_named_by_file_row_and_column_and_changes_nothing(capsys, tmp_path, row,
                                                                       column, en, zh, lang):
    path = tmp_path / "w.json"
    save(tricky(), path)
    # a good row first: it is not taken either
    table = bad_table(tmp_path, ["ngit,quantum,3,,", row])
    (line,) = assert_refused(capsys, path, table, lang, 1)
    where = (f"  - {table} 第 3 行“{column}”列：" if lang == "zh"
             else f"  - {table}, row 3, column “{column}”: ")
    assert line.startswith(where + (zh if lang == "zh" else en)), line
    assert_speaks(line, lang, [str(table), *sample_labels(lang), *row.split(","), column,
                               "vaccines", "bio", "bio2", "D1", "亿元", "万元"])


@pytest.mark.parametrize("lang", LANGS)
def test_every_bad_row_of_a_file_is_listed_and_a_repeat_must_agree(capsys, tmp_path, lang):
    path = tmp_path / "w.json"
    save(tricky(), path)
    rows = [r for r, *_ in BAD] + ["ngit,quantum,3,,", "ngit,量子信息,4,,", "ngit,Quantum "
                                   "information,3,,"]
    table = bad_table(tmp_path, rows)
    notes = []
    lines = assert_refused(capsys, path, table, lang, len(BAD) + 1, notes)
    # the third, agreeing with the first, is only a note
    assert notes == [f"note: {table}, row {len(BAD) + 4}: “Quantum information” (New-generation "
                     f"information technology) is already on row {len(BAD) + 2} with the same "
                     "cost." if lang == "en" else f"提示：{table} 第 {len(BAD) + 4} 行：“新一代信息"
                     f"技术产业”的方向“量子信息”已在第 {len(BAD) + 2} 行出现，成本相同。"]
    assert [int(x.split("第 ")[1].split(" 行")[0]) if lang == "zh" else
            int(x.split(", row ")[1].split(",")[0]) for x in lines] == list(range(2, len(BAD) + 2)) + \
        [len(BAD) + 3]
    assert lines[-1].endswith("“Quantum information” (New-generation information technology) is already "
                              f"given “3” on row {len(BAD) + 2}, and “4” here: one cost per "
                              "direction." if lang == "en" else
                              f"“新一代信息技术产业”的方向“量子信息”在第 {len(BAD) + 2} 行已填为“3”，"
                              "此处又填为“4”：每个方向只能有一个成本。")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("text", "en", "zh"), [
    ("产业,重点发展方向,成本（万元）\nngit,quantum,3\n", "{f}, row 1, column “成本（万元）”: the costs "
     "are in “万元” but the project's cost unit is “亿元”: convert them first, or use the "
     "project's unit.", "{f} 第 1 行“成本（万元）”列：成本以“万元”计，而项目的成本单位是“亿元”：请先换"
     "算，或改用项目的单位。"),
    ("产业,重点发展方向\nngit,quantum\n", "{f}, row 1: no cost column; the first row names the "
     "columns, e.g. industry, direction, cost.", "{f} 第 1 行没有“成本”列：第一行应为列名，如 产业、"
     "重点发展方向、成本。"),
    ("产业,成本\nngit,3\n", "{f}, row 1: no direction column", "{f} 第 1 行没有“重点发展方向”列"),
    ("industry,direction,cost\n", "{f} names no direction: a header row (industry, direction, "
     "cost), then one row per direction.", "{f} 中没有重点发展方向：第一行为列名（产业、重点发展方向、"
     "成本），之后每个方向一行。"),
])
def test_a_table_that_will_not_do_as_a_whole_is_one_problem(capsys, workshop, tmp_path, lang,
                                                            text, en, zh):
    table = tmp_path / "t.csv"
    table.write_text(text, encoding="utf-8")
    (line,) = assert_refused(capsys, workshop, table, lang, 1)
    assert line.startswith("  - " + (zh if lang == "zh" else en).format(f=table)), line


@pytest.mark.parametrize(("name", "content", "en"), [
    ("c.json", b"{}", "error: Cannot read costs from {f}: use a .csv or .xlsx file."),
    ("c.csv", b"\xff\xfe\x00\x81\x30\xff", "error: {f} is neither UTF-8 nor GB 18030 text"),
    ("c.xlsx", b"not a zip", "error: "),
    ("missing.csv", None, "error: Cannot read the cost table {f}."),
])
def test_a_file_that_is_no_table_is_one_line(capsys, workshop, tmp_path, name, content, en):
    before = workshop.read_bytes()
    table = tmp_path / name
    if content is not None:
        table.write_bytes(content)
    code, out, err = run(capsys, "direction", "costs", workshop, table, "--lang", "en")
    assert (code, out) == (1, "")
    assert len(err.splitlines()) == 1, err
    assert err.startswith(en.format(f=table)), err
    assert workshop.read_bytes() == before
    assert not (tmp_path / "w.json.bak").exists()


# -- the template ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_the_template_lists_every_direction_with_its_cost_and_hidden_ids(capsys, workshop,
                                                                         tmp_path, lang):
    project = load(workshop)
    path = tmp_path / "t.xlsx"
    code, out, _ = run(capsys, "direction", "costs", workshop, "--template", path, "--lang", lang)
    assert code == 0
    costed = sum(c is not None for c in costs_of(project).values())
    cost = "成本（亿元）" if lang == "zh" else "Cost (亿元)"
    assert out == (f"已写出成本模板 {path}：61 个重点发展方向，其中 {costed} 个已有成本。填好“{cost}”列后，"
                   f"用 fourchains-cli direction costs {workshop} {path} 导入。\n" if lang == "zh"
                   else f"Wrote the cost template {path}: 61 direction(s), {costed} with a cost. "
                   f"Fill in the “{cost}” column, then import it with fourchains-cli direction "
                   f"costs {workshop} {path}.\n")
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0] == (["产业", "重点发展方向", cost, "产业编号", "方向编号"] if lang == "zh" else
                       ["Industry", "Direction", cost, "Industry id", "Direction id"])
    assert rows[1:] == [[i.label.get(lang), d.label.get(lang), d.cost, i.id, d.id]
                        for i in project.industries for d in i.directions]
    assert ws.column_dimensions["D"].hidden
    assert ws.column_dimensions["E"].hidden
    assert len(wb.worksheets) == 2  # and the notes
    # a second template keeps the filled-in first one as .bak
    code, out, _ = run(capsys, "direction", "costs", workshop, "--template", path, "--lang", "en")
    assert code == 0
    assert f"(the previous file is kept as {path}.bak)" in out
    assert (tmp_path / "t.xlsx.bak").exists()


@pytest.mark.parametrize(("argv", "en"), [
    ([], "error: Give a cost table to import, or --template FILE to write one (not both)."),
    (["c.csv", "--template", "t.xlsx"], "error: Give a cost table to import"),
    (["--template", "t.xlsx", "-o", "x.json"], "error: --output is for importing a cost table"),
    (["--template", "t.ods"], "error: Cannot write t.ods: a cost template is a .xlsx or .csv "
                              "file."),
])
def test_a_wrong_combination_is_one_line(capsys, workshop, tmp_path, monkeypatch, argv, en):
    monkeypatch.chdir(tmp_path)
    before = workshop.read_bytes()
    code, out, err = run(capsys, "direction", "costs", workshop, *argv, "--lang", "en")
    assert (code, out) == (1 if argv[-1:] == ["t.ods"] else 2, "")
    assert len(err.splitlines()) == 1, err
    assert err.startswith(en), err
    assert workshop.read_bytes() == before
    assert list(tmp_path.iterdir()) == [workshop]


# -- negative amounts in exponent form ----------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("argv", [["direction", "cost", "{p}", "ngit", "quantum"],
                                  ["budget", "{p}"]])
@pytest.mark.parametrize("value", ["-1e3", "-2.5E+2", "-1,250", "-3亿元"])
def test_a_negative_amount_in_any_form_is_the_same_one_line_as_minus_three(capsys, workshop,
                                                                           argv, value, lang):
    before = workshop.read_bytes()
    args = [workshop if a == "{p}" else a for a in argv]
    _, _, said = run(capsys, *args, "-3", "--lang", lang)
    code, out, err = run(capsys, *args, value, "--lang", lang)
    assert (code, out) == (1, "")
    assert err == said.replace("“-3”", f"“{value}”")
    assert len(err.splitlines()) == 1
    assert workshop.read_bytes() == before


@pytest.mark.parametrize("lang", LANGS)
def test_help_in_one_language(capsys, lang):
    with pytest.raises(SystemExit) as stop:
        run(capsys, "--lang", lang, "direction", "costs", "--help")
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert "--template" in out
    body = out.split("\n\n", 1)[1].replace(":", "")
    assert_speaks(body, lang, ["none", "FILE", "COSTS", "OUT", "(产业)", "(重点发展方向)", "(成本)"])

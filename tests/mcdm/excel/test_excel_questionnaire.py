"""Questionnaires: generate, fill like an expert, import, and get exactly the project's answers back;
the workbook's shape. (The live feedback is tested in test_excel_live_feedback.py.)"""


import openpyxl
import pytest

from mcdm.excel import read_questionnaires, write_panel_questionnaire, write_questionnaire
from mcdm.excel.labels import levels
from mcdm.excel.questionnaire import plan as P
from tests.support.excel import answer_cells, fill, small_project


def _blank(project):
    """The project with the panel's answers removed (what a facilitator starts from)."""
    return project.replace(judgments={}, scores={})


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_round_trip_per_expert(tmp_path, lang):
    source = small_project(lang)
    start = _blank(source)
    paths = []
    for e in start.expert_ids():
        path = write_questionnaire(start, e, tmp_path / f"{e}.xlsx")
        paths.append(fill(path, source))
    report = read_questionnaires(start, paths)
    assert report.problems == ()
    assert report.notes == ()
    assert report.experts == start.expert_ids()
    imported, inverse = report.edit.apply(start)
    assert imported.judgments == source.judgments
    assert imported.scores == source.scores
    assert inverse.apply(imported)[0] == start  # one undo step restores the project


def test_round_trip_panel_workbook(tmp_path):
    source = small_project("en")
    start = _blank(source)
    path = fill(write_panel_questionnaire(start, tmp_path / "panel.xlsx"), source)
    report = read_questionnaires(start, [path])
    assert report.ok
    imported, _ = report.edit.apply(start)
    assert imported.judgments == source.judgments
    assert imported.scores == source.scores


def test_prefilled_questionnaire_reimports_without_changes(tmp_path):
    project = small_project()
    path = write_questionnaire(project, "e1", tmp_path / "e1.xlsx", prefill=True)
    report = read_questionnaires(project, [path])
    assert report.ok
    assert report.changes == ()
    assert len(report.judgments) == sum(len(n.children) * (len(n.children) - 1) // 2
                                        for n in project.internal_nodes())


def test_deleting_a_prefilled_answer_clears_it(tmp_path):
    project = small_project()
    path = write_questionnaire(project, "e1", tmp_path / "e1.xlsx", prefill=True)
    wb = openpyxl.load_workbook(path)
    _, _, sheets = answer_cells(project, wb)
    title, sp = next((t, s) for t, s in sheets.items() if s.judgment_blocks)
    block = next(b for b in sp.judgment_blocks if b.node_id == "P")
    pr = block.pairs[0]
    wb[title].cell(row=pr.row, column=P.COL_A_MORE).value = None
    wb[title].cell(row=pr.row, column=P.COL_B_MORE).value = None
    wb.save(path)
    report = read_questionnaires(project, [path])
    assert [(c.status, c.block_id, c.key, c.old, c.new) for c in report.changes] == [
        ("cleared", "P", (pr.a, pr.b), project.judgment("e1", "P", pr.a, pr.b), None)]
    assert report.clears() == report.changes
    assert report.changes[0].location.cell == f"C{pr.row}"
    after, _ = report.edit.apply(project)
    assert after.judgment("e1", "P", pr.a, pr.b) is None


def test_workbook_shape(tmp_path):
    project = small_project("zh")
    path = write_questionnaire(project, "e1", tmp_path / "e1.xlsx")
    wb = openpyxl.load_workbook(path)
    plan, meta, sheets = answer_cells(project, wb)
    assert wb.sheetnames[0] == "填写说明"
    assert wb[P.META_SHEET].sheet_state == "veryHidden"
    assert meta["project_id"] == project.id
    assert meta["format_version"] == P.FORMAT_VERSION
    assert meta["template"] == project.template
    assert meta["lang"] == "zh"
    # One judgment sheet and one score sheet per industry, named in the project's language.
    assert list(sheets) == ["两两比较", "新一代信息技术产业", "生物产业"]
    for title in wb.sheetnames:
        assert wb[title].protection.sheet
        assert not wb[title].protection.password
    ws = wb["两两比较"]
    block = sheets["两两比较"].judgment_blocks[1]
    pr = block.pairs[0]
    for col in (P.COL_A_MORE, P.COL_B_MORE):
        assert ws.cell(row=pr.row, column=col).protection.locked is False
    assert ws.cell(row=pr.row, column=P.COL_A).protection.locked is True
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert lists
    assert all(levels("zh")[0] in dv.formula1 for dv in lists)
    covered = " ".join(str(dv.sqref) for dv in lists)
    assert ws.cell(row=pr.row, column=P.COL_A_MORE).coordinate in covered
    # A label that looks like a formula is stored as text.
    p3 = [c for row in ws.iter_rows() for c in row if c.value == "=企业主体"]
    assert p3
    assert all(c.data_type == "s" for c in p3)
    # Score sheets: range validation on the tree leaves; the industry's own measured criterion
    # shows the project's value, read-only (no validation, locked, not an answer cell).
    sws = wb["新一代信息技术产业"]
    decimals = [dv for dv in sws.data_validations.dataValidation if dv.type == "decimal"]
    assert {(dv.formula1, dv.formula2) for dv in decimals} == {("1", "9")}
    sblock = sheets["新一代信息技术产业"].score_blocks[0]
    own = next(c for c in sblock.columns if c.low is None)
    cell = sws.cell(row=sblock.rows[0][0], column=own.col)
    assert cell.value == project.score("e1", "ict", sblock.rows[0][1], own.criterion_id)
    assert cell.protection.locked is True
    assert "实测数据" in sws.cell(row=sblock.range_row, column=own.col).value
    # Asked to supply them, the experts get an editable cell checked as any number.
    ask = openpyxl.load_workbook(write_questionnaire(project, "e1", tmp_path / "ask.xlsx",
                                                     measured="ask"))
    decimals = [dv for dv in ask["新一代信息技术产业"].data_validations.dataValidation
                if dv.type == "decimal"]
    assert {(dv.formula1, dv.formula2) for dv in decimals} == {("1", "9"), ("-1e+15", "1e+15")}
    assert ask["新一代信息技术产业"].cell(row=sblock.rows[0][0], column=own.col).protection.locked \
        is False
    assert wb["两两比较"].freeze_panes == "A4"


@pytest.mark.parametrize("scale", ["balanced", "geometric"])
def test_round_trip_on_other_numeric_scales(tmp_path, scale):
    """Levels map through the project's scale (mcdm.ahp.scales) both ways."""
    from mcdm.ahp.scales import get_scale

    base = small_project("zh")
    values = get_scale(scale).values
    # Re-express every judgment as the same grade on the other scale.
    judgments = {e: {n: {pair: (values[round(v) - 1] if v >= 1 else 1 / values[round(1 / v) - 1])
                         for pair, v in pairs.items()} for n, pairs in nodes.items()}
                 for e, nodes in base.judgments.items()}
    source = base.replace(judgments=judgments, settings=base.settings.replace(scale=scale))
    start = source.replace(judgments={})
    path = fill(write_questionnaire(start, "e2", tmp_path / "e2.xlsx"), source)
    report = read_questionnaires(start, [path])
    assert report.ok
    imported, _ = report.edit.apply(start)
    assert imported.judgments["e2"] == source.judgments["e2"]
    assert imported.judgments["e2"] != base.judgments["e2"]


def test_prefill_shows_an_off_scale_judgment_as_its_nearest_level(tmp_path):
    base = small_project("en")
    judgments = base.judgments.to_dict()
    nodes = judgments["e1"].to_dict()
    nodes["P"] = {("P1", "P2"): 2.5, ("P1", "P3"): 1 / 6.2, ("P2", "P3"): 3.0}
    judgments["e1"] = nodes
    project = base.replace(judgments=judgments)
    path = write_questionnaire(project, "e1", tmp_path / "e1.xlsx", prefill=True)
    report = read_questionnaires(project, [path])
    got = {(c.a, c.b): c.value for c in report.judgments if c.node_id == "P"}
    assert got == {("P1", "P2"): 3.0, ("P1", "P3"): 1 / 6, ("P2", "P3"): 3.0}


def _random_answers(data, base):
    """Any mix of levels, sides and blanks on the project's scale, for every expert and node."""
    from hypothesis import strategies as st

    from mcdm.ahp.scales import get_scale

    values = get_scale(base.settings.scale).values
    judgments = {}
    for e in base.expert_ids():
        nodes = {}
        for node in base.internal_nodes():
            ids = node.child_ids()
            pairs = {}
            for i in range(len(ids)):
                for j in range(i + 1, len(ids)):
                    level = data.draw(st.integers(0, 9))  # 0 = left blank
                    if level:
                        v = float(values[level - 1])
                        pairs[(ids[i], ids[j])] = v if data.draw(st.booleans()) else 1.0 / v
            if pairs:
                nodes[node.id] = pairs
        if nodes:
            judgments[e] = nodes
    return base.replace(judgments=judgments)


def test_round_trip_property(tmp_path_factory):
    """Property: whatever the answers, generate → fill → import gives them back exactly."""
    import os

    from hypothesis import given, settings
    from hypothesis import strategies as st

    base = small_project("en")
    start = base.replace(judgments={}, scores={})
    examples = 200 if os.environ.get("FOURCHAINS_LONG") else 12

    @settings(max_examples=examples, deadline=None)
    @given(st.data(), st.sampled_from(["expert", "panel"]))
    def check(data, kind):
        source = _random_answers(data, base).replace(scores=base.scores)
        tmp = tmp_path_factory.mktemp("prop")
        if kind == "panel":
            paths = [fill(write_panel_questionnaire(start, tmp / "panel.xlsx"), source)]
        else:
            paths = [fill(write_questionnaire(start, e, tmp / f"{e}.xlsx"), source)
                     for e in start.expert_ids()]
        report = read_questionnaires(start, paths)
        assert report.ok
        imported, _ = report.edit.apply(start)
        assert imported.judgments == source.judgments
        assert imported.scores == source.scores

    check()

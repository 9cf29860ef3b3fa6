"""Questionnaires: generate, fill like an expert, import, and get exactly the project's answers back;
live in-workbook feedback recalculated by LibreOffice equals the AHP engine; the workbook's shape."""

import math

import numpy as np
import openpyxl
import pytest

from mcdm.ahp import gci, priorities
from mcdm.excel import read_questionnaires, write_panel_questionnaire, write_questionnaire
from mcdm.excel.labels import levels
from mcdm.excel.questionnaire import plan as P
from tests.support.excel import answer_cells, fill, small_project
from tests.support.recalc import recalculated_values


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


def test_blank_answers_clear_previous_judgments(tmp_path):
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
    assert [(c.node_id, c.a, c.b, c.value) for c in report.changes] == [("P", pr.a, pr.b, None)]
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
    # Score sheets: range validation on the tree leaves, any number on the industry's own.
    sws = wb["新一代信息技术产业"]
    decimals = [dv for dv in sws.data_validations.dataValidation if dv.type == "decimal"]
    assert {(dv.formula1, dv.formula2) for dv in decimals} == {("1", "9"), ("-1e+15", "1e+15")}
    assert wb["两两比较"].freeze_panes == "A4"


def test_live_feedback_matches_the_ahp_engine(tmp_path):
    """LibreOffice recalculates the geometric-mean weights and GCI the expert sees."""
    project = small_project("en")
    path = write_questionnaire(project, "e1", tmp_path / "e1.xlsx", prefill=True)
    wb = openpyxl.load_workbook(path)
    _, _, sheets = answer_cells(project, wb)
    title, sp = next((t, s) for t, s in sheets.items() if s.judgment_blocks)
    values = recalculated_values(path, tmp_path)[title]
    checked = 0
    for block in sp.judgment_blocks:
        a = np.asarray(project.judgment_matrix("e1", block.node_id))
        n = len(block.items)
        wcol = P.COL_MATRIX + 1 + n
        got_w = [values[f"{P.COL_LETTER(wcol)}{block.first_row + i}"] for i in range(n)]
        want = priorities(a, method="geometric_mean")
        np.testing.assert_allclose(got_w, want.weights, rtol=0, atol=1e-9)
        got_gci = values[f"{P.COL_LETTER(P.COL_MATRIX + 1)}{block.feedback_row}"]
        assert math.isclose(got_gci, gci(a), abs_tol=1e-9)
        # The approximate CR: by hand with numpy, and the engine's pass/fail verdict.
        got_cr = values[f"{P.COL_LETTER(P.COL_MATRIX + 1)}{block.feedback_row + 2}"]
        assert math.isclose(got_cr, _approx_cr(a), abs_tol=1e-9)
        assert (got_cr > 0.1) == (want.cr > 0.1)
        checked += 1
    assert checked == 3
    # The S block of e1 is inconsistent: its GCI is above the threshold the sheet shows in red.
    s_block = next(b for b in sp.judgment_blocks if b.node_id == "S")
    assert values[f"{P.COL_LETTER(P.COL_MATRIX + 1)}{s_block.feedback_row}"] > \
        values[f"{P.COL_LETTER(P.COL_MATRIX + 1)}{s_block.feedback_row + 1}"]


def _llsm_weights(a):
    from mcdm.ahp.incomplete import llsm

    w = np.exp(llsm(np.asarray(a, dtype=float)))
    return w / w.sum()


def _approx_cr(a, w=None):
    """Independent numpy version of the sheet's approximation: lambda = mean_i (sum over known
    a_ij w_j / w_i + number missing in row i) with the LLSM weights."""
    from mcdm.ahp import random_index

    n = len(a)
    w = _llsm_weights(a) if w is None else w
    known = ~np.isnan(a)
    lam = np.mean([np.nansum(a[i] * w) / w[i] + (~known[i]).sum() for i in range(n)])
    return 0.0 if n < 3 else (lam - n) / (n - 1) / random_index(n)


def _feedback(project, expert, tmp_path, edit=None):
    path = write_questionnaire(project, expert, tmp_path / f"{expert}.xlsx", prefill=True)
    wb = openpyxl.load_workbook(path)
    _, _, sheets = answer_cells(project, wb)
    title, sp = next((t, s) for t, s in sheets.items() if s.judgment_blocks)
    if edit:
        edit(wb[title], sp)
        wb.save(path)
    return sp, recalculated_values(path, tmp_path)[title]


def test_live_feedback_on_an_incomplete_matrix(tmp_path):
    """e2 left a judgment out at P: the sheet solves LLSM like the engine, GCI included."""
    project = small_project("zh")
    sp, values = _feedback(project, "e2", tmp_path)
    block = next(b for b in sp.judgment_blocks if b.node_id == "P")
    a = np.asarray(project.judgment_matrix("e2", "P"))
    assert np.isnan(a).any()
    wcol = P.COL_LETTER(P.COL_MATRIX + 1 + 3)
    got = [values[f"{wcol}{block.first_row + i}"] for i in range(3)]
    np.testing.assert_allclose(got, _llsm_weights(a), rtol=0, atol=1e-9)
    cell = P.COL_LETTER(P.COL_MATRIX + 1)
    from mcdm.ahp.incomplete import llsm

    assert math.isclose(values[f"{cell}{block.feedback_row}"], gci(a, llsm(a)), abs_tol=1e-9)
    assert math.isclose(values[f"{cell}{block.feedback_row + 2}"], _approx_cr(a), abs_tol=1e-9)
    assert values[f"{cell}{block.feedback_row + 4}"] == "2 / 3"


def test_live_feedback_when_answers_do_not_connect_the_items(tmp_path):
    """Only S1-S2 and S3-S4 answered: LLSM is undefined, the sheet falls back to row geometric
    means of the known entries instead of showing errors."""
    project = small_project("en")

    def keep_two(ws, sp):
        block = next(b for b in sp.judgment_blocks if b.node_id == "S")
        for pr in block.pairs:
            if (pr.a, pr.b) not in {("S1", "S2"), ("S3", "S4")}:
                ws.cell(row=pr.row, column=P.COL_A_MORE).value = None
                ws.cell(row=pr.row, column=P.COL_B_MORE).value = None

    sp, values = _feedback(project, "e1", tmp_path, keep_two)
    block = next(b for b in sp.judgment_blocks if b.node_id == "S")
    wcol = P.COL_LETTER(P.COL_MATRIX + 1 + 4)
    got = np.array([values[f"{wcol}{block.first_row + i}"] for i in range(4)], dtype=float)
    s12, s34 = project.judgment("e1", "S", "S1", "S2"), project.judgment("e1", "S", "S3", "S4")
    gm = np.array([np.sqrt(s12), np.sqrt(1 / s12), np.sqrt(s34), np.sqrt(1 / s34)])
    np.testing.assert_allclose(got, gm / gm.sum(), rtol=0, atol=1e-9)


def test_live_feedback_flags_both_sides_in_the_sheet(tmp_path):
    project = small_project("en")
    path = write_questionnaire(project, "e1", tmp_path / "e1.xlsx", prefill=True)
    wb = openpyxl.load_workbook(path)
    _, _, sheets = answer_cells(project, wb)
    title, sp = next((t, s) for t, s in sheets.items() if s.judgment_blocks)
    pr = sp.judgment_blocks[1].pairs[0]
    wb[title].cell(row=pr.row, column=P.COL_A_MORE).value = levels("en")[2]
    wb[title].cell(row=pr.row, column=P.COL_B_MORE).value = levels("en")[4]
    wb.save(path)
    values = recalculated_values(path, tmp_path)[title]
    assert values[f"G{pr.row}"] == "both sides answered"
    assert f"F{pr.row}" not in values  # no value taken from a contradictory row


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


def test_gci_and_cr_cells_turn_red_above_their_thresholds(tmp_path):
    project = small_project("en")
    path = write_questionnaire(project, "e1", tmp_path / "e1.xlsx")
    wb = openpyxl.load_workbook(path)
    _, _, sheets = answer_cells(project, wb)
    title, sp = next((t, s) for t, s in sheets.items() if s.judgment_blocks)
    ws = wb[title]
    col = P.COL_LETTER(P.COL_MATRIX + 1)
    rules = {}
    for cf in ws.conditional_formatting:
        for rule in cf.rules:
            for cell in str(cf.sqref).split():
                rules[cell] = rule
    checked = 0
    for block in sp.judgment_blocks:
        if len(project.node(block.node_id).children) < 3:
            continue  # no consistency to judge with two items
        fb = block.feedback_row
        for value_row, threshold_row in ((fb, fb + 1), (fb + 2, fb + 3)):  # GCI, then CR
            rule = rules[f"{col}{value_row}"]
            assert rule.operator == "greaterThan"
            assert rule.formula == [f"{col}{threshold_row}"]
            colours = {rule.dxf.fill.fgColor.rgb, rule.dxf.fill.bgColor.rgb}
            assert any(str(c).endswith("F8CBAD") for c in colours), colours  # the red fill
            checked += 1
    assert checked >= 2

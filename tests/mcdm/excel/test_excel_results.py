"""The results workbook of the sample workshop: LibreOffice recalculates every TOPSIS formula and
gets the engine's numbers to 1e-9; sheets, language, formatting and formula-looking text."""

import numpy as np
import openpyxl
import pytest

from mcdm.excel.report.workbook import write_results
from mcdm.project.evaluate import evaluate
from mcdm.project.storage import load
from mcdm.resources import sample
from tests.support.recalc import recalculated_values

TOL = 1e-9
HOSTILE = ("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2", "@SUM(A1)")


def _project():
    """The sample workshop with labels that a spreadsheet would take for formulas."""
    p = load(str(sample("sample_workshop.json")))
    ind = p.industries[0]
    renamed = tuple(d.__class__(d.id, d.label.__class__(text, text))
                    for d, text in zip(ind.directions, HOSTILE, strict=False))
    industries = (ind.replace(directions=(*renamed, *ind.directions[len(HOSTILE):])), *p.industries[1:])
    e0 = p.experts[0].__class__(p.experts[0].id, HOSTILE[1], p.experts[0].role, p.experts[0].weight)
    return p.replace(industries=industries, experts=(e0, *p.experts[1:]))


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("results")
    project = _project()
    result = evaluate(project, sensitivity=True)
    path = write_results(project, result, tmp / "results.xlsx")
    return project, result, path, recalculated_values(path, tmp)


def _topsis_sheets(wb):
    return [ws for ws in wb.worksheets if ws.title.startswith("TOPSIS")]


def test_topsis_formulas_equal_the_engine(exported):
    project, result, path, values = exported
    wb = openpyxl.load_workbook(path)
    sheets = _topsis_sheets(wb)
    assert len(sheets) == len(result.industries) == len(project.industries)
    for ws, ir in zip(sheets, result.industries, strict=True):
        v = values[ws.title]
        t = ir.topsis
        m, n = t.steps.normalized.shape
        # Locate the blocks by their formulas: the closeness column holds "=IF(...".
        formulas = {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.data_type == "f"}
        close = sorted((k for k, f in formulas.items() if f.startswith("=IF((B")), key=lambda k: int(k[1:]))
        ranks = sorted((k for k, f in formulas.items() if f.startswith("=RANK(")), key=lambda k: int(k[1:]))
        assert len(close) == m
        np.testing.assert_allclose([v[k] for k in close], t.closeness, rtol=0, atol=TOL)
        assert [int(v[k]) for k in ranks] == t.ranks.tolist()
        dplus = [v[k.replace("D", "B")] for k in close]
        dminus = [v[k.replace("D", "C")] for k in close]
        np.testing.assert_allclose(dplus, t.steps.d_plus, rtol=0, atol=TOL)
        np.testing.assert_allclose(dminus, t.steps.d_minus, rtol=0, atol=TOL)
        weighted = sorted((k for k, f in formulas.items() if "/SUM($" in f),
                          key=lambda k: (int("".join(filter(str.isdigit, k))), openpyxl.utils.column_index_from_string(k.rstrip("0123456789"))))
        np.testing.assert_allclose(np.array([v[k] for k in weighted]).reshape(m, n), t.steps.weighted,
                                   rtol=0, atol=TOL)


def test_sheets_in_the_projects_language(exported):
    project, result, path, _ = exported
    wb = openpyxl.load_workbook(path)
    names = wb.sheetnames
    assert names[:2] == ["摘要", "权重"]
    assert names[2:2 + len(project.experts)] == [e.name for e in project.experts]
    assert "打分汇总" in names
    assert "方法比较" in names
    assert names[-1] == "灵敏度分析"
    en = write_results(project, result, path.with_name("results_en.xlsx"), lang="en")
    en_names = openpyxl.load_workbook(en).sheetnames
    assert en_names[:2] == ["Summary", "Weights"]
    assert {"Scores", "Method comparison", "Sensitivity"} <= set(en_names)


def test_topsis_sheet_names_are_short_unique_and_whole_words(exported, tmp_path):
    project, result, path, _ = exported
    for lang in ("zh", "en"):
        wb = openpyxl.load_workbook(write_results(project, result, tmp_path / f"{lang}.xlsx",
                                                  lang=lang))
        sheets = _topsis_sheets(wb)
        assert len({ws.title.casefold() for ws in sheets}) == len(project.industries)
        for k, (ws, ind) in enumerate(zip(sheets, project.industries, strict=True), start=1):
            label = ind.label.get(lang)
            assert len(ws.title) <= 31
            prefix = f"TOPSIS {k} · "
            assert ws.title.startswith(prefix), ws.title
            shown = ws.title[len(prefix):]
            if shown.endswith("…"):
                # Cut between words of the full label (English has spaces), never mid-word.
                kept = shown[:-1]
                assert label.startswith(kept)
                if " " in label:
                    assert label[len(kept)] == " ", ws.title
            else:
                assert shown == label
            # The full label is in the sheet's title cell.
            assert label in ws["A1"].value


def test_shorten_cuts_at_a_word_and_drops_dangling_words():
    from mcdm.excel.layout import sheet_title, shorten

    assert shorten("Energy saving and environmental protection", 20) == "Energy saving…"
    assert shorten("Bioindustry", 20) == "Bioindustry"
    assert shorten("新能源汽车和智能汽车产业新能源汽车和智能汽车产业", 10) == "新能源汽车和智能汽…"
    taken: set[str] = set()
    names = [sheet_title("A" * 40, taken) for _ in range(3)]
    assert len(set(names)) == 3
    assert all(len(n) <= 31 for n in names)


def test_reader_formatting(exported):
    _, _, path, _ = exported
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        assert ws.freeze_panes is not None, ws.title
        assert ws.page_setup.orientation == "landscape"
        assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert len(wb["摘要"]._charts) >= 2
    assert len(wb["灵敏度分析"]._charts) == len(_topsis_sheets(wb))
    assert wb["权重"].conditional_formatting  # CR above the threshold turns red, colour scales
    assert wb["权重"].column_dimensions["A"].width >= 30


def test_weights_and_diagnostics_are_the_results(exported):
    project, result, path, values = exported
    v = values["权重"]
    labels = {cell: val for cell, val in v.items() if cell.startswith("A")}
    for leaf_id, w in zip(result.leaf_ids, result.leaf_weights, strict=True):
        row = next(c[1:] for c, val in labels.items() if val == project.node(leaf_id).label.get("zh"))
        assert v[f"C{row}"] == pytest.approx(float(w), abs=1e-12)
    # The inconsistent expert's CR at the principles node is there, above the threshold.
    crs = [result.cr(e, n.id) for e in result.expert_ids for n in project.internal_nodes()]
    assert max(c for c in crs if c is not None) > project.settings.cr_threshold


def test_formula_looking_text_stays_text(exported):
    _, _, path, values = exported
    wb = openpyxl.load_workbook(path)
    found = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value in HOSTILE]
    assert {c.value for c in found} == set(HOSTILE)
    assert all(c.data_type == "s" for c in found)
    assert all(c.quotePrefix for c in found)
    # After a real spreadsheet engine loaded and recalculated the file they are still literal text.
    recalculated = {val for sheet in values.values() for val in sheet.values()}
    assert set(HOSTILE) <= recalculated
    # The expert named like a formula names a sheet and a title, never a formula.
    assert HOSTILE[1] in wb.sheetnames


def test_rank_acceptability_from_monte_carlo(tmp_path):
    project = load(str(sample("sample_workshop.json")))
    result = evaluate(project, sensitivity=True, monte_carlo=300)
    path = write_results(project, result, tmp_path / "mc.xlsx", lang="en")
    ws = openpyxl.load_workbook(path)["Sensitivity"]
    ir = result.industries[0]
    acc = ir.monte_carlo.acceptability
    acc = acc[0] if isinstance(acc, tuple) else acc
    title_row = next(c.row for c in ws["A"] if c.value == "Rank acceptability (Monte Carlo)")
    got = np.array([[ws.cell(row=title_row + 2 + i, column=2 + k).value for k in range(acc.shape[1])]
                    for i in range(acc.shape[0])], dtype=float)
    np.testing.assert_allclose(got, acc, rtol=1e-14, atol=0)  # as stored in the XML
    assert ws.cell(row=title_row + 2, column=1).value == project.industries[0].directions[
        list(ir.direction_ids).index(project.industries[0].directions[0].id)].label.en


def test_reversal_points_and_correlations_are_the_results(exported):
    project, result, path, _ = exported
    wb = openpyxl.load_workbook(path)
    ws = wb["灵敏度分析"]
    header_rows = [c.row for c in ws["C"] if c.value == "逆转时的权重"]
    industries_with = [ir for ir in result.industries if ir.sensitivity.reversals]
    assert len(header_rows) == len(industries_with)
    ir, top = industries_with[0], header_rows[0]
    shown = []
    r = top + 1
    while ws.cell(row=r, column=3).value is not None:
        shown.append(ws.cell(row=r, column=3).value)
        r += 1
    nearest = sorted(ir.sensitivity.reversals, key=lambda v: abs(v.weight - ir.weights[v.criterion]))
    assert sorted(shown) == pytest.approx(sorted(v.weight for v in nearest[:len(shown)]), abs=1e-12)
    cmp = wb["方法比较"]
    titles = [c.value for row in cmp.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("加权斯皮尔曼系数" in t for t in titles)
    assert any("WS 相似系数" in t for t in titles)


def test_english_workbook_of_the_sample_names_every_sheet_in_english(tmp_path):
    import re

    project = load(str(sample("sample_workshop.json")))
    path = write_results(project, evaluate(project), tmp_path / "en.xlsx", lang="en",
                         complete=False)
    names = openpyxl.load_workbook(path).sheetnames
    # Expert sheets included: the sample's names read in both languages ("专家A Expert A").
    assert all(re.search(r"[A-Za-z]{3,}", n) for n in names), names


def test_summary_prints_one_page_wide_at_a_readable_scale(exported):
    project, _, path, _ = exported
    ws = openpyxl.load_workbook(path)["摘要"]
    used = max(c.column for row in ws.iter_rows() for c in row if c.value is not None)
    assert used == 7  # industry + three (direction, closeness) pairs
    assert ws.page_setup.fitToWidth == 1
    assert not ws.page_setup.fitToHeight  # as many pages down as needed, never squeezed
    # The charts sit inside the tables' columns, so they do not widen the printed page
    # (a column-width unit is about 0.19 cm; the drawing stores sizes in EMU, 360000 a cm).
    assert len(ws._charts) == 2
    widths = {k: ws.column_dimensions[openpyxl.utils.get_column_letter(k)].width for k in range(1, 8)}
    for chart in ws._charts:
        start = chart.anchor._from.col + 1  # 0-based in the drawing
        assert 1 <= start <= 7
        assert chart.anchor.ext.width / 360000 <= sum(widths[k] for k in range(start, 8)) * 0.19
    # The top directions fill the first page; weights and consensus start the second.
    breaks = [b.id for b in ws.row_breaks.brk]
    assert len(breaks) == 1
    before = {ws.cell(r, 1).value for r in range(1, breaks[0] + 1)}
    after = {ws.cell(r, 1).value for r in range(breaks[0] + 1, ws.max_row + 1)}
    assert {ind.label.get("zh") for ind in project.industries} <= before
    assert {project.node(leaf.id).label.get("zh") for leaf in project.leaves()} <= after


def test_wrapped_rows_are_tall_enough_for_their_text(exported):
    from mcdm.excel.layout import text_width

    _, _, path, _ = exported
    wb = openpyxl.load_workbook(path)
    checked = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if not (isinstance(c.value, str) and c.alignment.wrap_text):
                    continue
                width = ws.column_dimensions[c.column_letter].width
                if not width or ws.row_dimensions[c.row].height is None:
                    continue
                # Lower bound on the lines a spreadsheet needs: the text over the column width.
                lines = int(text_width(c.value) * 0.75 // width) + 1
                assert ws.row_dimensions[c.row].height >= 14.5 * lines, (ws.title, c.coordinate)
                checked += 1
    assert checked > 100


def test_every_stored_cell_shows_something(exported):
    # An empty cell that is stored (with only an alignment, say) widens the used range, which
    # Excel prints "one page wide": a wrapped header row once stored empty cells out to the
    # last column it had a width for (column W of 专家打分, whose tables end at J).
    _, _, path, _ = exported
    wb = openpyxl.load_workbook(path)
    invisible = [(ws.title, c.coordinate) for ws in wb.worksheets for c in ws._cells.values()
                 if c.value is None and c.fill.fill_type is None
                 and not any(getattr(c.border, side).style
                             for side in ("left", "right", "top", "bottom"))]
    assert invisible == []


def test_expert_sheets_and_scores_are_the_results(exported):
    from mcdm.excel.labels import tr

    project, result, path, _ = exported
    wb = openpyxl.load_workbook(path)
    for e in project.experts:
        ws = wb[e.name]
        blocks = [c.row for c in ws["A"] if isinstance(c.value, str) and c.value.startswith("判断矩阵")]
        nodes = [n for n in project.internal_nodes() if (e.id, n.id) in result.individual]
        assert len(blocks) == len(nodes)
        for top, node in zip(blocks, nodes, strict=True):
            k = len(node.children)
            shown = np.array([[ws.cell(top + 2 + i, 2 + j).value for j in range(k)] for i in range(k)],
                             dtype=float)
            expected = np.asarray(project.judgment_matrix(e.id, node.id), dtype=float)
            np.testing.assert_allclose(shown, expected, rtol=1e-12, equal_nan=True)
            r = result.individual[(e.id, node.id)]
            np.testing.assert_allclose([ws.cell(top + 2 + i, 2 + k).value for i in range(k)],
                                       r.weights, rtol=0, atol=1e-12)
            cr_row = top + 2 + k + 2  # λmax, CI, CR, GCI under the matrix
            assert ws.cell(cr_row, 1).value == "CR"
            assert ws.cell(cr_row, 2).value == pytest.approx(float(r.cr), abs=1e-12)
    ws = wb["打分汇总"]
    for ir in result.industries:
        label = project.industry(ir.industry_id).label.get("zh")
        for key, table in (("r.aggregated", ir.scores.matrix), ("r.dispersion", ir.scores.std)):
            top = next(c.row for c in ws["A"] if c.value == f"{label} · {tr(key, 'zh')}")
            m, n = table.shape
            shown = np.array([[ws.cell(top + 3 + i, 2 + j).value for j in range(n)] for i in range(m)],
                             dtype=float)
            np.testing.assert_allclose(shown, table, rtol=0, atol=1e-12, equal_nan=True)


def test_comparison_and_sensitivity_sheets_are_no_wider_than_their_tables(exported):
    _, result, path, _ = exported
    wb = openpyxl.load_workbook(path)
    cmp = wb["方法比较"]
    methods = len(result.comparison(result.industries[0].industry_id).methods)
    used = max(c.column for row in cmp.iter_rows() for c in row if c.value is not None)
    assert used == methods + 2  # direction, one column per method, rank spread
    sens = wb["灵敏度分析"]
    widest = max(c.column for row in sens.iter_rows() for c in row if c.value is not None)
    assert sens._charts
    for chart in sens._charts:
        # Charts under their data (column A), never to the right of the widest table, and
        # over no cell: 10 cm take 19 rows of 0.53 cm.
        assert chart.anchor._from.col == 0
        top = chart.anchor._from.row + 1
        covered = [c.coordinate for r in range(top, top + 19) for c in sens[r] if c.value is not None]
        assert covered == []
        assert chart.anchor.ext.width / 360000 <= sum(
            (sens.column_dimensions[openpyxl.utils.get_column_letter(k)].width or 8.43)
            for k in range(1, widest + 1)) * 0.19

"""The results workbook's formulas carry the engine's values as cached results (what previews,
Protected View and phone viewers show), equal to the engine to 1e-9 and to LibreOffice's own
recalculation; TOPSIS inputs are linked to the score summary and the weights; the Monte Carlo
sheet, each expert's scores, the AIJ matrices and GCI highlighting."""

import numpy as np
import openpyxl
import pytest

from mcdm.excel.report.workbook import write_results
from mcdm.project.evaluate import evaluate
from mcdm.project.sample import sample_project
from tests.support.recalc import recalculated_values

TOL = 1e-9


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cached")
    result = evaluate(sample_project(), sensitivity=True, monte_carlo=200)
    path = write_results(result.project, result, tmp / "results.xlsx", lang="en")
    return result, path, recalculated_values(path, tmp)


def _formulas(path):
    wb = openpyxl.load_workbook(path)
    return {ws.title: {c.coordinate: c.value for row in ws.iter_rows() for c in row
                       if c.data_type == "f"} for ws in wb.worksheets}


def test_every_formula_has_a_cached_value_equal_to_libreoffices(workbook):
    result, path, recalculated = workbook
    cached = openpyxl.load_workbook(path, data_only=True)
    formulas = _formulas(path)
    total = 0
    for title, cells in formulas.items():
        for coord in cells:
            value = cached[title][coord].value
            assert value is not None, (title, coord)
            assert value == pytest.approx(recalculated[title][coord], rel=0, abs=TOL), \
                (title, coord)
            total += 1
    assert total > 1000


def test_cached_topsis_results_are_the_engines(workbook):
    result, path, _ = workbook
    cached = openpyxl.load_workbook(path, data_only=True)
    formulas = _formulas(path)
    for ir in result.industries:
        title = next(t for t in formulas if t.startswith("TOPSIS") and
                     result.project.industry(ir.industry_id).label.en[:8] in t)
        cells = formulas[title]
        close = sorted((k for k, f in cells.items() if f.startswith("=IF((B")),
                       key=lambda k: int(k[1:]))
        ws = cached[title]
        np.testing.assert_allclose([ws[k].value for k in close], ir.topsis.closeness,
                                   rtol=0, atol=TOL)
        np.testing.assert_allclose([ws[k.replace("D", "B")].value for k in close],
                                   ir.topsis.steps.d_plus, rtol=0, atol=TOL)
        assert [ws[k.replace("D", "E")].value for k in close] == ir.topsis.ranks.tolist()


def test_topsis_inputs_are_linked_to_the_scores_and_the_weights(workbook):
    result, path, recalculated = workbook
    formulas = _formulas(path)
    ir = result.industry("ngit")  # tree criteria and a measured one (market growth, 15 %)
    title = next(t for t in formulas if t.startswith("TOPSIS 1"))
    cells = formulas[title]
    score_links = [f for f in cells.values() if f.startswith("='Scores'!") or
                   f.startswith("=Scores!")]
    assert len(score_links) == ir.scores.matrix.size
    weight_links = [k for k, f in cells.items() if f.startswith(("=Weights!", "='Weights'!"))]
    assert len(weight_links) == len(result.leaf_ids)  # AHP global weights, the measured one not
    derived = [k for k, f in cells.items() if "*(1-$B$" in f]
    values = recalculated[title]
    # Each weight is the AHP global weight × (1 − 0.15): the P1 0.1170 → 0.0994 of the issue.
    np.testing.assert_allclose([values[k] for k in derived], ir.weights[:len(result.leaf_ids)],
                               rtol=0, atol=TOL)
    np.testing.assert_allclose([values[k] for k in weight_links], result.leaf_weights,
                               rtol=0, atol=TOL)


def test_monte_carlo_sheet_holds_the_run(workbook):
    result, path, _ = workbook
    wb = openpyxl.load_workbook(path)
    ws = wb["Monte Carlo"]
    assert ws["B4"].value == 200  # samples
    assert ws["B6"].value == 0  # seed
    ir = result.industry("nev")
    label = result.project.industry("nev").label.en
    top = next(c.row for c in ws["A"] if isinstance(c.value, str) and c.value.startswith(label))
    order = [ir.direction_ids.index(d) for d, _, _ in ir.ranking()]
    got = [ws.cell(top + 2 + r, 3).value for r in range(len(order))]
    np.testing.assert_allclose(got, ir.monte_carlo.top_k[0][order], rtol=0, atol=1e-12)
    acc = [[ws.cell(top + 2 + r, 5 + c).value for c in range(len(order))]
           for r in range(len(order))]
    np.testing.assert_allclose(acc, ir.monte_carlo.acceptability[0][order], atol=1e-12)


def test_expert_scores_respondents_and_group_matrices_are_shown(workbook):
    result, path, _ = workbook
    wb = openpyxl.load_workbook(path)
    raw = wb["Expert scores"]
    project = result.project
    tensor = project.score_tensor("bio")
    label = project.industry("bio").label.en
    e = project.experts[4]  # expert E
    top = next(c.row for c in raw["A"] if c.value == f"{label} · {e.name}")
    shown = [[raw.cell(top + 2 + i, 2 + j).value for j in range(tensor.shape[2])]
             for i in range(tensor.shape[1])]
    np.testing.assert_allclose(np.array(shown, dtype=float), tensor[4], equal_nan=True)
    scores = wb["Scores"]
    assert any(c.value == f"{label} · Respondents" for c in scores["A"])
    weights = wb["Weights"]
    nr = result.nodes["principles"]
    top = next(c.row for c in weights["A"] if isinstance(c.value, str) and
               c.value.startswith("Development principles · Group judgment matrix"))
    got = [[weights.cell(top + 2 + i, 2 + j).value for j in range(4)] for i in range(4)]
    np.testing.assert_allclose(got, nr.aggregated_matrix, rtol=1e-12)


def test_gci_above_its_threshold_is_highlighted_like_cr(workbook):
    # Expert D's GCI 2.791 at the principles node (threshold 0.35 for four items) turns red.
    result, path, _ = workbook
    ws = openpyxl.load_workbook(path)["Weights"]
    row = next(c.row for c in ws["A"] if c.value == "Development principles")
    experts = len(result.expert_ids)
    gci_col = 7 + experts + 3  # expert D's GCI column
    coord = ws.cell(row, gci_col).coordinate
    assert ws[coord].value == pytest.approx(2.791, abs=1e-3)
    rules = [(str(rng.sqref), r) for rng in ws.conditional_formatting for r in rng.rules]
    covering = [r for rng, r in rules if coord in _cells(rng)]
    assert any(r.operator == "greaterThan" and r.formula == ["0.35"] for r in covering)


def _cells(ranges: str):
    from openpyxl.utils import range_boundaries
    from openpyxl.utils.cell import get_column_letter

    out = set()
    for part in ranges.split():
        c0, r0, c1, r1 = range_boundaries(part)
        out |= {f"{get_column_letter(c)}{r}" for c in range(c0, c1 + 1)
                for r in range(r0, r1 + 1)}
    return out

"""The questionnaire's live feedback, recalculated by LibreOffice, against the AHP engine.

One panel workbook per method, recalculated once: complete matrices (consistent and not), an
incomplete one with a cycle (where Harker's completion and the λmax-optimal one differ), one whose
answers leave an item unconnected, and one that splits into two groups.

- eigenvector projects: the sheet's weights are the engine's eigenvector, its CR the engine's CR
  exactly, for complete matrices; with missing judgments they are Harker's (the engine's
  ``completion="harker"``), the note says "approximate" and the engine's own CR is no higher;
- geometric-mean projects: row geometric mean / LLSM weights equal the engine's, CR approximate;
- GCI always equals :func:`mcdm.ahp.gci` (LLSM weights for incomplete matrices);
- answers that do not connect the items: no weights, GCI or CR, and a red line naming exactly the
  items :func:`mcdm.ahp.incomplete.require_connected` cuts off.
"""

import math

import numpy as np
import openpyxl
import pytest

from mcdm.ahp import gci, priorities, random_index
from mcdm.ahp.incomplete import llsm, require_connected
from mcdm.errors import MCDMError
from mcdm.excel import write_panel_questionnaire
from mcdm.excel.labels import tr
from mcdm.excel.questionnaire import plan as P
from tests.support.excel import answer_cells, small_project
from tests.support.recalc import recalculated_values


def _panel(method: str):
    base = small_project("en", priority_method=method)
    judgments = base.judgments.to_dict()
    e2 = {k: dict(v) for k, v in judgments["e2"].items()}
    del e2["S"][("S1", "S3")]  # 5 of 6 pairs, with a cycle: Harker ≠ λmax-optimal
    judgments["e2"] = e2
    judgments["e3"] = {"P": {("P1", "P2"): 3.0},  # P3 cut off
                       "S": {("S1", "S2"): 3.0, ("S3", "S4"): 1 / 2}}  # two groups of two
    return base.replace(judgments=judgments)


@pytest.fixture(scope="module", params=["eigenvector", "geometric_mean"])
def recalculated(request, tmp_path_factory):
    project = _panel(request.param)
    tmp = tmp_path_factory.mktemp(request.param)
    path = write_panel_questionnaire(project, tmp / "panel.xlsx", prefill=True)
    _, _, sheets = answer_cells(project, openpyxl.load_workbook(path))
    return project, sheets, recalculated_values(path, tmp), path


def _cell(values, row, col):
    return values.get(f"{P.COL_LETTER(col)}{row}")


def _approx_cr(a, w):
    """The sheet's CR by hand: λ = mean_i (Σ_known a_ij w_j / w_i + missing in row i)."""
    n = len(a)
    known = ~np.isnan(a)
    lam = np.mean([np.nansum(a[i] * w) / w[i] + (~known[i]).sum() for i in range(n)])
    return (lam - n) / (n - 1) / random_index(n)


def test_weights_gci_and_cr_equal_the_engine(recalculated):
    project, sheets, values, _ = recalculated
    method = project.settings.priority_method
    checked = {"complete": 0, "incomplete": 0, "cut": 0}
    for title, sp in sheets.items():
        v = values[title]
        for block in sp.judgment_blocks:
            a = np.asarray(project.judgment_matrix(sp.expert_id, block.node_id))
            if np.isnan(a[~np.eye(len(a), dtype=bool)]).all():
                continue  # nothing answered
            n, cm, fb = len(block.items), block.col_matrix, block.feedback_row
            weights = [_cell(v, block.first_row + i, cm + 1 + n) for i in range(n)]
            gci_cell, cr_cell = _cell(v, fb, cm + 1), _cell(v, fb + 2, cm + 1)
            note, cut_line = _cell(v, fb, cm + 2), _cell(v, fb + 4, cm + 2)
            try:
                require_connected(a, block.items)
            except MCDMError as exc:  # not enough answers: nothing shown but the red line
                assert weights == [None] * n
                assert gci_cell is None
                assert cr_cell is None
                names = [project.node(block.items[i]).label.get("en")
                         for i in exc.params["cut_off"]]
                assert cut_line == tr("q.cut_off", "en") + ", ".join(names)
                checked["cut"] += 1
                continue
            assert cut_line is None
            missing = bool(np.isnan(a).any())
            y = llsm(a)
            assert math.isclose(gci_cell, gci(a, y) if missing else gci(a), abs_tol=1e-12)
            label = _cell(v, fb + 2, cm)
            if method == "eigenvector":
                used = priorities(a, completion="harker") if missing else priorities(a)
                np.testing.assert_allclose(weights, used.weights, rtol=0, atol=1e-12)
                assert math.isclose(cr_cell, used.cr, abs_tol=1e-12)
                if missing:
                    assert tr("q.method.harker", "en") == note
                    assert label == tr("q.cr_approx", "en")
                    assert priorities(a).cr <= cr_cell + 1e-12  # the app's CR is no higher
                    known = int((~np.isnan(a[np.triu_indices(n, 1)])).sum())
                    if known > n - 1:  # a cycle: the two completions differ, hence the note
                        assert not np.allclose(priorities(a).weights, weights, atol=1e-6)
                else:
                    assert note == tr("q.method.eigen", "en")
                    assert label == tr("q.cr", "en")
            else:
                w = np.exp(y - y.max())
                w /= w.sum()
                np.testing.assert_allclose(weights, priorities(a, method="geometric_mean").weights,
                                           rtol=0, atol=1e-12)
                np.testing.assert_allclose(weights, w, rtol=0, atol=1e-12)
                if n >= 3:
                    assert math.isclose(cr_cell, _approx_cr(a, w), abs_tol=1e-12)
                assert note == tr("q.method.gm", "en")
                assert label == tr("q.cr_approx", "en")
            checked["incomplete" if missing else "complete"] += 1
    assert checked == {"complete": 4, "incomplete": 2, "cut": 2}


def test_gci_and_cr_turn_red_above_their_thresholds_and_never_when_blank(recalculated):
    project, sheets, values, path = recalculated
    wb = openpyxl.load_workbook(path)
    red = 0
    for title, sp in sheets.items():
        rules = {}
        for cf in wb[title].conditional_formatting:
            for rule in cf.rules:
                rules[str(cf.sqref)] = rule
        for block in sp.judgment_blocks:
            if len(block.items) < 3:
                continue  # no consistency to judge with two items
            cm, fb = block.col_matrix, block.feedback_row
            for row in (fb, fb + 2):  # GCI, then CR; each against the threshold below it
                cell, thr = f"{P.COL_LETTER(cm + 1)}{row}", f"{P.COL_LETTER(cm + 1)}{row + 1}"
                rule = rules[cell]
                # A blank result ("" when the answers do not connect the items) compares above
                # any number in a spreadsheet: the rule asks for a number first.
                assert rule.formula == [f"AND(ISNUMBER({cell}),{cell}>{thr})"]
                colours = {rule.dxf.fill.fgColor.rgb, rule.dxf.fill.bgColor.rgb}
                assert any(str(c).endswith("F8CBAD") for c in colours), colours  # the red fill
                got, limit = values[title].get(cell), values[title].get(thr)
                red += isinstance(got, float) and got > limit
            line = f"{P.COL_LETTER(cm + 2)}{fb + 4}"
            assert rules[line].formula == [f'{line}<>""']
    assert red >= 2  # e1 and e2 at S fail both checks

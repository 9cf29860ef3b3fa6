"""The TOPSIS worksheet formulas, recalculated by LibreOffice, equal mcdm.topsis.rank to 1e-9 at
every step — for each normalization, with cost columns, constant columns, unnormalized weights, a
degenerate all-equal problem, and after a reviewer edits a weight cell."""

import numpy as np
import openpyxl
import pytest

from mcdm.excel.report.topsis import finish_topsis_sheet, write_topsis
from mcdm.topsis import rank
from tests.support.recalc import recalculated_values

TOL = 1e-9


def _problems():
    rng = np.random.default_rng(20240611)
    cases = []
    for norm in ("vector", "minmax", "max", "sum"):
        m, n = 6, 5
        x = rng.uniform(1, 9, size=(m, n)).round(3)
        x[:, 3] = 4.0  # a constant column contributes nothing
        types = np.array([1, -1, 1, 1, -1])
        w = rng.uniform(0.1, 1.0, size=n)  # deliberately not summing to 1
        cases.append((f"{norm}", norm, x, w, types))
    # The classic Hwang & Yoon style small problem with a cost column, vector normalization.
    cases.append(("hy", "vector", np.array([[7, 9, 9, 8], [8, 7, 8, 7], [9, 6, 8, 9], [6, 7, 8, 6.0]]),
                  np.array([0.1, 0.4, 0.3, 0.2]), np.array([1, 1, 1, -1])))
    # Every direction identical: d+ = d- = 0, closeness 0.5 for all.
    cases.append(("flat", "minmax", np.full((3, 2), 5.0), np.array([0.5, 0.5]), np.array([1, -1])))
    return cases


CASES = _problems()
EDITED = ("edited", 1, 0.9)  # sheet, weight index, new raw weight


@pytest.fixture(scope="module")
def recalculated(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("topsis_formulas")
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    layouts = {}
    for name, norm, x, w, t in CASES:
        ws = wb.create_sheet(name)
        layouts[name] = write_topsis(ws, directions=[f"D{i}" for i in range(len(x))],
                                     criteria=[f"=C{j}" for j in range(x.shape[1])],
                                     matrix=x, weights=w, types=t, normalization=norm, lang="en")
        finish_topsis_sheet(ws, x.shape[1], "en")
    # A reviewer changes a weight: the copy of the "vector" case with one weight edited.
    _, norm, x, w, t = CASES[0]
    ws = wb.create_sheet(EDITED[0])
    cells = write_topsis(ws, directions=[f"D{i}" for i in range(len(x))],
                         criteria=[f"C{j}" for j in range(x.shape[1])], matrix=x, weights=w,
                         types=t, normalization=norm, lang="zh")
    ws[cells.weights[EDITED[1]]].value = EDITED[2]
    layouts[EDITED[0]] = cells
    path = tmp / "topsis.xlsx"
    wb.save(path)
    return layouts, recalculated_values(path, tmp)


def _values(sheet_values, refs):
    return np.array([[sheet_values[r] for r in row] if isinstance(row, tuple) else sheet_values[row]
                     for row in refs], dtype=float)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_every_step_matches_the_engine(recalculated, case):
    layouts, values = recalculated
    name, norm, x, w, t = case
    cells, v = layouts[name], values[name]
    res = rank(x, w, t, normalization=norm)
    np.testing.assert_allclose(_values(v, cells.normalized), res.steps.normalized, rtol=0, atol=TOL)
    np.testing.assert_allclose(_values(v, cells.weighted), res.steps.weighted, rtol=0, atol=TOL)
    np.testing.assert_allclose(_values(v, cells.ideal), res.steps.ideal, rtol=0, atol=TOL)
    np.testing.assert_allclose(_values(v, cells.anti_ideal), res.steps.anti_ideal, rtol=0, atol=TOL)
    np.testing.assert_allclose(_values(v, cells.d_plus), res.steps.d_plus, rtol=0, atol=TOL)
    np.testing.assert_allclose(_values(v, cells.d_minus), res.steps.d_minus, rtol=0, atol=TOL)
    np.testing.assert_allclose(_values(v, cells.closeness), res.closeness, rtol=0, atol=TOL)
    assert _values(v, cells.ranks).astype(int).tolist() == res.ranks.tolist()


def test_editing_a_weight_cell_reranks_like_the_engine(recalculated):
    layouts, values = recalculated
    _, norm, x, w, t = CASES[0]
    w2 = w.copy()
    w2[EDITED[1]] = EDITED[2]
    cells, v = layouts[EDITED[0]], values[EDITED[0]]
    before = rank(x, w, t, normalization=norm)
    after = rank(x, w2, t, normalization=norm)
    got = _values(v, cells.closeness)
    np.testing.assert_allclose(got, after.closeness, rtol=0, atol=TOL)
    assert np.abs(got - before.closeness).max() > 1e-6  # the edit really changed something


def test_labels_that_look_like_formulas_stay_text(recalculated):
    _, values = recalculated
    # Criterion names "=C0".. were written as text; LibreOffice kept them as the literal strings.
    assert "=C0" in values["vector"].values()

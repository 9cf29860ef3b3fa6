"""The objective weights sheets (客观赋权): LibreOffice's recalculation of every step — entropy on
shares (Hwang & Yoon 1981, pp. 52–54), entropy after min-max normalization, CRITIC (Diakoulaki,
Mavrotas & Papayannakis 1995), the multiplicative and linear combinations — equals the engine's
``IndustryResult.weighting`` to 1e-9, and so do the cached values written with the formulas; the
TOPSIS sheet's weights take the vector that ranked by formula, so its closeness still equals the
engine's. Every weighting setting on the sample, a sample industry with a constant criterion,
and small matrices with zero cells, a constant column and a cost criterion."""

import numpy as np
import openpyxl
import pytest

from mcdm.excel.report.objective import write_objective
from mcdm.excel.report.topsis import write_topsis
from mcdm.excel.report.workbook import build_results, save_results
from mcdm.project import edits as E
from mcdm.project.evaluate import evaluate
from mcdm.project.evaluate_weighting import weigh
from mcdm.project.model import Settings
from mcdm.project.sample import sample_project
from mcdm.tables import view_of
from mcdm.tables.portfolio import WeightingView
from tests.support.recalc import recalculated_many

TOL = 1e-9

SETTINGS = {
    "ahp": {},
    "entropy": {"weighting": "objective", "objective_method": "entropy"},
    "entropy_minmax": {"weighting": "objective", "objective_method": "entropy_minmax"},
    "critic": {"weighting": "objective", "objective_method": "critic"},
    "multiplicative": {"weighting": "combined", "combination": "multiplicative"},
    "linear": {"weighting": "combined", "objective_method": "critic", "combination": "linear",
               "combination_alpha": 0.3},
    # TOPSIS with min-max normalization: the sample's 节能环保产业 has a criterion whose two
    # values differ only by rounding; the sheet's constant test must be the engine's
    "minmax_topsis": {"weighting": "objective", "objective_method": "critic",
                      "normalization": "minmax"},
}
CONSTANT = ("equipment", 0)  # an industry and the criterion every expert scores 5 everywhere


def _project(settings: dict, constant: bool = False):
    p = sample_project()
    for name, value in settings.items():
        p, _ = E.SetSetting(name, value).apply(p)
    if constant:
        ind = p.industry(CONSTANT[0])
        crit = p.industry_criteria(ind.id)[CONSTANT[1]].id
        cells = tuple(((e, ind.id, d.id, crit), 5.0) for e in p.expert_ids()
                      for d in ind.directions)
        p, _ = E.SetScores(cells).apply(p)
    return p


# Small problems (directions × criteria, types): zero cells (0·ln 0 = 0), a constant column,
# a cost criterion, and a matrix whose plain entropy is undefined (a negative value: the AHP
# weights rank and the sheet says so).
SMALL = {
    "zeros": (np.array([[0.0, 5, 2, 7], [2, 5, 0, 3], [4, 5, 8, 1], [1, 5, 3, 0]]),
              np.array([1.0, 1, -1, 1])),
    "cost": (np.array([[3.0, 70, 0.2], [5, 50, 0.6], [9, 90, 0.4], [6, 65, 0.9],
                       [4, 80, 0.1]]), np.array([1.0, -1, 1])),
    "negative": (np.array([[-1.0, 2, 3], [2, 4, 1], [3, 1, 2]]), np.array([1.0, 1, -1])),
}
SMALL_SETTINGS = ("entropy", "entropy_minmax", "critic", "multiplicative", "linear")


def _small_workbook(path):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    layouts = {}
    for name, (x, t) in SMALL.items():
        m, n = x.shape
        ahp = np.linspace(1.0, 2.0, n) / np.linspace(1.0, 2.0, n).sum()
        for key in SMALL_SETTINGS:
            s = Settings(**{k: v for k, v in SETTINGS[key].items()})
            w = weigh(s, x, ahp, t, tuple(f"c{j}" for j in range(n)), name)
            crit = tuple(f"C{j}" for j in range(n))
            dirs = tuple(f"D{i}" for i in range(m))
            top = wb.create_sheet(f"T {name} {key}")
            cells = write_topsis(top, directions=dirs, criteria=crit, matrix=x, weights=ahp,
                                 types=t, normalization="vector", lang="en")
            view = WeightingView(name, crit, t, x, dirs, w.ahp, w.objective, w.combined, w.used,
                                 w.method, w.method, f"Ranked by {w.used}", (), {}, None,
                                 name, w)
            obj = wb.create_sheet(f"O {name} {key}")
            layouts[(name, key)] = (obj.title, write_objective(obj, view, cells, top.title, "en"),
                                    w)
    save_results(wb, path)
    return layouts


@pytest.fixture(scope="module")
def recalculated(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("objective")
    runs, paths = {}, []
    cases = [(k, False) for k in SETTINGS] + [("entropy", True), ("critic", True)]
    # (languages alternate by position; "linear" stays English, the constant cases zh/en)
    for k, (key, constant) in enumerate(cases):
        project = _project(SETTINGS[key], constant)
        result = evaluate(project)
        lang = "en" if k % 2 else "zh"
        wb, layout = build_results(view_of(project, result, lang))
        path = save_results(wb, tmp / f"{key}{'_constant' if constant else ''}.xlsx")
        runs[(key, constant)] = (result, layout, path)
        paths.append(path)
    small_path = tmp / "small.xlsx"
    small = _small_workbook(small_path)
    values = recalculated_many([*paths, small_path], tmp)
    return runs, dict(zip(runs, values, strict=False)), (small, small_path, values[-1])


def _read(sheet: dict, refs):
    """Values at ``refs`` (a row of references, or rows of them); "—" stays text."""
    if refs and isinstance(refs[0], tuple):
        return [_read(sheet, r) for r in refs]
    return [sheet.get(r) for r in refs]


def _numbers(values):
    return np.array([[np.nan if v == "—" else v for v in row] if isinstance(row, list) else
                     (np.nan if row == "—" else row) for row in values], dtype=float)


def _check_steps(recalc: dict, cached: dict, cells, w) -> None:
    """Every step on the sheet equals the engine's, recalculated and cached."""
    st = w.objective_steps
    tables = {"used": w.weights}
    if st is not None:
        tables["objective"] = w.objective
        tables["constant"] = st.constant.astype(float)
        if st.method == "CRITIC":
            tables |= {"normalized": st.normalized, "sigma": st.sigma,
                       "correlation": st.correlation, "conflict": st.conflict,
                       "information": st.information}
        else:
            tables |= {"p": st.p, "e": st.e, "d": st.d}
            if st.normalization == "minmax":
                tables["normalized"] = st.normalized
    if w.combination is not None:
        c = w.combination
        tables |= {"subjective_scaled": c.subjective, "objective_scaled": c.objective,
                   "combined": c.weights}
    for name, expected in tables.items():
        refs = getattr(cells, name)
        assert refs, name
        for source in (recalc, cached):
            got = _numbers(_read(source, refs))
            np.testing.assert_allclose(got, expected, rtol=0, atol=TOL, err_msg=name)
    if st is not None and st.method == "CRITIC":
        # "—" exactly where a constant column leaves the correlation undefined
        dashes = np.array(_read(recalc, cells.correlation), dtype=object) == "—"
        assert (dashes == np.isnan(st.correlation)).all()


@pytest.mark.parametrize("key", list(SETTINGS))
def test_every_step_equals_the_engine(recalculated, key):
    runs, values, _ = recalculated
    result, layout, path = runs[(key, False)]
    cached = openpyxl.load_workbook(path, data_only=True)
    assert len(layout.objective) == len(result.industries)
    for ir in result.industries:
        title, cells = layout.objective[ir.industry_id]
        sheet = {c.coordinate: c.value for row in cached[title].iter_rows() for c in row}
        _check_steps(values[(key, False)][title], sheet, cells, ir.weighting)


@pytest.mark.parametrize("key", list(SETTINGS))
def test_topsis_ranks_with_the_vector_that_ranked(recalculated, key):
    runs, values, _ = recalculated
    result, layout, path = runs[(key, False)]
    formulas = openpyxl.load_workbook(path)
    for ir in result.industries:
        title, cells = layout.topsis[ir.industry_id]
        v = values[(key, False)][title]
        np.testing.assert_allclose([v[r] for r in cells.weights], ir.weights, rtol=0, atol=TOL)
        np.testing.assert_allclose([v[r] for r in cells.closeness], ir.topsis.closeness,
                                   rtol=0, atol=TOL)
        obj_title, obj = layout.objective[ir.industry_id]
        first = formulas[title][cells.weights[0]].value
        if ir.weighting.used == "ahp":
            assert obj_title not in first  # the AHP weights are made on the TOPSIS sheet
            assert formulas[obj_title][obj.used[0]].value.startswith(f"={obj.vectors['ahp'][0]}")
        else:
            assert first == f"='{obj_title}'!{obj.used[0]}"
            # ... and the AHP weights keep a row of their own, feeding the combination
            np.testing.assert_allclose([v[r] for r in cells.ahp], ir.weighting.ahp, rtol=0,
                                       atol=TOL)


@pytest.mark.parametrize("key", ["entropy", "critic"])
def test_a_constant_criterion_is_reported_and_weighted_zero(recalculated, key):
    runs, values, _ = recalculated
    result, layout, path = runs[(key, True)]
    ir = result.industry(CONSTANT[0])
    assert ir.weighting.constant  # the engine saw the constant column
    title, cells = layout.objective[CONSTANT[0]]
    v = values[(key, True)][title]
    j = CONSTANT[1]
    assert v[cells.constant[j]] == 1
    assert v[cells.objective[j]] == 0
    assert sum(v[c] for c in cells.constant) == 1
    cached = openpyxl.load_workbook(path, data_only=True)
    sheet = {c.coordinate: c.value for row in cached[title].iter_rows() for c in row}
    _check_steps(v, sheet, cells, ir.weighting)
    # the note names the criterion, in words
    texts = [c.value for row in openpyxl.load_workbook(path)[title].iter_rows(max_row=8)
             for c in row if isinstance(c.value, str)]
    label = result.project.industry_criteria(CONSTANT[0])[j].label.get(
        "en" if list(runs).index((key, True)) % 2 else "zh")
    assert any(label in t for t in texts)


@pytest.mark.parametrize("case", [(n, k) for n in SMALL for k in SMALL_SETTINGS],
                         ids=lambda c: f"{c[0]}-{c[1]}")
def test_small_problems_equal_the_engine(recalculated, case):
    _, _, (small, path, values) = recalculated
    title, cells, w = small[case]
    cached = openpyxl.load_workbook(path, data_only=True)
    sheet = {c.coordinate: c.value for row in cached[title].iter_rows() for c in row}
    _check_steps(values[title], sheet, cells, w)
    if case[0] == "negative" and w.method == "entropy":
        # undefined: no steps, the AHP weights rank, and the sheet shows "—" for the others
        assert w.used == "ahp"
        assert not cells.p
        assert set(cells.vectors) == {"ahp"}
        np.testing.assert_allclose([values[title][r] for r in cells.used], w.ahp, atol=TOL)


def test_every_formula_cached_equals_libreoffice(recalculated):
    runs, values, _ = recalculated
    result, layout, path = runs[("linear", False)]
    wb = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    count = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.data_type == "f":
                    got = cached[ws.title][c.coordinate].value
                    want = values[("linear", False)][ws.title][c.coordinate]
                    assert got is not None, (ws.title, c.coordinate)
                    if isinstance(want, str) or isinstance(got, str):  # "—": undefined there
                        assert got == want, (ws.title, c.coordinate)
                    else:
                        assert got == pytest.approx(want, rel=0, abs=TOL), (ws.title, c.coordinate)
                    count += 1
    assert count > 2000


def test_the_summary_names_the_settings_in_the_settings_tables_words(recalculated):
    from mcdm.project.captions import comparison_caption
    from mcdm.project.settings import spec

    runs, _, _ = recalculated
    result, _, path = runs[("linear", False)]  # written in English
    wb = openpyxl.load_workbook(path)
    rows = {ws_row[0].value: ws_row[1].value for ws_row in wb["Summary"].iter_rows()
            if ws_row[0].value}
    s = result.settings
    assert rows[spec("weighting").title("en")] == "combined (CRITIC, linear, α = 0.3)"
    for name in ("normalization", "priority_method", "ri_table", "aggregation", "score_mean"):
        assert rows[spec(name).title("en")] == spec(name).word(getattr(s, name), "en")
    assert rows["Method comparison"] == "TOPSIS: vector normalization"
    assert wb["Method comparison"]["A3"].value == comparison_caption(s, "en")
    # ... and each objective sheet's caption says which weights ranked
    for ir in result.industries:
        sheet = next(ws for ws in wb.worksheets if ws.title.startswith("Objective weights")
                     and ws["A1"].value.endswith(result.project.industry(ir.industry_id).label.en))
        assert sheet["A2"].value.startswith("Ranked by combined weights (AHP with CRITIC, linear")

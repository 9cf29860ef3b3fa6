"""The Portfolio and Rounds sheets of the results workbook: the chosen directions, totals, spend and
value equal the result's portfolio (cached and recalculated by LibreOffice, to 1e-9), closeness
linked to the TOPSIS sheets, robustness frequencies from the Monte Carlo run, the binding
constraints in words, the frontier as a table and a chart; the reason when there is no
portfolio; S*, dispersion and who moved per round equal ``mcdm.project.rounds``."""

import dataclasses
import math

import numpy as np
import openpyxl
import pytest

from mcdm.excel.report.workbook import write_results
from mcdm.messages import describe
from mcdm.project import edits as E
from mcdm.project.evaluate import evaluate
from mcdm.project.model import IndustryPlan, PortfolioPlan
from mcdm.project.rounds import summarize_rounds
from mcdm.project.sample import sample_project
from tests.support.recalc import recalculated_many

TOL = 1e-9


def rounds_project():
    """The sample after two closed rounds: in round 2 E4 moves toward the panel at "principles"
    and E1 away from it at the goal; nobody moves in round 3 (in progress)."""
    p, _ = E.StartRound("2025-03-01T10:00:00+08:00").apply(sample_project())
    for edit in (E.SetJudgment("E4", "principles", "P1", "P3", 2.0),
                 E.SetJudgment("E4", "principles", "P2", "P3", 1.0),
                 E.SetJudgment("E1", "goal", "principles", "strategies", 7.0)):
        p, _ = edit.apply(p)
    p, _ = E.StartRound("2025-03-08T10:00:00+08:00").apply(p)
    return p


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("portfolio")
    project = rounds_project()
    result = evaluate(project, monte_carlo=200)
    full = write_results(project, result, tmp / "full.xlsx", complete=False)
    no_budget = sample_project().replace(portfolio=sample_project().portfolio.replace(budget=None))
    nb = write_results(no_budget, evaluate(no_budget), tmp / "no_budget.xlsx", lang="en",
                       complete=False)
    values = recalculated_many([full, nb], tmp)
    return project, result, full, values[0], no_budget, nb


def _sheet(path, title, data_only=False):
    return openpyxl.load_workbook(path, data_only=data_only)[title]


def _candidate_rows(ws):
    """Rows of the candidates' table: those whose value cell is "=B{r}*C{r}"."""
    return [r for r in range(1, ws.max_row + 1)
            if ws.cell(r, 4).value == f"=B{r}*C{r}"]


def test_the_portfolio_sheet_is_the_results_portfolio(books):
    project, result, path, values, *_ = books
    p = result.portfolio()
    ws, cached = _sheet(path, "投资组合"), _sheet(path, "投资组合", data_only=True)
    v = values["投资组合"]
    rows = _candidate_rows(ws)
    cand = p.candidates
    assert len(rows) == len(cand.items)
    chosen = [cached.cell(r, 7).value for r in rows]
    assert chosen == [int(x) for x in p.selection.selected]
    for source in (v, {c.coordinate: c.value for row in cached.iter_rows() for c in row}):
        np.testing.assert_allclose([source[f"D{r}"] for r in rows], cand.values, rtol=0,
                                   atol=TOL)
        np.testing.assert_allclose([source[f"B{r}"] for r in rows], cand.closeness, rtol=0,
                                   atol=TOL)
    # each closeness is a link to its industry's TOPSIS sheet
    assert all(ws.cell(r, 2).value.startswith("='TOPSIS ") for r in rows)
    # overview: spend, value, budget left, count — cached and recalculated
    labels = {ws.cell(r, 1).value: r for r in range(1, 16)}
    expected = {"投入（亿元）": p.cost, "总价值": p.value, "剩余预算（亿元）": p.budget - p.cost,
                "入选方向数": len(p.selected), "预算（亿元）": p.budget}
    for label, value in expected.items():
        r = labels[label]
        assert v[f"B{r}"] == pytest.approx(value, abs=TOL)
        assert cached.cell(r, 2).value == pytest.approx(value, abs=TOL)
    # industry totals
    totals = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "合计"]
    assert len(totals) == len(p.industries)
    for r, spend in zip(totals, p.industries, strict=True):
        assert v[f"E{r}"] == pytest.approx(spend.spend, abs=TOL)
        assert v[f"D{r}"] == pytest.approx(spend.value, abs=TOL)
        assert v[f"G{r}"] == spend.count
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    for b in p.binding:
        assert describe(b, "zh", project) in texts


def test_robustness_frequencies_are_the_monte_carlo_ones(books):
    project, result, path, *_ = books
    rob = result.portfolio_robustness()
    ws = _sheet(path, "投资组合", data_only=True)
    rows = _candidate_rows(_sheet(path, "投资组合"))
    np.testing.assert_allclose([ws.cell(r, 8).value for r in rows], rob.frequency, rtol=0,
                               atol=1e-12)
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(f"{rob.n_samples} 次蒙特卡洛" in t for t in texts)


def test_the_frontier_table_and_chart(books):
    project, result, path, *_ = books
    f = result.frontier()
    ws = _sheet(path, "投资组合")
    head = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == "最优总价值")
    got = [(ws.cell(head + 1 + k, 1).value, ws.cell(head + 1 + k, 2).value)
           for k in range(len(f.budgets))]
    for (b, value), eb, ev, ok in zip(got, f.budgets, f.values, f.curve.feasible, strict=True):
        assert b == pytest.approx(eb, abs=1e-12)
        assert value == (pytest.approx(ev, abs=1e-12) if ok else "无可行组合")
    assert len(ws._charts) == 1


def test_no_budget_gives_the_reason_and_still_the_frontier(books):
    *_, project, path = books
    ws = _sheet(path, "Portfolio")
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    try:
        evaluate(project).portfolio()
    except Exception as exc:  # noqa: BLE001 - the error the sheet turns into words
        reason = describe(exc, "en", project)
    assert reason in texts
    assert "Best total value" in texts  # the frontier needs costs, not a budget
    assert not _candidate_rows(ws)


def test_infeasible_bounds_give_the_reason_and_no_portfolio(tmp_path):
    project, _ = E.SetIndustryPlan("green", IndustryPlan(min_count=3)).apply(sample_project())
    path = write_results(project, evaluate(project), tmp_path / "x.xlsx", complete=False)
    ws = _sheet(path, "投资组合")
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(t.startswith("“节能环保产业”至少要选 3 个方向") for t in texts)
    assert not _candidate_rows(ws)


def test_a_project_without_a_portfolio_has_no_sheet(tmp_path):
    p = sample_project()
    inds = tuple(i.replace(directions=tuple(dataclasses.replace(d, cost=None)
                                            for d in i.directions))
                 for i in p.industries)
    p = p.replace(industries=inds, portfolio=PortfolioPlan())
    path = write_results(p, evaluate(p), tmp_path / "x.xlsx", complete=False)
    names = openpyxl.load_workbook(path).sheetnames
    assert "投资组合" not in names
    assert "轮次" not in names  # nor rounds: none has closed


def test_the_rounds_sheet_is_the_rounds_summary(books):
    project, result, path, values, *_ = books
    summary = summarize_rounds(project)
    ws = _sheet(path, "轮次")
    v = values["轮次"]
    heads = {}
    for r in range(ws.max_row, 0, -1):  # the first row naming a node: the S* table's
        heads[ws.cell(r, 1).value] = r
    node_rows = {n.label.get("zh"): heads[n.label.get("zh")] for n in project.internal_nodes()}
    k = len(summary.rounds)
    assert k == 3
    for node in project.internal_nodes():
        r = node_rows[node.label.get("zh")]
        s = summary.s_star(node.id)
        for c in range(k):
            got, want = ws.cell(r, 2 + 2 * c).value, s[c]
            assert (got is None) if math.isnan(want) else got == pytest.approx(want, abs=1e-12)
            gsd = summary.rounds[c].nodes[node.id].mean_gsd
            assert ws.cell(r, 3 + 2 * c).value == pytest.approx(gsd, abs=1e-12)
        delta = f"{openpyxl.utils.get_column_letter(2 + 2 * k)}{r}"
        assert v[delta] == pytest.approx(s[-1] - s[0], abs=TOL)
    # who moved in round 2, toward or away from round 1's group
    moves = {(ws.cell(r, 2).value, ws.cell(r, 1).value): ws.cell(r, 6).value
             for r in range(1, ws.max_row + 1) if ws.cell(r, 3).value == 2}
    names = {e.id: e.name for e in project.experts}
    expected = {(names[m.expert_id], project.node(m.node_id).label.get("zh")):
                "更接近群体" if m.toward_group else "远离群体"
                for m in summary.rounds[1].moved}
    assert moves == expected
    assert expected[(names["E4"], project.node("principles").label.get("zh"))] == "更接近群体"
    assert expected[(names["E1"], project.node("goal").label.get("zh"))] == "远离群体"
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert "第 3 轮中无人改变回答。" in texts

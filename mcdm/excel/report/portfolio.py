"""The Portfolio sheet (投资组合): budget, spend and value, the candidates by industry with the
chosen ones marked and each industry's totals and bounds, the constraints that bind and the
directions left out in words, robustness over the Monte Carlo run, and the efficient frontier
as a table and a chart — or, when there is no portfolio, the reason.

Numbers come from :func:`mcdm.tables.portfolio.portfolio_view` (the result's portfolio,
frontier and robustness); nothing is solved here. Which directions are chosen is the solver's
answer, written as a 1/0 column shown "✓"; each closeness is linked to its TOPSIS sheet, and
values, spends and totals are formulas over these columns carrying the engine's values.
"""

from __future__ import annotations

from openpyxl.chart import Reference, ScatterChart, Series
from openpyxl.chart.marker import Marker
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.worksheet.pagebreak import Break

from mcdm.excel import layout as L
from mcdm.excel.labels import tr
from mcdm.project.portfolio import amount, money

CHOSEN_FILL = L.PatternFill("solid", fgColor="E2EFDA")
CHOSEN_FORMAT = '"✓";;""'
MONEY = "#,##0.###"
POINT_COLOUR = "D55E00"  # Okabe–Ito vermilion, as the report's figure marks this portfolio


def _bounds_text(ind: dict, unit: str, lang: str) -> str:
    """"至少 2 个方向（起约束作用）；投入最多 120 亿元" — the industry's bounds, those that bind marked."""
    parts = []
    for name, value in ind["bounds"].items():
        shown = amount(value) if name.endswith("count") else money(value, unit)
        text = tr(f"r.bound.{name}", lang, value=shown)
        parts.append(text + (tr("r.bound_met", lang) if name in ind["tight"] else ""))
    return ("；" if lang == "zh" else "; ").join(parts)


def write_portfolio(ws, view, v, topsis: dict) -> dict[str, str]:
    """Write the portfolio ``view`` (a :class:`~mcdm.tables.portfolio.PortfolioView`) on ``ws``;
    ``v`` is the :class:`~mcdm.tables.view.ResultsView`, ``topsis`` industry id → (TOPSIS sheet
    title, its cell map). Returns the summary cells by name (for tests)."""
    lang = v.lang
    unit = view.unit
    with_unit = (lambda text: f"{text}（{unit}）" if lang == "zh" else f"{text} ({unit})") \
        if unit else (lambda text: text)
    L.title(ws, tr("r.sheet.portfolio", lang), lang=lang, subtitle=tr("r.portfolio_note", lang))
    widths = {1: 40 if lang == "zh" else 46, **{k: 13 for k in range(2, 9)}}
    out: dict[str, str] = {}
    row = 4
    if view.reason is not None:
        L.section(ws, row, tr("r.no_portfolio", lang), lang=lang, width=6)
        cell = L.put(ws, row + 1, 1, view.reason, lang=lang, bold=True, wrap=True,
                     color=L.BAD_FONT_COLOR, fill=L.BAD_FILL)
        ws.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=6)
        cell.alignment = L.Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[row + 1].height = 33
        row += 3
        if view.budget is not None:
            L.put(ws, row, 1, with_unit(tr("r.budget", lang)), lang=lang, bold=True, border=True)
            L.put(ws, row, 2, float(view.budget), lang=lang, fmt=MONEY, border=True)
            row += 2
    else:
        row = _chosen(ws, view, v, topsis, row, with_unit, out)
    if view.frontier:
        _frontier(ws, view, row, with_unit, lang)
    L.widths(ws, widths)
    ws.freeze_panes = "A4"
    L.print_setup(ws, landscape=True)
    return out


def _chosen(ws, view, v, topsis, row: int, with_unit, out: dict) -> int:
    lang = v.lang
    industries = {ind.id: ind for ind in v.industries}
    # Overview: its formulas are filled in once the table below is written.
    L.section(ws, row, tr("r.overview", lang), lang=lang, width=8)
    names = ("budget", "spend", "value", "left", "chosen", "candidates", "solver")
    labels = (with_unit(tr("r.budget", lang)), with_unit(tr("r.spend", lang)),
              tr("r.total_value", lang), with_unit(tr("r.budget_left", lang)),
              tr("r.chosen_count", lang), tr("r.candidates", lang), tr("r.solver", lang))
    at = {name: row + 1 + k for k, name in enumerate(names)}
    for name, label in zip(names, labels, strict=True):
        L.put(ws, at[name], 1, label, lang=lang, bold=True, border=True)
    L.put(ws, at["budget"], 2, float(view.budget), lang=lang, fmt=MONEY, border=True)
    L.put(ws, at["candidates"], 2, len(view.rows), lang=lang, fmt=L.FMT_INT, border=True)
    solver = f"r.solver.{view.solver}"
    L.put(ws, at["solver"], 2, tr(solver, lang) if view.solver in ("milp", "dp") else
          str(view.solver), lang=lang, border=True)
    row = at["solver"] + 2
    L.section(ws, row, tr("r.constraints", lang), lang=lang, width=8)
    for k, text in enumerate(view.binding):
        L.put(ws, row + 1 + k, 1, text, lang=lang)
    row += 2 + len(view.binding)

    # The candidates, industry by industry, each a small table with its own heads (so a
    # printed page never shows rows without them), then its totals.
    robust = view.samples is not None
    L.section(ws, row, tr("r.by_industry", lang), lang=lang, width=8)
    heads = [tr("q.direction", lang), tr("r.closeness", lang), tr("r.industry_weight", lang),
             tr("r.value", lang), with_unit(tr("r.cost", lang)), tr("r.choice", lang),
             tr("r.chosen", lang)] + ([tr("r.frequency", lang)] if robust else [])
    row += 1
    totals = {"spend": [], "value": [], "chosen": []}
    for ind in view.industries:
        members = [r for r in view.rows if r.industry_id == ind["id"]]
        band = f"{ind['label']} · {tr('r.industry_line', lang, chosen=ind['chosen'], candidates=ind['candidates'])}"
        bounds = _bounds_text(ind, view.unit, lang)
        if ind["weight"] != 1.0:
            bounds = f"{tr('r.industry_weight', lang)} {ind['weight']:g}" + (
                ("；" if lang == "zh" else "; ") + bounds if bounds else "")
        L.put(ws, row, 1, band + (f" · {bounds}" if bounds else ""), lang=lang, bold=True)
        L.header(ws, row + 1, 1, heads, lang=lang)
        L.fit_row(ws, row + 1, {1: 40, **{k: 13 for k in range(2, 9)}}, lang=lang, fill=0.7)
        row += 1
        first = row + 1
        title, cells = topsis.get(ind["id"], (None, None))
        ids = industries[ind["id"]].direction_ids if ind["id"] in industries else ()
        for k, r in enumerate(members):
            rr = first + k
            fill = CHOSEN_FILL if r.chosen else None
            L.put(ws, rr, 1, r.direction, lang=lang, border=True, wrap=True, bold=r.chosen,
                  fill=fill)
            if cells is not None and r.direction_id in ids:
                ref = cells.closeness[ids.index(r.direction_id)]
                L.formula(ws, rr, 2, f"={L.quote_sheet(title)}!{ref}", lang=lang,
                          fmt=L.FMT_WEIGHT, value=r.closeness, fill=fill)
            else:
                L.put(ws, rr, 2, r.closeness, lang=lang, fmt=L.FMT_WEIGHT, border=True)
            L.put(ws, rr, 3, r.weight, lang=lang, fmt="0.###", border=True, fill=fill)
            L.formula(ws, rr, 4, f"=B{rr}*C{rr}", lang=lang, fmt=L.FMT_WEIGHT, value=r.value,
                      fill=fill)
            L.put(ws, rr, 5, r.cost, lang=lang, fmt=MONEY, border=True, fill=fill)
            L.put(ws, rr, 6, tr(f"r.{r.choice}", lang) if r.choice else "", lang=lang,
                  border=True, fill=fill)
            mark = L.put(ws, rr, 7, int(r.chosen), lang=lang, fmt=CHOSEN_FORMAT, border=True,
                         bold=True, fill=fill)
            mark.alignment = L.Alignment(horizontal="center")
            if robust:
                L.put(ws, rr, 8, r.frequency, lang=lang, fmt=L.FMT_PERCENT, border=True,
                      fill=fill)
            L.fit_row(ws, rr, {1: 40 if lang == "zh" else 46}, lang=lang)
        last, t = first + len(members) - 1, first + len(members)
        L.put(ws, t, 1, tr("r.total", lang), lang=lang, bold=True, border=True)
        for col, key, fmt in ((4, "value", L.FMT_WEIGHT), (5, "spend", MONEY),
                              (7, "chosen", L.FMT_INT)):
            c = L.col(col)
            f = (f"=SUM(G{first}:G{last})" if key == "chosen" else
                 f"=SUMPRODUCT($G${first}:$G${last},{c}{first}:{c}{last})")
            L.formula(ws, t, col, f, lang=lang, fmt=fmt, bold=True, value=ind[key])
            totals[key].append(f"{c}{t}")
        row = t + 2
    # The overview's formulas, over the industries' totals.
    for name, col_key, value, fmt in (("spend", "spend", view.cost, MONEY),
                                      ("value", "value", view.value, L.FMT_WEIGHT),
                                      ("chosen", "chosen", sum(r.chosen for r in view.rows),
                                       L.FMT_INT)):
        cell = L.formula(ws, at[name], 2, f"=SUM({','.join(totals[col_key])})", lang=lang,
                         fmt=fmt, bold=True, value=value)
        out[name] = cell.coordinate
    out["left"] = L.formula(ws, at["left"], 2, f"=B{at['budget']}-B{at['spend']}", lang=lang,
                            fmt=MONEY, value=view.budget - view.cost).coordinate
    if robust:
        L.put(ws, row - 1, 1, tr("r.robustness_note", lang, n=view.samples), lang=lang,
              color="595959")
        row += 1
    if view.left_out:
        L.section(ws, row, tr("r.left_out", lang), lang=lang, width=8)
        for k, text in enumerate(view.left_out):
            L.put(ws, row + 1 + k, 1, text, lang=lang)
        row += 2 + len(view.left_out)
    return row


def _frontier(ws, view, row: int, with_unit, lang: str) -> None:
    """The frontier as a table (columns A–B) and a line chart beside it."""
    ws.row_breaks.append(Break(id=row - 1))  # a printed page of its own
    L.section(ws, row, tr("r.frontier", lang), lang=lang, width=8)
    L.header(ws, row + 1, 1, [with_unit(tr("r.budget", lang)), tr("r.best_value", lang)],
             lang=lang)
    r0 = row + 2
    for k, (budget, value) in enumerate(view.frontier):
        L.put(ws, r0 + k, 1, budget, lang=lang, fmt=MONEY, border=True)
        L.put(ws, r0 + k, 2, value if value is not None else tr("r.infeasible_mark", lang),
              lang=lang, fmt=L.FMT_WEIGHT, border=True,
              color=None if value is not None else "595959")
    r1 = r0 + len(view.frontier) - 1
    chart = ScatterChart()
    chart.title = tr("r.frontier", lang)
    chart.style = 13
    chart.x_axis.title = with_unit(tr("r.budget", lang))
    chart.y_axis.title = tr("r.total_value", lang)
    curve = Series(Reference(ws, min_col=2, min_row=r0, max_row=r1),
                   Reference(ws, min_col=1, min_row=r0, max_row=r1),
                   title=tr("r.best_value", lang))
    curve.marker.symbol = "none"
    curve.smooth = False
    chart.series.append(curve)
    if view.value is not None:
        # This portfolio: one point, its budget and value (constants beside the table).
        L.put(ws, r0, 4, tr("r.this_portfolio", lang), lang=lang, bold=True)
        L.put(ws, r0 + 1, 4, float(view.budget), lang=lang, fmt=MONEY)
        L.put(ws, r0 + 1, 5, float(view.value), lang=lang, fmt=L.FMT_WEIGHT)
        point = Series(Reference(ws, min_col=5, min_row=r0 + 1),
                       Reference(ws, min_col=4, min_row=r0 + 1),
                       title=tr("r.this_portfolio", lang))
        point.marker = Marker(symbol="circle", size=9)
        point.marker.graphicalProperties = GraphicalProperties(solidFill=POINT_COLOUR)
        point.marker.graphicalProperties.line.solidFill = POINT_COLOUR
        point.graphicalProperties.line.noFill = True
        chart.series.append(point)
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.x_axis.number_format = "#,##0"
    chart.y_axis.number_format = "0.0"
    chart.legend.position = "b"
    chart.height, chart.width = 10, 18
    ws.add_chart(chart, f"D{r0 + 3}")

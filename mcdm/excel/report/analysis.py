"""Results workbook sheets: Method comparison and Sensitivity (with line and bar charts).

The numbers are the comparison, sensitivity and Monte Carlo results carried by the evaluation
(:mod:`mcdm.compare`, :mod:`mcdm.sensitivity`, :mod:`mcdm.uncertainty`); nothing is recomputed.
"""

from __future__ import annotations

import numpy as np
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.worksheet.pagebreak import Break

from mcdm.excel import layout as L
from mcdm.excel.labels import tr
from mcdm.excel.report.sheets import _num
from mcdm.messages import describe
from mcdm.tables.view import ResultsView

CURVE_POINTS = 33
CORRELATIONS = ("spearman", "weighted_spearman", "ws")
MAX_REVERSALS = 60  # per industry; the nearest to the current weights are listed first  # closeness curves are sampled from the engine's sweep grid for the chart


def write_comparison(ws, v: ResultsView) -> None:
    lang = v.lang
    L.title(ws, tr("r.sheet.compare", lang), lang=lang, subtitle=tr("r.compare_note", lang))
    if v.comparison_caption:  # the parameters every method ran with
        L.put(ws, 3, 1, v.comparison_caption, lang=lang, color="595959")
    widths = {1: 34 if lang == "zh" else 40, **{k: 12 for k in range(2, 12)}}
    row = 4
    for ind in v.industries:
        cmp = ind.comparison
        if cmp is None:
            continue
        methods = list(cmp.methods)
        if row > 4:
            ws.row_breaks.append(Break(id=row - 1))  # each industry starts a printed page
        L.section(ws, row, f"{ind.label} · {tr('r.ranks_by_method', lang)}", lang=lang,
                  width=len(methods) + 2)
        L.header(ws, row + 1, 1, [tr("q.direction", lang), *methods, tr("r.rank_spread", lang)], lang=lang)
        L.fit_row(ws, row + 1, widths, lang=lang, fill=0.7)
        r0 = row + 2
        for i, d in enumerate(ind.directions):
            L.put(ws, r0 + i, 1, d, lang=lang, border=True, wrap=True)
            for k in range(len(methods)):
                L.put(ws, r0 + i, 2 + k, int(cmp.ranks[k, i]), lang=lang, border=True, fmt=L.FMT_INT)
            L.put(ws, r0 + i, 2 + len(methods), int(cmp.rank_spread[i]), lang=lang, border=True,
                  fmt=L.FMT_INT)
            L.fit_row(ws, r0 + i, {1: widths[1]}, lang=lang)
        r1 = r0 + len(ind.directions) - 1
        L.colour_scale(ws, L.area(r0, 2, r1, 1 + len(methods)), reverse=True)
        row = r1 + 2
        k = len(methods)
        tables = [(key, cmp.correlations[key]) for key in CORRELATIONS if key in cmp.correlations]
        # One under another (Spearman, weighted Spearman, WS), in the rank table's columns:
        # the sheet stays as wide as one table and prints one page wide at a readable size.
        for key, rho in tables:
            L.put(ws, row, 1, f"{ind.label} · {tr('r.corr.' + key, lang)}", lang=lang, bold=True,
                  fill=L.SECTION_FILL)
            L.header(ws, row + 1, 1, ["", *methods], lang=lang)
            L.fit_row(ws, row + 1, widths, lang=lang, fill=0.7)
            for a, name in enumerate(methods):
                L.put(ws, row + 2 + a, 1, name, lang=lang, bold=True, border=True)
                for b in range(k):
                    L.put(ws, row + 2 + a, 2 + b, _num(rho[a, b]), lang=lang, border=True,
                          fmt=L.FMT_RATIO)
            L.colour_scale(ws, L.area(row + 2, 2, row + 1 + k, 1 + k))
            row += k + 3
        for reason in getattr(cmp, "failed", {}).values():  # the sentence names the method
            L.put(ws, row, 1, describe(reason, lang), lang=lang, color="9C0006")
            row += 1
        row += 1
    L.widths(ws, widths)
    ws.freeze_panes = "B4"
    L.print_setup(ws, landscape=True)


def _interval_rows(ws, row, ind, lang) -> int:
    s = ind.sensitivity
    L.header(ws, row, 1, [tr("q.under", lang), tr("r.weight", lang), tr("r.stable_from", lang),
                          tr("r.stable_to", lang), tr("r.top_from", lang), tr("r.top_to", lang),
                          tr("r.reversals", lang)], lang=lang)
    ws.row_dimensions[row].height = 36
    for j, crit in enumerate(ind.criteria):
        r = row + 1 + j
        L.put(ws, r, 1, crit, lang=lang, border=True)
        vals = [ind.weights[j], *s.ranking_interval[j], *s.top1_interval[j]]
        for k, val in enumerate(vals):
            L.put(ws, r, 2 + k, _num(val), lang=lang, border=True, fmt=L.FMT_WEIGHT)
        L.put(ws, r, 7, len(s.reversals_for(j)), lang=lang, border=True, fmt=L.FMT_INT)
    return row + 1 + len(ind.criteria)


def _reversal_rows(ws, row, ind, lang) -> int:
    """Reversal points: the weight of a criterion at which one direction overtakes another."""
    s = ind.sensitivity
    revs = sorted(s.reversals, key=lambda r: abs(r.weight - ind.weights[r.criterion]))[:MAX_REVERSALS]
    if not revs:
        L.put(ws, row, 1, tr("r.no_reversal", lang), lang=lang, color="595959")
        return row + 1
    L.put(ws, row, 1, tr("r.reversal_points", lang, shown=len(revs), total=len(s.reversals)),
          lang=lang, bold=True)
    L.header(ws, row + 1, 1, [tr("q.under", lang), tr("r.weight", lang), tr("r.at_weight", lang),
                              tr("r.rises", lang), tr("r.falls", lang)], lang=lang)
    for k, rv in enumerate(sorted(revs, key=lambda r: (r.criterion, r.weight))):
        r = row + 2 + k
        L.put(ws, r, 1, ind.criteria[rv.criterion], lang=lang, border=True)
        L.put(ws, r, 2, float(ind.weights[rv.criterion]), lang=lang, border=True, fmt=L.FMT_WEIGHT)
        L.put(ws, r, 3, float(rv.weight), lang=lang, border=True, fmt=L.FMT_WEIGHT, bold=True)
        L.put(ws, r, 4, ind.directions[rv.rises], lang=lang, border=True)
        L.put(ws, r, 5, ind.directions[rv.falls], lang=lang, border=True)
    return row + 2 + len(revs)


# Rows a 10 cm chart covers at the default row height (0.53 cm), with a margin.
CHART_ROWS = 21


def _curve(ws, row, ind, lang) -> int:
    """Closeness of every direction as the most sensitive criterion's weight sweeps 0..1."""
    s = ind.sensitivity
    widths = s.ranking_interval[:, 1] - s.ranking_interval[:, 0]
    j = int(np.argmin(widths))
    idx = np.unique(np.linspace(0, len(s.grid) - 1, CURVE_POINTS).round().astype(int))
    L.put(ws, row, 1, f"{tr('r.curve', lang)}: {ind.criteria[j]}", lang=lang, bold=True)
    L.header(ws, row + 1, 1, [tr("r.weight", lang), *ind.directions], lang=lang, wrap=True)
    for k, g in enumerate(idx):
        L.put(ws, row + 2 + k, 1, float(s.grid[g]), lang=lang, fmt="0.000")
        for i in range(len(ind.directions)):
            L.put(ws, row + 2 + k, 2 + i, float(s.closeness[j, g, i]), lang=lang, fmt=L.FMT_WEIGHT)
    last = row + 1 + len(idx)
    chart = LineChart()
    chart.title = f"{ind.label}: {tr('r.curve', lang)} ({ind.criteria[j]})"
    chart.y_axis.title = tr("r.closeness", lang)
    chart.x_axis.title = tr("r.weight", lang)
    chart.add_data(Reference(ws, min_col=2, max_col=1 + len(ind.directions), min_row=row + 1, max_row=last),
                   titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=row + 2, max_row=last))
    chart.height, chart.width = 10, 24
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    # Under its data, not beside it: a chart to the right widened the printed page by 24 cm.
    ws.add_chart(chart, f"A{last + 2}")
    return last + 2 + CHART_ROWS


def write_sensitivity(ws, v: ResultsView) -> None:
    lang = v.lang
    L.title(ws, tr("r.sheet.sensitivity", lang), lang=lang, subtitle=tr("r.sensitivity_note", lang))
    row = 4
    for ind in v.industries:
        if ind.sensitivity is None and ind.acceptability is None:
            continue
        if row > 4:
            ws.row_breaks.append(Break(id=row - 1))  # each industry starts a printed page
        L.section(ws, row, ind.label, lang=lang, width=9)
        row += 1
        if ind.sensitivity is not None:
            row = _interval_rows(ws, row, ind, lang) + 1
            row = _reversal_rows(ws, row, ind, lang) + 1
            mc = ind.sensitivity.minimal_change
            if mc is not None:
                L.put(ws, row, 1, tr("r.minimal_change", lang, criterion=ind.criteria[mc.criterion],
                                     frm=f"{mc.from_weight:.4f}", to=f"{mc.to_weight:.4f}",
                                     top=ind.directions[mc.new_top]), lang=lang, color="595959")
                row += 2
            row = _curve(ws, row, ind, lang) + 1
        if ind.acceptability is not None:
            m = len(ind.directions)
            L.put(ws, row, 1, tr("r.acceptability", lang), lang=lang, bold=True)
            L.header(ws, row + 1, 1, [tr("q.direction", lang)] + [f"{tr('r.rank', lang)} {k}" for k in range(1, m + 1)],
                     lang=lang)
            a0 = row + 2
            for i, d in enumerate(ind.directions):
                L.put(ws, a0 + i, 1, d, lang=lang, border=True)
                for k in range(m):
                    L.put(ws, a0 + i, 2 + k, _num(ind.acceptability[i, k]), lang=lang, border=True,
                          fmt=L.FMT_PERCENT)
            L.colour_scale(ws, L.area(a0, 2, a0 + m - 1, 1 + m))
            chart = BarChart()
            chart.type, chart.grouping, chart.overlap = "bar", "stacked", 100
            chart.title = f"{ind.label}: {tr('r.acceptability', lang)}"
            chart.add_data(Reference(ws, min_col=2, max_col=1 + min(m, 5), min_row=row + 1, max_row=a0 + m - 1),
                           titles_from_data=True)
            chart.set_categories(Reference(ws, min_col=1, min_row=a0, max_row=a0 + m - 1))
            chart.height, chart.width = 10, 24
            chart.x_axis.scaling.orientation = "maxMin"
            chart.x_axis.delete = False
            chart.y_axis.delete = False
            ws.add_chart(chart, f"A{a0 + m + 1}")
            row = a0 + m + 1 + CHART_ROWS
        row += 1
    wide = 28 if lang == "zh" else 36  # reversal points name directions in columns D and E
    L.widths(ws, {1: 34 if lang == "zh" else 40, **{k: 12 for k in range(2, 30)}, 4: wide, 5: wide})
    ws.freeze_panes = "B4"
    L.print_setup(ws, landscape=True)

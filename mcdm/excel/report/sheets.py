"""Results workbook sheets: Summary, Weights, one per expert, Scores.

Numbers come from a :class:`~mcdm.tables.view.ResultsView`; nothing is recomputed here.
"""

from __future__ import annotations

import math

import numpy as np
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment
from openpyxl.worksheet.pagebreak import Break

from mcdm.excel import layout as L
from mcdm.excel.labels import tr, type_format
from mcdm.tables.view import ResultsView

TOP_N = 3


def _num(v):
    """A float for a cell, or None (blank) for a missing / undefined value."""
    if v is None:
        return None
    v = float(v)
    return v if math.isfinite(v) else None


def _bar_chart(title: str, data_ref, cats_ref, *, y_title: str, horizontal: bool = True,
               height: float = 9, width: float = 22) -> BarChart:
    chart = BarChart()
    chart.type = "bar" if horizontal else "col"
    chart.title = title
    chart.y_axis.title = y_title
    chart.add_data(data_ref, titles_from_data=True)
    chart.set_categories(cats_ref)
    chart.legend = None
    chart.height, chart.width = height, width
    if horizontal:
        chart.x_axis.scaling.orientation = "maxMin"  # first category on top, as in the table
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    return chart


# cm: the summary's charts fit within columns D–G (their widths below, about 0.19 cm a unit).
CHART_WIDTH = {"zh": 13.5, "en": 16.0}


def write_summary(ws, v: ResultsView) -> None:
    lang = v.lang
    L.title(ws, f"{tr('r.sheet.summary', lang)} · {v.title}", lang=lang,
            subtitle=tr("q.illustrative", lang) if v.illustrative else None)
    row = 4
    # Top directions per industry.
    widths = {1: 26 if lang == "zh" else 36}
    for k in range(TOP_N):
        widths |= {2 + 2 * k: 26 if lang == "zh" else 34, 3 + 2 * k: 11}
    L.section(ws, row, tr("r.top_directions", lang), lang=lang, width=1 + 2 * TOP_N)
    heads = [tr("r.industry", lang)]
    for k in range(1, TOP_N + 1):
        heads += [f"{tr('r.rank', lang)} {k}", tr("r.closeness", lang)]
    L.header(ws, row + 1, 1, heads, lang=lang)
    L.fit_row(ws, row + 1, widths, lang=lang, fill=0.7)
    row += 2
    first_ind = row
    for ind in v.industries:
        L.put(ws, row, 1, ind.label, lang=lang, bold=True, border=True, wrap=True)
        order = np.argsort(ind.ranks, kind="stable")[:TOP_N]
        for k, i in enumerate(order):
            # Wrapped, so long direction names take two lines instead of a page's width.
            L.put(ws, row, 2 + 2 * k, ind.directions[i], lang=lang, border=True, wrap=True)
            L.put(ws, row, 3 + 2 * k, float(ind.closeness[i]), lang=lang, border=True, fmt=L.FMT_WEIGHT)
        L.fit_row(ws, row, widths, lang=lang)
        row += 1
    if v.industries:
        L.colour_scale(ws, L.area(first_ind, 3, row - 1, 3))
    row += 1
    # The top directions fill the first printed page; weights and consensus, each with its
    # chart beside it, the second. Charts stay inside the tables' columns, so printing one page
    # wide keeps a readable scale.
    ws.row_breaks.append(Break(id=row - 1))
    chart_col = L.col(4)
    # Group weights of the leaves, with a bar chart beside them.
    L.section(ws, row, tr("r.group_weights", lang), lang=lang, width=1 + 2 * TOP_N)
    L.header(ws, row + 1, 1, [tr("q.under", lang), tr("r.global_weight", lang)], lang=lang)
    w0 = row + 2
    for k, (label, w) in enumerate(v.leaves):
        L.put(ws, w0 + k, 1, label, lang=lang, border=True, wrap=True)
        L.put(ws, w0 + k, 2, float(w), lang=lang, border=True, fmt=L.FMT_WEIGHT)
        L.fit_row(ws, w0 + k, {1: widths[1]}, lang=lang)
    w1 = w0 + len(v.leaves) - 1
    if v.leaves:
        chart = _bar_chart(tr("r.group_weights", lang), Reference(ws, min_col=2, min_row=w0 - 1, max_row=w1),
                           Reference(ws, min_col=1, min_row=w0, max_row=w1),
                           y_title=tr("r.global_weight", lang), height=9, width=CHART_WIDTH[lang])
        chart.y_axis.number_format = "0.00"
        ws.add_chart(chart, f"{chart_col}{w0 - 1}")
    row = w1 + 2
    # Consensus per node.
    internal = [n for n in v.nodes if n.internal]
    L.section(ws, row, tr("r.consensus", lang), lang=lang, width=1 + 2 * TOP_N)
    L.header(ws, row + 1, 1, [tr("r.compared_under", lang), tr("r.consensus_s", lang)], lang=lang)
    c0 = row + 2
    for k, n in enumerate(internal):
        L.put(ws, c0 + k, 1, n.label, lang=lang, border=True, wrap=True)
        L.put(ws, c0 + k, 2, _num(n.consensus), lang=lang, border=True, fmt=L.FMT_PERCENT)
        L.fit_row(ws, c0 + k, {1: widths[1]}, lang=lang)
    row = c0 + len(internal)
    if v.overall_consensus is not None:
        L.put(ws, row, 1, tr("r.overall_consensus", lang), lang=lang, bold=True, border=True)
        L.put(ws, row, 2, _num(v.overall_consensus), lang=lang, bold=True, border=True, fmt=L.FMT_PERCENT)
        row += 1
    if internal:
        chart = _bar_chart(tr("r.consensus", lang), Reference(ws, min_col=2, min_row=c0 - 1, max_row=c0 + len(internal) - 1),
                           Reference(ws, min_col=1, min_row=c0, max_row=c0 + len(internal) - 1),
                           y_title=tr("r.consensus_s", lang), height=6, width=CHART_WIDTH[lang])
        chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 1
        chart.y_axis.number_format = "0%"
        # Below the weights chart (9 cm, under 18 rows of 0.53 cm), or beside its table if lower.
        anchor = max(c0 - 1, w0 - 1 + 18)
        ws.add_chart(chart, f"{chart_col}{anchor}")
        row = max(row, anchor + 12)  # under the chart (6 cm)
    _settings(ws, v, row + 1, widths)
    L.widths(ws, widths)
    ws.freeze_panes = "A4"
    L.print_setup(ws, landscape=True)


def _settings(ws, v: ResultsView, row: int, widths: dict) -> None:
    """The method settings that made the result, named by the settings table."""
    lang = v.lang
    pairs = list(v.method_settings)
    if v.comparison_caption and any(ind.comparison is not None for ind in v.industries):
        # One method a row: "TOPSIS：向量规范化", "VIKOR v = 0.5", …
        for k, part in enumerate(v.comparison_caption.split(" · ")):
            pairs.append((tr("r.sheet.compare", lang) if k == 0 else "", part))
    if not pairs:
        return
    L.section(ws, row, tr("r.settings", lang), lang=lang, width=1 + 2 * TOP_N)
    for k, (name, value) in enumerate(pairs, start=1):
        L.put(ws, row + k, 1, name, lang=lang, bold=True, border=True)
        L.put(ws, row + k, 2, value, lang=lang, border=True, wrap=True)
        L.fit_row(ws, row + k, {1: widths[1], 2: widths[2]}, lang=lang)


def write_weights(ws, v: ResultsView) -> dict[str, str]:
    """The tree with weights, CR, GCI and consensus, then each node's group (AIJ) matrix;
    returns node id → the absolute reference of its global weight (for the TOPSIS sheets)."""
    lang = v.lang
    cells: dict[str, str] = {}
    L.title(ws, tr("r.sheet.weights", lang), lang=lang, subtitle=tr("r.weights_note", lang))
    names = [name for _, name in v.experts]
    heads = [tr("q.under", lang), tr("r.local_weight", lang), tr("r.global_weight", lang), "CR", "GCI",
             tr("r.consensus_s", lang)] + [f"CR · {n}" for n in names] + [f"GCI · {n}" for n in names]
    # Narrow per-expert columns (a ratio needs five digits) keep the printed page legible.
    widths = {1: 36 if lang == "zh" else 44, **{k: 11 for k in range(2, 7)},
              **{k: 9 for k in range(7, 7 + 2 * len(names))}}
    L.header(ws, 4, 1, heads, lang=lang)
    L.fit_row(ws, 4, widths, lang=lang, fill=0.7)
    row = 5
    for n in v.nodes:
        c = L.put(ws, row, 1, n.label, lang=lang, bold=n.internal, border=True)
        c.alignment = Alignment(indent=2 * n.depth, wrap_text=True, vertical="top")
        L.put(ws, row, 2, _num(n.local), lang=lang, border=True, fmt=L.FMT_WEIGHT)
        L.put(ws, row, 3, _num(n.global_), lang=lang, border=True, fmt=L.FMT_WEIGHT)
        cells[n.id] = L.ref(row, 3, absolute=True, sheet=ws.title)
        if n.internal:
            vals = [n.cr, n.gci, n.consensus, *n.expert_cr, *n.expert_gci]
            fmts = [L.FMT_RATIO, L.FMT_RATIO, L.FMT_PERCENT] + [L.FMT_RATIO] * (2 * len(names))
            for k, (val, fmt) in enumerate(zip(vals, fmts, strict=True)):
                L.put(ws, row, 4 + k, _num(val), lang=lang, border=True, fmt=fmt)
        L.fit_row(ws, row, {1: widths[1] - 2 * n.depth}, lang=lang)
        row += 1
    last = row - 1
    threshold = v.settings.get("cr_threshold", 0.1)
    L.red_above(ws, L.area(5, 4, last, 4), str(threshold))
    if names:
        L.red_above(ws, L.area(5, 7, last, 6 + len(names)), str(threshold))
    # GCI against its own threshold, which depends on the node's size (0.31, 0.35, 0.37):
    # the group's and every expert's GCI, the same red as a CR above its threshold.
    for r, n in enumerate(v.nodes, start=5):
        if n.internal and n.gci_limit is not None and n.gci_limit != float("inf"):
            L.red_above(ws, L.area(r, 5, r, 5), str(n.gci_limit))
            if names:
                L.red_above(ws, L.area(r, 7 + len(names), r, 6 + 2 * len(names)),
                            str(n.gci_limit))
    if last >= 6:  # a tree with criteria (an empty project's goal alone has none to colour)
        L.colour_scale(ws, L.area(6, 3, last, 3))  # below the goal, whose global weight is 1
    row = last + 2
    for n in v.nodes:
        if not n.internal or n.aggregated is None:
            continue
        k = len(n.items)
        if row > last + 2:
            ws.row_breaks.append(Break(id=row - 1))  # a heading never ends a printed page
        L.section(ws, row, f"{n.label} · {tr('r.aij', lang)}", lang=lang, width=k + 2)
        L.header(ws, row + 1, 1, ["", *n.items, tr("r.weight", lang)], lang=lang)
        L.fit_row(ws, row + 1, widths, lang=lang, fill=0.7)
        for i in range(k):
            r = row + 2 + i
            L.put(ws, r, 1, n.items[i], lang=lang, bold=True, border=True, wrap=True)
            for j in range(k):
                L.put(ws, r, 2 + j, _num(n.aggregated[i, j]), lang=lang, border=True,
                      fmt="0.000")
            w = None if n.group_weights is None else n.group_weights[i]
            L.put(ws, r, 2 + k, _num(w), lang=lang, border=True, fmt=L.FMT_WEIGHT, bold=True)
            L.fit_row(ws, r, {1: widths[1]}, lang=lang)
        row += k + 3
    L.widths(ws, widths)
    ws.freeze_panes = "B5"
    L.print_setup(ws, landscape=True, title_rows="4:4")
    return cells


def write_expert(ws, v: ResultsView, expert_id: str, name: str) -> None:
    lang = v.lang
    L.title(ws, f"{tr('q.expert', lang)}: {name}", lang=lang, subtitle=v.title)
    row = 4
    widths = {1: 30 if lang == "zh" else 40, **{k: 13 for k in range(2, 12)}}
    for b in v.expert_blocks.get(expert_id, ()):
        n = len(b.items)
        L.section(ws, row, f"{tr('q.node', lang)}: {b.node_label}", lang=lang, width=n + 2)
        L.header(ws, row + 1, 1, ["", *b.items, tr("r.weight", lang)], lang=lang)
        L.fit_row(ws, row + 1, widths, lang=lang, fill=0.7)
        for i in range(n):
            r = row + 2 + i
            L.put(ws, r, 1, b.items[i], lang=lang, bold=True, border=True, wrap=True)
            for j in range(n):
                L.put(ws, r, 2 + j, _num(b.matrix[i, j]), lang=lang, border=True, fmt="0.000")
            L.put(ws, r, 2 + n, _num(b.weights[i]), lang=lang, border=True, fmt=L.FMT_WEIGHT, bold=True)
            L.fit_row(ws, r, {1: widths[1]}, lang=lang)
        r = row + 2 + n
        for k, (label, val) in enumerate((("λmax", b.lambda_max), ("CI", b.ci), ("CR", b.cr), ("GCI", b.gci))):
            L.put(ws, r + k, 1, label, lang=lang, border=True)
            L.put(ws, r + k, 2, _num(val), lang=lang, border=True, fmt=L.FMT_RATIO)
        L.red_above(ws, f"B{r + 2}", str(v.settings.get("cr_threshold", 0.1)))
        row = r + 6
    L.widths(ws, widths)
    ws.freeze_panes = "A4"
    L.print_setup(ws, landscape=True)
    if ws.max_row <= 45:
        # A few rows over one page: shrink a little rather than print a page of leftovers.
        ws.page_setup.fitToHeight = 1


def write_scores(ws, v: ResultsView) -> dict[str, tuple[int, int]]:
    """Per industry: the aggregated decision matrix, its dispersion and the respondents per
    cell; returns industry id → (row, column) of the aggregated matrix's first score."""
    lang = v.lang
    L.title(ws, tr("r.sheet.scores", lang), lang=lang, subtitle=tr("r.scores_note", lang))
    row = 4
    widths = {1: 34 if lang == "zh" else 40, **{k: 13 for k in range(2, 20)}}
    origins: dict[str, tuple[int, int]] = {}
    for ind in v.industries:
        n = len(ind.criteria)
        if row > 4:
            ws.row_breaks.append(Break(id=row - 1))  # each industry starts a printed page
        for key, table, fmt in (("r.aggregated", ind.matrix, L.FMT_SCORE),
                                ("r.dispersion", ind.std, L.FMT_SCORE),
                                ("r.respondents", ind.count, L.FMT_INT)):
            if table is None:
                continue
            if key == "r.aggregated":
                origins[ind.id] = (row + 3, 2)
            L.section(ws, row, f"{ind.label} · {tr(key, lang)}", lang=lang, width=n + 1)
            L.header(ws, row + 1, 1, [tr("q.direction", lang), *ind.criteria], lang=lang)
            L.fit_row(ws, row + 1, widths, lang=lang, fill=0.7)
            L.put(ws, row + 2, 1, tr("r.type", lang), lang=lang, border=True)
            for j in range(n):
                L.put(ws, row + 2, 2 + j, int(ind.types[j]), lang=lang, border=True, fmt=type_format(lang))
            r0 = row + 3
            for i, d in enumerate(ind.directions):
                L.put(ws, r0 + i, 1, d, lang=lang, border=True)
                for j in range(n):
                    L.put(ws, r0 + i, 2 + j, _num(table[i, j]), lang=lang, border=True, fmt=fmt)
            r1 = r0 + len(ind.directions) - 1
            if key == "r.dispersion":
                L.colour_scale(ws, L.area(r0, 2, r1, 1 + n), reverse=True)
            elif key == "r.respondents":
                pass  # counts: no colour
            else:  # per column: criteria have their own units; green = better
                for j in range(n):
                    L.colour_scale(ws, L.area(r0, 2 + j, r1, 2 + j), reverse=ind.types[j] < 0)
            row = r0 + len(ind.directions) + 1
    L.widths(ws, widths)
    ws.freeze_panes = "B4"
    L.print_setup(ws, landscape=True)
    return origins

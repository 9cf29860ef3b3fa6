"""Results workbook sheets: each expert's own scores, and the Monte Carlo run.

Numbers come from a :class:`~mcdm.tables.view.ResultsView`; nothing is recomputed here. Each
industry starts a printed page, so a heading never ends one.
"""

from __future__ import annotations

import numpy as np
from openpyxl.worksheet.pagebreak import Break

from mcdm.excel import layout as L
from mcdm.excel.labels import tr
from mcdm.excel.report.sheets import _num


def write_raw_scores(ws, v) -> None:
    """Per industry, per expert: the expert's scores of every direction (blank: not scored)."""
    lang = v.lang
    L.title(ws, tr("r.sheet.raw", lang), lang=lang, subtitle=tr("r.raw_note", lang))
    widths = {1: 34 if lang == "zh" else 40, **{k: 12 for k in range(2, 24)}}
    row = 4
    for ind in v.industries:
        if ind.raw is None:
            continue
        if row > 4:
            ws.row_breaks.append(Break(id=row - 1))
        n = len(ind.criteria)
        for k, (eid, name) in enumerate(v.experts):
            L.section(ws, row, f"{ind.label} · {name or eid}", lang=lang, width=n + 1)
            L.header(ws, row + 1, 1, [tr("q.direction", lang), *ind.criteria], lang=lang)
            L.fit_row(ws, row + 1, widths, lang=lang, fill=0.7)
            for i, d in enumerate(ind.directions):
                L.put(ws, row + 2 + i, 1, d, lang=lang, border=True)
                for j in range(n):
                    L.put(ws, row + 2 + i, 2 + j, _num(ind.raw[k, i, j]), lang=lang,
                          border=True, fmt=L.FMT_SCORE)
            row += len(ind.directions) + 3
    L.widths(ws, widths)
    ws.freeze_panes = "B4"
    L.print_setup(ws, landscape=True)


def write_monte_carlo(ws, v) -> None:
    """The run's settings, then per industry: P(top k), P(rank 1), mean closeness and the full
    rank acceptability (P(rank r) for every rank)."""
    lang = v.lang
    opts = v.monte_carlo or {}
    L.title(ws, tr("r.sheet.montecarlo", lang), lang=lang, subtitle=tr("r.mc_note", lang))
    from mcdm.report.words import WORDS, word

    sampler = opts.get("sampler")
    # The sampler as the report names it ("专家组自助重抽样"), not its code
    sampler = word(f"sampler.{sampler}", lang) if f"sampler.{sampler}" in WORDS else sampler
    rows = [(tr("r.mc_samples", lang), opts.get("n_samples")),
            (tr("r.mc_sampler", lang), sampler),
            (tr("r.mc_seed", lang), opts.get("seed")),
            (tr("r.mc_top_k", lang), opts.get("top_k"))]
    for k, (label, value) in enumerate(rows):
        L.put(ws, 4 + k, 1, label, lang=lang, bold=True, border=True)
        L.put(ws, 4 + k, 2, value, lang=lang, border=True)
    row = 4 + len(rows) + 1
    k_top = int(opts.get("top_k", 3))
    widths = {1: 34 if lang == "zh" else 40, **{k: 11 for k in range(2, 40)}}
    for ind in v.industries:
        mc = ind.monte_carlo
        if mc is None:
            continue
        ws.row_breaks.append(Break(id=row - 1))
        m = len(ind.directions)
        order = list(np.lexsort((np.arange(m), ind.ranks)))
        heads = [tr("q.direction", lang), tr("r.rank", lang),
                 tr("r.p_top", lang, k=k_top), tr("r.mean_closeness", lang),
                 *(f"{tr('r.rank', lang)} {r}" for r in range(1, m + 1))]
        L.section(ws, row, f"{ind.label} · {tr('r.acceptability', lang)}", lang=lang,
                  width=len(heads))
        L.header(ws, row + 1, 1, heads, lang=lang)
        L.fit_row(ws, row + 1, widths, lang=lang, fill=0.7)
        mean_c = mc.mean_closeness[0]
        for r, i in enumerate(order):
            y = row + 2 + r
            L.put(ws, y, 1, ind.directions[i], lang=lang, border=True)
            L.put(ws, y, 2, int(ind.ranks[i]), lang=lang, border=True, fmt=L.FMT_INT)
            L.put(ws, y, 3, _num(ind.top_k[i]), lang=lang, border=True, fmt=L.FMT_PERCENT)
            L.put(ws, y, 4, _num(mean_c[i]), lang=lang, border=True, fmt=L.FMT_WEIGHT)
            for c in range(m):
                L.put(ws, y, 5 + c, _num(ind.acceptability[i, c]), lang=lang, border=True,
                      fmt=L.FMT_PERCENT)
        last = row + 1 + m
        L.colour_scale(ws, L.area(row + 2, 3, last, 3))
        L.colour_scale(ws, L.area(row + 2, 5, last, 4 + m))
        row = last + 2
    L.widths(ws, widths)
    ws.freeze_panes = "B4"
    L.print_setup(ws, landscape=True)

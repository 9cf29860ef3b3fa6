"""The Rounds sheet (轮次): for a project with closed Delphi rounds, the panel's consensus S* and
the dispersion of its judgments per node and round, and who changed answers in each round,
toward or away from the previous round's group judgment.

Numbers come from :func:`mcdm.tables.rounds.rounds_view` (:func:`mcdm.project.rounds.
summarize_rounds`); the one formula, the change in S* from the first round to the last, carries
the difference of the engine's values.
"""

from __future__ import annotations

import math

from mcdm.excel import layout as L
from mcdm.excel.labels import tr
from mcdm.excel.report.sheets import _num


def write_rounds(ws, view, lang: str) -> None:
    """Write ``view`` (a :class:`~mcdm.tables.rounds.RoundsView`) on ``ws``."""
    rounds = view.rounds
    k = len(rounds)
    L.title(ws, tr("r.rounds_title", lang, k=view.current), lang=lang,
            subtitle=tr("r.rounds_note", lang))
    widths = {1: 36 if lang == "zh" else 42, **{c: 16 for c in range(2, max(8, 4 + 2 * k))}}
    row = 4
    L.header(ws, row, 1, [tr("r.round", lang), tr("r.closed", lang), tr("r.overall_consensus",
                                                                            lang)], lang=lang)
    for i, r in enumerate(rounds, start=1):
        L.put(ws, row + i, 1, r.number, lang=lang, fmt=L.FMT_INT, border=True)
        # "2025-03-01 10:00": the day and the minute (the file keeps the full ISO time)
        closed = r.closed[:16].replace("T", " ") if r.closed else tr("r.in_progress", lang)
        L.put(ws, row + i, 2, closed, lang=lang, border=True)
        L.put(ws, row + i, 3, _num(r.consensus), lang=lang, fmt=L.FMT_RATIO, border=True)
    row += k + 2

    # S* and dispersion per node, round by round, and the change in S*.
    L.section(ws, row, tr("r.nodes_by_round", lang), lang=lang, width=2 + 2 * k)
    heads = [tr("q.node", lang)]
    for r in rounds:
        heads += [tr("r.round_s", lang, k=r.number), tr("r.round_gsd", lang, k=r.number)]
    heads.append(tr("r.delta_s", lang, a=rounds[0].number, b=rounds[-1].number))
    L.header(ws, row + 1, 1, heads, lang=lang)
    L.fit_row(ws, row + 1, widths, lang=lang, fill=0.7)
    r0 = row + 2
    for i, node in enumerate(view.nodes):
        rr = r0 + i
        L.put(ws, rr, 1, node.node, lang=lang, border=True, wrap=True)
        for c, (s, g) in enumerate(zip(node.s_star, node.gsd, strict=True)):
            L.put(ws, rr, 2 + 2 * c, _num(s), lang=lang, fmt=L.FMT_RATIO, border=True)
            L.put(ws, rr, 3 + 2 * c, _num(g), lang=lang, fmt=L.FMT_RATIO, border=True)
        first, last = node.s_star[0], node.s_star[-1]
        if math.isfinite(first) and math.isfinite(last):
            L.formula(ws, rr, 2 + 2 * k, f"={L.col(2 * k)}{rr}-B{rr}", lang=lang, fmt="+0.000;-0.000;0",
                      bold=True, value=last - first)
        L.fit_row(ws, rr, {1: widths[1]}, lang=lang)
    r1 = r0 + len(view.nodes) - 1
    if view.nodes:
        for c in range(k):
            L.colour_scale(ws, L.area(r0, 2 + 2 * c, r1, 2 + 2 * c))
    L.put(ws, r1 + 1, 1, tr("r.dispersion_note", lang), lang=lang, color="595959")
    row = r1 + 3

    # Who changed answers, round by round.
    L.section(ws, row, tr("r.moves", lang), lang=lang, width=2 + 2 * k)
    L.header(ws, row + 1, 1, [tr("q.node", lang), tr("q.expert", lang), tr("r.round", lang),
                              tr("r.changed", lang), tr("r.shift", lang),
                              tr("r.toward", lang)], lang=lang)
    L.fit_row(ws, row + 1, widths, lang=lang, fill=0.7)
    row += 2
    for r in rounds[1:]:
        moves = [m for m in view.moves if m.round == r.number]
        if not moves:
            L.put(ws, row, 1, tr("r.nobody_moved", lang, k=r.number), lang=lang, color="595959")
            row += 1
            continue
        for m in moves:
            L.put(ws, row, 1, m.node, lang=lang, border=True, wrap=True)
            L.put(ws, row, 2, m.expert, lang=lang, border=True, wrap=True)
            L.put(ws, row, 3, m.round, lang=lang, fmt=L.FMT_INT, border=True)
            L.put(ws, row, 4, m.changed, lang=lang, fmt=L.FMT_INT, border=True)
            L.put(ws, row, 5, _num(m.shift), lang=lang, fmt=L.FMT_RATIO, border=True)
            toward = "" if m.toward is None else tr("r.toward_yes" if m.toward else "r.toward_no",
                                                      lang)
            L.put(ws, row, 6, toward, lang=lang, border=True,
                  color=None if m.toward is not False else L.BAD_FONT_COLOR)
            L.fit_row(ws, row, {1: widths[1], 2: widths[2]}, lang=lang)
            row += 1
    L.widths(ws, widths)
    ws.freeze_panes = "A4"
    L.print_setup(ws, landscape=True)

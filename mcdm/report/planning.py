"""The report's parts on how the criteria were weighted, the Delphi rounds and the portfolio.

- :func:`weighting` — the method section's paragraph on the weighting (the choice named by the
  settings table, its formulas and sources), and when objective or combined weights are in
  play a table per industry with the three vectors, the one that ranked marked, and the
  constant criteria noted;
- :func:`rounds` — consensus S* and dispersion per node and round, and who moved (3.1);
- :func:`portfolio` — budget, spend and value, the directions chosen per industry, the
  constraints that bind in words, the frontier as a figure, robustness over the Monte Carlo
  run; the reason when there is no portfolio (chapter 5).

Numbers come from the labelled tables of :mod:`mcdm.tables` (``view.weighting``,
``view.rounds``, ``view.portfolio``); nothing is recomputed here.
"""

from __future__ import annotations

from mcdm.project.settings import spec
from mcdm.report.content import Counter, fmt
from mcdm.report.document import Heading, Paragraph
from mcdm.report.words import word


def _join(items, lang: str) -> str:
    return ("；" if lang == "zh" else "; ").join(items)


def weighting(result, view, lang: str, n: Counter) -> list:
    s = result.settings
    mode = str(s.weighting)
    name = spec("weighting").word(mode, lang)
    detail = word(f"m.detail.{s.objective_method}", lang)
    combination = word(f"m.combine.{s.combination}", lang, alpha=f"{float(s.combination_alpha):g}")
    out = [Paragraph(word(f"m.weighting.{mode}", lang, weighting=name, detail=detail,
                          combination=combination))]
    if mode == "ahp":
        return out
    out.append(Heading(word("h.weighting", lang), 2))
    for wv in view.weighting:
        w = wv.weighting
        heads = [word("c.criterion", lang), word("c.type", lang), word("c.ahp", lang),
                 word("c.objective", lang), word("c.combined", lang)]
        used = {"ahp": 2, "objective": 3, "combined": 4}[w.used]
        heads[used] += " ✓"
        rows = []
        for j, crit in enumerate(wv.criteria):
            rows.append([crit, word("benefit" if wv.types[j] > 0 else "cost", lang),
                         fmt(w.ahp[j]), "—" if w.objective is None else fmt(w.objective[j]),
                         "—" if w.combined is None else fmt(w.combined[j])])
        note = word("ranked_note", lang, caption=wv.caption)
        if wv.notes:
            note += " " + " ".join(wv.notes)
        out.append(n.table(word("t.weighting", lang, industry=wv.industry), heads, rows,
                           align="llrrr", widths=(3.2, 0.8, 0.9, 1.0, 1.0), note=note))
    return out


def rounds(result, view, lang: str, n: Counter) -> list:
    rv = view.rounds
    if rv is None:
        return []
    k = rv.current
    out = [Heading(word("h.rounds", lang), 2),
           Paragraph(word("rounds_text", lang, n=len(rv.rounds), k=k,
                          s0=fmt(rv.rounds[0].consensus, 3), s1=fmt(rv.rounds[-1].consensus, 3)))]
    heads = [word("c.node", lang)]
    for r in rv.rounds:
        heads += [word("c.round_s", lang, k=r.number), word("c.round_gsd", lang, k=r.number)]
    rows = [[node.node, *(v for s, g in zip(node.s_star, node.gsd, strict=True)
                          for v in (fmt(s, 3), fmt(g, 3)))] for node in rv.nodes]
    out.append(n.table(word("t.rounds", lang), heads, rows,
                       widths=(2.4,) + (1.0,) * (2 * len(rv.rounds))))
    if rv.moves:
        rows = [[str(m.round), m.expert, m.node, str(m.changed),
                 "—" if m.toward is None else word("toward_yes" if m.toward else "toward_no",
                                                   lang)] for m in rv.moves]
        out.append(n.table(word("t.moves", lang),
                           [word(c, lang) for c in ("c.round", "c.expert", "c.node",
                                                    "c.changed", "c.toward")],
                           rows, align="rllrl", widths=(0.6, 1.6, 2.4, 0.9, 1.2)))
    for r in rv.rounds[1:]:
        if not any(m.round == r.number for m in rv.moves):
            out.append(Paragraph(word("nobody_moved", lang, k=r.number), "note"))
    return out


def _bounds(ind: dict, unit: str, lang: str) -> str:
    from mcdm.project.portfolio import amount, money

    parts = []
    for name, value in ind["bounds"].items():
        shown = amount(value) if name.endswith("count") else money(value, unit)
        parts.append(word(f"bound.{name}", lang, value=shown)
                     + (word("bound_met", lang) if name in ind["tight"] else ""))
    return _join(parts, lang) or "—"


def _with_unit(text: str, unit: str, lang: str) -> str:
    if not unit:
        return text
    return f"{text}（{unit}）" if lang == "zh" else f"{text} ({unit})"


def portfolio(result, view, lang: str, n: Counter) -> list:
    import mcdm.figures as F
    from mcdm.project.portfolio import amount, money

    pv = view.portfolio
    if pv is None:
        return []
    out = [Heading(word("h.portfolio", lang), 1)]

    def frontier() -> list:
        if not pv.frontier:
            return []
        return [n.figure(word("f.frontier", lang), lambda: F.frontier_figure(result, lang))]
    if pv.reason is not None:
        return [*out, Paragraph(word("no_portfolio", lang, reason=pv.reason)), *frontier()]
    unit = pv.unit
    chosen = [r for r in pv.rows if r.chosen]
    solver = word(f"solver.{pv.solver}", lang) if pv.solver in ("milp", "dp") else pv.solver
    out.append(Paragraph(word("portfolio_text", lang, budget=money(pv.budget, unit),
                              candidates=len(pv.rows), chosen=len(chosen),
                              cost=money(pv.cost, unit), value=fmt(pv.value, 3),
                              solver=solver)))
    out.append(Paragraph(" ".join(pv.binding)))
    # Per industry: chosen of candidates, spend, value; its weight and bounds where any is set.
    weights = any(ind["weight"] != 1.0 for ind in pv.industries)
    bounds = any(ind["bounds"] for ind in pv.industries)
    heads = [word("c.industry", lang), word("c.chosen_of", lang),
             _with_unit(word("c.spend", lang), unit, lang), word("c.value", lang)]
    heads += [word("c.industry_weight", lang)] * weights + [word("c.bounds", lang)] * bounds
    rows = [[ind["label"], f"{ind['chosen']} / {ind['candidates']}", amount(ind["spend"]),
             fmt(ind["value"], 3)] + [f"{ind['weight']:g}"] * weights
            + [_bounds(ind, unit, lang)] * bounds for ind in pv.industries]
    rows.append([word("c.total", lang), f"{len(chosen)} / {len(pv.rows)}", amount(pv.cost),
                 fmt(pv.value, 3)] + [""] * (weights + bounds))
    out.append(n.table(word("t.portfolio_industries", lang), heads, rows,
                       align="lrrr" + "r" * weights + "l" * bounds,
                       widths=(2.4, 1.1, 1.0, 0.9) + (1.1,) * weights + (2.2,) * bounds))
    robust = pv.samples is not None
    heads = [word("c.industry", lang), word("c.direction", lang), word("c.closeness", lang),
             word("c.value", lang), _with_unit(word("c.cost", lang), unit, lang)]
    if robust:
        heads.append(word("c.frequency", lang))
    # The industry named once, on its first row: the table reads as groups.
    rows = [[r.industry if k == 0 or chosen[k - 1].industry != r.industry else "",
             r.direction, fmt(r.closeness), fmt(r.value), amount(r.cost)]
            + ([f"{r.frequency:.0%}"] if robust else []) for k, r in enumerate(chosen)]
    out.append(n.table(word("t.portfolio_chosen", lang), heads, rows,
                       align="llrrr" + ("r" if robust else ""),
                       widths=(1.9, 2.9, 1.15, 0.9, 0.9) + ((1.05,) if robust else ()),
                       note=word("value_note", lang)))
    for text in pv.left_out:
        out.append(Paragraph(text, "note"))
    out += frontier()
    if robust:
        varying = [r for r in pv.rows if r.frequency is not None and 0 < r.frequency < 1]
        if not varying:
            out.append(Paragraph(word("robustness_all", lang, n=pv.samples)))
        else:
            varying.sort(key=lambda r: (-r.frequency, r.industry))
            out.append(Paragraph(word("robustness_text", lang, n=pv.samples,
                                      stable=len(pv.rows) - len(varying),
                                      varying=len(varying), t=n.tables + 1)))
            out.append(n.table(word("t.portfolio_uncertain", lang),
                               [word("c.industry", lang), word("c.direction", lang),
                                word("c.in_portfolio", lang), word("c.frequency", lang)],
                               [[r.industry, r.direction, word("yes" if r.chosen else "no", lang),
                                 f"{r.frequency:.1%}"] for r in varying],
                               align="llrr", widths=(1.8, 2.8, 0.8, 0.9)))
    return out

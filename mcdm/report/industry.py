"""The report's per-industry chapters (ranking, stability, Monte Carlo, method comparison) and the
appendix (how each TOPSIS weight is made, the decision matrices, the group's AIJ matrices)."""

from __future__ import annotations

import numpy as np

from mcdm.errors import MCDMError
from mcdm.report.content import Counter, fmt
from mcdm.report.document import Heading, Paragraph
from mcdm.report.words import word


def _ranked_order(iv) -> list[int]:
    return list(np.lexsort((np.arange(len(iv.directions)), iv.ranks)))


def _short_criteria(result, iv, lang: str) -> list[str]:
    from mcdm.figures.labels import short_or_full

    items = {c.id: c for c in result.project.industry_criteria(iv.id)}
    return [short_or_full(items[c], lang) for c in iv.criterion_ids]


def _ranking(result, iv, lang, n: Counter, k: int) -> list:
    import mcdm.figures as F

    order = _ranked_order(iv)
    top = order[0]
    out = [Heading(word("h.industry", lang, k=k, industry=iv.label), 2),
           Paragraph(word("ranking_text", lang, industry=iv.label, m=len(iv.directions),
                          top=iv.directions[top], c=fmt(iv.closeness[top])))]
    excluded = result.industry(iv.id).excluded_directions
    if excluded:
        dirs = {d.id: d for d in result.project.industry(iv.id).directions}
        out.append(Paragraph(word("excluded_text", lang, items="、".join(
            dirs[d].label.get(lang) for d in excluded) if lang == "zh" else "; ".join(
            dirs[d].label.get(lang) for d in excluded)), "note"))
    rows = [[str(int(iv.ranks[i])), iv.directions[i], fmt(iv.closeness[i]), fmt(iv.d_plus[i]),
             fmt(iv.d_minus[i])] for i in order]
    out.append(n.table(word("t.ranking", lang, industry=iv.label),
                       [word(c, lang) for c in ("c.rank", "c.direction", "c.closeness",
                                                "c.dplus", "c.dminus")],
                       rows, align="rlrrr", widths=(0.6, 3.6, 1.1, 1.0, 1.0)))
    out.append(n.figure(word("f.ranking", lang, industry=iv.label),
                        lambda: F.ranking_figure(result, iv.id, lang)))
    return out


def _stability(result, iv, lang, n: Counter) -> list:
    s = iv.sensitivity
    if s is None:
        return []
    names = _short_criteria(result, iv, lang)
    rows = []
    for j, name in enumerate(names):
        lo, hi = s.ranking_interval[j]
        tlo, thi = s.top1_interval[j]
        rows.append([name, fmt(iv.weights[j]), f"[{fmt(lo)}, {fmt(hi)}]",
                     f"[{fmt(tlo)}, {fmt(thi)}]"])
    out = [Heading(word("h.stability", lang), 3),
           n.table(word("t.stability", lang, industry=iv.label),
                   [word(c, lang) for c in ("c.criterion", "c.weight_used", "c.rank_interval",
                                            "c.top_interval")],
                   rows, widths=(2.2, 1, 1.6, 1.6))]
    mc = s.minimal_change
    if mc is None:
        out.append(Paragraph(word("no_minimal_change", lang)))
    else:
        out.append(Paragraph(word("minimal_change", lang, criterion=names[mc.criterion],
                                  frm=fmt(mc.from_weight), to=fmt(mc.to_weight),
                                  rel=f"{mc.relative_change:+.1%}",
                                  top=iv.directions[mc.new_top])))
    return out


def _monte_carlo(result, view, iv, lang, n: Counter) -> list:
    import mcdm.figures as F

    mc = iv.monte_carlo
    if mc is None:
        return []
    opts = view.monte_carlo or {}
    order = _ranked_order(iv)
    p_top = iv.top_k
    acc = iv.acceptability
    mean_c = mc.mean_closeness[0]
    rows = [[iv.directions[i], f"{p_top[i]:.1%}", f"{acc[i, 0]:.1%}", fmt(mean_c[i])]
            for i in order]
    return [Heading(word("h.montecarlo", lang), 3),
            Paragraph(word("mc_text", lang, n=mc.n_samples, seed=opts.get("seed", mc.seed),
                           sampler=word(f"sampler.{opts.get('sampler', 'bootstrap')}", lang))),
            n.table(word("t.montecarlo", lang, industry=iv.label, k=mc.k),
                    [word("c.direction", lang), word("c.p_top", lang, k=mc.k),
                     word("c.p_first", lang), word("c.mean_c", lang)],
                    rows, widths=(3.6, 1, 1, 1.1)),
            n.figure(word("f.acceptability", lang, industry=iv.label),
                     lambda: F.acceptability_figure(result, iv.id, lang))]


def _comparison(result, iv, lang, n: Counter) -> list:
    out = [Heading(word("h.comparison", lang), 3)]
    try:
        cmp = result.comparison(iv.id)
    except MCDMError as exc:
        return [*out, Paragraph(word("comparison_failed", lang, reason=str(exc)), "note")]
    order = _ranked_order(iv)
    methods = list(cmp.methods)
    rows = [[iv.directions[i], *(str(int(cmp.ranks[k, i])) for k in range(len(methods))),
             str(int(cmp.rank_spread[i]))] for i in order]
    from mcdm.project.captions import comparison_caption

    out.append(n.table(word("t.comparison", lang, industry=iv.label),
                       [word("c.direction", lang), *methods, word("c.spread", lang)], rows,
                       widths=(3.0,) + (0.9,) * (len(methods) + 1),
                       note=comparison_caption(result.settings, lang)))
    rho = cmp.correlations.get("spearman")
    if rho is not None and "TOPSIS" in methods:
        t = methods.index("TOPSIS")
        items = [f"{m} {fmt(rho[t, k], 3)}" for k, m in enumerate(methods) if k != t]
        out.append(Paragraph(word("comparison_text", lang,
                                  items=("、" if lang == "zh" else ", ").join(items))))
    for name, reason in cmp.failed.items():
        out.append(Paragraph(f"{name}: {reason}", "note"))
    return out


def industries(result, view, lang: str, n: Counter) -> list:
    out = [Heading(word("h.rankings", lang), 1)]
    for k, iv in enumerate(view.industries, start=1):
        out += _ranking(result, iv, lang, n, k)
        out += _stability(result, iv, lang, n)
        out += _monte_carlo(result, view, iv, lang, n)
        out += _comparison(result, iv, lang, n)
    for ind_id, exc in result.industry_errors.items():
        label = result.project.industry(ind_id).label.get(lang)
        out.append(Paragraph(word("not_ranked", lang, industry=label, reason=str(exc)), "note"))
    return out


def appendix(result, view, lang: str, n: Counter) -> list:
    out = [Heading(word("h.appendix", lang), 1)]
    weighting = {wv.id: wv for wv in view.weighting}
    for iv in view.industries:
        names = _short_criteria(result, iv, lang)
        wv = weighting.get(iv.id)
        # The AHP weights (tree weight × (1 − s), or a measured criterion's share) and, when
        # objective or combined weights ranked, those beside them.
        ahp = iv.weights if wv is None else wv.ahp
        other = wv is not None and wv.used != "ahp"
        rows = []
        for j, name in enumerate(names):
            own = not np.isfinite(iv.tree_weight[j])
            rows.append([name, word("benefit" if iv.types[j] > 0 else "cost", lang),
                         word("measured", lang) if own else fmt(iv.tree_weight[j]),
                         fmt(ahp[j]) if own else
                         word("from_tree", lang, share=fmt(iv.own_share, 2)),
                         fmt(ahp[j])] + ([fmt(iv.weights[j])] if other else []))
        heads = [word(c, lang) for c in ("c.criterion", "c.type", "c.ahp_weight", "c.share",
                                         "c.ahp" if other else "c.weight_used")]
        if other:
            heads.append(word("c.weight_ranked", lang))
        out.append(n.table(word("t.weights_used", lang, industry=iv.label), heads, rows,
                           align="llrrr" + ("r" if other else ""),
                           widths=(2.2, 0.9, 1.2, 1.4, 1.0) + ((1.1,) if other else ()),
                           note=wv.caption if other else ""))
        order = _ranked_order(iv)
        mrows = [[iv.directions[i], *(fmt(iv.matrix[i, j], 2) for j in range(len(names)))]
                 for i in order]
        out.append(n.table(word("t.matrix", lang, industry=iv.label),
                           [word("c.direction", lang), *names], mrows,
                           widths=(2.6,) + (1.0,) * len(names)))
    for nv in view.nodes:
        if not nv.internal or nv.aggregated is None:
            continue
        a = nv.aggregated
        rows = [[nv.items[i], *(fmt(a[i, j], 3) for j in range(len(nv.items)))]
                for i in range(len(nv.items))]
        out.append(n.table(word("t.aij", lang, node=nv.label), ["", *nv.items], rows,
                           widths=(2.0,) + (1.2,) * len(nv.items)))
    return out

"""How firm a ranking is: sensitivity curves, Monte Carlo rank acceptability and P(top k), and
the ranks other methods give."""

from __future__ import annotations

import numpy as np

from mcdm.figures import live, style
from mcdm.figures.bars import Series, bar_figure
from mcdm.figures.labels import criterion_items, label, lines_for, room, short_or_full
from mcdm.figures.words import word

SHOWN = 6
LINES_MIN_IN = 3.0  # the least height of a line chart on screen


def sensitive_criterion(ir, s=None) -> int:
    """The criterion a sensitivity figure shows by default: the one whose smallest change flips
    the top direction (the minimal change), else the one with the narrowest stability interval.
    ``s`` is the industry's analysis when the evaluation did not keep it."""
    s = s if s is not None else ir.sensitivity
    if s.minimal_change is not None:
        return int(s.minimal_change.criterion)
    widths = s.ranking_interval[:, 1] - s.ranking_interval[:, 0]
    return int(np.argmin(widths))


def sensitivity_figure(result, industry_id: str, lang: str, criterion: int | None = None, *,
                       figure=None):
    """Closeness of every direction as one criterion's weight sweeps 0–1 (the others keep their
    proportions); a dashed line at the current weight, a dot at every rank reversal. The
    analysis is the evaluation's (``sensitivity=True``) or computed now and kept by the result."""
    project = result.project
    ir = result.industry(industry_id)
    s = result.sensitivity(industry_id)
    j = sensitive_criterion(ir, s) if criterion is None else int(criterion)
    crit = criterion_items(project, industry_id)[ir.criterion_ids[j]]
    ind = project.industry(industry_id)
    dirs = {d.id: d for d in ind.directions}
    m = len(ir.direction_ids)
    # Beyond SHOWN directions a legend per line is spaghetti: the best SHOWN (current ranking)
    # are drawn in colour and named, the rest thin and grey under one legend entry.
    top = [d for d, _, _ in ir.ranking()][:SHOWN]
    fig = style.new_figure(style.WIDTH_IN, max(3.6, 1.6 + 0.2 * min(m, SHOWN + 1)), figure)
    ax = fig.add_subplot()
    legend_room = max(12.0, style.label_width_em(fig.get_figwidth(), 0.2))
    fold = lines_for(figure)
    handles = []
    for d in [d for d, _, _ in ir.ranking()][::-1]:  # the best drawn last, on top
        i = ir.direction_ids.index(d)
        if d in top:
            k = top.index(d)
            handles.append(ax.plot(s.grid, s.closeness[j, :, i], color=style.PALETTE[k],
                                   linewidth=1.5, zorder=2.5,
                                   label=f"{k + 1}. {label(dirs[d], lang, legend_room, fold)}")[0])
        else:
            grey = ax.plot(s.grid, s.closeness[j, :, i], color="#B0B0B0", linewidth=0.8,
                           zorder=2, label=word("other_directions", lang, n=m - len(top)))
            if not any(h.get_color() == "#B0B0B0" for h in handles):
                handles.append(grey[0])  # one legend entry for all of them
    # The legend in rank order: 1, 2, … then the other directions.
    handles = handles[::-1]
    current = float(ir.weights[j])
    handles.append(ax.axvline(current, color=style.GROUP_COLOUR, linestyle="--", linewidth=1,
                              label=word("current_weight", lang, weight=current)))
    revs = s.reversals_for(j)
    if revs:
        xs = [r.weight for r in revs]
        ys = [float(np.interp(r.weight, s.grid, s.closeness[j, :, r.rises])) for r in revs]
        handles.append(ax.scatter(xs, ys, s=18, color="black", edgecolor="white",
                                  linewidth=0.8, zorder=3, label=word("reversal", lang)))
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel(word("weight_of", lang, criterion=short_or_full(crit, lang)))
    ax.set_ylabel(word("closeness", lang))
    ax.grid(color="#E0E0E0", linewidth=0.6)
    legend = style.legend(fig, handles)
    title = word("sensitivity_title", lang, industry=ind.label.get(lang),
                 criterion=short_or_full(crit, lang))
    style.finish(fig, title, project, lang, title_share=style.BESIDE_LEGEND)
    entries = [t.get_text() for t in legend.get_texts()]
    live.record(fig, live.Shown(
        kind="sensitivity", rows=tuple(dirs[d].label.get(lang) for d, _, _ in ir.ranking()),
        labels=tuple(entries), series=tuple(entries),
        min_height=max(LINES_MIN_IN, style.min_height(
            [], title=title, width=fig.get_figwidth(), title_share=style.BESIDE_LEGEND,
            legend_entries=sum(e.count("\n") + 1 for e in entries)))))
    return fig


def _mc(ir):
    mc = ir.monte_carlo
    if mc is None:
        raise ValueError("the result was evaluated without a Monte Carlo run")
    return mc


def _mc_index(result, ir) -> int:
    # An industry's MonteCarloResult holds that industry alone (tuples of one entry).
    return 0


def acceptability_figure(result, industry_id: str, lang: str, *, figure=None):
    """Rank acceptability: one stacked bar per direction (ranked order), a segment per rank in an
    ordered colour-blind-safe ramp (rank 1 darkest), shares ≥ 8 % written on their segment."""
    project = result.project
    ir = result.industry(industry_id)
    mc = _mc(ir)
    acc = mc.acceptability[_mc_index(result, ir)]
    ind = project.industry(industry_id)
    dirs = {d.id: d for d in ind.directions}
    order = [ir.direction_ids.index(d) for d, _, _ in ir.ranking()]
    m = len(order)
    fig = style.new_figure(style.WIDTH_IN, style.rows_height(m, 1.5), figure)
    ax = fig.add_subplot()
    width = room(figure, ind.directions, lang, share=0.28, most=0.38)
    colours = style.rank_colours(m)
    y = np.arange(m)
    left = np.zeros(m)
    for k in range(m):
        share = acc[order, k]
        bars = ax.barh(y, share, left=left, color=colours[k], height=0.7, edgecolor="white",
                       linewidth=0.5, label=word("rank_n", lang, k=k + 1))
        ax.bar_label(bars, labels=[f"{v:.0%}" if v >= 0.08 else "" for v in share],
                     label_type="center", fontsize=style.FONT_PT - 1.5,
                     color=style.text_colour_on(colours[k]))
        left += share
    labels = [label(dirs[ir.direction_ids[i]], lang, width, lines_for(figure)) for i in order]
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_xlim(0, max(1.0, float(left.max())))
    ax.set_xlabel(word("probability", lang))
    ax.tick_params(axis="y", length=0)
    columns = 1 if m <= 12 else 2
    style.legend(fig, ncols=columns)
    title = word("acceptability_title", lang, industry=ind.label.get(lang), n=mc.n_samples)
    style.finish(fig, title, project, lang, title_share=style.BESIDE_LEGEND)
    live.record(fig, live.Shown(
        kind="acceptability", rows=tuple(dirs[ir.direction_ids[i]].label.get(lang)
                                         for i in order),
        labels=tuple(labels), series=tuple(word("rank_n", lang, k=k + 1) for k in range(m)),
        values=tuple(tuple(float(v) for v in acc[order, k]) for k in range(m)), fmt="{:.1%}",
        min_height=style.min_height(labels, title=title, width=fig.get_figwidth(),
                                    legend_entries=m, legend_columns=columns,
                                    title_share=style.BESIDE_LEGEND)))
    return fig


def top_k_figure(result, industry_id: str, lang: str, *, figure=None):
    """P(rank ≤ k) per direction (Monte Carlo), in the ranking's order, on a 0–1 axis."""
    project = result.project
    ir = result.industry(industry_id)
    mc = _mc(ir)
    p = mc.top_k[_mc_index(result, ir)]
    ind = project.industry(industry_id)
    dirs = {d.id: d for d in ind.directions}
    order = [ir.direction_ids.index(d) for d, _, _ in ir.ranking()]
    width = room(figure, ind.directions, lang)
    return bar_figure(
        figure, kind="top_k", rows=[dirs[ir.direction_ids[i]].label.get(lang) for i in order],
        labels=[label(dirs[ir.direction_ids[i]], lang, width, lines_for(figure)) for i in order],
        series=[Series(word("probability", lang), p[order], style.PALETTE[2])], fmt="{:.1%}",
        x_max=1.0, x_label=word("probability", lang),
        title=word("top_k_title", lang, industry=ind.label.get(lang), k=mc.k, n=mc.n_samples),
        project=project, lang=lang, height=style.rows_height(len(order)))


def comparison_figure(result, industry_id: str, lang: str, *, figure=None):
    """Ranks by method: directions (TOPSIS order) × methods, each cell its rank, darker = better."""
    project = result.project
    ir = result.industry(industry_id)
    cmp = result.comparison(industry_id)
    ind = project.industry(industry_id)
    dirs = {d.id: d for d in ind.directions}
    order = [ir.direction_ids.index(d) for d, _, _ in ir.ranking()]
    ranks = np.asarray(cmp.ranks, dtype=float)[:, order].T  # directions × methods
    m, k = ranks.shape
    fig = style.new_figure(style.WIDTH_IN, style.rows_height(m, 1.6), figure)
    ax = fig.add_subplot()
    from matplotlib import colormaps

    cmap = colormaps["viridis"].resampled(256)
    ax.imshow(ranks, cmap=cmap, vmin=1, vmax=max(m, 2) / 0.9, aspect="auto")
    for i in range(m):
        for c in range(k):
            rgba = cmap((ranks[i, c] - 1) / (max(m, 2) / 0.9 - 1))
            ax.text(c, i, f"{int(ranks[i, c])}", ha="center", va="center",
                    fontsize=style.FONT_PT - 0.5, color=style.text_colour_on(rgba))
    ax.set_xticks(np.arange(k), list(cmp.methods), rotation=0)
    ax.xaxis.tick_top()
    width = room(figure, ind.directions, lang)
    labels = [label(dirs[ir.direction_ids[i]], lang, width, lines_for(figure)) for i in order]
    ax.set_yticks(np.arange(m), labels)
    ax.tick_params(length=0)
    for side in ("left", "bottom", "top", "right"):
        ax.spines[side].set_visible(False)
    title = word("comparison_title", lang, industry=ind.label.get(lang))
    style.finish(fig, title, project, lang)
    live.record(fig, live.Shown(
        kind="comparison", rows=tuple(dirs[ir.direction_ids[i]].label.get(lang) for i in order),
        labels=tuple(labels), series=tuple(cmp.methods),
        values=tuple(tuple(float(v) for v in ranks[:, c]) for c in range(k)), fmt="{:.0f}",
        min_height=style.min_height(labels, title=title, width=fig.get_figwidth())))
    return fig

"""Weights: the group against each expert at one node, and the global criterion weights."""

from __future__ import annotations

import numpy as np

from mcdm.figures import style
from mcdm.figures.labels import expert_name, label
from mcdm.figures.ranking import hbars
from mcdm.figures.words import word
from mcdm.project.settings import spec


def node_weights_figure(result, node_id: str, lang: str, *, figure=None):
    """Local weights at ``node_id``: per item, the group's bar (dark, with its value) and one bar
    per expert weighted there, in a legend that names each expert; axis 0–1."""
    project = result.project
    nr = result.nodes[node_id]
    node = project.node(node_id)
    items = node.children
    experts = nr.experts
    series = [(word("group", lang), nr.weights, style.GROUP_COLOUR)] if nr.weighted else []
    for k, e in enumerate(experts):
        series.append((expert_name(project, e, 9), nr.expert_weights[k],
                       style.PALETTE[project.expert_ids().index(e) % len(style.PALETTE)]))
    n_bars = max(len(series), 1)
    rows = len(items) * (0.5 + 0.15 * n_bars)
    fig = style.new_figure(style.WIDTH_IN, 1.9 + style.ROW_IN * rows, figure)
    ax = fig.add_subplot()
    width = style.label_width_em(fig, 0.24)
    band = 0.84 / n_bars
    y = np.arange(len(items))
    for k, (name, w, colour) in enumerate(series):
        pos = y - 0.42 + band * (k + 0.5)
        bars = ax.barh(pos, w, height=band * 0.92, color=colour, label=name)
        size = style.FONT_PT - (1 if k == 0 else 2)
        ax.bar_label(bars, labels=[f"{v:.3f}" for v in w], padding=1.5, fontsize=size,
                     fontweight="bold" if k == 0 and nr.weighted else "normal")
    ax.set_yticks(y, [label(c, lang, width) for c in items])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel(word("local_weight", lang))
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color="#E0E0E0", linewidth=0.6)
    ax.set_axisbelow(True)
    style.legend(fig)
    agg = spec("aggregation").word(result.settings.aggregation, lang)
    style.finish(fig, word("weights_title", lang, node=node.label.get(lang), aggregation=agg),
                 project, lang)
    return fig


def global_weights_figure(result, lang: str, *, figure=None):
    """The group's global weight of every tree leaf, coloured by the node above it (named in
    the legend); values on the bars; the axis max moves only in steps (:func:`style.nice_max`)."""
    project = result.project
    leaves = [project.node(i) for i in result.leaf_ids]
    w = np.asarray(result.leaf_weights, dtype=float)
    parents = [project.parent(c.id) for c in leaves]
    groups = list(dict.fromkeys(p.id for p in parents))
    colours = [style.PALETTE[groups.index(p.id) % len(style.PALETTE)] for p in parents]
    fig = style.new_figure(style.WIDTH_IN, style.rows_height(len(leaves), 1.6), figure)
    ax = fig.add_subplot()
    width = style.label_width_em(fig)
    finite = w[np.isfinite(w)]
    hbars(ax, [label(c, lang, width) for c in leaves], w, colour=colours,
          x_max=style.nice_max(float(finite.max()) if finite.size else 1.0),
          x_label=word("global_weight", lang))
    if len(groups) > 1:
        from matplotlib.patches import Patch

        handles = [Patch(color=style.PALETTE[k % len(style.PALETTE)],
                         label=project.node(g).label.get(lang)) for k, g in enumerate(groups)]
        style.legend(fig, handles)
    s = result.settings
    style.finish(fig, word("global_title", lang,
                           aggregation=spec("aggregation").word(s.aggregation, lang),
                           method=spec("priority_method").word(s.priority_method, lang)),
                 project, lang)
    return fig

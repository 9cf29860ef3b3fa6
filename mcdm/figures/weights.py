"""Weights: one expert's at one node, the group against each expert at a node, and the global
criterion weights."""

from __future__ import annotations

import numpy as np

from mcdm.figures import style
from mcdm.figures.bars import Series, bar_figure
from mcdm.figures.labels import expert_name, label, lines_for, room, short_or_full
from mcdm.figures.words import word
from mcdm.project.settings import spec


def expert_colour(project, expert_id: str) -> str:
    """An expert's colour, the same in every figure (by the expert's place in the panel)."""
    return style.PALETTE[project.expert_ids().index(expert_id) % len(style.PALETTE)]


def expert_weights_figure(result, expert_id: str, node_id: str, lang: str, *, figure=None):
    """One expert's local weights at ``node_id`` from their own comparisons, items in the
    node's order, values on the bars, axis 0–1 (it never moves while the expert edits). The
    title names the node by its short name (the page around it names it in full).

    Raises ``ValueError`` when that expert's matrix there could not be weighted (the result
    says why: ``result.individual_errors``)."""
    project = result.project
    priorities = result.individual.get((expert_id, node_id))
    if priorities is None:
        raise ValueError(f"expert {expert_id!r} has no weights at node {node_id!r}")
    node = project.node(node_id)
    items = node.children
    width = room(figure, items, lang)
    method = spec("priority_method").word(result.settings.priority_method, lang)
    expert = project.expert(expert_id)
    return bar_figure(
        figure, kind="expert_weights", rows=[c.label.get(lang) for c in items],
        labels=[label(c, lang, width, lines_for(figure)) for c in items],
        series=[Series(expert.name or expert.id, priorities.weights,
                       expert_colour(project, expert_id))],
        fmt="{:.3f}", x_max=1.0, x_label=word("local_weight", lang),
        title=word("expert_weights_title", lang, expert=expert.name or expert.id,
                   node=short_or_full(node, lang), method=method),
        project=project, lang=lang, height=style.rows_height(len(items), 1.6))


def node_weights_figure(result, node_id: str, lang: str, *, figure=None):
    """Local weights at ``node_id``: per item, the group's bar (dark, with its value) and one bar
    per expert weighted there, in a legend that names each expert; axis 0–1. The experts' values
    are not written on their thin bars (the panel's table lists them); without a group weight
    (a node the group cannot weight yet) they are."""
    project = result.project
    nr = result.nodes[node_id]
    node = project.node(node_id)
    items = node.children
    series = [Series(word("group", lang), nr.weights, style.GROUP_COLOUR, bold=True)] \
        if nr.weighted else []
    for k, e in enumerate(nr.experts):
        series.append(Series(expert_name(project, e, 9), nr.expert_weights[k],
                             expert_colour(project, e), written=not nr.weighted))
    rows = len(items) * (0.5 + 0.15 * max(len(series), 1))
    width = room(figure, items, lang, share=0.24, most=0.32)
    agg = spec("aggregation").word(result.settings.aggregation, lang)
    return bar_figure(
        figure, kind="node_weights", rows=[c.label.get(lang) for c in items],
        labels=[label(c, lang, width, lines_for(figure)) for c in items], series=series,
        fmt="{:.3f}", x_max=1.0,
        x_label=word("local_weight", lang),
        title=word("weights_title", lang, node=short_or_full(node, lang), aggregation=agg),
        project=project, lang=lang, height=1.9 + style.ROW_IN * rows)


def global_weights_figure(result, lang: str, *, figure=None):
    """The group's global weight of every tree leaf, coloured by the node above it (named in
    the legend); values on the bars; the axis max moves only in steps (:func:`style.nice_max`)."""
    project = result.project
    leaves = [project.node(i) for i in result.leaf_ids]
    w = np.asarray(result.leaf_weights, dtype=float)
    parents = [project.parent(c.id) for c in leaves]
    groups = list(dict.fromkeys(p.id for p in parents))
    colours = [style.PALETTE[groups.index(p.id) % len(style.PALETTE)] for p in parents]
    width = room(figure, leaves, lang)
    finite = w[np.isfinite(w)]
    # The nodes above the leaves by their short names: the legend leaves the plot its room.
    legend = [(label(project.node(g), lang, 10), style.PALETTE[k % len(style.PALETTE)])
              for k, g in enumerate(groups)] if len(groups) > 1 else []
    s = result.settings
    return bar_figure(
        figure, kind="global_weights", rows=[c.label.get(lang) for c in leaves],
        labels=[label(c, lang, width, lines_for(figure)) for c in leaves],
        series=[Series(word("global_weight", lang), w, colours)], fmt="{:.4f}",
        x_max=style.nice_max(float(finite.max()) if finite.size else 1.0),
        x_label=word("global_weight", lang),
        title=word("global_title", lang,
                   aggregation=spec("aggregation").word(s.aggregation, lang),
                   method=spec("priority_method").word(s.priority_method, lang)),
        project=project, lang=lang, height=style.rows_height(len(leaves), 1.6), legend=legend)

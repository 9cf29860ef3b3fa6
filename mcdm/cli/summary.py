"""The text ``evaluate`` prints: weights, consistency, consensus, rankings, then what could not be
computed yet and why."""

from __future__ import annotations

from mcdm.cli.text import fmt, table, width, word
from mcdm.messages import consensus, describe, label, person, verdict


def summary(project, result, lang: str, top: int) -> str:
    parts = []
    title = project.title.get(lang) or project.id
    parts.append(f"{title}\n{'=' * width(title)}")
    if project.illustrative:
        parts.append(word("illustrative", lang))

    rows = []
    for node in project.goal.walk():
        if node is project.goal:
            continue
        depth = len(project.path(node.id)) - 2
        local = result.hierarchy.local.get(node.id)
        glob = result.hierarchy.global_weights.get(node.id)
        rows.append(["  " * depth + _node_name(project, node.id, lang), fmt(local), fmt(glob)])
    parts.append(f"{word('weights', lang)}\n" + table(
        [word("criterion", lang), word("local", lang), word("global", lang)], rows, {1, 2}))

    nodes = [n.id for n in project.internal_nodes()]
    heads = [_node_name(project, n, lang) for n in nodes]
    thr = project.settings.cr_threshold
    rows = []
    for e in project.experts:
        cells = []
        for n in nodes:
            cr = result.cr(e.id, n)
            cells.append(fmt(cr, 3) + ("*" if cr is not None and cr > thr else " "))
        rows.append([person(e.name, lang)] + cells)
    group = []
    for n in nodes:
        g = result.nodes[n].group
        group.append(fmt(None if g is None else g.cr, 3) + " ")
    rows.append([word("overall", lang) + (f"（{result.settings.aggregation}）" if lang == "zh" else
                                           f" ({result.settings.aggregation})")] + group)
    note = (f"（* {verdict(False, lang)}，CR > {thr:g}）" if lang == "zh" else
            f" (* {verdict(False, lang)}, CR > {thr:g})")
    parts.append(f"{word('consistency', lang)}{note}\n"
                 + table([word("expert", lang)] + heads, rows, set(range(1, len(nodes) + 1))))

    rows = []
    for n in nodes:
        c = result.nodes[n].consensus
        name = _node_name(project, n, lang)
        if c is None:
            rows.append([name, "—", "", ""])
            continue
        furthest = result.nodes[n].experts[c.furthest_expert]
        rows.append([name, fmt(c.s_star, 3), consensus(c.word, lang),
                     label(project, furthest, lang, "expert")])
    rows.append([word("overall", lang), fmt(result.consensus, 3),
                 consensus(result.consensus_word, lang), ""])
    parts.append(f"{word('consensus', lang)}\n" + table(
        [word("node", lang), "S*", "", word("furthest", lang)], rows, {1}))

    blocks = [word("top", lang)]
    for ind in project.industries:
        name = ind.label.get(lang)
        if ind.id in result.industry_errors:
            if result.weights_complete:  # otherwise the reason is listed once, below
                blocks.append(f"\n{name}: {word('evaluate.not_ranked', lang)} — "
                              f"{describe(result.industry_errors[ind.id], lang, project)}")
            else:
                blocks.append(f"\n{name}: {word('evaluate.not_ranked', lang)}")
            continue
        r = result.industry(ind.id)
        names = {d.id: d.label.get(lang) for d in ind.directions}
        mc = r.monte_carlo
        head = [word("rank", lang), word("direction", lang), word("closeness", lang)]
        if mc is not None:
            head.append(word("p_top", lang, k=mc.k))
        rows = []
        for d, clo, rk in r.top(top):
            row = [str(rk), names[d], fmt(clo)]
            if mc is not None:
                row.append(fmt(float(mc.top_k[0][r.direction_ids.index(d)]), 2))
            rows.append(row)
        blocks.append(f"\n{name}\n" + table(head, rows, {0, 2, 3}))
        w = r.weighting
        if w is not None and (w.mode != "ahp" or w.used != "ahp"):
            from mcdm.project.captions import weighting_caption

            blocks.append(weighting_caption(w, lang))
            blocks += [describe(n, lang, project) for n in w.notes]
    parts.append("\n".join(blocks))

    missing = incomplete_lines(project, result, lang)
    if missing:
        parts.append(f"{word('incomplete', lang)}\n" + "\n".join(f"- {x}" for x in missing))
    advice = [a for a in result.advice if a.code != "advice.matrix_unusable"]  # listed above
    if advice:
        parts.append(f"{word('advice', lang)}\n" + "\n".join(
            f"- {describe(a, lang, project)}" for a in advice))
    return "\n\n".join(parts) + "\n"


def incomplete_lines(project, result, lang: str) -> list[str]:
    """What could not be computed, each with why: the project's problems, the nodes without
    weights (with the experts left out there), then what depends on them."""
    lines = [describe(p, lang, project) for p in result.problems]
    for node_id in result.missing_nodes:
        n = result.nodes.get(node_id)
        if n is None or n.missing is None:
            continue
        lines.append(describe(n.missing, lang, project))
        lines += [f"  {describe(p, lang, project)}" for p in n.excluded.values()]
    left_out = word("evaluate.left_out", lang)
    for n in result.nodes.values():
        if n.missing is None:
            lines += [describe(p, lang, project) + left_out for p in n.excluded.values()
                      if p.code != "evaluate.expert_not_judged"]
    if result.missing_nodes and not result.problems:
        names = ("、" if lang == "zh" else ", ").join(
            _node_name(project, x, lang) for x in result.missing_nodes)
        lines.append(word("evaluate.none_ranked", lang, nodes=names))
    for ind in result.industries:
        lines += [describe(p, lang, project) for p in ind.excluded_directions.values()]
    return lines


def _node_name(project, node_id: str, lang: str) -> str:
    return label(project, node_id, lang, "node")

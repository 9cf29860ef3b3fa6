"""Turn a :class:`~mcdm.project.result.ProjectResult` into labelled tables (workbook, CLI, report).

Only picks numbers out of the result and pairs them with the project's labels; the one engine
call is the method comparison, which the result computes lazily on request.
"""

from __future__ import annotations

import numpy as np

from mcdm.errors import MCDMError
from mcdm.tables.view import ExpertBlock, IndustryView, NodeView, ResultsView


def _depths(node, depth=0):
    yield node, depth
    for c in node.children:
        yield from _depths(c, depth + 1)


def _criterion_label(c, lang: str) -> str:
    label = c.label.get(lang)
    return f"{label} ({c.unit})" if getattr(c, "unit", "") else label


def _acceptability(mc) -> np.ndarray | None:
    if mc is None:
        return None
    acc = mc.acceptability
    return acc[0] if isinstance(acc, tuple) else acc


def _first(value):
    return value[0] if isinstance(value, tuple) else value


def _tree_weights(result, ir) -> np.ndarray:
    leaves = dict(zip(result.leaf_ids, result.leaf_weights, strict=True))
    return np.array([leaves.get(c, np.nan) for c in ir.criterion_ids], dtype=float)


def _raw(project, ir) -> np.ndarray:
    """Each expert's own scores of the ranked directions (nan where not scored)."""
    tensor = project.score_tensor(ir.industry_id)
    ind = project.industry(ir.industry_id)
    rows = [ind.direction_ids().index(d) for d in ir.direction_ids]
    return tensor[:, rows, :]


def _completeness(project) -> dict:
    """Expert id → (judgments given, judgments asked) over every node with a matrix: counting
    what the project holds, not a computed result."""
    out = {}
    nodes = project.internal_nodes()
    asked = sum(len(n.children) * (len(n.children) - 1) // 2 for n in nodes)
    for e in project.expert_ids():
        given = sum(len(project.judgments.get(e, {}).get(n.id, {})) for n in nodes)
        out[e] = (given, asked)
    return out


METHOD_SETTINGS = ("scale", "priority_method", "ri_table", "cr_threshold", "aggregation",
                   "score_mean", "normalization")


def method_settings(settings, lang: str) -> tuple[tuple[str, str], ...]:
    """(name, value) of the settings that made the result, in the settings table's words; the
    weighting as one line (its method, combination and α where they apply)."""
    from mcdm.project.settings import spec

    out = [(spec(n).title(lang), spec(n).word(getattr(settings, n), lang))
           for n in METHOD_SETTINGS]
    mode = str(settings.weighting)
    text = spec("weighting").word(mode, lang)
    details = []
    if mode != "ahp":
        details.append(spec("objective_method").word(settings.objective_method, lang))
    if mode == "combined":
        details.append(spec("combination").word(settings.combination, lang))
        if spec("combination_alpha").applies(settings):
            details.append(f"α = {float(settings.combination_alpha):g}")
    if details:
        text += f"（{'，'.join(details)}）" if lang == "zh" else f" ({', '.join(details)})"
    out.append((spec("weighting").title(lang), text))
    return tuple(out)


def uses_portfolio(project) -> bool:
    """Whether the project defines a portfolio at all: a budget, a bound, a choice or a cost."""
    return not project.portfolio.is_default() or any(
        d.cost is not None for ind in project.industries for d in ind.directions)


def _portfolio(project, result, lang: str):
    from mcdm.tables.portfolio import portfolio_view

    if not uses_portfolio(project):
        return None
    robustness = None
    if "monte_carlo" in result.options:
        try:
            robustness = result.portfolio_robustness()
        except MCDMError:
            robustness = None  # no portfolio at the budget: the view says why
    return portfolio_view(project, result, lang, robustness=robustness)


def view_of(project, result, lang: str, *, comparison: bool = True) -> ResultsView:
    ids = result.expert_ids
    nodes = []
    h = result.hierarchy
    for node, depth in _depths(project.goal):
        nr = result.nodes.get(node.id)
        internal = nr is not None
        kw = {}
        if internal:
            from mcdm.ahp.consistency import gci_threshold

            group = nr.group
            kw = {
                "items": tuple(c.label.get(lang) for c in node.children),
                "group_weights": nr.weights,
                "aggregated": nr.aggregated_matrix,
                "consensus_word": nr.consensus.word if nr.consensus is not None else "",
                "gci_limit": gci_threshold(len(node.children)),
                "cr": group.cr if group is not None else h.cr.get(node.id),
                "gci": group.gci if group is not None else None,
                "consensus": nr.consensus.s_star if nr.consensus is not None else None,
                "expert_cr": tuple(result.cr(e, node.id) for e in ids),
                "expert_gci": tuple(None if (r := result.individual.get((e, node.id))) is None
                                    else float(r.gci) for e in ids),
            }
        nodes.append(NodeView(node.id, node.label.get(lang), depth,
                              None if depth == 0 else float(h.local[node.id]),
                              float(h.global_weights[node.id]), internal, **kw))
    leaves = tuple((project.node(lid).label.get(lang), float(w))
                   for lid, w in zip(result.leaf_ids, result.leaf_weights, strict=True))
    blocks = {}
    for e in ids:
        out = []
        for node in project.internal_nodes():
            r = result.individual.get((e, node.id))
            if r is None:
                continue
            out.append(ExpertBlock(" › ".join(n.label.get(lang) for n in project.path(node.id)),
                                   tuple(c.label.get(lang) for c in node.children),
                                   np.asarray(project.judgment_matrix(e, node.id)), r.weights,
                                   r.lambda_max, r.ci, r.cr, r.gci))
        blocks[e] = tuple(out)
    industries = []
    for ir in result.industries:
        ind = project.industry(ir.industry_id)
        crit = {c.id: c for c in project.industry_criteria(ind.id)}
        dirs = {d.id: d for d in ind.directions}
        cmp = None
        if comparison:
            try:
                cmp = result.comparison(ind.id)
            except MCDMError:
                cmp = None  # the sheet lists only the industries the other methods could rank
        industries.append(IndustryView(
            ind.id, ind.label.get(lang), tuple(dirs[d].label.get(lang) for d in ir.direction_ids),
            tuple(_criterion_label(crit[c], lang) for c in ir.criterion_ids),
            np.asarray(ir.types), ir.scores.matrix, ir.scores.std, ir.topsis.weights,
            ir.topsis.normalization, ir.topsis.closeness, ir.topsis.ranks, cmp, ir.sensitivity,
            _acceptability(ir.monte_carlo), ir.topsis.steps.d_plus, ir.topsis.steps.d_minus,
            tuple(ir.criterion_ids), _tree_weights(result, ir), float(ir.own_share),
            ir.scores.count, _raw(project, ir), ir.monte_carlo,
            None if ir.monte_carlo is None else _first(ir.monte_carlo.top_k), ir.topsis.steps,
            tuple(ir.direction_ids)))
    from mcdm.project.captions import comparison_caption
    from mcdm.tables.portfolio import weighting_views
    from mcdm.tables.rounds import rounds_view

    s = result.settings
    consensus = None if result.consensus is None or np.isnan(result.consensus) else result.consensus
    return ResultsView(lang, project.title.get(lang), project.illustrative,
                       tuple((e.id, e.name) for e in project.experts), tuple(nodes), leaves,
                       consensus, blocks, tuple(industries),
                       {"cr_threshold": s.cr_threshold, "normalization": s.normalization},
                       tuple(float(w) for w in result.expert_weights),
                       tuple(e.role for e in project.experts), _completeness(project),
                       dict(result.options["monte_carlo"]) if "monte_carlo" in result.options
                       else None, weighting_views(project, result, lang),
                       _portfolio(project, result, lang),
                       rounds_view(project, lang, result.rounds() if project.rounds else None),
                       comparison_caption(s, lang), method_settings(s, lang))

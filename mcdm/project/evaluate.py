"""Evaluate a whole workshop: one call from the project value to a frozen :class:`ProjectResult`.

Every number comes from the engine modules; this module only routes the project's data to them:

1. each expert's matrix at each node → :func:`mcdm.ahp.priorities` (CR, GCI, completion);
2. the group → AIJ (:func:`mcdm.group.aggregate_judgments`) or AIP
   (:func:`mcdm.group.aggregate_priorities`), then :func:`mcdm.hierarchy.evaluate_hierarchy`
   for local and global weights;
3. consensus per node (:func:`mcdm.group.consensus`) and per-judgment dispersion; the overall S*
   weights each node by its global weight, the rule of :func:`mcdm.hierarchy.hierarchy_consensus`
   (applied here per node because an expert who skipped a node is left out of that node only);
4. per industry: scores → :func:`mcdm.scores.aggregate_scores`, criterion weights (leaves'
   global weights scaled by ``1 - own share``, then the industry's own; objective or combined
   as the ``weighting`` setting says, :mod:`mcdm.project.evaluate_weighting`), →
   :func:`mcdm.topsis.rank`; on request :func:`mcdm.sensitivity.one_at_a_time` and Monte Carlo
   (:mod:`mcdm.project.montecarlo`).

The method comparison is lazy (:meth:`ProjectResult.comparison`), so ``import mcdm.project`` and
``evaluate`` never import pymcdm or pandas.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from mcdm.ahp.priorities import PriorityResult, priorities
from mcdm.errors import Location, MCDMError, Problem
from mcdm.group import (
    aggregate_judgments,
    aggregate_priorities,
    consensus,
    consensus_word,
    expert_weights,
    judgment_dispersion,
)
from mcdm.hierarchy import Node, evaluate_hierarchy
from mcdm.project.evaluate_weighting import weigh
from mcdm.project.model import Criterion, FrozenDict, Project, ProjectError
from mcdm.project.result import IndustryResult, NodeResult, ProjectResult
from mcdm.project.schema import check
from mcdm.scores import aggregate_scores
from mcdm.topsis import rank

__all__ = ["evaluate"]


def _advice(code: str, message: str, expert: str, node: str, **params) -> Problem:
    return Problem(code, message, Location(field=node, row=expert), None,
                   {"expert": expert, "node": node, **params})


def _individual(project: Project):
    s = project.settings
    results: dict[tuple[str, str], PriorityResult] = {}
    errors: dict[tuple[str, str], MCDMError] = {}
    advice: list[Problem] = []
    for node in project.internal_nodes():
        names = node.child_ids()
        for e in project.expert_ids():
            if not project.judgments.get(e, {}).get(node.id):
                continue  # this expert did not judge here at all
            a = project.judgment_matrix(e, node.id)
            try:
                r = priorities(a, method=s.priority_method, ri=s.ri_table, names=names,
                               where=f"{e}/{node.id}")
            except MCDMError as exc:
                errors[(e, node.id)] = exc
                advice.append(_advice("advice.matrix_unusable", str(exc), e, node.id))
                continue
            results[(e, node.id)] = r
            if r.missing:
                advice.append(_advice("advice.missing_judgments",
                                      f"{e} left {len(r.missing)} judgment(s) blank at {node.id}",
                                      e, node.id, count=len(r.missing)))
            if r.cr > s.cr_threshold:
                advice.append(_advice("advice.inconsistent",
                                      f"{e}'s judgments at {node.id} have CR {r.cr:.3f} > "
                                      f"{s.cr_threshold:g}", e, node.id, cr=float(r.cr),
                                      threshold=s.cr_threshold))
    return results, errors, advice


def _tree(node: Criterion, local: Callable[[Criterion], dict]) -> Node:
    return Node(node.id, tuple(_tree(c, local) for c in node.children), **local(node))


def _individual_global(project: Project, results) -> dict[str, np.ndarray | None]:
    out: dict[str, np.ndarray | None] = {}
    internal = project.internal_nodes()
    for e in project.expert_ids():
        if not all((e, n.id) in results for n in internal):
            out[e] = None
            continue

        def local(node: Criterion, e=e) -> dict:
            r = results.get((e, node.id))
            return {} if r is None else {"weights": r.weights}
        out[e] = evaluate_hierarchy(_tree(project.goal, local)).leaf_weights
    return out


def _not_judged(expert: str, node: str) -> Problem:
    return Problem("evaluate.expert_not_judged", f"{expert} gave no judgments at {node}",
                   Location(field=node, row=expert), "judgments at this node",
                   {"expert": expert, "node": node})


def _excluded(project: Project, node_id: str, results, errors) -> dict[str, Problem]:
    """The experts left out of the group at a node, each with why."""
    out = {}
    for e in project.expert_ids():
        if (e, node_id) in results:
            continue
        err = errors.get((e, node_id))
        if err is None:
            out[e] = _not_judged(e, node_id)
            continue
        params = {**err.params, "expert": e, "node": node_id}
        if "cut_off" in params:
            kids = project.node(node_id).child_ids()
            params["cut"] = tuple(kids[i] for i in params["cut_off"])
        out[e] = Problem(err.code, err.message, err.location, err.expected, params)
    return out


def _group(project: Project, w_experts: np.ndarray, results, excluded):
    """The group's local weights per node (AIJ matrix or AIP vector) and the hierarchy.

    Only the experts whose own matrix at a node could be weighted take part there (AIJ and AIP
    alike), so the group's weights at a node never rest on judgments that were set aside.
    A node where nobody's judgments could be weighted gets a reason instead of weights, and the
    hierarchy is weighted everywhere else (``partial=True``).
    """
    s = project.settings
    ids = project.expert_ids()
    local: dict[str, dict] = {}
    aij: dict[str, np.ndarray] = {}
    reasons: dict[str, Problem] = {}
    for node in project.internal_nodes():
        have = [k for k, e in enumerate(ids) if (e, node.id) in results]
        if not have:
            if len(node.children) > 1:
                why = excluded.get(node.id, {})
                reasons[node.id] = Problem(
                    "evaluate.node_unjudged", f"nobody's judgments at {node.id!r} could be weighted",
                    Location(field=node.id), "at least one expert's usable judgments",
                    {"node": node.id, "experts": tuple(why),
                     "why": {e: p.code for e, p in why.items()}})
            continue
        who = [ids[k] for k in have]
        if s.aggregation == "AIJ":
            mats = [project.judgment_matrix(e, node.id) for e in who]
            m = aggregate_judgments(mats, w_experts[have], names=node.child_ids(), experts=who)
            aij[node.id] = m
            local[node.id] = {"matrix": m}
        else:
            vec = aggregate_priorities([results[(e, node.id)].weights for e in who],
                                       w_experts[have], experts=who)
            local[node.id] = {"weights": vec}
    tree = _tree(project.goal, lambda n: local.get(n.id, {}))
    hierarchy = evaluate_hierarchy(tree, method=s.priority_method, ri=s.ri_table, partial=True)
    for node_id, exc in hierarchy.failed.items():
        reasons.setdefault(node_id, Problem(
            "evaluate.node_unweighted", f"the group's judgments at {node_id!r} cannot be weighted: "
            f"{exc.message}", Location(field=node_id), exc.expected,
            {"node": node_id, "cause": exc.code, **exc.params}))
    return hierarchy, aij, reasons


def _nodes(project: Project, w_experts, results, hierarchy, aij, excluded,
           reasons) -> dict[str, NodeResult]:
    ids = project.expert_ids()
    scale_max = project.settings.consensus_scale_max
    out = {}
    for node in project.internal_nodes():
        have = [k for k, e in enumerate(ids) if (e, node.id) in results]
        vectors = np.array([results[(ids[k], node.id)].weights for k in have]).reshape(
            len(have), len(node.children))
        who = tuple(ids[k] for k in have)
        cons = disp = None
        if len(have) >= 2:
            cons = consensus(vectors, w_experts[have], scale_max, experts=who)
            disp = judgment_dispersion([project.judgment_matrix(e, node.id) for e in who],
                                       w_experts[have], names=node.child_ids(), experts=who)
        group = hierarchy.node_results.get(node.id)
        missing = reasons.get(node.id)
        weights = None
        if missing is None:
            weights = np.array([hierarchy.local[c] for c in node.child_ids()])
            weights.flags.writeable = False
        vectors.flags.writeable = False
        out[node.id] = NodeResult(node.id, node.child_ids(), who, vectors, weights, group,
                                  aij.get(node.id), cons, disp,
                                  float(hierarchy.global_weights[node.id]),
                                  FrozenDict(excluded.get(node.id, {})), missing)
    return out


def _overall_consensus(nodes: dict[str, NodeResult]) -> float:
    pairs = [(n.global_weight, n.consensus.s_star) for n in nodes.values()
             if n.consensus is not None and not math.isnan(n.consensus.s_star)
             and math.isfinite(n.global_weight)]
    total = sum(g for g, _ in pairs)
    return sum(g * s for g, s in pairs) / total if total > 0 else math.nan


def industry_weights(project: Project, industry_id: str, leaf_weights: np.ndarray):
    """``(weights, types, own_share)`` of an industry's criteria (tree leaves, then its own)."""
    ind = project.industry(industry_id)
    own = np.array([c.weight for c in ind.criteria], dtype=float)
    share = float(own.sum())
    w = np.concatenate([leaf_weights * (1.0 - share), own])
    types = np.array([int(c.type) for c in project.industry_criteria(industry_id)], dtype=float)
    return w, types, share


def _unscored_directions(project: Project, industry_id: str, w_experts) -> dict[str, Problem]:
    """Directions with a criterion nobody (with weight) scored, each with the criteria missing."""
    ind = project.industry(industry_id)
    x = project.score_tensor(industry_id)
    crit = [c.id for c in project.industry_criteria(industry_id)]
    if x.size == 0 or len(w_experts) != x.shape[0]:
        return {}
    count = (~np.isnan(x) & (w_experts[:, None, None] > 0)).sum(axis=0)
    out = {}
    for i, d in enumerate(ind.direction_ids()):
        lacking = tuple(crit[j] for j in np.flatnonzero(count[i] == 0))
        if lacking:
            out[d] = Problem("evaluate.direction_unscored",
                             f"nobody scored direction {d} on {', '.join(lacking)}",
                             Location(field=d, row=industry_id), "at least one expert's score",
                             {"industry": industry_id, "direction": d, "criteria": lacking})
    return out


def _industry(project: Project, industry_id: str, leaf_weights, w_experts,
              sensitivity: bool) -> IndustryResult:
    """Rank an industry's directions; directions nobody scored completely are set aside (with
    a reason) and the rest ranked, as long as two remain to compare."""
    s = project.settings
    ind = project.industry(industry_id)
    crit = tuple(c.id for c in project.industry_criteria(industry_id))
    dirs = ind.direction_ids()
    tensor = project.score_tensor(industry_id)
    unscored = _unscored_directions(project, industry_id, w_experts)
    if unscored and len(dirs) - len(unscored) >= 2:
        keep = [i for i, d in enumerate(dirs) if d not in unscored]
        tensor = tensor[:, keep, :]
        dirs = tuple(dirs[i] for i in keep)
    else:
        unscored = {}  # too few left to rank: aggregate_scores names every unscored cell
    agg = aggregate_scores(tensor, w_experts, method=s.score_mean,
                           industry=industry_id, directions=dirs, criteria=crit,
                           experts=project.expert_ids())
    ahp, types, share = industry_weights(project, industry_id, leaf_weights)
    types.flags.writeable = False
    weighting = weigh(s, agg.matrix, ahp, types, crit, industry_id)
    w = weighting.weights
    top = rank(agg.matrix, w, types, s.normalization, alternatives=dirs, criteria=crit)
    sens = None
    if sensitivity:
        from mcdm.sensitivity import one_at_a_time

        sens = one_at_a_time(agg.matrix, w, types, s.normalization, alternatives=dirs,
                             criteria=crit)
    return IndustryResult(industry_id, dirs, crit, types, w, share, agg, top, sens,
                          excluded_directions=FrozenDict(unscored), weighting=weighting)


def _root_causes(project: Project, reasons: dict[str, Problem]) -> tuple[str, ...]:
    """The nodes lacking weights that are not below another node lacking weights."""
    out: list[str] = []

    def walk(node: Criterion) -> None:
        if node.id in reasons:
            out.append(node.id)
            return
        for c in node.children:
            walk(c)
    walk(project.goal)
    return tuple(out)


def _weights_incomplete(industry_id: str, nodes: tuple[str, ...]) -> ProjectError:
    return ProjectError(
        "evaluate.weights_incomplete",
        f"industry {industry_id} cannot be ranked: the criteria weights under "
        f"{', '.join(nodes)} are missing", location=Location(field=nodes[0], row=industry_id),
        expected="group weights at every node of the criteria tree",
        params={"industry": industry_id, "nodes": nodes})


def _panel_weights(project: Project) -> tuple[np.ndarray, Problem | None]:
    ids = project.expert_ids()
    if not ids:
        return np.zeros(0), Problem("evaluate.no_experts", "the project has no experts",
                                    Location(path="$.experts"), "at least one expert", {})
    try:
        return expert_weights([e.weight for e in project.experts], len(ids), ids), None
    except MCDMError as exc:
        return np.zeros(len(ids)), exc.as_problem()


def evaluate(project: Project, *, sensitivity: bool = False, monte_carlo=None,
             progress=None) -> ProjectResult:
    """Evaluate ``project``: individual and group weights, consistency, consensus, rankings.

    The evaluation is partial: whatever can be computed is, and every part that cannot carries
    a typed reason (a :class:`~mcdm.errors.Problem`: code and parameters) saying which input
    it lacks — a node's ``missing``, the experts ``excluded`` there, an industry's entry in
    ``industry_errors``, a direction in ``excluded_directions``, the project's ``problems``.

    Parameters
    ----------
    project : Project
        Validated first (``ValidationFailed`` lists every problem).
    sensitivity : bool
        Also run the one-at-a-time weight sensitivity for every industry.
    monte_carlo : int or MonteCarloOptions, optional
        Number of samples (bootstrap of the panel, seed 0) or full options; see
        :mod:`mcdm.project.montecarlo`.
    progress : callable(done, total) -> bool | None, optional
        Monte Carlo progress; returning False cancels.

    Raises
    ------
    ValidationFailed
        Only for a project whose values are invalid (not merely incomplete).
    """
    check(project)
    leaves = project.leaves()
    ids = project.expert_ids()
    w_experts, panel_problem = _panel_weights(project)
    problems = [] if panel_problem is None else [panel_problem]
    if not leaves:
        problems.append(Problem("evaluate.no_criteria", "the criteria tree has no criteria",
                                Location(path="$.goal"), "criteria under the goal", {}))
    if panel_problem is None:
        results, errors, advice = _individual(project)
    else:
        results, errors, advice = {}, {}, []
    excluded = {n.id: _excluded(project, n.id, results, errors) for n in project.internal_nodes()}
    excluded = {k: v for k, v in excluded.items() if v}
    hierarchy, aij, reasons = _group(project, w_experts, results, excluded)
    leaf_ids = tuple(c.id for c in leaves)
    leaf_weights = np.array([hierarchy.global_weights[x] for x in leaf_ids], dtype=float)
    leaf_weights.flags.writeable = False
    nodes = _nodes(project, w_experts, results, hierarchy, aij, excluded, reasons)
    overall = _overall_consensus(nodes)
    missing_nodes = _root_causes(project, reasons)

    industries, failed = [], {}
    for ind in project.industries:
        if problems:
            first = problems[0]
            failed[ind.id] = ProjectError(first.code, first.message, location=first.location,
                                          expected=first.expected,
                                          params={"industry": ind.id, **first.params})
            continue
        if missing_nodes:
            failed[ind.id] = _weights_incomplete(ind.id, missing_nodes)
            continue
        try:
            industries.append(_industry(project, ind.id, leaf_weights, w_experts, sensitivity))
        except MCDMError as exc:
            failed[ind.id] = exc
    options: dict = {"sensitivity": sensitivity}
    if monte_carlo is not None and industries:
        from mcdm.project.montecarlo import run_monte_carlo

        group_local = {k: n.weights for k, n in nodes.items()}
        industries, mc_options = run_monte_carlo(project, industries, w_experts, results,
                                                 group_local, monte_carlo, progress)
        options["monte_carlo"] = mc_options
    return ProjectResult(
        project=project, settings=project.settings, expert_ids=ids, expert_weights=w_experts,
        individual=FrozenDict(results), individual_errors=FrozenDict(errors),
        individual_global=FrozenDict(_individual_global(project, results)),
        hierarchy=hierarchy, nodes=FrozenDict(nodes), leaf_ids=leaf_ids,
        leaf_weights=leaf_weights, consensus=overall, consensus_word=consensus_word(overall),
        industries=tuple(industries), industry_errors=FrozenDict(failed), advice=tuple(advice),
        options=FrozenDict(options), problems=tuple(problems), missing_nodes=missing_nodes)

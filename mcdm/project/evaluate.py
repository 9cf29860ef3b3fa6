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
   global weights scaled by ``1 - own share``, then the industry's own), →
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


def _group(project: Project, w_experts: np.ndarray, results):
    """The group's local weights per node (AIJ matrix or AIP vector) and the hierarchy."""
    s = project.settings
    ids = project.expert_ids()
    local: dict[str, dict] = {}
    aij: dict[str, np.ndarray] = {}
    for node in project.internal_nodes():
        if s.aggregation == "AIJ":
            mats = [project.judgment_matrix(e, node.id) for e in ids]
            m = aggregate_judgments(mats, w_experts, names=node.child_ids(), experts=ids)
            aij[node.id] = m
            local[node.id] = {"matrix": m}
        else:
            have = [k for k, e in enumerate(ids) if (e, node.id) in results]
            if not have:
                raise ProjectError("evaluate.node_unjudged",
                                   f"nobody's judgments at {node.id!r} could be weighted",
                                   location=Location(field=node.id),
                                   expected="at least one expert's usable judgments")
            vec = aggregate_priorities([results[(ids[k], node.id)].weights for k in have],
                                       w_experts[have], experts=[ids[k] for k in have])
            local[node.id] = {"weights": vec}
    tree = _tree(project.goal, lambda n: local.get(n.id, {}))
    return evaluate_hierarchy(tree, method=s.priority_method, ri=s.ri_table), aij


def _nodes(project: Project, w_experts, results, hierarchy, aij) -> dict[str, NodeResult]:
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
        weights = np.array([hierarchy.local[c] for c in node.child_ids()])
        weights.flags.writeable = False
        vectors.flags.writeable = False
        out[node.id] = NodeResult(node.id, node.child_ids(), who, vectors, weights, group,
                                  aij.get(node.id), cons, disp,
                                  float(hierarchy.global_weights[node.id]))
    return out


def _overall_consensus(nodes: dict[str, NodeResult]) -> float:
    pairs = [(n.global_weight, n.consensus.s_star) for n in nodes.values()
             if n.consensus is not None and not math.isnan(n.consensus.s_star)]
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


def _industry(project: Project, industry_id: str, leaf_weights, w_experts,
              sensitivity: bool) -> IndustryResult:
    s = project.settings
    ind = project.industry(industry_id)
    crit = tuple(c.id for c in project.industry_criteria(industry_id))
    dirs = ind.direction_ids()
    agg = aggregate_scores(project.score_tensor(industry_id), w_experts, method=s.score_mean,
                           industry=industry_id, directions=dirs, criteria=crit,
                           experts=project.expert_ids())
    w, types, share = industry_weights(project, industry_id, leaf_weights)
    for a in (w, types):
        a.flags.writeable = False
    top = rank(agg.matrix, w, types, s.normalization, alternatives=dirs, criteria=crit)
    sens = None
    if sensitivity:
        from mcdm.sensitivity import one_at_a_time

        sens = one_at_a_time(agg.matrix, w, types, s.normalization, alternatives=dirs,
                             criteria=crit)
    return IndustryResult(industry_id, dirs, crit, types, w, share, agg, top, sens)


def evaluate(project: Project, *, sensitivity: bool = False, monte_carlo=None,
             progress=None) -> ProjectResult:
    """Evaluate ``project``: individual and group weights, consistency, consensus, rankings.

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
    MCDMError
        A project that cannot be weighted at all (no criteria, no experts, a node nobody
        judged). Problems confined to one expert or one industry are reported in the result
        (``individual_errors``, ``industry_errors``, ``advice``) instead.
    """
    check(project)
    leaves = project.leaves()
    if not leaves:
        raise ProjectError("evaluate.no_criteria", "the criteria tree has no criteria",
                           location=Location(path="$.goal"), expected="criteria under the goal")
    if not project.experts:
        raise ProjectError("evaluate.no_experts", "the project has no experts",
                           location=Location(path="$.experts"), expected="at least one expert")
    ids = project.expert_ids()
    w_experts = expert_weights([e.weight for e in project.experts], len(ids), ids)
    results, errors, advice = _individual(project)
    hierarchy, aij = _group(project, w_experts, results)
    leaf_ids = tuple(c.id for c in leaves)
    leaf_weights = np.array([hierarchy.global_weights[x] for x in leaf_ids])
    leaf_weights.flags.writeable = False
    nodes = _nodes(project, w_experts, results, hierarchy, aij)
    overall = _overall_consensus(nodes)

    industries, failed = [], {}
    for ind in project.industries:
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
        options=FrozenDict(options))

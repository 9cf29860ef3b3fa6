"""The criteria tree's part of an evaluation: per node, each expert's priorities, the group's
(:mod:`mcdm.project.evaluate_group`), consensus; then each expert's global weights.

Each per-node computation goes through a :class:`~mcdm.project.eval_cache.Memo` keyed by
exactly what it reads — the node's children, the judgments of the experts concerned there,
their weights and the settings it uses — so an evaluation after an edit recomputes only the
nodes the edit touched (see :mod:`mcdm.project.evaluate`). The global composition and the
:class:`~mcdm.project.result.NodeResult` values are rebuilt every time: they are products and
lookups, and a node's global weight depends on every node above it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from mcdm.ahp.priorities import PriorityResult, priorities
from mcdm.errors import Location, MCDMError, Problem
from mcdm.group import consensus
from mcdm.hierarchy import HierarchyResult, evaluate_hierarchy
from mcdm.project.eval_cache import Memo
from mcdm.project.evaluate_group import (
    JudgmentMatrices,
    group_hierarchy,
    judgments_at,
    node_tree,
    panel_key,
)
from mcdm.project.model import Criterion, FrozenDict, Project
from mcdm.project.result import NodeResult

__all__ = ["NodeMemos", "TreeEvaluation", "evaluate_tree"]

@dataclass
class NodeMemos:
    """The caches of the tree's stages (``size=0``: a one-off evaluation that keeps nothing)."""

    individual: Memo
    individual_node: Memo
    group: Memo
    panel: Memo
    individual_global: Memo

    @classmethod
    def sized(cls, size: int) -> NodeMemos:
        return cls(Memo(size * 8), Memo(size), Memo(size), Memo(size), Memo(size))

    def all(self) -> dict[str, Memo]:
        return dict(vars(self))


@dataclass(frozen=True)
class TreeEvaluation:
    """What the tree stages hand to the rest of the evaluation."""

    results: dict            # (expert, node) → PriorityResult
    errors: dict             # (expert, node) → MCDMError
    advice: list
    excluded: dict           # node → {expert: Problem}
    hierarchy: HierarchyResult
    aij: dict
    reasons: dict            # node → Problem
    nodes: dict              # node → NodeResult
    individual_global: dict  # expert → leaf weights or None


def _advice(code: str, message: str, expert: str, node: str, **params) -> Problem:
    return Problem(code, message, Location(field=node, row=expert), None,
                   {"expert": expert, "node": node, **params})


def _individual_at(project: Project, ids, node: Criterion, memo: Memo, mats: JudgmentMatrices):
    """Each expert's priorities at one node (through the per-matrix memo): ``(results,
    errors, advice)`` for that node."""
    s = project.settings
    names = node.child_ids()
    results: dict[tuple[str, str], PriorityResult] = {}
    errors: dict[tuple[str, str], MCDMError] = {}
    advice: list[Problem] = []
    for e in ids:
        pairs = judgments_at(project, e, node.id)
        if not pairs:
            continue  # this expert did not judge here at all

        def compute(e=e):
            return priorities(mats[(e, node.id)], method=s.priority_method,
                              ri=s.ri_table, names=names, where=f"{e}/{node.id}")
        try:
            r = memo((e, node.id, names, pairs, s.priority_method, s.ri_table), compute)
        except MCDMError as exc:
            errors[(e, node.id)] = exc
            advice.append(_advice("advice.matrix_unusable", str(exc), e, node.id,
                                  cause=exc.code))
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


def _individual(project: Project, ids, internal, memos: NodeMemos, mats: JudgmentMatrices):
    """Every expert's priorities at every node, the advice on them, and the experts left out
    at each node. A node's whole outcome is kept under the judgments of the whole panel
    there, so the nodes an edit did not touch cost one lookup."""
    s = project.settings
    results: dict = {}
    errors: dict = {}
    advice: list = []
    excluded: dict = {}
    for node in internal:
        key = (node.id, node.child_ids(), ids,
               tuple(judgments_at(project, e, node.id) for e in ids), s.priority_method,
               s.ri_table, s.cr_threshold)

        def compute(node=node):
            r, err, adv = _individual_at(project, ids, node, memos.individual, mats)
            return r, err, adv, _excluded(ids, node, r, err)
        r, err, adv, exc = memos.individual_node(key, compute)
        results.update(r)
        errors.update(err)
        advice += adv
        if exc:
            excluded[node.id] = exc
    return results, errors, advice, excluded


def _not_judged(expert: str, node: str) -> Problem:
    return Problem("evaluate.expert_not_judged", f"{expert} gave no judgments at {node}",
                   Location(field=node, row=expert), "judgments at this node",
                   {"expert": expert, "node": node})


def _excluded(ids, node: Criterion, results, errors) -> dict[str, Problem]:
    """The experts left out of the group at a node, each with why."""
    out = {}
    for e in ids:
        if (e, node.id) in results:
            continue
        err = errors.get((e, node.id))
        if err is None:
            out[e] = _not_judged(e, node.id)
            continue
        params = {**err.params, "expert": e, "node": node.id}
        if "cut_off" in params:
            kids = node.child_ids()
            params["cut"] = tuple(kids[i] for i in params["cut_off"])
        out[e] = Problem(err.code, err.message, err.location, err.expected, params)
    return out


def _nodes(project: Project, ids, internal, w_experts, results, hierarchy, aij, dispersion, excluded,
           reasons, memo: Memo) -> dict[str, NodeResult]:
    scale_max = project.settings.consensus_scale_max
    out = {}
    for node in internal:
        have = [k for k, e in enumerate(ids) if (e, node.id) in results]
        who = tuple(ids[k] for k in have)

        def compute(node=node, have=have, who=who):
            vectors = np.array([results[(e, node.id)].weights for e in who]).reshape(
                len(have), len(node.children))
            vectors.flags.writeable = False
            cons = None
            if len(have) >= 2 and w_experts[have].sum() > 0:
                cons = consensus(vectors, w_experts[have], scale_max, experts=who)
            return vectors, cons
        vectors, cons = memo((scale_max, *panel_key(project, node, who, w_experts[have])),
                             compute)
        group = hierarchy.node_results.get(node.id)
        missing = reasons.get(node.id)
        weights = None
        if missing is None:
            weights = np.array([hierarchy.local[c] for c in node.child_ids()])
            weights.flags.writeable = False
        out[node.id] = NodeResult(node.id, node.child_ids(), who, vectors, weights, group,
                                  aij.get(node.id), cons, dispersion.get(node.id),
                                  float(hierarchy.global_weights[node.id]),
                                  FrozenDict(excluded.get(node.id, {})), missing)
    return out


def _individual_global(project: Project, ids, internal, results, memo: Memo):
    s = project.settings
    shape = tuple((n.id, n.child_ids()) for n in project.goal.walk())
    out: dict[str, np.ndarray | None] = {}
    for e in ids:
        if not all((e, n.id) in results for n in internal):
            out[e] = None
            continue

        def compute(e=e):
            def local(node: Criterion) -> dict:
                r = results.get((e, node.id))
                return {} if r is None else {"weights": r.weights}
            return evaluate_hierarchy(node_tree(project.goal, local)).leaf_weights
        key = (shape, tuple(judgments_at(project, e, n.id) for n in internal),
               s.priority_method, s.ri_table)
        out[e] = memo(key, compute)
    return out


def evaluate_tree(project: Project, w_experts: np.ndarray, memos: NodeMemos, *,
                  weigh: bool = True) -> TreeEvaluation:
    """Every node's figures, the group's hierarchy and each expert's global weights.

    ``weigh=False`` (the panel's weights are unusable): nobody's matrices are weighted, and
    every node says so.
    """
    internal = project.internal_nodes()
    ids = project.expert_ids()
    mats = JudgmentMatrices(project)
    if weigh:
        results, errors, advice, excluded = _individual(project, ids, internal, memos, mats)
    else:
        results, errors, advice = {}, {}, []
        excluded = {n.id: _excluded(ids, n, results, errors) for n in internal}
        excluded = {k: v for k, v in excluded.items() if v}
    hierarchy, aij, dispersion, reasons = group_hierarchy(
        project, ids, internal, w_experts, results, excluded, memos.group, mats)
    nodes = _nodes(project, ids, internal, w_experts, results, hierarchy, aij, dispersion,
                   excluded, reasons, memos.panel)
    return TreeEvaluation(results, errors, advice, excluded, hierarchy, aij, reasons, nodes,
                          _individual_global(project, ids, internal, results,
                                             memos.individual_global))


def overall_consensus(nodes: dict[str, NodeResult]) -> float:
    pairs = [(n.global_weight, n.consensus.s_star) for n in nodes.values()
             if n.consensus is not None and not math.isnan(n.consensus.s_star)
             and math.isfinite(n.global_weight)]
    total = sum(g for g, _ in pairs)
    return sum(g * s for g, s in pairs) / total if total > 0 else math.nan


def root_causes(project: Project, reasons: dict[str, Problem]) -> tuple[str, ...]:
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

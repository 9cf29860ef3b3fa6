"""The criteria tree's part of an evaluation: per node, each expert's priorities, the group's,
consensus and dispersion; then the group's hierarchy and each expert's global weights.

Each per-node computation goes through a :class:`~mcdm.project.eval_cache.Memo` keyed by
exactly what it reads — the node's children, the judgments of the experts concerned there,
their weights and the settings it uses — so an evaluation after an edit recomputes only the
nodes the edit touched (see :mod:`mcdm.project.evaluate`). The global composition and the
:class:`~mcdm.project.result.NodeResult` values are rebuilt every time: they are products and
lookups, and a node's global weight depends on every node above it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from mcdm.ahp.batch import as_judgment_stack
from mcdm.ahp.priorities import PriorityResult, priorities
from mcdm.errors import Location, MCDMError, Problem
from mcdm.group import (
    Dispersion,
    aggregate_priorities,
    aij_of,
    consensus,
    dispersion_of,
    expert_weights,
)
from mcdm.hierarchy import HierarchyResult, Node, evaluate_hierarchy, node_local_weights
from mcdm.project.eval_cache import Memo
from mcdm.project.model import Criterion, FrozenDict, Project
from mcdm.project.result import NodeResult

__all__ = ["NodeMemos", "TreeEvaluation", "evaluate_tree"]

_NONE = FrozenDict()


@dataclass
class NodeMemos:
    """The caches of the tree's stages (``size=0``: a one-off evaluation that keeps nothing)."""

    individual: Memo
    group: Memo
    panel: Memo
    individual_global: Memo

    @classmethod
    def sized(cls, size: int) -> NodeMemos:
        return cls(Memo(size * 8), Memo(size), Memo(size), Memo(size))

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


class _Matrices(dict):
    """(expert, node) → the expert's judgment matrix there, built once per evaluation (the
    stages a judgment edit reaches each need the node's matrices)."""

    def __init__(self, project: Project) -> None:
        super().__init__()
        self.project = project

    def __missing__(self, key: tuple[str, str]) -> np.ndarray:
        value = self[key] = self.project.judgment_matrix(*key)
        return value


def _pairs(project: Project, expert: str, node: str) -> FrozenDict:
    return project.judgments.get(expert, _NONE).get(node, _NONE)


def _individual(project: Project, ids, internal, memo: Memo, mats: _Matrices):
    s = project.settings
    results: dict[tuple[str, str], PriorityResult] = {}
    errors: dict[tuple[str, str], MCDMError] = {}
    advice: list[Problem] = []
    for node in internal:
        names = node.child_ids()
        for e in ids:
            pairs = _pairs(project, e, node.id)
            if not pairs:
                continue  # this expert did not judge here at all

            def compute(e=e, node=node, names=names):
                return priorities(mats[(e, node.id)], method=s.priority_method,
                                  ri=s.ri_table, names=names, where=f"{e}/{node.id}")
            try:
                r = memo((e, node.id, names, pairs, s.priority_method, s.ri_table), compute)
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


def _panel_key(project: Project, node: Criterion, who: tuple[str, ...], w: np.ndarray) -> tuple:
    """What the group's figures at a node read: children, who judged, their judgments, weights."""
    s = project.settings
    return (node.id, node.child_ids(), who, tuple(_pairs(project, e, node.id) for e in who),
            w.tobytes(), s.priority_method, s.ri_table)


def _group_at(project: Project, node: Criterion, who: tuple[str, ...], w: np.ndarray, results,
              mats: _Matrices) -> tuple[np.ndarray | None, object, Dispersion | None]:
    """The group at one node: ``(aggregated matrix or None, local weights' outcome or the
    error, dispersion or None)``. The AIJ matrix and the dispersion share one validated stack
    of the experts' log-judgments. A group that cannot be formed — e.g. only experts of
    weight 0 judged here — is the node's error, not the evaluation's."""
    s = project.settings
    names = node.child_ids()
    kids = tuple(Node(c) for c in names)
    m = disp = None
    try:
        stack, missing = as_judgment_stack([mats[(e, node.id)] for e in who], names=names,
                                           experts=who)
        wn = expert_weights(w, len(who), who)
        logs = np.log(stack)
        if len(who) >= 2:
            disp = dispersion_of(logs, wn, bool(missing.any()))
        if s.aggregation == "AIJ":
            m = aij_of(logs, wn, bool(missing.any()))
            tree_node = Node(node.id, kids, matrix=m)
        else:
            vec = aggregate_priorities([results[(e, node.id)].weights for e in who], w,
                                       experts=list(who))
            tree_node = Node(node.id, kids, weights=vec)
        outcome = node_local_weights(tree_node, s.priority_method, s.ri_table)
    except MCDMError as exc:
        outcome = exc
    return m, outcome, disp


def _group(project: Project, ids, internal, w_experts: np.ndarray, results, excluded, memo: Memo,
           mats: _Matrices):
    """The group's local weights per node (AIJ matrix or AIP vector) and the hierarchy.

    Only the experts whose own matrix at a node could be weighted take part there (AIJ and AIP
    alike), so the group's weights at a node never rest on judgments that were set aside.
    A node where nobody's judgments could be weighted gets a reason instead of weights, and the
    hierarchy is weighted everywhere else (``partial=True``).
    """
    s = project.settings
    local: dict[str, tuple] = {}   # node → the local weights' outcome, or the error
    aij: dict[str, np.ndarray] = {}
    dispersion: dict[str, Dispersion] = {}
    reasons: dict[str, Problem] = {}
    for node in internal:
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
        who = tuple(ids[k] for k in have)
        w = w_experts[have]

        def compute(node=node, who=who, w=w):
            return _group_at(project, node, who, w, results, mats)
        m, outcome, disp = memo((s.aggregation, *_panel_key(project, node, who, w)), compute)
        if m is not None:
            aij[node.id] = m
        if disp is not None:
            dispersion[node.id] = disp
        local[node.id] = outcome

    def local_weights(tree_node: Node):
        outcome = local.get(tree_node.name)
        if outcome is None:  # nobody judged here: the hierarchy says why
            return node_local_weights(tree_node, s.priority_method, s.ri_table)
        if isinstance(outcome, MCDMError):
            raise outcome
        return outcome

    tree = _tree(project.goal, lambda n: {})
    hierarchy = evaluate_hierarchy(tree, method=s.priority_method, ri=s.ri_table, partial=True,
                                   local_weights=local_weights)
    for node_id, exc in hierarchy.failed.items():
        reasons.setdefault(node_id, Problem(
            "evaluate.node_unweighted", f"the group's judgments at {node_id!r} cannot be weighted: "
            f"{exc.message}", Location(field=node_id), exc.expected,
            {"node": node_id, "cause": exc.code, **exc.params}))
    return hierarchy, aij, dispersion, reasons


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
        vectors, cons = memo((scale_max, *_panel_key(project, node, who, w_experts[have])),
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
            return evaluate_hierarchy(_tree(project.goal, local)).leaf_weights
        key = (shape, tuple(_pairs(project, e, n.id) for n in internal), s.priority_method,
               s.ri_table)
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
    mats = _Matrices(project)
    if weigh:
        results, errors, advice = _individual(project, ids, internal, memos.individual, mats)
    else:
        results, errors, advice = {}, {}, []
    excluded = {n.id: _excluded(ids, n, results, errors) for n in internal}
    excluded = {k: v for k, v in excluded.items() if v}
    hierarchy, aij, dispersion, reasons = _group(project, ids, internal, w_experts, results,
                                                 excluded, memos.group, mats)
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

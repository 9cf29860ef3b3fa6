"""The group at each node of the criteria tree: the panel's judgments aggregated (AIJ) or their
priorities (AIP), the per-judgment dispersion, and the hierarchy of the group's weights.

Part of the evaluation (:mod:`mcdm.project.evaluate_nodes`): each node's group goes through a
:class:`~mcdm.project.eval_cache.Memo` keyed by :func:`panel_key` — the node's children, who
judged there, their judgments, their weights and the weighting settings — so that only the
nodes an edit touched are aggregated and weighted again; the hierarchy is then composed from
the kept local weights.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from mcdm.ahp.batch import as_judgment_stack
from mcdm.errors import Location, MCDMError, Problem
from mcdm.group import Dispersion, aggregate_priorities, aij_of, dispersion_of, expert_weights
from mcdm.hierarchy import Node, evaluate_hierarchy, node_local_weights
from mcdm.project.eval_cache import Memo
from mcdm.project.model import Criterion, FrozenDict, Project

__all__ = ["JudgmentMatrices", "group_hierarchy", "judgments_at", "node_tree", "panel_key"]

_NONE = FrozenDict()


class JudgmentMatrices(dict):
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


def judgments_at(project: Project, expert: str, node: str) -> FrozenDict:
    """The expert's judgments at a node (empty if none): a cache key's part."""
    return project.judgments.get(expert, _NONE).get(node, _NONE)


def node_tree(node: Criterion, local: Callable[[Criterion], dict]) -> Node:
    return Node(node.id, tuple(node_tree(c, local) for c in node.children), **local(node))


def panel_key(project: Project, node: Criterion, who: tuple[str, ...], w: np.ndarray) -> tuple:
    """What the group's figures at a node read: children, who judged, their judgments, weights."""
    s = project.settings
    return (node.id, node.child_ids(), who, tuple(judgments_at(project, e, node.id) for e in who),
            w.tobytes(), s.priority_method, s.ri_table)


def _group_at(project: Project, node: Criterion, who: tuple[str, ...], w: np.ndarray, results,
              mats: JudgmentMatrices) -> tuple[np.ndarray | None, object, Dispersion | None]:
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


def group_hierarchy(project: Project, ids, internal, w_experts: np.ndarray, results, excluded, memo: Memo,
           mats: JudgmentMatrices):
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
        m, outcome, disp = memo((s.aggregation, *panel_key(project, node, who, w)), compute)
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

    tree = node_tree(project.goal, lambda n: {})
    hierarchy = evaluate_hierarchy(tree, method=s.priority_method, ri=s.ri_table, partial=True,
                                   local_weights=local_weights)
    for node_id, exc in hierarchy.failed.items():
        reasons.setdefault(node_id, Problem(
            "evaluate.node_unweighted", f"the group's judgments at {node_id!r} cannot be weighted: "
            f"{exc.message}", Location(field=node_id), exc.expected,
            {"node": node_id, "cause": exc.code, **exc.params}))
    return hierarchy, aij, dispersion, reasons

"""Criteria trees: local priorities per node, global weights down the tree, per-node CR.

Pure values in, a frozen result out: the project model (``mcdm.project``) builds ``Node``s
from its own tree and calls ``evaluate_hierarchy``; nothing here knows about projects.

A node's children are weighted by the node's judgment matrix (or by weights given directly,
e.g. a group's AIP vector); a node with a single child passes weight 1 to it. The global
weight of a node is the product of the local weights on the path from the root (Saaty 1980,
hierarchic composition). The hierarchy consensus weights each node's S* by the node's own
global weight, i.e. by the global weight of the parent of the items compared (AHP-OS,
``AhpGroup::getGlbConsensus``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np

from mcdm.ahp.priorities import PriorityResult, priorities
from mcdm.errors import Location, MCDMError
from mcdm.group import ConsensusResult, consensus

__all__ = ["HierarchyConsensus", "HierarchyError", "HierarchyResult", "Node",
           "evaluate_hierarchy", "hierarchy_consensus", "node_local_weights"]

LocalWeights = tuple[np.ndarray, PriorityResult | None]


class HierarchyError(MCDMError):
    """A criteria tree that cannot be evaluated (names the node)."""


@dataclass(frozen=True)
class Node:
    """A criterion (or the goal) with its children and how they are weighted.

    Give ``matrix`` (judgments among the children, in their order) or ``weights`` (local
    weights of the children, normalised to sum 1); leaves and single-child nodes need neither.
    """

    name: str
    children: tuple[Node, ...] = ()
    matrix: object = field(default=None, compare=False)
    weights: object = field(default=None, compare=False)


@dataclass(frozen=True)
class HierarchyResult:
    """Local and global weights of every node and the consistency of every matrix.

    Attributes
    ----------
    local : dict[str, float]
        Each node's weight within its parent (root: 1).
    global_weights : dict[str, float]
        Product of local weights from the root (root: 1).
    leaves : tuple[str, ...]
        Leaf names, depth-first in the given order.
    leaf_weights : ndarray
        Global weights of the leaves (sum to 1).
    node_results : dict[str, PriorityResult]
        The AHP result of every node weighted by a matrix.
    cr : dict[str, float]
        CR per node weighted by a matrix.
    parents : dict[str, str | None]
    failed : dict[str, MCDMError]
        Only with ``partial=True``: the nodes whose local weights could not be computed, and
        why. Their descendants' local and global weights are ``nan``.
    """

    local: dict[str, float]
    global_weights: dict[str, float]
    leaves: tuple[str, ...]
    leaf_weights: np.ndarray
    node_results: dict[str, PriorityResult]
    cr: dict[str, float]
    parents: dict[str, str | None]
    failed: dict[str, MCDMError] = field(default_factory=dict)

    @property
    def max_cr(self) -> float:
        return max(self.cr.values(), default=0.0)

    @property
    def complete(self) -> bool:
        """Every leaf has a global weight (no node failed)."""
        return not self.failed


def node_local_weights(node: Node, method: str = "eigenvector",
                       ri: str = "saaty") -> LocalWeights:
    """A node's local weights: of its matrix (with the PriorityResult), of the weights given
    (normalised to sum 1), or 1 for a single child. Raises :class:`HierarchyError` otherwise.
    """
    m = len(node.children)
    names = [c.name for c in node.children]
    if node.matrix is not None:
        a = np.asarray(node.matrix, dtype=float) if not isinstance(node.matrix, np.ndarray) \
            else node.matrix
        if a.shape != (m, m):
            raise HierarchyError(
                "hierarchy.matrix_shape",
                f"node {node.name!r} has {m} children but a {a.shape} judgment matrix",
                location=Location(field=node.name), expected=f"a {m}×{m} matrix",
                params={"node": node.name, "shape": a.shape, "children": m})
        r = priorities(a, method=method, ri=ri, names=names, where=node.name)
        return r.weights, r
    if node.weights is not None:
        w = np.asarray(node.weights, dtype=float)
        if w.shape != (m,) or not np.isfinite(w).all() or (w < 0).any() or w.sum() <= 0:
            raise HierarchyError(
                "hierarchy.weights", f"node {node.name!r} has invalid local weights {w.tolist()}",
                location=Location(field=node.name),
                expected=f"{m} finite weights ≥ 0, not all zero", params={"node": node.name})
        return w / w.sum(), None
    if m == 1:
        return np.ones(1), None
    raise HierarchyError(
        "hierarchy.unweighted", f"node {node.name!r} has {m} children but no judgments",
        location=Location(field=node.name), expected="a judgment matrix or local weights",
        params={"node": node.name})


def evaluate_hierarchy(root: Node, method: str = "eigenvector",
                       ri: str = "saaty", *, partial: bool = False,
                       local_weights: Callable[[Node], LocalWeights] | None = None
                       ) -> HierarchyResult:
    """Local priorities per node, global weights as products down the tree, per-node CR.

    With ``partial=True`` a node whose local weights cannot be computed (no judgments, or
    judgments that cannot be weighted) does not stop the evaluation: it is listed in
    ``failed`` and the weights below it are ``nan``, while every other branch is weighted.

    ``local_weights(node)`` (optional) replaces the weighting of nodes with two or more
    children: it returns what :func:`node_local_weights` would — ``(weights, PriorityResult or
    None)`` — or raises its error. A caller that keeps those per node (the project's
    incremental evaluation) composes the tree without weighting unchanged nodes again.

    Examples
    --------
    >>> tree = Node("goal", (Node("a", (Node("a1"), Node("a2")), matrix=[[1, 3], [1/3, 1]]),
    ...                      Node("b", (Node("b1"),))), matrix=[[1, 1], [1, 1]])
    >>> r = evaluate_hierarchy(tree)
    >>> dict(zip(r.leaves, r.leaf_weights.round(3).tolist()))
    {'a1': 0.375, 'a2': 0.125, 'b1': 0.5}
    """
    local: dict[str, float] = {root.name: 1.0}
    glob: dict[str, float] = {root.name: 1.0}
    parents: dict[str, str | None] = {root.name: None}
    results: dict[str, PriorityResult] = {}
    failed: dict[str, MCDMError] = {}
    leaves: list[str] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if not node.children:
            leaves.append(node.name)
            continue
        try:
            if local_weights is not None and len(node.children) >= 2:
                w, r = local_weights(node)
            else:
                w, r = node_local_weights(node, method, ri)
        except MCDMError as exc:
            if not partial or exc.code == "hierarchy.matrix_shape":
                raise
            failed[node.name] = exc
            w, r = np.full(len(node.children), np.nan), None
        if r is not None:
            results[node.name] = r
        for child, wc in zip(node.children, w, strict=True):
            if child.name in parents:
                raise HierarchyError(
                    "hierarchy.duplicate", f"the name {child.name!r} appears twice in the tree",
                    location=Location(field=child.name), expected="unique node names",
                    params={"node": child.name})
            parents[child.name] = node.name
            local[child.name] = float(wc)
            glob[child.name] = glob[node.name] * float(wc)
        stack.extend(reversed(node.children))
    leaf_weights = np.array([glob[x] for x in leaves])
    leaf_weights.flags.writeable = False
    return HierarchyResult(local, glob, tuple(leaves), leaf_weights, results,
                           {k: r.cr for k, r in results.items()}, parents, failed)


@dataclass(frozen=True)
class HierarchyConsensus:
    """S* per node and for the whole tree (nodes weighted by their global weight)."""

    nodes: dict[str, ConsensusResult]
    node_weights: dict[str, float]
    s_star: float


def hierarchy_consensus(result: HierarchyResult,
                        expert_priorities: Mapping[str, object], weights=None,
                        scale_max: float = 9) -> HierarchyConsensus:
    """Consensus per node and for the hierarchy.

    Parameters
    ----------
    result : HierarchyResult
        The (group) evaluation whose global weights weight the nodes.
    expert_priorities : mapping node name → array (K, number of children)
        Each expert's local priorities at the node.
    weights : array_like, optional
        Expert weights.
    """
    nodes: dict[str, ConsensusResult] = {}
    node_weights: dict[str, float] = {}
    for name, vectors in expert_priorities.items():
        if name not in result.global_weights:
            raise HierarchyError(
                "hierarchy.unknown_node", f"no node named {name!r} in the evaluated tree",
                location=Location(field=name), expected="a node of the tree",
                params={"node": name})
        c = consensus(vectors, weights, scale_max)
        nodes[name] = c
        if not np.isnan(c.s_star):
            node_weights[name] = result.global_weights[name]
    total = sum(node_weights.values())
    s = (sum(node_weights[k] * nodes[k].s_star for k in node_weights) / total
         if total > 0 else float("nan"))
    return HierarchyConsensus(nodes, node_weights, s)

"""Read what the views show out of ``evaluate(project)``: one place that knows the result's shape.

Nothing here computes a weight or an index; it only picks values out of the result and puts
them in the small records the views use. Every function returns None when the result does not
hold the value (a project that cannot be evaluated, an expert without judgments at a node).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass(frozen=True)
class Suggestion:
    a: str  # the pair as the node orders it: a precedes b
    b: str
    value: float  # the expert's a_ab
    suggested: float  # the scale value that fits the rest of the matrix best
    cr_after: float  # CR if this judgment alone took the suggested value


@dataclass(frozen=True)
class ExpertNode:
    ids: tuple[str, ...]
    weights: tuple[float, ...]
    cr: float
    gci: float
    gci_threshold: float
    suggestions: tuple[Suggestion, ...]
    triples: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class ExpertSummary:
    completeness: float  # share of the judgments given, over every node
    worst_cr: float | None
    worst_node: str | None


@dataclass(frozen=True)
class GroupNode:
    ids: tuple[str, ...]
    weights: tuple[float, ...]
    cr: float
    consensus: float
    dispersion: Any  # n x n, nan on the diagonal and where fewer than two experts judged
    dispersion_max: float
    expert_weights: dict[str, tuple[float, ...]]
    furthest: str | None
    missing: Any = None  # the engine's Problem when the group has no weights here
    excluded: Any = None  # expert id -> Problem: the experts left out here


SUGGESTIONS = 3
_WORDS_ZH = {"very low": "很低", "low": "低", "moderate": "中等", "high": "高", "very high": "很高",
             "n/a": "不适用"}


def _diagnosis(result: Any, expert_id: str, node_id: str) -> Any:
    """The engine's diagnosis of one expert's matrix, computed on first request and cached in
    the result (like :meth:`~mcdm.project.result.ProjectResult.comparison`)."""
    key = ("diagnosis", expert_id, node_id)
    if key not in result._cache:
        from mcdm.ahp.diagnostics import diagnose

        project, s = result.project, result.settings
        result._cache[key] = diagnose(
            project.judgment_matrix(expert_id, node_id), method=s.priority_method,
            ri=s.ri_table, scale=s.scale, names=project.node(node_id).child_ids(),
            top=SUGGESTIONS)
    return result._cache[key]


def expert_node(result: Any, expert_id: str | None, node_id: str | None) -> ExpertNode | None:
    """One expert's weights, CR, GCI and diagnostics at one node."""
    if result is None or expert_id is None or node_id is None:
        return None
    r = result.individual.get((expert_id, node_id))
    if r is None:
        return None
    ids = result.project.node(node_id).child_ids()
    suggestions: tuple[Suggestion, ...] = ()
    triples: tuple[tuple[str, str, str], ...] = ()
    if len(ids) >= 3:
        d = _diagnosis(result, expert_id, node_id)
        triples = tuple(tuple(t) for t in d.intransitive)
        if r.cr > result.settings.cr_threshold:
            suggestions = tuple(
                Suggestion(ids[i.row], ids[i.column], i.value, i.suggested, i.cr_if_changed)
                for i in d.issues if abs(i.suggested - i.value) > 1e-9 * i.value)
    return ExpertNode(ids, tuple(float(w) for w in r.weights), float(r.cr), float(r.gci),
                      float(r.gci_threshold), suggestions, triples)


def expert_summary(result: Any, project: Any, expert_id: str) -> ExpertSummary | None:
    """Completeness (judgments given / pairs asked, over all nodes) and the worst CR."""
    if project is None:
        return None
    asked = given = 0
    worst: tuple[float, str] | None = None
    given_by_node = project.judgments.get(expert_id, {})
    for node in project.internal_nodes():
        n = len(node.children)
        asked += n * (n - 1) // 2
        given += len(given_by_node.get(node.id, {}))
        r = result.individual.get((expert_id, node.id)) if result is not None else None
        if r is not None and (worst is None or r.cr > worst[0]):
            worst = (float(r.cr), node.id)
    return ExpertSummary(given / asked if asked else 1.0,
                         worst[0] if worst else None, worst[1] if worst else None)


def group_node(result: Any, node_id: str | None) -> GroupNode | None:
    """The group's local weights, CR, consensus and per-judgment dispersion at a node."""
    if result is None or node_id is None:
        return None
    n = result.nodes.get(node_id)
    if n is None:
        return None
    cr = float(n.group.cr) if n.group is not None else math.nan
    consensus = float(n.consensus.s_star) if n.consensus is not None else math.nan
    furthest = n.experts[n.consensus.furthest_expert] if n.consensus is not None else None
    k = len(n.child_ids)
    gsd = n.dispersion.gsd if n.dispersion is not None else np.full((k, k), np.nan)
    finite = gsd[np.isfinite(gsd)]
    weights = (tuple(float(w) for w in n.weights) if n.weights is not None
               else tuple(math.nan for _ in n.child_ids))
    return GroupNode(tuple(n.child_ids), weights, cr, consensus, gsd,
                     float(finite.max()) if finite.size else 1.0,
                     {e: tuple(float(w) for w in n.expert_weights[i])
                      for i, e in enumerate(n.experts)}, furthest, n.missing, dict(n.excluded))


def global_weight(result: Any, node_id: str) -> float | None:
    """The group's global weight of any tree node."""
    if result is None:
        return None
    value = result.hierarchy.global_weights.get(node_id)
    return None if value is None or math.isnan(value) else float(value)


def overall_consensus(result: Any) -> float | None:
    if result is None or math.isnan(result.consensus):
        return None
    return float(result.consensus)


def consensus_word(value: float, lang: str) -> str:
    """Goepel's word for S* (from the engine), in the UI language."""
    from mcdm.group import consensus_word as word

    english = word(value)
    return _WORDS_ZH.get(english, english) if lang == "zh" else english

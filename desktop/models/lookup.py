"""Read what the views show out of ``evaluate(project)``: one place that knows the result's shape.

Nothing here computes a weight or an index; it only picks values out of the result and puts
them in the small records the views use. Every function returns None when the result does not
hold the value (a project that cannot be evaluated, an expert without judgments at a node).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from collections.abc import Mapping

    from mcdm.errors import Problem
    from mcdm.project.analyses import Consistency, ExpertProgress, Suggestion
    from mcdm.project.result import ProjectResult


@dataclass(frozen=True)
class ExpertNode:
    ids: tuple[str, ...]
    weights: tuple[float, ...]
    consistency: Consistency  # CR, GCI, verdicts, answered
    suggestions: tuple[Suggestion, ...]  # worst first
    triples: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class GroupNode:
    ids: tuple[str, ...]
    weights: tuple[float, ...]
    cr: float
    consensus: float
    consensus_word: str  # the engine's (Goepel's) word for ``consensus``, in English
    dispersion: Any  # n x n, nan on the diagonal and where fewer than two experts judged
    dispersion_max: float
    expert_weights: dict[str, tuple[float, ...]]
    furthest: str | None
    missing: Problem | None = None  # the engine's reason when the group has no weights here
    excluded: Mapping[str, Problem] | None = None  # expert id -> why left out here


_WORDS_ZH = {"very low": "很低", "low": "低", "moderate": "中等", "high": "高", "very high": "很高",
             "n/a": "不适用"}


def expert_node(result: ProjectResult | None, expert_id: str | None, node_id: str | None) -> ExpertNode | None:
    """One expert's weights, consistency, suggestions and intransitive triples at one node."""
    if result is None or expert_id is None or node_id is None:
        return None
    r = result.individual.get((expert_id, node_id))
    if r is None:
        return None
    ids = result.project.node(node_id).child_ids()
    triples: tuple[tuple[str, str, str], ...] = ()
    if len(ids) >= 3:
        triples = tuple(tuple(t) for t in result.diagnosis(expert_id, node_id).intransitive)
    return ExpertNode(ids, tuple(float(w) for w in r.weights),
                      result.consistency(expert_id, node_id),
                      result.suggestions(expert_id, node_id), triples)


def expert_progress(result: ProjectResult | None, expert_id: str) -> ExpertProgress | None:
    """Answers given over asked and the worst CR (None without a result)."""
    return None if result is None else result.expert_progress(expert_id)


def group_node(result: ProjectResult | None, node_id: str | None) -> GroupNode | None:
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
    word = n.consensus.word if n.consensus is not None else "n/a"
    return GroupNode(tuple(n.child_ids), weights, cr, consensus, word, gsd,
                     float(finite.max()) if finite.size else 1.0,
                     {e: tuple(float(w) for w in n.expert_weights[i])
                      for i, e in enumerate(n.experts)}, furthest, n.missing, dict(n.excluded))


def global_weight(result: ProjectResult | None, node_id: str) -> float | None:
    """The group's global weight of any tree node."""
    if result is None:
        return None
    value = result.hierarchy.global_weights.get(node_id)
    return None if value is None or math.isnan(value) else float(value)


def overall_consensus(result: ProjectResult | None) -> tuple[float, str] | None:
    """The overall S* and the engine's word for it (None where it cannot be computed)."""
    if result is None or math.isnan(result.consensus):
        return None
    return float(result.consensus), result.consensus_word


def consensus_word(word: str, lang: str) -> str:
    """The engine's consensus word (Goepel's scale) in the UI language."""
    return _WORDS_ZH.get(word, word) if lang == "zh" else word

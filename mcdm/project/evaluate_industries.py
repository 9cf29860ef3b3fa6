"""The industries' part of an evaluation: scores aggregated, criterion weights, TOPSIS and, when
asked, the one-at-a-time sensitivity — per industry, each stage cached by what it reads.

- *scores*: the industry's directions and criteria, the panel and its weights, the score mean,
  and the industry's own scores (a ``FrozenDict`` per industry from
  :class:`~mcdm.project.eval_cache.ScoreSplit`, so that a score edit re-keys one industry);
- *normalized*: those, plus the criteria's types and the normalization
  (:func:`mcdm.topsis.prepare`: what TOPSIS does before it looks at the weights);
- *ranking*: those, plus the tree leaves' global weights and the industry's own criteria
  weights (:func:`mcdm.topsis.rank_prepared`);
- *sensitivity*: the ranking's inputs.

So a judgment edit re-ranks every industry (the leaf weights moved) without aggregating any
scores again, and a score edit re-aggregates and re-ranks that industry alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from mcdm.errors import Location, Problem
from mcdm.project.eval_cache import Memo, industry_tensor
from mcdm.project.evaluate_weighting import objective_steps, weigh
from mcdm.project.model import FrozenDict, Industry, Project
from mcdm.project.result import IndustryResult
from mcdm.scores import aggregate_scores
from mcdm.topsis import prepare, rank_prepared

__all__ = ["IndustryMemos", "Panel", "industry_weights", "rank_industry"]

_NONE = FrozenDict()


@dataclass
class IndustryMemos:
    """The caches of the industry stages (``size=0``: a one-off evaluation)."""

    scores: Memo
    normalized: Memo
    ranking: Memo
    sensitivity: Memo
    objective: Memo

    @classmethod
    def sized(cls, size: int) -> IndustryMemos:
        # A sensitivity result holds the closeness of every direction at every grid point of
        # every criterion (hundreds of kilobytes): keep only the last few.
        return cls(Memo(size), Memo(size), Memo(size), Memo(max(8, size // 16) if size else 0),
                   Memo(size))

    def all(self) -> dict[str, Memo]:
        return dict(vars(self))


def industry_weights(ind: Industry, leaf_weights: np.ndarray):
    """``(weights, own_share)`` of an industry's criteria (tree leaves, then its own)."""
    own = np.array([c.weight for c in ind.criteria], dtype=float)
    share = float(own.sum())
    return np.concatenate([leaf_weights * (1.0 - share), own]), share


def _unscored_directions(tensor: np.ndarray, industry: Industry, directions: tuple[str, ...],
                         criteria: tuple[str, ...], w_experts) -> dict[str, Problem]:
    """Directions with a criterion nobody (with weight) scored, each with the criteria missing."""
    if tensor.size == 0 or len(w_experts) != tensor.shape[0]:
        return {}
    count = (~np.isnan(tensor) & (w_experts[:, None, None] > 0)).sum(axis=0)
    out = {}
    for i, d in enumerate(directions):
        lacking = tuple(criteria[j] for j in np.flatnonzero(count[i] == 0))
        if lacking:
            out[d] = Problem("evaluate.direction_unscored",
                             f"nobody scored direction {d} on {', '.join(lacking)}",
                             Location(field=d, row=industry.id), "at least one expert's score",
                             {"industry": industry.id, "direction": d, "criteria": lacking})
    return out


def _aggregate(project: Project, ind: Industry, dirs: tuple[str, ...], crit: tuple[str, ...],
               ids: tuple[str, ...], tensor: np.ndarray, w_experts):
    """Set aside directions nobody scored completely (as long as two remain to rank) and
    aggregate the rest: ``(directions, unscored, ScoreAggregation)``."""
    unscored = _unscored_directions(tensor, ind, dirs, crit, w_experts)
    if unscored and len(dirs) - len(unscored) >= 2:
        keep = [i for i, d in enumerate(dirs) if d not in unscored]
        tensor = tensor[:, keep, :]
        dirs = tuple(dirs[i] for i in keep)
    else:
        unscored = {}  # too few left to rank: aggregate_scores names every unscored cell
    agg = aggregate_scores(tensor, w_experts, method=project.settings.score_mean,
                           industry=ind.id, directions=dirs, criteria=crit,
                           experts=ids)
    return dirs, FrozenDict(unscored), agg


@dataclass(frozen=True)
class Panel:
    """What every industry's ranking reads from the rest of the evaluation, with the cache
    key parts computed once per evaluation rather than once per industry."""

    experts: tuple[str, ...]
    expert_weights: np.ndarray
    leaf_ids: tuple[str, ...]
    leaf_types: tuple[int, ...]
    leaf_weights: np.ndarray
    sensitivity: bool
    expert_key: bytes = field(init=False)
    leaf_key: bytes = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "expert_key", self.expert_weights.tobytes())
        object.__setattr__(self, "leaf_key", self.leaf_weights.tobytes())


def rank_industry(project: Project, ind: Industry, panel: Panel, memos: IndustryMemos,
                  scores: Mapping | None) -> IndustryResult:
    """Rank an industry's directions; directions nobody scored completely are set aside (with
    a reason) and the rest ranked, as long as two remain to compare.

    ``scores``: the industry's own scores (its part of a
    :class:`~mcdm.project.eval_cache.ScoreSplit`) when the memos keep entries; None for a
    one-off evaluation, which reads the project's score tensor.
    """
    s = project.settings
    crit = panel.leaf_ids + tuple(c.id for c in ind.criteria)
    ids, w_experts = panel.experts, panel.expert_weights
    all_dirs = ind.direction_ids()
    if scores is None:
        scores_key = None
        tensor = lambda: project.score_tensor(ind.id)  # noqa: E731
    else:
        scores_key = (ind.id, all_dirs, crit, ids, panel.expert_key, s.score_mean, scores)
        tensor = lambda: industry_tensor(ids, all_dirs, crit, scores)  # noqa: E731
    dirs, unscored, agg = memos.scores(
        scores_key, lambda: _aggregate(project, ind, all_dirs, crit, ids, tensor(), w_experts))

    def prepared():
        types = np.array(panel.leaf_types + tuple(int(c.type) for c in ind.criteria),
                         dtype=float)
        types.flags.writeable = False
        return types, prepare(agg.matrix, types, s.normalization, alternatives=dirs,
                              criteria=crit)
    prepared_key = None if scores_key is None else (
        scores_key, panel.leaf_types, tuple(int(c.type) for c in ind.criteria), s.normalization)
    types, normalized = memos.normalized(prepared_key, prepared)

    def ranked():
        # AHP weights, then objective or combined ones as the weighting setting says (on this
        # industry's aggregated matrix); the vector that ranked is the one kept as ``weights``.
        ahp, share = industry_weights(ind, panel.leaf_weights)
        ahp.flags.writeable = False
        # The objective weights depend on the scores alone: a judgment edit keeps them.
        objective_key = None if prepared_key is None else (prepared_key, s.objective_method)

        def objective():
            return memos.objective(objective_key, lambda: objective_steps(
                str(s.objective_method), agg.matrix, types, crit))
        weighting = weigh(s, agg.matrix, ahp, types, crit, ind.id, objective=objective)
        return weighting.weights, share, rank_prepared(normalized, weighting.weights), weighting
    ranking_key = None if scores_key is None else (
        prepared_key, panel.leaf_key, tuple(c.weight for c in ind.criteria), s.weighting,
        s.objective_method, s.combination, s.combination_alpha)
    w, share, top, weighting = memos.ranking(ranking_key, ranked)
    sens = None
    if panel.sensitivity:
        def swept():
            from mcdm.sensitivity import one_at_a_time

            return one_at_a_time(agg.matrix, w, types, s.normalization, alternatives=dirs,
                                 criteria=crit)
        sens = memos.sensitivity(ranking_key, swept)
    return IndustryResult(ind.id, dirs, crit, types, w, share, agg, top, sens,
                          excluded_directions=unscored, weighting=weighting)

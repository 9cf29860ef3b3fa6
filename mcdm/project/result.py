"""The result of evaluating a project: frozen values carrying every intermediate table.

Views, the CLI and the exporters read these and never recompute. Classes holding arrays compare
by identity (``eq=False``). The lazy parts — the method comparison
(:meth:`ProjectResult.comparison`, which needs pymcdm, ≈0.9 s to import), the derived analyses
and the portfolio (:meth:`ProjectResult.portfolio`, ``frontier``, ``portfolio_robustness``) —
are computed on first request, then cached inside the result.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from mcdm._tabular import Tabular
from mcdm.errors import Location, MCDMError, Problem
from mcdm.project.model import FrozenDict, Project, ProjectError, Settings

if TYPE_CHECKING:
    from mcdm.ahp.priorities import PriorityResult
    from mcdm.compare import ComparisonResult
    from mcdm.group import ConsensusResult, Dispersion
    from mcdm.hierarchy import HierarchyResult
    from mcdm.project.evaluate_weighting import IndustryWeighting
    from mcdm.scores import ScoreAggregation
    from mcdm.sensitivity import SensitivityResult
    from mcdm.topsis import TopsisResult
    from mcdm.uncertainty import MonteCarloResult

__all__ = ["IndustryResult", "NodeResult", "ProjectResult"]


@dataclass(frozen=True, eq=False)
class NodeResult:
    """The panel at one tree node with two or more children.

    Attributes
    ----------
    node_id, child_ids : the node and the items compared there.
    experts : ids of the experts whose judgments here could be weighted (in panel order); only
        they make up the group here.
    expert_weights : ndarray (len(experts), n) — each such expert's local priorities.
    weights : ndarray (n,) or None — the group's local weights (AIJ: of the aggregated matrix;
        AIP: the aggregated priorities); None when ``missing`` says why not.
    group : PriorityResult or None — AIJ only: the aggregated matrix's priorities, λmax, CR, GCI.
    aggregated_matrix : ndarray or None — AIJ only: the cell-wise weighted geometric mean
        (nan where nobody judged).
    consensus : ConsensusResult or None — Goepel's S* (None with fewer than two experts).
    dispersion : Dispersion or None — per-judgment geometric standard deviation.
    global_weight : float — the node's global weight (weights its consensus in the overall S*);
        nan when a node above it has no weights.
    excluded : mapping expert_id → Problem — the experts left out here and why (did not judge,
        or judgments that cannot be weighted).
    missing : Problem or None — why the group has no weights here (None when it has).
    """

    node_id: str
    child_ids: tuple[str, ...]
    experts: tuple[str, ...]
    expert_weights: np.ndarray
    weights: np.ndarray
    group: PriorityResult | None
    aggregated_matrix: np.ndarray | None
    consensus: ConsensusResult | None
    dispersion: Dispersion | None
    global_weight: float
    excluded: FrozenDict = field(default_factory=FrozenDict)
    missing: Problem | None = None

    @property
    def weighted(self) -> bool:
        return self.weights is not None


@dataclass(frozen=True, eq=False)
class IndustryResult(Tabular):
    """One industry's ranking of its priority directions.

    ``weights`` are the criterion weights that ranked: by default the AHP weights (the tree
    leaves' group global weights scaled by ``1 - own_share`` followed by the industry's own
    criteria weights, ``own_share`` in total); with the ``weighting`` setting, the objective or
    combined weights. ``weighting`` carries all three vectors, the objective method's
    intermediate tables, the constant criteria and which vector ranked
    (:class:`~mcdm.project.evaluate_weighting.IndustryWeighting`).
    ``direction_ids`` are the directions ranked; ``excluded_directions`` maps each direction set
    aside (a criterion nobody scored) to the reason.
    """

    industry_id: str
    direction_ids: tuple[str, ...]
    criterion_ids: tuple[str, ...]
    types: np.ndarray
    weights: np.ndarray
    own_share: float
    scores: ScoreAggregation
    topsis: TopsisResult
    sensitivity: SensitivityResult | None = None
    monte_carlo: MonteCarloResult | None = None
    excluded_directions: FrozenDict = field(default_factory=FrozenDict)
    weighting: IndustryWeighting | None = None

    def ranking(self) -> list[tuple[str, float, int]]:
        """``(direction_id, closeness, rank)`` best first (ties keep the directions' order)."""
        order = np.lexsort((np.arange(len(self.direction_ids)), self.topsis.ranks))
        return [(self.direction_ids[i], float(self.topsis.closeness[i]),
                 int(self.topsis.ranks[i])) for i in order]

    def top(self, k: int = 3) -> list[tuple[str, float, int]]:
        return self.ranking()[:k]


@dataclass(frozen=True, eq=False)
class ProjectResult(Tabular):
    """Everything ``evaluate(project)`` computes.

    Attributes
    ----------
    project, settings : what was evaluated, and how.
    expert_ids : tuple; expert_weights : ndarray — normalized to sum 1.
    individual : mapping (expert_id, node_id) → PriorityResult — each expert's own matrix.
    individual_errors : mapping (expert_id, node_id) → MCDMError — matrices that could not be
        weighted (e.g. judgments that do not connect every item); such an expert has no
        individual global weights.
    individual_global : mapping expert_id → ndarray over ``leaf_ids`` (or None if incomplete).
    hierarchy : HierarchyResult — the group's local and global weights of every node, and CRs.
    nodes : mapping node_id → NodeResult.
    leaf_ids : tuple; leaf_weights : ndarray — the group's global weights of the tree leaves.
    consensus : float — the hierarchy's S* (nodes weighted by their global weight); nan if
        fewer than two experts; consensus_word — Goepel's word for it.
    industries : tuple of IndustryResult (those that could be ranked).
    industry_errors : mapping industry_id → MCDMError (e.g. a cell nobody scored).
    advice : tuple of Problem — things to look at, not errors: inconsistent matrices, missing
        judgments, matrices that could not be weighted.
    options : dict — the evaluation options (sensitivity, Monte Carlo parameters).
    problems : tuple of Problem — what keeps the whole project from being weighted (no experts,
        no criteria, unusable expert weights); empty normally.
    missing_nodes : tuple of node ids — the topmost nodes without group weights (see each
        node's ``missing``); the leaves below them have nan global weights and no industry can
        be ranked until they are weighted.
    """

    project: Project
    settings: Settings
    expert_ids: tuple[str, ...]
    expert_weights: np.ndarray
    individual: FrozenDict
    individual_errors: FrozenDict
    individual_global: FrozenDict
    hierarchy: HierarchyResult
    nodes: FrozenDict
    leaf_ids: tuple[str, ...]
    leaf_weights: np.ndarray
    consensus: float
    consensus_word: str
    industries: tuple[IndustryResult, ...]
    industry_errors: FrozenDict
    advice: tuple[Problem, ...]
    options: FrozenDict = field(default_factory=FrozenDict)
    problems: tuple[Problem, ...] = ()
    missing_nodes: tuple[str, ...] = ()
    _cache: dict = field(default_factory=dict, repr=False)

    @property
    def weights_complete(self) -> bool:
        """Every leaf has a group global weight."""
        return not self.missing_nodes and not self.problems

    @property
    def cr_threshold(self) -> float:
        return float(self.settings.cr_threshold)

    def is_consistent(self, cr: float | None) -> bool | None:
        """The verdict on a CR at the project's threshold (None when there is no CR): the one
        rule every view, the CLI and the workbook use."""
        if cr is None or math.isnan(cr):
            return None
        return bool(cr <= self.cr_threshold)

    def consistent(self, expert_id: str, node_id: str) -> bool | None:
        """Whether an expert's matrix at a node passes the CR threshold (None: not weighted)."""
        return self.is_consistent(self.cr(expert_id, node_id))

    def group_consistent(self, node_id: str) -> bool | None:
        """Whether the group's (AIJ) matrix at a node passes (None: AIP or not weighted)."""
        n = self.nodes.get(node_id)
        return None if n is None or n.group is None else self.is_consistent(float(n.group.cr))

    def incomplete(self) -> tuple[Problem, ...]:
        """Every reason something could not be computed: the project's problems, nodes without
        weights, industries not ranked, directions set aside — in that order."""
        out = list(self.problems)
        out += [n.missing for n in self.nodes.values() if n.missing is not None]
        out += [e.as_problem() for e in self.industry_errors.values()]
        for ind in self.industries:
            out += list(ind.excluded_directions.values())
        return tuple(out)

    # -- derived numbers, computed on first request and kept with this result ----------------
    def consistency(self, expert_id: str, node_id: str):
        """An expert's CR/GCI at a node against the project's thresholds, with the verdict and
        how many pairs were answered (:class:`~mcdm.project.analyses.Consistency`; None when
        the matrix was not weighted)."""
        from mcdm.project import analyses

        return self.cached(("consistency", expert_id, node_id),
                           lambda: analyses.consistency(self, expert_id, node_id))

    def diagnosis(self, expert_id: str, node_id: str):
        """:func:`mcdm.ahp.diagnose` of an expert's matrix (errors, suggestions, cycles)."""
        from mcdm.project import analyses

        return self.cached(("diagnosis", expert_id, node_id),
                           lambda: analyses.diagnosis(self, expert_id, node_id))

    def rounds(self):
        """Consensus S*, dispersion and who moved, for every closed Delphi round and the one in
        progress (:func:`mcdm.project.rounds.summarize_rounds`), computed once per result."""
        from mcdm.project.rounds import summarize_rounds

        return self.cached(("rounds",), lambda: summarize_rounds(self.project))

    def suggestions(self, expert_id: str, node_id: str):
        """The judgments to look at first, only where the matrix fails the CR threshold."""
        from mcdm.project import analyses

        return self.cached(("suggestions", expert_id, node_id),
                           lambda: analyses.suggestions(self, expert_id, node_id))

    def repair_plan(self, expert_id: str, node_id: str, progress=None):
        """The fewest changes bringing the matrix to the threshold, with the CR after each
        (:class:`~mcdm.project.analyses.RepairPlan`). A cancelled search is not cached."""
        from mcdm.project import analyses

        key = ("repair", expert_id, node_id)
        if key not in self._cache:
            plan = analyses.repair_plan(self, expert_id, node_id, progress)
            if plan.budget_exhausted and progress is not None:
                return plan  # possibly cut short by a cancel: computed again next time
            self._cache[key] = plan
        return self._cache[key]

    def expert_progress(self, expert_id: str):
        """Answers given over asked, and the worst CR (:class:`~.analyses.ExpertProgress`)."""
        from mcdm.project import analyses

        return self.cached(("progress", expert_id),
                           lambda: analyses.expert_progress(self, expert_id))

    def workshop(self):
        """The workshop's steps in order with their state, counts and the spot to fix
        (:func:`mcdm.project.progress.workshop_steps`)."""
        from mcdm.project import progress

        return self.cached(("workshop",), lambda: progress.workshop_steps(self))

    def discussion(self):
        """Every judged pair of every node with each expert's answer, the group's aggregate
        and the spread, most disputed first (:func:`mcdm.project.discussion.discussion_pairs`)."""
        from mcdm.project import discussion

        return self.cached(("discussion",), lambda: discussion.discussion_pairs(self))

    def sensitivity(self, industry_id: str):
        """One-at-a-time weight sensitivity of an industry's ranking (the one computed with
        the evaluation, else computed now)."""
        from mcdm.project import analyses

        return self.cached(("sensitivity", industry_id),
                           lambda: analyses.sensitivity(self, industry_id))

    def warnings(self) -> tuple[Problem, ...]:
        """What to look at before trusting this result (``fourchains-cli validate`` lists it):
        the project's problems, nodes without weights, experts left out at nodes that have
        weights, industries not ranked (except those that only echo a reason listed already),
        directions set aside, then the advice (failing CRs, blank judgments)."""
        out = list(self.problems)
        out += [n.missing for n in self.nodes.values() if n.missing is not None]
        out += [p for n in self.nodes.values() if n.missing is None for p in n.excluded.values()]
        echoed = {p.code for p in self.problems} | {"evaluate.weights_incomplete"}
        out += [e.as_problem() for e in self.industry_errors.values() if e.code not in echoed]
        for ind in self.industries:
            out += list(ind.excluded_directions.values())
        # an unusable matrix is listed above, as the expert left out at that node
        out += [a for a in self.advice if a.code != "advice.matrix_unusable"]
        return tuple(out)

    def industry(self, industry_id: str) -> IndustryResult:
        for r in self.industries:
            if r.industry_id == industry_id:
                return r
        if industry_id in self.industry_errors:
            raise self.industry_errors[industry_id]
        raise ProjectError("result.unknown_industry", f"no ranked industry {industry_id!r}",
                           location=Location(field=str(industry_id)), expected="an industry id",
                           params={"industry": str(industry_id)})

    def leaf_weight(self, leaf_id: str) -> float:
        return float(self.leaf_weights[self.leaf_ids.index(leaf_id)])

    def cr(self, expert_id: str, node_id: str) -> float | None:
        """An expert's CR at a node (None if the expert's matrix there could not be weighted)."""
        r = self.individual.get((expert_id, node_id))
        return None if r is None else float(r.cr)

    def cached(self, key: Any, compute: Callable[[], Any]) -> Any:
        """``compute()`` once per ``key`` and kept with this result (for derived views such as
        diagnostics, so they too are computed once per evaluation)."""
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    def comparison(self, industry_id: str) -> ComparisonResult:
        """Other methods on the industry's problem (computed on first request, then cached)."""
        key = ("comparison", industry_id)
        if key not in self._cache:
            from mcdm.compare import compare

            ind = self.industry(industry_id)
            s = self.settings
            leaves = set(self.leaf_ids)
            x = ind.scores.matrix
            bounds = np.array([(s.score_min, s.score_max) if c in leaves
                               else (x[:, j].min(), x[:, j].max())
                               for j, c in enumerate(ind.criterion_ids)], dtype=float)
            # PROMETHEE II's thresholds are set as shares of each criterion's range over the
            # industry's directions (criteria differ in units); a constant column, which the
            # comparison leaves out, gets a placeholder range of 1.
            spread = x.max(axis=0) - x.min(axis=0)
            spread = np.where(spread > 0, spread, 1.0)
            try:
                self._cache[key] = compare(
                    x, ind.weights, ind.types, normalization=s.normalization, bounds=bounds,
                    vikor_v=float(s.vikor_v), waspas_lambda=float(s.waspas_lambda),
                    promethee_function=str(s.promethee_function),
                    promethee_q=float(s.promethee_q) * spread,
                    promethee_p=float(s.promethee_p) * spread,
                    alternatives=ind.direction_ids, criteria=ind.criterion_ids)
            except MCDMError as exc:
                self._cache[key] = exc
        return self._value(key)

    def _value(self, key: Any) -> Any:
        value = self._cache[key]
        if isinstance(value, MCDMError):
            raise value
        return value

    def _lazy(self, key: Any, compute: Callable[[], Any]) -> Any:
        """``compute()`` once per key; a typed error is kept and raised again."""
        if key not in self._cache:
            try:
                self._cache[key] = compute()
            except MCDMError as exc:
                self._cache[key] = exc
        return self._value(key)

    # -- the portfolio under a budget (mcdm.project.portfolio) -----------------------------------
    def portfolio(self, budget: float | None = None):
        """The best portfolio of directions within ``budget`` (default: the project's)
        (:class:`~mcdm.project.portfolio.ProjectPortfolio`); a ``ProjectError`` says why
        there is none (no budget, no costs, constraints that cannot be met)."""
        from mcdm.project import portfolio

        return self._lazy(("portfolio", budget), lambda: portfolio.portfolio(self, budget))

    def frontier(self, budgets=None):
        """The best value at each budget (:class:`~mcdm.project.portfolio.ProjectFrontier`;
        default: 41 budgets from 0 to what every candidate direction costs)."""
        from mcdm.project import portfolio

        key = ("frontier", None if budgets is None else tuple(np.ravel(budgets).tolist()))
        return self._lazy(key, lambda: portfolio.frontier(self, budgets))

    def portfolio_robustness(self, budget: float | None = None):
        """How often each direction is in the optimal portfolio over this evaluation's Monte
        Carlo samples (:class:`~mcdm.project.portfolio.ProjectRobustness`)."""
        from mcdm.project import portfolio

        return self._lazy(("portfolio_robustness", budget),
                          lambda: portfolio.robustness(self, budget))

    def summary(self) -> dict[str, Any]:
        """A small plain-data digest (for logs and quick checks)."""
        return {
            "leaf_weights": dict(zip(self.leaf_ids, map(float, self.leaf_weights), strict=True)),
            "consensus": self.consensus,
            "top": {r.industry_id: r.top(1)[0][0] for r in self.industries},
        }

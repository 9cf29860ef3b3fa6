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

Steps 1–3 live in :mod:`mcdm.project.evaluate_nodes`, step 4 in
:mod:`mcdm.project.evaluate_industries`.

**Incremental evaluation.** An :class:`Evaluator` keeps, in bounded least-recently-used caches,
each node's and each industry's figures keyed by exactly the inputs they read; evaluating the
next version of a project (after an edit, an undo) recomputes only what the change reaches,
and returns the very same result as a fresh evaluation, bit for bit. ``evaluate(project)`` is
a one-off evaluation that keeps nothing. A project value is validated once
(:mod:`mcdm.project.validated`): values made by edits from a validated project are not
checked again.

The method comparison is lazy (:meth:`ProjectResult.comparison`), so ``import mcdm.project`` and
``evaluate`` never import pymcdm or pandas.
"""

from __future__ import annotations

import math

import numpy as np

from mcdm.errors import Location, MCDMError, Problem
from mcdm.group import consensus_word, expert_weights
from mcdm.project.eval_cache import Memo, ScoreSplit
from mcdm.project.evaluate_industries import IndustryMemos, Panel, rank_industry
from mcdm.project.evaluate_nodes import NodeMemos, evaluate_tree, overall_consensus, root_causes
from mcdm.project.model import FrozenDict, Project, ProjectError
from mcdm.project.result import ProjectResult
from mcdm.project.validated import ensure_valid

__all__ = ["Evaluator", "evaluate", "evaluate_panel"]


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


class Evaluator:
    """Evaluates successive versions of a project, recomputing only what changed.

    Hold one per open project (the GUI's context: create it with the project, call
    ``evaluator.evaluate(project)`` — or ``evaluate(project, cache=evaluator)`` — for every
    new value after an edit, undo or redo, and start a new one, or :meth:`clear`, when
    another project is opened). The result is the same as :func:`evaluate`'s for that value,
    bit for bit. Nothing needs to be said about validation: a value made by an edit from a
    checked value carries the verdict (:mod:`mcdm.project.validated`); any other value is
    checked once. Memory is bounded: each stage keeps at most ``size`` entries (each expert's
    priorities at each node: ``8 * size``; sensitivity sweeps, which are large:
    ``max(8, size // 16)``), the least recently used going first — about 12 MB for the
    sample workshop at the default size after hundreds of edits. Thread-safe.

    Parameters
    ----------
    size : int
        Entries per stage; 0 keeps nothing (a one-off evaluation).

    Examples
    --------
    >>> from mcdm.project.edits import SetJudgment
    >>> from mcdm.project.sample import sample_project
    >>> ev = Evaluator()
    >>> first = ev.evaluate(sample_project())
    >>> edited, _ = SetJudgment("E1", "goal", "principles", "strategies", 3.0).apply(
    ...     first.project)
    >>> second = ev.evaluate(edited)
    >>> ev.stats()["individual"][:2]   # (hits, misses): one matrix weighted again, its
    ...                                # node's 5 others found, the other nodes found whole
    (5, 19)
    >>> bool((second.leaf_weights == evaluate(edited).leaf_weights).all())
    True
    """

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._nodes = NodeMemos.sized(size)
        self._industries = IndustryMemos.sized(size)
        self._split = ScoreSplit() if size else None

    def memos(self) -> dict[str, Memo]:
        return {**self._nodes.all(), **self._industries.all()}

    def stats(self) -> dict[str, tuple[int, int, int]]:
        """``(hits, misses, entries)`` per stage since creation or :meth:`clear`."""
        return {k: (m.hits, m.misses, len(m)) for k, m in self.memos().items()}

    def clear(self) -> None:
        """Forget everything (e.g. when another project is opened in the same window)."""
        for m in self.memos().values():
            m.clear()
        if self._split is not None:
            self._split = ScoreSplit()

    def evaluate(self, project: Project, *, sensitivity: bool = False, monte_carlo=None,
                 progress=None) -> ProjectResult:
        """As :func:`evaluate` (same parameters, same result), reusing what is cached."""
        ensure_valid(project)
        w_experts, panel_problem = _panel_weights(project)
        problems = [] if panel_problem is None else [panel_problem]
        leaves = project.leaves()
        if not leaves:
            problems.append(Problem("evaluate.no_criteria", "the criteria tree has no criteria",
                                    Location(path="$.goal"), "criteria under the goal", {}))
        tree = evaluate_tree(project, w_experts, self._nodes, weigh=panel_problem is None)
        hierarchy = tree.hierarchy
        leaf_ids = tuple(c.id for c in leaves)
        leaf_weights = np.array([hierarchy.global_weights[x] for x in leaf_ids], dtype=float)
        leaf_weights.flags.writeable = False
        overall = overall_consensus(tree.nodes)
        missing_nodes = root_causes(project, tree.reasons)
        parts = None if self._split is None else self._split.parts(project.scores)
        panel = Panel(project.expert_ids(), w_experts, leaf_ids,
                      tuple(int(c.type) for c in leaves), leaf_weights, sensitivity)

        industries, failed = [], {}
        for ind in project.industries:
            if problems:
                first = problems[0]
                failed[ind.id] = ProjectError(first.code, first.message,
                                              location=first.location, expected=first.expected,
                                              params={"industry": ind.id, **first.params})
                continue
            if missing_nodes:
                failed[ind.id] = _weights_incomplete(ind.id, missing_nodes)
                continue
            try:
                industries.append(rank_industry(
                    project, ind, panel, self._industries,
                    None if parts is None else parts.get(ind.id, FrozenDict())))
            except MCDMError as exc:
                failed[ind.id] = exc
        options: dict = {"sensitivity": sensitivity}
        if monte_carlo is not None and industries:
            from mcdm.project.montecarlo import run_monte_carlo

            group_local = {k: n.weights for k, n in tree.nodes.items()}
            industries, mc_options = run_monte_carlo(project, industries, w_experts,
                                                     tree.results, group_local, monte_carlo,
                                                     progress)
            options["monte_carlo"] = mc_options
        return ProjectResult(
            project=project, settings=project.settings, expert_ids=project.expert_ids(),
            expert_weights=w_experts, individual=FrozenDict(tree.results),
            individual_errors=FrozenDict(tree.errors),
            individual_global=FrozenDict(tree.individual_global),
            hierarchy=hierarchy, nodes=FrozenDict(tree.nodes), leaf_ids=leaf_ids,
            leaf_weights=leaf_weights, consensus=overall, consensus_word=consensus_word(overall),
            industries=tuple(industries), industry_errors=FrozenDict(failed),
            advice=tuple(tree.advice), options=FrozenDict(options), problems=tuple(problems),
            missing_nodes=missing_nodes)


def evaluate(project: Project, *, sensitivity: bool = False, monte_carlo=None,
             progress=None, cache: Evaluator | None = None) -> ProjectResult:
    """Evaluate ``project``: individual and group weights, consistency, consensus, rankings.

    The evaluation is partial: whatever can be computed is, and every part that cannot carries
    a typed reason (a :class:`~mcdm.errors.Problem`: code and parameters) saying which input
    it lacks — a node's ``missing``, the experts ``excluded`` there, an industry's entry in
    ``industry_errors``, a direction in ``excluded_directions``, the project's ``problems``.

    Parameters
    ----------
    project : Project
        Validated first (``ValidationFailed`` lists every problem), unless this value is
        known valid (:mod:`mcdm.project.validated`: checked before, or made by an edit from a
        value that was).
    sensitivity : bool
        Also run the one-at-a-time weight sensitivity for every industry.
    monte_carlo : int or MonteCarloOptions, optional
        Number of samples (bootstrap of the panel, seed 0) or full options; see
        :mod:`mcdm.project.montecarlo`.
    progress : callable(done, total) -> bool | None, optional
        Monte Carlo progress; returning False cancels.
    cache : Evaluator, optional
        Reuse (and fill) its caches: the result is the same, computed incrementally. Without
        it nothing is kept.

    Raises
    ------
    ValidationFailed
        Only for a project whose values are invalid (not merely incomplete).
    """
    evaluator = Evaluator(0) if cache is None else cache
    return evaluator.evaluate(project, sensitivity=sensitivity, monte_carlo=monte_carlo,
                              progress=progress)


def evaluate_panel(project: Project) -> tuple[FrozenDict, float]:
    """The panel's part of :func:`evaluate` alone: per node the experts' and the group's
    weights, consensus S* and dispersion (:class:`NodeResult`), and the overall S*.

    No industry is ranked, and ``project`` is not validated again: :mod:`mcdm.project.rounds`
    calls this once per closed round with that round's judgments.
    """
    w_experts, panel_problem = _panel_weights(project)
    if panel_problem is not None or not project.leaves():
        return FrozenDict(), math.nan
    tree = evaluate_tree(project, w_experts, NodeMemos.sized(0), weigh=True)
    return FrozenDict(tree.nodes), overall_consensus(tree.nodes)

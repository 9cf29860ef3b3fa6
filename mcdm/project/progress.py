"""Where a workshop stands: its steps in order, each with a state, counts and the spot to fix.

A workshop goes criteria → panel → comparisons → group → scores → ranking. For each step
:func:`workshop_steps` reads the project and its evaluation and says whether the step is done,
needs a look (a warning) or has not started (to do), with the counts a facilitator reads in the
navigation ("6 experts", "1 expert fails CR", "3 blanks") and ``target`` — the expert, node or
industry where the first thing to look at is — so a click can go there. :func:`next_step` is
the first step not done: what a start page tells the user to do next.

Everything is counted from the result (the verdicts are the result's, at the project's
threshold), so the navigation, the start page and any report agree.

Examples
--------
>>> from mcdm.project.evaluate import evaluate
>>> from mcdm.project.templates import new_from_template
>>> steps = workshop_steps(evaluate(new_from_template("empty")))
>>> [(s.key, s.state.value) for s in steps]  # doctest: +NORMALIZE_WHITESPACE
[('criteria', 'todo'), ('panel', 'todo'), ('comparisons', 'todo'), ('group', 'todo'),
 ('scores', 'todo'), ('ranking', 'todo')]
>>> next_step(steps).key
'criteria'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING

from mcdm.errors import Problem
from mcdm.project.model import FrozenDict

if TYPE_CHECKING:
    from mcdm.project.result import ProjectResult

__all__ = ["STEPS", "StepState", "WorkshopStep", "next_step", "workshop_steps"]

#: The steps of a workshop, in the order they are done.
STEPS = ("criteria", "panel", "comparisons", "group", "scores", "ranking")


class StepState(str, Enum):
    """``done``: nothing left to do; ``warning``: usable, with something to look at;
    ``todo``: not started, or blocked by an earlier step."""

    DONE = "done"
    WARNING = "warning"
    TODO = "todo"


@dataclass(frozen=True)
class WorkshopStep:
    """One step of the workshop.

    Attributes
    ----------
    key : one of :data:`STEPS`.
    state : :class:`StepState`.
    counts : mapping name → int — what the step's summary shows; by step:
        ``criteria``: ``criteria`` (leaves), ``nodes`` (matrices to judge);
        ``panel``: ``experts``;
        ``comparisons``: ``answered``, ``asked``, ``failing`` (experts with a matrix failing CR),
        ``incomplete`` (experts with unanswered pairs), ``unweighted`` (expert matrices that
        cannot be weighted);
        ``group``: ``weighted``, ``nodes``, ``failing`` (group matrices failing CR);
        ``scores``: ``industries``, ``directions``, ``blanks`` (score cells nobody scored);
        ``ranking``: ``ranked``, ``industries``, ``set_aside`` (directions left out).
    target : mapping — where the first thing to look at is (``expert``, ``node``,
        ``industry``); empty when there is nothing to look at or no single spot.
    problem : the engine's reason when the step is blocked (for a sentence), else None.
    consensus : the overall S* (``group`` only; nan otherwise or with one expert).
    """

    key: str
    state: StepState
    counts: FrozenDict = field(default_factory=FrozenDict)
    target: FrozenDict = field(default_factory=FrozenDict)
    problem: Problem | None = None
    consensus: float = float("nan")

    @property
    def done(self) -> bool:
        return self.state is StepState.DONE


def _step(key: str, state: StepState, counts: dict, target: dict | None = None,
          problem: Problem | None = None, **kw) -> WorkshopStep:
    return WorkshopStep(key, state, FrozenDict(counts),
                        FrozenDict({k: v for k, v in (target or {}).items() if v is not None}),
                        problem, **kw)


def _first_problem(result: ProjectResult, *codes: str) -> Problem | None:
    return next((p for p in result.problems if p.code in codes), None)


def _criteria(result: ProjectResult) -> WorkshopStep:
    project = result.project
    counts = {"criteria": len(project.leaves()), "nodes": len(project.internal_nodes())}
    if not project.goal.children:
        return _step("criteria", StepState.TODO, counts,
                     problem=_first_problem(result, "evaluate.no_criteria"))
    return _step("criteria", StepState.DONE, counts)


def _panel(result: ProjectResult) -> WorkshopStep:
    experts = len(result.project.experts)
    problem = _first_problem(result, "evaluate.no_experts", "experts.weights_all_zero")
    if not experts:
        return _step("panel", StepState.TODO, {"experts": 0}, problem=problem)
    state = StepState.WARNING if problem is not None else StepState.DONE
    return _step("panel", state, {"experts": experts}, problem=problem)


def _comparisons(result: ProjectResult) -> WorkshopStep:
    project = result.project
    nodes = project.internal_nodes()
    answered = asked = 0
    failing: list[tuple[str, str]] = []  # (expert, their worst failing node)
    incomplete: list[tuple[str, str]] = []  # (expert, first node with an unanswered pair)
    unweighted = 0
    for e in project.expert_ids():
        progress = result.expert_progress(e)
        answered += progress.answered
        asked += progress.asked
        given = project.judgments.get(e, {})
        gap = next((n.id for n in nodes
                    if len(given.get(n.id, {})) < len(n.children) * (len(n.children) - 1) // 2),
                   None)
        if gap is not None:
            incomplete.append((e, gap))
        if progress.worst_cr is not None and result.is_consistent(progress.worst_cr) is False:
            failing.append((e, progress.worst_node))
        unweighted += sum((e, n.id) in result.individual_errors for n in nodes)
    counts = {"answered": answered, "asked": asked, "failing": len(failing),
              "incomplete": len(incomplete), "unweighted": unweighted}
    if not nodes or not project.experts or answered == 0:
        return _step("comparisons", StepState.TODO, counts)
    spot = failing[0] if failing else incomplete[0] if incomplete else None
    if spot is None:
        return _step("comparisons", StepState.DONE, counts)
    return _step("comparisons", StepState.WARNING, counts, {"expert": spot[0], "node": spot[1]})


def _group(result: ProjectResult) -> WorkshopStep:
    nodes = result.project.internal_nodes()
    weighted = [n.id for n in nodes if n.id in result.nodes and result.nodes[n.id].weighted]
    failing = [n.id for n in nodes if result.group_consistent(n.id) is False]
    counts = {"weighted": len(weighted), "nodes": len(nodes), "failing": len(failing)}
    consensus = float(result.consensus)
    if not nodes or not weighted:
        problem = result.nodes[result.missing_nodes[0]].missing if result.missing_nodes \
            else None
        return _step("group", StepState.TODO, counts, problem=problem, consensus=consensus)
    if result.missing_nodes or failing:
        node = result.missing_nodes[0] if result.missing_nodes else failing[0]
        return _step("group", StepState.WARNING, counts, {"node": node},
                     problem=result.nodes[node].missing, consensus=consensus)
    return _step("group", StepState.DONE, counts, consensus=consensus)


@lru_cache(maxsize=16)
def _blanks(scores, structure: tuple) -> tuple[tuple[str, int], ...]:
    """Per industry, the score cells nobody has filled. Keyed by the scores mapping and the
    industries' shape (both hashable values), so a judgment edit — which carries the same
    scores over — costs a lookup, not a pass over every score."""
    scored: dict[str, set] = {}
    for (_e, ind, d, c) in scores:
        scored.setdefault(ind, set()).add((d, c))
    out = []
    for ind, directions, criteria, n_experts in structure:
        cells = {(d, c) for d in directions for c in criteria}
        out.append((ind, len(cells) if not n_experts else len(cells - scored.get(ind, set()))))
    return tuple(out)


def _scores(result: ProjectResult) -> WorkshopStep:
    project = result.project
    ids = project.expert_ids()
    leaves = tuple(c.id for c in project.leaves())
    structure = tuple((ind.id, ind.direction_ids(), leaves + tuple(c.id for c in ind.criteria),
                       len(ids)) for ind in project.industries)
    per_industry = _blanks(project.scores, structure)
    blanks = sum(n for _, n in per_industry)
    first = next((ind for ind, n in per_industry if n), None)
    directions = sum(len(ind.directions) for ind in project.industries)
    counts = {"industries": len(project.industries), "directions": directions,
              "blanks": blanks}
    if not project.industries or not directions or not project.scores:
        return _step("scores", StepState.TODO, counts,
                     {"industry": project.industries[0].id} if project.industries else None)
    if blanks:
        return _step("scores", StepState.WARNING, counts, {"industry": first})
    return _step("scores", StepState.DONE, counts)


def _ranking(result: ProjectResult) -> WorkshopStep:
    project = result.project
    set_aside = sum(len(r.excluded_directions) for r in result.industries)
    counts = {"ranked": len(result.industries), "industries": len(project.industries),
              "set_aside": set_aside}
    if not result.industries:
        first = next(iter(result.industry_errors), None)
        problem = result.industry_errors[first].as_problem() if first is not None else None
        return _step("ranking", StepState.TODO, counts, {"industry": first}, problem)
    unranked = [i.id for i in project.industries if i.id in result.industry_errors]
    if unranked:
        return _step("ranking", StepState.WARNING, counts, {"industry": unranked[0]},
                     result.industry_errors[unranked[0]].as_problem())
    if set_aside:
        part = next(r for r in result.industries if r.excluded_directions)
        return _step("ranking", StepState.WARNING, counts, {"industry": part.industry_id},
                     next(iter(part.excluded_directions.values())))
    return _step("ranking", StepState.DONE, counts)


def workshop_steps(result: ProjectResult) -> tuple[WorkshopStep, ...]:
    """Every step of the workshop, in :data:`STEPS` order, with its state and counts."""
    return (_criteria(result), _panel(result), _comparisons(result), _group(result),
            _scores(result), _ranking(result))


def next_step(steps: tuple[WorkshopStep, ...]) -> WorkshopStep | None:
    """The first step that is not done (None when every step is)."""
    return next((s for s in steps if not s.done), None)

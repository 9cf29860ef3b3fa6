"""The project's portfolio (投资组合): which priority directions to fund within the budget.

Read through the evaluation result (:meth:`ProjectResult.portfolio`, ``.frontier()``,
``.portfolio_robustness()``), computed on first request and kept with it. The candidates are
the directions that were ranked and carry a cost; each one's **value** is its TOPSIS closeness
times its industry's weight in the portfolio definition (1 unless the planner set another).
The constraints come from the definition (:class:`~mcdm.project.model_portfolio.PortfolioPlan`):
the budget, must-include and excluded directions, and per industry the bounds on how many
directions and how much spend it takes. :mod:`mcdm.portfolio` solves exactly.

Why there is no portfolio is a :class:`~mcdm.project.model.ProjectError` whose code has a
sentence in :mod:`mcdm.messages.portfolio` naming the industries and directions by their
labels: no budget, no costs, a must-include direction without a cost or a rank, a bound that
the candidates cannot meet, a budget below what the constraints need. Directions left out
(no cost, not ranked) and the constraints that bind are notes (:class:`~mcdm.errors.Problem`)
on the result.

Solving depends only on the values, costs and constraints, so results are also kept in a small
cache keyed by them: dragging the budget recomputes the portfolio, never the frontier.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from mcdm.errors import Location, Problem
from mcdm.portfolio import FrontierResult, GroupBound, PortfolioError, PortfolioResult
from mcdm.project.model import ProjectError
from mcdm.project.model_portfolio import IndustryPlan

__all__ = ["Candidates", "IndustrySpend", "ProjectFrontier", "ProjectPortfolio",
           "ProjectRobustness", "amount", "money", "candidates", "frontier", "portfolio", "robustness"]

#: Budgets a frontier spans when none are given.
FRONTIER_POINTS = 41
_BOUND_TO_ENGINE = {"min_count": "min_count", "max_count": "max_count",
                    "min_spend": "min_cost", "max_spend": "max_cost"}
_ENGINE_TO_BOUND = {v: k for k, v in _BOUND_TO_ENGINE.items()}


def amount(x: float) -> str:
    """An amount as a sentence shows it: ``"120"``, ``"12.5"``, ``"1,250"``."""
    x = float(x)
    if abs(x - round(x)) < 1e-9 * max(1.0, abs(x)):
        return f"{round(x):,}"
    return f"{x:,.3f}".rstrip("0").rstrip(".")


def money(x: float, unit: str) -> str:
    """An amount with the project's cost unit: ``"12.5 亿元"`` (just the amount without one)."""
    return f"{amount(x)} {unit}".strip()


def _error(code: str, message: str, expected: str, **params) -> ProjectError:
    field_ = params.get("industry") or "portfolio"
    return ProjectError(code, message, location=Location(field=str(field_)), expected=expected,
                        params=params)


@dataclass(frozen=True, eq=False)  # holds arrays: compare fields, not results
class Candidates:
    """The directions that can enter the portfolio, in project order, and what was left out.

    ``items`` are ``(industry_id, direction_id)``; ``value = closeness × weight``;
    ``left_out`` notes the directions without a cost or a rank (``portfolio.no_cost``,
    ``portfolio.not_ranked``, one per industry).
    """

    items: tuple[tuple[str, str], ...]
    closeness: np.ndarray
    weights: np.ndarray
    values: np.ndarray
    costs: np.ndarray
    must: tuple[int, ...]
    exclude: tuple[int, ...]
    bounds: tuple[GroupBound, ...]
    left_out: tuple[Problem, ...]
    unit: str

    @property
    def groups(self) -> tuple[str, ...]:
        return tuple(i for i, _ in self.items)

    def key(self) -> bytes:
        """What a solve depends on (for the cache)."""
        h = hashlib.sha256()
        for a in (self.values, self.costs):
            h.update(np.ascontiguousarray(a, dtype=float).tobytes())
        h.update(repr((self.items, self.must, self.exclude, self.bounds)).encode())
        return h.digest()


@dataclass(frozen=True)
class IndustrySpend:
    """What the portfolio gives one industry.

    ``tight`` names the industry's bounds met with equality ("min_count", "max_spend", …).
    """

    industry_id: str
    chosen: tuple[str, ...]
    candidates: int
    spend: float
    value: float
    plan: IndustryPlan
    tight: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.chosen)


@dataclass(frozen=True, eq=False)  # holds arrays: compare fields, not results
class ProjectPortfolio:
    """The best portfolio within the budget.

    Attributes
    ----------
    candidates : Candidates
    selection : PortfolioResult
        The optimizer's result over the candidates (``selected``, ``value``, ``cost``, …).
    budget : float; unit : str
    industries : tuple of IndustrySpend
        One per industry with candidates, in project order.
    binding : tuple of Problem
        The constraints that bind, as sentences' codes: ``portfolio.binding_budget`` or
        ``portfolio.budget_slack``, then ``portfolio.tight_<bound>`` per industry bound met
        with equality.
    """

    candidates: Candidates
    selection: PortfolioResult
    budget: float
    unit: str
    industries: tuple[IndustrySpend, ...]
    binding: tuple[Problem, ...]

    @property
    def selected(self) -> tuple[tuple[str, str], ...]:
        """The chosen ``(industry_id, direction_id)``, in project order."""
        return tuple(self.candidates.items[i] for i in self.selection.items)

    @property
    def value(self) -> float:
        return self.selection.value

    @property
    def cost(self) -> float:
        return self.selection.cost

    @property
    def left_out(self) -> tuple[Problem, ...]:
        return self.candidates.left_out

    def chosen(self, industry_id: str, direction_id: str) -> bool:
        return (industry_id, direction_id) in set(self.selected)


@dataclass(frozen=True, eq=False)  # holds arrays: compare fields, not results
class ProjectFrontier:
    """The best value at each budget (:class:`~mcdm.portfolio.FrontierResult` over the
    candidates), the budgets running from 0 to what every candidate costs together."""

    candidates: Candidates
    curve: FrontierResult
    unit: str

    @property
    def budgets(self) -> np.ndarray:
        return self.curve.budgets

    @property
    def values(self) -> np.ndarray:
        return self.curve.values


@dataclass(frozen=True, eq=False)  # holds arrays: compare fields, not results
class ProjectRobustness:
    """How often each candidate is in the optimal portfolio over the Monte Carlo samples.

    ``frequency[i]`` is for ``candidates.items[i]``; ``shares`` of the distinct portfolios,
    most frequent first (``portfolios``, bool rows over the candidates).
    """

    candidates: Candidates
    frequency: np.ndarray
    portfolios: np.ndarray
    shares: np.ndarray
    n_samples: int
    budget: float


# -- candidates ---------------------------------------------------------------------------------
def _left_out(code: str, industry: str, ids: list[str], why: str) -> Problem:
    return Problem(code, f"{len(ids)} direction(s) of {industry} {why}: {', '.join(ids)}",
                   Location(field=industry), None,
                   {"industry": industry, "directions": tuple(ids), "count": str(len(ids))})


def candidates(result) -> Candidates:
    """The directions that can enter the portfolio (see the module docstring).

    Raises ``ProjectError`` for ``portfolio.nothing_ranked``, ``portfolio.no_costs``,
    ``portfolio.must_no_cost``, ``portfolio.must_not_ranked`` and for an industry bound that
    its candidates cannot meet (``portfolio.min_count_unreachable``,
    ``portfolio.min_spend_unreachable``).
    """
    project = result.project
    plan = project.portfolio
    unit = plan.cost_unit
    ranked = {r.industry_id: r for r in result.industries}
    items, clo, wts, costs, left = [], [], [], [], []
    costed_anywhere = False
    for ind in project.industries:
        r = ranked.get(ind.id)
        closeness = {} if r is None else dict(zip(r.direction_ids, r.topsis.closeness,
                                                  strict=True))
        no_cost, unranked = [], []
        weight = plan.industry(ind.id).weight
        for d in ind.directions:
            costed_anywhere |= d.cost is not None
            key = (ind.id, d.id)
            if d.id not in closeness:
                if key in plan.must:
                    raise _error("portfolio.must_not_ranked",
                                 f"must-include direction {d.id} of {ind.id} is not ranked",
                                 "a ranked direction", industry=ind.id, direction=d.id)
                unranked.append(d.id)
            elif d.cost is None:
                if key in plan.must:
                    raise _error("portfolio.must_no_cost",
                                 f"must-include direction {d.id} of {ind.id} has no cost",
                                 "a cost for every must-include direction", industry=ind.id,
                                 direction=d.id)
                no_cost.append(d.id)
            else:
                items.append(key)
                clo.append(float(closeness[d.id]))
                wts.append(float(weight))
                costs.append(float(d.cost))
        if no_cost:
            left.append(_left_out("portfolio.no_cost", ind.id, no_cost, "have no cost"))
        if unranked:
            left.append(_left_out("portfolio.not_ranked", ind.id, unranked, "are not ranked"))
    if not result.industries:
        raise _error("portfolio.nothing_ranked", "no industry is ranked",
                     "at least one ranked industry")
    if not items:
        raise _error("portfolio.no_costs", "no ranked direction has a cost",
                     "a cost for some directions", anywhere=costed_anywhere)
    index = {k: i for i, k in enumerate(items)}
    groups = [i for i, _ in items]
    costs_a = np.array(costs)
    bounds = []
    for ind in project.industries:
        set_ = plan.industry(ind.id).bounds()
        if not set_:
            continue
        members = [k for k, g in enumerate(groups) if g == ind.id]
        if not members:
            for name in ("min_count", "min_spend"):
                if set_.get(name):
                    raise _error(_UNREACHABLE[name],
                                 f"{ind.id} has no direction that can be chosen",
                                 f"a {name} its directions can meet", industry=ind.id,
                                 value=_bound_text(name, set_[name], unit),
                                 reachable=_bound_text(name, 0, unit))
            continue
        bounds.append(GroupBound(ind.id, **{_BOUND_TO_ENGINE[k]: v for k, v in set_.items()}))
    return Candidates(
        items=tuple(items), closeness=_frozen(np.array(clo)), weights=_frozen(np.array(wts)),
        values=_frozen(np.array(clo) * np.array(wts)), costs=_frozen(costs_a),
        must=tuple(sorted(index[k] for k in plan.must if k in index)),
        exclude=tuple(sorted(index[k] for k in plan.exclude if k in index)),
        bounds=tuple(bounds), left_out=tuple(left), unit=unit)


# Literal codes per bound (so every code a user can meet is in the catalogue).
_UNREACHABLE = {"min_count": "portfolio.min_count_unreachable",
                "max_count": "portfolio.max_count_unreachable",
                "min_spend": "portfolio.min_spend_unreachable",
                "max_spend": "portfolio.max_spend_unreachable"}
_TIGHT = {"min_count": "portfolio.tight_min_count", "max_count": "portfolio.tight_max_count",
          "min_spend": "portfolio.tight_min_spend", "max_spend": "portfolio.tight_max_spend"}


def _frozen(a: np.ndarray) -> np.ndarray:
    a.flags.writeable = False
    return a


def _bound_text(bound: str, value: float, unit: str) -> str:
    return amount(value) if bound.endswith("count") else money(value, unit)


# -- engine errors in the project's words --------------------------------------------------------
def _translate(exc: PortfolioError, cand: Candidates, budget: float) -> ProjectError:
    p, unit = exc.params, cand.unit
    if exc.code == "portfolio.must_over_budget":
        return _error("portfolio.must_over_budget", exc.message, exc.expected or "",
                      directions=tuple(cand.items[i][1] for i in p.get("items", ())),
                      cost=money(p["cost"], unit), budget=money(budget, unit))
    if exc.code == "portfolio.group_unreachable":
        bound = _ENGINE_TO_BOUND[p["bound"]]
        return _error(_UNREACHABLE[bound], exc.message, exc.expected or "",
                      industry=p["group"], value=_bound_text(bound, p["value"], unit),
                      reachable=_bound_text(bound, p["reachable"], unit))
    if exc.code == "portfolio.group_over_budget":
        return _error("portfolio.min_spend_over_budget", exc.message, exc.expected or "",
                      industry=p["group"], value=money(p["value"], unit),
                      budget=money(budget, unit))
    if exc.code == "portfolio.infeasible":
        culprits = [tuple(c) for c in p.get("constraints", ())]
        industries = tuple(dict.fromkeys(g for g, _ in culprits if g != "budget"))
        has_budget = any(g == "budget" for g, _ in culprits)
        said = {"industries": industries, "budget": money(budget, unit)}
        if has_budget and industries:
            return _error("portfolio.infeasible", exc.message, exc.expected or "", **said)
        if has_budget:
            return _error("portfolio.infeasible_budget", exc.message, exc.expected or "", **said)
        if industries:
            return _error("portfolio.infeasible_bounds", exc.message, exc.expected or "", **said)
        return _error("portfolio.infeasible_together", exc.message, exc.expected or "", **said)
    return ProjectError(exc.code, exc.message, location=exc.location, expected=exc.expected,
                        params=exc.params)


# -- solving (cached by the inputs) ------------------------------------------------------------
_CACHE: OrderedDict = OrderedDict()
_CACHE_SIZE = 64


def _cached(key, compute):
    if key in _CACHE:
        _CACHE.move_to_end(key)
        return _CACHE[key]
    value = compute()
    _CACHE[key] = value
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return value


def _budget(result, budget: float | None) -> float:
    b = result.project.portfolio.budget if budget is None else budget
    if b is None:
        raise _error("portfolio.no_budget", "no budget is set", "a budget ≥ 0")
    return float(b)


def _binding(cand: Candidates, sel: PortfolioResult) -> tuple[Problem, ...]:
    unit = cand.unit
    out = [Problem("portfolio.binding_budget" if sel.budget_binding else
                   "portfolio.budget_slack", f"{sel.budget_slack:g} of the budget left",
                   Location(field="budget"), None, {"slack": money(sel.budget_slack, unit)})]
    for usage in sel.groups:
        for kind in usage.tight:
            bound = _ENGINE_TO_BOUND[kind]
            out.append(Problem(_TIGHT[bound], f"{usage.group}: {bound} met",
                               Location(field=str(usage.group)), None,
                               {"industry": usage.group,
                                "value": _bound_text(bound, getattr(usage.bound, kind), unit)}))
    return tuple(out)


def portfolio(result, budget: float | None = None) -> ProjectPortfolio:
    """The best portfolio at ``budget`` (default: the project's)."""
    from mcdm.portfolio import select

    b = _budget(result, budget)
    cand = candidates(result)

    def solve():
        try:
            return select(cand.values, cand.costs, b, must=cand.must, exclude=cand.exclude,
                          groups=cand.groups, bounds=cand.bounds)
        except PortfolioError as exc:
            return _translate(exc, cand, b)

    sel = _cached(("select", cand.key(), b), solve)
    if isinstance(sel, ProjectError):
        raise sel
    plan = result.project.portfolio
    usage = {u.group: u for u in sel.groups}
    spends = []
    for ind in result.project.industries:
        members = [k for k, (g, _) in enumerate(cand.items) if g == ind.id]
        if not members:
            continue
        chosen = [k for k in members if sel.selected[k]]
        u = usage.get(ind.id)
        spends.append(IndustrySpend(
            ind.id, tuple(cand.items[k][1] for k in chosen), len(members),
            float(cand.costs[chosen].sum()), float(cand.values[chosen].sum()),
            plan.industry(ind.id),
            () if u is None else tuple(_ENGINE_TO_BOUND[t] for t in u.tight)))
    return ProjectPortfolio(cand, sel, b, cand.unit, tuple(spends), _binding(cand, sel))


def frontier(result, budgets=None) -> ProjectFrontier:
    """The best value at each budget (default: 41 budgets from 0 to every candidate's cost)."""
    from mcdm.portfolio import frontier as solve_frontier

    cand = candidates(result)
    bs = np.linspace(0.0, float(cand.costs.sum()), FRONTIER_POINTS) if budgets is None \
        else np.asarray(budgets, dtype=float)

    def solve():
        try:
            return solve_frontier(cand.values, cand.costs, bs, must=cand.must,
                                  exclude=cand.exclude, groups=cand.groups, bounds=cand.bounds)
        except PortfolioError as exc:
            return _translate(exc, cand, float(bs.max(initial=0.0)))

    curve = _cached(("frontier", cand.key(), bs.tobytes()), solve)
    if isinstance(curve, ProjectError):
        raise curve
    return ProjectFrontier(cand, curve, cand.unit)


def robustness(result, budget: float | None = None) -> ProjectRobustness:
    """How often each candidate is chosen when the values follow the Monte Carlo samples.

    Needs an evaluation with Monte Carlo (``portfolio.no_samples`` otherwise): each sample's
    closeness of every direction, times its industry's weight, is optimized under the same
    costs, budget and constraints.
    """
    from mcdm.portfolio import robustness as solve_robustness

    b = _budget(result, budget)
    cand = candidates(result)
    ranked = {r.industry_id: r for r in result.industries}
    samples = {}
    for g in dict.fromkeys(cand.groups):
        mc = ranked[g].monte_carlo
        if mc is None or mc.closeness_samples is None:
            raise _error("portfolio.no_samples", "no Monte Carlo samples", "a Monte Carlo run")
        samples[g] = (ranked[g].direction_ids, mc.closeness_samples[0])
    n = min(s.shape[0] for _, s in samples.values())
    if n == 0:
        raise _error("portfolio.no_samples", "no Monte Carlo samples", "a Monte Carlo run")
    values = np.empty((n, len(cand.items)))
    for k, (g, d) in enumerate(cand.items):
        ids, s = samples[g]
        values[:, k] = s[:n, ids.index(d)] * cand.weights[k]
    try:
        r = solve_robustness(values, cand.costs, b, must=cand.must, exclude=cand.exclude,
                             groups=cand.groups, bounds=cand.bounds)
    except PortfolioError as exc:
        raise _translate(exc, cand, b) from None
    return ProjectRobustness(cand, r.frequency, r.portfolios, r.shares, n, b)

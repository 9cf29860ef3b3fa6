"""Objective/combined weights and the portfolio as plain labelled tables, for the results
workbook, the report and the command line — picked out of one evaluation result, never
recomputed.

- :func:`weighting_views` — per industry: the three weight vectors, which one ranked, the
  caption and notes as sentences, the objective method's steps and its inputs (the aggregated
  matrix and criterion types, from which a sheet can write the entropy or CRITIC steps as live
  formulas);
- :func:`portfolio_view` — the chosen directions with value, cost and choice; each industry's
  count, spend and bounds; the binding constraints and the directions left out as sentences;
  the efficient frontier; or, when there is no portfolio, the reason as a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mcdm.errors import MCDMError

__all__ = ["PortfolioRow", "PortfolioView", "WeightingView", "portfolio_view", "weighting_views"]


@dataclass(frozen=True)
class WeightingView:
    industry: str
    criteria: tuple[str, ...]          # labels (units in brackets)
    types: np.ndarray                  # +1 benefit, −1 cost
    matrix: np.ndarray                 # the aggregated scores the objective weights come from
    directions: tuple[str, ...]
    ahp: np.ndarray
    objective: np.ndarray | None
    combined: np.ndarray | None
    used: str                          # "ahp" | "objective" | "combined"
    method: str                        # "entropy" | "entropy_minmax" | "critic"
    method_word: str                   # the method in the view's language
    caption: str                       # "Ranked by combined weights (AHP with CRITIC, ...)"
    notes: tuple[str, ...]             # constant criteria, fallbacks, as sentences
    steps: dict[str, np.ndarray]       # per criterion: e, d (entropy) or sigma, conflict, C
    steps_matrix: np.ndarray | None    # p (entropy) or the normalized matrix (CRITIC)
    id: str = ""                       # the industry's id
    # The result's own object (every intermediate table: shares, entropies, correlations, the
    # combination's scaled inputs), for a sheet that restates the steps as formulas.
    weighting: object | None = None    # mcdm.project.evaluate_weighting.IndustryWeighting


@dataclass(frozen=True)
class PortfolioRow:
    industry: str
    direction: str
    closeness: float
    weight: float
    value: float
    cost: float
    choice: str | None                 # "must" | "exclude" | None
    chosen: bool
    frequency: float | None            # over the Monte Carlo samples, when robustness ran
    industry_id: str = ""
    direction_id: str = ""


@dataclass(frozen=True)
class PortfolioView:
    budget: float | None
    unit: str
    reason: str | None                 # why there is no portfolio (then rows are empty)
    rows: tuple[PortfolioRow, ...]     # every candidate, in project order
    industries: tuple[dict, ...]       # label, chosen, candidates, spend, value, bounds, tight
    value: float | None
    cost: float | None
    binding: tuple[str, ...]
    left_out: tuple[str, ...]
    frontier: tuple[tuple[float, float | None], ...]   # (budget, best value or None)
    solver: str | None
    samples: int | None = None         # Monte Carlo samples behind ``frequency`` (robustness)


def _labels(project, industry_id: str, lang: str) -> dict[str, str]:
    return {c.id: c.label.get(lang) + (f" ({c.unit})" if getattr(c, "unit", "") else "")
            for c in project.industry_criteria(industry_id)}


def weighting_views(project, result, lang: str) -> tuple[WeightingView, ...]:
    from mcdm.messages import describe
    from mcdm.project.captions import weighting_caption
    from mcdm.project.settings import spec

    out = []
    for ir in result.industries:
        w = ir.weighting
        if w is None:
            continue
        labels = _labels(project, ir.industry_id, lang)
        names = {d.id: d.label.get(lang) for d in project.industry(ir.industry_id).directions}
        st = w.objective_steps
        if st is None:
            steps, matrix = {}, None
        elif st.method == "CRITIC":
            steps = {"sigma": st.sigma, "conflict": st.conflict, "information": st.information,
                     "weight": st.weights}
            matrix = st.normalized
        else:
            steps = {"entropy": st.e, "divergence": st.d, "weight": st.weights}
            matrix = st.p
        out.append(WeightingView(
            project.industry(ir.industry_id).label.get(lang),
            tuple(labels[c] for c in ir.criterion_ids), np.asarray(ir.types), ir.scores.matrix,
            tuple(names[d] for d in ir.direction_ids), w.ahp, w.objective, w.combined, w.used,
            w.method, spec("objective_method").word(w.method, lang),
            weighting_caption(w, lang), tuple(describe(n, lang, project) for n in w.notes),
            steps, matrix, ir.industry_id, w))
    return tuple(out)


def _frontier(result) -> tuple[tuple[float, float | None], ...]:
    try:
        f = result.frontier()
    except MCDMError:
        return ()
    return tuple((float(b), float(v) if ok else None)
                 for b, v, ok in zip(f.budgets, f.values, f.curve.feasible, strict=True))


def portfolio_view(project, result, lang: str, *, robustness=None) -> PortfolioView:
    """``robustness``: a ``ProjectRobustness`` to show beside the choice (optional).

    Without a portfolio (no budget, constraints that cannot be met) ``reason`` says why, and
    the frontier is still there when the candidates allow one (it needs costs, not a budget).
    """
    from mcdm.messages import describe

    plan = project.portfolio
    try:
        p = result.portfolio()
    except MCDMError as exc:
        return PortfolioView(plan.budget, plan.cost_unit, describe(exc, lang, project), (), (),
                             None, None, (), (), _frontier(result), None)
    cand = p.candidates
    freq = None if robustness is None else dict(zip(robustness.candidates.items,
                                                    robustness.frequency.tolist(), strict=True))
    names = {(i.id, d.id): (i.label.get(lang), d.label.get(lang))
             for i in project.industries for d in i.directions}
    rows = tuple(PortfolioRow(
        *names[key], float(cand.closeness[k]), float(cand.weights[k]), float(cand.values[k]),
        float(cand.costs[k]), plan.choice(*key), bool(p.selection.selected[k]),
        None if freq is None else freq.get(key), *key) for k, key in enumerate(cand.items))
    industries = tuple({"id": s.industry_id,
                        "label": project.industry(s.industry_id).label.get(lang),
                        "chosen": s.count, "candidates": s.candidates, "spend": s.spend,
                        "value": s.value, "weight": s.plan.weight, "bounds": s.plan.bounds(),
                        "tight": s.tight} for s in p.industries)
    return PortfolioView(
        p.budget, p.unit, None, rows, industries, p.value, p.cost,
        tuple(describe(b, lang, project) for b in p.binding),
        tuple(describe(n, lang, project) for n in p.left_out), _frontier(result),
        p.selection.method, None if robustness is None else int(robustness.n_samples))

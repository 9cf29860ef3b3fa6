"""The audit-ready results workbook.

Sheets, headers in the project's language: Summary (top directions, group weights, consensus, bar
charts, the method settings) · Weights (tree with local and global weights, CR / GCI per node and
expert, consensus) · one sheet per expert (matrices and diagnostics) · Rounds (S* and dispersion
per node and round, who moved; once a Delphi round has closed) · Scores (aggregated decision
matrices with dispersion) · per industry, its objective weights sheet (entropy or CRITIC and the
combination with the AHP weights as live formulas on the TOPSIS sheet's decision matrix, the
vector that ranked marked) and its TOPSIS sheet written as live formulas (normalization,
weighting, ideal and anti-ideal, distances, closeness, RANK) so a reviewer can change a weight
and watch the ranking follow — its decision matrix and weights linked by formula to the score
summary and the weights sheet, with the weight derivation (AHP global weight, the measured
criteria's share), or to the objective weights sheet when objective or combined weights rank ·
Portfolio (the chosen directions, totals, bounds, frontier and robustness, or why there is none;
when the project defines one) · Method comparison · Sensitivity (stability intervals, closeness
curves, rank acceptability, charts) · Monte Carlo (when the result has a run) · each expert's own
scores. Every formula carries the engine's value as its cached result (:mod:`mcdm.excel.cached`).
Every label goes through :func:`mcdm.excel.layout.put`, so text starting with ``=``, ``+``, ``-``
or ``@`` stays text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from openpyxl import Workbook

from mcdm.excel import layout as L
from mcdm.excel.labels import tr
from mcdm.excel.report.analysis import write_comparison, write_sensitivity
from mcdm.excel.report.more import write_monte_carlo, write_raw_scores
from mcdm.excel.report.objective import ObjectiveCells, write_objective
from mcdm.excel.report.portfolio import write_portfolio
from mcdm.excel.report.rounds import write_rounds
from mcdm.excel.report.sheets import write_expert, write_scores, write_summary, write_weights
from mcdm.excel.report.topsis import (
    TopsisCells,
    TopsisLinks,
    finish_topsis_sheet,
    link_weights,
    write_topsis,
)
from mcdm.tables.view import ResultsView


def _engine_values(ind) -> dict | None:
    """The engine's TOPSIS numbers: the cached results of the sheet's formulas."""
    if ind.steps is None:
        return None
    s = ind.steps
    return {"normalized": s.normalized, "weighted": s.weighted, "ideal": s.ideal,
            "anti_ideal": s.anti_ideal, "d_plus": s.d_plus, "d_minus": s.d_minus,
            "closeness": ind.closeness, "ranks": ind.ranks}


def _links(ind, scores_title: str, origin, weight_cells, weighting=None) -> TopsisLinks | None:
    """References from a TOPSIS sheet to the score summary and the weights sheet; with
    ``weighting`` (an ``IndustryWeighting``) whose ranking vector is not the AHP one, the AHP
    weights get a row of their own (the weight row is then linked to the objective sheet)."""
    if origin is None or ind.tree_weight is None or not ind.criterion_ids:
        return None
    r0, c0 = origin
    m, n = len(ind.directions), len(ind.criteria)
    matrix = tuple(tuple(L.ref(r0 + i, c0 + j, absolute=True, sheet=scores_title)
                         for j in range(n)) for i in range(m))
    tree = tuple(weight_cells.get(c) if np.isfinite(ind.tree_weight[j]) else None
                 for j, c in enumerate(ind.criterion_ids))
    ahp = None if weighting is None else tuple(float(x) for x in weighting.ahp)
    separate = weighting is not None and weighting.used != "ahp"
    return TopsisLinks(matrix, tree, tuple(float(x) for x in ind.tree_weight), ind.own_share,
                       ahp, separate)


@dataclass(frozen=True)
class ResultsLayout:
    """Per industry id: its TOPSIS and objective weights sheets' titles and cell maps."""

    topsis: dict[str, tuple[str, TopsisCells]]
    objective: dict[str, tuple[str, ObjectiveCells]]


def build_results(view: ResultsView) -> tuple[Workbook, ResultsLayout]:
    """The workbook and where its formulas are (:class:`ResultsLayout`)."""
    lang = view.lang
    wb = Workbook()
    taken: set[str] = set()
    ws = wb.active
    ws.title = L.sheet_title(tr("r.sheet.summary", lang), taken)
    write_summary(ws, view)
    weight_cells = write_weights(
        wb.create_sheet(L.sheet_title(tr("r.sheet.weights", lang), taken)), view)
    for eid, name in view.experts:
        write_expert(wb.create_sheet(L.sheet_title(name or eid, taken)), view, eid, name)
    if view.rounds is not None:
        write_rounds(wb.create_sheet(L.sheet_title(tr("r.sheet.rounds", lang), taken)),
                     view.rounds, lang)
    scores_ws = wb.create_sheet(L.sheet_title(tr("r.sheet.scores", lang), taken))
    origins = write_scores(scores_ws, view)
    if any(ind.raw is not None for ind in view.industries):
        write_raw_scores(wb.create_sheet(L.sheet_title(tr("r.sheet.raw", lang), taken)), view)
    topsis: dict[str, tuple[str, TopsisCells]] = {}
    objective: dict[str, tuple[str, ObjectiveCells]] = {}
    weighting = {wv.id: wv for wv in view.weighting if wv.weighting is not None}
    for k, ind in enumerate(view.industries, start=1):
        wv = weighting.get(ind.id)
        # The objective weights sheet comes first (the weights are made, then they rank) but is
        # written second: its formulas read the TOPSIS sheet's decision matrix.
        objective_ws = None
        if wv is not None:
            objective_ws = wb.create_sheet(L.sheet_title(
                f"{tr('r.sheet.objective', lang)} {k} · {ind.label}", taken))
        # Numbered, so each name is short, unique and sorts; the full label heads the sheet.
        title = L.sheet_title(f"TOPSIS {k} · {ind.label}", taken)
        ws = wb.create_sheet(title)
        links = _links(ind, scores_ws.title, origins.get(ind.id), weight_cells,
                       None if wv is None else wv.weighting)
        cells = write_topsis(ws, directions=ind.directions, criteria=ind.criteria, matrix=ind.matrix,
                             weights=ind.weights, types=ind.types, normalization=ind.normalization,
                             lang=lang, heading=f"{tr('r.topsis', lang)} · {ind.label}",
                             values=_engine_values(ind), links=links)
        finish_topsis_sheet(ws, len(ind.criteria), lang)
        topsis[ind.id] = (title, cells)
        if objective_ws is not None:
            obj = write_objective(objective_ws, wv, cells, title, lang)
            objective[ind.id] = (objective_ws.title, obj)
            if links is not None and links.separate:
                link_weights(ws, cells, [f"{L.quote_sheet(objective_ws.title)}!{r}"
                                         for r in obj.used], wv.weighting.weights, lang)
    if view.portfolio is not None:
        write_portfolio(wb.create_sheet(L.sheet_title(tr("r.sheet.portfolio", lang), taken)),
                        view.portfolio, view, topsis)
    if any(ind.comparison is not None for ind in view.industries):
        write_comparison(wb.create_sheet(L.sheet_title(tr("r.sheet.compare", lang), taken)), view)
    if any(ind.sensitivity is not None or ind.acceptability is not None for ind in view.industries):
        write_sensitivity(wb.create_sheet(L.sheet_title(tr("r.sheet.sensitivity", lang), taken)), view)
    if any(ind.monte_carlo is not None for ind in view.industries):
        write_monte_carlo(wb.create_sheet(L.sheet_title(tr("r.sheet.montecarlo", lang), taken)),
                          view)

    wb.properties.title = view.title
    wb.properties.creator = "FourChains Decision Studio"
    return wb, ResultsLayout(topsis, objective)


def write_results(project, result, path, *, lang: str | None = None,
                  complete: bool = True) -> Path:
    """Write the results workbook of ``result`` (``mcdm.project.evaluate(project)``) to ``path``.

    ``lang`` defaults to the project's language. With ``complete`` (default), a result evaluated
    without the sensitivity analysis is re-evaluated once with it
    (``evaluate(project, sensitivity=True)``, identical weights and rankings) so the workbook
    always has its Sensitivity sheet; pass ``complete=False`` to write only what ``result`` has.
    """

    from mcdm.tables.adapter import view_of

    if complete and not result.options.get("sensitivity") and "monte_carlo" not in result.options:
        from mcdm.project.evaluate import evaluate

        result = evaluate(project, sensitivity=True)

    wb, _ = build_results(view_of(project, result, lang or project.settings.language))
    return save_results(wb, path)


def save_results(wb: Workbook, path) -> Path:
    """Save a workbook from :func:`build_results`, every formula carrying its cached value."""
    from mcdm.excel.cached import fill, values_of

    return L.save_workbook(wb, path, after=lambda tmp: fill(tmp, values_of(wb)))

"""TOPSIS written as live worksheet formulas, one step per block, for auditors.

The formulas restate :mod:`mcdm.topsis` cell by cell (Hwang & Yoon 1981 for vector normalization,
pymcdm's definitions for min-max, max and sum) including its edge cases: a constant column,
weights that do not sum to 1, and d⁺ + d⁻ = 0. The decision matrix and the weights are constants;
everything after them is a formula, so a reviewer who changes a weight sees every step and the
ranking follow. A test recalculates the sheet in LibreOffice and compares with the engine to 1e-9.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from openpyxl.worksheet.worksheet import Worksheet

from mcdm._validate import CONSTANT_RTOL
from mcdm.excel import layout as L
from mcdm.excel.labels import tr, type_format
from mcdm.project.settings import spec

FIRST_COL = 2  # column A holds direction names


@dataclass(frozen=True)
class TopsisCells:
    """Where each quantity sits (A1 references on the sheet), for tests and cross-sheet links."""

    weights: tuple[str, ...]
    normalized: tuple[tuple[str, ...], ...]
    weighted: tuple[tuple[str, ...], ...]
    ideal: tuple[str, ...]
    anti_ideal: tuple[str, ...]
    d_plus: tuple[str, ...]
    d_minus: tuple[str, ...]
    closeness: tuple[str, ...]
    ranks: tuple[str, ...]
    last_row: int
    matrix: tuple[tuple[str, ...], ...] = ()   # the decision matrix (directions × criteria)
    types: tuple[str, ...] = ()
    ahp: tuple[str, ...] = ()                  # the AHP weights (the weight row unless separate)


@dataclass(frozen=True)
class TopsisLinks:
    """Where a TOPSIS sheet's inputs come from, so a reviewer can trace every number back.

    ``matrix[i][j]``: a reference to the aggregated score on the score summary sheet;
    ``tree_weight[j]``: a reference to criterion j's AHP global weight on the weights sheet (None
    for an industry's own measured criterion), ``tree_value[j]`` its value; ``own_share``: the
    measured criteria's total share s (tree weights are scaled by 1 − s); ``ahp_value``: the
    AHP weights when ``separate`` (objective or combined weights rank: the AHP weights get a
    row of their own and the weight row is linked to the vector that ranked).
    """

    matrix: tuple[tuple[str, ...], ...]
    tree_weight: tuple[str | None, ...]
    tree_value: tuple[float, ...]
    own_share: float
    ahp_value: tuple[float, ...] | None = None  # the AHP weights (default: the weights given)
    separate: bool = False  # another vector ranks: AHP weights on a row of their own


def _v(values, name, *index):
    """The engine's value for a cell (None without values: the formula then has no cache)."""
    if values is None:
        return None
    arr = getattr(values, name) if hasattr(values, name) else values[name]
    out = np.asarray(arr)[index] if index else arr
    return float(out)


def constant_test(colrange: str) -> str:
    """The engine's test of a constant column (:func:`mcdm._validate.constant_columns`: equal
    up to rounding) as a worksheet condition; spreadsheets' own "=" is not the engine's."""
    hi, lo = f"MAX({colrange})", f"MIN({colrange})"
    return f"{hi}-{lo}<={CONSTANT_RTOL:.0E}*MAX(ABS({hi}),ABS({lo}))"


def _normalized_formula(method: str, x: str, colrange: str, t: str, m: int) -> str:
    span = f"(MAX({colrange})-MIN({colrange}))"
    const = constant_test(colrange)
    if method == "vector":
        return f"=IF(SUMSQ({colrange})=0,0,{x}/SQRT(SUMSQ({colrange})))"
    if method == "minmax":
        r = f"({x}-MIN({colrange}))/{span}"
        return f"=IF({const},1,IF({t}>0,{r},1-{r}))"
    if method == "max":
        r = f"{x}/MAX({colrange})"
        return f"=IF({const},1,IF({t}>0,{r},1-{r}))"
    if method == "sum":
        return (f"=IF({const},1/{m},IF({t}>0,{x}/SUM({colrange}),"
                f"(1/{x})/SUMPRODUCT(1/{colrange})))")
    raise ValueError(f"unknown normalization {method!r}")


def write_topsis(ws: Worksheet, *, directions: Sequence[str], criteria: Sequence[str],
                 matrix, weights, types, normalization: str, lang: str, start_row: int = 1,
                 heading: str | None = None, values=None,
                 links: TopsisLinks | None = None) -> TopsisCells:
    """Write one TOPSIS problem as formulas starting at ``start_row``; returns the cell map.

    ``weights`` are written as given (editable); formulas divide them by their sum as the engine does.
    ``values``: the engine's numbers (a mapping or object with ``normalized``, ``weighted``,
    ``ideal``, ``anti_ideal``, ``d_plus``, ``d_minus``, ``closeness``, ``ranks``), written as
    every formula's cached result. ``links``: the decision matrix and the weights become
    formulas on the score summary and the weights sheets, with the weight derivation shown.
    """
    x = np.asarray(matrix, dtype=float)
    m, n = x.shape
    w = np.asarray(weights, dtype=float)
    t = np.asarray(types, dtype=int)
    c0, c1 = FIRST_COL, FIRST_COL + n - 1
    width = n + 1
    widths = sheet_widths(n, lang)

    labelled: list[int] = []

    def label(r: int, text: str) -> None:
        # Direction names wrap; their rows get heights once the row is written (below).
        L.put(ws, r, 1, text, lang=lang, border=True, wrap=True)
        labelled.append(r)
    row = start_row
    L.put(ws, row, 1, heading or tr("r.topsis", lang), lang=lang, bold=True, size=13)
    norm = spec("normalization")
    L.put(ws, row + 1, 1, f"{norm.title(lang)}: {norm.word(normalization, lang)}. "
          f"{tr('r.topsis_note', lang)}", lang=lang, color="595959")
    row += 3

    def block_header(r: int, key: str) -> None:
        L.section(ws, r, tr(key, lang), lang=lang, width=width)
        L.put(ws, r + 1, 1, tr("q.direction", lang), lang=lang, bold=True, border=True)
        for j, name in enumerate(criteria):
            L.put(ws, r + 1, c0 + j, name, lang=lang, bold=True, wrap=True, border=True)
        L.fit_row(ws, r + 1, widths, lang=lang, fill=0.7)

    # 1. decision matrix, criterion types, weights (constants, or linked to their sources).
    # With links, the AHP weight of a tree criterion is its global weight × (1 − s) and an
    # industry's own criterion's is its share; when another vector ranks (objective or
    # combined weights, ``links.separate``) the AHP weights get a row of their own and the
    # weight row is linked to the vector that ranked (:func:`link_weights`).
    block_header(row, "r.decision_matrix")
    type_row = row + 2
    separate = links is not None and links.separate
    if links is not None:
        ahp_row, share_row = row + 3, row + 4
        subjective_row = row + 5 if separate else None
        weight_row = share_row + (2 if separate else 1)
        x0 = weight_row + 1
    else:
        weight_row, x0 = row + 3, row + 4
    L.put(ws, type_row, 1, tr("r.type", lang), lang=lang, bold=True, border=True)
    L.put(ws, weight_row, 1, tr("r.weight_used" if separate else "r.weight", lang), lang=lang,
          bold=True, border=True)
    if links is not None:
        L.put(ws, ahp_row, 1, tr("r.ahp_weight", lang), lang=lang, bold=True, border=True)
        L.put(ws, share_row, 1, tr("r.own_share", lang), lang=lang, bold=True, border=True)
        L.put(ws, share_row, c0, float(links.own_share), lang=lang, fmt=L.FMT_PERCENT,
              border=True)
        share = L.ref(share_row, c0, absolute=True)
    if separate:
        L.put(ws, subjective_row, 1, tr("r.subjective_weight", lang), lang=lang, bold=True,
              border=True)
    # The AHP vector: its own row when another vector ranks, else the weight row itself.
    ahp_target = subjective_row if separate else weight_row
    ahp = (np.asarray(links.ahp_value, dtype=float)
           if links is not None and links.ahp_value is not None else w)
    for j in range(n):
        L.put(ws, type_row, c0 + j, int(t[j]), lang=lang, fmt=type_format(lang), border=True)
        tree = links.tree_weight[j] if links is not None else None
        if tree is not None:
            L.formula(ws, ahp_row, c0 + j, f"={tree}", lang=lang, fmt=L.FMT_WEIGHT,
                      value=float(links.tree_value[j]))
            cell = L.formula(ws, ahp_target, c0 + j,
                             f"={L.ref(ahp_row, c0 + j)}*(1-{share})", lang=lang,
                             fmt=L.FMT_WEIGHT, value=float(ahp[j]))
            L.unlock(cell)
        else:
            if links is not None:
                L.put(ws, ahp_row, c0 + j, tr("r.measured", lang), lang=lang, border=True,
                      color="595959")
            L.unlock(L.put(ws, ahp_target, c0 + j, float(ahp[j]), lang=lang,
                           fmt=L.FMT_WEIGHT))
        if separate:  # the vector that ranked, linked by link_weights()
            L.put(ws, weight_row, c0 + j, float(w[j]), lang=lang, fmt=L.FMT_WEIGHT,
                  border=True)
    matrix_refs = tuple(tuple(L.ref(x0 + i, c0 + j) for j in range(n)) for i in range(m))
    for i, name in enumerate(directions):
        label(x0 + i, name)
        for j in range(n):
            if links is not None:
                L.formula(ws, x0 + i, c0 + j, f"={links.matrix[i][j]}", lang=lang,
                          fmt=L.FMT_SCORE, fill=None, value=float(x[i, j]))
            else:
                L.put(ws, x0 + i, c0 + j, float(x[i, j]), lang=lang, fmt=L.FMT_SCORE,
                      border=True)
    wsum = f"SUM({L.area(weight_row, c0, weight_row, c1)})"

    # 2. normalized matrix
    row = x0 + m + 1
    block_header(row, "r.normalized")
    r0 = row + 2
    normalized = []
    for i, name in enumerate(directions):
        label(r0 + i, name)
        cells = []
        for j in range(n):
            colrange = L.area(x0, c0 + j, x0 + m - 1, c0 + j)
            f = _normalized_formula(normalization, L.ref(x0 + i, c0 + j), colrange,
                                    L.ref(type_row, c0 + j, absolute=True), m)
            cells.append(L.formula(ws, r0 + i, c0 + j, f, lang=lang, fmt=L.FMT_WEIGHT,
                                   value=_v(values, "normalized", i, j)).coordinate)
        normalized.append(tuple(cells))

    # 3. weighted normalized matrix, ideal and anti-ideal
    row = r0 + m + 1
    block_header(row, "r.weighted")
    v0 = row + 2
    weighted = []
    for i, name in enumerate(directions):
        label(v0 + i, name)
        cells = []
        for j in range(n):
            f = f"={L.ref(r0 + i, c0 + j)}*{L.ref(weight_row, c0 + j, absolute=True)}/{wsum}"
            cells.append(L.formula(ws, v0 + i, c0 + j, f, lang=lang, fmt=L.FMT_WEIGHT,
                                   value=_v(values, "weighted", i, j)).coordinate)
        weighted.append(tuple(cells))
    ideal_row, anti_row = v0 + m, v0 + m + 1
    L.put(ws, ideal_row, 1, tr("r.ideal", lang), lang=lang, bold=True, border=True)
    L.put(ws, anti_row, 1, tr("r.anti_ideal", lang), lang=lang, bold=True, border=True)
    ideal, anti = [], []
    for j in range(n):
        vrange = L.area(v0, c0 + j, v0 + m - 1, c0 + j)
        up = f"{L.ref(type_row, c0 + j, absolute=True)}>0"
        if normalization == "vector":  # cost columns keep their direction: ideal is the minimum
            fi, fa = (f"=IF({up},MAX({vrange}),MIN({vrange}))", f"=IF({up},MIN({vrange}),MAX({vrange}))")
        else:  # cost columns were already reversed by the normalization
            fi, fa = f"=MAX({vrange})", f"=MIN({vrange})"
        ideal.append(L.formula(ws, ideal_row, c0 + j, fi, lang=lang, fmt=L.FMT_WEIGHT, bold=True,
                               value=_v(values, "ideal", j)).coordinate)
        anti.append(L.formula(ws, anti_row, c0 + j, fa, lang=lang, fmt=L.FMT_WEIGHT, bold=True,
                              value=_v(values, "anti_ideal", j)).coordinate)

    # 4. distances, closeness, rank
    row = anti_row + 2
    L.section(ws, row, tr("r.result", lang), lang=lang, width=width)
    L.header(ws, row + 1, 1, [tr("q.direction", lang), tr("r.d_plus", lang), tr("r.d_minus", lang),
                              tr("r.closeness", lang), tr("r.rank", lang)], lang=lang)
    L.fit_row(ws, row + 1, widths, lang=lang, fill=0.7)
    d0 = row + 2
    ideal_range = L.area(ideal_row, c0, ideal_row, c1)
    anti_range = L.area(anti_row, c0, anti_row, c1)
    d_plus, d_minus, closeness, ranks = [], [], [], []
    close_range = L.area(d0, 4, d0 + m - 1, 4)
    for i, name in enumerate(directions):
        r = d0 + i
        vrow = L.area(v0 + i, c0, v0 + i, c1, absolute=False)
        label(r, name)
        d_plus.append(L.formula(ws, r, 2, f"=SQRT(SUMXMY2({vrow},{ideal_range}))", lang=lang,
                                fmt=L.FMT_WEIGHT, value=_v(values, "d_plus", i)).coordinate)
        d_minus.append(L.formula(ws, r, 3, f"=SQRT(SUMXMY2({vrow},{anti_range}))", lang=lang,
                                 fmt=L.FMT_WEIGHT, value=_v(values, "d_minus", i)).coordinate)
        total = f"(B{r}+C{r})"
        closeness.append(L.formula(ws, r, 4, f"=IF({total}<=0,0.5,C{r}/{total})", lang=lang,
                                   fmt=L.FMT_WEIGHT, bold=True,
                                   value=_v(values, "closeness", i)).coordinate)
        rank = _v(values, "ranks", i)
        ranks.append(L.formula(ws, r, 5, f"=RANK(D{r},{close_range},0)", lang=lang,
                               fmt=L.FMT_INT, bold=True,
                               value=None if rank is None else int(rank)).coordinate)
    L.colour_scale(ws, close_range)
    for r in labelled:
        L.fit_row(ws, r, {1: widths[1]}, lang=lang)
    return TopsisCells(
        weights=tuple(L.ref(weight_row, c0 + j) for j in range(n)),
        normalized=tuple(normalized), weighted=tuple(weighted), ideal=tuple(ideal),
        anti_ideal=tuple(anti), d_plus=tuple(d_plus), d_minus=tuple(d_minus),
        closeness=tuple(closeness), ranks=tuple(ranks), last_row=d0 + m - 1,
        matrix=matrix_refs, types=tuple(L.ref(type_row, c0 + j) for j in range(n)),
        ahp=tuple(L.ref(ahp_target, c0 + j) for j in range(n)),
    )


def link_weights(ws: Worksheet, cells: TopsisCells, sources: Sequence[str], values,
                 lang: str) -> None:
    """Make the weight row of a TOPSIS sheet formulas on ``sources`` (references to the vector
    that ranked, on the objective weights sheet), each carrying the engine's ``values``."""
    for ref, source, value in zip(cells.weights, sources, values, strict=True):
        cell = ws[ref]
        L.formula(ws, cell.row, cell.column, f"={source}", lang=lang, fmt=L.FMT_WEIGHT,
                  value=float(value))
        L.unlock(cell)


def sheet_widths(n_criteria: int, lang: str) -> dict[int, float]:
    """Column widths of a TOPSIS sheet: the direction names, then one column per criterion."""
    return {1: 34 if lang == "zh" else 40, **{FIRST_COL + j: 14 for j in range(max(n_criteria, 4))}}


def finish_topsis_sheet(ws: Worksheet, n_criteria: int, lang: str) -> None:
    """Widths, frozen direction column and print setup for a sheet holding TOPSIS blocks."""
    L.widths(ws, sheet_widths(n_criteria, lang))
    ws.freeze_panes = "B4"
    L.print_setup(ws, landscape=True)

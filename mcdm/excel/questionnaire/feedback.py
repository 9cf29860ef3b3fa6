"""Live consistency feedback beside each judgment block of a questionnaire (worksheet formulas).

The expert fills the questionnaire offline, so the sheet itself shows what the app would say:

- the judgment matrix, rebuilt from the answer rows (reciprocals below the diagonal, blank where
  a judgment is missing);
- row-geometric-mean weights (Crawford & Williams 1985); with missing judgments the logarithmic
  least squares solution, solved in the sheet (MINVERSE / MMULT) exactly as
  :func:`mcdm.ahp.incomplete.llsm` does, so the GCI equals the engine's;
- the geometric consistency index GCI (Aguarón & Moreno-Jiménez 2003) with the degrees of freedom
  of :func:`mcdm.ahp.gci`, red above :func:`mcdm.ahp.gci_threshold`;
- an approximate CR: λmax ≈ mean_i (A w)_i / w_i with those weights, a missing a_ij
  counting as the consistent w_i / w_j (Harker 1987), RI from the project's table, red above the
  project's CR threshold.

A test recalculates these formulas in LibreOffice and compares weights and GCI with the AHP engine
(complete and incomplete matrices) and the approximate CR with a numpy transcription.
"""

from __future__ import annotations

import math

from openpyxl.styles import Alignment

from mcdm.excel import layout as L
from mcdm.excel.labels import tr
from mcdm.excel.questionnaire import plan as P


def gci_threshold(n: int) -> float:
    from mcdm.ahp import gci_threshold as threshold

    return threshold(n)


def write_feedback(ws, project, block: P.JudgmentBlock, lang: str, pair_row: dict) -> None:
    """Matrix, weights, GCI, approximate CR and the answered count for one block."""
    n = len(block.items)
    names = [project.node(c).label.get(lang) for c in block.items]
    first, last = block.first_row, block.first_row + len(block.pairs) - 1
    wcol = P.COL_MATRIX + 1 + n
    weight = {c: L.ref(first + i, wcol, absolute=True) for i, c in enumerate(block.items)}
    for pr in block.pairs:  # each known pair's squared log error, summed into the GCI
        r = pr.row
        L.formula(ws, r, P.COL_TERM, f'=IF(ISNUMBER(F{r}),LN(F{r}*{weight[pr.b]}/{weight[pr.a]})^2,"")',
                  fill=None, border=False)
    hdr = block.header_row
    L.put(ws, hdr, P.COL_MATRIX, tr("q.node", lang), lang=lang, bold=True, border=True)
    for j, name in enumerate(names):
        c = L.put(ws, hdr, P.COL_MATRIX + 1 + j, name, lang=lang, bold=True, border=True, wrap=True)
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    L.put(ws, hdr, wcol, tr("q.weights", lang), lang=lang, bold=True, border=True, wrap=True)
    for i, a in enumerate(block.items):
        r = first + i
        L.put(ws, r, P.COL_MATRIX, names[i], lang=lang, bold=True, border=True)
        for j, b in enumerate(block.items):
            c = P.COL_MATRIX + 1 + j
            if i == j:
                L.put(ws, r, c, 1, lang=lang, border=True, fmt="0.000", fill=L.COMPUTED_FILL)
                continue
            src = f"$F${pair_row[(a, b)] if i < j else pair_row[(b, a)]}"
            val = src if i < j else f"1/{src}"
            L.formula(ws, r, c, f'=IF(ISNUMBER({src}),{val},"")', lang=lang, fmt="0.000")
    _write_llsm(ws, block)
    ys = L.area(first, P.COL_Y, first + n - 1, P.COL_Y)
    for i in range(n):
        L.formula(ws, first + i, wcol, f"=EXP({L.ref(first + i, P.COL_Y)})/SUMPRODUCT(EXP({ys}))",
                  lang=lang, fmt=L.FMT_WEIGHT, bold=True)
    fb = block.feedback_row
    L.put(ws, fb, P.COL_MATRIX, tr("q.gci", lang), lang=lang, bold=True, border=True)
    terms = L.area(first, P.COL_TERM, last, P.COL_TERM)
    # Degrees of freedom as in mcdm.ahp.gci: known pairs - (n - 1); the complete-matrix formula's
    # 2 / ((n-1)(n-2)) when nothing is missing.
    dof = f"(COUNT({L.area(first, P.COL_VALUE, last, P.COL_VALUE)})-{n - 1})"
    gci = "0" if n < 3 else f"IF({dof}<=0,0,SUM({terms})/{dof})"
    gci_cell = L.formula(ws, fb, P.COL_MATRIX + 1, f"={gci}", lang=lang, fmt="0.000", bold=True)
    L.put(ws, fb + 1, P.COL_MATRIX, tr("q.gci_threshold", lang), lang=lang, border=True)
    threshold = gci_threshold(n)
    thr = L.put(ws, fb + 1, P.COL_MATRIX + 1, threshold if math.isfinite(threshold) else "—",
                lang=lang, border=True, fmt="0.00")
    if n >= 3:
        L.red_above(ws, gci_cell.coordinate, thr.coordinate)
    _write_cr(ws, project, block, lang, fb + 2)
    L.put(ws, fb + 4, P.COL_MATRIX, tr("q.answered", lang), lang=lang, border=True)
    L.formula(ws, fb + 4, P.COL_MATRIX + 1,
              f'=COUNT({L.area(first, P.COL_VALUE, last, P.COL_VALUE)})&" / {len(block.pairs)}"', lang=lang)
    L.put(ws, fb + 4, P.COL_MATRIX + 2, tr("q.incomplete_note", lang), lang=lang, color="7F7F7F")



def _write_llsm(ws, block: P.JudgmentBlock) -> None:
    """Log weights y minimising Σ_known (ln a_ij − y_i + y_j)² (Crawford & Williams 1985; Bozóki,
    Fülöp & Rónyai 2010 for incomplete matrices): (L + 11ᵀ) y = r with L the Laplacian of the
    known pairs and r_i = Σ_j ln a_ij, solved as :func:`mcdm.ahp.incomplete.llsm` does. For a
    complete matrix this is the row geometric mean. If the known pairs do not connect every item
    the system is singular and the sheet falls back to each row's geometric mean."""
    n, first = len(block.items), block.first_row
    m0 = P.COL_MATRIX + 1
    for i in range(n):
        r = first + i
        row = L.area(r, m0, r, m0 + n - 1)
        for j in range(n):
            a = L.ref(r, m0 + j)
            ln = "0" if i == j else f'IF(ISNUMBER({a}),LN({a}),0)'
            lap = f"COUNT({row})" if i == j else f"IF(ISNUMBER({a}),0,1)"
            L.formula(ws, r, P.COL_LN + j, f"={ln}", fill=None, border=False)
            L.formula(ws, r, P.COL_LAP + j, f"={lap}", fill=None, border=False)
        L.formula(ws, r, P.COL_R, f"=SUM({L.area(r, P.COL_LN, r, P.COL_LN + n - 1)})", fill=None,
                  border=False)
    system = L.area(first, P.COL_LAP, first + n - 1, P.COL_LAP + n - 1)
    rhs = L.area(first, P.COL_R, first + n - 1, P.COL_R)
    for i in range(n):
        r = first + i
        gm = f"LN(GEOMEAN({L.area(r, m0, r, m0 + n - 1)}))"
        L.formula(ws, r, P.COL_Y, f"=IFERROR(INDEX(MMULT(MINVERSE({system}),{rhs}),{i + 1}),{gm})",
                  fill=None, border=False)


def _write_cr(ws, project, block: P.JudgmentBlock, lang: str, row: int) -> None:
    """CR with λmax estimated from the sheet's weights, λ ≈ mean_i (A w)_i / w_i (Saaty's
    approximation); a missing a_ij counts as the consistent w_i / w_j (Harker 1987), i.e. adds 1."""
    from mcdm.ahp import random_index

    n, first = len(block.items), block.first_row
    wcol = P.COL_MATRIX + 1 + n
    for j in range(n):
        L.formula(ws, first, P.COL_WROW + j, f"={L.ref(first + j, wcol)}", fill=None, border=False)
    wrow = L.area(first, P.COL_WROW, first, P.COL_WROW + n - 1)
    for i in range(n):
        r = first + i
        mrow = L.area(r, P.COL_MATRIX + 1, r, P.COL_MATRIX + n)
        L.formula(ws, r, P.COL_LAMBDA, f"=SUMPRODUCT({mrow},{wrow})/{L.ref(r, wcol)}+COUNTBLANK({mrow})",
                  fill=None, border=False)
    ri = random_index(n, project.settings.ri_table)
    lam = f"SUM({L.area(first, P.COL_LAMBDA, first + n - 1, P.COL_LAMBDA)})/{n}"
    cr = "0" if n < 3 or not ri > 0 else f"(({lam})-{n})/{n - 1}/{ri!r}"
    L.put(ws, row, P.COL_MATRIX, tr("q.cr_approx", lang), lang=lang, bold=True, border=True)
    cell = L.formula(ws, row, P.COL_MATRIX + 1, f"={cr}", lang=lang, fmt="0.000", bold=True)
    L.put(ws, row + 1, P.COL_MATRIX, tr("q.cr_threshold", lang), lang=lang, border=True)
    thr = L.put(ws, row + 1, P.COL_MATRIX + 1, project.settings.cr_threshold, lang=lang, border=True,
                fmt="0.00")
    if n >= 3:
        L.red_above(ws, cell.coordinate, thr.coordinate)

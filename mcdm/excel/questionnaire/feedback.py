"""Live consistency feedback beside each judgment block of a questionnaire (worksheet formulas).

The expert fills the questionnaire offline, so the sheet itself shows what the app would say:

- the judgment matrix, rebuilt from the answer rows (reciprocals below the diagonal, blank where
  a judgment is missing);
- the weights by the project's method, named in a note beside them: the eigenvector method
  (power iteration, :func:`.live.write_eigen`) — exact for a complete matrix; with missing
  judgments Harker's completion, which the note calls approximate because the app fills missing
  judgments so as to minimise λmax (Bozóki, Fülöp & Rónyai 2010) — or the geometric mean method
  (with missing judgments the LLSM solution), exact;
- the geometric consistency index GCI (Aguarón & Moreno-Jiménez 2003) from the LLSM weights,
  with the degrees of freedom of :func:`mcdm.ahp.gci`, red above :func:`mcdm.ahp.gci_threshold`;
- CR with λ = mean_i (A w)_i / w_i (a missing a_ij counting as the consistent w_i / w_j):
  exactly λmax for the eigenvector of a complete matrix, Harker's λ (an upper bound of the
  app's) with missing judgments, an approximation with geometric-mean weights; red above the
  project's threshold, labelled "approx." whenever it is not the app's number;
- whether the answers connect the items: if not, no weights are shown and a red line names the
  items cut off (:func:`.live.write_reach`).

Tests recalculate these formulas in LibreOffice and compare them with the AHP engine.
"""

from __future__ import annotations

import math

from openpyxl.styles import Alignment

from mcdm.excel import layout as L
from mcdm.excel.labels import tr
from mcdm.excel.questionnaire import live
from mcdm.excel.questionnaire import plan as P


def gci_threshold(n: int) -> float:
    from mcdm.ahp import gci_threshold as threshold

    return threshold(n)


def _text(value: str) -> str:
    """A worksheet string literal."""
    return '"' + value.replace('"', '""') + '"'


def write_feedback(ws, project, block: P.JudgmentBlock, lang: str, pair_row: dict) -> None:
    """Matrix, weights, GCI, CR, the answered count and the connectivity line for one block."""
    n = len(block.items)
    names = [project.node(c).label.get(lang) for c in block.items]
    first, last = block.first_row, block.first_row + len(block.pairs) - 1
    cm = block.col_matrix
    wcol = cm + 1 + n
    eigen = project.settings.priority_method == "eigenvector"
    hdr = block.header_row
    L.put(ws, hdr, cm, tr("q.node", lang), lang=lang, bold=True, border=True)
    for j, name in enumerate(names):
        c = L.put(ws, hdr, cm + 1 + j, name, lang=lang, bold=True, border=True, wrap=True)
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    L.put(ws, hdr, wcol, tr("q.weights_eigen" if eigen else "q.weights", lang), lang=lang,
          bold=True, border=True, wrap=True)
    for i, a in enumerate(block.items):
        r = first + i
        L.put(ws, r, cm, names[i], lang=lang, bold=True, border=True)
        for j, b in enumerate(block.items):
            c = cm + 1 + j
            if i == j:
                L.put(ws, r, c, 1, lang=lang, border=True, fmt="0.000", fill=L.COMPUTED_FILL)
                continue
            src = f"$F${pair_row[(a, b)] if i < j else pair_row[(b, a)]}"
            val = src if i < j else f"1/{src}"
            L.formula(ws, r, c, f'=IF(ISNUMBER({src}),{val},"")', lang=lang, fmt="0.000")
    live.write_llsm(ws, block)
    flags = live.write_reach(ws, block)
    connected = flags["connected"]
    ys = L.area(first, P.COL_Y, first + n - 1, P.COL_Y)
    eig = live.write_eigen(ws, block) if eigen else None
    for i in range(n):
        raw = (f"=INDEX({eig},{i + 1})" if eigen else
               f"=EXP({L.ref(first + i, P.COL_Y)})/SUMPRODUCT(EXP({ys}))")
        L.formula(ws, first + i, P.COL_WRAW, raw, fill=None, border=False)
        L.formula(ws, first + i, wcol, f'=IF({connected}=1,{L.ref(first + i, P.COL_WRAW)},"")',
                  lang=lang, fmt=L.FMT_WEIGHT, bold=True)
    y = {c: L.ref(first + i, P.COL_Y, absolute=True) for i, c in enumerate(block.items)}
    for pr in block.pairs:  # each known pair's squared log error, summed into the GCI
        r = pr.row
        L.formula(ws, r, P.COL_TERM, f'=IF(ISNUMBER(F{r}),(LN(F{r})-{y[pr.a]}+{y[pr.b]})^2,"")',
                  fill=None, border=False)
    fb = block.feedback_row
    values = L.area(first, P.COL_VALUE, last, P.COL_VALUE)
    L.put(ws, fb, cm, tr("q.gci", lang), lang=lang, bold=True, border=True)
    terms = L.area(first, P.COL_TERM, last, P.COL_TERM)
    # Degrees of freedom as in mcdm.ahp.gci: known pairs - (n - 1); the complete-matrix formula's
    # 2 / ((n-1)(n-2)) when nothing is missing.
    dof = f"(COUNT({values})-{n - 1})"
    gci = "0" if n < 3 else f"IF({dof}<=0,0,SUM({terms})/{dof})"
    gci_cell = L.formula(ws, fb, cm + 1, f'=IF({connected}=1,{gci},"")', lang=lang, fmt="0.000",
                         bold=True)
    L.put(ws, fb + 1, cm, tr("q.gci_threshold", lang), lang=lang, border=True)
    threshold = gci_threshold(n)
    thr = L.put(ws, fb + 1, cm + 1, threshold if math.isfinite(threshold) else "—",
                lang=lang, border=True, fmt="0.00")
    if n >= 3:
        _red_above(ws, gci_cell.coordinate, thr.coordinate)
    complete = f"COUNT({values})={len(block.pairs)}"
    _write_cr(ws, project, block, lang, fb + 2, connected, complete, eigen)
    L.put(ws, fb + 4, cm, tr("q.answered", lang), lang=lang, border=True)
    L.formula(ws, fb + 4, cm + 1, f'=COUNT({values})&" / {len(block.pairs)}"', lang=lang)
    _write_notes(ws, block, lang, fb, flags, complete, eigen)


def _red_above(ws, cell: str, threshold: str) -> None:
    # A blank ("") result compares above any number in a spreadsheet: test for a number first.
    L.red_when(ws, cell, f"AND(ISNUMBER({cell}),{cell}>{threshold})")


def _write_cr(ws, project, block: P.JudgmentBlock, lang: str, row: int, connected: str,
              complete: str, eigen: bool) -> None:
    """CR = (λ − n) / (n − 1) / RI with λ = mean_i ((A w)_i / w_i + missing_i)."""
    from mcdm.ahp import random_index

    n, first, cm = len(block.items), block.first_row, block.col_matrix
    for j in range(n):
        L.formula(ws, first, P.COL_WROW + j, f"={L.ref(first + j, P.COL_WRAW)}", fill=None,
                  border=False)
    wrow = L.area(first, P.COL_WROW, first, P.COL_WROW + n - 1)
    for i in range(n):
        r = first + i
        mrow = L.area(r, cm + 1, r, cm + n)
        L.formula(ws, r, P.COL_LAMBDA,
                  f"=SUMPRODUCT({mrow},{wrow})/{L.ref(r, P.COL_WRAW)}+COUNTBLANK({mrow})",
                  fill=None, border=False)
    ri = random_index(n, project.settings.ri_table)
    lam = f"SUM({L.area(first, P.COL_LAMBDA, first + n - 1, P.COL_LAMBDA)})/{n}"
    cr = "0" if n < 3 or not ri > 0 else f"(({lam})-{n})/{n - 1}/{ri!r}"
    exact, approx = _text(tr("q.cr", lang)), _text(tr("q.cr_approx", lang))
    label = f"=IF({complete},{exact},{approx})" if eigen else f"={approx}"
    L.formula(ws, row, cm, label, lang=lang, bold=True, fill=None)
    cell = L.formula(ws, row, cm + 1, f'=IF({connected}=1,{cr},"")', lang=lang, fmt="0.000",
                     bold=True)
    L.put(ws, row + 1, cm, tr("q.cr_threshold", lang), lang=lang, border=True)
    thr = L.put(ws, row + 1, cm + 1, project.settings.cr_threshold, lang=lang, border=True,
                fmt="0.00")
    if n >= 3:
        _red_above(ws, cell.coordinate, thr.coordinate)


def _write_notes(ws, block: P.JudgmentBlock, lang: str, fb: int, flags: dict, complete: str,
                 eigen: bool) -> None:
    """The method note beside the GCI and the connectivity line beside the answered count."""
    cm, first, n = block.col_matrix, block.first_row, len(block.items)
    if eigen:
        note = (f"=IF({complete},{_text(tr('q.method.eigen', lang))},"
                f"{_text(tr('q.method.harker', lang))})")
    else:
        note = "=" + _text(tr("q.method.gm", lang))
    L.formula(ws, fb, cm + 2, note, lang=lang, fill=None, border=False)
    ws.cell(row=fb, column=cm + 2).font = L.font(lang, color="595959")
    sep = "、" if lang == "zh" else ", "
    parts = "&".join(f'IF(INDEX({flags["cut"]},{i + 1})=1,{_text(sep)}&{L.ref(first + i, cm)},"")'
                     for i in range(n))
    values = L.area(first, P.COL_VALUE, block.first_row + len(block.pairs) - 1, P.COL_VALUE)
    text = (f'=IF(AND(COUNT({values})>0,{flags["cut_count"]}>0),'
            f'{_text(tr("q.cut_off", lang))}&MID({parts},{len(sep) + 1},2000),"")')
    cell = L.formula(ws, fb + 4, cm + 2, text, lang=lang, fill=None, border=False)
    L.red_when(ws, cell.coordinate, f'{cell.coordinate}<>""')

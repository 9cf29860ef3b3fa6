"""One industry's objective and combined weights (客观赋权 · 组合赋权) as live worksheet formulas.

The sheet restates :mod:`mcdm.weights` cell by cell on the TOPSIS sheet's decision matrix
(linked, so a changed score flows through): the entropy weight method (Hwang & Yoon 1981,
pp. 52–54) on shares of the column sums or, for ``entropy_minmax``, of the min-max normalized
matrix with costs reversed; CRITIC (Diakoulaki, Mavrotas & Papayannakis 1995) with the sample
standard deviation and the correlations among the criteria that are not constant; then the
combination with the AHP weights, w ∝ a·o or α·a + (1 − α)·o. A block at the top sets the three
vectors side by side and marks the one that ranked; its last row ("Weights that ranked") is
what the TOPSIS sheet's weight row links to when objective or combined weights rank.

Edge cases as in the engine: a constant column has p = 1/m, e = 1, weight 0 and is left out of
the correlations ("—"); 0·ln 0 = 0 (``LN(p + (p = 0))`` turns the logarithm of 0 into 0). Every
formula carries the engine's value as its cached result; a test recalculates the sheets in
LibreOffice for every weighting setting and compares both with the engine to 1e-9.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from mcdm.excel import layout as L
from mcdm.excel.labels import tr, type_format
from mcdm.excel.report.topsis import constant_test
from mcdm.project.settings import spec

C0 = 2  # column B: the first criterion
USED_FILL = L.PatternFill("solid", fgColor="E2EFDA")  # pale green: the vector that ranked


@dataclass(frozen=True)
class ObjectiveCells:
    """Where each quantity sits (A1 references on the sheet), for tests and the TOPSIS link.

    Matrices are row by row (directions, or criteria for ``correlation``); tables a method
    does not have are empty. ``vectors`` holds the comparison block's rows by name ("ahp",
    "objective", "combined"; the latter two only when defined); ``used`` is the row that ranked.
    """

    matrix: tuple = ()
    constant: tuple = ()
    normalized: tuple = ()
    p: tuple = ()
    e: tuple = ()
    d: tuple = ()
    sigma: tuple = ()
    correlation: tuple = ()
    conflict: tuple = ()
    information: tuple = ()
    objective: tuple = ()
    subjective_scaled: tuple = ()
    objective_scaled: tuple = ()
    alpha: str | None = None
    combined: tuple = ()
    vectors: dict = field(default_factory=dict)
    used: tuple = ()


def _cap(text: str, lang: str) -> str:
    return text[:1].upper() + text[1:] if lang == "en" else text


def vector_label(name: str, weighting, lang: str) -> str:
    """"组合赋权（乘法合成）", "Objective (entropy weights)": a vector named by the settings."""
    word = _cap(spec("weighting").word(name, lang), lang)
    if name == "objective":
        detail = spec("objective_method").word(weighting.method, lang)
    elif name == "combined":
        detail = spec("combination").word(weighting.combine_method, lang)
        if weighting.combine_method == "linear":
            detail += f"{'，' if lang == 'zh' else ', '}α = {weighting.alpha:g}"
    else:
        return word
    return f"{word}（{detail}）" if lang == "zh" else f"{word} ({detail})"


class _Sheet:
    """A cursor writing labelled rows and matrices with criteria in columns B…"""

    def __init__(self, ws, lang: str, criteria, directions) -> None:
        self.ws, self.lang = ws, lang
        self.criteria, self.directions = tuple(criteria), tuple(directions)
        self.n, self.m = len(criteria), len(directions)
        self.widths = {1: 40 if lang == "zh" else 46, **{C0 + j: 14 for j in range(self.n)}}

    def col(self, r0: int, j: int, rows: int | None = None) -> str:
        return L.area(r0, C0 + j, r0 + (rows or self.m) - 1, C0 + j)

    def row(self, r: int, c1: int | None = None) -> str:
        return L.area(r, C0, r, c1 if c1 is not None else C0 + self.n - 1)

    def header(self, r: int, title: str, first: str | None = None) -> int:
        ws, lang = self.ws, self.lang
        L.section(ws, r, title, lang=lang, width=self.n + 1)
        L.put(ws, r + 1, 1, first if first is not None else tr("q.direction", lang), lang=lang,
              bold=True, border=True)
        for j, name in enumerate(self.criteria):
            L.put(ws, r + 1, C0 + j, name, lang=lang, bold=True, wrap=True, border=True)
        L.fit_row(ws, r + 1, self.widths, lang=lang, fill=0.7)
        return r + 2

    def label(self, r: int, text: str, *, bold: bool = False, fill=None) -> None:
        L.put(self.ws, r, 1, text, lang=self.lang, bold=bold, border=True, wrap=True, fill=fill)
        L.fit_row(self.ws, r, {1: self.widths[1]}, lang=self.lang)

    def cells(self, r: int, formulas, values, fmt: str = L.FMT_WEIGHT, *, bold=False,
              fill=L.COMPUTED_FILL) -> tuple[str, ...]:
        out = []
        for j, (f, v) in enumerate(zip(formulas, values, strict=True)):
            out.append(L.formula(self.ws, r, C0 + j, f, lang=self.lang, fmt=fmt, bold=bold,
                                 fill=fill, value=v).coordinate)
        return tuple(out)

    def matrix(self, r0: int, formula, values, fmt: str = L.FMT_WEIGHT, labels=None) -> tuple:
        labels = labels if labels is not None else self.directions
        out = []
        for i, name in enumerate(labels):
            self.label(r0 + i, name)
            out.append(self.cells(r0 + i, [formula(i, j) for j in range(self.n)],
                                  [_value(values, i, j) for j in range(self.n)], fmt))
        return tuple(out)


def _value(values, i, j):
    v = values[i][j] if not isinstance(values, np.ndarray) else values[i, j]
    return "—" if isinstance(v, float) and np.isnan(v) else v


def write_objective(ws, view, topsis, topsis_title: str, lang: str) -> ObjectiveCells:
    """Write one industry's weighting (``view``: a :class:`~mcdm.tables.portfolio.WeightingView`)
    on ``ws``, linked to the TOPSIS sheet ``topsis_title`` whose cell map is ``topsis``."""
    w = view.weighting
    st = w.objective_steps
    s = _Sheet(ws, lang, view.criteria, view.directions)
    n, m = s.n, s.m
    out: dict = {}
    L.put(ws, 1, 1, f"{tr('r.sheet.objective', lang)} · {view.industry}", lang=lang, bold=True,
          size=13)
    L.put(ws, 2, 1, view.caption, lang=lang, bold=True)
    note = tr("r.objective_note", lang)
    if w.mode == "ahp":
        note += (" " if lang == "en" else "") + tr("r.objective_reference", lang)
    L.put(ws, 3, 1, note, lang=lang, color="595959")
    row = 4
    for note in view.notes:
        L.put(ws, row, 1, note, lang=lang, color=L.BAD_FONT_COLOR)
        row += 1

    # 1. The three vectors (filled in last, once the steps' cells are known).
    compare = s.header(row + 1, tr("r.three_vectors", lang), "")
    type_row, rows = compare, {"ahp": compare + 1, "objective": compare + 2,
                               "combined": compare + 3}
    used_row = compare + 4

    # 2. The decision matrix, linked to the TOPSIS sheet, and which columns are constant.
    def linked(ref: str) -> str:
        return f"={L.quote_sheet(topsis_title)}!{ref}"

    x0 = s.header(used_row + 2, tr("r.linked_matrix", lang))
    out["matrix"] = s.matrix(x0, lambda i, j: linked(topsis.matrix[i][j]), view.matrix,
                             L.FMT_SCORE)
    row = x0 + m
    if st is not None:
        flag_row = row
        s.label(flag_row, tr("r.constant", lang), bold=True)
        fmt = f'"{tr("r.constant_yes", lang)}";;"—"'
        out["constant"] = s.cells(flag_row, [f"=IF({constant_test(s.col(x0, j))},1,0)"
                                             for j in range(n)],
                                  [int(c) for c in st.constant], fmt)
        flag = [L.ref(flag_row, C0 + j, absolute=True) for j in range(n)]
        typ = [L.ref(type_row, C0 + j, absolute=True) for j in range(n)]
        row = _steps(s, st, w, out, row + 2, x0, flag, typ)
        if w.combination is not None:
            row = _combination(s, w, out, row + 1, rows)

    # 3. Back to the top: the vectors side by side, the one that ranked marked and filled.
    s.label(type_row, tr("r.type", lang), bold=True)
    s.cells(type_row, [linked(r) for r in topsis.types], [int(t) for t in view.types],
            type_format(lang), fill=None)
    sources = {"ahp": [linked(r) for r in topsis.ahp],
               "objective": [f"={r}" for r in out.get("objective", ())],
               "combined": [f"={r}" for r in out.get("combined", ())]}
    vectors = {}
    for name, r in rows.items():
        ranked = name == w.used
        text = vector_label(name, w, lang) + (f"  {tr('r.ranked_mark', lang)}" if ranked else "")
        s.label(r, text, bold=ranked, fill=USED_FILL if ranked else None)
        values = w.vector(name)
        if values is None or not sources[name]:
            for j in range(n):
                L.put(ws, r, C0 + j, "—", lang=lang, border=True, color="595959")
            continue
        vectors[name] = s.cells(r, sources[name], [float(v) for v in values],
                                fill=USED_FILL if ranked else L.COMPUTED_FILL, bold=ranked)
    s.label(used_row, tr("r.weight_used", lang), bold=True)
    out["used"] = s.cells(used_row, [f"={c}" for c in vectors[w.used]],
                          [float(v) for v in w.weights], bold=True, fill=USED_FILL)
    out["vectors"] = vectors
    L.widths(ws, s.widths)
    ws.freeze_panes = "B4"
    L.print_setup(ws, landscape=True)
    return ObjectiveCells(**out)


def _steps(s: _Sheet, st, w, out: dict, row: int, x0: int, flag, typ) -> int:
    """The objective method's steps from ``row``; returns the next free row."""
    lang, n, m = s.lang, s.n, s.m
    method = spec("objective_method").word(w.method, lang)
    L.put(s.ws, row, 1, tr("r.steps", lang, method=method), lang=lang, bold=True, size=12)
    row += 1
    base = x0
    if w.method in ("entropy_minmax", "critic"):
        r0 = s.header(row, tr("r.minmax_r", lang))

        def minmax(i, j):
            x, col = L.ref(x0 + i, C0 + j), s.col(x0, j)
            span = f"(MAX({col})-MIN({col}))"
            return (f"=IF({flag[j]}=1,1,IF({typ[j]}>0,({x}-MIN({col}))/{span},"
                    f"(MAX({col})-{x})/{span}))")
        out["normalized"] = s.matrix(r0, minmax, st.normalized)
        base, row = r0, r0 + m + 1
    if w.method != "critic":
        r0 = s.header(row, tr("r.shares_x" if base == x0 else "r.shares_r", lang))
        out["p"] = s.matrix(r0, lambda i, j: (f"=IF({flag[j]}=1,1/{m},{L.ref(base + i, C0 + j)}"
                                              f"/SUM({s.col(base, j)}))"), st.p)
        e_row = r0 + m
        s.label(e_row, tr("r.entropy", lang), bold=True)
        out["e"] = s.cells(e_row, [
            f"=IF({flag[j]}=1,1,MIN(1,MAX(0,-SUMPRODUCT({s.col(r0, j)},"
            f"LN({s.col(r0, j)}+({s.col(r0, j)}=0)))/LN({m}))))" for j in range(n)], st.e)
        s.label(e_row + 1, tr("r.divergence", lang), bold=True)
        out["d"] = s.cells(e_row + 1, [f"=1-{L.ref(e_row, C0 + j)}" for j in range(n)], st.d)
        last, key = e_row + 1, "r.entropy_weight"
    else:
        s.label(row, tr("r.sigma", lang), bold=True)
        out["sigma"] = s.cells(row, [f"=_xlfn.STDEV.S({s.col(base, j)})" for j in range(n)],
                               st.sigma)
        r0 = s.header(row + 2, tr("r.correlation", lang), tr("q.under", lang))
        out["correlation"] = s.matrix(
            r0, lambda a, b: (f'=IF(OR({flag[a]}=1,{flag[b]}=1),"—",'
                              f"CORREL({s.col(base, a)},{s.col(base, b)}))"),
            st.correlation, L.FMT_RATIO, labels=s.criteria)
        c_row = r0 + n
        s.label(c_row, tr("r.conflict", lang), bold=True)
        out["conflict"] = s.cells(c_row, [
            f"=IF({flag[j]}=1,0,COUNT({s.row(r0 + j)})-SUM({s.row(r0 + j)}))"
            for j in range(n)], st.conflict)
        s.label(c_row + 1, tr("r.information", lang), bold=True)
        out["information"] = s.cells(c_row + 1, [
            f"={L.ref(row, C0 + j)}*{L.ref(c_row, C0 + j)}" for j in range(n)], st.information)
        last, key = c_row + 1, "r.critic_weight"
    s.label(last + 1, tr(key, lang), bold=True)
    out["objective"] = s.cells(last + 1, [f"={L.ref(last, C0 + j)}/SUM({s.row(last)})"
                                          for j in range(n)], st.weights, bold=True)
    return last + 3


def _combination(s: _Sheet, w, out: dict, row: int, rows: dict) -> int:
    """a and o scaled to sum 1, then their combination; returns the next free row."""
    lang, n, c = s.lang, s.n, w.combination
    L.put(s.ws, row, 1, vector_label("combined", w, lang), lang=lang, bold=True, size=12)
    a_row, o_row = row + 1, row + 2
    s.label(a_row, tr("r.scaled_ahp", lang))
    out["subjective_scaled"] = s.cells(a_row, [
        f"={L.ref(rows['ahp'], C0 + j)}/SUM({s.row(rows['ahp'])})" for j in range(n)],
        c.subjective)
    s.label(o_row, tr("r.scaled_objective", lang))
    out["objective_scaled"] = s.cells(o_row, [
        f"={c_ref}/SUM({s.row(_row_of(out['objective'][0]))})"
        for c_ref in out["objective"]], c.objective)
    a = [L.ref(a_row, C0 + j) for j in range(n)]
    o = [L.ref(o_row, C0 + j) for j in range(n)]
    if c.method == "linear":
        alpha_row, w_row = row + 3, row + 4
        s.label(alpha_row, spec("combination_alpha").title(lang))
        cell = L.put(s.ws, alpha_row, C0, float(c.alpha), lang=lang, fmt="0.00", border=True)
        L.unlock(cell)  # a reviewer may try another α
        alpha = L.ref(alpha_row, C0, absolute=True)
        out["alpha"] = cell.coordinate
        formulas = [f"={alpha}*{a[j]}+(1-{alpha})*{o[j]}" for j in range(n)]
        key = "r.linear"
    else:
        w_row = row + 3
        formulas = [f"={a[j]}*{o[j]}/SUMPRODUCT({s.row(a_row)},{s.row(o_row)})"
                    for j in range(n)]
        key = "r.multiplicative"
    s.label(w_row, tr(key, lang), bold=True)
    out["combined"] = s.cells(w_row, formulas, c.weights, bold=True)
    return w_row + 2


def _row_of(ref: str) -> int:
    return int("".join(ch for ch in ref if ch.isdigit()))

"""The hidden worksheet calculations behind a block's live feedback: LLSM log weights,
whether the answers connect the items, and the principal eigenvector by power iteration.

All are plain worksheet functions (``INDEX(MMULT(…))``, ``SUMPRODUCT``, ``MINVERSE``) that Excel,
WPS and LibreOffice evaluate without array entry. Each writes into the hidden columns of
:mod:`.plan`, on the rows of the block's matrix (``first`` … ``first + n − 1``).

- :func:`write_llsm` — y minimising Σ_known (ln a_ij − y_i + y_j)² (Crawford & Williams 1985;
  Bozóki, Fülöp & Rónyai 2010 for incomplete matrices), solved as
  :func:`mcdm.ahp.incomplete.llsm` does; the geometric consistency index uses it.
- :func:`write_reach` — the comparison graph's reachability by repeated boolean squaring of
  the adjacency matrix; the items outside the largest connected group (ties: the group of the
  first item) are "cut off", exactly as :func:`mcdm.ahp.incomplete.require_connected` says.
- :func:`write_eigen` — Saaty's principal right eigenvector of the matrix, or, with missing
  judgments, of Harker's (1987) matrix (0 for a missing entry, 1 + missing count on the
  diagonal): B₀ squared :data:`~.plan.EIG_STEPS` times (B₀^65536), normalised at each step so
  nothing overflows; the weights are the row sums of the last power. The error shrinks like
  (|λ₂|/λ₁)^65536, far below display precision for any matrix of up to 20 items.
"""

from __future__ import annotations

import math

from mcdm.excel import layout as L
from mcdm.excel.questionnaire import plan as P

__all__ = ["reach_steps", "write_eigen", "write_llsm", "write_reach"]


def _hidden(ws, row: int, col: int, text: str) -> None:
    L.formula(ws, row, col, text, fill=None, border=False)


def _matrix_row(block: P.JudgmentBlock, i: int) -> str:
    m0, n = block.col_matrix + 1, len(block.items)
    return L.area(block.first_row + i, m0, block.first_row + i, m0 + n - 1)


def write_llsm(ws, block: P.JudgmentBlock) -> None:
    """Log weights in column ``COL_Y``; each row's geometric mean if the system is singular
    (answers that do not connect the items: no weights are shown then)."""
    n, first = len(block.items), block.first_row
    m0 = block.col_matrix + 1
    for i in range(n):
        r = first + i
        row = _matrix_row(block, i)
        for j in range(n):
            a = L.ref(r, m0 + j)
            ln = "0" if i == j else f'IF(ISNUMBER({a}),LN({a}),0)'
            lap = f"COUNT({row})" if i == j else f"IF(ISNUMBER({a}),0,1)"
            _hidden(ws, r, P.COL_LN + j, f"={ln}")
            _hidden(ws, r, P.COL_LAP + j, f"={lap}")
        _hidden(ws, r, P.COL_R, f"=SUM({L.area(r, P.COL_LN, r, P.COL_LN + n - 1)})")
    system = L.area(first, P.COL_LAP, first + n - 1, P.COL_LAP + n - 1)
    rhs = L.area(first, P.COL_R, first + n - 1, P.COL_R)
    for i in range(n):
        r = first + i
        gm = f"LN(GEOMEAN({_matrix_row(block, i)}))"
        _hidden(ws, r, P.COL_Y, f"=IFERROR(INDEX(MMULT(MINVERSE({system}),{rhs}),{i + 1}),{gm})")


def reach_steps(n: int) -> int:
    """Boolean squarings needed for paths of up to n − 1 steps."""
    return max(0, math.ceil(math.log2(n - 1))) if n > 2 else 0


def write_reach(ws, block: P.JudgmentBlock) -> dict[str, str]:
    """Reachability, group sizes and the cut-off items; returns the cells other formulas use:
    ``cut`` (per item, 1 if cut off: a column range), ``cut_count`` and ``connected``
    (1 when something is answered and every item is linked to every other, else 0)."""
    n, first = len(block.items), block.first_row
    m0 = block.col_matrix + 1
    steps = reach_steps(n)
    for i in range(n):
        for j in range(n):
            _hidden(ws, first + i, P.COL_REACH + j,
                    f"=IF(ISNUMBER({L.ref(first + i, m0 + j)}),1,0)")
    for s in range(1, steps + 1):
        prev, base = P.COL_REACH + (s - 1) * P.MAX_ITEMS, P.COL_REACH + s * P.MAX_ITEMS
        for i in range(n):
            row_i = L.area(first + i, prev, first + i, prev + n - 1)
            for j in range(n):
                row_j = L.area(first + j, prev, first + j, prev + n - 1)  # = column j: symmetric
                _hidden(ws, first + i, base + j, f"=IF(SUMPRODUCT({row_i},{row_j})>0,1,0)")
    last = P.COL_REACH + steps * P.MAX_ITEMS
    closure = L.area(first, last, first + n - 1, last + n - 1)
    sizes = L.area(first, P.COL_SIZE, first + n - 1, P.COL_SIZE)
    main = L.ref(first, P.COL_FLAGS, absolute=True)
    for i in range(n):
        _hidden(ws, first + i, P.COL_SIZE,
                f"=SUM({L.area(first + i, last, first + i, last + n - 1)})")
        _hidden(ws, first + i, P.COL_CUT, f"=1-INDEX({closure},{main},{i + 1})")
    _hidden(ws, first, P.COL_FLAGS, f"=MATCH(MAX({sizes}),{sizes},0)")
    cut = L.area(first, P.COL_CUT, first + n - 1, P.COL_CUT)
    values = L.area(block.first_row, P.COL_VALUE, block.first_row + len(block.pairs) - 1,
                    P.COL_VALUE)
    _hidden(ws, first + 1, P.COL_FLAGS, f"=SUM({cut})")
    _hidden(ws, first + 2, P.COL_FLAGS,
            f"=IF(AND(COUNT({values})>0,{L.ref(first + 1, P.COL_FLAGS, absolute=True)}=0),1,0)")
    return {"cut": cut, "cut_count": L.ref(first + 1, P.COL_FLAGS, absolute=True),
            "connected": L.ref(first + 2, P.COL_FLAGS, absolute=True)}


def write_eigen(ws, block: P.JudgmentBlock) -> str:
    """The principal eigenvector (Harker's with missing judgments) in column ``COL_WEIG``;
    returns that column's range."""
    n, first = len(block.items), block.first_row
    m0 = block.col_matrix + 1
    width = P.MAX_ITEMS + 1
    for i in range(n):
        row = _matrix_row(block, i)
        for j in range(n):
            a = L.ref(first + i, m0 + j)
            b0 = f"1+COUNTBLANK({row})" if i == j else f"IF(ISNUMBER({a}),{a},0)"
            _hidden(ws, first + i, P.COL_EIG + j, f"={b0}")
    for s in range(1, P.EIG_STEPS + 1):
        prev, base = P.COL_EIG + (s - 1) * width, P.COL_EIG + s * width
        b = L.area(first, prev, first + n - 1, prev + n - 1)
        scale = L.ref(first, base + P.MAX_ITEMS, absolute=True)
        _hidden(ws, first, base + P.MAX_ITEMS, f"=SUMPRODUCT(MMULT({b},{b}))")
        for i in range(n):
            row_i = L.area(first + i, prev, first + i, prev + n - 1)
            for j in range(n):
                col_j = L.area(first, prev + j, first + n - 1, prev + j)
                _hidden(ws, first + i, base + j, f"=INDEX(MMULT({row_i},{col_j}),1,1)/{scale}")
    last = P.COL_EIG + P.EIG_STEPS * width
    total = L.area(first, last, first + n - 1, last + n - 1)
    for i in range(n):
        _hidden(ws, first + i, P.COL_WEIG,
                f"=SUM({L.area(first + i, last, first + i, last + n - 1)})/SUM({total})")
    return L.area(first, P.COL_WEIG, first + n - 1, P.COL_WEIG)

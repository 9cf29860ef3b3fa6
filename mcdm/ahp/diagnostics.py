"""Diagnostics for inconsistent judgment matrices: errors e_ij, suggestions, repair, cycles.

References
----------
Saaty, T. L. (2003). Decision-making with the AHP: Why is the principal eigenvector
necessary. EJOR 145, 85-91 — the error matrix ε_ij = a_ij w_j / w_i and revising the
judgment with the largest ε (or 1/ε) towards w_i / w_j.
Kendall, M. G. & Babington Smith, B. (1940). On the method of paired comparisons.
Biometrika 31, 324-345 — circular triads (A > B > C > A).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mcdm.ahp.consistency import random_index
from mcdm.ahp.priorities import PriorityResult, priorities
from mcdm.ahp.scales import get_scale, nearest_value
from mcdm.ahp.validation import JudgmentMatrixError, as_judgment_matrix, item_label
from mcdm.errors import Location

__all__ = ["Diagnosis", "JudgmentIssue", "Repair", "diagnose", "intransitive_triples", "repair"]


@dataclass(frozen=True)
class JudgmentIssue:
    """One judgment a_ij (i < j) ranked by how far it is from the weights it produced."""

    row: int
    column: int
    row_name: int | str
    column_name: int | str
    value: float
    error: float          # e_ij = a_ij w_j / w_i (1 = perfectly in line)
    deviation: float      # max(e, 1/e)
    implied: float        # w_i / w_j, what the weights say
    suggested: float      # nearest admissible value on the scale
    cr_if_changed: float  # CR with only this judgment set to ``suggested``


@dataclass(frozen=True)
class Diagnosis:
    """Everything needed to show an expert where the inconsistency comes from."""

    result: PriorityResult
    errors: np.ndarray            # e_ij (nan where the judgment is missing)
    issues: tuple[JudgmentIssue, ...]
    intransitive: tuple[tuple, ...]


def _lambda_max_batch(stack: np.ndarray) -> np.ndarray:
    return np.linalg.eigvals(stack).real.max(axis=-1)


def _cr_batch(stack: np.ndarray, ri: str) -> np.ndarray:
    n = stack.shape[-1]
    if n <= 2:
        return np.zeros(stack.shape[0])
    return np.maximum(_lambda_max_batch(stack) - n, 0.0) / (n - 1) / random_index(n, ri)


def diagnose(matrix, *, method: str = "eigenvector", ri: str = "saaty", scale="saaty",
             names: Sequence[str] | None = None, top: int | None = 5) -> Diagnosis:
    """Rank the judgments by error e_ij = a_ij w_j / w_i and suggest a value for each.

    Parameters
    ----------
    matrix : array_like
        Judgments (``nan`` for missing ones; those are not ranked).
    top : int or None
        How many judgments to return (all if None), worst first by max(e, 1/e).
    scale : str
        The scale suggestions are rounded to (``mcdm.ahp.scales``).
    """
    r = priorities(matrix, method=method, ri=ri, names=names)
    a, _ = as_judgment_matrix(matrix, names=names)
    w = r.weights
    if not (w > 0).all():
        # chains of absurd judgments (say 1e300 twice) push a weight below the smallest float
        i = int(np.argmin(w))
        raise JudgmentMatrixError(
            "judgments.too_extreme",
            f"the judgments are too extreme to diagnose: the weight of {item_label(names, i)} "
            "underflows to zero", location=Location(row=item_label(names, i)),
            expected="judgments whose products stay within about 1e300",
            params={"item_index": i})
    errors = a * w[None, :] / w[:, None]
    n = r.n
    iu, ju = np.triu_indices(n, 1)
    known = ~np.isnan(errors[iu, ju])
    iu, ju = iu[known], ju[known]
    e = errors[iu, ju]
    dev = np.maximum(e, 1.0 / e)
    order = np.argsort(-dev, kind="stable")
    if top is not None:
        order = order[:top]
    implied = w[iu[order]] / w[ju[order]]
    suggested = np.array([nearest_value(x, scale) for x in implied])
    crs = _cr_if_changed(r.matrix, iu[order], ju[order], suggested, ri, complete=r.missing == (),
                         incomplete=a, method=method, names=names)
    issues = tuple(
        JudgmentIssue(int(i), int(j), item_label(names, int(i)), item_label(names, int(j)),
                      float(a[i, j]), float(errors[i, j]), float(dev[k]), float(x), float(s),
                      float(c))
        for k, i, j, x, s, c in zip(order, iu[order], ju[order], implied, suggested, crs,
                                    strict=True)
    )
    return Diagnosis(r, errors, issues, tuple(intransitive_triples(a, names)))


def _cr_if_changed(full, rows, cols, values, ri, *, complete, incomplete, method, names):
    if complete:
        stack = np.repeat(full[None], len(rows), axis=0)
        k = np.arange(len(rows))
        stack[k, rows, cols] = values
        stack[k, cols, rows] = 1.0 / values
        return _cr_batch(stack, ri)
    out = []
    for i, j, v in zip(rows, cols, values, strict=True):
        b = incomplete.copy()
        b[i, j], b[j, i] = v, 1.0 / v
        out.append(priorities(b, method=method, ri=ri, names=names).cr)
    return np.array(out)


@dataclass(frozen=True)
class Repair:
    """A revision of few judgments that brings CR to the threshold."""

    matrix: np.ndarray                         # the revised judgments (nan kept)
    changes: tuple[tuple[int, int, float, float], ...]  # (i, j, old, new), i < j
    cr_before: float
    cr_after: float
    reached: bool
    search: str                                # how the changes were found


def repair(matrix, threshold: float = 0.1, *, ri: str = "saaty", scale="saaty",
           names: Sequence[str] | None = None, max_changes: int | None = None,
           beam: int = 8) -> Repair:
    """Reach CR ≤ ``threshold`` by changing as few judgments as possible.

    Search: every single change (each judgment set to each of the 17 scale values) is tried
    exhaustively in one batched eigenvalue call, so if one change suffices the result is
    minimal; among sufficient changes, the one that moves the judgment least (in log terms)
    wins. Otherwise a beam search keeps the ``beam`` lowest-CR matrices and adds one change at
    a time; the number of changes it returns is then an upper bound. Missing judgments stay
    missing (their completion is held at its starting value during the search, and the final
    CR is recomputed with a fresh optimal completion).
    """
    r0 = priorities(matrix, ri=ri, names=names)
    a, _ = as_judgment_matrix(matrix, names=names)
    n = r0.n
    options = get_scale(scale).judgments()
    iu, ju = np.triu_indices(n, 1)
    known = ~np.isnan(a[iu, ju])
    iu, ju = iu[known], ju[known]
    limit = len(iu) if max_changes is None else max_changes
    if r0.cr <= threshold or n <= 2:
        return Repair(a, (), r0.cr, r0.cr, True, "already within the threshold")
    states = [(r0.matrix, ())]
    for depth in range(1, limit + 1):
        cands, stack = [], []
        for base, changed in states:
            done = {(i, j) for i, j, _, _ in changed}
            for i, j in zip(iu, ju, strict=True):
                if (i, j) in done:
                    continue
                for v in options:
                    if v == base[i, j]:
                        continue
                    b = base.copy()
                    b[i, j], b[j, i] = v, 1.0 / v
                    stack.append(b)
                    cands.append((b, (*changed, (int(i), int(j), float(a[i, j]), float(v)))))
        if not stack:
            break
        crs = _cr_batch(np.array(stack), ri)
        ok = np.flatnonzero(crs <= threshold)
        if ok.size:
            moves = np.array([sum(abs(np.log(new / old)) for _, _, old, new in cands[k][1])
                              for k in ok])
            best = int(ok[np.lexsort((crs[ok], moves))[0]])
            return _finish(a, cands[best][1], r0.cr, threshold, ri, names, depth, beam)
        keep = np.argsort(crs, kind="stable")[:beam]
        states = [cands[k] for k in keep]
    best = states[0][1] if states else ()
    return _finish(a, best, r0.cr, threshold, ri, names, len(best), beam)


def _finish(a, changes, cr_before, threshold, ri, names, depth, beam):
    b = a.copy()
    for i, j, _, new in changes:
        b[i, j], b[j, i] = new, 1.0 / new
    cr_after = priorities(b, ri=ri, names=names).cr
    how = ("exhaustive search over every single change: minimal" if depth == 1 else
           f"no single change suffices (exhaustive); beam search of width {beam} found "
           f"{len(changes)} changes (an upper bound on the minimum)")
    b.flags.writeable = False
    return Repair(b, tuple(changes), cr_before, cr_after, bool(cr_after <= threshold), how)


def intransitive_triples(matrix, names: Sequence[str] | None = None) -> list[tuple]:
    """Ordinal cycles A > B > C > A (a_AB > 1, a_BC > 1, a_CA > 1), each listed once.

    Examples
    --------
    >>> intransitive_triples([[1, 2, 1/2], [1/2, 1, 2], [2, 1/2, 1]], ["A", "B", "C"])
    [('A', 'B', 'C')]
    """
    a, _ = as_judgment_matrix(matrix, names=names)
    p = a > 1.0  # nan compares False: missing judgments close no cycle
    n = a.shape[0]
    out = []
    # cycles i → j → k → i with i the smallest index (each cycle once)
    for i in range(n):
        js = np.flatnonzero(p[i, i + 1:]) + i + 1
        for j in js:
            ks = np.flatnonzero(p[j, i + 1:] & p[i + 1:, i]) + i + 1
            out.extend((item_label(names, i), item_label(names, int(j)), item_label(names, int(k)))
                       for k in ks if k != j)
    return out


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

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from mcdm.ahp.consistency import random_index
from mcdm.ahp.priorities import PriorityResult, priorities
from mcdm.ahp.scales import get_scale, nearest_value
from mcdm.ahp.validation import JudgmentMatrixError, as_judgment_matrix, item_label
from mcdm.errors import Location, item_name

__all__ = ["DEFAULT_MAX_EVALUATIONS", "Diagnosis", "JudgmentIssue", "Repair", "diagnose", "intransitive_triples", "repair"]


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
            params={"item_index": i, "item": item_name(names, i)})
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
    """A revision of few judgments that brings CR to the threshold (or the best found)."""

    matrix: np.ndarray                         # the revised judgments (nan kept)
    changes: tuple[tuple[int, int, float, float], ...]  # (i, j, old, new), i < j
    cr_before: float
    cr_after: float
    reached: bool
    search: str                                # how the changes were found, in words
    evaluations: int = 0                       # candidate matrices whose CR was computed
    budget_exhausted: bool = False             # the budget (or a cancel) cut the search short


DEFAULT_MAX_EVALUATIONS = 12_000


def repair(matrix, threshold: float = 0.1, *, ri: str = "saaty", scale="saaty",
           names: Sequence[str] | None = None, max_changes: int | None = None,
           beam: int = 8, max_evaluations: int = DEFAULT_MAX_EVALUATIONS,
           progress: Callable[[int, int], bool] | None = None) -> Repair:
    """Reach CR ≤ ``threshold`` by changing as few judgments as possible, within a work budget.

    Search: every single change (each judgment set to each of the 17 scale values) is tried
    in one batched eigenvalue call, so if one change suffices the result is minimal; among
    sufficient changes, the one that moves the judgment least (in log terms) wins. Otherwise a
    beam search keeps the ``beam`` lowest-CR matrices and adds one change at a time; the number
    of changes it returns is then an upper bound. Missing judgments stay missing (their
    completion is held at its starting value during the search, and the final CR is recomputed
    with a fresh optimal completion).

    Parameters
    ----------
    max_evaluations : int
        Most candidate matrices whose CR is computed (one eigenvalue problem each; about 20 µs
        at n = 15). When a level of the search does not fit, the candidates on the judgments
        with the largest error e_ij are tried first. If the beam search runs out of budget
        before the threshold, the best matrix found is finished greedily by Saaty's (2003)
        rule — set the judgment with the largest error to the scale value nearest w_i / w_j —
        with evaluations reserved for it (at most ``2 m`` for ``m`` judgments), so the total
        never exceeds ``max_evaluations``. ``budget_exhausted`` then says the answer is the
        best found within the budget, not a search that ran to its end.
    progress : callable, optional
        ``progress(evaluations, max_evaluations) -> bool`` after each batch; returning False
        stops the search as an exhausted budget would (no greedy finish).
    """
    r0 = priorities(matrix, ri=ri, names=names)
    a, _ = as_judgment_matrix(matrix, names=names)
    n = r0.n
    if r0.cr <= threshold or n <= 2:
        return Repair(a, (), r0.cr, r0.cr, True, "already within the threshold")
    if max_evaluations < 1:
        raise ValueError(f"max_evaluations must be at least 1, got {max_evaluations!r}")
    options = np.asarray(get_scale(scale).judgments(), dtype=float)
    iu, ju = np.triu_indices(n, 1)
    known = ~np.isnan(a[iu, ju])
    iu, ju = iu[known], ju[known]
    # Pairs by Saaty's error, worst first: a level cut by the budget keeps the likeliest changes.
    w0 = r0.weights
    e0 = r0.matrix[iu, ju] * w0[ju] / w0[iu]
    worst = np.argsort(-np.maximum(e0, 1.0 / e0), kind="stable")
    iu, ju = iu[worst], ju[worst]
    m, k = len(iu), len(options)
    limit = m if max_changes is None else max_changes
    reserve = min(2 * m, max_evaluations // 4)
    search = _Search(max_evaluations - reserve, progress, max_evaluations)
    states = np.array([r0.matrix])
    changed = [()]
    best = ((), r0.cr)
    depth = 0
    for depth in range(1, limit + 1):
        # candidates ordered pair-major (worst pair first), then beam state, then option
        p, s, o = (x.ravel() for x in np.meshgrid(np.arange(m), np.arange(len(states)),
                                                   np.arange(k), indexing="ij"))
        done = np.array([[any(c[0] == iu[q] and c[1] == ju[q] for c in ch) for q in range(m)]
                         for ch in changed])
        keep = ~done[s, p] & (options[o] != states[s, iu[p], ju[p]])
        p, s, o = p[keep], s[keep], o[keep]
        if not p.size:
            break
        p, s, o = (x[:search.left()] for x in (p, s, o))
        search.cut = search.cut or p.size < keep.sum()
        if not p.size:
            break
        stack = states[s].copy()
        r = np.arange(p.size)
        v = options[o]
        stack[r, iu[p], ju[p]] = v
        stack[r, ju[p], iu[p]] = 1.0 / v
        crs = search.evaluate(stack, ri)
        cands = [(*changed[s[q]], (int(iu[p[q]]), int(ju[p[q]]), float(a[iu[p[q]], ju[p[q]]]),
                                   float(v[q]))) for q in range(p.size)]
        ok = np.flatnonzero(crs <= threshold)
        if ok.size:
            moves = np.array([sum(abs(np.log(new / old)) for _, _, old, new in cands[q])
                              for q in ok])
            pick = int(ok[np.lexsort((crs[ok], moves))[0]])
            return _finish(a, cands[pick], r0.cr, threshold, ri, names, depth, beam, search)
        order = np.argsort(crs, kind="stable")[:beam]
        if crs[order[0]] < best[1]:
            best = (cands[order[0]], float(crs[order[0]]))
        states, changed = stack[order], [cands[q] for q in order]
        if search.stopped or search.left() == 0:
            search.cut = True
            break
    changes = best[0]
    if search.cut and not search.stopped:
        changes = _greedy(a, r0.matrix, changes, threshold, ri, options, search, reserve)
    return _finish(a, changes, r0.cr, threshold, ri, names, depth, beam, search)


class _Search:
    """Counts CR evaluations against the budget and reports progress."""

    def __init__(self, budget, progress, total):
        self.budget, self.progress, self.total = budget, progress, total
        self.used, self.cut, self.stopped, self.greedy = 0, False, False, 0

    def left(self) -> int:
        return 0 if self.stopped else max(self.budget - self.used, 0)

    def evaluate(self, stack, ri):
        self.used += len(stack)
        out = _cr_batch(stack, ri)
        if self.progress is not None and self.progress(self.used, self.total) is False:
            self.stopped = self.cut = True
        return out


def _greedy(a, start, changes, threshold, ri, options, search, steps):
    """Saaty's (2003) rule from the best beam state: fix the largest error, one at a time."""
    b = start.copy()
    for i, j, _, new in changes:
        b[i, j], b[j, i] = new, 1.0 / new
    changes = list(changes)
    known = ~np.isnan(a)
    for _ in range(steps):
        r = priorities(b, ri=ri)
        search.used += 1
        search.greedy += 1
        if r.cr <= threshold:
            break
        w = r.weights
        implied = w[:, None] / w[None, :]
        err = np.maximum(b / implied, implied / b)
        err[~known | ~np.triu(np.ones_like(known), 1).astype(bool)] = 0.0
        snap = options[np.abs(np.log(options)[None, None, :]
                              - np.log(implied)[:, :, None]).argmin(axis=-1)]
        err[snap == b] = 0.0  # rounding would leave it where it is
        if not err.max() > 0.0:
            break
        i, j = np.unravel_index(int(err.argmax()), err.shape)
        b[i, j], b[j, i] = snap[i, j], 1.0 / snap[i, j]
        changes = [c for c in changes if (c[0], c[1]) != (i, j)]
        if snap[i, j] != a[i, j]:
            changes.append((int(i), int(j), float(a[i, j]), float(snap[i, j])))
    return tuple(changes)


def _finish(a, changes, cr_before, threshold, ri, names, depth, beam, search):
    b = a.copy()
    for i, j, _, new in changes:
        b[i, j], b[j, i] = new, 1.0 / new
    cr_after = priorities(b, ri=ri, names=names).cr
    reached = bool(cr_after <= threshold)
    budget = f"a budget of {search.total} CR evaluations"
    if search.stopped:
        how = (f"stopped on request after {search.used} CR evaluations: the best found so far "
               f"({len(changes)} changes)")
    elif search.cut and search.greedy:
        how = (f"best found within {budget}: beam search of width {beam} to depth {depth}, "
               f"then Saaty's largest-error rule; {len(changes)} changes (an upper bound on "
               "the minimum)")
    elif depth == 1:
        how = ("exhaustive search over every single change: minimal" if not search.cut else
               f"one change suffices (minimal), found within {budget} that did not cover "
               "every single change")
    else:
        how = (f"no single change suffices{'' if search.cut else ' (exhaustive)'}; beam "
               f"search of width {beam} found {len(changes)} changes (an upper bound on the "
               f"minimum){f' within {budget}' if search.cut else ''}")
    if not reached:
        how += f"; CR {cr_after:.3f} stays above {threshold:g}"
    b.flags.writeable = False
    return Repair(b, tuple(changes), cr_before, cr_after, reached, how, search.used,
                  search.cut)


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


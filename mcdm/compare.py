"""Cross-check a TOPSIS ranking with other MCDM methods and rank correlations (via pymcdm).

Methods (pymcdm 1.x, each citing its paper in pymcdm's docstring): VIKOR (Opricovic & Tzeng
2004), PROMETHEE II with the usual criterion (Brans & Vincke 1985), WASPAS (Zavadskas et al.
2012), COPRAS (Zavadskas et al. 1994) and SPOTIS (Dezert et al. 2020). Every method is ranked
through its own direction (VIKOR and SPOTIS rank lower-is-better). Correlations between the
rankings: Spearman's r_s, the weighted Spearman r_w (Pinto da Costa & Soares 2005) and the WS
rank-similarity coefficient (Sałabun & Urbaniak 2020), all pymcdm's.

pymcdm is imported lazily (it pulls in matplotlib) and its warnings are silenced: the inputs are
validated here first, and a method that cannot handle the data is reported in ``failed``.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from mcdm._tabular import Tabular
from mcdm._validate import DecisionProblemError, as_matrix, as_types, as_weights, label
from mcdm.errors import Location
from mcdm.topsis import rank, rank_closeness

__all__ = ["METHODS", "ComparisonResult", "compare"]

METHODS = ("TOPSIS", "VIKOR", "PROMETHEE II", "WASPAS", "COPRAS", "SPOTIS")
CORRELATIONS = ("spearman", "weighted_spearman", "ws")


@dataclass(frozen=True, eq=False)  # holds arrays: compare fields, not results
class ComparisonResult(Tabular):
    """Attributes
    ----------
    methods : tuple of str
        The methods that ran, in order.
    scores : dict str -> ndarray (m,)
        Each method's raw preference values.
    higher_is_better : dict str -> bool
        Each method's own ranking direction.
    ranks : ndarray (k, m)
        Row per method; 1 = best, ties (to 1e-12) share the better rank.
    correlations : dict str -> ndarray (k, k)
        ``"spearman"``, ``"weighted_spearman"``, ``"ws"``. WS is not symmetric: entry [a, b]
        takes method a's ranking as the reference. Spearman is ``nan`` between a method that
        ties every direction and one that does not (undefined).
    rank_spread : ndarray (m,)
        Largest minus smallest rank of each direction across the methods.
    most_different : tuple of int
        Directions with a non-zero spread, widest first.
    failed : dict str -> str
        Methods that could not rank this problem, with the reason.
    dropped_criteria : tuple of int
        Constant columns left out (they carry no information and make some methods divide by a
        zero range).
    spotis_bounds : ndarray (n, 2) or None
    """

    methods: tuple[str, ...]
    scores: dict[str, np.ndarray]
    higher_is_better: dict[str, bool]
    ranks: np.ndarray
    correlations: dict[str, np.ndarray]
    rank_spread: np.ndarray
    most_different: tuple[int, ...]
    failed: dict[str, str] = field(default_factory=dict)
    dropped_criteria: tuple[int, ...] = ()
    spotis_bounds: np.ndarray | None = None


def _spotis_bounds(x, bounds, score_range, criteria):
    if bounds is not None:
        b = np.asarray(bounds, dtype=np.float64)
        if b.shape != (x.shape[1], 2) or not np.isfinite(b).all():
            raise DecisionProblemError("compare.bounds_shape", f"SPOTIS bounds of shape {b.shape}",
                                       expected=f"({x.shape[1]}, 2) finite [min, max] rows")
    elif score_range is not None:
        b = np.tile(np.asarray(score_range, dtype=np.float64), (x.shape[1], 1))
    else:
        b = np.column_stack([x.min(axis=0), x.max(axis=0)])
        flat = b[:, 0] == b[:, 1]
        b[flat] += [-1.0, 1.0]  # a constant column: any non-empty range ranks it neutrally
        return b
    for j in range(x.shape[1]):
        lo, hi = b[j]
        if not lo < hi:
            raise DecisionProblemError(
                "compare.bounds_order", f"SPOTIS bounds for criterion {label(criteria, j)} are [{lo}, {hi}]",
                location=Location(field=str(label(criteria, j))), expected="min < max")
        out = (x[:, j] < lo) | (x[:, j] > hi)
        if out.any():
            i = int(np.argmax(out))
            raise DecisionProblemError(
                "compare.bounds_exceeded",
                f"score {x[i, j]} lies outside the SPOTIS bounds [{lo}, {hi}] of criterion {label(criteria, j)}",
                location=Location(row=i, column=str(label(criteria, j))),
                expected=f"a value in [{lo}, {hi}]", params={"row_index": i, "column_index": j})
    return b


def _build(name, bounds):
    from pymcdm import methods as pm

    return {
        "VIKOR": lambda: pm.VIKOR(),
        "PROMETHEE II": lambda: pm.PROMETHEE_II("usual"),
        "WASPAS": lambda: pm.WASPAS(),
        "COPRAS": lambda: pm.COPRAS(),
        "SPOTIS": lambda: pm.SPOTIS(bounds),
    }[name]()


def _correlate(ranks: np.ndarray) -> dict[str, np.ndarray]:
    from pymcdm import correlations as pc

    fns = {"spearman": pc.spearman, "weighted_spearman": pc.weighted_spearman, "ws": pc.ws}
    k = ranks.shape[0]
    out = {}
    for name, fn in fns.items():
        table = np.empty((k, k))
        for a in range(k):
            for b in range(k):
                if np.array_equal(ranks[a], ranks[b]):
                    table[a, b] = 1.0
                else:
                    # A method that ties every direction makes Spearman's r_s undefined: pymcdm
                    # warns and returns nan, which is what the table shows.
                    with warnings.catch_warnings(), np.errstate(all="ignore"):
                        warnings.simplefilter("ignore")
                        table[a, b] = fn(ranks[a].astype(float), ranks[b].astype(float))
        out[name] = table
    return out


def compare(matrix, weights, types, *, methods: Sequence[str] = METHODS,
            normalization: str = "vector", bounds=None, score_range=None,
            alternatives: Sequence[str] | None = None,
            criteria: Sequence[str] | None = None) -> ComparisonResult:
    """Rank one industry's directions with several methods and compare the rankings.

    Parameters
    ----------
    matrix, weights, types, normalization :
        As for :func:`mcdm.topsis.rank` (``normalization`` applies to TOPSIS).
    methods : sequence of str
        Any of ``METHODS``; TOPSIS is always first if listed.
    bounds : array_like (n, 2), optional
        SPOTIS's [min, max] per criterion. Otherwise ``score_range`` = (lo, hi) for every
        criterion (e.g. (1, 9) for a 1–9 scale), otherwise each column's observed min and max.
    """
    x = as_matrix(matrix, alternatives=alternatives, criteria=criteria)
    n = x.shape[1]
    t = as_types(types, n, criteria=criteria)
    w, _ = as_weights(weights, n, criteria=criteria)
    unknown = [mth for mth in methods if mth not in METHODS]
    if unknown:
        raise DecisionProblemError("compare.unknown_method", f"unknown method {unknown[0]!r}",
                                   expected=" | ".join(METHODS), params={"method": unknown[0]})
    b = _spotis_bounds(x, bounds, score_range, criteria) if "SPOTIS" in methods else None

    keep = x.min(axis=0) < x.max(axis=0)
    dropped = tuple(int(j) for j in np.flatnonzero(~keep))
    informative = keep.any() and w[keep].sum() > 0
    xs, ts = x[:, keep], t[keep]
    ws = w[keep] / w[keep].sum() if informative else w[keep]
    m = x.shape[0]

    scores, better, failed, rows = {}, {}, {}, []
    for name in methods:
        if name == "TOPSIS":
            s, hib = rank(x, w, t, normalization).closeness, True
        elif not informative or m < 2:
            s, hib = np.zeros(m), True   # nothing distinguishes the directions: all tie
        else:
            method = _build(name, None if b is None else b[keep])
            if name == "COPRAS" and (ts > 0).all():
                # Without cost criteria COPRAS's relative significance is Q_i = S+_i (Zavadskas
                # et al. 1994); pymcdm refuses that case, so compute it here.
                if (xs <= 0).any():
                    failed[name] = "COPRAS needs positive values"
                    continue
                s = (xs / xs.sum(axis=0)) @ ws
                scores[name], better[name] = s, True
                rows.append(rank_closeness(s))
                continue
            try:
                with warnings.catch_warnings(), np.errstate(all="ignore"):
                    warnings.simplefilter("ignore")
                    s = np.asarray(method(xs, ws, ts, validation=False), dtype=np.float64)
            except (ValueError, ZeroDivisionError, FloatingPointError) as exc:
                failed[name] = str(exc)
                continue
            if not np.isfinite(s).all():
                failed[name] = "the method produced non-finite scores for these data"
                continue
            hib = bool(method._reverse_ranking)   # pymcdm: True means higher preference is better
        scores[name], better[name] = s, hib
        rows.append(rank_closeness(s if hib else -s))

    ranks = np.array(rows, dtype=np.int64).reshape(len(rows), m)
    spread = ranks.max(axis=0) - ranks.min(axis=0) if len(rows) else np.zeros(m, dtype=np.int64)
    order = np.argsort(-spread, kind="stable")
    return ComparisonResult(
        methods=tuple(scores), scores=scores, higher_is_better=better, ranks=ranks,
        correlations=_correlate(ranks) if len(rows) else {c: np.empty((0, 0)) for c in CORRELATIONS},
        rank_spread=spread, most_different=tuple(int(i) for i in order if spread[i] > 0),
        failed=failed, dropped_criteria=dropped, spotis_bounds=b,
    )

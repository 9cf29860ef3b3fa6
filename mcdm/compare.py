"""Cross-check a TOPSIS ranking with other MCDM methods and rank correlations.

Methods: VIKOR (Opricovic & Tzeng 2004; strategy weight v), PROMETHEE II (Brans & Vincke 1985;
a preference function with thresholds q, p), WASPAS (Zavadskas et al. 2012; λ) and SPOTIS
(Dezert et al. 2020) from pymcdm 1.x, and COPRAS (Zavadskas et al. 1994) from
:mod:`mcdm.copras`, because pymcdm's lets a cost criterion raise the score. Every method is
ranked through its own direction (VIKOR and SPOTIS rank lower-is-better). Correlations between
the rankings come from :func:`correlate` (Spearman's r_s, the weighted Spearman r_w of Pinto da
Costa & Soares 2005, the WS coefficient of Sałabun & Urbaniak 2020). The result records the
parameters every method ran with (``parameters``), so a caption can show them.

pymcdm is imported lazily (it pulls in matplotlib) and its warnings are silenced: the inputs are
validated here first, and a method that cannot handle the data is reported in ``failed``.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from mcdm import copras
from mcdm._tabular import Tabular
from mcdm._validate import DecisionProblemError, as_matrix, as_types, as_weights, label
from mcdm.correlations import KINDS as CORRELATIONS
from mcdm.correlations import correlate
from mcdm.errors import Location, Problem, item_name
from mcdm.topsis import rank, rank_closeness

__all__ = ["CORRELATIONS", "METHODS", "PREFERENCE_FUNCTIONS", "ComparisonResult", "compare",
           "correlate"]

METHODS = ("TOPSIS", "VIKOR", "PROMETHEE II", "WASPAS", "COPRAS", "SPOTIS")
#: PROMETHEE II preference functions (pymcdm's names) and the thresholds each one needs.
PREFERENCE_FUNCTIONS = {"usual": (), "ushape": ("q",), "vshape": ("p",), "level": ("q", "p"),
                        "vshape_2": ("q", "p")}


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
    failed : dict str -> Problem
        Methods that could not rank this problem, with the reason (code
        ``compare.method_failed``; ``str()`` gives the English reason, :mod:`mcdm.messages`
        the sentence in a language).
    dropped_criteria : tuple of int
        Constant columns left out (they carry no information and make some methods divide by a
        zero range).
    spotis_bounds : ndarray (n, 2) or None
    parameters : dict str -> dict
        What each method ran with: TOPSIS ``normalization``; VIKOR ``v``; WASPAS ``lambda``;
        PROMETHEE II ``preference_function``, ``q`` and ``p`` (per criterion, or None).
    """

    methods: tuple[str, ...]
    scores: dict[str, np.ndarray]
    higher_is_better: dict[str, bool]
    ranks: np.ndarray
    correlations: dict[str, np.ndarray]
    rank_spread: np.ndarray
    most_different: tuple[int, ...]
    failed: dict[str, Problem] = field(default_factory=dict)
    dropped_criteria: tuple[int, ...] = ()
    spotis_bounds: np.ndarray | None = None
    parameters: dict[str, dict] = field(default_factory=dict)


def _failed(method: str, message: str, why: str) -> Problem:
    """Why ``method`` could not rank the problem: "positive" (it needs positive values),
    "non_finite" (it produced non-finite scores) or "refused" (it raised on these data)."""
    return Problem("compare.method_failed", message, Location(field=method), None,
                   {"method": method, "why": why})


def _spotis_bounds(x, bounds, score_range, criteria):
    if bounds is not None:
        b = np.asarray(bounds, dtype=np.float64)
        if b.shape != (x.shape[1], 2) or not np.isfinite(b).all():
            raise DecisionProblemError("compare.bounds_shape", f"SPOTIS bounds of shape {b.shape}",
                                       expected=f"({x.shape[1]}, 2) finite [min, max] rows",
                                       params={"shape": b.shape, "n": int(x.shape[1])})
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
                location=Location(field=str(label(criteria, j))), expected="min < max",
                params={"criterion": item_name(criteria, j), "low": float(lo), "high": float(hi)})
        out = (x[:, j] < lo) | (x[:, j] > hi)
        if out.any():
            i = int(np.argmax(out))
            raise DecisionProblemError(
                "compare.bounds_exceeded",
                f"score {x[i, j]} lies outside the SPOTIS bounds [{lo}, {hi}] of criterion {label(criteria, j)}",
                location=Location(row=i, column=str(label(criteria, j))),
                expected=f"a value in [{lo}, {hi}]",
                params={"row_index": i, "column_index": j, "criterion": item_name(criteria, j),
                        "value": float(x[i, j]), "low": float(lo), "high": float(hi)})
    return b


def _build(name, bounds, params):
    from pymcdm import methods as pm

    if name == "VIKOR":
        return pm.VIKOR(v=params["VIKOR"]["v"])
    if name == "WASPAS":
        return pm.WASPAS(l=params["WASPAS"]["lambda"])
    if name == "PROMETHEE II":
        pp = params["PROMETHEE II"]
        return pm.PROMETHEE_II(pp["preference_function"], p=pp["p_used"], q=pp["q_used"])
    return pm.SPOTIS(bounds)


def _correlate(ranks: np.ndarray) -> dict[str, np.ndarray]:
    k = ranks.shape[0]
    return {kind: np.array([[correlate(ranks[a], ranks[b], kind) for b in range(k)]
                            for a in range(k)]).reshape(k, k) for kind in CORRELATIONS}


def _unit(value, name: str, code: str) -> float:
    if not isinstance(value, (int, float, np.integer, np.floating)) or not 0 <= value <= 1:
        raise DecisionProblemError(code, f"{name} is {value!r}",
                                   expected="a number in [0, 1]", params={name: value})
    return float(value)


def _thresholds(name: str, value, n: int, criteria) -> tuple[float, ...] | None:
    if value is None:
        return None
    t = np.broadcast_to(np.asarray(value, dtype=np.float64), (n,)) if np.ndim(value) == 0 \
        else np.asarray(value, dtype=np.float64)
    if t.shape != (n,) or not np.isfinite(t).all() or (t < 0).any():
        raise DecisionProblemError(
            "compare.promethee_threshold", f"PROMETHEE II threshold {name} = {value!r}",
            expected=f"one number ≥ 0, or {n} of them (one per criterion)",
            params={"threshold": name})
    return tuple(float(v) for v in t)


def _promethee(function: str, q, p, n: int, criteria) -> dict:
    if function not in PREFERENCE_FUNCTIONS:
        raise DecisionProblemError(
            "compare.preference_function", f"unknown PROMETHEE II preference function {function!r}",
            expected=" | ".join(PREFERENCE_FUNCTIONS), params={"preference_function": function})
    qs, ps = _thresholds("q", q, n, criteria), _thresholds("p", p, n, criteria)
    for name, given in (("q", qs), ("p", ps)):
        if name in PREFERENCE_FUNCTIONS[function] and given is None:
            raise DecisionProblemError(
                "compare.promethee_threshold",
                f"the {function} preference function needs the threshold {name}",
                expected=f"{name} for every criterion", params={"threshold": name,
                                                                "preference_function": function})
    if qs is not None and ps is not None and function in ("level", "vshape_2"):
        bad = [j for j in range(n) if not qs[j] < ps[j]]
        if bad:
            raise DecisionProblemError(
                "compare.promethee_threshold",
                f"q must be below p; criterion {label(criteria, bad[0])} has q = {qs[bad[0]]}, "
                f"p = {ps[bad[0]]}", location=Location(field=str(label(criteria, bad[0]))),
                expected="q < p", params={"threshold": "q", "criterion_index": bad[0]})
    if function == "vshape" and ps is not None and min(ps) <= 0:
        raise DecisionProblemError("compare.promethee_threshold", "the vshape threshold p is 0",
                                   expected="p > 0", params={"threshold": "p"})
    return {"preference_function": function, "q": qs, "p": ps}


def compare(matrix, weights, types, *, methods: Sequence[str] = METHODS,
            normalization: str = "vector", bounds=None, score_range=None,
            vikor_v: float = 0.5, waspas_lambda: float = 0.5,
            promethee_function: str = "usual", promethee_q=None, promethee_p=None,
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
    vikor_v : float in [0, 1]
        VIKOR's weight of the strategy of the majority of criteria (group utility); 0.5 is the
        consensus strategy.
    waspas_lambda : float in [0, 1]
        WASPAS's share of the weighted sum model (1 − λ goes to the weighted product).
    promethee_function : {"usual", "ushape", "vshape", "level", "vshape_2"}
        PROMETHEE II's preference function (pymcdm's names: usual, U-shape, V-shape, level,
        V-shape with indifference).
    promethee_q, promethee_p : float or sequence (n,), optional
        Indifference threshold q and preference threshold p, in each criterion's own units
        (one number for every criterion, or one per criterion); required as the function needs.

    Raises
    ------
    DecisionProblemError
        Bad inputs (as :func:`mcdm.topsis.rank`), ``compare.unknown_method``,
        ``compare.bounds_*``, ``compare.v`` / ``compare.lambda`` (outside [0, 1]),
        ``compare.preference_function``, ``compare.promethee_threshold``.

    Examples
    --------
    >>> x, w, t = [[7, 9, 4], [8, 7, 6], [9, 6, 5], [6, 4, 9]], [0.4, 0.3, 0.3], [1, -1, 1]
    >>> for v in (0.5, 1.0):
    ...     r = compare(x, w, t, methods=["VIKOR"], vikor_v=v)
    ...     print(r.ranks[0].tolist(), r.parameters)
    [4, 1, 2, 3] {'VIKOR': {'v': 0.5}}
    [4, 3, 1, 2] {'VIKOR': {'v': 1.0}}
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
    params = {"TOPSIS": {"normalization": normalization}, "VIKOR": {"v": _unit(vikor_v, "v", "compare.v")},
              "WASPAS": {"lambda": _unit(waspas_lambda, "lambda",
                                                             "compare.lambda")},
              "PROMETHEE II": _promethee(promethee_function, promethee_q, promethee_p, n,
                                         criteria),
              "COPRAS": {}, "SPOTIS": {}}

    keep = x.min(axis=0) < x.max(axis=0)
    dropped = tuple(int(j) for j in np.flatnonzero(~keep))
    informative = keep.any() and w[keep].sum() > 0
    xs, ts = x[:, keep], t[keep]
    ws = w[keep] / w[keep].sum() if informative else w[keep]
    m = x.shape[0]
    pp = params["PROMETHEE II"]
    for key in ("q", "p"):   # constant columns are dropped: so are their thresholds
        pp[f"{key}_used"] = None if pp[key] is None else list(np.asarray(pp[key])[keep])

    scores, better, failed, rows = {}, {}, {}, []
    for name in methods:
        if name == "TOPSIS":
            s, hib = rank(x, w, t, normalization).closeness, True
        elif not informative or m < 2:
            s, hib = np.zeros(m), True   # nothing distinguishes the directions: all tie
        elif name == "COPRAS":
            try:
                s, hib = copras.rank(xs, ws, ts).significance, True
            except DecisionProblemError as exc:
                failed[name] = _failed(name, exc.message, "positive" if exc.code in (
                    "copras.negative", "copras.zero_cost") else "refused")
                continue
        else:
            method = _build(name, None if b is None else b[keep], params)
            try:
                with warnings.catch_warnings(), np.errstate(all="ignore"):
                    warnings.simplefilter("ignore")
                    s = np.asarray(method(xs, ws, ts, validation=False), dtype=np.float64)
            except (ValueError, ZeroDivisionError, FloatingPointError) as exc:
                failed[name] = _failed(name, str(exc), "refused")
                continue
            if not np.isfinite(s).all():
                failed[name] = _failed(name, "the method produced non-finite scores for these "
                                       "data", "non_finite")
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
        parameters={name: {k: v for k, v in params[name].items() if not k.endswith("_used")}
                    for name in scores},
    )

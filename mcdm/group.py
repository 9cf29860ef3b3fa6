"""Group AHP: aggregation of judgments (AIJ) and priorities (AIP), consensus, dispersion.

Everything works on stacks (experts on the first axis) with no Python loop over experts.

References
----------
Forman, E. & Peniwati, K. (1998). Aggregating individual judgments and priorities with the
AHP. EJOR 108, 165-169 — AIJ by the weighted geometric mean; AIP by geometric or arithmetic
means.
Goepel, K. D. (2018). Implementation of an online software tool for the Analytic Hierarchy
Process (AHP-OS). IJAHP 10(3), 469-487 — the Shannon-entropy consensus S* and its word scale
(also bpmsg.com, "AHP consensus word scale"); the formulas follow AHP-OS's
``AhpGroup::getConsensus``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mcdm.ahp.batch import BatchResult, as_judgment_stack, batch_from_stack
from mcdm.ahp.priorities import PriorityResult, check_options, priorities
from mcdm.errors import Location, MCDMError, item_name

__all__ = [
    "CONSENSUS_WORDS", "ConsensusResult", "Dispersion", "GroupInputError", "PanelResult",
    "aggregate_judgments", "aggregate_priorities", "aij_of", "analyse_panel", "consensus",
    "consensus_word", "dispersion_of", "expert_weights", "judgment_dispersion",
]


class GroupInputError(MCDMError):
    """Expert weights or priority vectors that cannot be aggregated."""


def _expert(experts, k):
    return str(experts[k]) if experts is not None and k < len(experts) else f"expert {k}"


def expert_weights(weights, k: int, experts: Sequence[str] | None = None, *,
                   error: type[MCDMError] = GroupInputError) -> np.ndarray:
    """Validate expert weights (finite, ≥ 0, not all zero) and scale them to sum to 1.

    ``error`` is the class raised, so that callers outside group AHP (``mcdm.scores``) keep
    their own error type with the same codes.
    """
    if weights is None:
        return np.full(k, 1.0 / k)
    try:
        w = np.asarray(weights, dtype=float)
    except (TypeError, ValueError):
        raise error("experts.weights_not_numeric", "the expert weights are not all numbers",
                    expected=f"{k} numbers, one per expert", params={"n": k}) from None
    if w.shape != (k,):
        raise error("experts.weights_shape", f"{w.size} expert weight(s) for {k} experts",
                    expected=f"{k} weights, one per expert",
                    params={"shape": w.shape, "count": int(w.size), "n": k})
    bad = ~np.isfinite(w) | (w < 0)
    if bad.any():
        j = int(np.argmax(bad))
        raise error(
            "experts.weight_invalid", f"the weight of {_expert(experts, j)} is {w[j]}",
            location=Location(field=_expert(experts, j)), expected="a finite weight ≥ 0",
            params={"expert_index": j, "value": float(w[j]), "expert": item_name(experts, j)})
    total = w.sum()
    if total <= 0:
        raise error("experts.weights_all_zero", "every expert weight is zero",
                    expected="at least one positive expert weight")
    return w / total


def aggregate_judgments(matrices, weights=None, *, names: Sequence[str] | None = None,
                        experts: Sequence[str] | None = None) -> np.ndarray:
    """AIJ: the cell-wise weighted geometric mean of the experts' judgment matrices.

    A missing judgment (``nan``) is skipped in its cell, and the remaining experts' weights
    are renormalised there; a cell nobody judged stays ``nan``. The result is reciprocal.

    Examples
    --------
    >>> aggregate_judgments([[[1, 2], [1/2, 1]], [[1, 8], [1/8, 1]]]).round(6).tolist()
    [[1.0, 4.0], [0.25, 1.0]]
    """
    s, has_missing = as_judgment_stack(matrices, names=names, experts=experts)
    w = expert_weights(weights, s.shape[0], experts)
    return aij_of(np.log(s), w, bool(has_missing.any()))


def aij_of(logs: np.ndarray, w: np.ndarray, has_missing: bool = True) -> np.ndarray:
    """``aggregate_judgments`` on validated log-judgments (K, n, n) and normalised weights
    (as :func:`dispersion_of`: one validated stack can serve both)."""
    if not has_missing:
        return np.exp(np.tensordot(w, logs, axes=1))
    known = ~np.isnan(logs)
    num = np.tensordot(w, np.where(known, logs, 0.0), axes=1)
    den = np.tensordot(w, known.astype(float), axes=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, np.exp(num / den), np.nan)


def _priority_stack(weight_vectors, experts) -> np.ndarray:
    p = np.asarray(weight_vectors, dtype=float)
    if p.ndim != 2 or p.shape[0] == 0 or p.shape[1] == 0:
        raise GroupInputError("priorities.shape", f"priority vectors of shape {p.shape}",
                              expected="a K×n array: one priority vector per expert",
                              params={"shape": p.shape})
    bad = ~np.isfinite(p) | (p <= 0)
    if bad.any():
        k, i = (int(x) for x in np.argwhere(bad)[0])
        raise GroupInputError(
            "priorities.invalid", f"{_expert(experts, k)}'s priority {i} is {p[k, i]}",
            location=Location(field=_expert(experts, k), column=i),
            expected="positive finite priorities",
            params={"expert_index": k, "item_index": i, "expert": item_name(experts, k),
                    "number": i + 1, "value": float(p[k, i])})
    p = p / p.max(axis=1, keepdims=True)  # first by the largest: the sum cannot overflow
    p /= p.sum(axis=1, keepdims=True)
    if not (p > 0).all():
        k, i = (int(x) for x in np.argwhere(~(p > 0))[0])
        raise GroupInputError(
            "priorities.underflow",
            f"{_expert(experts, k)}'s priority {i} is too small next to the others",
            location=Location(field=_expert(experts, k), column=i),
            expected="priorities within about 1e300 of each other",
            params={"expert_index": k, "item_index": i, "expert": item_name(experts, k),
                    "number": i + 1})
    return p


def aggregate_priorities(weight_vectors, weights=None, method: str = "geometric", *,
                         experts: Sequence[str] | None = None) -> np.ndarray:
    """AIP: weighted geometric (default) or arithmetic mean of priority vectors, summing to 1."""
    p = _priority_stack(weight_vectors, experts)
    w = expert_weights(weights, p.shape[0], experts)
    if method == "geometric":
        g = np.exp(w @ np.log(p))
    elif method == "arithmetic":
        g = w @ p
    else:
        raise GroupInputError("aip.method", f"unknown AIP method {method!r}",
                              location=Location(field="method"),
                              expected="'geometric' or 'arithmetic'", params={"value": method})
    return g / g.sum()


#: Goepel (2018) word scale for S*: < 50 % very low, 50-62.5 % low, 62.5-75 % moderate,
#: 75-87.5 % high, above very high.
CONSENSUS_WORDS = ((0.5, "very low"), (0.625, "low"), (0.75, "moderate"), (0.875, "high"),
                   (math.inf, "very high"))


def consensus_word(s_star: float) -> str:
    """Goepel's word for a consensus S* ("very low" … "very high"); "n/a" for nan."""
    if math.isnan(s_star):
        return "n/a"
    return next(word for limit, word in CONSENSUS_WORDS if s_star < limit)


@dataclass(frozen=True)
class ConsensusResult:
    """Goepel's AHP consensus of K priority vectors over n items.

    ``s_star`` is ``nan`` (word "n/a") for a single expert. ``divergence[k]`` is expert k's
    Kullback-Leibler divergence from the group mean: Hβ = Σ_k ω_k · divergence[k], so the
    furthest expert is the one contributing most to the disagreement. ``s_star_without[k]``
    is the consensus of the panel without expert k.
    """

    s_star: float
    word: str
    homogeneity: float      # S = 1 / exp(Hβ)
    h_alpha: float
    h_beta: float
    h_gamma: float
    s_min: float            # 1 / correction: the S of maximal disagreement for this scale
    divergence: np.ndarray
    furthest_expert: int
    s_star_without: np.ndarray
    mean_priorities: np.ndarray
    scale_max: float


def _shannon(p: np.ndarray) -> np.ndarray:
    return -(p * np.log(p)).sum(axis=-1)


def _s_min(n: int, scale_max: float) -> float:
    # AHP-OS ahpShannonCor: Hα,min from the extreme vector (M, 1, …, 1)/(M + n − 1);
    # Hγ,max = ln n; S* = (S − Smin)/(1 − Smin) with Smin = exp(Hα,min − Hγ,max).
    big = scale_max / (n + scale_max - 1.0)
    small = 1.0 / (n + scale_max - 1.0)
    h_alpha_min = -big * math.log(big) - (n - 1) * small * math.log(small)
    return math.exp(h_alpha_min - math.log(n))


def consensus(weight_vectors, weights=None, scale_max: float = 9, *,
              experts: Sequence[str] | None = None) -> ConsensusResult:
    """Goepel's Shannon-entropy consensus S* ∈ [0, 1] of the experts' priority vectors.

    Parameters
    ----------
    weight_vectors : array_like, shape (K, n)
        One priority vector per expert.
    weights : array_like, shape (K,), optional
        Expert weights (equal by default, as in AHP-OS).
    scale_max : float
        The largest judgment of the scale used (9 for Saaty's; see ``Scale.max_value``).
    """
    p = _priority_stack(weight_vectors, experts)
    k, n = p.shape
    w = expert_weights(weights, k, experts)
    h = _shannon(p)
    mean = w @ p
    h_alpha = float(w @ h)
    h_gamma = float(_shannon(mean))
    h_beta = max(h_gamma - h_alpha, 0.0)
    s_min = _s_min(n, scale_max) if n > 1 else 0.0
    divergence = (p * np.log(p / mean)).sum(axis=1)
    if k == 1 or n == 1:
        s_star = math.nan
        without = np.full(k, math.nan)
    else:
        s_star = (math.exp(-h_beta) - s_min) / (1.0 - s_min)
        without = _leave_one_out(p, w, h, s_min) if k > 2 else np.full(k, math.nan)
    for arr in (divergence, without, mean):
        arr.flags.writeable = False
    return ConsensusResult(s_star, consensus_word(s_star), math.exp(-h_beta), h_alpha, h_beta,
                           h_gamma, s_min, divergence, int(np.argmax(divergence)), without,
                           mean, float(scale_max))


def _leave_one_out(p, w, h, s_min):
    rest = 1.0 - w  # weight of the others, renormalised per left-out expert
    alone = rest <= 1e-12  # leaving out the only weighted expert leaves no panel
    rest = np.where(alone, 1.0, rest)
    mean = np.clip((w @ p - w[:, None] * p) / rest[:, None], 1e-300, None)
    h_alpha = (w @ h - w * h) / rest
    h_beta = np.maximum(_shannon(mean) - h_alpha, 0.0)
    return np.where(alone, np.nan, (np.exp(-h_beta) - s_min) / (1.0 - s_min))


@dataclass(frozen=True)
class Dispersion:
    """How far the experts disagree on each judgment.

    ``log_sd[i, j]`` is the (weighted, unbiased) standard deviation of ln a_ij across the
    experts who judged the cell; ``gsd = exp(log_sd)`` is its geometric standard deviation
    (AHP-OS reports the same per judgment). ``ranking`` lists (i, j), i < j, most disputed
    first; cells judged by fewer than two experts are ``nan`` and left out.
    """

    log_sd: np.ndarray
    gsd: np.ndarray
    count: np.ndarray
    ranking: tuple[tuple[int, int], ...]


def judgment_dispersion(matrices, weights=None, *, names: Sequence[str] | None = None,
                        experts: Sequence[str] | None = None) -> Dispersion:
    """Per-judgment dispersion across experts (geometric standard deviation of a_ij)."""
    s, has_missing = as_judgment_stack(matrices, names=names, experts=experts)
    return dispersion_of(np.log(s), expert_weights(weights, s.shape[0], experts),
                         bool(has_missing.any()))


def dispersion_of(logs: np.ndarray, w: np.ndarray, has_missing: bool = True) -> Dispersion:
    """``judgment_dispersion`` on validated log-judgments (K, n, n) and normalised weights."""
    k = logs.shape[0]
    if not has_missing:
        mu = np.tensordot(w, logs, axes=1)
        d = logs - mu
        denom = 1.0 - float(w @ w)
        # reliability-weighted unbiased variance; equal weights give the sample variance
        var = np.tensordot(w, d * d, axes=1) / denom if denom > 0 else np.full(mu.shape, np.nan)
        count = np.full(mu.shape, k)
        log_sd = np.sqrt(np.maximum(var, 0.0)) if k >= 2 else np.full(mu.shape, np.nan)
    else:
        known = ~np.isnan(logs)
        count = known.sum(axis=0)
        wk = np.where(known, w[:, None, None], 0.0)
        v1 = wk.sum(axis=0)
        v2 = (wk * wk).sum(axis=0)
        x = np.where(known, logs, 0.0)
        with np.errstate(invalid="ignore", divide="ignore"):
            mu = (wk * x).sum(axis=0) / v1
            ss = (wk * (x - mu) ** 2).sum(axis=0)
            var = ss / (v1 - v2 / v1)
        log_sd = np.where(count >= 2, np.sqrt(np.maximum(var, 0.0)), np.nan)
    n = logs.shape[1]
    iu, ju = np.triu_indices(n, 1)
    vals = log_sd[iu, ju]
    order = [k for k in np.argsort(-np.nan_to_num(vals, nan=-1.0), kind="stable")
             if not np.isnan(vals[k])]
    ranking = tuple((int(iu[k]), int(ju[k])) for k in order)
    # Judgments 1e300 apart (log_sd above ln 1.8e308 ≈ 709.8) give a geometric SD beyond
    # the float range: inf, while log_sd stays finite and ranks the cell.
    with np.errstate(over="ignore"):
        gsd = np.exp(log_sd)
    for arr in (log_sd, gsd, count):
        arr.flags.writeable = False
    return Dispersion(log_sd, gsd, count, ranking)


@dataclass(frozen=True)
class PanelResult:
    """One node judged by a panel: AIJ and AIP results, each expert's, consensus, dispersion."""

    aij: np.ndarray                  # aggregated judgments (nan where nobody judged)
    group: PriorityResult            # priorities of the AIJ matrix
    individual: BatchResult          # each expert's weights, λmax, CR, GCI
    aip: np.ndarray                  # aggregated individual priorities (geometric)
    consensus: ConsensusResult       # Goepel's S* of the individual priorities
    dispersion: Dispersion           # per-judgment disagreement
    expert_weights: np.ndarray


def analyse_panel(matrices, weights=None, *, method: str = "eigenvector", ri: str = "saaty",
                  scale_max: float = 9, names: Sequence[str] | None = None,
                  experts: Sequence[str] | None = None) -> PanelResult:
    """Everything a panel's judgments on one node give, validating the stack once.

    Vectorized over experts (a Python loop runs only for experts with missing judgments).
    """
    check_options(method, ri, "lambda_max")
    s, has_missing = as_judgment_stack(matrices, names=names, experts=experts)
    w = expert_weights(weights, s.shape[0], experts)
    logs = np.log(s)
    any_missing = bool(has_missing.any())
    aij = aij_of(logs, w, any_missing)
    dispersion = dispersion_of(logs, w, any_missing)
    group = priorities(aij, method=method, ri=ri, names=names, where="AIJ")
    individual = batch_from_stack(s, has_missing, method, ri, names=names, experts=experts)
    p = individual.weights
    agreement = consensus(p, w, scale_max, experts=experts)  # first: it checks p > 0
    aip = aggregate_priorities(p, w, experts=experts)
    aij.flags.writeable = False
    aip.flags.writeable = False
    return PanelResult(aij, group, individual, aip, agreement, dispersion, w)

"""Monte Carlo rank acceptability for TOPSIS under uncertain weights (and, optionally, scores).

Weights are drawn from a Dirichlet distribution around the group weights, from the panel's own
disagreement (bootstrap the experts and re-aggregate, through a caller-supplied function), or
given as samples. The outputs follow SMAA (Lahdelma, Hokkanen & Salminen 1998, EJOR 106(1);
Lahdelma & Salminen 2001, Oper. Res. 49(3)): the rank acceptability index b_i^r (probability
that direction i takes rank r), the probability of being in the top k, and the central weight
vector of each direction (the mean weights that make it rank first).

Speed: with non-negative weights and a normalization that does not depend on the weights, the
ideal points scale with the weights: v⁺_j = w_j · r⁺_j. So every squared distance is
Σ_j w_j² (r_ij − r⁺_j)², and the distances for all samples are one matrix product of squared
weights and squared gaps. No Python loop runs per sample; samples are processed in chunks so a
GUI can show progress and cancel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from mcdm._tabular import Tabular
from mcdm._validate import DecisionProblemError, as_matrix, as_types, as_weights, label
from mcdm.errors import Location, item_name
from mcdm.noisy_topsis import NoisyDistances
from mcdm.topsis import first_overflowing_column, normalize, overflow_error, rank_closeness

__all__ = ["Dirichlet", "ExpertBootstrap", "MonteCarloResult", "simulate"]

Progress = Callable[[int, int], "bool | None"]


@dataclass(frozen=True)
class Dirichlet:
    """Weights ~ Dirichlet(concentration · center): mean ``center``,
    Var(w_j) = c_j (1 − c_j) / (concentration + 1). Zero-weight criteria stay at zero."""

    center: Sequence[float]
    concentration: float = 100.0


@dataclass(frozen=True)
class ExpertBootstrap:
    """Resample the panel with replacement and re-aggregate.

    ``weights_from_experts`` receives a 2-D int array (k, n_experts) of expert indices — one
    bootstrap panel per row — and returns a (k, n_criteria) array of weight vectors (the caller
    re-aggregates the judgments, e.g. through the AHP hierarchy). It is called once per chunk.
    """

    weights_from_experts: Callable[[np.ndarray], np.ndarray]
    n_experts: int


@dataclass(frozen=True, eq=False)  # holds arrays: compare fields, not results
class MonteCarloResult(Tabular):
    """Rank acceptability per industry (tuples hold one entry per industry, in input order).

    Attributes
    ----------
    acceptability : tuple of ndarray (m, m)
        ``acceptability[k][i, r]`` = P(direction i takes rank r + 1). Ties share the better rank
        (as in :func:`mcdm.topsis.rank`), so a rank column may sum to more than 1.
    top_k : tuple of ndarray (m,)
        P(rank ≤ k).
    central_weights : tuple of ndarray (m, n)
        Mean (sum-to-1) weights over the samples where the direction ranks first; NaN for a
        direction that never does.
    mean_closeness, std_closeness : tuple of ndarray (m,)
    weight_mean, weight_std : ndarray (n,)
        Of the (sum-to-1) weight samples used.
    n_samples : int
        Samples actually evaluated (fewer than requested when cancelled).
    cancelled : bool
    closeness_samples : tuple of ndarray (k, m) or None
        The first k samples' closeness per industry (float32), when asked for
        (``keep_closeness = k``): what a portfolio's robustness is computed from.
    """

    acceptability: tuple[np.ndarray, ...]
    top_k: tuple[np.ndarray, ...]
    k: int
    central_weights: tuple[np.ndarray, ...]
    mean_closeness: tuple[np.ndarray, ...]
    std_closeness: tuple[np.ndarray, ...]
    weight_mean: np.ndarray
    weight_std: np.ndarray
    n_samples: int
    n_requested: int
    cancelled: bool
    seed: int | None
    normalization: str
    sampler: str
    parameters: dict = field(default_factory=dict)
    closeness_samples: tuple[np.ndarray, ...] | None = None


def _check_samples(w: np.ndarray, n: int, first: int = 0) -> np.ndarray:
    w = np.asarray(w, dtype=np.float64)
    if w.ndim != 2 or w.shape[1] != n:
        raise DecisionProblemError(
            "weights.samples_shape", f"weight samples of shape {w.shape}",
            expected=f"(n_samples, {n})", params={"shape": w.shape, "n": n},
        )
    bad = ~np.isfinite(w) | (w < 0)
    if bad.any():
        s, j = (int(k) for k in np.argwhere(bad)[0])
        raise DecisionProblemError(
            "weights.sample_invalid", f"weight sample {first + s} has {w[s, j]} for criterion {j}",
            location=Location(row=first + s, column=j), expected="finite weights ≥ 0",
            params={"sample": first + s, "number": first + s + 1, "criterion_index": j,
                    "criterion": f"#{j + 1}",
                    "value": float(w[s, j])},
        )
    total = w.sum(axis=1, keepdims=True)
    if (total <= 0).any():
        s = int(np.argmax(total[:, 0] <= 0))
        raise DecisionProblemError(
            "weights.sample_all_zero", f"weight sample {first + s} is all zero",
            location=Location(row=first + s), expected="at least one positive weight",
            params={"sample": first + s, "number": first + s + 1},
        )
    return w / total


def _dirichlet(spec: Dirichlet, n: int, size: int, rng: np.random.Generator) -> np.ndarray:
    center, _ = as_weights(spec.center, n)
    if not (np.isfinite(spec.concentration) and spec.concentration > 0):
        raise DecisionProblemError(
            "dirichlet.concentration", f"concentration {spec.concentration}",
            expected="a positive number", params={"value": spec.concentration},
        )
    live = center > 0
    out = np.zeros((size, n))
    out[:, live] = rng.dirichlet(spec.concentration * center[live], size=size)
    return out


def _as_industries(matrices, names):
    if isinstance(matrices, np.ndarray) and matrices.ndim == 2:
        matrices = [matrices]
    out = []
    for k, x in enumerate(matrices):
        try:
            out.append(as_matrix(x))
        except DecisionProblemError as exc:
            loc = exc.location
            raise DecisionProblemError(
                exc.code, f"industry {label(names, k)}: {exc.message}",
                location=Location(field=str(label(names, k)), row=loc.row, column=loc.column),
                expected=exc.expected,
                params={**exc.params, "industry_index": k, "industry": item_name(names, k)},
            ) from None
    return out


def simulate(matrices, types, weights, *, n_samples: int | None = None,
             normalization: str = "vector", score_noise=None,
             score_bounds: tuple[float, float] | None = None, top_k: int = 3,
             seed: int | None = None, chunk_size: int = 1000, progress: Progress | None = None,
             industries: Sequence[str] | None = None,
             keep_closeness: int = 0) -> MonteCarloResult:
    """Monte Carlo TOPSIS: how often each direction takes each rank when the weights vary.

    Parameters
    ----------
    matrices : array (m, n) or sequence of arrays (m_k, n)
        One decision matrix per industry, all on the same n criteria.
    types : array_like (n,)
        +1 benefit, −1 cost.
    weights : ndarray (S, n) | Dirichlet | ExpertBootstrap
        Pre-drawn weight samples (rows are rescaled to sum to 1), or a sampler.
    n_samples : int
        Required with a sampler.
    score_noise : float or sequence of arrays, optional
        Standard deviation of additive Gaussian noise on each score: one number for every
        cell, or one array per industry broadcastable to its matrix (e.g. the per-cell
        dispersion from :mod:`mcdm.scores`). Noisy scores are clipped to ``score_bounds``.
    seed : int, optional
        ``SeedSequence(seed).spawn(1 + n_industries)``: child 0 draws the weights, child 1 the
        score noise — one standard normal block per sample shared by the industries, industry
        k taking its first m_k rows (:mod:`mcdm.noisy_topsis`). Results do not depend on
        ``chunk_size``.
    progress : callable(done, total) -> bool | None, optional
        Called after every chunk; returning False cancels (the result then covers the samples
        done and says ``cancelled``).
    keep_closeness : int
        Also return the closeness of the first this many samples (``closeness_samples``, as
        float32: k × m numbers per industry).
    """
    xs = _as_industries(matrices, industries)
    n = xs[0].shape[1]
    for k, x in enumerate(xs):
        if x.shape[1] != n:
            raise DecisionProblemError(
                "matrix.criteria_mismatch", f"industry {label(industries, k)} has {x.shape[1]} criteria, not {n}",
                location=Location(field=str(label(industries, k))), expected=f"{n} columns",
                params={"industry": item_name(industries, k), "count": int(x.shape[1]), "n": n},
            )
    t = as_types(types, n)
    children = np.random.SeedSequence(seed).spawn(1 + len(xs))
    rng_w = np.random.default_rng(children[0])

    boot_idx = None
    if isinstance(weights, Dirichlet | ExpertBootstrap):
        if n_samples is None or n_samples < 1:
            raise DecisionProblemError("montecarlo.n_samples", f"n_samples = {n_samples}",
                                       expected="a positive number of samples with a sampler",
                                       params={"value": n_samples})
        total = int(n_samples)
        if isinstance(weights, Dirichlet):
            samples, sampler = _dirichlet(weights, n, total, rng_w), "dirichlet"
            params = {"concentration": float(weights.concentration)}
        else:
            boot_idx = rng_w.integers(0, weights.n_experts, size=(total, weights.n_experts))
            samples, sampler, params = None, "bootstrap", {"n_experts": weights.n_experts}
    else:
        samples = _check_samples(weights, n)
        total, sampler, params = samples.shape[0], "given", {}
    params.update(score_noise=score_noise is not None, score_bounds=score_bounds)

    noise = None
    if score_noise is not None:
        sds = score_noise if isinstance(score_noise, list | tuple) else [score_noise] * len(xs)
        if len(sds) != len(xs):
            raise DecisionProblemError("montecarlo.noise_shape", f"{len(sds)} noise arrays for {len(xs)} industries",
                                       expected="one noise array per industry",
                                       params={"count": len(sds), "n": len(xs)})
        try:
            noise = [np.broadcast_to(np.asarray(sd, dtype=np.float64), x.shape) for sd, x in zip(sds, xs, strict=True)]
        except ValueError:
            raise DecisionProblemError("montecarlo.noise_shape", "score noise does not fit the decision matrices",
                                       expected="a number, or per industry an array broadcastable to its matrix") from None
        if any(not np.isfinite(sd).all() or (sd < 0).any() for sd in noise):
            raise DecisionProblemError("montecarlo.noise", "score noise must be finite and ≥ 0",
                                       expected="standard deviations ≥ 0")
        noisy = NoisyDistances(xs, noise, np.random.default_rng(children[1]), t,
                               normalization, score_bounds)

    # Without noise the normalized matrices are fixed: precompute squared gaps to both ideals.
    sizes = [x.shape[0] for x in xs]
    if noise is None:
        gaps = []
        for x in xs:
            r, orient, _ = normalize(x, t, normalization)
            up = orient > 0
            best = np.where(up, r.max(axis=0), r.min(axis=0))
            worst = np.where(up, r.min(axis=0), r.max(axis=0))
            with np.errstate(over="ignore"):
                gap2 = ((r - best) ** 2, (r - worst) ** 2)
            if not (np.isfinite(gap2[0]).all() and np.isfinite(gap2[1]).all()):
                raise overflow_error(normalization, first_overflowing_column(
                    np.concatenate(gap2)), None)
            gaps.append(gap2)
        g_plus = np.concatenate([g[0] for g in gaps]).T     # (n, M)
        g_minus = np.concatenate([g[1] for g in gaps]).T
        g_all = np.concatenate([g_plus, g_minus], axis=1)   # (n, 2M)
    offsets = np.concatenate([[0], np.cumsum(sizes)])
    m_total = int(offsets[-1])

    counts = [np.zeros(m * m, dtype=np.int64) for m in sizes]
    first_w = [np.zeros((m, n)) for m in sizes]
    c_sum = np.zeros(m_total)
    c_sq = np.zeros(m_total)
    w_sum = np.zeros(n)
    w_sq = np.zeros(n)
    kept = np.empty((min(int(keep_closeness), total), m_total), dtype=np.float32) \
        if keep_closeness else None
    done, cancelled = 0, False
    while done < total:
        hi = min(total, done + chunk_size)
        if boot_idx is not None:
            w = _check_samples(weights.weights_from_experts(boot_idx[done:hi]), n, done)
        else:
            w = samples[done:hi]
        w2 = w * w
        if noise is None:
            # einsum, not @: these products are small, and on a busy machine waking OpenBLAS's
            # threads for each of them cost more than the arithmetic (3x slower overall).
            d2 = np.einsum("sn,nm->sm", w2, g_all)
            dp, dm = np.sqrt(d2[:, :m_total]), np.sqrt(d2[:, m_total:])
        else:
            dp, dm = noisy(w)
        tot = dp + dm
        with np.errstate(invalid="ignore"):  # inf / inf with absurd noisy scores: checked below
            clo = np.divide(dm, tot, out=np.full_like(tot, 0.5), where=tot > 0)
        if noise is not None and not np.isfinite(clo).all():
            raise DecisionProblemError(
                "montecarlo.out_of_range", "the noisy scores are too large to rank",
                expected="scores and score noise of a sensible magnitude")
        if kept is not None and done < kept.shape[0]:
            kept[done:min(hi, kept.shape[0])] = clo[:kept.shape[0] - done]
        c_sum += clo.sum(axis=0)
        c_sq += (clo * clo).sum(axis=0)
        w_sum += w.sum(axis=0)
        w_sq += w2.sum(axis=0)
        for k, m in enumerate(sizes):
            ck = clo[:, offsets[k]:offsets[k + 1]]
            rk = rank_closeness(ck)                                    # (c, m)
            counts[k] += np.bincount((np.arange(m) * m + rk - 1).ravel(), minlength=m * m)
            s1, d1 = np.nonzero(rk == 1)                                # usually one per sample
            first_w[k] += np.bincount((d1[:, None] * n + np.arange(n)).ravel(),
                                      weights=w[s1].ravel(), minlength=m * n).reshape(m, n)
        done = hi
        if progress is not None and progress(done, total) is False:
            cancelled = done < total
            break

    s = max(done, 1)
    acc = tuple(cnt.reshape(m, m) / s for cnt, m in zip(counts, sizes, strict=True))
    kk = int(top_k)
    mean_c = c_sum / s
    std_c = np.sqrt(np.maximum(c_sq / s - mean_c ** 2, 0.0))
    central = []
    for a, fw in zip(acc, first_w, strict=True):
        n_first = a[:, 0] * s
        central.append(np.divide(fw, n_first[:, None], out=np.full_like(fw, np.nan),
                                 where=n_first[:, None] > 0))
    w_mean = w_sum / s
    return MonteCarloResult(
        acceptability=acc, top_k=tuple(a[:, :kk].sum(axis=1) for a in acc), k=kk,
        central_weights=tuple(central),
        mean_closeness=tuple(mean_c[offsets[k]:offsets[k + 1]] for k in range(len(xs))),
        std_closeness=tuple(std_c[offsets[k]:offsets[k + 1]] for k in range(len(xs))),
        weight_mean=w_mean, weight_std=np.sqrt(np.maximum(w_sq / s - w_mean ** 2, 0.0)),
        n_samples=done, n_requested=total, cancelled=cancelled, seed=seed,
        normalization=normalization, sampler=sampler, parameters=params,
        closeness_samples=None if kept is None else tuple(
            kept[:min(done, kept.shape[0]), offsets[k]:offsets[k + 1]] for k in range(len(xs))),
    )


"""TOPSIS distances for a chunk of Monte Carlo samples whose scores carry Gaussian noise.

Used by :func:`mcdm.uncertainty.simulate` when ``score_noise`` is given: every sample perturbs
every score, so the matrices must be normalized sample by sample. This does it for a whole
chunk at once, through the same :func:`mcdm.topsis.normalize` as :func:`mcdm.topsis.rank`.

Two choices make it fast (about 5x the per-industry broadcast it replaces):

- **Samples last.** The noisy matrices of a chunk are held as ``(m, n, samples)``, so that the
  reductions over the directions (column norms, ideal and anti-ideal) and over the criteria
  (the weighted squared distances) run over long contiguous rows instead of rows of n ≈ 8
  numbers. ``normalize`` receives a ``(samples, m, n)`` *view* of that buffer and numpy keeps
  the layout in its outputs.
- **One noise block per chunk**, shared by the industries (common random numbers): a
  ``(samples, m_max, n)`` standard normal block, of which industry k uses its first ``m_k``
  rows. Each industry's noise is exactly as before (independent N(0, sd²) per cell and
  sample), and so is every per-industry result; only the industries' noises are no longer
  independent of one another, which no output depends on (each industry is summarised on its
  own). Drawing the normals dominated the cost: one block per industry took longer than the
  whole weights-only run. With a single industry (as :mod:`mcdm.project.montecarlo` calls it)
  the stream is the one drawn before.

Buffers are allocated once per chunk size and reused across chunks and industries.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from mcdm.topsis import normalize, overflow_error

__all__ = ["NoisyDistances"]


class NoisyDistances:
    """Distances to the ideal and anti-ideal of noisy score matrices, a chunk at a time.

    Parameters
    ----------
    matrices : sequence of ndarray (m_k, n)
        The industries' decision matrices (validated, finite).
    noise : sequence of ndarray (m_k, n)
        Each cell's standard deviation (≥ 0, finite).
    rng : numpy.random.Generator
        Draws one ``(samples, m_max, n)`` standard normal block per chunk.
    types : ndarray (n,)
    normalization : str
    bounds : (low, high) or None
        Noisy scores are clipped to these.
    """

    def __init__(self, matrices: Sequence[np.ndarray], noise: Sequence[np.ndarray],
                 rng: np.random.Generator, types: np.ndarray, normalization: str,
                 bounds: tuple[float, float] | None) -> None:
        self._xs = [np.ascontiguousarray(x)[:, :, None] for x in matrices]    # (m, n, 1)
        self._sds = [np.ascontiguousarray(sd)[:, :, None] for sd in noise]
        self._rng = rng
        self._types = types
        self._normalization = normalization
        self._bounds = bounds
        self._m_max = max(x.shape[0] for x in matrices)
        self._n = matrices[0].shape[1]
        self._sizes = [x.shape[0] for x in matrices]
        self._buffers: tuple | None = None

    def _workspace(self, c: int) -> tuple[np.ndarray, ...]:
        """Buffers kept while ``c`` repeats: noise, scores and gaps (m_max, n, c), squared
        distances to the ideal and anti-ideal (Σ m_k, c)."""
        if self._buffers is None or self._buffers[0] != c:
            shape = (self._m_max, self._n, c)
            rows = (sum(self._sizes), c)
            self._buffers = (c, np.empty(shape), np.empty(shape), np.empty(shape),
                             np.empty(rows), np.empty(rows))
        return self._buffers[1:]

    def __call__(self, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``(d_plus, d_minus)``, each (samples, Σ m_k), for weight samples ``w`` (rows sum 1).

        Each sample follows :func:`mcdm.topsis.rank` step by step: r normalized, v = r · w, the
        ideal and anti-ideal of v, the Euclidean distances to them.
        """
        c = w.shape[0]
        z = self._rng.standard_normal((c, self._m_max, self._n))
        zt, noisy, gap, dp2, dm2 = self._workspace(c)
        np.copyto(zt, z.transpose(1, 2, 0))                        # (m_max, n, c)
        wt = np.ascontiguousarray(w.T)                             # (n, c)
        offset = 0
        for x, sd, m in zip(self._xs, self._sds, self._sizes, strict=True):
            xn = noisy[:m]
            np.multiply(zt[:m], sd, out=xn)                        # x + sd · z, in that order
            np.add(xn, x, out=xn)
            if self._bounds is not None:
                np.clip(xn, self._bounds[0], self._bounds[1], out=xn)
            with np.errstate(over="ignore", invalid="ignore"):    # checked on the closeness
                v, hi, lo, up = self._weighted(xn, wt)
                g = gap[:m]
                for ideal, out in ((np.where(up, hi, lo), dp2), (np.where(up, lo, hi), dm2)):
                    np.subtract(v, ideal, out=g)
                    np.einsum("mnc,mnc->mc", g, g, out=out[offset:offset + m])
            offset += m
        # one transposing copy each, back to (samples, directions): writing every industry's
        # columns into that layout directly cost more than all the arithmetic above
        with np.errstate(over="ignore", invalid="ignore"):
            return np.sqrt(dp2.T, order="C"), np.sqrt(dm2.T, order="C")

    def _weighted(self, xn: np.ndarray, wt: np.ndarray):
        """``(v, max_i v, min_i v, up)`` for noisy matrices ``xn`` (m, n, c); ``v`` may be
        ``xn`` itself, overwritten."""
        if self._normalization != "vector":
            r, orientation, _ = normalize(xn.transpose(2, 0, 1), self._types,
                                          self._normalization)
            v = np.multiply(r.transpose(1, 2, 0), wt, out=xn)      # numpy kept the layout
            return v, v.max(axis=0), v.min(axis=0), (orientation > 0)[:, None]
        # normalize()'s vector branch, written into the buffer. Dividing by a positive norm and
        # multiplying by a weight ≥ 0 are monotone, so the column extremes of v are those of
        # the scores carried through the same two roundings: no pass over v to find them.
        hi, lo = xn.max(axis=0), xn.min(axis=0)                    # (n, c)
        norm = np.sqrt(np.einsum("mnc,mnc->nc", xn, xn))
        if not np.isfinite(norm).all():
            j = int(np.argwhere(~np.isfinite(norm))[0][0])
            raise overflow_error("vector", j, None)
        norm[norm == 0] = 1.0
        v = np.divide(xn, norm, out=xn)
        np.multiply(v, wt, out=v)
        for a in (hi, lo):
            np.divide(a, norm, out=a)
            np.multiply(a, wt, out=a)
        return v, hi, lo, (self._types > 0)[:, None]

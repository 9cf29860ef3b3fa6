"""The result of weighting one judgment matrix (:class:`PriorityResult`) and how it is assembled
from weights, λmax and the matrix: CI, CR against the chosen RI table, GCI."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mcdm._tabular import Tabular
from mcdm.ahp.consistency import RI_SOURCES, consistency_index, gci, gci_threshold, random_index

__all__ = ["PriorityResult", "make_result", "result_from"]


@dataclass(frozen=True, slots=True)
class PriorityResult(Tabular):
    """Weights of one pairwise comparison matrix and its consistency.

    Attributes
    ----------
    weights : ndarray
        Priority vector, sums to 1.
    lambda_max : float
        Perron eigenvalue of ``matrix`` (whatever the method: CR is a property of the matrix).
    ci, cr : float
        Consistency index and ratio (CR = CI / RI; ``nan`` if the RI table has no value for n).
    gci : float
        Geometric consistency index (row geometric means, or LLSM with missing judgments).
    matrix : ndarray
        The matrix the weights come from: the input (made exactly reciprocal), or the input
        completed where judgments were missing.
    method, ri : str
        The weighting method and the RI table used.
    ri_value : float
        The random index CR was divided by.
    ri_note : str
        Which RI was used and why (e.g. a complete-matrix RI for an incomplete matrix).
    gci_threshold : float
        The GCI equivalent of CR = 0.1 for this n.
    missing : tuple of (int, int)
        The (i, j), i < j, judgments that were missing and were completed.
    completion : str
        ``"none"``, ``"lambda_max"`` (Bozóki, Fülöp & Rónyai 2010), ``"harker"`` or ``"llsm"``.
    """

    weights: np.ndarray
    lambda_max: float
    ci: float
    cr: float
    gci: float
    matrix: np.ndarray
    method: str
    ri: str
    ri_value: float
    ri_note: str
    gci_threshold: float
    missing: tuple[tuple[int, int], ...] = ()
    completion: str = "none"

    @property
    def n(self) -> int:
        return self.weights.shape[0]



_RI_CACHE: dict[tuple[int, str], tuple[float, str, float]] = {}


def _ri_entry(n: int, ri: str) -> tuple[float, str, float]:
    entry = _RI_CACHE.get((n, ri))
    if entry is None:
        entry = _RI_CACHE[(n, ri)] = (random_index(n, ri), RI_SOURCES[ri], gci_threshold(n))
    return entry


def make_result(w, lam, a, method, ri, g, *, missing=(), completion="none",
            note_prefix="") -> PriorityResult:
    n = a.shape[0]
    ci = consistency_index(lam, n)
    riv, source, gci_thr = _ri_entry(n, ri)
    cr = ci / riv if n > 2 else 0.0
    w.flags.writeable = False
    a.flags.writeable = False
    return PriorityResult(w, lam, ci, cr, g, a, method, ri, riv, note_prefix + source, gci_thr,
                          missing, completion)


def result_from(w, lam, completed, incomplete, method, ri, *, missing, completion,
                log_weights, note_prefix) -> PriorityResult:
    """Assemble a result for an incomplete matrix (used by ``mcdm.ahp.incomplete``).

    The GCI is taken over the known judgments only, with the LLSM ``log_weights``.
    """
    g = gci(incomplete, log_weights)
    return make_result(w, lam, completed, method, ri, g, missing=missing, completion=completion,
                   note_prefix=note_prefix)

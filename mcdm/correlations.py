"""Rank correlations (排序相关系数) between two rankings of the same directions.

- ``"spearman"``: Spearman's r_s, the Pearson correlation of the two rank vectors (so tied,
  competition ranks are allowed); undefined (``nan``) when one ranking ties every direction.
- ``"weighted_spearman"`` (``"rw"``): r_w of Pinto da Costa, J. & Soares, C. (2005). A weighted
  rank measure of correlation. Australian & New Zealand Journal of Statistics 47(4), 515–529:
  r_w = 1 − 6 Σ (x_i − y_i)² ((N − x_i + 1) + (N − y_i + 1)) / (N⁴ + N³ − N² − N), which weighs
  disagreements near the top more.
- ``"ws"``: the WS rank-similarity coefficient of Sałabun, W. & Urbaniak, K. (2020). A new
  coefficient of rankings similarity in decision-making problems. ICCS 2020, LNCS 12138,
  632–645: WS = 1 − Σ 2^(−x_i) |x_i − y_i| / max(|x_i − 1|, |x_i − N|). It is asymmetric:
  ``rank_a`` is the reference ranking.

The formulas are pymcdm's (``pymcdm.correlations``); identical rankings give 1 for every kind
(also where the formula is 0/0: a single direction, or Spearman with everything tied).
"""

from __future__ import annotations

import numpy as np

from mcdm.errors import MCDMError

__all__ = ["KINDS", "CorrelationError", "correlate"]

KINDS = ("spearman", "weighted_spearman", "ws")
_ALIASES = {"rs": "spearman", "rw": "weighted_spearman"}


class CorrelationError(MCDMError):
    """Rankings that cannot be correlated."""


def _ranking(value, which: str) -> np.ndarray:
    try:
        r = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise CorrelationError("correlate.not_numeric", f"ranking {which} is not numeric",
                               expected="ranks 1..N", params={"which": which}) from None
    if r.ndim != 1 or r.size == 0:
        raise CorrelationError("correlate.shape", f"ranking {which} has shape {r.shape}",
                               expected="a 1-D ranking of one or more directions",
                               params={"which": which, "shape": r.shape})
    if not np.isfinite(r).all():
        raise CorrelationError("correlate.not_finite", f"ranking {which} has a non-finite rank",
                               expected="finite ranks", params={"which": which})
    return r


def correlate(rank_a, rank_b, kind: str = "spearman") -> float:
    """The rank correlation ``kind`` between two rankings (1 = best) of the same directions.

    Examples
    --------
    >>> correlate([1, 2, 3, 4, 5], [2, 1, 3, 4, 5], "ws"), correlate([1, 2, 3, 4, 5], [1, 2, 3, 5, 4], "ws")
    (0.7916666666666667, 0.9713541666666666)
    >>> round(correlate([1, 2, 3, 4], [4, 3, 2, 1]), 12)
    -1.0
    """
    kind = _ALIASES.get(kind, kind)
    if kind not in KINDS:
        raise CorrelationError("correlate.unknown_kind", f"unknown rank correlation {kind!r}",
                               expected=" | ".join(KINDS), params={"kind": kind})
    x, y = _ranking(rank_a, "a"), _ranking(rank_b, "b")
    if x.size != y.size:
        raise CorrelationError("correlate.length", f"rankings of {x.size} and {y.size} directions",
                               expected="two rankings of the same directions",
                               params={"a": x.size, "b": y.size})
    if np.array_equal(x, y):
        return 1.0
    n = x.size
    if kind == "spearman":
        sx, sy = x.std(), y.std()
        if sx == 0 or sy == 0:
            return float("nan")
        return float(((x - x.mean()) * (y - y.mean())).mean() / (sx * sy))
    if kind == "weighted_spearman":
        num = 6 * np.sum((x - y) ** 2 * ((n - x + 1) + (n - y + 1)))
        return float(1 - num / (n ** 4 + n ** 3 - n ** 2 - n))
    return float(1 - np.sum(2.0 ** -x * np.abs(x - y) / np.maximum(np.abs(1 - x), np.abs(n - x))))

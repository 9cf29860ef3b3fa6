"""Objective criterion weights from the decision matrix (entropy, CRITIC) and combined weighting.

Objective weights (客观权重) measure how much information each criterion carries in the data:
the entropy weight method (熵权法) by the dispersion of each column, CRITIC (CRITIC 法) by its
contrast and its conflict with the other criteria. :func:`combine` joins them with the panel's
subjective AHP weights (主观权重) into combined weights (组合赋权).

A criterion whose column is constant (every direction has the same value) carries no information:
both methods give it weight 0, and the result says which criteria these are (``constant``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mcdm._validate import as_matrix, as_types, constant_columns, label
from mcdm.errors import Location, MCDMError

__all__ = [
    "COMBINATIONS", "ENTROPY_NORMALIZATIONS", "CombinedWeights", "CriticWeights",
    "EntropyWeights", "WeightingError", "combine", "critic", "entropy",
]

ENTROPY_NORMALIZATIONS = ("sum", "minmax")
COMBINATIONS = ("multiplicative", "linear")


class WeightingError(MCDMError):
    """Data from which objective or combined weights cannot be computed."""


def _frozen(a: np.ndarray) -> np.ndarray:
    a.flags.writeable = False
    return a


@dataclass(frozen=True, eq=False)  # holds arrays: compare fields, not results
class EntropyWeights:
    """The outcome of :func:`entropy` (arrays are read-only).

    Attributes
    ----------
    weights : ndarray (n,)
        w_j = d_j / Σ d, summing to 1; 0 for a constant criterion.
    normalized : ndarray (m, n)
        The matrix the shares are taken from: the data itself for ``"sum"``, its min-max
        transform (cost criteria reversed) for ``"minmax"``.
    p : ndarray (m, n)
        Shares p_ij = r_ij / Σ_i r_ij (1/m in a constant column).
    e : ndarray (n,)
        Entropies e_j = −Σ_i p_ij ln p_ij / ln m, with 0 · ln 0 = 0; 1 for a constant column.
    d : ndarray (n,)
        Degrees of divergence d_j = 1 − e_j.
    constant : ndarray (n,) of bool
        Criteria with one value for every direction; their weight is 0.
    normalization : str
    types : ndarray (n,)
    """

    weights: np.ndarray
    normalized: np.ndarray
    p: np.ndarray
    e: np.ndarray
    d: np.ndarray
    constant: np.ndarray
    normalization: str
    types: np.ndarray
    method: str = "entropy"


@dataclass(frozen=True, eq=False)  # holds arrays: compare fields, not results
class CriticWeights:
    """The outcome of :func:`critic` (arrays are read-only).

    Attributes
    ----------
    weights : ndarray (n,)
        w_j = C_j / Σ C, summing to 1; 0 for a constant criterion.
    normalized : ndarray (m, n)
        Min-max normalized matrix, cost criteria reversed: (max − x) / (max − min).
        A constant column is all 1 (as pymcdm's min-max normalization makes it).
    sigma : ndarray (n,)
        Sample standard deviation (ddof = 1) of each normalized column.
    correlation : ndarray (n, n)
        Pearson correlation r_jk between normalized columns; ``nan`` where a constant column
        makes it undefined (such entries are not used).
    conflict : ndarray (n,)
        Σ_k (1 − r_jk) over the criteria that are not constant.
    information : ndarray (n,)
        C_j = σ_j · conflict_j.
    constant : ndarray (n,) of bool
        Criteria with one value for every direction; their weight is 0 and they are left out
        of every other criterion's conflict, so adding one changes no other weight.
    types : ndarray (n,)
    """

    weights: np.ndarray
    normalized: np.ndarray
    sigma: np.ndarray
    correlation: np.ndarray
    conflict: np.ndarray
    information: np.ndarray
    constant: np.ndarray
    types: np.ndarray
    method: str = "CRITIC"


@dataclass(frozen=True, eq=False)  # holds arrays: compare fields, not results
class CombinedWeights:
    """The outcome of :func:`combine`: both inputs scaled to sum 1, and the combined weights."""

    weights: np.ndarray
    subjective: np.ndarray
    objective: np.ndarray
    method: str
    alpha: float | None


def _validated(x: np.ndarray, types, criteria, alternatives) -> tuple[np.ndarray, np.ndarray]:
    m, n = x.shape
    t = as_types(types, n, criteria=criteria)
    if m < 2:
        raise WeightingError(
            "weights.too_few_alternatives",
            f"objective weights need at least 2 directions to compare, got {m}",
            expected="2 or more directions (rows)", params={"m": m},
        )
    return t, constant_columns(x.min(axis=0), x.max(axis=0))  # equal up to rounding


def _no_information(method: str) -> WeightingError:
    return WeightingError(
        "weights.no_information",
        f"{method} weights are undefined: no criterion separates the directions",
        expected="at least one criterion whose values differ between directions"
        + (" and are not perfectly correlated with every other such criterion"
           if method == "CRITIC" else ""),
        params={"method": method},
    )


def _minmax(x: np.ndarray, t: np.ndarray, constant: np.ndarray) -> np.ndarray:
    lo, hi = x.min(axis=0), x.max(axis=0)
    span = np.where(constant, 1.0, hi - lo)
    r = np.where(t > 0, x - lo, hi - x) / span
    return np.where(constant, 1.0, r)


def entropy(matrix, types, normalization: str = "sum", *,
            alternatives: Sequence[str] | None = None,
            criteria: Sequence[str] | None = None) -> EntropyWeights:
    """Entropy weights (熵权法) of the criteria of a decision matrix.

    p_ij = r_ij / Σ_i r_ij, e_j = −(1/ln m) Σ_i p_ij ln p_ij (0 · ln 0 = 0), d_j = 1 − e_j,
    w_j = d_j / Σ d (Hwang & Yoon, 1981, *Multiple Attribute Decision Making*, pp. 52–54;
    Zeleny, 1982).

    Parameters
    ----------
    matrix : array_like (m, n)
        Directions in rows, criteria in columns; m ≥ 2.
    types : array_like (n,)
        +1 benefit, −1 cost. With ``"sum"`` the direction does not enter: the entropy measures
        how evenly a criterion's total is spread (as in Hwang & Yoon and pymcdm). With
        ``"minmax"`` cost columns are reversed before the shares are taken.
    normalization : {"sum", "minmax"}
        ``"sum"``: r = x (values must be ≥ 0). ``"minmax"``: the textbook variant
        r = (x − min)/(max − min), cost (max − x)/(max − min), which allows any sign.

    Returns
    -------
    EntropyWeights

    Raises
    ------
    DecisionProblemError
        NaN or ±inf cells, wrong shapes, types other than ±1.
    WeightingError
        ``weights.too_few_alternatives`` (m < 2), ``entropy.negative_value`` (a negative cell
        under ``"sum"``, naming row and column), ``entropy.unknown_normalization``,
        ``weights.no_information`` (every column constant).

    Notes
    -----
    A zero cell is a share of nothing: 0 · ln 0 = 0, the limit. pymcdm 1.4's
    ``entropy_weights`` refuses such a column (its sum normalization needs values > 0) and
    earlier versions gave it e_j = 0, the largest possible weight.

    Examples
    --------
    >>> r = entropy([[1, 5, 2], [2, 5, 2], [4, 5, 8]], [1, 1, -1])
    >>> r.weights.round(4).tolist(), r.constant.tolist()
    ([0.3822, 0.0, 0.6178], [False, True, False])
    """
    if normalization not in ENTROPY_NORMALIZATIONS:
        raise WeightingError(
            "entropy.unknown_normalization", f"unknown normalization {normalization!r}",
            expected=" | ".join(ENTROPY_NORMALIZATIONS), params={"normalization": normalization},
        )
    x = as_matrix(matrix, alternatives=alternatives, criteria=criteria)
    t, constant = _validated(x, types, criteria, alternatives)
    m = x.shape[0]
    if normalization == "sum":
        if (x < 0).any():
            i, j = (int(k) for k in np.argwhere(x < 0)[0])
            raise WeightingError(
                "entropy.negative_value",
                f"cell ({label(alternatives, i)}, {label(criteria, j)}) is {x[i, j]}: "
                "entropy weights with sum normalization need values ≥ 0",
                location=Location(row=label(alternatives, i), column=label(criteria, j)),
                expected="a value ≥ 0 (or normalization='minmax')",
                params={"row_index": i, "column_index": j, "value": float(x[i, j])},
            )
        r = x.copy()
    else:
        r = _minmax(x, t, constant)
    # A constant column (including all zeros) spreads its total evenly: p = 1/m, e = 1, w = 0.
    total = np.where(constant, 1.0, r.sum(axis=0))
    p = np.where(constant, 1.0 / m, r / total)
    with np.errstate(divide="ignore", invalid="ignore"):
        plogp = np.where(p > 0, p * np.log(np.where(p > 0, p, 1.0)), 0.0)
    e = np.clip(-plogp.sum(axis=0) / np.log(m), 0.0, 1.0)
    e[constant] = 1.0
    d = 1.0 - e
    if not (d > 0).any():
        raise _no_information("entropy")
    w = d / d.sum()
    return EntropyWeights(
        weights=_frozen(w), normalized=_frozen(r), p=_frozen(p), e=_frozen(e), d=_frozen(d),
        constant=_frozen(constant), normalization=normalization, types=_frozen(t),
    )


def critic(matrix, types, *, alternatives: Sequence[str] | None = None,
           criteria: Sequence[str] | None = None) -> CriticWeights:
    """CRITIC weights (Criteria Importance Through Intercriteria Correlation).

    Diakoulaki, Mavrotas & Papayannakis (1995), Computers & Operations Research 22(7), 763–770:
    min-max normalization (cost criteria reversed), σ_j the standard deviation of column j,
    r_jk the correlation between columns, C_j = σ_j Σ_k (1 − r_jk), w_j = C_j / Σ C.

    σ_j is the sample standard deviation (ddof = 1), as in pymcdm's ``critic_weights``. The
    choice cannot change the weights: σ with ddof = 0 is the same multiple of every σ_j, which
    cancels in C_j / Σ C; it only scales ``sigma`` and ``information``.

    Unlike pymcdm (which min-max normalizes every column as a benefit), a cost column is
    reversed first, as the paper's normalization to the interval [worst, best] does. Reversing
    flips the sign of that column's correlations, so the weights differ from pymcdm's whenever
    benefit and cost criteria are mixed.

    Raises
    ------
    DecisionProblemError
        NaN or ±inf cells, wrong shapes, types other than ±1.
    WeightingError
        ``weights.too_few_alternatives`` (m < 2), ``weights.no_information`` (every C_j is 0:
        all columns constant, or the varying ones perfectly correlated).

    Examples
    --------
    >>> r = critic([[1, 5, 2], [2, 5, 3], [4, 5, 1]], [1, 1, -1])
    >>> r.weights.round(4).tolist(), r.constant.tolist()
    ([0.5045, 0.0, 0.4955], [False, True, False])
    """
    x = as_matrix(matrix, alternatives=alternatives, criteria=criteria)
    t, constant = _validated(x, types, criteria, alternatives)
    r = _minmax(x, t, constant)
    sigma = r.std(axis=0, ddof=1)
    sigma[constant] = 0.0
    n = x.shape[1]
    informative = ~constant
    corr = np.full((n, n), np.nan)
    if informative.any():
        ri = r[:, informative]
        z = (ri - ri.mean(axis=0)) / np.sqrt(((ri - ri.mean(axis=0)) ** 2).sum(axis=0))
        corr[np.ix_(informative, informative)] = np.clip(z.T @ z, -1.0, 1.0)
    np.fill_diagonal(corr, np.where(informative, 1.0, np.nan))
    conflict = np.where(informative, np.nansum(1.0 - corr, axis=1), 0.0)
    info = sigma * conflict
    # Round-off leaves ~1e-16 where perfectly correlated columns have no conflict at all.
    info[info < 1e-12 * max(1.0, float(info.max(initial=0.0)))] = 0.0
    if not (info > 0).any():
        raise _no_information("CRITIC")
    return CriticWeights(
        weights=_frozen(info / info.sum()), normalized=_frozen(r), sigma=_frozen(sigma),
        correlation=_frozen(corr), conflict=_frozen(conflict), information=_frozen(info),
        constant=_frozen(constant), types=_frozen(t),
    )


def _weight_vector(value, what: str, n: int | None) -> np.ndarray:
    try:
        w = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise WeightingError("combine.not_numeric", f"the {what} weights are not numbers",
                             expected="numbers", params={"which": what}) from None
    if w.ndim != 1 or w.size == 0 or (n is not None and w.size != n):
        raise WeightingError(
            "combine.shape", f"{what} weights of shape {w.shape}"
            + (f" for {n} criteria" if n is not None else ""),
            expected=f"{n if n is not None else 'one or more'} weights, one per criterion",
            params={"which": what, "shape": w.shape, "n": n},
        )
    for code, bad, expected in (("combine.not_finite", ~np.isfinite(w), "a finite number"),
                                ("combine.negative", w < 0, "a weight ≥ 0")):
        if bad.any():
            j = int(np.argmax(bad))
            raise WeightingError(
                code, f"{what} weight {j} is {w[j]}",
                location=Location(field=str(j)), expected=expected,
                params={"which": what, "criterion_index": j, "value": float(w[j])},
            )
    if w.sum() <= 0:
        raise WeightingError("combine.all_zero", f"every {what} weight is zero",
                             expected="at least one positive weight", params={"which": what})
    return w / w.sum()


def combine(subjective, objective, method: str = "multiplicative",
            alpha: float = 0.5) -> CombinedWeights:
    """Combined weights (组合赋权) from subjective (AHP) and objective weights.

    Both vectors are first scaled to sum 1. ``"multiplicative"``: w_j = a_j o_j / Σ a o.
    ``"linear"``: w = α a + (1 − α) o (α, the share of the subjective weights, in [0, 1]).

    Raises
    ------
    WeightingError
        ``combine.shape`` (different lengths), ``combine.not_finite``, ``combine.negative``,
        ``combine.all_zero``, ``combine.alpha`` (α outside [0, 1] or not finite),
        ``combine.unknown_method``, ``combine.disjoint`` (multiplicative: no criterion has both
        weights positive).

    Examples
    --------
    >>> combine([0.5, 0.3, 0.2], [0.2, 0.2, 0.6]).weights.round(4).tolist()
    [0.3571, 0.2143, 0.4286]
    >>> combine([0.5, 0.3, 0.2], [0.2, 0.2, 0.6], "linear", alpha=0.75).weights.round(4).tolist()
    [0.425, 0.275, 0.3]
    """
    if method not in COMBINATIONS:
        raise WeightingError("combine.unknown_method", f"unknown combination {method!r}",
                             expected=" | ".join(COMBINATIONS), params={"method": method})
    a = _weight_vector(subjective, "subjective", None)
    o = _weight_vector(objective, "objective", a.size)
    if method == "multiplicative":
        w = a * o
        if w.sum() <= 0:
            raise WeightingError(
                "combine.disjoint",
                "no criterion has both a positive subjective and a positive objective weight",
                expected="at least one criterion weighted by both", params={"method": method},
            )
        return CombinedWeights(_frozen(w / w.sum()), _frozen(a), _frozen(o), method, None)
    if not isinstance(alpha, (int, float)) or not np.isfinite(alpha) or not 0 <= alpha <= 1:
        raise WeightingError("combine.alpha", f"alpha is {alpha!r}",
                             expected="a number in [0, 1]", params={"alpha": alpha})
    w = alpha * a + (1.0 - alpha) * o
    return CombinedWeights(_frozen(w / w.sum()), _frozen(a), _frozen(o), method, float(alpha))

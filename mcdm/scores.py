"""Aggregate the experts' scores of priority directions into one decision matrix per industry.

Each cell (direction × criterion) is aggregated over the experts who scored it, by the weighted
arithmetic mean or the weighted geometric mean (Aczél & Saaty 1983 show the geometric mean is
the aggregation that keeps ratio-scale judgments consistent), with the expert weights
renormalized over those experts. Dispersion is kept per cell so disagreements show. Missing
scores (NaN) are skipped; a cell nobody scored is an error naming industry, direction and
criterion.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mcdm._validate import DecisionProblemError, label
from mcdm.errors import Location, Problem, ValidationFailed, item_name
from mcdm.group import expert_weights as group_expert_weights

__all__ = ["ScoreAggregation", "aggregate_scores"]


@dataclass(frozen=True, eq=False)  # holds arrays: compare fields, not results
class ScoreAggregation:
    """Aggregated scores of one industry (arrays are (m, n) unless stated).

    Attributes
    ----------
    matrix : the aggregated decision matrix.
    std : weighted standard deviation of the experts' scores around their weighted arithmetic
        mean, in score units (0 where one expert scored).
    log_std : weighted standard deviation of ln(score) (geometric method only, else None);
        exp(log_std) is the geometric standard deviation factor.
    low, high : the smallest and largest score given.
    count : how many experts (with positive weight) scored the cell.
    expert_weights : (E,) the expert weights, summing to 1.
    method : "arithmetic" | "geometric".
    """

    matrix: np.ndarray
    std: np.ndarray
    log_std: np.ndarray | None
    low: np.ndarray
    high: np.ndarray
    count: np.ndarray
    expert_weights: np.ndarray
    method: str

    def most_disputed(self, k: int = 5) -> list[tuple[int, int]]:
        """The (direction, criterion) cells with the largest spread, widest first."""
        flat = np.argsort(-self.std, axis=None, kind="stable")[:k]
        return [tuple(int(v) for v in np.unravel_index(f, self.std.shape)) for f in flat]


def aggregate_scores(scores, expert_weights=None, *, method: str = "arithmetic",
                     industry: str | None = None, directions: Sequence[str] | None = None,
                     criteria: Sequence[str] | None = None,
                     experts: Sequence[str] | None = None) -> ScoreAggregation:
    """Aggregate per-expert score matrices cell by cell.

    Parameters
    ----------
    scores : array_like (E, m, n)
        One matrix per expert; NaN (or None) marks a missing score.
    expert_weights : array_like (E,), optional
        Non-negative, not all zero; equal weights by default. Renormalized per cell over the
        experts who scored it.
    method : {"arithmetic", "geometric"}
        Weighted arithmetic mean, or weighted geometric mean (scores must then be > 0).
    industry, directions, criteria, experts : names used in errors.

    Raises
    ------
    ValidationFailed
        Listing every cell nobody scored (code ``scores.cell_unscored``, location: industry as
        ``field``, direction as ``row``, criterion as ``column``).
    DecisionProblemError
        Wrong shapes, ±inf, non-positive scores for the geometric mean, bad expert weights.
    """
    if method not in ("arithmetic", "geometric"):
        raise DecisionProblemError("scores.method", f"unknown aggregation {method!r}",
                                   expected="arithmetic | geometric", params={"method": method})
    try:
        x = np.array(scores, dtype=np.float64)
    except (TypeError, ValueError):
        raise DecisionProblemError("scores.not_numeric", "scores contain values that are not numbers",
                                   location=Location(field=industry), expected="numbers or blanks",
                                   params={"industry": industry}) from None
    if x.ndim != 3 or 0 in x.shape:
        raise DecisionProblemError("scores.shape", f"scores of shape {x.shape}",
                                   location=Location(field=industry),
                                   expected="(experts, directions, criteria)",
                                   params={"shape": x.shape, "industry": industry})
    e = x.shape[0]
    w = group_expert_weights(expert_weights, e, experts, error=DecisionProblemError)

    def where(ex: int, i: int, j: int) -> tuple[Location, dict]:
        return (Location(field=industry, row=label(directions, i), column=label(criteria, j)),
                {"industry": industry, "direction": item_name(directions, i),
                 "criterion": item_name(criteria, j), "expert": item_name(experts, ex)})

    if np.isinf(x).any():
        ex, i, j = (int(v) for v in np.argwhere(np.isinf(x))[0])
        loc, params = where(ex, i, j)
        params["value"] = float(x[ex, i, j])
        raise DecisionProblemError("scores.not_finite", f"expert {label(experts, ex)} scored {x[ex, i, j]}",
                                   location=loc, expected="a finite number or a blank", params=params)
    given = ~np.isnan(x) & (w[:, None, None] > 0)
    if method == "geometric" and (given & ~(x > 0)).any():
        ex, i, j = (int(v) for v in np.argwhere(given & ~(x > 0))[0])
        loc, params = where(ex, i, j)
        params["value"] = float(x[ex, i, j])
        raise DecisionProblemError("scores.not_positive",
                                   f"the geometric mean needs positive scores; expert {label(experts, ex)} gave {x[ex, i, j]}",
                                   location=loc, expected="a score > 0", params=params)
    count = given.sum(axis=0)
    if (count == 0).any():
        problems = []
        for i, j in np.argwhere(count == 0):
            loc, params = where(0, int(i), int(j))
            params.pop("expert")
            problems.append(Problem("scores.cell_unscored",
                                    f"nobody scored direction {params['direction']} on criterion "
                                    f"{params['criterion']}" + (f" in industry {industry}" if industry else ""),
                                    loc, "at least one expert's score", params))
        raise ValidationFailed(problems, code="scores.cells_unscored", location=Location(field=industry),
                               params={"industry": industry})

    ww = np.where(given, w[:, None, None], 0.0)
    ww = ww / ww.sum(axis=0)
    # In units of each cell's largest |score|, so that squares of huge measured values
    # (any finite number is allowed) cannot overflow.
    unit = np.abs(np.where(given, x, 0.0)).max(axis=0)
    unit[unit == 0] = 1.0
    v = np.where(given, x, 0.0) / unit
    mean = (ww * v).sum(axis=0)
    std = np.sqrt(np.maximum((ww * (v - mean) ** 2).sum(axis=0), 0.0)) * unit
    mean *= unit
    log_std = None
    if method == "geometric":
        lv = np.log(np.where(given, x, 1.0))
        lmean = (ww * lv).sum(axis=0)
        log_std = np.sqrt(np.maximum((ww * (lv - lmean) ** 2).sum(axis=0), 0.0))
        matrix = np.exp(lmean)
    else:
        matrix = mean
    low = np.where(given, x, np.inf).min(axis=0)
    high = np.where(given, x, -np.inf).max(axis=0)
    return ScoreAggregation(matrix=matrix, std=std, log_std=log_std, low=low, high=high,
                            count=count, expert_weights=w, method=method)

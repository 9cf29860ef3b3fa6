"""Weight one industry's criteria as the project's settings say: AHP, objective or combined.

Called by :func:`mcdm.project.evaluate.evaluate` for every industry it ranks, on that
industry's aggregated score matrix (the directions it ranks × its criteria: the tree leaves,
then its own measured criteria).

- **AHP** (subjective, 主观权重): the tree leaves' group global weights scaled by
  ``1 − own_share``, then the industry's own criteria at the shares the planner gave them.
- **Objective** (客观权重): :func:`mcdm.weights.entropy` (``"entropy"``: shares of the column
  sums; ``"entropy_minmax"``: after min-max normalization with costs reversed) or
  :func:`mcdm.weights.critic`, over *every* criterion of the industry, its own included. The
  data alone weight them: in "objective" mode the planner's ``own_share`` does not apply.
- **Combined** (组合赋权): :func:`mcdm.weights.combine` of the AHP vector above (which carries
  the planner's shares for the industry's own criteria) and the objective vector,
  multiplicatively or linearly with the subjective share α.

All three are computed whatever the setting, so a page can show them side by side; the setting
chooses which one ranks (``used``). Criteria with the same score for every direction carry no
information: their objective weight is 0 and a note says which they are. Where the chosen
vector cannot be computed (no criterion separates the directions; a negative value under the
plain entropy method; AHP and objective weights with nothing in common) the industry is ranked
by its AHP weights and a note says so: the ranking is never silently weighted otherwise than
the result reports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from mcdm.errors import Location, MCDMError, Problem
from mcdm.weights import CombinedWeights, CriticWeights, EntropyWeights, combine, critic, entropy

__all__ = ["IndustryWeighting", "sample_weights", "weigh"]

VECTORS = ("ahp", "objective", "combined")


@dataclass(frozen=True, eq=False)  # holds arrays: compare fields, not results
class IndustryWeighting:
    """How one industry's criteria were weighted (arrays are read-only).

    Attributes
    ----------
    ahp : ndarray (n,)
        Subjective weights (see the module docstring).
    objective : ndarray (n,) or None
        Objective weights by ``method``; None when they are undefined (a note says why).
    objective_steps : EntropyWeights or CriticWeights or None
        Every intermediate table of the objective method (shares, entropies, divergences; or
        the normalized matrix, σ, correlations, conflict, information).
    combined : ndarray (n,) or None
        Combined weights; None when they are undefined.
    combination : CombinedWeights or None
        The combination's inputs (both scaled to sum 1), method and α.
    mode : str
        The project's setting: "ahp", "objective" or "combined".
    used : str
        The vector that ranked: ``mode``, or "ahp" when that vector is undefined.
    method : str
        The objective method: "entropy", "entropy_minmax" or "critic".
    combine_method : str; alpha : float
        The combination and its subjective share α (α applies to "linear" only).
    constant : tuple of str
        Criteria with the same score for every direction (objective weight 0).
    notes : tuple of Problem
        ``weighting.constant_criteria``, ``weighting.no_information``,
        ``weighting.negative_values``, ``weighting.combination_undefined``,
        ``weighting.fell_back`` — as data to show, with the industry and criteria ids.
    """

    ahp: np.ndarray
    objective: np.ndarray | None
    objective_steps: EntropyWeights | CriticWeights | None
    combined: np.ndarray | None
    combination: CombinedWeights | None
    mode: str
    used: str
    method: str
    combine_method: str
    alpha: float
    constant: tuple[str, ...]
    notes: tuple[Problem, ...]

    @property
    def weights(self) -> np.ndarray:
        """The weights that ranked the industry."""
        return self.vector(self.used)

    def vector(self, name: str) -> np.ndarray | None:
        """``"ahp"``, ``"objective"`` or ``"combined"`` weights (None when undefined)."""
        return {"ahp": self.ahp, "objective": self.objective, "combined": self.combined}[name]


def _note(code: str, message: str, industry: str, **params) -> Problem:
    return Problem(code, message, Location(field=industry), None,
                   {"industry": industry, **params})


def objective_steps(method: str, x: np.ndarray, types: np.ndarray, criteria: tuple[str, ...]):
    """The objective method's steps on one industry's aggregated matrix (entropy or CRITIC)."""
    if method == "critic":
        return critic(x, types, criteria=criteria)
    return entropy(x, types, "minmax" if method == "entropy_minmax" else "sum",
                   criteria=criteria)


def _frozen(a: np.ndarray | None) -> np.ndarray | None:
    if a is not None:
        a = np.array(a, dtype=float)
        a.flags.writeable = False
    return a


def weigh(settings, matrix: np.ndarray, ahp: np.ndarray, types: np.ndarray,
          criteria: tuple[str, ...], industry_id: str, *,
          objective: Callable[[], Any] | None = None) -> IndustryWeighting:
    """Weight one industry's criteria (see the module docstring).

    Parameters
    ----------
    settings : Settings
        ``weighting``, ``objective_method``, ``combination``, ``combination_alpha``.
    matrix : ndarray (m, n)
        The industry's aggregated scores (directions ranked × criteria).
    ahp : ndarray (n,)
        The industry's AHP weights (leaves scaled by ``1 − own_share``, then its own).
    types : ndarray (n,)
    criteria : tuple of str
        The criteria's ids (named in notes).
    objective : callable, optional
        Returns :func:`objective_steps` for this matrix (or raises its error): an incremental
        evaluation passes a cached one, since the objective weights depend on the scores only
        and a judgment edit leaves them as they were.

    Examples
    --------
    >>> from mcdm.project.model import Settings
    >>> s = Settings(weighting="combined")
    >>> w = weigh(s, np.array([[1., 5, 2], [2, 5, 2], [4, 5, 8]]), np.array([.5, .3, .2]),
    ...           np.array([1., 1, -1]), ("a", "b", "c"), "ind")
    >>> w.used, w.constant, w.objective.round(4).tolist(), w.combined.round(4).tolist()
    ('combined', ('b',), [0.3822, 0.0, 0.6178], [0.6073, 0.0, 0.3927])
    >>> [n.code for n in w.notes]
    ['weighting.constant_criteria']
    """
    mode, method = str(settings.weighting), str(settings.objective_method)
    how, alpha = str(settings.combination), float(settings.combination_alpha)
    notes: list[Problem] = []
    steps = combination = None
    constant: tuple[str, ...] = ()
    try:
        steps = (objective or (lambda: objective_steps(method, matrix, types, criteria)))()
    except MCDMError as exc:
        if exc.code == "entropy.negative_value":
            j = exc.params.get("column_index", 0)
            notes.append(_note("weighting.negative_values", exc.message, industry_id,
                               criterion=criteria[j], method=method))
        else:
            notes.append(_note("weighting.no_information", exc.message, industry_id,
                               method=method, cause=exc.code))
    if steps is not None:
        constant = tuple(c for c, k in zip(criteria, steps.constant, strict=True) if k)
        if constant:
            notes.insert(0, _note("weighting.constant_criteria",
                                  f"criteria {', '.join(constant)} have one score for every "
                                  "direction: objective weight 0", industry_id,
                                  criteria=constant, method=method))
        try:
            combination = combine(ahp, steps.weights, how, alpha)
        except MCDMError as exc:
            notes.append(_note("weighting.combination_undefined", exc.message, industry_id,
                               combination=how, cause=exc.code))
    objective = None if steps is None else steps.weights
    combined = None if combination is None else combination.weights
    used = mode if {"ahp": ahp, "objective": objective, "combined": combined}[mode] is not None \
        else "ahp"
    if used != mode:
        notes.append(_note("weighting.fell_back", f"the {mode} weights are undefined: ranked "
                           "by the AHP weights", industry_id, mode=mode))
    return IndustryWeighting(
        ahp=_frozen(ahp), objective=_frozen(objective), objective_steps=steps,
        combined=_frozen(combined), combination=combination, mode=mode, used=used,
        method=method, combine_method=how, alpha=alpha, constant=constant, notes=tuple(notes))


def sample_weights(weighting: IndustryWeighting, ahp_samples: np.ndarray) -> np.ndarray:
    """Weight samples for Monte Carlo, given samples of the AHP weights (S, n).

    The panel's disagreement moves the AHP weights; the objective weights come from the
    aggregated scores and stay fixed, so each sample is weighted as the evaluation was:
    the AHP sample itself, the objective weights, or their combination.
    """
    a = np.asarray(ahp_samples, dtype=float)
    if weighting.used == "ahp":
        return a
    o = weighting.objective
    if weighting.used == "objective":
        return np.broadcast_to(o, a.shape).copy()
    a = a / a.sum(axis=1, keepdims=True)
    if weighting.combine_method == "linear":
        return weighting.alpha * a + (1.0 - weighting.alpha) * o
    w = a * o
    total = w.sum(axis=1, keepdims=True)
    # a sample with nothing in common with the objective weights keeps the combined weights
    return np.where(total > 0, w / np.where(total > 0, total, 1.0), weighting.combined)

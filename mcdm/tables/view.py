"""What the results workbook shows, as plain labelled tables taken from one evaluation result.

The sheets never compute: :func:`view_of` only picks numbers out of the evaluation result
(:func:`mcdm.project.evaluate`) and pairs them with labels in the workbook's language, so the
sheet writers depend on this small shape rather than on every result class.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class NodeView:
    id: str
    label: str
    depth: int
    local: float | None  # the node's weight under its parent (None for the goal)
    global_: float
    internal: bool
    cr: float | None = None  # group matrix CR / GCI / consensus S* (internal nodes)
    gci: float | None = None
    consensus: float | None = None
    expert_cr: tuple[float | None, ...] = ()
    expert_gci: tuple[float | None, ...] = ()
    items: tuple[str, ...] = ()  # the children compared here (internal nodes)
    group_weights: np.ndarray | None = None  # the group's local weights of ``items``
    aggregated: np.ndarray | None = None  # the group (AIJ) matrix, nan where nobody judged
    consensus_word: str = ""
    gci_limit: float | None = None  # the GCI matching CR 0.1 for this size


@dataclass(frozen=True)
class ExpertBlock:
    node_label: str
    items: tuple[str, ...]
    matrix: np.ndarray  # nan where missing
    weights: np.ndarray
    lambda_max: float
    ci: float
    cr: float
    gci: float


@dataclass(frozen=True)
class IndustryView:
    id: str
    label: str
    directions: tuple[str, ...]
    criteria: tuple[str, ...]
    types: np.ndarray
    matrix: np.ndarray  # aggregated decision matrix
    std: np.ndarray | None  # dispersion of the experts' scores per cell
    weights: np.ndarray  # TOPSIS weights (sum 1)
    normalization: str
    closeness: np.ndarray
    ranks: np.ndarray
    comparison: object | None = None  # mcdm.compare.ComparisonResult
    sensitivity: object | None = None  # mcdm.sensitivity.SensitivityResult
    acceptability: np.ndarray | None = None  # (m, m) from Monte Carlo
    d_plus: np.ndarray | None = None  # distance to the positive / negative ideal
    d_minus: np.ndarray | None = None
    # How each TOPSIS weight is made: a tree leaf's AHP global weight × (1 − own_share), or an
    # industry criterion's own share (``own[j]``); ``tree_weight`` is nan for own criteria.
    criterion_ids: tuple[str, ...] = ()
    tree_weight: np.ndarray | None = None
    own_share: float = 0.0
    count: np.ndarray | None = None  # respondents per cell (directions × criteria)
    raw: np.ndarray | None = None  # experts × directions × criteria, nan where not scored
    monte_carlo: object | None = None  # mcdm.uncertainty.MonteCarloResult of this industry
    top_k: np.ndarray | None = None  # P(rank ≤ k) from Monte Carlo
    steps: object | None = None  # mcdm.topsis.TopsisSteps (normalized … d_minus)
    direction_ids: tuple[str, ...] = ()  # the ranked directions' ids, in ``directions`` order


@dataclass(frozen=True)
class ResultsView:
    lang: str
    title: str
    illustrative: bool
    experts: tuple[tuple[str, str], ...]  # (id, name)
    nodes: tuple[NodeView, ...]
    leaves: tuple[tuple[str, float], ...]  # (label, group global weight)
    overall_consensus: float | None
    expert_blocks: dict  # expert id -> tuple[ExpertBlock, ...]
    industries: tuple[IndustryView, ...]
    settings: dict
    expert_weights: tuple[float, ...] = ()  # normalized, panel order
    roles: tuple[str, ...] = ()
    # expert id → (judgments given, judgments asked) over every node with a matrix
    completeness: dict | None = None
    monte_carlo: dict | None = None  # the run's options (n_samples, sampler, seed, …) if any
    # Per ranked industry: the AHP, objective and combined weights and the objective method's
    # steps (mcdm.tables.portfolio.WeightingView); the portfolio (PortfolioView, None when the
    # project defines none: no budget and no cost); the Delphi rounds (RoundsView, None before
    # a round has closed); the comparison's parameters as one line.
    weighting: tuple = ()
    portfolio: object | None = None
    rounds: object | None = None
    comparison_caption: str = ""
    method_settings: tuple[tuple[str, str], ...] = ()  # (setting, value) in the table's words

"""Monte Carlo for a whole project: carry the panel's disagreement into every industry's ranking.

Two samplers (:class:`MonteCarloOptions`):

- ``"bootstrap"`` (default): resample the experts with replacement, re-aggregate their judgments
  (AIJ or AIP, as the project's settings say) and re-weight through the hierarchy, giving one
  leaf-weight vector per sample. A panel of E experts has at most C(2E−1, E) distinct bootstrap
  panels (462 for six), so each distinct panel is weighted once through :mod:`mcdm.group` and
  :mod:`mcdm.hierarchy`, and the samples share the results. A bootstrap panel whose judgments
  at a node do not connect every item keeps the group's local weights at that node.
- ``"dirichlet"``: weights ~ Dirichlet around each industry's weights
  (:class:`mcdm.uncertainty.Dirichlet`).

Each industry is then simulated by :func:`mcdm.uncertainty.simulate` with the same weight
samples (its own criteria appended; objective or combined as the industry was weighted, see
:func:`mcdm.project.evaluate_weighting.sample_weights`), optionally with score noise equal to each cell's dispersion
across experts (clipped to the score range when the industry has only tree criteria).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from mcdm.ahp.batch import as_judgment_stack
from mcdm.errors import Location, MCDMError
from mcdm.group import aggregate_priorities, aij_of, expert_weights
from mcdm.hierarchy import Node, evaluate_hierarchy
from mcdm.project.evaluate_weighting import sample_weights
from mcdm.project.model import Criterion, Project, ProjectError

__all__ = ["KEPT_SAMPLES", "MonteCarloOptions", "bootstrap_leaf_weights", "run_monte_carlo"]

#: Every industry's result keeps the closeness of this many samples (the first ones) for the
#: portfolio's robustness (:meth:`ProjectResult.portfolio_robustness`): 10,000 × 61 directions
#: is 2.4 MB as float32; a run of a million samples must not hold them all.
KEPT_SAMPLES = 10_000


@dataclass(frozen=True)
class MonteCarloOptions:
    n_samples: int = 1000
    sampler: str = "bootstrap"  # | "dirichlet"
    concentration: float = 100.0
    score_noise: bool = False
    seed: int = 0
    top_k: int = 3


def _options(value) -> MonteCarloOptions:
    if isinstance(value, MonteCarloOptions):
        opts = value
    elif isinstance(value, int) and not isinstance(value, bool):
        opts = MonteCarloOptions(n_samples=value)
    else:
        raise ProjectError("montecarlo.options", f"Monte Carlo options {value!r}",
                           expected="a number of samples or MonteCarloOptions",
                           params={"value": repr(value)[:40]})
    if opts.n_samples < 1 or opts.sampler not in ("bootstrap", "dirichlet"):
        raise ProjectError("montecarlo.options", f"{opts}", location=Location(field="monte_carlo"),
                           expected="n_samples ≥ 1 and sampler 'bootstrap' or 'dirichlet'",
                           params={"n_samples": opts.n_samples, "sampler": opts.sampler})
    return opts


def _node_stacks(project: Project) -> dict:
    """Per node, the whole panel's validated log-judgment stack, once per run: what every
    resampled panel's AIJ reads (``aggregate_judgments`` would rebuild and re-validate the
    matrices for each of the hundreds of distinct panels). A stack that cannot be formed is
    kept as its error, raised for every panel as ``aggregate_judgments`` would."""
    ids = project.expert_ids()
    out: dict = {}
    for node in project.internal_nodes():
        try:
            stack, missing = as_judgment_stack([project.judgment_matrix(e, node.id) for e in ids])
            out[node.id] = (np.log(stack), bool(missing.any()))
        except MCDMError as exc:
            out[node.id] = exc
    return out


def _panel_leaf_weights(project: Project, panel_w: np.ndarray, results, fallback,
                        stacks: dict | None = None) -> np.ndarray:
    s = project.settings
    ids = project.expert_ids()
    if s.aggregation == "AIJ" and stacks is None:
        stacks = _node_stacks(project)
    local: dict[str, dict] = {}
    for node in project.internal_nodes():
        try:
            if s.aggregation == "AIJ":
                # as in the evaluation: only experts whose own matrix here could be weighted;
                # aggregate_judgments(matrices, panel_w * usable) on the stack made once
                usable = np.array([(e, node.id) in results for e in ids], dtype=float)
                stack = stacks[node.id]
                if isinstance(stack, MCDMError):
                    raise stack
                logs, missing = stack
                w = expert_weights(panel_w * usable, len(ids), ids)
                local[node.id] = {"matrix": aij_of(logs, w, missing)}
            else:
                have = [k for k, e in enumerate(ids) if (e, node.id) in results and panel_w[k] > 0]
                local[node.id] = {"weights": aggregate_priorities(
                    [results[(ids[k], node.id)].weights for k in have], panel_w[have])}
        except MCDMError:
            local[node.id] = {"weights": fallback[node.id]}

    def tree(n: Criterion) -> Node:
        return Node(n.id, tuple(tree(c) for c in n.children), **local.get(n.id, {}))
    try:
        return evaluate_hierarchy(tree(project.goal), s.priority_method, s.ri_table).leaf_weights
    except MCDMError:
        # a resampled AIJ matrix that cannot be weighted: fall back node by node
        for node in project.internal_nodes():
            local[node.id] = {"weights": fallback[node.id]} if "matrix" in local[node.id] and \
                np.isnan(local[node.id]["matrix"]).any() else local[node.id]
        return evaluate_hierarchy(tree(project.goal), s.priority_method, s.ri_table).leaf_weights


def bootstrap_leaf_weights(project: Project, w_experts: np.ndarray, results, fallback,
                           n_samples: int, seed: int) -> np.ndarray:
    """(n_samples, n_leaves) group leaf weights of bootstrap-resampled panels."""
    e = len(w_experts)
    rng = np.random.default_rng(np.random.SeedSequence(seed))
    idx = rng.integers(0, e, size=(n_samples, e))
    counts = np.zeros((n_samples, e))
    np.add.at(counts, (np.repeat(np.arange(n_samples), e), idx.ravel()), 1.0)
    panels, inverse = np.unique(counts, axis=0, return_inverse=True)
    stacks = _node_stacks(project) if project.settings.aggregation == "AIJ" else None
    leaf = np.array([_panel_leaf_weights(project, p * w_experts, results, fallback, stacks)
                     for p in panels])
    return leaf[np.asarray(inverse).ravel()]


def run_monte_carlo(project: Project, industries, w_experts, results, group_local, value,
                    progress=None):
    """Attach a ``MonteCarloResult`` to every industry result; returns (industries, options).

    ``group_local`` maps node id → the group's local weights (the bootstrap's fallback).
    """
    from mcdm.uncertainty import Dirichlet, simulate

    opts = _options(value)
    s = project.settings
    leaf_samples = None
    if opts.sampler == "bootstrap":
        leaf_samples = bootstrap_leaf_weights(project, w_experts, results, group_local,
                                              opts.n_samples, opts.seed)
    total = opts.n_samples * len(industries)
    out = []
    for k, ind in enumerate(industries):
        share = ind.own_share
        n_leaves = len(project.leaves())
        has_own = len(ind.criterion_ids) > n_leaves
        if leaf_samples is not None:
            own = ind.weighting.ahp[n_leaves:]
            weights = sample_weights(ind.weighting, np.hstack([
                leaf_samples * (1.0 - share), np.broadcast_to(own, (opts.n_samples, own.size))]))
        else:
            weights = Dirichlet(ind.weights, opts.concentration)
        done_before = k * opts.n_samples

        def step(done, _total, base=done_before):
            return None if progress is None else progress(base + done, total)
        res = simulate(ind.scores.matrix, ind.types, weights,
                       n_samples=opts.n_samples if leaf_samples is None else None,
                       normalization=s.normalization,
                       score_noise=[ind.scores.std] if opts.score_noise else None,
                       score_bounds=None if has_own else (s.score_min, s.score_max),
                       top_k=opts.top_k, seed=opts.seed, progress=step,
                       industries=[ind.industry_id], keep_closeness=KEPT_SAMPLES)
        out.append(dataclasses.replace(ind, monte_carlo=res))
        if res.cancelled:
            out.extend(industries[k + 1:])
            break
    return out, dataclasses.asdict(opts)

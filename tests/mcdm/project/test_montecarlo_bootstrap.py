"""The project's bootstrap Monte Carlo weighs each resampled panel as the evaluation weighs the
panel: checked against aggregate_judgments + evaluate_hierarchy called directly."""

import numpy as np
from numpy.testing import assert_array_equal

from mcdm.group import aggregate_judgments
from mcdm.hierarchy import Node, evaluate_hierarchy
from mcdm.project.evaluate import evaluate
from mcdm.project.montecarlo import _node_stacks, _panel_leaf_weights
from mcdm.project.sample import sample_project


def _direct(p, panel_w, results):
    ids = p.expert_ids()

    def tree(n):
        kw = {}
        if len(n.children) >= 2:
            usable = np.array([(e, n.id) in results for e in ids], dtype=float)
            kw["matrix"] = aggregate_judgments([p.judgment_matrix(e, n.id) for e in ids],
                                               panel_w * usable)
        return Node(n.id, tuple(tree(c) for c in n.children), **kw)
    return evaluate_hierarchy(tree(p.goal), p.settings.priority_method,
                              p.settings.ri_table).leaf_weights


def test_resampled_panels_match_direct_aggregation_bit_for_bit():
    p = sample_project()
    r = evaluate(p)
    local = {k: n.weights for k, n in r.nodes.items()}
    stacks = _node_stacks(p)
    rng = np.random.default_rng(4)
    for _ in range(25):
        counts = np.bincount(rng.integers(0, 6, 6), minlength=6).astype(float)
        w = counts * r.expert_weights
        assert_array_equal(_panel_leaf_weights(p, w, r.individual, local, stacks),
                           _direct(p, w, r.individual))

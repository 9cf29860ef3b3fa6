"""evaluate(project) on the sample workshop, checked against direct engine calls on data read
straight from the project file (not through the model's helpers)."""

import json
import subprocess
import sys

import numpy as np
import pytest
from numpy.testing import assert_allclose

from mcdm.ahp import priorities
from mcdm.errors import MCDMError
from mcdm.group import aggregate_judgments, aggregate_priorities, consensus
from mcdm.hierarchy import hierarchy_consensus
from mcdm.project import edits as E
from mcdm.project.evaluate import evaluate
from mcdm.project.montecarlo import MonteCarloOptions, bootstrap_leaf_weights
from mcdm.project.sample import sample_project
from mcdm.project.templates import new_from_template
from mcdm.resources import sample
from mcdm.topsis import rank

RAW = json.loads(sample("sample_workshop.json").read_text("utf-8"))
EXPERTS = [e["id"] for e in RAW["experts"]]
W_EXPERTS = np.array([e["weight"] for e in RAW["experts"]], float)
W_EXPERTS /= W_EXPERTS.sum()
TREE = RAW["goal"]
NODES = {TREE["id"]: [c["id"] for c in TREE["children"]]}
for child in TREE["children"]:
    NODES[child["id"]] = [c["id"] for c in child["children"]]
LEAVES = NODES["principles"] + NODES["strategies"]


def raw_matrix(expert, node):
    ids = NODES[node]
    a = np.full((len(ids), len(ids)), np.nan)
    np.fill_diagonal(a, 1.0)
    for x, row in RAW["judgments"].get(expert, {}).get(node, {}).items():
        for y, v in row.items():
            a[ids.index(x), ids.index(y)] = v
            a[ids.index(y), ids.index(x)] = 1 / v
    return a


@pytest.fixture(scope="module")
def result():
    return evaluate(sample_project())


def test_individual_priorities_match_direct_calls(result):
    for e in EXPERTS:
        for node in NODES:
            direct = priorities(raw_matrix(e, node))
            mine = result.individual[(e, node)]
            assert_allclose(mine.weights, direct.weights, rtol=1e-12)
            assert mine.cr == pytest.approx(direct.cr, rel=1e-12)
            assert mine.gci == pytest.approx(direct.gci, rel=1e-12)
    assert result.cr("E4", "principles") > 0.1
    codes = {(a.code, a.params["expert"]) for a in result.advice}
    assert ("advice.inconsistent", "E4") in codes
    assert ("advice.missing_judgments", "E5") in codes


def test_group_weights_are_aij_then_products_down_the_tree(result):
    local = {node: priorities(aggregate_judgments([raw_matrix(e, node) for e in EXPERTS],
                                                  W_EXPERTS)).weights for node in NODES}
    expected = np.concatenate([local["goal"][0] * local["principles"],
                               local["goal"][1] * local["strategies"]])
    assert result.leaf_ids == tuple(LEAVES)
    assert_allclose(result.leaf_weights, expected, rtol=1e-12)
    assert result.leaf_weights.sum() == pytest.approx(1.0)
    assert_allclose(result.nodes["principles"].weights, local["principles"], rtol=1e-12)


def test_consensus_matches_group_and_hierarchy_calls(result):
    for node in NODES:
        vectors = [result.individual[(e, node)].weights for e in EXPERTS]
        assert result.nodes[node].consensus.s_star == pytest.approx(
            consensus(vectors, W_EXPERTS).s_star, rel=1e-12)
    overall = hierarchy_consensus(
        result.hierarchy, {n: np.array([result.individual[(e, n)].weights for e in EXPERTS])
                           for n in NODES}, W_EXPERTS)
    assert result.consensus == pytest.approx(overall.s_star, rel=1e-12)
    # the dissenter is the one furthest from the group on the principles
    node = result.nodes["principles"]
    assert node.experts[node.consensus.furthest_expert] == "E6"


def test_rankings_match_a_hand_built_decision_matrix(result):
    for ind in RAW["industries"]:
        dirs = [d["id"] for d in ind["directions"]]
        own = ind["criteria"]
        crit = LEAVES + [c["id"] for c in own]
        x = np.full((len(EXPERTS), len(dirs), len(crit)), np.nan)
        for k, e in enumerate(EXPERTS):
            for d, row in RAW["scores"].get(e, {}).get(ind["id"], {}).items():
                for c, v in row.items():
                    x[k, dirs.index(d), crit.index(c)] = v
        known = ~np.isnan(x)
        wk = np.where(known, W_EXPERTS[:, None, None], 0)
        matrix = (wk * np.nan_to_num(x)).sum(0) / wk.sum(0)  # weighted mean over given scores
        share = sum(c["weight"] for c in own)
        weights = np.concatenate([result.leaf_weights * (1 - share), [c["weight"] for c in own]])
        types = [1] * len(LEAVES) + [1 if c["type"] == "benefit" else -1 for c in own]
        direct = rank(matrix, weights, types)
        mine = result.industry(ind["id"])
        assert_allclose(mine.scores.matrix, matrix, rtol=1e-12)
        assert_allclose(mine.topsis.closeness, direct.closeness, rtol=1e-12)
        assert mine.ranking()[0][0] == dirs[int(np.argmin(direct.ranks))]
    nev = result.industry("nev")
    assert nev.types[-1] == -1  # the cost criterion reached TOPSIS as a cost


def test_aip_setting_aggregates_priorities():
    project, _ = E.SetSetting("aggregation", "AIP").apply(sample_project())
    r = evaluate(project)
    vectors = [priorities(raw_matrix(e, "strategies")).weights for e in EXPERTS]
    assert_allclose(r.nodes["strategies"].weights, aggregate_priorities(vectors, W_EXPERTS),
                    rtol=1e-12)
    assert r.nodes["strategies"].group is None


def test_problems_in_one_industry_or_expert_do_not_stop_the_rest():
    p = sample_project()
    first = p.industry("ngit").directions[0].id
    cells = [((e, "ngit", first, "P1"), None) for e in p.expert_ids()]
    p, _ = E.SetScores(tuple(cells)).apply(p)
    r = evaluate(p)
    # The direction nobody scored on P1 is set aside with its reason; the rest are ranked.
    ngit = r.industry("ngit")
    why = ngit.excluded_directions[first]
    assert why.code == "evaluate.direction_unscored"
    assert why.params["criteria"] == ("P1",)
    assert first not in ngit.direction_ids
    assert len(ngit.direction_ids) == len(p.industry("ngit").directions) - 1
    assert len(r.industries) == 8
    assert not r.industry_errors
    # Green has two directions: with one of them unscored nothing is left to compare, so the
    # industry is not ranked and every unscored cell is named.
    cells = [((e, "green", "low-zero-carbon", "P1"), None) for e in p.expert_ids()]
    q, _ = E.SetScores(tuple(cells)).apply(p)
    r = evaluate(q)
    assert r.industry_errors["green"].problems[0].code == "scores.cell_unscored"
    assert len(r.industries) == 7
    with pytest.raises(MCDMError):
        r.industry("green")


def test_projects_that_cannot_be_weighted_say_why_instead_of_raising():
    r = evaluate(new_from_template("principles-strategies"))
    assert [p.code for p in r.problems] == ["evaluate.no_experts"]
    assert not r.weights_complete
    assert r.industries == ()
    r = evaluate(new_from_template("empty"))
    assert "evaluate.no_criteria" in [p.code for p in r.problems]


def test_sensitivity_and_monte_carlo_on_request(result):
    assert result.industries[0].sensitivity is None
    assert result.industries[0].monte_carlo is None
    opts = MonteCarloOptions(n_samples=200, seed=7)
    r1 = evaluate(sample_project(), sensitivity=True, monte_carlo=opts)
    r2 = evaluate(sample_project(), monte_carlo=opts)
    a1 = r1.industry("ngit").monte_carlo.acceptability[0]
    assert_allclose(a1, r2.industry("ngit").monte_carlo.acceptability[0])  # seeded
    assert_allclose(a1.sum(axis=1), 1.0)
    assert r1.industry("ngit").sensitivity is not None
    assert r1.options["monte_carlo"]["n_samples"] == 200
    d = evaluate(sample_project(), monte_carlo=MonteCarloOptions(50, sampler="dirichlet"))
    assert d.industry("bio").monte_carlo.sampler == "dirichlet"


def test_bootstrap_of_the_whole_panel_once_gives_the_group_weights(result):
    # a "bootstrap" that drew every expert exactly once is the panel itself
    from mcdm.project.montecarlo import _panel_leaf_weights

    p = sample_project()
    local = {k: n.weights for k, n in result.nodes.items()}
    w = _panel_leaf_weights(p, result.expert_weights, result.individual, local)
    assert_allclose(w, result.leaf_weights, rtol=1e-12)
    samples = bootstrap_leaf_weights(p, result.expert_weights, result.individual, local, 300, 1)
    assert samples.shape == (300, 8)
    assert_allclose(samples.sum(axis=1), 1.0)


def test_method_comparison_is_lazy_and_agrees_on_topsis(result):
    c = result.comparison("services")
    assert c is result.comparison("services")  # cached
    assert list(c.ranks[0]) == list(result.industry("services").topsis.ranks)


def test_evaluate_imports_neither_pymcdm_nor_pandas():
    code = ("import sys; from mcdm.project.evaluate import evaluate; "
            "from mcdm.project.sample import sample_project; evaluate(sample_project()); "
            "print(sorted(m for m in ('pymcdm', 'pandas', 'PySide6') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_cached_computes_once_per_result(result):
    calls = []
    key = ("test", object())
    assert result.cached(key, lambda: calls.append(1) or 42) == 42
    assert result.cached(key, lambda: calls.append(1) or 43) == 42
    assert calls == [1]


def test_monte_carlo_progress_and_cancel():
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return False  # cancel at the first report

    r = evaluate(sample_project(), monte_carlo=MonteCarloOptions(n_samples=2500, seed=3),
                 progress=progress)
    first = r.industries[0].monte_carlo
    assert first.cancelled
    assert first.n_samples < 2500
    assert all(i.monte_carlo is None for i in r.industries[1:])
    assert seen[0][1] == 2500 * len(r.industries)


def test_panel_order_and_weight_scale_do_not_change_the_group():
    p = sample_project()
    base = evaluate(p)
    moved, _ = E.Composite((E.MoveExpert("E6", 0), E.MoveExpert("E1", 5))).apply(p)
    scaled, _ = E.Composite(tuple(E.SetExpertWeight(e.id, 3.0) for e in p.experts)).apply(p)
    for other in (evaluate(moved), evaluate(scaled)):
        assert_allclose(other.leaf_weights, base.leaf_weights, rtol=1e-12)
        assert other.consensus == pytest.approx(base.consensus, rel=1e-12)
        for ind in base.industries:
            assert_allclose(other.industry(ind.industry_id).topsis.closeness,
                            ind.topsis.closeness, rtol=1e-10)


def test_an_expert_weighted_zero_counts_for_nothing():
    p = sample_project()
    without, _ = E.RemoveExpert("E6").apply(p)
    zero, _ = E.SetExpertWeight("E6", 0.0).apply(p)
    a, b = evaluate(without), evaluate(zero)
    assert_allclose(b.leaf_weights, a.leaf_weights, rtol=1e-12)
    for ind in a.industries:
        assert_allclose(b.industry(ind.industry_id).scores.matrix, ind.scores.matrix, rtol=1e-12)

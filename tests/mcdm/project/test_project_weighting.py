"""Objective and combined weighting inside evaluate(project), per industry on its aggregated
score matrix: checked against numpy by hand (Shannon entropy, Hwang & Yoon 1981, pp. 52-54;
CRITIC, Diakoulaki, Mavrotas & Papayannakis 1995), against pymcdm's ``entropy_weights`` and
``critic_weights``, and through TOPSIS and the Monte Carlo run."""

import numpy as np
import pytest
from numpy.testing import assert_allclose

from mcdm.errors import ValidationFailed
from mcdm.messages import describe
from mcdm.project import edits as E
from mcdm.project.captions import comparison_caption, weighting_caption
from mcdm.project.evaluate import evaluate
from mcdm.project.evaluate_industries import industry_weights
from mcdm.project.model import CriterionType, IndustryCriterion, Text
from mcdm.project.montecarlo import MonteCarloOptions
from mcdm.project.sample import sample_project
from mcdm.topsis import rank
from tests.support.projects import small_project


def with_settings(project, **kw):
    for name, value in kw.items():
        project, _ = E.SetSetting(name, value).apply(project)
    return project


def entropy_by_hand(x):
    """Shannon entropy weights on shares of the column sums (0 ln 0 = 0)."""
    p = x / x.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        plogp = np.where(p > 0, p * np.log(p), 0.0)
    e = -plogp.sum(axis=0) / np.log(x.shape[0])
    return (1 - e) / (1 - e).sum()


def critic_by_hand(x, types):
    lo, hi = x.min(axis=0), x.max(axis=0)
    r = np.where(types > 0, x - lo, hi - x) / (hi - lo)
    c = r.std(axis=0, ddof=1) * (1 - np.corrcoef(r, rowvar=False)).sum(axis=0)
    return c / c.sum()


def without_constant(weigh, x, *per_column):
    """``weigh`` on the criteria that are not constant, 0 for those that are.

    A column whose values differ only by rounding is constant (the sample's 节能环保产业 has
    one: the same six scores summed in another order); neither method lets it change another
    criterion's weight, so the others' weights are those of the matrix without it.
    """
    keep = np.ptp(x, axis=0) > 1e-12 * np.abs(x).max(axis=0)
    w = np.zeros(x.shape[1])
    w[keep] = weigh(x[:, keep], *(a[keep] for a in per_column))
    return w


@pytest.fixture(scope="module")
def ahp_result():
    return evaluate(sample_project())


def test_by_default_the_ahp_weights_rank_and_the_other_two_are_there_to_compare(ahp_result):
    for ind in ahp_result.industries:
        w = ind.weighting
        ahp, _ = industry_weights(sample_project().industry(ind.industry_id),
                                  ahp_result.leaf_weights)
        assert (w.mode, w.used) == ("ahp", "ahp")
        assert_allclose(ind.weights, ahp, rtol=1e-15)
        assert_allclose(w.objective, without_constant(entropy_by_hand, ind.scores.matrix),
                        rtol=1e-10)
        assert w.combined is not None
        if ind.industry_id == "green":
            # Both directions have the same six scores on this criterion, summed in another
            # order (6.833333333333332 and …333): constant, objective weight 0, and said so.
            j = 4
            assert w.constant == (ind.criterion_ids[j],)
            assert w.objective[j] == 0
            assert [n.code for n in w.notes] == ["weighting.constant_criteria"]
        else:
            assert w.constant == ()
            assert w.notes == ()


@pytest.mark.parametrize("method", ["entropy", "critic"])
def test_objective_weights_agree_with_pymcdm_and_numpy_and_rank(method):
    from pymcdm import weights as pw

    result = evaluate(with_settings(sample_project(), weighting="objective",
                                    objective_method=method))
    for ind in result.industries:
        x, t = ind.scores.matrix, ind.types
        w = ind.weighting
        assert w.used == "objective"
        if method == "entropy":
            assert_allclose(ind.weights, without_constant(entropy_by_hand, x), rtol=1e-10)
            assert_allclose(ind.weights, without_constant(pw.entropy_weights, x), rtol=1e-9)
        else:
            assert_allclose(ind.weights, without_constant(critic_by_hand, x, t), rtol=1e-10)
            if (t > 0).all():  # pymcdm treats every column as a benefit
                assert_allclose(ind.weights, without_constant(pw.critic_weights, x), rtol=1e-9)
        # the ranking is TOPSIS on the objective weights
        again = rank(x, without_constant(critic_by_hand, x, t) if method == "critic" else
                     without_constant(entropy_by_hand, x), t, "vector")
        assert_allclose(ind.topsis.closeness, again.closeness, rtol=1e-9)
        assert weighting_caption(w, "en").startswith("Ranked by objective weights")


def test_entropy_with_min_max_normalization_reverses_costs():
    result = evaluate(with_settings(sample_project(), weighting="objective",
                                    objective_method="entropy_minmax"))
    ind = result.industry("nev")  # years to scale is a cost criterion
    x, t = ind.scores.matrix, ind.types
    lo, hi = x.min(axis=0), x.max(axis=0)
    r = np.where(t > 0, x - lo, hi - x) / (hi - lo)
    assert_allclose(ind.weights, entropy_by_hand(r), rtol=1e-10)


@pytest.mark.parametrize(("how", "alpha"), [("multiplicative", 0.5), ("linear", 0.3)])
def test_combined_weights_are_the_ahp_and_objective_vectors_combined(how, alpha):
    project = with_settings(sample_project(), weighting="combined", combination=how,
                            combination_alpha=alpha, objective_method="critic")
    result = evaluate(project)
    for ind in result.industries:
        w = ind.weighting
        a = w.ahp / w.ahp.sum()
        o = without_constant(critic_by_hand, ind.scores.matrix, ind.types)
        expected = a * o / (a * o).sum() if how == "multiplicative" else alpha * a + (1 - alpha) * o
        assert w.used == "combined"
        assert_allclose(ind.weights, expected, rtol=1e-10)
        assert_allclose(ind.topsis.closeness, rank(ind.scores.matrix, expected, ind.types,
                                                   "vector").closeness, rtol=1e-9)
    caption = weighting_caption(result.industry("bio").weighting, "zh")
    assert "组合赋权" in caption
    assert "CRITIC" in caption
    assert ("α = 0.3" in caption) == (how == "linear")


def test_own_criteria_keep_their_share_in_the_ahp_vector_only():
    """The documented rule: the planner's own_share is a subjective weight; the objective
    vector weights every criterion from the data alone, the industry's own included."""
    project = with_settings(sample_project(), weighting="objective")
    ind = evaluate(project).industry("ngit")
    own = ind.criterion_ids.index("market_growth")
    assert ind.weighting.ahp[own] == pytest.approx(0.15)  # the planner's share
    assert ind.weights[own] == pytest.approx(entropy_by_hand(ind.scores.matrix)[own])
    assert ind.weights[own] != pytest.approx(0.15)


def test_a_constant_criterion_is_reported_and_weighted_zero():
    # every expert gives every direction 5 on a2: no information
    project = small_project()
    cells = tuple(((e, "i1", d, c), v) for e in ("e1", "e2") for d, base in (("d1", 3), ("d2", 6))
                  for c, v in (("a1", base), ("a2", 5.0), ("a3", 10 - base), ("B", base + 1),
                               ("g", base * 1.5)))
    project, _ = E.SetScores(cells).apply(project)
    project, _ = E.SetJudgment("e1", "A", "a1", "a3", 2.0).apply(project)
    project = with_settings(project, weighting="objective")
    ind = evaluate(project).industry("i1")
    w = ind.weighting
    assert w.constant == ("a2",)
    assert ind.weights[ind.criterion_ids.index("a2")] == 0.0
    assert [n.code for n in w.notes] == ["weighting.constant_criteria"]
    zh = describe(w.notes[0], "zh", project)
    assert "甲2" in zh
    assert "产业" in zh
    assert "a2" not in zh  # labels, never ids
    assert "A2" in describe(w.notes[0], "en", project)


def test_no_information_falls_back_to_ahp_and_says_so():
    project = small_project()
    cells = tuple(((e, "i1", d, c), 5.0) for e in ("e1", "e2") for d in ("d1", "d2")
                  for c in ("a1", "a2", "a3", "B", "g"))
    project, _ = E.SetScores(cells).apply(project)
    project, _ = E.SetJudgment("e1", "A", "a1", "a3", 2.0).apply(project)
    for mode in ("objective", "combined"):
        ind = evaluate(with_settings(project, weighting=mode)).industry("i1")
        w = ind.weighting
        assert w.used == "ahp"
        assert w.objective is None
        assert w.combined is None
        assert [n.code for n in w.notes] == ["weighting.no_information", "weighting.fell_back"]
        assert_allclose(ind.weights, w.ahp)
        assert "AHP" in describe(w.notes[-1], "en", project)


def test_a_negative_measured_value_needs_min_max_entropy():
    project = small_project()
    project, _ = E.SetIndustryCriterion("i1", IndustryCriterion(
        "g", Text("增速", "Growth"), CriterionType.BENEFIT, "%", 0.2)).apply(project)
    cells = tuple(((e, "i1", d, c), v) for e in ("e1", "e2") for d, base in (("d1", 3), ("d2", 6))
                  for c, v in (("a1", base), ("a2", base + 1), ("a3", 10 - base),
                               ("B", base + 2), ("g", base - 5.0)))
    project, _ = E.SetScores(cells).apply(project)
    project, _ = E.SetJudgment("e1", "A", "a1", "a3", 2.0).apply(project)
    plain = evaluate(with_settings(project, weighting="objective")).industry("i1")
    assert plain.weighting.used == "ahp"
    assert plain.weighting.notes[0].code == "weighting.negative_values"
    assert plain.weighting.notes[0].params["criterion"] == "g"
    minmax = evaluate(with_settings(project, weighting="objective",
                                    objective_method="entropy_minmax")).industry("i1")
    assert minmax.weighting.used == "objective"


def test_monte_carlo_varies_only_what_the_weighting_lets_vary():
    opts = MonteCarloOptions(n_samples=200, seed=3)
    fixed = evaluate(with_settings(sample_project(), weighting="objective"), monte_carlo=opts)
    for ind in fixed.industries:
        # the same weights in every sample (std from E[w²] − E[w]², so round-off only) ...
        assert_allclose(ind.monte_carlo.weight_std, 0.0, atol=1e-7)
        assert_allclose(ind.monte_carlo.weight_mean, ind.weights, rtol=1e-9)
        # ... so every direction takes one rank in every sample
        assert set(np.unique(ind.monte_carlo.acceptability[0])) <= {0.0, 1.0}
    combined = evaluate(with_settings(sample_project(), weighting="combined"), monte_carlo=opts)
    ahp = evaluate(sample_project(), monte_carlo=opts)
    for a, c in zip(ahp.industries, combined.industries, strict=True):
        assert (c.monte_carlo.weight_std > 0).any()
        # each sample is the combination of that sample's AHP weights with the fixed objective
        o = c.weighting.objective
        mean_ahp = a.monte_carlo.weight_mean
        assert not np.allclose(c.monte_carlo.weight_mean, mean_ahp)
        assert c.monte_carlo.weight_mean @ o > mean_ahp @ o


def test_the_comparison_runs_with_the_project_parameters_and_says_them():
    project = with_settings(sample_project(), vikor_v=1.0, waspas_lambda=0.2,
                            promethee_function="level", promethee_q=0.2, promethee_p=0.6)
    result = evaluate(project)
    ind = result.industry("bio")
    from mcdm.compare import compare

    x = ind.scores.matrix
    spread = x.max(axis=0) - x.min(axis=0)
    comparison = result.comparison("bio")
    direct = compare(x, ind.weights, ind.types, bounds=np.tile([1.0, 9.0], (x.shape[1], 1)),
                     vikor_v=1.0, waspas_lambda=0.2, promethee_function="level",
                     promethee_q=0.2 * spread, promethee_p=0.6 * spread)
    assert_allclose(comparison.ranks, direct.ranks)
    assert comparison.parameters["VIKOR"] == {"v": 1.0}
    assert comparison.parameters["WASPAS"] == {"lambda": 0.2}
    assert_allclose(comparison.parameters["PROMETHEE II"]["q"], 0.2 * spread)
    default = evaluate(sample_project()).comparison("bio")
    assert not np.array_equal(default.ranks[1], comparison.ranks[1])  # VIKOR moved
    en = comparison_caption(result.settings, "en")
    assert "VIKOR v = 1" in en
    assert "WASPAS λ = 0.2" in en
    assert "level, q = 20 %, p = 60 % of each criterion’s range" in en
    zh = comparison_caption(result.settings, "zh")
    assert "阶梯型" in zh
    assert "向量规范化" in zh


def test_thresholds_that_do_not_suit_the_preference_function_are_refused():
    project = sample_project()
    project, _ = E.SetSetting("promethee_q", 0.5).apply(project)
    with pytest.raises(ValidationFailed) as caught:
        E.SetSetting("promethee_p", 0.4).apply(
            E.SetSetting("promethee_function", "level").apply(project)[0])
    assert caught.value.code == "edit.invalid"
    assert [p.location.path for p in caught.value.problems] == ["$.settings.promethee_p"]

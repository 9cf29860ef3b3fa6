"""Group AHP: AIJ, AIP, Goepel's consensus S*, dispersion, batched priorities."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from mcdm.ahp import JudgmentMatrixError, priorities, priorities_batch
from mcdm.group import (
    GroupInputError,
    aggregate_judgments,
    aggregate_priorities,
    analyse_panel,
    consensus,
    consensus_word,
    judgment_dispersion,
)

nan = np.nan


def _m(a12, a13, a23):
    return np.array([[1, a12, a13], [1 / a12, 1, a23], [1 / a13, 1 / a23, 1]], dtype=float)


E1, E2, E3 = _m(2, 4, 3), _m(8, 1, 1 / 3), _m(1 / 2, 6, 5)


# --- AIJ ----------------------------------------------------------------------------------

def test_aij_is_cellwise_geometric_mean():
    g = aggregate_judgments([E1, E2, E3])
    assert g[0, 1] == pytest.approx((2 * 8 * 0.5) ** (1 / 3))
    assert g[0, 2] == pytest.approx((4 * 1 * 6) ** (1 / 3))
    assert_allclose(g * g.T, 1.0, rtol=1e-14)  # Aczél & Saaty (1983): GM keeps reciprocity


def test_aij_weighted():
    g = aggregate_judgments([E1, E2], weights=[3, 1])
    assert g[0, 1] == pytest.approx(2 ** 0.75 * 8 ** 0.25)


def test_aij_skips_missing_per_cell_and_keeps_unjudged_missing():
    a = E1.copy()
    a[0, 2] = a[2, 0] = nan
    b = E2.copy()
    b[0, 2] = b[2, 0] = nan
    g = aggregate_judgments([a, b, E3], weights=[1, 1, 2])
    assert g[0, 2] == pytest.approx(6.0)  # only expert 3 judged it
    assert g[0, 1] == pytest.approx(2 ** 0.25 * 8 ** 0.25 * 0.5 ** 0.5)
    g2 = aggregate_judgments([a, b])
    assert np.isnan(g2[0, 2])
    assert np.isnan(g2[2, 0])
    assert g2[0, 1] == pytest.approx(4.0)


def test_aij_unanimity():
    assert_allclose(aggregate_judgments([E3, E3, E3], weights=[1, 5, 2]), E3, rtol=1e-14)


@settings(max_examples=30)
@given(st.integers(1, 6), st.integers(2, 6), st.integers(0, 2**31))
def test_aij_reciprocal_and_within_range(k, n, seed):
    rng = np.random.default_rng(seed)
    s = np.exp(rng.normal(0, 1, (k, n, n)))
    s = np.sqrt(s / s.transpose(0, 2, 1))
    g = aggregate_judgments(s, weights=rng.random(k) + 0.01)
    assert_allclose(g * g.T, 1.0, rtol=1e-12)
    assert (g >= s.min(axis=0) * (1 - 1e-12)).all()
    assert (g <= s.max(axis=0) * (1 + 1e-12)).all()


def test_bad_expert_matrix_names_expert_row_and_column():
    bad = E2.copy()
    bad[1, 2] = -1
    with pytest.raises(JudgmentMatrixError) as info:
        aggregate_judgments([E1, bad, E3], experts=["张", "王", "李"])
    err = info.value
    assert err.code == "judgments.not_positive"
    assert (err.location.field, err.location.row, err.location.column) == ("王", 1, 2)


def test_matrices_of_different_sizes():
    with pytest.raises(JudgmentMatrixError) as info:
        aggregate_judgments([E1, np.eye(2)])
    assert info.value.code == "judgments.stack_shape"
    assert info.value.params["expert_index"] == 1


@pytest.mark.parametrize(("weights", "code", "field"), [
    ([1, -1, 1], "experts.weight_invalid", "expert 1"),
    ([1, nan, 1], "experts.weight_invalid", "expert 1"),
    ([0, 0, 0], "experts.weights_all_zero", None),
    ([1, 1], "experts.weights_shape", None),
    (["heavy", 1, 1], "experts.weights_not_numeric", None),
])
def test_expert_weights_validated(weights, code, field):
    with pytest.raises(GroupInputError) as info:
        aggregate_judgments([E1, E2, E3], weights=weights)
    assert info.value.code == code
    assert info.value.location.field == field


# --- AIP ----------------------------------------------------------------------------------

def test_aip_geometric_and_arithmetic():
    p = np.array([[0.5, 0.3, 0.2], [0.2, 0.6, 0.2]])
    g = np.sqrt(p[0] * p[1])
    assert_allclose(aggregate_priorities(p), g / g.sum())
    assert_allclose(aggregate_priorities(p, [3, 1], "arithmetic"), 0.75 * p[0] + 0.25 * p[1])
    with pytest.raises(GroupInputError):
        aggregate_priorities(p, method="median")
    with pytest.raises(GroupInputError) as info:
        aggregate_priorities([[0.5, 0.5], [1.0, 0.0]])
    # the indices, and for the sentence the expert (unnamed: "#2"), the item's number, the value
    assert info.value.params == {"expert_index": 1, "item_index": 1, "expert": "#2", "number": 2,
                                 "value": 0.0}


# --- consensus (Goepel 2018) --------------------------------------------------------------

def _ahp_os_consensus(prio, m=9.0):
    """Transcription of AHP-OS AhpGroup::getShannonBeta / getConsensus / ahpShannonCor."""
    k, n = len(prio), len(prio[0])
    ppal, avg = 0.0, [0.0] * n
    for row in prio:
        ppal += sum(-p * math.log(p) for p in row)
        for c, p in enumerate(row):
            avg[c] += p
    ppal /= k
    pgam = sum(-(a / k) * math.log(a / k) for a in avg)
    pbet = pgam - ppal
    halmin = m / (n + m - 1.0)
    halmin *= -math.log(halmin)
    tmp = 1.0 / (n + m - 1.0)
    tmp *= -math.log(tmp)
    halmin += (n - 1) * tmp
    cor = math.exp(math.log(n) - halmin)
    return (1.0 / math.exp(pbet) - 1.0 / cor) / (1.0 - 1.0 / cor)


@settings(max_examples=40)
@given(st.integers(2, 8), st.integers(2, 9), st.integers(0, 2**31),
       st.sampled_from([9.0, 256.0, 3.0]))
def test_consensus_matches_ahp_os(k, n, seed, m):
    p = np.random.default_rng(seed).dirichlet(np.ones(n), size=k)
    assert consensus(p, scale_max=m).s_star == pytest.approx(_ahp_os_consensus(p, m), abs=1e-12)


def test_consensus_bounds_from_goepel_construction():
    # S* = 1 for identical priorities; S* = 0 when n experts each give one distinct item
    # the extreme weight M/(M + n − 1) (the Hα,min / Hγ,max case of the correction).
    w = np.array([0.5, 0.3, 0.2])
    full = consensus([w, w, w])
    assert full.s_star == pytest.approx(1.0)
    assert full.word == "very high"
    n, m = 4, 9
    extreme = np.full((n, n), 1 / (m + n - 1))
    np.fill_diagonal(extreme, m / (m + n - 1))
    none = consensus(extreme, scale_max=m)
    assert none.s_star == pytest.approx(0.0, abs=1e-12)
    assert none.word == "very low"


def test_word_scale_goepel():
    # Goepel (2018) / bpmsg.com: < .5 very low, .5–.625 low, .625–.75 moderate,
    # .75–.875 high, ≥ .875 very high
    assert [consensus_word(x) for x in (0.49, 0.5, 0.7, 0.8, 0.9)] == [
        "very low", "low", "moderate", "high", "very high"]
    assert consensus_word(nan) == "n/a"


def test_furthest_expert_and_beta_decomposition():
    p = np.array([[0.5, 0.3, 0.2], [0.45, 0.35, 0.2], [0.1, 0.2, 0.7], [0.5, 0.25, 0.25]])
    c = consensus(p)
    assert c.furthest_expert == 2
    assert float(np.full(4, 0.25) @ c.divergence) == pytest.approx(c.h_beta, rel=1e-12)
    assert c.s_star_without[2] == pytest.approx(consensus(np.delete(p, 2, axis=0)).s_star)
    assert c.s_star_without[2] == c.s_star_without.max()


def test_weighted_consensus_and_single_expert():
    p = np.array([[0.6, 0.4], [0.3, 0.7]])
    c = consensus(p, weights=[1, 3])
    mean = 0.25 * p[0] + 0.75 * p[1]
    h = -(p * np.log(p)).sum(axis=1)
    assert c.h_beta == pytest.approx(-(mean * np.log(mean)).sum() - (0.25 * h[0] + 0.75 * h[1]))
    single = consensus(p[:1])
    assert math.isnan(single.s_star)
    assert single.word == "n/a"


# --- dispersion ---------------------------------------------------------------------------

def test_dispersion_is_sample_sd_of_logs():
    d = judgment_dispersion([E1, E2, E3])
    expected = np.std(np.log([2, 8, 0.5]), ddof=1)
    assert d.log_sd[0, 1] == pytest.approx(expected)
    assert d.gsd[0, 1] == pytest.approx(math.exp(expected))
    assert d.log_sd[1, 0] == pytest.approx(expected)
    logs = np.log([[2, 4, 3], [8, 1, 1 / 3], [0.5, 6, 5]])
    sds = np.std(logs, axis=0, ddof=1)
    assert d.ranking == tuple([(0, 1), (0, 2), (1, 2)][k] for k in np.argsort(-sds))
    assert d.count[0, 1] == 3


def test_dispersion_skips_missing():
    a = E1.copy()
    a[0, 1] = a[1, 0] = nan
    d = judgment_dispersion([a, E2, E3])
    assert d.count[0, 1] == 2
    assert d.log_sd[0, 1] == pytest.approx(np.std(np.log([8, 0.5]), ddof=1))
    d2 = judgment_dispersion([a, E2])
    assert np.isnan(d2.log_sd[0, 1])
    assert (0, 1) not in d2.ranking


# --- batched priorities -------------------------------------------------------------------

def test_priorities_batch_equals_one_by_one():
    rng = np.random.default_rng(2)
    s = np.exp(rng.normal(0, 0.8, (20, 6, 6)))
    s = np.sqrt(s / s.transpose(0, 2, 1))
    for method in ("eigenvector", "geometric_mean"):
        b = priorities_batch(s, method=method, ri="aguaron")
        for k in range(20):
            r = priorities(s[k], method=method, ri="aguaron")
            assert_allclose(b.weights[k], r.weights, rtol=1e-9)
            assert b.cr[k] == pytest.approx(r.cr, rel=1e-9)
            assert b.gci[k] == pytest.approx(r.gci, rel=1e-9)


def test_priorities_batch_with_an_incomplete_expert():
    a = E1.copy()
    a[0, 2] = a[2, 0] = nan
    b = priorities_batch([a, E2])
    r = priorities(a)
    assert_allclose(b.weights[0], r.weights)
    assert_allclose(b.matrices[0], r.matrix)
    assert_allclose(b.weights[1], priorities(E2).weights)


def test_analyse_panel_agrees_with_the_separate_functions():
    rng = np.random.default_rng(8)
    s = np.exp(rng.normal(0, 0.5, (12, 5, 5)))
    s = np.sqrt(s / s.transpose(0, 2, 1))
    ew = rng.random(12) + 0.1
    p = analyse_panel(s, ew, ri="alonso-lamata")
    assert_allclose(p.aij, aggregate_judgments(s, ew))
    assert_allclose(p.group.weights, priorities(p.aij).weights)
    assert_allclose(p.individual.weights, priorities_batch(s).weights)
    assert_allclose(p.aip, aggregate_priorities(p.individual.weights, ew))
    assert p.consensus.s_star == pytest.approx(consensus(p.individual.weights, ew).s_star)
    d = judgment_dispersion(s, ew)
    assert_allclose(p.dispersion.log_sd, d.log_sd)
    # complete-case fast formula equals the general (missing-aware) one
    from mcdm.group import dispersion_of
    w = ew / ew.sum()
    assert_allclose(dispersion_of(np.log(s), w, False).log_sd,
                    dispersion_of(np.log(s), w, True).log_sd, rtol=1e-10)


def test_analyse_panel_with_a_missing_judgment():
    a = E1.copy()
    a[0, 2] = a[2, 0] = nan
    p = analyse_panel([a, E2, E3])
    assert p.dispersion.count[0, 2] == 2
    assert p.aij[0, 2] == pytest.approx(np.sqrt(1 * 6))
    assert_allclose(p.individual.weights[0], priorities(a).weights)


def test_consensus_with_zero_weight_experts_is_warning_free():
    p = np.array([[0.6, 0.4], [0.3, 0.7], [0.5, 0.5]])
    c = consensus(p, weights=[1, 0, 0])
    assert c.s_star == pytest.approx(1.0)
    assert np.isnan(c.s_star_without[0])
    c2 = consensus(p, weights=[1, 1, 0])
    assert c2.s_star == pytest.approx(consensus(p[:2]).s_star)


@settings(max_examples=25)
@given(st.integers(1, 12), st.integers(2, 9), st.integers(0, 2**31))
def test_batch_property_equals_single(k, n, seed):
    rng = np.random.default_rng(seed)
    s = np.exp(rng.normal(0, rng.uniform(0.01, 1.5), (k, n, n)))
    s = np.sqrt(s / s.transpose(0, 2, 1))
    b = priorities_batch(s)
    for i in range(k):
        r = priorities(s[i])
        assert_allclose(b.weights[i], r.weights, rtol=1e-9, atol=1e-15)
        assert b.lambda_max[i] == pytest.approx(r.lambda_max, rel=1e-12)

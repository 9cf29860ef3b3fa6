"""Monte Carlo rank acceptability: against a slow per-sample loop over mcdm.topsis.rank."""

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from mcdm.topsis import DecisionProblemError, rank
from mcdm.uncertainty import Dirichlet, ExpertBootstrap, simulate

RNG = np.random.default_rng(2024)
MATS = [RNG.uniform(1, 9, size=(m, 5)) for m in (6, 4, 7)]
TYPES = np.array([1, -1, 1, 1, -1])
CENTER = np.array([0.3, 0.1, 0.25, 0.2, 0.15])


def _reference(mats, types, weights, norm="vector", noise=None, bounds=None, noise_rng=None, k=3):
    """One TOPSIS run per sample and per industry: the slow, obviously-correct loop.

    With noise, each sample draws one standard normal block of the largest industry's shape
    and industry i takes its first m_i rows (simulate's documented stream)."""
    acc = [np.zeros((x.shape[0], x.shape[0])) for x in mats]
    first = [np.zeros((x.shape[0], len(types))) for x in mats]
    m_max = max(x.shape[0] for x in mats)
    for w in weights:
        z = None if noise is None else noise_rng.standard_normal((m_max, len(types)))
        for i, x in enumerate(mats):
            if noise is not None:
                x = x + noise[i] * z[:x.shape[0]]
                if bounds is not None:
                    x = np.clip(x, *bounds)
            r = rank(x, w, types, norm)
            acc[i][np.arange(x.shape[0]), r.ranks - 1] += 1
            first[i][r.ranks == 1] += w / w.sum()
    s = len(weights)
    central = [f / np.where(a[:, :1] > 0, a[:, :1], np.nan) for f, a in zip(first, acc, strict=True)]
    return [a / s for a in acc], [a[:, :k].sum(1) / s for a in acc], central


def _dirichlet_draws(seed, n_ind, center, conc, size):
    children = np.random.SeedSequence(seed).spawn(1 + n_ind)
    rng = np.random.default_rng(children[0])
    live = center > 0
    w = np.zeros((size, len(center)))
    w[:, live] = rng.dirichlet(conc * center[live], size=size)
    return w, [np.random.default_rng(c) for c in children[1:]]


@pytest.mark.parametrize("norm", ["vector", "minmax", "sum"])
def test_dirichlet_matches_slow_loop_with_same_seed(norm):
    res = simulate(MATS, TYPES, Dirichlet(CENTER, 30), n_samples=300, seed=11,
                   normalization=norm, chunk_size=64)
    w, _ = _dirichlet_draws(11, 3, CENTER, 30, 300)
    acc, top, central = _reference(MATS, TYPES, w, norm)
    for k in range(3):
        assert_allclose(res.acceptability[k], acc[k], atol=1e-12)
        assert_allclose(res.top_k[k], top[k], atol=1e-12)
        assert_allclose(res.central_weights[k], central[k], atol=1e-12)
    assert res.n_samples == 300
    assert not res.cancelled
    assert_allclose(res.weight_mean, w.mean(0) / 1.0, atol=1e-12)


@pytest.mark.parametrize("norm", ["vector", "minmax", "max", "sum"])
def test_score_noise_matches_slow_loop_with_same_seed(norm):
    sd = [np.full(x.shape, 0.7) for x in MATS]
    sd[1][2, 3] = 0.0                     # a cell the panel agrees on keeps its score
    res = simulate(MATS, TYPES, Dirichlet(CENTER, 50), n_samples=120, seed=5, chunk_size=50,
                   score_noise=sd, score_bounds=(1, 9), normalization=norm)
    w, rngs = _dirichlet_draws(5, 3, CENTER, 50, 120)
    acc, top, central = _reference(MATS, TYPES, w, norm, noise=sd, bounds=(1, 9),
                                   noise_rng=rngs[0])
    for k in range(3):
        assert_allclose(res.acceptability[k], acc[k], atol=1e-12)
        assert_allclose(res.top_k[k], top[k], atol=1e-12)
        assert_allclose(res.central_weights[k], central[k], atol=1e-12)


def test_score_noise_of_one_industry_is_the_stream_drawn_before():
    """One industry (as the project's Monte Carlo runs it): sample s adds sd · z_s, z_s the
    s-th (m, n) standard normal block of SeedSequence(seed).spawn(2)[1] — unchanged by the
    batched implementation, without clipping too."""
    x = MATS[2]
    res = simulate(x, TYPES, Dirichlet(CENTER, 40), n_samples=90, seed=8, chunk_size=32,
                   score_noise=0.4)
    w, rngs = _dirichlet_draws(8, 1, CENTER, 40, 90)
    acc, top, central = _reference([x], TYPES, w, noise=[0.4], noise_rng=rngs[0])
    assert_allclose(res.acceptability[0], acc[0], atol=1e-12)
    assert_allclose(res.central_weights[0], central[0], atol=1e-12)
    closeness = []
    z = np.random.default_rng(np.random.SeedSequence(8).spawn(2)[1])
    for wk in w:
        closeness.append(rank(x + 0.4 * z.standard_normal(x.shape), wk, TYPES).closeness)
    assert_allclose(res.mean_closeness[0], np.mean(closeness, axis=0), rtol=1e-12)
    assert_allclose(res.std_closeness[0], np.std(closeness, axis=0), rtol=1e-9)


def test_results_do_not_depend_on_chunk_size_and_repeat_with_seed():
    a = simulate(MATS, TYPES, Dirichlet(CENTER, 20), n_samples=500, seed=9, chunk_size=7,
                 score_noise=0.3)
    b = simulate(MATS, TYPES, Dirichlet(CENTER, 20), n_samples=500, seed=9, chunk_size=500,
                 score_noise=0.3)
    c = simulate(MATS, TYPES, Dirichlet(CENTER, 20), n_samples=500, seed=10, chunk_size=500,
                 score_noise=0.3)
    for k in range(3):
        assert_array_equal(a.acceptability[k], b.acceptability[k])
    assert any(not np.array_equal(b.acceptability[k], c.acceptability[k]) for k in range(3))


def test_given_samples_and_single_matrix():
    w = RNG.dirichlet(np.ones(5), size=200) * 3.0  # rows need not sum to 1
    res = simulate(MATS[0], TYPES, w)
    acc, top, central = _reference([MATS[0]], TYPES, w)
    assert len(res.acceptability) == 1
    assert_allclose(res.acceptability[0], acc[0], atol=1e-12)
    assert_allclose(res.acceptability[0].sum(axis=1), 1.0)
    assert res.sampler == "given"


def test_expert_bootstrap_reaggregates_through_the_callback():
    experts = RNG.dirichlet(np.ones(5), size=6)  # six experts' weight vectors
    calls = []

    def weights_from_experts(idx):
        calls.append(idx.shape)
        return experts[idx].mean(axis=1)         # arithmetic AIP of each resampled panel

    res = simulate(MATS, TYPES, ExpertBootstrap(weights_from_experts, 6), n_samples=250,
                   seed=3, chunk_size=100)
    assert calls == [(100, 6), (100, 6), (50, 6)]
    rng = np.random.default_rng(np.random.SeedSequence(3).spawn(4)[0])
    idx = rng.integers(0, 6, size=(250, 6))
    acc, _, _ = _reference(MATS, TYPES, experts[idx].mean(axis=1))
    for k in range(3):
        assert_allclose(res.acceptability[k], acc[k], atol=1e-12)
    assert res.sampler == "bootstrap"


def test_progress_and_cancel():
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 300

    res = simulate(MATS, TYPES, Dirichlet(CENTER, 20), n_samples=1000, seed=1, chunk_size=100,
                   progress=progress)
    assert seen == [(100, 1000), (200, 1000), (300, 1000)]
    assert res.cancelled
    assert res.n_samples == 300
    # The partial result is exactly the first 300 samples of the full run.
    w, _ = _dirichlet_draws(1, 3, CENTER, 20, 1000)
    acc, _, _ = _reference(MATS, TYPES, w[:300])
    assert_allclose(res.acceptability[1], acc[1], atol=1e-12)


def test_identical_directions_share_rank_one():
    x = np.tile([3.0, 4.0, 5.0, 6.0, 7.0], (4, 1))
    res = simulate([x], TYPES, Dirichlet(CENTER, 10), n_samples=50, seed=0)
    assert_allclose(res.acceptability[0][:, 0], 1.0)
    assert_allclose(res.top_k[0], 1.0)


def test_concentration_controls_the_spread():
    tight = simulate(MATS, TYPES, Dirichlet(CENTER, 5000), n_samples=2000, seed=2)
    loose = simulate(MATS, TYPES, Dirichlet(CENTER, 5), n_samples=2000, seed=2)
    assert_allclose(tight.weight_mean, CENTER, atol=3e-3)
    assert (tight.weight_std < loose.weight_std).all()
    # Var(w_j) = c_j (1 - c_j) / (concentration + 1) for a Dirichlet.
    assert_allclose(loose.weight_std, np.sqrt(CENTER * (1 - CENTER) / 6), rtol=0.1)


def test_zero_weight_criterion_stays_zero():
    center = np.array([0.5, 0.0, 0.2, 0.3, 0.0])
    res = simulate(MATS, TYPES, Dirichlet(center, 20), n_samples=100, seed=4)
    assert res.weight_mean[1] == 0
    assert res.weight_mean[4] == 0


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"weights": np.ones((10, 4))}, "weights.samples_shape"),
    ({"weights": -np.ones((10, 5))}, "weights.sample_invalid"),
    ({"weights": np.zeros((10, 5))}, "weights.sample_all_zero"),
    ({"weights": Dirichlet(CENTER, 10)}, "montecarlo.n_samples"),
    ({"weights": Dirichlet(CENTER, -1), "n_samples": 10}, "dirichlet.concentration"),
    ({"weights": np.ones((3, 5)), "score_noise": -1.0}, "montecarlo.noise"),
    ({"weights": np.ones((3, 5)), "score_noise": [0.1, 0.1]}, "montecarlo.noise_shape"),
    ({"weights": np.ones((3, 5)), "score_noise": np.ones((2, 2))}, "montecarlo.noise_shape"),
])
def test_bad_inputs_raise_typed_errors(kwargs, code):
    with pytest.raises(DecisionProblemError) as ei:
        simulate(MATS, TYPES, **kwargs)
    assert ei.value.code == code


def test_bad_cell_names_the_industry():
    bad = [m.copy() for m in MATS]
    bad[2][3, 1] = np.nan
    with pytest.raises(DecisionProblemError) as ei:
        simulate(bad, TYPES, np.ones((3, 5)), industries=["IT", "Bio", "Equipment"])
    loc = ei.value.location
    assert (loc.field, loc.row, loc.column) == ("Equipment", 3, 1)
    with pytest.raises(DecisionProblemError) as ei:
        simulate([MATS[0], MATS[1][:, :4]], TYPES, np.ones((3, 5)))
    assert ei.value.code == "matrix.criteria_mismatch"

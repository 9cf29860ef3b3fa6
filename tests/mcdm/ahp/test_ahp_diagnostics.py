"""Diagnostics, repair, intransitive triples, method audit and scales."""

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from mcdm.ahp import (
    SCALES,
    ScaleError,
    diagnose,
    get_scale,
    grades_to_matrix,
    intransitive_triples,
    method_audit,
    nearest_value,
    priorities,
    random_index,
    repair,
    verbal_to_number,
)

# Saaty (1977) light-intensity chairs (CR ≈ 0.145 > 0.1, see test_ahp_priorities).
CHAIRS = np.array([[1, 5, 6, 7], [1 / 5, 1, 4, 6], [1 / 6, 1 / 4, 1, 4], [1 / 7, 1 / 6, 1 / 4, 1]])
SAATY_17 = get_scale("saaty").judgments()


def _consistent(w):
    w = np.asarray(w, dtype=float)
    return w[:, None] / w[None, :]


def _set(a, i, j, v):
    b = a.copy()
    b[i, j], b[j, i] = v, 1 / v
    return b


# --- errors and suggestions ---------------------------------------------------------------

def test_error_matrix_definition():
    d = diagnose(CHAIRS, top=None)
    w = d.result.weights
    assert_allclose(d.errors, CHAIRS * w[None, :] / w[:, None], rtol=1e-12)
    devs = [x.deviation for x in d.issues]
    assert devs == sorted(devs, reverse=True)
    assert len(d.issues) == 6
    for x in d.issues:
        assert x.deviation == pytest.approx(max(x.error, 1 / x.error))
        assert x.implied == pytest.approx(w[x.row] / w[x.column])
        assert x.suggested == nearest_value(x.implied)
        # CR if only this judgment changed, recomputed through the public path
        assert x.cr_if_changed == pytest.approx(
            priorities(_set(CHAIRS, x.row, x.column, x.suggested)).cr, rel=1e-9)


def test_single_corrupted_judgment_is_found_and_fixed():
    a = _consistent([16, 8, 4, 2, 1])
    bad = _set(a, 1, 3, 1 / 2)  # should be 4
    d = diagnose(bad, names=["A", "B", "C", "D", "E"], top=3)
    top = d.issues[0]
    assert (top.row_name, top.column_name) == ("B", "D")
    assert top.value == 0.5
    # w_i / w_j is pulled towards the bad judgment, so the suggestion only moves towards 4 …
    assert 0.5 < top.suggested <= 4.0
    assert top.cr_if_changed < d.result.cr
    # … while the repair search, asked for full consistency, finds the consistent value;
    # for CR ≤ 0.1 it moves the expert's judgment as little as possible instead.
    exact = repair(bad, threshold=1e-9)
    assert exact.changes == ((1, 3, 0.5, 4.0),)
    assert exact.cr_after == pytest.approx(0.0, abs=1e-9)
    assert repair(bad).changes == ((1, 3, 0.5, 1.0),)


def test_consistent_matrix_has_unit_errors():
    d = diagnose(_consistent([5, 3, 2, 1]))
    assert_allclose(d.errors, 1.0, rtol=1e-12)
    assert d.intransitive == ()


def test_diagnose_incomplete_ranks_only_known_judgments():
    a = _set(CHAIRS, 0, 3, np.nan)
    d = diagnose(a, top=None)
    assert len(d.issues) == 5
    assert (0, 3) not in {(x.row, x.column) for x in d.issues}
    assert np.isnan(d.errors[0, 3])


# --- repair -------------------------------------------------------------------------------

def _single_change_crs(a):
    n = a.shape[0]
    return {(i, j, v): priorities(_set(a, i, j, v)).cr
            for i in range(n) for j in range(i + 1, n) for v in SAATY_17 if v != a[i, j]}


def test_repair_one_change_is_minimal_and_closest():
    rp = repair(CHAIRS)
    assert rp.cr_before > 0.1 >= rp.cr_after
    assert len(rp.changes) == 1
    assert "minimal" in rp.search
    i, j, old, new = rp.changes[0]
    assert old == CHAIRS[i, j]
    assert priorities(rp.matrix).cr == pytest.approx(rp.cr_after)
    # brute force: among sufficient single changes none moves a judgment less
    ok = {k: cr for k, cr in _single_change_crs(CHAIRS).items() if cr <= 0.1}
    assert ok
    least = min(abs(np.log(v / CHAIRS[a, b])) for a, b, v in ok)
    assert abs(np.log(new / old)) == pytest.approx(least)


def test_repair_needs_two_changes_when_no_single_change_suffices():
    # Two corrupted judgments in an otherwise consistent matrix.
    a = _consistent([9, 6, 4, 3, 2, 1])
    a = _set(_set(a, 0, 5, 1 / 5), 2, 4, 1 / 6)
    assert min(_single_change_crs(a).values()) > 0.1  # brute force: one is not enough
    rp = repair(a)
    assert len(rp.changes) == 2
    assert rp.reached
    assert priorities(rp.matrix).cr <= 0.1
    assert "upper bound" in rp.search


def test_repair_already_consistent_and_custom_threshold():
    rp = repair(_consistent([3, 2, 1]))
    assert rp.changes == ()
    assert rp.reached
    strict = repair(CHAIRS, threshold=0.05)
    assert strict.cr_after <= 0.05
    assert len(strict.changes) >= 1


def test_repair_keeps_missing_judgments_missing():
    a = _set(CHAIRS, 1, 3, np.nan)
    rp = repair(a, threshold=0.01)
    assert np.isnan(rp.matrix[1, 3])
    assert rp.cr_after == pytest.approx(priorities(rp.matrix).cr)


# --- intransitive triples -----------------------------------------------------------------

def test_classic_cycle_named():
    a = [[1, 3, 1 / 2, 1 / 5], [1 / 3, 1, 4, 1 / 5], [2, 1 / 4, 1, 1 / 5], [5, 5, 5, 1]]
    assert intransitive_triples(a, ["创新链", "产业链", "资金链", "人才链"]) == [
        ("创新链", "产业链", "资金链")]


@settings(max_examples=40)
@given(st.integers(3, 7), st.integers(0, 2**31))
def test_cycles_match_brute_force(n, seed):
    rng = np.random.default_rng(seed)
    a = np.ones((n, n))
    iu = np.triu_indices(n, 1)
    a[iu] = rng.choice([1 / 3, 1 / 2, 1, 2, 3], len(iu[0]))
    a.T[iu] = 1 / a[iu]
    expected = set()
    for i, j, k in itertools.permutations(range(n), 3):
        if a[i, j] > 1 and a[j, k] > 1 and a[k, i] > 1:
            expected.add(min((i, j, k), (j, k, i), (k, i, j)))
    got = intransitive_triples(a)
    assert len(got) == len(set(got))
    assert set(got) == expected


# --- method audit -------------------------------------------------------------------------

def test_method_audit_side_by_side():
    audit = method_audit(CHAIRS)
    for name, cr in audit.cr.items():
        assert cr == pytest.approx(priorities(CHAIRS, ri=name).cr, rel=1e-12)
        assert audit.ri[name] == pytest.approx(random_index(4, name))
    assert_allclose(audit.weights["geometric_mean"],
                    priorities(CHAIRS, method="geometric_mean").weights)
    assert audit.ranks["eigenvector"].tolist() == [1, 2, 3, 4]
    assert audit.same_ranking
    assert audit.max_weight_difference == pytest.approx(
        np.abs(audit.weights["eigenvector"] - audit.weights["geometric_mean"]).max())
    assert "Donegan" in audit.sources["donegan-dodd"]


# --- scales -------------------------------------------------------------------------------

def test_balanced_scale_salo_hamalainen_1997():
    # Published balanced-scale values for grades 1..9 (Salo & Hämäläinen 1997; AHP-OS).
    assert_allclose(SCALES["balanced"].values,
                    [1, 1.22, 1.5, 1.86, 2.33, 3, 4, 5.67, 9], atol=5e-3)


def test_other_scales_and_ahp_os_maxima():
    assert_allclose(SCALES["geometric"].values, 2.0 ** np.arange(9))
    assert_allclose(SCALES["inverse-linear"].values, 9 / (10 - np.arange(1, 10)))
    # M = c(9) per scale as listed in AHP-OS (AhpGroup::$ahpScale)
    expected = {"saaty": 9, "logarithmic": 3.321928095, "root-square": 3,
                "inverse-linear": 9, "balanced": 9, "power": 81, "geometric": 256}
    for name, m in expected.items():
        assert SCALES[name].max_value == pytest.approx(m)
    assert len(SCALES["saaty"].judgments()) == 17


def test_verbal_labels():
    assert verbal_to_number("Very Strong") == 7
    assert verbal_to_number("同等重要") == 1
    assert verbal_to_number("强烈重要", "power") == 49
    assert verbal_to_number("extreme", reverse=True) == pytest.approx(1 / 9)
    with pytest.raises(ScaleError) as info:
        verbal_to_number("somewhat")
    assert info.value.code == "scale.verbal"
    with pytest.raises(ScaleError) as info:
        get_scale("fibonacci")
    assert info.value.code == "scale.unknown"
    with pytest.raises(ScaleError):
        SCALES["saaty"].value(10)


def test_grades_to_matrix_keeps_reciprocity_and_missing():
    g = np.array([[1, 3, np.nan], [1 / 3, 1, 1 / 5], [np.nan, 5, 1]])
    m = grades_to_matrix(g, "geometric")
    assert m[0, 1] == 4
    assert m[1, 0] == 0.25
    assert m[1, 2] == 1 / 16
    assert np.isnan(m[0, 2])
    assert priorities(m).weights.sum() == pytest.approx(1)

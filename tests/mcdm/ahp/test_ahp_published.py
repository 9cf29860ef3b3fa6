"""Published worked examples: row geometric mean (RGM) weights, GCI, AIJ group aggregation.

Every expected number below is copied from the cited publication, never from our output, and
is compared at the precision it was printed with (3 decimals: ``atol=5e-4``).

No published S* (Goepel's consensus) example with its input priorities was found in the
sources searched (bpmsg.com posts, Goepel 2018 IJAHP 10(3), the AHP-OS code and manual
excerpts): its word scale and its formula are tested in ``test_group.py`` (the latter against
a transcription of AHP-OS's ``AhpGroup::getConsensus``), not here.
"""

import numpy as np
import pytest
from numpy.testing import assert_allclose

from mcdm.ahp import priorities
from mcdm.group import aggregate_judgments, analyse_panel

nan = np.nan
PRINTED_3 = 5e-4  # half a unit of the third decimal


def _from_upper(rows):
    """A reciprocal matrix from its upper triangle, row by row (``nan`` = missing)."""
    n = len(rows) + 1
    a = np.eye(n)
    for i, row in enumerate(rows):
        for k, v in enumerate(row):
            j = i + 1 + k
            a[i, j], a[j, i] = v, 1.0 / v
    return a


# --- Escobar, Aguarón & Moreno-Jiménez (2015) ----------------------------------------------
# M. T. Escobar, J. Aguarón, J. M. Moreno-Jiménez (2015). "Some extensions of the precise
# consistency consensus matrix". Decision Support Systems, doi:10.1016/j.dss.2015.04.005.
# Case study "HistoPark" (Monreal del Campo): the spokespersons of three parties compare five
# values DUV, IUV, PUV, EV, BV (Table 1); a fourth, new party NP is added (Table 2).
# Priorities by the row geometric mean, GCI = 2/((n-1)(n-2)) Σ_{i<j} ln² e_ij (their Eq. 1);
# AIJ = weighted geometric mean of the judgments, weights proportional to councillors.
PSOE = _from_upper([[3, 5, 8, 6], [3, 5, 4], [3, 2], [1 / 3]])
PP = _from_upper([[3, 7, 9, 5], [3, 7, 1], [5, 1 / 5], [1 / 5]])
PAR = _from_upper([[5, 7, 7, 5], [1, 5, 1], [5, 1 / 3], [1 / 5]])
NP = _from_upper([[1 / 2, 1 / 5, 1 / 8, 1 / 7], [1 / 4, 1 / 6, 1 / 5], [1 / 4, 1 / 3], [3]])

# Table 3, "Individual priority vectors, consistencies, and rankings" (RGM), and the GCIs.
TABLE_3 = {
    "PSOE": (PSOE, [0.513, 0.251, 0.115, 0.042, 0.079], 0.143),
    "PP": (PP, [0.520, 0.195, 0.072, 0.030, 0.182], 0.303),
    "PAR": (PAR, [0.560, 0.135, 0.101, 0.035, 0.168], 0.298),
    "NP": (NP, [0.038, 0.059, 0.149, 0.480, 0.274], 0.203),
}


@pytest.mark.parametrize("party", list(TABLE_3))
def test_rgm_weights_and_gci_escobar_2015_table_3(party):
    a, weights, gci = TABLE_3[party]
    r = priorities(a, method="geometric_mean")
    assert_allclose(r.weights, weights, rtol=0, atol=PRINTED_3)
    assert_allclose(r.gci, gci, rtol=0, atol=PRINTED_3)
    # Table 3's GCIs are all below Aguarón & Moreno-Jiménez's 0.37 for n > 4 (their remark).
    assert r.gci <= r.gci_threshold == 0.37


# (panel, expert weights, AIJ priorities, GCI of the AIJ matrix) —
# r = 3, no weights: Table 5 (AIJ column) and Table 6 (GCI 0.149);
# r = 3, weights PSOE 5, PP 4, PAR 2: Table 8 (AIJ column) and Table 9 (GCI 0.122);
# r = 4, no weights: Table 15 (AIJ column) and Table 16 (GCI 0.073);
# r = 4, weights 3, 4, 2, 2: Table 22 (AIJ column) and the last table (GCI 0.088).
AIJ_CASES = {
    "r3_equal": ((PSOE, PP, PAR), None, [0.540, 0.191, 0.096, 0.036, 0.137], 0.149),
    "r3_weighted": ((PSOE, PP, PAR), [5, 4, 2], [0.533, 0.208, 0.096, 0.037, 0.125], 0.122),
    "r4_equal": ((PSOE, PP, PAR, NP), None, [0.366, 0.188, 0.141, 0.091, 0.214], 0.073),
    "r4_weighted": ((PSOE, PP, PAR, NP), [3, 4, 2, 2], [0.411, 0.198, 0.125, 0.071, 0.194],
                    0.088),
}


@pytest.mark.parametrize("case", list(AIJ_CASES))
def test_aij_weighted_geometric_mean_escobar_2015(case):
    panel, expert_weights, weights, gci = AIJ_CASES[case]
    aij = aggregate_judgments(panel, expert_weights)
    r = priorities(aij, method="geometric_mean")
    assert_allclose(r.weights, weights, rtol=0, atol=PRINTED_3)
    assert_allclose(r.gci, gci, rtol=0, atol=PRINTED_3)
    # The panel analysis gives the same group result and each member's Table 3 values.
    p = analyse_panel(panel, expert_weights, method="geometric_mean")
    assert_allclose(p.group.weights, weights, rtol=0, atol=PRINTED_3)
    assert_allclose(p.group.gci, gci, rtol=0, atol=PRINTED_3)
    members = [k for k, v in TABLE_3.items() if any(v[0] is m for m in panel)]
    assert_allclose(p.individual.gci, [TABLE_3[k][2] for k in members], rtol=0, atol=PRINTED_3)
    # With the RGM, AIJ and AIP (weighted geometric mean of the priorities) coincide, as the
    # paper's conclusions recall.
    assert_allclose(p.aip, weights, rtol=0, atol=PRINTED_3)


# Incomplete matrices: the "k-judgement augmented PCCMs" for r = 4 without weights, whose GCI
# is divided by (judgements given) − (n − 1) (their Definition 6, Eq. 15) and whose priorities
# come from the geometric mean of incomplete matrices (Tone 1996, i.e. LLSM). The paper
# prints these matrices with two decimals, so the weights recomputed from them can differ by
# one or two units of the third decimal from its Table 15, computed from unrounded entries;
# hence atol 2.5e-3 for the weights (and 1e-3 for a GCI printed as 0.046).
TABLE_11_O1A = _from_upper([[2.29, nan, nan, nan], [1.22, nan, nan], [1.03, 0.75], [nan]])
TABLE_13_O2 = _from_upper([[2.29, nan, nan, nan], [1.22, nan, 0.95], [1.03, 0.75], [0.45]])
TABLE_14_O3 = _from_upper([[2.29, 2.65, 2.82, 2.15], [1.22, 2.32, 0.95], [1.03, 0.75], [0.45]])
ROUNDED_INPUT = 2.5e-3


def test_incomplete_spanning_tree_escobar_2015_tables_11_15_16():
    # Four judgements linking five values: consistent by construction, GCI 0 (Table 16).
    r = priorities(TABLE_11_O1A, method="geometric_mean")
    assert_allclose(r.weights, [0.384, 0.167, 0.136, 0.132, 0.181], rtol=0, atol=ROUNDED_INPUT)
    assert r.gci == 0.0


def test_incomplete_gci_escobar_2015_tables_13_15_16():
    # Six of ten judgements: Table 15 "PCCM O2" priorities, Table 16 GCI 0.046.
    r = priorities(TABLE_13_O2, method="geometric_mean")
    assert r.missing == ((0, 2), (0, 3), (0, 4), (1, 3))
    assert_allclose(r.weights, [0.396, 0.172, 0.131, 0.105, 0.195], rtol=0, atol=ROUNDED_INPUT)
    assert_allclose(r.gci, 0.046, rtol=0, atol=1e-3)


def test_filled_matrix_escobar_2015_tables_14_15_16():
    # All ten judgements (Option 3): Table 15 "PCCM O3" priorities, Table 16 GCI 0.044.
    r = priorities(TABLE_14_O3, method="geometric_mean")
    assert_allclose(r.weights, [0.374, 0.188, 0.137, 0.106, 0.196], rtol=0, atol=ROUNDED_INPUT)
    assert_allclose(r.gci, 0.044, rtol=0, atol=1e-3)


# --- Prize (Dargahi, Bioconductor) -----------------------------------------------------------
# D. Dargahi, Prize: an R package for prioritization estimation based on AHP (Bioconductor).
# Four individuals' judgements, inst/extdata/ind1.tsv … ind4.tsv (upper triangles; criteria
# Tumor_expression, Normal_expression, Frequency, Epitopes), aggregated by gaggregate(method =
# 'geometric'), which cites Forman & Peniwati (1998).
IND = [
    _from_upper([[2, 4, 5], [3, 4], [2]]),
    _from_upper([[0.8, 2, 4], [5, 7], [2]]),
    _from_upper([[2, 3, 5], [3, 5], [2]]),
    _from_upper([[5, 6, 7], [4, 6], [1]]),
]


def test_aij_unweighted_prize_aij_rd_example():
    # "Example output" of AIJ(res) for the non-weighted aggregation, man/AIJ.Rd
    # (https://rdrr.io/bioc/Prize/man/AIJ.html), printed with 7 significant digits.
    published = np.array([
        [1.0000000, 2.0000000, 3.4641016, 5.143687],
        [0.5000000, 1.0000000, 3.6628415, 5.383563],
        [0.2886751, 0.2730121, 1.0000000, 1.681793],
        [0.1944131, 0.1857506, 0.5946036, 1.000000],
    ])
    assert_allclose(aggregate_judgments(IND), published, rtol=0, atol=5e-7)


def test_aij_weighted_prize_unit_test():
    # Expert weights 0.45, 0.30, 0.10, 0.15: AIJ_res of inst/unitTests/test_gaggregate.R
    # (github.com/ddargahi/Prize), which the package checks to 5 decimals.
    published = np.array([
        [1.0000000, 1.7431670, 3.3548322, 4.918313],
        [0.5736685, 1.0000000, 3.6510408, 5.141337],
        [0.2980775, 0.2738945, 1.0000000, 1.802501],
        [0.2033217, 0.1945019, 0.5547847, 1.000000],
    ])
    aij = aggregate_judgments(IND, [0.45, 0.30, 0.10, 0.15])
    assert_allclose(aij, published, rtol=0, atol=5e-6)
    # Expert weights that do not sum to 1 are normalised (Prize requires them to).
    assert_allclose(aggregate_judgments(IND, [45, 30, 10, 15]), aij, rtol=1e-14)

"""Results as pandas tables (to_frame) and in notebooks (_repr_html_): the frames hold exactly
the result's numbers, indexed by what was ranked or weighted."""

import numpy as np
import pandas as pd
import pytest

from mcdm import evaluate, priorities, rank, sample_project
from mcdm.tables.document import evaluation_document
from mcdm.tables.flat import flat_tables


@pytest.fixture(scope="module")
def result():
    return evaluate(sample_project(), sensitivity=True, monte_carlo=60)


def test_a_priority_result_frame(result):
    r = priorities([[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 2, 1]])
    df = r.to_frame(["a", "b", "c"])
    assert df.index.tolist() == ["a", "b", "c"]
    assert df["weight"].tolist() == r.weights.tolist()
    assert df.attrs["cr"] == r.cr
    assert df.attrs["method"] == "eigenvector"
    with pytest.raises(ValueError, match="2 names for 3 items"):
        r.to_frame(["a", "b"])


def test_a_topsis_frame_holds_closeness_distances_and_ranks():
    r = rank([[7.0, 9, 5], [8, 7, 5], [9, 6, 4]], [0.5, 0.3, 0.2], [-1, 1, 1])
    df = r.to_frame()
    assert df.index.name == "direction"
    np.testing.assert_array_equal(df["closeness"], r.closeness)
    np.testing.assert_array_equal(df["d_plus"], r.steps.d_plus)
    np.testing.assert_array_equal(df["rank"], r.ranks)


def test_industry_sensitivity_monte_carlo_and_comparison_frames(result):
    ir = result.industry("ngit")
    df = ir.to_frame()
    assert df.index.tolist() == [d for d, _, _ in ir.ranking()]  # best first
    assert df.loc["quantum", "closeness"] == ir.topsis.closeness[ir.direction_ids.index("quantum")]
    assert df["p_top_3"].tolist() == [ir.monte_carlo.top_k[0][ir.direction_ids.index(d)]
                                      for d in df.index]
    s = ir.sensitivity.to_frame(ir.criterion_ids)
    np.testing.assert_array_equal(s[["top_low", "top_high"]].to_numpy(),
                                  ir.sensitivity.top1_interval)
    m = ir.monte_carlo.to_frame(names=ir.direction_ids)
    np.testing.assert_array_equal(m.filter(like="p_rank_").to_numpy(),
                                  ir.monte_carlo.acceptability[0])
    c = result.comparison("ngit").to_frame(ir.direction_ids)
    assert c["TOPSIS"].tolist() == ir.topsis.ranks.tolist()


def test_a_project_results_frames_are_the_flat_tables(result):
    tables = flat_tables(evaluation_document(result.project, result, "zh"))
    for name, (head, rows) in tables.items():
        df = result.to_frame(name, lang="zh")
        pd.testing.assert_frame_equal(df, pd.DataFrame(rows, columns=head))
    with pytest.raises(ValueError, match="no table 'nothing'"):
        result.to_frame("nothing")


def test_results_show_as_html_tables_in_a_notebook(result):
    html = result._repr_html_()
    assert html.count("<table") == 2
    assert "量子信息" in html
    assert "<table" in result.industry("ngit")._repr_html_()
    assert "<table" in priorities([[1, 2], [1 / 2, 1]])._repr_html_()

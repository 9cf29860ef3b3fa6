"""Bad judgment matrices raise a typed error that names the row and column."""

import os

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mcdm.ahp import JudgmentMatrixError, priorities
from mcdm.errors import MCDMError

NAMES = ["innovation", "industry", "capital"]
GOOD = [[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 2, 1]]


def _bad(i, j, value, mirror=None):
    a = np.array(GOOD, dtype=float)
    a[i, j] = value
    if mirror is not None:
        a[j, i] = mirror
    return a


def _raises(a, code, **kw):
    with pytest.raises(JudgmentMatrixError) as info:
        priorities(a, **kw)
    err = info.value
    assert err.code == code
    assert isinstance(err, MCDMError)
    assert isinstance(err, ValueError)
    return err


def test_not_square_names_the_extra_column():
    err = _raises([[1, 2, 3], [0.5, 1, 2]], "judgments.not_square")
    assert err.location.column == 2
    assert err.params["shape"] == (2, 3)


def test_not_square_names_the_extra_row():
    err = _raises([[1, 2], [0.5, 1], [1, 1]], "judgments.not_square")
    assert err.location.row == 2


def test_not_2d():
    _raises([1, 2, 3], "judgments.not_square")


def test_empty():
    _raises(np.ones((0, 0)), "judgments.empty")


def test_not_numeric():
    _raises([[1, "a"], ["b", 1]], "judgments.not_numeric")


@pytest.mark.parametrize("value", [0.0, -3.0])
def test_non_positive_names_row_and_column(value):
    err = _raises(_bad(0, 2, value, mirror=1 / 5), "judgments.not_positive", names=NAMES)
    assert (err.location.row, err.location.column) == ("innovation", "capital")
    assert err.params == {"row_index": 0, "column_index": 2, "value": value, "a": "innovation",
                          "b": "capital"}
    assert "innovation" in str(err)
    assert "capital" in str(err)


@pytest.mark.parametrize("value", [np.inf, -np.inf])
def test_non_finite_names_row_and_column(value):
    err = _raises(_bad(1, 2, value), "judgments.not_finite")
    assert (err.location.row, err.location.column) == (1, 2)


def test_nan_not_allowed_when_missing_disallowed():
    from mcdm.ahp import as_judgment_matrix

    with pytest.raises(JudgmentMatrixError) as info:
        as_judgment_matrix(_bad(0, 1, np.nan, np.nan), allow_missing=False)
    assert info.value.code == "judgments.missing"
    assert (info.value.location.row, info.value.location.column) == (0, 1)


def test_diagonal_not_one():
    err = _raises(_bad(1, 1, 2.0), "judgments.diagonal", names=NAMES)
    assert err.location.row == err.location.column == "industry"


def test_diagonal_missing():
    err = _raises(_bad(2, 2, np.nan), "judgments.diagonal")
    assert (err.location.row, err.location.column) == (2, 2)


def test_not_reciprocal_names_the_upper_cell():
    err = _raises(_bad(2, 1, 3.0), "judgments.not_reciprocal", names=NAMES)
    assert (err.location.row, err.location.column) == ("industry", "capital")
    assert "0.5" in err.expected


def test_reciprocity_outside_tolerance():
    # 1/3 typed as 0.3 is 10 % off: rejected; typed as 0.33 is accepted.
    _raises(_bad(1, 0, 0.3), "judgments.not_reciprocal")
    priorities(_bad(1, 0, 0.33))


def test_missing_on_one_side_only():
    err = _raises(_bad(0, 1, np.nan), "judgments.missing_one_side", names=NAMES)
    assert (err.location.row, err.location.column) == ("industry", "innovation")


def test_bad_cell_found_even_with_missing_judgments():
    a = np.array([[1, np.nan, 5, 2], [np.nan, 1, 2, 0], [1 / 5, 1 / 2, 1, 1],
                  [1 / 2, 0, 1, 1]])
    err = _raises(a, "judgments.not_positive")
    assert (err.location.row, err.location.column) == (1, 3)


def test_disconnected_comparisons_name_the_items_cut_off():
    nan = np.nan
    a = np.array([
        [1, 2, nan, nan],
        [1 / 2, 1, nan, nan],
        [nan, nan, 1, 3],
        [nan, nan, 1 / 3, 1],
    ])
    names = ["A", "B", "C", "D"]
    err = _raises(a, "judgments.disconnected", names=names)
    assert err.params["cut_off"] == [2, 3]
    assert "C" in str(err)
    assert "D" in str(err)


def test_single_isolated_item():
    nan = np.nan
    a = np.array([[1, 2, 4, nan], [1 / 2, 1, 2, nan], [1 / 4, 1 / 2, 1, nan],
                  [nan, nan, nan, 1]])
    err = _raises(a, "judgments.disconnected", names=["A", "B", "C", "talent"])
    assert err.params["cut_off"] == [3]
    assert err.location.row == "talent"


@pytest.mark.parametrize(("kw", "code"), [
    ({"method": "power"}, "ahp.method"),
    ({"ri": "foo"}, "ahp.ri"),
    ({"completion": "zero"}, "ahp.completion"),
])
def test_unknown_options(kw, code):
    err = _raises(GOOD, code, **kw)
    assert err.location.field in kw


def test_where_label_is_carried():
    err = _raises(_bad(0, 2, -1.0), "judgments.not_positive", where="expert 3 / 发展原则")
    assert err.location.field == "expert 3 / 发展原则"


def test_input_is_not_modified_by_validation():
    a = np.array([[1, 3], [0.33, 1]])
    before = a.copy()
    priorities(a)
    assert (a == before).all()


LONG = int(os.environ.get("FOURCHAINS_LONG", "0") or 0)


@settings(max_examples=400 if LONG else 60)
@given(st.integers(2, 9), st.data())
def test_any_single_corrupted_cell_is_named(n, data):
    # Fuzz: corrupt one off-diagonal (or diagonal) cell of a valid matrix; the error must name
    # exactly that cell (or its mirror for reciprocity, which is reported as the upper cell).
    rng = np.random.default_rng(data.draw(st.integers(0, 2**31)))
    w = rng.random(n) + 0.1
    a = w[:, None] / w[None, :]
    i = data.draw(st.integers(0, n - 1))
    j = data.draw(st.integers(0, n - 1))
    kind = data.draw(st.sampled_from(["zero", "negative", "inf", "reciprocity", "diagonal"]))
    if kind == "diagonal" or i == j:
        a[i, i] = 3.0
        expected_code, cell = "judgments.diagonal", (i, i)
    elif kind == "reciprocity":
        a[i, j] *= 2.0
        expected_code, cell = "judgments.not_reciprocal", (min(i, j), max(i, j))
    else:
        a[i, j] = {"zero": 0.0, "negative": -a[i, j], "inf": np.inf}[kind]
        expected_code = "judgments.not_finite" if kind == "inf" else "judgments.not_positive"
        cell = (i, j)
    err = _raises(a, expected_code)
    assert (err.location.row, err.location.column) == cell

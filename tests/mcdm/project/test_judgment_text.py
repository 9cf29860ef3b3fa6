"""Typing a judgment: numbers and ratios on the project's scale, typed errors for the rest."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mcdm.ahp.scales import SCALES, get_scale
from mcdm.messages import describe
from mcdm.project.judgment_text import format_judgment, judgment_range, parse_judgment
from mcdm.project.model import ProjectError


@pytest.mark.parametrize(("text", "value"), [
    ("5", 5.0), ("1/5", 0.2), ("0.2", 0.2), (" 1 / 5 ", 0.2), ("１／５", 0.2), ("５", 5.0),
    ("9", 9.0), ("1/9", 1 / 9), ("0.111", 1 / 9), ("0.1111", 1 / 9), ("2.5", 2.5), ("1", 1.0), ("", None),
    ("   ", None),
])
def test_typed_judgments_are_read_on_saatys_scale(text, value):
    got = parse_judgment(text)
    assert got == (None if value is None else pytest.approx(value))


@pytest.mark.parametrize("text", ["abc", "0", "-3", "1/0", "nan", "inf", "1/2/3", "=5", "5x"])
def test_text_that_is_not_a_positive_number_is_refused_with_its_code(text):
    with pytest.raises(ProjectError) as info:
        parse_judgment(text, field="P1/P2")
    err = info.value
    assert err.code == "entry.not_a_judgment"
    assert err.params == {"text": text, "low": "1/9", "high": "9"}
    assert err.location.field == "P1/P2"
    assert "between 1/9 and 9" in err.expected


@pytest.mark.parametrize(("text", "scale"), [("12", "saaty"), ("1/10", "saaty"),
                                             ("300", "geometric"), ("82", "power")])
def test_numbers_outside_the_projects_scale_are_refused(text, scale):
    with pytest.raises(ProjectError) as info:
        parse_judgment(text, scale)
    assert info.value.code == "entry.off_scale"
    low, high = judgment_range(scale)
    assert info.value.params["high"] == format_judgment(high)
    assert info.value.params["low"] == format_judgment(low)


def test_a_wider_scale_takes_what_saatys_refuses():
    assert parse_judgment("12", "geometric") == 12.0
    assert judgment_range("geometric") == (1 / 256, 256.0)


def test_the_refusal_reads_as_a_sentence_in_both_languages():
    with pytest.raises(ProjectError) as info:
        parse_judgment("abc")
    assert describe(info.value, "en") == ("“abc” is not a judgment: type a number from 1/9 "
                                          "to 9, such as 5, 1/5 or 0.2.")
    assert describe(info.value, "zh").startswith("“abc”不是判断值")
    with pytest.raises(ProjectError) as info:
        parse_judgment("12")
    assert describe(info.value, "zh") == "判断值 12 超出标度范围：应在 1/9 到 9 之间。"


@given(st.sampled_from(sorted(SCALES)), st.integers(0, 16))
def test_every_scale_judgment_reads_back_as_itself(scale, k):
    value = float(get_scale(scale).judgments()[k])
    assert parse_judgment(format_judgment(value), scale) == value  # snapped to the scale


def test_format_writes_reciprocals_as_one_over():
    assert [format_judgment(v) for v in (5, 0.2, 1, 1 / 3, 2.5, 0.4, None, float("nan"))] == [
        "5", "1/5", "1", "1/3", "2.5", "1/2.5", "", ""]

"""How the catalogue fills a sentence: labels for ids, numbers that read well, optional parts, the
location as its own part, the generic sentence of an unknown code, and the engine's words."""

from __future__ import annotations

import re
import warnings

import numpy as np
import pytest

from mcdm.compare import compare
from mcdm.errors import Location, Problem, ValidationFailed
from mcdm.messages import (
    consensus,
    describe,
    explain,
    explain_all,
    label,
    line,
    person,
    verdict,
    where,
    word,
)
from mcdm.messages._render import fill, number
from mcdm.project.sample import sample_project

SAMPLE = sample_project()
CJK = re.compile(r"[\u3400-\u9fff]")


@pytest.mark.parametrize(("value", "shown"), [
    (12.0, "12"), (1.0573179178146233, "1.057"), (0.1, "0.1"), (-3, "-3"), (11.6, "11.6"),
    (float("nan"), "NaN"), (float("inf"), "∞"), (-float("inf"), "−∞"), (1e300, "1e+300"),
    (np.float64(0.333333333), "0.3333"), (123456.0, "123456"),
])
def test_numbers_read_as_people_write_them(value, shown):
    assert number(value) == shown


def test_a_bilingual_name_shows_the_part_of_the_language():
    assert person("专家D Expert D", "zh") == "专家D"
    assert person("专家D Expert D", "en") == "Expert D"
    assert person("张三 Zhang San", "en") == "Zhang San"
    assert person("Alice", "zh") == "Alice"   # one script: the name as it is
    assert person("王五", "en") == "王五"


def test_labels_by_kind_and_language():
    assert label(SAMPLE, "E4", "zh") == "专家D"
    assert label(SAMPLE, "principles", "en") == "Development principles"
    assert label(SAMPLE, "goal", "zh") == "目标层"
    assert label(SAMPLE, "ngit", "zh") == "新一代信息技术产业"
    assert label(SAMPLE, "E4", "zh", kind="node") == "E4"  # an expert's id is no criterion
    assert label(None, "E4", "zh") == "E4"
    assert label(SAMPLE, "nobody", "en") == "nobody"


def test_an_industrys_own_criterion_is_named_within_its_industry():
    """Two industries may each have an own criterion with the same id and different labels:
    naming it with its industry gives that industry's label."""
    from mcdm.project import edits as E
    from mcdm.project.model import IndustryCriterion, Text

    project = SAMPLE
    for ind, zh, en in (("bio", "临床进展", "Clinical progress"),
                        ("nev", "充电网络", "Charging network")):
        criterion = IndustryCriterion("own", Text(zh, en), weight=0.1)
        project, _ = E.AddIndustryCriterion(ind, criterion).apply(project)
    assert label(project, "own", "en", "criterion", industry="nev") == "Charging network"
    assert label(project, "own", "zh", "criterion", industry="bio") == "临床进展"


def test_optional_parts_drop_out_when_their_parameter_is_unknown():
    template = "[[{expert}在「{node}」下的]]判断矩阵是空的。"
    assert fill(template, {}, "zh") == "判断矩阵是空的。"
    assert fill(template, {"expert": "E1"}, "zh") == "判断矩阵是空的。"  # both or nothing
    assert fill(template, {"expert": "E1", "node": "principles"}, "zh", SAMPLE) == \
        "专家A在「发展原则」下的判断矩阵是空的。"
    # an English sentence whose optional opening dropped out still starts with a capital
    assert fill("[[{expert}'s ]]score is {value}.", {"value": 12.0}, "en") == "Score is 12."


def test_a_setting_is_named_and_valued_with_the_settings_words():
    p = Problem("edit.setting_invalid", "…", params={"setting": "normalization", "value": "bogus"})
    assert describe(p, "zh") == \
        "设置「规范化方法」不能为 bogus：应为向量规范化、极差标准化、最大值标准化或总和标准化。"
    assert describe(p, "en") == ("The setting “Normalization” cannot be bogus: use vector "
                                 "normalization, min-max normalization, max normalization or sum "
                                 "normalization.")
    p = Problem("matrix.out_of_range", "…", params={"criterion": "P1", "normalization": "minmax"})
    assert "极差标准化" in describe(p, "zh", SAMPLE)
    assert "「体系融合、协同发展」" in describe(p, "zh", SAMPLE)


def test_the_location_is_its_own_part_in_the_same_language():
    p = Problem("score.out_of_range", "…", Location(file="bad.xlsx", sheet="两两比较", cell="C17"),
                params={"value": 12.0, "low": 1.0, "high": 9.0})
    sentence, place = explain(p, "zh")
    assert sentence == "打分 12 超出允许范围 1–9：请填写范围内的数值，或留空。"
    assert place == "位置：文件 bad.xlsx，工作表 两两比较，单元格 C17"
    assert where(p, "en") == "Location: file bad.xlsx, sheet 两两比较, cell C17"
    assert line(p, "en").endswith(". Location: file bad.xlsx, sheet 两两比较, cell C17")
    assert where(Location(), "zh") == ""
    # rows, columns and items name labels; a text file counts lines
    assert where(Location(row="E4", field="E4/principles"), "zh", SAMPLE) == \
        "位置：行「专家D」，项「专家D / 发展原则」"
    assert where(Location(file="p.json", row=3, column=9), "en") == \
        "Location: file p.json, line 3, column 9"
    assert where(Location(field="method"), "zh") == "位置：项「权重计算方法」"


def test_every_problem_of_an_error_is_explained():
    problems = [Problem("evaluate.no_experts", "…"), Problem("evaluate.no_criteria", "…")]
    err = ValidationFailed(problems)
    assert describe(err, "zh") == "发现 2 处问题。"
    assert [s for s, _ in explain_all(err, "en")] == [describe(p, "en") for p in problems]


def test_an_unknown_code_reads_in_the_language_naming_its_area_and_place():
    p = Problem("judgments.brand_new", "some English", Location(row="P1", column="P2"))
    zh = describe(p, "zh", SAMPLE)
    assert zh == "判断矩阵有一处问题（行「体系融合、协同发展」，列「自主可控、开放创新」）。"
    assert not re.search(r"[A-Za-z]", zh)
    en = describe(Problem("nowhere.known", "x"), "en")
    assert en == "There is a problem with the app."
    with pytest.raises(KeyError):
        describe(p, "zh", strict=True)
    # a known code whose parameters are missing: the generic sentence too, never a KeyError
    assert describe(Problem("advice.inconsistent", "x"), "zh") == "一致性检验有一处问题。"


def test_the_engines_words():
    assert [consensus(w, "zh") for w in ("very low", "low", "moderate", "high", "very high",
                                         "n/a")] == ["很低", "低", "中等", "高", "很高", "不适用"]
    assert verdict(True, "zh") == "通过一致性检验"
    assert verdict(False, "en") == "fails the consistency check"
    assert word("setting.priority_method", "zh") == "权重计算方法"
    assert word("setting.aggregation.AIJ", "zh") == "个体判断集结（AIJ）"
    assert word("type.cost", "zh") == "成本型指标"
    assert word("evaluate.none_ranked", "en", nodes="X").startswith("No industry")


def test_a_method_the_comparison_leaves_out_is_said_in_the_language():
    x = np.array([[0.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 9.0, 8.0], [2.0, 1.0, 5.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = compare(x, [0.3, 0.3, 0.4], [1, 1, 1])
    assert "WASPAS" in res.failed
    zh = describe(res.failed["WASPAS"], "zh")
    assert zh.startswith("WASPAS 无法对这些数据排序")
    assert CJK.search(zh)
    assert "WASPAS" in describe(res.failed["WASPAS"], "en")

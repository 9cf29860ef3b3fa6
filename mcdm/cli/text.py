"""Terminal text for the command line: the words it prints in Chinese and English, and tables
that line up with CJK characters (two columns wide)."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence

WORDS = {
    "weights": ("准则权重（群组）", "Criteria weights (group)"),
    "criterion": ("准则", "Criterion"), "local": ("局部权重", "Local"),
    "global": ("全局权重", "Global"), "consistency": ("一致性比率 CR", "Consistency ratio CR"),
    "expert": ("专家", "Expert"), "consensus": ("共识度 S*", "Consensus S*"),
    "node": ("节点", "Node"), "overall": ("总体", "Overall"),
    "furthest": ("分歧最大的专家", "Furthest expert"),
    "top": ("各产业重点发展方向排序（TOPSIS 相对贴近度）",
            "Top priority directions per industry (TOPSIS closeness)"),
    "rank": ("排名", "Rank"), "direction": ("重点发展方向", "Direction"),
    "closeness": ("贴近度", "Closeness"), "advice": ("提示", "Advice"),
    "illustrative": ("注意：示例数据，仅供演示。", "Note: illustrative data, for demonstration only."),
    "fails": ("* 未通过一致性检验", "* fails the consistency check"),
    "not_ranked": ("未能排序", "not ranked"), "p_top": ("前{k}概率", "P(top {k})"),
    "error": ("错误", "error"), "wrote": ("已写入", "wrote"), "writing": ("正在写入", "writing"),
    "reading": ("正在读取", "reading"),
    "imported": ("已导入 {n} 项更改", "imported {n} change(s)"),
    "valid": ("项目有效", "the project is valid"),
    "incomplete": ("尚不能计算的部分", "Not computed yet"),
    "complete": ("项目有效且完整", "the project is valid and complete"),
    "strict_fail": ("项目有效但不完整：{n} 处尚不能计算", "the project is valid but incomplete: "
                    "{n} part(s) cannot be computed yet"),
}

# Words of the edit commands, --sensitivity, Monte Carlo and validate (issue 14).
WORDS.update({
    "id_note": ("（编号 {id}）", "(id {id})"), "id": ("编号", "Id"), "name": ("姓名", "Name"),
    "role": ("角色", "Role"), "weight": ("权重", "Weight"), "share": ("占比", "Share"),
    "judgments": ("判断数", "Judgments"), "scores": ("打分数", "Scores"),
    "label_zh": ("中文名称", "Chinese label"), "label_en": ("英文名称", "English label"),
    "directions": ("方向数", "Directions"), "type": ("类型", "Type"), "unit": ("单位", "Unit"),
    "industry": ("产业", "Industry"), "benefit": ("效益型", "benefit"), "cost": ("成本型", "cost"),
    "setting": ("设置", "Setting"), "value": ("当前值", "Value"), "expected": ("可选值", "Expected"),
    "sensitivity": ("敏感性分析（逐一改变单个准则权重）", "Sensitivity (one criterion weight at a time)"),
    "top_now": ("当前排名第一", "top now"),
    "top_stays": ("第一名不变的权重区间", "Top unchanged for weight in"),
    "ranking_stays": ("完整排序不变的权重区间", "Whole ranking unchanged for weight in"),
    "bootstrap": ("专家组自助抽样", "bootstrap of the panel"),
    "dirichlet": ("权重 Dirichlet 扰动", "Dirichlet around the weights"),
    "score_noise": ("，含打分扰动", ", with score noise"),
    "warnings": ("需要注意的问题（{n} 项）", "Warnings ({n})"),
    "strict_warnings": ("项目有效，但有 {n} 项需要注意的问题（--strict）",
                        "the project is valid but has {n} warning(s) (--strict)"),
    "csv_written": ("已写入 {n} 个 CSV 表格到 {path}", "wrote {n} CSV table(s) to {path}"),
})

ADVICE_ZH = {
    "advice.inconsistent": "{expert} 在“{node}”的判断 CR = {cr:.3f} > {threshold:g}，未通过一致性检验",
    "advice.missing_judgments": "{expert} 在“{node}”有 {count} 个缺失判断（已按不完全判断矩阵计算）",
    "advice.matrix_unusable": "{expert} 在“{node}”的判断无法计算权重",
}

VERBAL = {"very low": "很低", "low": "低", "moderate": "中等", "high": "高", "very high": "很高",
          "n/a": "无"}


def word(key: str, lang: str, **kw) -> str:
    zh, en = WORDS[key]
    return (zh if lang == "zh" else en).format(**kw)


def width(text: str) -> int:
    """Terminal columns: CJK wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, n: int, right: bool = False) -> str:
    gap = " " * max(0, n - width(text))
    return gap + text if right else text + gap


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: set[int] = frozenset()) -> str:
    cols = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    line = "  ".join(pad(h, cols[i], i in right) for i, h in enumerate(headers))
    out = [line, "  ".join("-" * c for c in cols)]
    out += ["  ".join(pad(c, cols[i], i in right) for i, c in enumerate(r)) for r in rows]
    return "\n".join(x.rstrip() for x in out)


def fmt(x: float | None, digits: int = 4) -> str:
    return "—" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.{digits}f}"

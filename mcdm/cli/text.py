"""Terminal text for the command line: the words it prints in Chinese and English, and tables
that line up with CJK characters (two columns wide).

The engine's sentences and words (errors, advice, consensus levels, CR verdicts) come from the
message catalogue, :mod:`mcdm.messages`; ``word`` falls back to it for a key not listed here."""

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
    "p_top": ("前{k}概率", "P(top {k})"),
    "wrote": ("已写入", "wrote"), "writing": ("正在写入", "writing"),
    "reading": ("正在读取", "reading"),
    "imported": ("已导入 {n} 项更改", "imported {n} change(s)"),
    "dry_run": ("已检查 {n} 项更改（未保存）", "checked {n} change(s) (nothing saved)"),
    "monte_carlo": ("蒙特卡洛模拟", "Monte Carlo"),
    "valid": ("项目有效", "the project is valid"),
    "incomplete": ("尚不能计算的部分", "Not computed yet"),
    "complete": ("项目有效且完整", "the project is valid and complete"),
    "strict_fail": ("项目有效但不完整：{n} 处尚不能计算", "the project is valid but incomplete: "
                    "{n} part(s) cannot be computed yet"),
}


def word(key: str, lang: str, **kw) -> str:
    """A word of the command line, else of the message catalogue (:func:`mcdm.messages.word`)."""
    if key not in WORDS:
        from mcdm.messages import word as catalogue_word

        return catalogue_word(key, lang, **kw)
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

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
    "monte_carlo": ("蒙特卡洛模拟", "Monte Carlo"),
    "valid": ("项目有效", "the project is valid"),
    "incomplete": ("尚不能计算的部分", "Not computed yet"),
    "complete": ("项目有效且完整", "the project is valid and complete"),
    "strict_fail": ("项目有效但不完整：{n} 处尚不能计算", "the project is valid but incomplete: "
                    "{n} part(s) cannot be computed yet"),
    # issue 13: the import preview and rounds
    "preview_title": ("导入预览：{files} 个文件，{experts} 位专家的回答（第 {round} 轮）",
                      "Import preview: {files} file(s), answers of {experts} expert(s) (round "
                      "{round})"),
    "block": ("判断矩阵 / 产业", "Node / industry"), "pairwise": ("两两比较", "pairwise"),
    "scores": ("打分", "scores"), "reason": ("理由", "reason"),
    "new": ("新增", "New"), "changed": ("修改", "Changed"), "cleared": ("清除", "Cleared"),
    "unchanged": ("未变", "Unchanged"), "conflict": ("冲突", "Conflict"),
    "rejected_note": ("* 该组回答有问题，不予导入，保留项目中的原值。",
                      "* this block has problems: it is not imported and keeps its old values."),
    "new_list": ("新增：", "New:"), "reasons_list": ("新增的理由：", "New reasons:"),
    "changed_list": ("修改（原值 → 新值）：", "Changed (old → new):"),
    "cleared_list": ("清除（问卷中删除了原有回答）：", "Cleared (answers deleted in the questionnaire):"),
    "conflict_list": ("冲突（发出问卷后项目中的值也改了；默认保留项目中的值，--conflicts take 采用问卷中的值）：",
                      "Conflicts (the project changed too since the questionnaire was issued; the "
                      "project's value is kept unless --conflicts take):"),
    "conflict_values": ("项目 {project}（发出问卷时 {issued}）· 问卷 {file}",
                        "project {project} (when issued {issued}) · questionnaire {file}"),
    "problems": ("问题：", "Problems:"), "warnings": ("提示：", "Warnings:"),
    "notes": ("说明：", "Notes:"),
    "dry_run": ("试运行（--dry-run）：未保存任何内容。", "Dry run (--dry-run): nothing was saved."),
    "will_clear": ("本次导入将清除 {n} 项回答：", "This import clears {n} answer(s):"),
    "nothing_to_import": ("没有需要导入的更改，项目未保存。",
                          "Nothing to import: the project was not saved."),
    "imported_saved": ("已导入 {n} 项更改（新增 {new}，修改 {changed}，清除 {cleared}），已保存到 {path}",
                       "imported {n} change(s) ({new} new, {changed} changed, {cleared} cleared), "
                       "saved to {path}"),
    "rejected": ("问卷有问题，未导入任何内容；--accept-valid 只导入没有问题的各组回答：",
                 "the questionnaires have problems, nothing was imported; --accept-valid "
                 "imports the blocks without problems:"),
    "rounds_title": ("轮次（德尔菲法咨询）：当前第 {k} 轮", "Rounds (Delphi-style consultation): round "
                     "{k} in progress"),
    "round": ("轮次", "Round"), "closed": ("结束时间", "Closed"),
    "in_progress": ("进行中", "in progress"),
    "round_s": ("第{k}轮 S*", "S* r{k}"), "round_gsd": ("第{k}轮离散度", "GSD r{k}"),
    "dispersion_note": ("离散度：各对比较的几何标准差的平均值（越接近 1 越一致）。",
                        "GSD: the mean geometric standard deviation of the pairs' judgments "
                        "(closer to 1: more agreement)."),
    "moved_title": ("第 {k} 轮中改变回答的专家：", "Experts who changed answers in round {k}:"),
    "moved_line": ("{expert} · {node}：{n} 项{toward}", "{expert} · {node}: {n} answer(s){toward}"),
    "toward": ("（更接近群体）", " (toward the group)"),
    "away": ("（远离群体）", " (away from the group)"),
    "nobody_moved": ("无人改变回答。", "Nobody changed an answer."),
    "round_started": ("第 {k} 轮已结束；第 {n} 轮开始，已保存到 {path}",
                      "round {k} closed; round {n} started, saved to {path}"),
    "wrote_n": ("已写入 {n} 份问卷到 {path}", "wrote {n} questionnaire(s) to {path}"),
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

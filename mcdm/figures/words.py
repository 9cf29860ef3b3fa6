"""The words the figures print, ``code → (zh, en)`` (a plain table the message catalogue may
absorb later). Placeholders are ``str.format`` fields."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "app": ("四链决策工作台", "FourChains Decision Studio"),
    "illustrative": ("示例数据，仅供演示", "Illustrative data, for demonstration only"),
    "source": ("来源：{title}", "Source: {title}"),
    "closeness": ("相对贴近度", "Relative closeness"),
    "ranking_title": ("{industry}：重点发展方向排序（TOPSIS，{normalization}）",
                      "{industry}: ranking of priority directions (TOPSIS, {normalization})"),
    "weights_title": ("{node}：群组与各专家的局部权重（{aggregation}）",
                      "{node}: local weights of the group and each expert ({aggregation})"),
    "global_title": ("准则全局权重（群组，{aggregation}，{method}）",
                     "Global criterion weights (group, {aggregation}, {method})"),
    "expert_weights_title": ("{expert}：“{node}”下的局部权重（{method}）",
                             '{expert}: local weights under "{node}" ({method})'),
    "group": ("群组", "Group"),
    "local_weight": ("局部权重", "Local weight"),
    "global_weight": ("全局权重", "Global weight"),
    # ASCII quotes in English: a CJK font draws “ ” full-width.
    "sensitivity_title": ("{industry}：对“{criterion}”权重的敏感性",
                          '{industry}: sensitivity to the weight of "{criterion}"'),
    "weight_of": ("“{criterion}”的权重", 'Weight of "{criterion}"'),
    "other_directions": ("其他{n}个方向", "{n} other directions"),
    "current_weight": ("当前权重 {weight:.3f}", "Current weight {weight:.3f}"),
    "reversal": ("排序逆转点", "Rank reversal"),
    "acceptability_title": ("{industry}：排名可接受度（蒙特卡洛，{n} 次）",
                            "{industry}: rank acceptability (Monte Carlo, {n} samples)"),
    "probability": ("概率", "Probability"),
    "rank_n": ("第{k}名", "Rank {k}"),
    "rank": ("名次", "Rank"),
    "top_k_title": ("{industry}：进入前{k}名的概率（蒙特卡洛，{n} 次）",
                    "{industry}: probability of a top-{k} rank (Monte Carlo, {n} samples)"),
    "comparison_title": ("{industry}：不同方法下的排名", "{industry}: ranks by method"),
    "method": ("方法", "Method"),
    "frontier_title": ("有效前沿：各预算下的最优总价值",
                       "Efficient frontier: the best total value at each budget"),
    "budget": ("预算", "Budget"),
    "budget_unit": ("预算（{unit}）", "Budget ({unit})"),
    "total_value": ("总价值", "Total value"),
    "best_value": ("最优总价值", "Best total value"),
    "this_portfolio": ("当前投资组合", "This portfolio"),
}


def word(code: str, lang: str, **params) -> str:
    """The word ``code`` in ``lang`` ("zh" or "en"), with ``params`` filled in.

    >>> word("rank_n", "en", k=2)
    'Rank 2'
    """
    zh, en = WORDS[code]
    text = zh if lang == "zh" else en
    return text.format(**params) if params else text

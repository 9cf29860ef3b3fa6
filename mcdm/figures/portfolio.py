"""The portfolio's efficient frontier (有效前沿): the best total value at each budget, with the
project's budget and the chosen portfolio marked.

The curve is the result's :meth:`~mcdm.project.result.ProjectResult.frontier` (budgets where no
portfolio meets the constraints are left out) drawn as steps — the best value stays until the
next budget lets in more —; the point is :meth:`~mcdm.project.result.ProjectResult.portfolio`.
"""

from __future__ import annotations

import numpy as np

from mcdm.figures import style

# The frontier's words (kept here, beside the one figure that prints them).
WORDS: dict[str, tuple[str, str]] = {
    "title": ("投资组合的有效前沿：各预算下的最优总价值",
              "Efficient frontier of the portfolio: the best total value at each budget"),
    "budget": ("预算", "Budget"),
    "value": ("最优总价值", "Best total value"),
    "curve": ("有效前沿", "Efficient frontier"),
    "this": ("本组合（投入 {cost}，价值 {value:.3f}）", "This portfolio (spend {cost}, value {value:.3f})"),
    "budget_line": ("预算 {budget}", "Budget {budget}"),
}


def _word(code: str, lang: str, **params) -> str:
    zh, en = WORDS[code]
    text = zh if lang == "zh" else en
    return text.format(**params) if params else text


def frontier_figure(result, lang: str, *, figure=None):
    """The efficient frontier of ``result``'s portfolio, the project's budget (dashed) and the
    chosen portfolio (a point); axes from 0, the budget in the project's cost unit.

    Raises the result's ``ProjectError`` when there is no frontier (no costs, bounds that no
    budget meets); without a budget, or with constraints the budget cannot meet, the curve is
    drawn without the point.
    """
    from mcdm.errors import MCDMError
    from mcdm.project.portfolio import money

    project = result.project
    f = result.frontier()
    unit = f.unit
    ok = np.asarray(f.curve.feasible, dtype=bool)
    budgets = np.asarray(f.budgets, dtype=float)[ok]
    values = np.asarray(f.values, dtype=float)[ok]
    try:
        chosen = result.portfolio()
    except MCDMError:
        chosen = None
    fig = style.new_figure(style.WIDTH_IN, 3.4, figure)
    ax = fig.add_subplot()
    ax.step(budgets, values, where="post", color=style.BAR_COLOUR, linewidth=1.8,
            label=_word("curve", lang))
    ax.plot(budgets, values, "o", color=style.BAR_COLOUR, markersize=2.5)
    budget = project.portfolio.budget
    if budget is not None:
        ax.axvline(budget, color="#555555", linestyle="--", linewidth=1.0,
                   label=_word("budget_line", lang, budget=money(budget, unit)))
    if chosen is not None:
        ax.plot([chosen.budget], [chosen.value], "o", color=style.PALETTE[5], markersize=8,
                zorder=5, label=_word("this", lang, cost=money(chosen.cost, unit),
                                      value=chosen.value))
    top_x = max([float(budgets.max(initial=0.0)), float(budget or 0.0), 1e-9])
    top_y = max([float(values.max(initial=0.0)), 0.0 if chosen is None else chosen.value, 1e-9])
    ax.set_xlim(0, top_x * 1.02)
    ax.set_ylim(0, top_y * 1.08)
    axis = _word("budget", lang)
    ax.set_xlabel(f"{axis}（{unit}）" if unit and lang == "zh" else
                  f"{axis} ({unit})" if unit else axis)
    ax.set_ylabel(_word("value", lang))
    ax.grid(color="#E0E0E0", linewidth=0.6)
    ax.set_axisbelow(True)
    # Inside the plot, lower right: under a frontier (rising, flattening) that corner is empty,
    # and the plot keeps the figure's whole width.
    ax.legend(loc="lower right", frameon=True, framealpha=0.92, edgecolor="#DDDDDD",
              fontsize=style.FONT_PT - 0.5)
    style.finish(fig, _word("title", lang), project, lang)
    return fig

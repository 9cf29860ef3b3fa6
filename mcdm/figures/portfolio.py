"""The efficient frontier (有效前沿): the best total value at each budget, the current budget and
the chosen portfolio on it."""

from __future__ import annotations

import numpy as np

from mcdm.figures import live, style
from mcdm.figures.words import word

LINES_MIN_IN = 2.6  # the least height on screen


def frontier_figure(result, lang: str, *, figure=None):
    """The frontier as a step line over the budgets (``result.frontier()``; budgets without a
    feasible portfolio are left out), a dashed line at the project's budget and a dot at the
    portfolio chosen there (``result.portfolio()``, when there is one).

    Raises the result's ``ProjectError`` when there is no frontier (no costs). Drawn into a
    ``figure`` that already shows this frontier (the budget was moved), only the line and the
    dot move; the axes end at round numbers that do not change while the budget stays within
    them.
    """
    from mcdm.errors import MCDMError

    project = result.project
    f = result.frontier()
    plan = project.portfolio
    budget = plan.budget
    try:
        value = result.portfolio().value if budget is not None else None
    except MCDMError:
        value = None
    keep = np.asarray(f.curve.feasible, dtype=bool)
    xs = np.asarray(f.budgets, dtype=float)[keep]
    ys = np.asarray(f.values, dtype=float)[keep]
    unit = f.unit or plan.cost_unit
    x_max = style.nice_ceiling(max([*xs.tolist(), budget or 0.0, 1e-9]))
    y_max = style.nice_ceiling(max([*ys.tolist(), value or 0.0, 1e-9]))
    title = word("frontier_title", lang)
    x_label = word("budget_unit", lang, unit=unit) if unit else word("budget", lang)
    names = (word("best_value", lang), word("budget", lang), word("this_portfolio", lang))
    key = ("frontier", tuple(xs.tolist()), tuple(ys.tolist()), x_max, y_max, x_label, title,
           names, style.source_text(project, lang), budget is None, value is None,
           round(style.width_of(figure), 3))
    shown = live.Shown(kind="frontier", series=names[:1], values=(tuple(ys.tolist()),),
                       fmt="{:.4f}", min_height=max(LINES_MIN_IN, style.min_height(
                           [], title=title, width=style.width_of(figure))))
    if live.update(figure, key, (budget, value)):
        live.record(figure, shown)
        return figure
    fig = style.new_figure(style.WIDTH_IN, 3.6, figure)
    ax = fig.add_subplot()
    ax.step(xs, ys, where="post", color=style.PALETTE[0], linewidth=1.8, label=names[0])
    line = ax.axvline(budget if budget is not None else 0.0, color="#555555", linestyle="--",
                      linewidth=1, label=names[1], visible=budget is not None)
    dot = ax.scatter([budget or 0.0], [value or 0.0], s=40, color=style.PALETTE[5], zorder=3,
                     edgecolor="white", linewidth=0.8, label=names[2], visible=value is not None)
    ax.set_xlim(0, x_max)
    ax.set_ylim(0, y_max)
    ax.set_xlabel(x_label)
    ax.set_ylabel(word("total_value", lang))
    ax.grid(color="#E0E0E0", linewidth=0.6)
    handles = [h for h in (ax.lines[0], line, dot) if h.get_visible()]
    # Inside the plot, lower right: a frontier rises from the origin, so that corner is empty.
    ax.legend(handles=handles, loc="lower right", frameon=True, framealpha=0.9,
              edgecolor="none", fontsize=style.FONT_PT - 0.5)
    style.finish(fig, title, project, lang)

    def move(data) -> None:
        b, v = data
        line.set_xdata([b, b])
        dot.set_offsets([[b, v]])

    live.keep(fig, key, (line, dot), move)
    live.record(fig, shown)
    return fig

"""Shared set-up for the ranking pages' GUI tests (``tests/desktop/test_gui_ranking*.py``)."""

from __future__ import annotations

from mcdm.project.evaluate import evaluate


def scores_page(window, industry_id="green", expert_row=1):
    window.show_page("scores")
    page = window.page("scores")
    window.ranking_state.set_industry(industry_id)
    page.expert.setCurrentIndex(expert_row)
    page.expert.activated.emit(expert_row)
    return page


def shown_ranking(window):
    """(direction, closeness) rows of the ranking table, top to bottom, as displayed (the page
    is shown first: pages refresh when they are looked at)."""
    window.show_page("results")
    model = window.page("results").ranking
    return [(model.value(r, 1), model.value(r, 2)) for r in range(model.rowCount())]


def engine_ranking(project, industry_id, lang="en"):
    part = evaluate(project).industry(industry_id)
    names = [d.label.get(lang) for d in project.industry(industry_id).directions]
    return [(names[i], float(part.topsis.closeness[i])) for i in part.topsis.order]




def dashed_x(chart):
    """Where a chart's dashed vertical line stands (the current weight, the budget), or None."""
    fig = chart.figure
    if fig is None or not fig.axes:
        return None
    for line in fig.axes[0].lines:
        xs = set(line.get_xdata())
        if line.get_linestyle() == "--" and len(xs) == 1 and line.get_visible():
            return float(xs.pop())
    return None


def marked_points(chart):
    """The points a chart marks with dots (rank reversals, the chosen portfolio), in order."""
    fig = chart.figure
    if fig is None or not fig.axes:
        return []
    return [tuple(map(float, p)) for c in fig.axes[0].collections if c.get_visible()
            for p in c.get_offsets()]

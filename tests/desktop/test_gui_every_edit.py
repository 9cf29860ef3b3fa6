"""Every structural edit of the sample: every page renders, nothing stale is left on screen, and
every number shown equals a fresh full evaluation of the same project (issue 11)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from desktop.testing import make_window
from mcdm.project import edits as E
from mcdm.project.evaluate import evaluate
from mcdm.project.model import Criterion, Direction, Expert, Industry, Text
from mcdm.project.sample import sample_project
from mcdm.project.templates import new_from_template

SAMPLE = sample_project()


def _edits():
    ngit = SAMPLE.industry("ngit")
    return {
        "add criterion under strategies": E.AddCriterion(
            "strategies", Criterion("S5", Text("新策略", "New strategy"))),
        "add criterion under principles": E.AddCriterion(
            "principles", Criterion("P5", Text("新原则", "New principle"))),
        "remove criterion P1": E.RemoveCriterion("P1"),
        "remove criterion strategies": E.RemoveCriterion("strategies"),
        "add expert": E.AddExpert(Expert("E7", "专家G Expert G")),
        "remove expert E4": E.RemoveExpert("E4"),
        "add industry": E.AddIndustry(Industry("new", Text("新产业", "New industry"), (
            Direction("n1", Text("方向一", "Direction one")),
            Direction("n2", Text("方向二", "Direction two"))))),
        "remove industry ngit": E.RemoveIndustry("ngit"),
        "add direction": E.AddDirection("ngit", Direction("nd", Text("新方向", "New direction"))),
        "remove direction": E.RemoveDirection("ngit", ngit.directions[0].id),
    }


def _show_every_page(window):
    for key in window.page_keys():
        window.show_page(key)
        QApplication.processEvents()
        page = window.page(key)
        assert not page.stale, key


def _labels(project, lang="en"):
    """Every name the project could put on a chart or in a table."""
    out = {e.name for e in project.experts}
    out |= {n.label.get(lang) for n in project.goal.walk()}
    for ind in project.industries:
        out.add(ind.label.get(lang))
        out |= {d.label.get(lang) for d in ind.directions}
        out |= {c.label.get(lang) for c in ind.criteria}
    return out


def _charts(window):
    pages = {key: window.page(key) for key in window.page_keys()}
    yield pages["pairwise"].chart
    yield pages["group"].chart
    yield pages["results"].chart
    yield pages["overview"].weights_chart
    yield pages["sensitivity"].chart
    yield pages["montecarlo"].acceptability
    yield pages["montecarlo"].top_chart
    yield pages["portfolio"].chart


def _assert_nothing_stale(window, project):
    """No chart shows a name the project no longer has: every row's full name is one of the
    project's, and no label is cut short."""
    known = _labels(project)
    for chart in _charts(window):
        for name in chart.categories():
            assert name in known, (chart.objectName(), name)
        for label in chart.labels():
            assert "…" not in label, (chart.objectName(), label)


def _assert_pages_show_the_fresh_evaluation(window, ctx):
    fresh = evaluate(ctx.project)
    project = ctx.project
    # Ranking: every industry the engine ranks, shown as the engine ranks it.
    results = window.page("results")
    for ind in project.industries:
        window.ranking_state.set_industry(ind.id)
        window.show_page("results")
        QApplication.processEvents()
        if ind.id in fresh.industry_errors:
            assert results.ranking.rowCount() == 0
            assert results.chart.values() == []
            continue
        part = fresh.industry(ind.id)
        names = {d.id: d.label.en for d in ind.directions}
        expected = [(names[part.direction_ids[i]], float(part.topsis.closeness[i]))
                    for i in part.topsis.order]
        shown = [(results.ranking.value(r, 1), results.ranking.value(r, 2))
                 for r in range(results.ranking.rowCount())]
        assert [n for n, _ in shown] == [n for n, _ in expected]
        np.testing.assert_array_equal([c for _, c in shown], [c for _, c in expected])
        np.testing.assert_array_equal(results.chart.values(), [c for _, c in expected])
    # Group weights: the group row of every node, as the engine weights it (or nothing).
    window.show_page("group")
    group = window.page("group")
    for node in project.internal_nodes():
        k = group.node_box.findData(node.id)
        group.node_box.setCurrentIndex(k)
        QApplication.processEvents()
        n = fresh.nodes[node.id]
        model = group.node_model
        if n.weights is None:
            assert group.missing.isVisible()
            continue
        last = model.rowCount() - 1
        shown = [model.data(model.index(last, c + 1)) for c in range(len(n.child_ids))]
        assert shown == [f"{w:.3f}" for w in n.weights]
    # Overview: the top direction of every industry.
    window.show_page("overview")
    top = window.page("overview").top
    for r, ind in enumerate(project.industries):
        cell = str(top.value(r, 0))
        if ind.id in fresh.industry_errors:
            assert cell == "—"
        else:
            part = fresh.industry(ind.id)
            i = int(part.topsis.order[0])
            name = ind.directions[[d.id for d in ind.directions].index(part.direction_ids[i])]
            assert cell == f"{name.label.en} ({part.topsis.closeness[i]:.3f})"
    # Global weights: every leaf (nan where a node above it has no weights).
    weights = window.page("overview").weights
    for r, leaf in enumerate(project.leaves()):
        value = fresh.leaf_weight(leaf.id)
        shown = weights.value(r, 2)
        assert shown == "—" if math.isnan(value) else shown == value


@pytest.mark.parametrize("name", list(_edits()))
def test_every_page_renders_after_a_structural_edit(qtbot, tmp_path, name):
    ctx, window = make_window(qtbot, tmp_path)
    _show_every_page(window)
    ctx.push(_edits()[name])
    _show_every_page(window)
    _assert_nothing_stale(window, ctx.project)
    _assert_pages_show_the_fresh_evaluation(window, ctx)
    ctx.undo_stack.undo()
    assert ctx.project == SAMPLE
    _show_every_page(window)
    _assert_nothing_stale(window, ctx.project)
    _assert_pages_show_the_fresh_evaluation(window, ctx)


@pytest.mark.parametrize("template", ["four-chains", "empty"])
def test_nothing_of_the_old_project_stays_after_new(qtbot, tmp_path, template):
    ctx, window = make_window(qtbot, tmp_path)
    _show_every_page(window)
    ctx.set_project(new_from_template(template))
    _show_every_page(window)
    _assert_nothing_stale(window, ctx.project)
    for chart in _charts(window):
        values = chart.values() if hasattr(chart, "values") else []
        assert not any(np.ravel(values)), type(chart).__name__  # no bars from the sample


def test_nothing_stale_after_an_edit_that_leaves_nothing_to_rank(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path)
    _show_every_page(window)
    for e in list(ctx.project.expert_ids()):
        ctx.push(E.RemoveExpert(e))
    assert ctx.result.problems
    _show_every_page(window)
    _assert_nothing_stale(window, ctx.project)
    assert window.page("results").chart.values() == []
    assert window.page("group").chart.values() == []

"""The panel page: experts added, renamed, weighted and removed (each undoable), completeness and
worst CR as the engine reports them, and questionnaire import with its preview first (the
preview itself: tests/desktop/test_gui_import_preview.py)."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt

from desktop.models.experts import COMPLETE, NAME, ROLE, WEIGHT, WORST
from desktop.testing import make_window
from mcdm.excel.questionnaire.samples import sample_questionnaires


@pytest.fixture
def panel(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path)
    window.show_page("panel")
    return ctx, window, window.page("panel")


def test_experts_model_passes_modeltester(qtmodeltester, panel):
    qtmodeltester.check(panel[2].model)


def test_completeness_and_worst_cr_come_from_the_engine(panel):
    ctx, _window, page = panel
    model = page.model
    for row, expert in enumerate(ctx.project.experts):
        crs = {n.id: ctx.result.cr(expert.id, n.id) for n in ctx.project.internal_nodes()}
        crs = {k: v for k, v in crs.items() if v is not None}
        worst = max(crs, key=crs.get)
        shown = model.index(row, WORST).data()
        assert shown.startswith(f"{crs[worst]:.3f}")
        assert ctx.project.node(worst).label.en in shown
        pairs = sum(len(n.children) * (len(n.children) - 1) // 2
                    for n in ctx.project.internal_nodes())
        given = sum(len(v) for v in ctx.project.judgments.get(expert.id, {}).values())
        assert model.index(row, COMPLETE).data() == f"{given / pairs:.0%}"
    # The sample has one incomplete expert and one whose worst CR fails the threshold.
    assert any(model.index(r, COMPLETE).data() != "100%" for r in range(model.rowCount()))
    assert any(float(model.index(r, WORST).data().split()[0]) > 0.1
               for r in range(model.rowCount()))


def test_add_rename_weight_remove_each_undoable(qtbot, panel):
    ctx, window, page = panel
    before = ctx.project
    ctx.interaction.script("Dr. Li")
    qtbot.mouseClick(page.b_add, Qt.LeftButton)
    assert ctx.project.experts[-1].name == "Dr. Li"
    row = len(ctx.project.experts) - 1
    model = page.model
    assert model.setData(model.index(row, NAME), "Dr. Li Wei")
    assert model.setData(model.index(row, ROLE), "materials")
    assert model.setData(model.index(row, WEIGHT), "2.5")
    assert not model.setData(model.index(row, WEIGHT), "heavy")
    added = ctx.project.experts[-1]
    assert (added.name, added.role, added.weight) == ("Dr. Li Wei", "materials", 2.5)
    assert ctx.result.expert_weights[-1] == pytest.approx(2.5 / (len(before.experts) + 2.5))
    page.view.selectRow(0)
    ctx.interaction.script(True)
    qtbot.mouseClick(page.b_remove, Qt.LeftButton)
    assert before.experts[0].id not in ctx.project.expert_ids()
    assert before.experts[0].id not in ctx.project.judgments
    for _ in range(5):
        window.act_undo.trigger()
    assert ctx.project == before
    for _ in range(5):
        window.act_redo.trigger()
    assert ctx.project.experts[-1].name == "Dr. Li Wei"


def test_import_shows_problems_before_changing_anything(qtbot, panel, tmp_path):
    ctx, _window, page = panel
    before = ctx.project
    bad = tmp_path / "not_a_questionnaire.xlsx"
    wb = Workbook()
    wb.active["A1"] = "hello"
    wb.save(bad)
    ctx.interaction.script([str(bad)])
    qtbot.mouseClick(page.b_import, Qt.LeftButton)
    asked = ctx.interaction.asked[-1]
    assert asked.method == "preview_import"
    _title, summary, accept, problems = asked.args
    assert problems
    assert any("not_a_questionnaire.xlsx" in p for p in problems)
    assert accept == "Nothing to import"
    assert "Nothing to import." in summary
    assert ctx.project is before


def test_import_the_sample_questionnaires_into_a_blank_panel_is_one_undo_step(qtbot, panel):
    ctx, window, page = panel
    sample = ctx.project
    ctx.set_project(sample.replace(judgments={}, scores={}))
    blank = ctx.project
    ctx.interaction.script(True)  # the preview, accepted as it stands
    assert page.import_questionnaires([str(p) for p in sample_questionnaires()])
    assert ctx.interaction.methods_asked() == ["preview_import"]
    assert ctx.project.judgments == sample.judgments
    assert ctx.project.scores == sample.scores
    assert ctx.undo_stack.count() == 1
    window.act_undo.trigger()
    assert ctx.project == blank
    # Declining changes nothing.
    ctx.interaction.script(False)
    assert not page.import_questionnaires([str(p) for p in sample_questionnaires()])
    assert ctx.project == blank

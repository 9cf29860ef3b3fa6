"""Delphi rounds in the GUI (issue 13, item 8, and its done-when): the panel page shows the round
in progress and starts the next after a confirmation that says what happens (one undo step that
gives round k back exactly); the group page shows S* and dispersion per node per round and who
moved. Round 2 of the sample end to end: start it, export the round-2 questionnaires through the
dialog, fill them as the experts would, import them through the preview, and check S* per round
on the group page against summarize_rounds and against mcdm.group by hand. Both languages."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desktop.testing import make_window
from mcdm.excel.questionnaire.fill import plan_of
from mcdm.project import edits as E
from mcdm.project.rounds import summarize_rounds
from mcdm.project.sample import sample_project
from tests.support.excel import fill
from tests.support.rounds import REASON, by_hand, feedback_pairs, round_two_answers

SAMPLE = sample_project()


@pytest.fixture
def win(qtbot, tmp_path):
    return make_window(qtbot, tmp_path)


def test_start_round_from_the_panel_page_is_one_undo_step(qtbot, win):
    ctx, window = win
    window.show_page("panel")
    page = window.page("panel")
    before = ctx.project
    assert page.round_label.text().startswith("Round 1 in progress.")
    assert page.b_round.text() == "Start round 2…"
    ctx.interaction.script(False)
    qtbot.mouseClick(page.b_round, Qt.LeftButton)
    title, text = ctx.interaction.asked[-1].args
    assert title == "Start round 2"
    assert text.startswith("Close round 1 and start round 2?")
    assert "Questionnaires of round 1 can no longer be imported." in text
    assert "You can undo this." in text
    assert ctx.project is before  # declined: nothing changed
    ctx.interaction.script(True)
    qtbot.mouseClick(page.b_round, Qt.LeftButton)
    assert ctx.project.current_round == 2
    assert ctx.project.rounds[0].judgments == before.judgments
    assert ctx.undo_stack.count() == 1
    assert window.act_undo.text() == "&Undo Close round 1, start round 2"
    assert page.round_label.text().startswith("Round 2 in progress (round 1 closed ")
    assert page.b_round.text() == "Start round 3…"
    assert window.message_text().startswith("Round 2 started: export the round-2 questionnaires")
    window.act_undo.trigger()
    assert ctx.project == before
    assert page.round_label.text().startswith("Round 1 in progress.")
    window.act_redo.trigger()
    assert ctx.project.current_round == 2


def test_the_group_page_rounds_section(qtbot, qtmodeltester, win):
    ctx, window = win
    window.show_page("group")
    section = window.page("group").rounds
    assert not section.table.isVisibleTo(section)
    assert "Start round 2 on the Experts page" in section.title.text()
    ctx.push(E.StartRound("2025-03-01T10:00:00+08:00"))
    ctx.push(E.SetJudgment("E6", "principles", "P1", "P2", 3.0))
    ctx.push(E.SetJudgment("E4", "principles", "P1", "P3", 1 / 3))
    assert section.table.isVisibleTo(section)
    model = section.model
    qtmodeltester.check(model)
    summary = summarize_rounds(ctx.project)
    heads = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    assert heads == ["Node", "S* round 1", "Dispersion round 1", "S* round 2",
                     "Dispersion round 2", "Moved in round 2"]
    nodes = [n.id for n in ctx.project.internal_nodes()]
    for row, node in enumerate(nodes):
        for k, r in enumerate(summary.rounds):
            assert model.value(row, 1 + 2 * k) == r.nodes[node].s_star
            assert model.value(row, 2 + 2 * k) == r.nodes[node].mean_gsd
            assert model.index(row, 1 + 2 * k).data() == f"{r.nodes[node].s_star:.3f}"
    principles = nodes.index("principles")
    assert model.index(principles, 5).data() == "Expert D, Expert F"
    tip = model.index(principles, 5).data(Qt.ToolTipRole)
    assert "Expert F: 1 answer(s) changed, closer to the group's round-1 judgment" in tip
    assert model.index(nodes.index("goal"), 5).data() == ""
    overall = model.rowCount() - 1
    assert model.index(overall, 0).data() == "Overall"
    assert model.value(overall, 1) == summary.rounds[0].consensus
    assert model.index(overall, 2).data() == "—"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_round_two_of_the_sample_end_to_end(qtbot, tmp_path, lang):
    ctx, window = make_window(qtbot, tmp_path, lang=lang)
    sample = ctx.project
    window.show_page("panel")
    page = window.page("panel")
    # 1. The facilitator starts round 2 (confirmed).
    ctx.interaction.script(True)
    qtbot.mouseClick(page.b_round, Qt.LeftButton)
    assert ctx.project.current_round == 2
    # 2. ... and exports the round-2 questionnaires through the dialog, as it stands.
    out = tmp_path / "round2"
    out.mkdir()
    seen = []
    ctx.interaction.script(lambda d: seen.append(d.options()) or True, str(out / "r2.xlsx"))
    with qtbot.waitSignal(window.exporter.finished, timeout=60000):
        qtbot.mouseClick(page.b_export, Qt.LeftButton)
    assert seen[0].prefill  # round 2: each expert's round-1 answers
    files = sorted(out.glob("*.xlsx"))
    assert len(files) == 6
    # The round-1 feedback beside each pair: the group's judgment and its spread, by hand.
    wb = openpyxl.load_workbook(files[-1])  # E6
    _, meta, _sheets = plan_of(ctx.project, wb)
    assert (meta["round"], meta["feedback"], meta["prefill"]) == (2, 1, 1)
    assert list(feedback_pairs(ctx.project, sample, wb))  # every pair's feedback by hand
    # 3. The experts answer (E6 moves toward the group, E4 keeps and explains one answer).
    target, moved = round_two_answers(sample)
    assert moved >= 3
    for f in files:
        fill(f, target)
    # 4. The facilitator imports them through the preview and accepts it as it stands.
    box = {}

    def accept(dialog):
        box["accept"] = dialog.accept_text()
        box["counts"] = dialog.report.counts()
        return True

    ctx.interaction.script([str(f) for f in files], accept)
    qtbot.mouseClick(page.b_import, Qt.LeftButton)
    assert box["counts"]["changed"] == moved
    assert box["counts"]["new"] == 1  # E4's reason
    assert box["counts"]["cleared"] == box["counts"]["conflict"] == 0
    expected = {"en": f"Import {moved + 1} answers", "zh": f"导入 {moved + 1} 个答案"}[lang]
    assert box["accept"] == expected
    assert ctx.project.judgments == target.judgments
    assert ctx.project.reason("E4", "principles", "P2", "P3") == REASON
    assert ctx.project.rounds[0].judgments == sample.judgments
    assert ctx.undo_stack.count() == 2  # the round, the import
    # 5. S* per round on the group page: summarize_rounds' numbers, and mcdm.group's by hand.
    window.show_page("group")
    model = window.page("group").rounds.model
    summary = summarize_rounds(ctx.project)
    for row, node in enumerate(ctx.project.internal_nodes()):
        s1, g1, _, _ = by_hand(ctx.project, ctx.project.rounds[0].judgments, node.id)
        s2, g2, _, _ = by_hand(ctx.project, ctx.project.judgments, node.id)
        shown = [model.value(row, c) for c in (1, 2, 3, 4)]
        assert shown == [summary.rounds[0].nodes[node.id].s_star,
                         summary.rounds[0].nodes[node.id].mean_gsd,
                         summary.rounds[1].nodes[node.id].s_star,
                         summary.rounds[1].nodes[node.id].mean_gsd]
        assert shown == pytest.approx([s1, g1, s2, g2], rel=1e-12)
        assert [model.index(row, c).data() for c in (1, 3)] == [f"{s1:.3f}", f"{s2:.3f}"]
    principles = [n.id for n in ctx.project.internal_nodes()].index("principles")
    assert model.value(principles, 3) > model.value(principles, 1)  # more consensus
    assert model.value(principles, 4) < model.value(principles, 2)  # less dispersion
    assert model.index(principles, 5).data() == {"en": "Expert F", "zh": "专家F"}[lang]
    # 6. A round-1 questionnaire is refused in round 2, with the catalogue's sentence.
    old = tmp_path / "round1.xlsx"
    from mcdm.excel import write_questionnaire

    write_questionnaire(sample, "E1", old)
    ctx.interaction.script([str(old)], True)
    window.show_page("panel")
    qtbot.mouseClick(page.b_import, Qt.LeftButton)
    problems = ctx.interaction.asked[-1].args[3]
    assert problems[0].startswith({"en": "This is a round-1 questionnaire and the project is in "
                                         "round 2", "zh": "这是第 1 轮的问卷"}[lang])
    assert ctx.undo_stack.count() == 2


def test_in_round_two_the_group_page_keeps_its_weights_in_view_at_1280x720(qtbot, win):
    """The rounds table is as tall as its rows, no taller: the weights table still shows
    every expert and the group's row, and every row of the rounds table is in view."""
    ctx, window = win
    ctx.push(E.StartRound("2025-03-01T10:00:00+08:00"))
    ctx.push(E.SetJudgment("E6", "principles", "P1", "P2", 3.0))
    window.resize(1280, 720)
    window.show_page("group")
    page = window.page("group")
    page.node_box.setCurrentIndex(page.node_box.findData("principles"))
    qtbot.wait(150)
    weights = page.node_table
    last = weights.model().rowCount() - 1
    assert weights.model().index(last, 0).data() == "Group"
    assert weights.rowViewportPosition(last) + weights.rowHeight(last) <= \
        weights.viewport().height()
    rounds = page.rounds.table
    rows = rounds.model().rowCount()
    assert rows == len(ctx.project.internal_nodes()) + 1
    assert rounds.rowViewportPosition(rows - 1) + rounds.rowHeight(rows - 1) <= \
        rounds.viewport().height()

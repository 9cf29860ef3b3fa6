"""The guided workshop (issue 17, item 1): the navigation shows each step's state and counts from
the engine's ``result.workshop()``, a click on a warning goes to the spot, a new or empty project
opens on a start page that says what to do next, and New shows what each template holds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.interaction import DISCARD
from desktop.navigation import STATE_ROLE, SUMMARY_ROLE, TARGET_ROLE
from desktop.testing import make_window
from desktop.views.template_dialog import TemplateDialog
from mcdm.project import edits
from mcdm.project.sample import sample_project, unanswered_sample_project
from mcdm.project.templates import describe_template, list_templates, new_from_template


def nav_item(window, key):
    return window.nav.item(window.page_keys().index(key))


def click_nav(qtbot, window, key):
    item = nav_item(window, key)
    rect = window.nav.visualItemRect(item)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_navigation_lists_the_steps_in_order_with_the_engines_states(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path)
    keys = window.page_keys()
    # The steps in workshop order, each beside its page.
    assert [k for k in keys if k in ("tree", "panel", "pairwise", "group", "scores",
                                     "results")] == ["tree", "panel", "pairwise", "group",
                                                     "scores", "results"]
    steps = {s.key: s for s in ctx.result.workshop()}
    pages = {"tree": "criteria", "panel": "panel", "pairwise": "comparisons",
             "group": "group", "scores": "scores", "results": "ranking"}
    for page, step in pages.items():
        assert nav_item(window, page).data(STATE_ROLE) == steps[step].state.value
    assert nav_item(window, "panel").data(SUMMARY_ROLE) == "6 experts"
    assert nav_item(window, "tree").data(SUMMARY_ROLE) == "8 criteria"
    # The sample: Expert D fails CR, Expert E left pairs blank.
    assert nav_item(window, "pairwise").data(STATE_ROLE) == "warning"
    assert nav_item(window, "pairwise").data(SUMMARY_ROLE) == "CR fails: 1 · unanswered: 1"
    assert "fails the consistency check" in nav_item(window, "pairwise").toolTip()
    assert nav_item(window, "group").data(SUMMARY_ROLE).startswith(
        f"S* {ctx.result.consensus:.2f}")
    assert nav_item(window, "start").data(STATE_ROLE) is None  # not a step


def test_the_states_follow_the_project(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path)
    # Blank a score cell everyone scored: the scores step warns with the count.
    key = next(iter(ctx.project.scores))
    cells = tuple(((e, key[1], key[2], key[3]), None) for e in ctx.project.expert_ids())
    ctx.push(edits.SetScores(cells))
    assert nav_item(window, "scores").data(STATE_ROLE) == "warning"
    assert nav_item(window, "scores").data(SUMMARY_ROLE) == "1 blank cell(s)"
    assert nav_item(window, "scores").data(TARGET_ROLE) == {"industry": key[1]}
    window.act_undo.trigger()
    assert nav_item(window, "scores").data(STATE_ROLE) == "done"
    window.act_lang["zh"].trigger()
    assert nav_item(window, "panel").data(SUMMARY_ROLE) == "6 位专家"
    assert nav_item(window, "pairwise").data(SUMMARY_ROLE) == "CR 未通过：1 位 · 未答完：1 位"


def test_clicking_a_warning_goes_to_the_spot(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path)
    window.show_page("tree")
    click_nav(qtbot, window, "pairwise")
    page = window.page("pairwise")
    assert window.stack.currentWidget() is page
    spot = dict(next(s for s in ctx.result.workshop() if s.key == "comparisons").target)
    assert (page.expert_id, page.node_id) == (spot["expert"], spot["node"])
    # The spot is the failing expert at their worst matrix: the badge shows the failure.
    assert spot["expert"] == "E4"
    assert page.badge.level == "fail"
    # A step that is done just shows its page.
    click_nav(qtbot, window, "panel")
    assert window.stack.currentWidget() is window.page("panel")


def test_a_new_empty_project_opens_on_the_start_page_saying_what_to_do(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path)
    window.show_page("results")
    ctx.interaction.script(list_templates().index("empty"))
    window.act_new.trigger()
    assert ctx.interaction.methods_asked() == ["choose_template"]
    start = window.page("start")
    assert window.stack.currentWidget() is start
    assert "Build the criteria tree" in start.next_text.text()
    assert start.next_button.text() == "Go to Criteria"
    qtbot.mouseClick(start.next_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.page("tree")


def test_the_start_page_follows_the_workshop(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path, new_from_template("four-chains"))
    start = window.page("start")
    assert window.stack.currentWidget() is start  # no panel yet: start here
    assert "Add the experts" in start.next_text.text()
    icon, name, line, button = start.rows["panel"]
    assert (name.text(), line.text(), button.text()) == ("Panel", "no experts yet", "Open")
    ctx.set_project(unanswered_sample_project(), None)
    assert window.stack.currentWidget() is start
    assert "import the filled questionnaires" in start.next_text.text()
    assert start.rows["comparisons"][2].text() == "none answered yet"
    ctx.set_project(sample_project(), None)
    assert start.rows["comparisons"][3].text() == "Look at it"
    qtbot.mouseClick(start.rows["comparisons"][3], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.page("pairwise")
    assert window.page("pairwise").expert_id == "E4"


def test_a_finished_project_stays_on_the_page_in_front(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path)
    window.show_page("results")
    ctx.set_project(sample_project(), None)  # opened again: nothing early is missing
    assert window.stack.currentWidget() is window.page("results")


def test_new_from_template_describes_each_template(qtbot):
    infos = [describe_template(name) for name in list_templates()]
    dialog = TemplateDialog(infos, "en")
    qtbot.addWidget(dialog)
    names = [dialog.list.item(k).text() for k in range(dialog.list.count())]
    assert names == [i.title.en if i.name != "empty" else "Empty project" for i in infos]
    for row, info in enumerate(infos):
        dialog.list.setCurrentRow(row)
        text = dialog.details.text()
        assert info.description.en.replace("'", "&#x27;").replace('"', "&quot;")[:40] in text
        if info.criteria:
            assert f"to weigh: {info.leaves} (judgment matrices: {info.matrices})" in text
            for label, children in info.criteria:
                assert label.en in text
                assert all(c.en in text for c in children)
            assert f"{len(info.industries)} industries, {info.directions} priority" in text
        else:
            assert "No criteria yet." in text
    four = list_templates().index("four-chains")
    dialog.list.setCurrentRow(four)
    assert dialog.chosen() == four
    project = new_from_template("four-chains")
    assert describe_template("four-chains").leaves == len(project.leaves())


def test_new_asks_to_save_then_opens_the_chosen_template(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path)
    ctx.push(edits.SetExpertWeight("E1", 2.0))
    ctx.interaction.script(DISCARD, None)  # cancelled in the dialog: nothing changes
    before = ctx.project
    window.act_new.trigger()
    assert ctx.project is before
    assert ctx.interaction.asked[-1].args[0] == tuple(list_templates())
    QApplication.processEvents()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_template_dialog_speaks_the_ui_language(qtbot, lang):
    from desktop.i18n import Translators

    Translators(QApplication.instance()).install(lang)
    infos = [describe_template(name) for name in list_templates()]
    dialog = TemplateDialog(infos, lang)
    qtbot.addWidget(dialog)
    assert dialog.list.item(0).text() == infos[0].title.get(lang)
    assert dialog.list.item(len(infos) - 1).text() == {"en": "Empty project",
                                                       "zh": "空白项目"}[lang]

"""Files through the window: save, reopen and compare; unsaved-changes prompt; bad files;
recent files; autosave recovery."""

from __future__ import annotations

import json

import pytest

from desktop.interaction import CANCEL, DISCARD
from desktop.testing import make_window
from mcdm.errors import MCDMError
from mcdm.project import edits
from mcdm.project.storage import load


def test_save_reopen_compare(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path)
    e, node = ctx.project.experts[0].id, "principles"
    ctx.push(edits.SetJudgment(e, node, "P1", "P3", 7.0), "edit")
    edited = ctx.project
    target = tmp_path / "workshop.fcproj.json"
    ctx.interaction.script(str(target))
    window.act_save.trigger()  # no path yet: Save asks where (Save As)
    assert ctx.interaction.methods_asked() == ["save_path"]
    assert not window.isWindowModified()
    assert ctx.path == target
    assert load(target) == edited
    assert str(target.resolve()) == ctx.settings.recent_files[0]
    # Reopen in a fresh window and compare what the engine computes from both.
    ctx2, window2 = make_window(qtbot, tmp_path / "second")
    ctx2.interaction.script(str(target))
    window2.act_open.trigger()
    assert ctx2.project == edited
    assert ctx2.path == target
    assert window2.windowTitle().startswith("workshop.fcproj.json")
    assert ctx2.result.leaf_weights.tolist() == ctx.result.leaf_weights.tolist()
    assert ctx2.result.cr(e, node) == ctx.result.cr(e, node)


def test_closing_with_unsaved_work_asks(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path)
    ctx.push(edits.SetExpertWeight(ctx.project.experts[0].id, 2.0), "weight")
    ctx.interaction.script(CANCEL)
    window.close()
    assert window.isVisible()
    assert ctx.interaction.methods_asked() == ["save_changes"]
    ctx.interaction.script(DISCARD)
    window.close()
    assert not window.isVisible()


def test_a_bad_file_is_refused_with_every_problem_and_nothing_changes(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path)
    before = ctx.project
    data = json.loads((tmp_path / "x.json").write_text("{}") and "{}")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**data, "schema_version": 1, "experts": "nobody"}), "utf-8")
    window.files.open(str(bad))
    asked = ctx.interaction.asked[-1]
    assert asked.method == "error"
    _title, _text, details = asked.args
    assert details
    assert any("$" in line for line in details)  # each problem names its JSON path
    assert ctx.project is before


def test_open_recent_lists_saved_files(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path)
    path = tmp_path / "a.fcproj.json"
    ctx.interaction.script(str(path))
    window.act_save_as.trigger()
    window._fill_recent()
    titles = [a.text() for a in window.menu_recent.actions()]
    assert titles == ["a.fcproj.json"]
    ctx.push(edits.SetExpertWeight(ctx.project.experts[0].id, 3.0), "weight")
    ctx.interaction.script(DISCARD)
    window.menu_recent.actions()[0].trigger()
    assert ctx.project == load(path)
    assert not window.isWindowModified()


def test_undo_back_to_saved_state_is_clean(qtbot, tmp_path):
    ctx, window = make_window(qtbot, tmp_path)
    assert "[*]" in window.windowTitle()
    assert not window.isWindowModified()
    ctx.push(edits.SetExpertWeight(ctx.project.experts[1].id, 0.5), "weight")
    assert window.isWindowModified()
    window.act_undo.trigger()
    assert not window.isWindowModified()


def test_autosave_then_recovery_offered_on_next_start(qtbot, tmp_path):
    from desktop.app import build

    ctx, window = make_window(qtbot, tmp_path)
    ctx.push(edits.SetExpertWeight(ctx.project.experts[2].id, 4.0), "weight")
    window.files.autosave_now()
    assert (tmp_path / "recovery" / "recovery.json").exists()
    edited = ctx.project
    ctx.interaction.script(DISCARD)
    window.close()
    assert not (tmp_path / "recovery" / "recovery.json").exists()  # discarded deliberately
    ctx.push(edits.SetExpertWeight(ctx.project.experts[2].id, 5.0), "weight")
    window.files.autosave_now()
    edited = ctx.project
    # A "crash": the next start finds the recovery file and offers it.
    from desktop.interaction import ScriptedInteraction
    from desktop.testing import isolated_settings

    interaction = ScriptedInteraction().script(True)
    _app, ctx2, window2 = build(["fourchains"], settings=isolated_settings(tmp_path),
                                interaction=interaction)
    qtbot.addWidget(window2, before_close_func=lambda _w: ctx2.undo_stack.setClean())
    assert interaction.methods_asked() == ["confirm"]
    assert ctx2.project == edited
    assert window2.isWindowModified()
    ctx.undo_stack.setClean()


def test_new_project_from_a_template(qtbot, tmp_path):
    from mcdm.project.templates import list_templates, new_from_template

    ctx, window = make_window(qtbot, tmp_path)
    ctx.push(edits.SetExpertWeight(ctx.project.experts[0].id, 2.0), "weight")
    ctx.interaction.script(DISCARD, list_templates().index("four-chains"))
    window.act_new.trigger()
    assert ctx.interaction.methods_asked() == ["save_changes", "choose_template"]
    assert ctx.project == new_from_template("four-chains")
    assert ctx.path is None
    assert not window.isWindowModified()
    assert ctx.undo_stack.count() == 0
    assert window.windowTitle().startswith(ctx.project.title.en)


@pytest.mark.parametrize("template", ["four-chains", "empty"])
def test_every_page_shows_a_project_that_cannot_be_evaluated_yet(qtbot, tmp_path, template):
    from mcdm.project.templates import new_from_template

    ctx, window = make_window(qtbot, tmp_path, new_from_template(template))
    # Partial evaluation: a result that says what is missing, not an error.
    assert ctx.evaluation_error is None
    assert ctx.result is not None
    assert ctx.result.problems
    assert "Not computed yet" in window._status.text()
    for key in window.page_keys():
        window.show_page(key)
        qtbot.wait(1)
    # Adding an expert is the first step; the panel page does it without any dialog but a name.
    window.show_page("panel")
    ctx.interaction.script("Expert one")
    window.page("panel").add_expert()
    assert ctx.project.experts[0].name == "Expert one"


def test_errors_read_in_the_ui_language_and_say_where(qtbot, tmp_path):
    from desktop.messages import describe
    from mcdm.project.templates import new_from_template

    ctx, window = make_window(qtbot, tmp_path, new_from_template("four-chains"))
    assert ctx.result.problems[0].code == "evaluate.no_experts"
    assert "add them on the Experts page" in window._status.text()
    window.act_lang["zh"].trigger()
    assert "请先在“专家组”页添加专家" in window._status.text()
    with pytest.raises(MCDMError) as caught:
        edits.RemoveCriterion(ctx.project.goal.id).apply(ctx.project)
    assert describe(caught.value).startswith("目标层不能删除。")
    window.act_lang["en"].trigger()
    assert describe(caught.value).startswith("The goal cannot be deleted.")


def test_status_names_criteria_not_their_ids(qtbot, tmp_path):
    from mcdm.project.sample import sample_project

    project = sample_project()
    cleared = [edits.SetJudgment(e, "strategies", a, b, None)
               for e, nodes in project.judgments.items()
               for (a, b) in nodes.get("strategies", {})]
    project, _ = edits.Composite(tuple(cleared)).apply(project)
    ctx, window = make_window(qtbot, tmp_path, project)
    assert ctx.evaluation_error is None
    assert ctx.result.missing_nodes == ("strategies",)
    shown = window._status.text()
    assert project.node("strategies").label.en in shown
    assert "strategies" not in shown.replace(project.node("strategies").label.en, "")
    ctx.set_language("zh")
    assert project.node("strategies").label.zh in window._status.text()

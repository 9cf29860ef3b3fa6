"""Editing a workshop with fourchains-cli: each command is the same edit as the GUI's (the saved
project equals the edit applied to the loaded one), saved atomically with .bak; a refused
edit leaves the file byte for byte as it was; names work by id or label in either language."""

import pytest

from mcdm.cli import main
from mcdm.project import edits as E
from mcdm.project.model import Criterion, CriterionType, Direction, Expert, Industry, Text
from mcdm.project.sample import sample_project
from mcdm.project.storage import load, save
from mcdm.project.templates import new_from_template


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def workshop(tmp_path):
    path = tmp_path / "w.json"
    save(sample_project(), path)
    return path


@pytest.mark.parametrize(("argv", "edit"), [
    (["expert", "add", "--name", "赵六", "--role", "政策", "--weight", "2"],
     E.AddExpert(Expert("E7", "赵六", "政策", 2.0))),
    (["expert", "remove", "E4"], E.RemoveExpert("E4")),
    (["expert", "rename", "E2", "专家乙", "--role", "投资"],
     E.RenameExpert("E2", "专家乙", "投资")),
    (["expert", "rename", "E2", "--role", "投资"],
     E.RenameExpert("E2", "专家B Expert B", "投资")),
    (["expert", "weight", "专家C Expert C", "0.5"], E.SetExpertWeight("E3", 0.5)),
    (["industry", "add", "--zh", "量子信息", "--en", "Quantum"],
     E.AddIndustry(Industry("I1", Text("量子信息", "Quantum")))),
    (["industry", "remove", "Bioindustry"], E.RemoveIndustry("bio")),
    (["industry", "rename", "生物产业", "--en", "Biotech"],
     E.RenameIndustry("bio", Text("生物产业", "Biotech"))),
    (["direction", "add", "green", "--zh", "碳捕集", "--en", "Carbon capture"],
     E.AddDirection("green", Direction("D1", Text("碳捕集", "Carbon capture")))),
    (["direction", "remove", "ngit", "quantum"], E.RemoveDirection("ngit", "quantum")),
    (["direction", "rename", "ngit", "量子信息", "--zh", "量子科技"],
     E.RenameDirection("ngit", "quantum", Text("量子科技", "Quantum information"))),
    (["criterion", "add", "principles", "--zh", "安全", "--en", "Security", "--type", "cost",
      "--unit", "分"],
     E.AddCriterion("principles", Criterion("C1", Text("安全", "Security"),
                                            type=CriterionType.COST, unit="分"))),
    (["criterion", "remove", "P4"], E.RemoveCriterion("P4")),
    (["criterion", "rename", "development strategies", "--en", "Strategies"],
     E.RenameCriterion("strategies", Text("发展策略", "Strategies"))),
    (["criterion", "type", "S1", "cost"], E.SetCriterionType("S1", CriterionType.COST)),
    (["criterion", "unit", "S1", "分"], E.SetCriterionUnit("S1", "分")),
    (["set", "aggregation", "aip"], E.SetSetting("aggregation", "AIP")),
    (["set", "cr_threshold", "0.15"], E.SetSetting("cr_threshold", 0.15)),
    (["set", "normalization", "minmax"], E.SetSetting("normalization", "minmax")),
])
def test_each_command_is_the_guis_edit_saved_with_a_backup(capsys, workshop, argv, edit):
    before = workshop.read_bytes()
    code, out, err = run(capsys, *argv[:2], workshop, *argv[2:]) if argv[0] != "set" else \
        run(capsys, "set", workshop, *argv[1:])
    assert (code, err) == (0, ""), err
    assert len(out.splitlines()) in (1, 2, 3)  # what changed (and what it asks of the panel)
    assert load(workshop) == edit.apply(sample_project())[0]
    assert (workshop.parent / "w.json.bak").read_bytes() == before


def test_new_ids_follow_the_guis_numbering_and_are_printed(capsys, tmp_path):
    path = tmp_path / "t.json"
    save(new_from_template("principles-strategies"), path)
    for k, name in enumerate(("张伟", "Li Na", "王芳"), start=1):
        code, out, _ = run(capsys, "expert", "add", path, "--name", name, "--lang", "en")
        assert code == 0
        assert out == f"Added the expert {name} with weight 1. (id E{k})\n"
    code, out, _ = run(capsys, "direction", "add", path, "bio", "--zh", "合成生物", "--lang", "zh")
    assert out == "已在“生物产业”中添加重点发展方向“合成生物”。（编号 D1）\n"
    # D1 is then taken in every industry: a direction id names one direction in the project
    run(capsys, "direction", "add", path, "ngit", "--en", "Photonics")
    assert [d.id for d in load(path).industry("ngit").directions][-1] == "D2"


def test_output_elsewhere_leaves_the_project_alone(capsys, workshop, tmp_path):
    before = workshop.read_bytes()
    out_path = tmp_path / "copy.json"
    code, _, _ = run(capsys, "expert", "weight", workshop, "E1", "3", "-o", out_path)
    assert code == 0
    assert workshop.read_bytes() == before
    assert load(out_path).expert("E1").weight == 3.0


@pytest.mark.parametrize(("argv", "code", "fragment"), [
    (["expert", "weight", "E1", "-1"], 1, "Expert A's weight cannot be -1"),
    (["expert", "remove", "E9"], 1, "No expert has the id or name “E9”. The panel: E1 Expert A"),
    (["expert", "add", "--name", "x", "--id", "E1"], 1, "used twice"),
    (["expert", "rename", "E1"], 2, "Give a new name, or a new role with --role."),
    (["industry", "add"], 2, "Give a label with --zh and/or --en."),
    (["industry", "remove", "Quantum"], 1, "No industry has the id or name “Quantum”"),
    (["direction", "remove", "ngit", "nothing"], 1, "“New-generation information technology” "
                                                    "has no direction"),
    (["criterion", "remove", "goal"], 1, "The goal cannot be deleted."),
    (["criterion", "type", "goal", "cost"], 1, "no criterion with the id or name “goal”"),
    (["criterion", "add", "P9", "--zh", "x"], 1, "The criteria tree has no criterion"),
    (["set", "normalization", "softmax"], 2, "Normalization (normalization) cannot be "
                                            "“softmax”: expected vector, minmax, max, sum."),
    (["set", "cr_threshold", "-0.1"], 2, "CR threshold (cr_threshold) cannot be “-0.1”: "
                                         "expected a number > 0."),
    (["set", "cr_threshold", "nan"], 2, "cannot be “nan”"),
    (["set", "colour", "red"], 2, "There is no setting “colour”. The settings: priority_method"),
    (["set", "aggregation"], 2, "Give a value for Aggregation (aggregation): AIJ, AIP."),
    (["set", "score_max", "5"], 1, "is outside the scoring range 1–5"),
])
def test_a_refused_edit_is_one_clear_message_and_changes_nothing(capsys, workshop, argv, code,
                                                                  fragment):
    before = workshop.read_bytes()
    head = 1 if argv[0] == "set" else 2
    got, out, err = run(capsys, *argv[:head], workshop, *argv[head:], "--lang", "en")
    assert got == code
    assert out == ""
    assert err.startswith("error: ")
    assert fragment in err, err
    assert "Traceback" not in err
    assert workshop.read_bytes() == before
    assert not (workshop.parent / "w.json.bak").exists()


def test_a_score_range_that_strands_many_scores_lists_a_few(capsys, workshop):
    code, _, err = run(capsys, "set", workshop, "score_max", "2", "--lang", "en")
    assert code == 1
    lines = err.splitlines()
    assert lines[0].startswith("error: ")
    leaves = {c.id for c in sample_project().leaves()}  # own criteria have no fixed scale
    total = sum(1 for k, v in sample_project().scores.items() if k[3] in leaves and v > 2)
    assert lines[0] == (f"error: This change would leave {total} problem(s) in the project, so "
                        "nothing was changed.")
    assert len(lines) == 1 + 8 + 1  # the first eight, then how many more
    assert lines[-1].strip().startswith("- … and ")


def test_ambiguous_names_list_the_candidates_by_id(capsys, tmp_path):
    path = tmp_path / "w.json"
    project = sample_project()
    project = project.replace(experts=project.experts + (Expert("E7", "专家A Expert A"),))
    save(project, path)
    code, out, err = run(capsys, "expert", "remove", path, "专家A Expert A", "--lang", "en")
    assert code == 1
    assert err == ("error: “专家A Expert A” could be several experts: E1 Expert A, "
                   "E7 Expert A. Name one by its id.\n")
    code, _, _ = run(capsys, "expert", "remove", path, "E7")
    assert code == 0
    assert load(path).expert_ids() == sample_project().expert_ids()


def test_labels_match_in_either_language_ignoring_case_and_spaces(capsys, workshop):
    code, _, err = run(capsys, "criterion", "rename", workshop, "  development   PRINCIPLES ",
                       "--zh", "原则")
    assert code == 0, err
    assert load(workshop).node("principles").label == Text("原则", "Development principles")


def test_removals_say_what_went_with_them(capsys, workshop):
    project = sample_project()
    judged = sum(len(p) for p in project.judgments["E4"].values())
    scored = sum(1 for k in project.scores if k[0] == "E4")
    _, out, _ = run(capsys, "expert", "remove", workshop, "E4", "--lang", "en")
    assert out == (f"Removed the expert 专家D Expert D with their {judged} judgment(s) and "
                   f"{scored} score(s).\n")
    _, out, _ = run(capsys, "criterion", "add", workshop, "P1", "--en", "Sub", "--lang", "en")
    lost = sum(1 for k in load(str(workshop) + ".bak").scores if k[3] == "P1")
    assert out.splitlines()[1] == (f"“System integration, coordinated development” was scored "
                                   f"directly: its {lost} score(s) were removed; its "
                                   f"sub-criteria are scored now.")
    assert len(out.splitlines()) == 2  # nobody had judged under P1: nothing to judge again
    _, out, _ = run(capsys, "criterion", "add", workshop, "principles", "--en", "New",
                    "--lang", "en")
    assert out.splitlines()[1] == ("The items under “Development principles” need judging "
                                   "again: no expert has compared “New” with them yet.")


def test_panel_import_adds_and_updates_in_one_edit(capsys, workshop, tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("姓名,角色,权重\n专家A Expert A,主持,2\n赵六,政策,\n", encoding="utf-8-sig")
    code, out, err = run(capsys, "panel", "import", workshop, roster, "--lang", "en")
    assert (code, err) == (0, "")
    assert out == f"Imported the roster {roster}: 1 expert(s) added, 1 updated, 0 unchanged.\n"
    saved = load(workshop)
    assert saved.expert("E1") == Expert("E1", "专家A Expert A", "主持", 2.0)
    assert saved.expert("E7") == Expert("E7", "赵六", "政策", 1.0)
    assert saved.judgments == sample_project().judgments


def test_a_bad_roster_names_every_bad_row_and_changes_nothing(capsys, workshop, tmp_path):
    before = workshop.read_bytes()
    roster = tmp_path / "roster.csv"
    roster.write_text("name,weight\nA,x\n,1\nB,-2\n", encoding="utf-8")
    code, out, err = run(capsys, "panel", "import", workshop, roster, "--lang", "en")
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "error: The roster has 3 problem(s); the panel is unchanged.",
        f"  - {roster}, row 2, column “weight”: the weight “x” is not a number ≥ 0 (blank means 1).",
        f"  - {roster}, row 3, column “name”: the name is empty.",
        f"  - {roster}, row 4, column “weight”: the weight “-2” is not a number ≥ 0 (blank means 1)."]
    assert workshop.read_bytes() == before


def test_lists_show_what_there_is_to_name(capsys, workshop):
    _, out, _ = run(capsys, "expert", "list", workshop, "--lang", "en")
    assert out.splitlines()[0].split() == ["Id", "Name", "Role", "Weight", "Share", "Judgments",
                                           "Scores"]
    assert len(out.splitlines()) == 2 + len(sample_project().experts)
    _, out, _ = run(capsys, "direction", "list", workshop, "green", "--lang", "en")
    assert len(out.splitlines()) == 2 + len(sample_project().industry("green").directions)
    _, out, _ = run(capsys, "criterion", "list", workshop, "--lang", "en")
    assert "    S4" in out
    assert "benefit" in out
    _, out, _ = run(capsys, "set", workshop, "--lang", "en")
    assert "aggregation" in out
    assert "AIJ | AIP" in out


def _another_value(spec, current):
    if spec.choices is not None:
        return next(c for c in spec.choices if c != str(current))
    # a number: halfway between the current value and the top of its span (or a fixed pick)
    fixed = {"consensus_scale_max": 7.0, "cr_threshold": 0.2, "score_min": 0.0,
             "score_max": 10.0}
    if spec.name in fixed:
        return fixed[spec.name]
    _low, high, _step = spec.span
    return round((float(current) + high) / 2, 3)


def test_set_reaches_every_setting_of_the_table(capsys, workshop):
    from mcdm.project.settings import SETTINGS

    project = sample_project()
    for spec in SETTINGS:
        value = _another_value(spec, getattr(project.settings, spec.name))
        code, out, err = run(capsys, "set", workshop, spec.name, str(value).upper()
                             if spec.name == "aggregation" else str(value), "--lang", "en")
        assert (code, err) == (0, ""), (spec.name, err)
        project = E.SetSetting(spec.name, value).apply(project)[0]
        assert load(workshop) == project, spec.name
        assert out == (f"{spec.title('en')}: {spec.word(getattr(sample_project().settings, spec.name), 'en')}"
                       f" → {spec.word(value, 'en')}.\n")

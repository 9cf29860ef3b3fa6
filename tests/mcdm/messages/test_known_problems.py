"""What a user reads about the sample workshop's known problems names things by their labels —
never by an id (E4, P1, strategies, ngit, …) and never by a JSON path — in both languages.

The problems: the sample's own advice (E4's CR 1.057 at the development principles, E5's blank
judgments), a project with one new strategy nobody judged, an empty project, a score of 12, a
block whose judgments do not connect, a broken and a truncated project file, a bad
questionnaire. Each sentence is also the catalogue's own (``strict``: no generic fallback).
The technical location is checked too, beyond its file, sheet, cell and JSON path parts: its
rows, columns and items are labels as well.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings

from mcdm.errors import Location, MCDMError, ValidationFailed
from mcdm.excel import read_questionnaires
from mcdm.messages import describe, where
from mcdm.project import edits as E
from mcdm.project.evaluate import evaluate
from mcdm.project.model import Criterion, Text
from mcdm.project.sample import sample_project
from mcdm.project.storage import load, loads
from mcdm.project.templates import new_from_template
from tests.support.bad_inputs import bad_questionnaire, broken_project_file, not_json
from tests.support.projects import BASE, edit_strategy

SAMPLE = sample_project()
LANGS = ("zh", "en")


def ids(project) -> set[str]:
    """Every id of the project a sentence could leak (the goal's id is the word "goal")."""
    out = {e.id for e in project.experts} | {i.id for i in project.industries}
    out |= {n.id for n in project.goal.walk() if n is not project.goal}
    for ind in project.industries:
        out |= {d.id for d in ind.directions} | {c.id for c in ind.criteria}
    return out


def labels(project) -> list[str]:
    out = [project.title.zh, project.title.en]
    for n in project.goal.walk():
        out += [n.label.zh, n.label.en]
    for ind in project.industries:
        out += [ind.label.zh, ind.label.en]
        for x in (*ind.directions, *ind.criteria):
            out += [x.label.zh, x.label.en]
    for e in project.experts:
        out += [e.name, *e.name.split(" ", 1)]
    return sorted({x for x in out if x}, key=len, reverse=True)


def leaked(text: str, project) -> list[str]:
    """The ids in ``text`` once every label is masked ("Development principles" holds the word
    "principles", which is also an id)."""
    for name in labels(project):
        text = text.replace(name, "▢")
    return [i for i in ids(project)
            if re.search(rf"(?<![A-Za-z0-9_\-]){re.escape(i)}(?![A-Za-z0-9_\-])", text)]


def check(problems, project) -> int:
    """Every problem reads without ids and paths in both languages; returns how many."""
    n = 0
    for p in problems:
        for lang in LANGS:
            sentence = describe(p, lang, project, strict=True)
            assert "$." not in sentence, sentence
            assert not leaked(sentence, project), (p.code, sentence)
            loc = p.location
            named = where(Location(row=loc.row, column=loc.column, field=loc.field), lang,
                          project)
            assert not leaked(named, project), (p.code, named)
            n += 1
    return n


def everything(result) -> list:
    """Every problem and piece of advice an evaluation has for the user."""
    out = [*result.advice, *result.incomplete()]
    for node in result.nodes.values():
        out += list(node.excluded.values())
    return out


def test_the_samples_own_advice():
    result = evaluate(SAMPLE)
    codes = {p.code for p in result.advice}
    assert codes == {"advice.inconsistent", "advice.missing_judgments"}
    assert check(everything(result), SAMPLE) >= 4
    e4 = next(p for p in result.advice if p.code == "advice.inconsistent")
    assert describe(e4, "zh", SAMPLE) == \
        "专家D在「发展原则」的判断 CR = 1.057，超过 0.1，未通过一致性检验。"
    assert describe(e4, "en", SAMPLE) == ("Expert D's judgments under “Development principles” "
                                          "have CR = 1.057, above 0.1: they fail the "
                                          "consistency check.")


def test_a_new_strategy_nobody_judged():
    project, _ = E.AddCriterion("strategies", Criterion("S5", Text("新策略", "New strategy"))
                                ).apply(SAMPLE)
    result = evaluate(project)
    problems = everything(result)
    assert {"judgments.disconnected", "evaluate.node_unjudged"} <= {p.code for p in problems}
    assert check(problems, project) > 10
    cut = next(p for p in problems if p.code == "judgments.disconnected")
    assert "「新策略」" in describe(cut, "zh", project)
    assert "“New strategy”" in describe(cut, "en", project)


def test_an_empty_project():
    project = new_from_template("empty")
    result = evaluate(project)
    assert {p.code for p in result.problems} == {"evaluate.no_experts", "evaluate.no_criteria"}
    assert check(everything(result), project) == 4


def test_a_score_of_12():
    ind = SAMPLE.industries[0]
    with pytest.raises(MCDMError) as err:
        E.SetScore("E1", ind.id, ind.directions[0].id, SAMPLE.leaves()[0].id, 12).apply(SAMPLE)
    assert err.value.code == "edit.score_range"
    check([err.value], SAMPLE)
    assert describe(err.value, "zh", SAMPLE).startswith(
        f"专家A为「{ind.directions[0].label.zh}」在「{SAMPLE.leaves()[0].label.zh}」上的打分 12")


def test_a_block_whose_judgments_do_not_connect():
    # Every expert kept S1–S2 and S3–S4 at the strategies, nothing linking the two pairs.
    keep = {("S1", "S2"), ("S3", "S4")}
    clear = [E.SetJudgment(e, "strategies", a, b, None) for e in SAMPLE.expert_ids()
             for (a, b) in SAMPLE.judgments.get(e, {}).get("strategies", {}) if (a, b) not in keep]
    project, _ = E.Composite(tuple(clear)).apply(SAMPLE)
    result = evaluate(project)
    problems = everything(result)
    assert {"judgments.disconnected", "evaluate.node_unjudged",
            "evaluate.weights_incomplete"} <= {p.code for p in problems}
    assert check(problems, project) > 10


def test_a_broken_project_file(tmp_path):
    with pytest.raises(ValidationFailed) as err:
        load(broken_project_file(SAMPLE, tmp_path / "broken.json"))
    codes = [p.code for p in err.value.problems]
    assert codes == ["project.expert_weight", "project.judgment_value", "project.score_range"]
    project = err.value.subject  # the file as read: its labels name what is wrong
    assert project is not None
    check([err.value, *err.value.problems], project)
    assert describe(err.value.problems[0], "zh", project).startswith("专家D的权重为 -3")


def test_a_truncated_project_file(tmp_path):
    path = not_json(tmp_path / "cut.json")
    with pytest.raises(ValidationFailed) as err:
        load(path)
    check(err.value.problems, SAMPLE)
    column = path.read_text("utf-8").index(",,") + 2  # the second comma, 1-based
    assert describe(err.value.problems[0], "zh") == \
        f"项目文件不是有效的 JSON：第 1 行第 {column} 列附近有语法错误。"
    assert where(err.value.problems[0], "en").endswith(f"line 1, column {column}")


@pytest.mark.parametrize("lang", LANGS)
def test_a_bad_questionnaire(tmp_path, lang):
    path, faults = bad_questionnaire(SAMPLE, "E2", tmp_path / "bad.xlsx", lang)
    report = read_questionnaires(SAMPLE, [path])
    assert [(p.code, p.location.sheet, p.location.cell) for p in report.problems] == \
        [(f.code, f.sheet, f.cell) for f in faults]
    check(report.problems, SAMPLE)
    shown = where(report.problems[2], lang, SAMPLE)
    assert shown == ("位置：" if lang == "zh" else "Location: ") + (
        f"文件 {path}，工作表 {faults[2].sheet}，单元格 {faults[2].cell}" if lang == "zh" else
        f"file {path}, sheet {faults[2].sheet}, cell {faults[2].cell}")


@settings(max_examples=300, deadline=None)
@given(edit_strategy)
def test_every_refused_edit_has_the_catalogues_sentence(edit):
    # Any edit the GUI may try, valid or not: a refusal reads in both languages without
    # falling back to the generic sentence, and names what it names without JSON paths.
    try:
        edit.apply(BASE)
    except MCDMError as exc:
        for p in [exc, *getattr(exc, "problems", ())]:
            for lang in LANGS:
                assert "$." not in describe(p, lang, BASE, strict=True)


def test_a_project_file_names_by_the_files_own_labels(tmp_path):
    # loads() of a file with one wrong weight: the expert is named as the file names them.
    with pytest.raises(ValidationFailed) as err:
        loads(broken_project_file(SAMPLE, tmp_path / "b.json").read_text("utf-8"))
    assert "专家D" in describe(err.value.problems[0], "zh", err.value.subject)
    assert "Expert D" in describe(err.value.problems[0], "en", err.value.subject)

"""What the editor accepts, the file must give back (issue 8).

Every edit that carries user text (names, labels, units, ids) or a number typed in a cell is tried
with hostile values: control characters (a vertical tab from a Word table, NUL), unpaired
surrogates, formula-like text, empty and very long strings, huge and tiny numbers. Each edit must
either be refused with a typed error, or give a project that saves, reads back equal, and can be
evaluated or says why not with a typed error. A value the editor takes and the reader then refuses
would be a workshop's work saved into a file that no longer opens.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mcdm.errors import MCDMError
from mcdm.project import edits as E
from mcdm.project import edits_structure as S
from mcdm.project.evaluate import evaluate
from mcdm.project.model import Criterion, Direction, Expert, Industry, IndustryCriterion, Text
from mcdm.project.storage import dumps, loads
from tests.support.projects import small_project
from tests.support.robustness import campaign_size, count

EXAMPLES = campaign_size(5000, 150)

HOSTILE = ["a\x0bb", "\x00", "x\x1f", "\ud800", "名\udfff", "=1+1", "+cmd", "@x", "", " ",
           "x" * 2000, "tab\there", "line\nbreak", "cr\r", "\u202eevil", "\ufeffbom", "ok"]
texts = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=8))
numbers = st.one_of(st.sampled_from([0.0, -1.0, 1e-300, 1e300, 1e308, 9.0, 1 / 9, 0.5, 2.0,
                                     float("nan"), float("inf")]),
                    st.floats(allow_nan=True, allow_infinity=True))


def label(draw) -> Text:
    return Text(draw(texts), draw(texts))


@st.composite
def text_edits(draw):
    kind = draw(st.sampled_from([
        "rename_expert", "expert_role", "add_expert", "unit", "rename_criterion",
        "add_criterion", "rename_industry", "add_industry", "rename_direction", "add_direction",
        "project_info", "industry_criterion", "judgment", "score", "expert_weight"]))
    if kind == "rename_expert":
        return E.RenameExpert("e1", draw(texts))
    if kind == "expert_role":
        return E.RenameExpert("e1", "One", draw(texts))
    if kind == "add_expert":
        return S.AddExpert(Expert(draw(texts), draw(texts), draw(texts), draw(numbers)))
    if kind == "unit":
        return E.SetCriterionUnit(draw(st.sampled_from(["a1", "a3", "B"])), draw(texts))
    if kind == "rename_criterion":
        return E.RenameCriterion("a1", label(draw), label(draw))
    if kind == "add_criterion":
        return S.AddCriterion(draw(st.sampled_from(["A", "B", "goal"])),
                              Criterion(draw(texts), label(draw), unit=draw(texts)))
    if kind == "rename_industry":
        return E.RenameIndustry("i1", label(draw), label(draw))
    if kind == "add_industry":
        return S.AddIndustry(Industry(draw(texts), label(draw),
                                      (Direction(draw(texts), label(draw)),)))
    if kind == "rename_direction":
        return E.RenameDirection("i1", "d1", label(draw), label(draw))
    if kind == "add_direction":
        return S.AddDirection("i1", Direction(draw(texts), label(draw), label(draw)))
    if kind == "project_info":
        return E.SetProjectInfo(label(draw), label(draw))
    if kind == "industry_criterion":
        return E.SetIndustryCriterion("i1", IndustryCriterion("g", label(draw), unit=draw(texts),
                                                              weight=draw(numbers)))
    if kind == "judgment":
        return E.SetJudgment("e1", "A", "a1", "a2", draw(numbers))
    if kind == "score":
        return E.SetScore("e1", "i1", "d1", draw(st.sampled_from(["a1", "g"])), draw(numbers))
    return E.SetExpertWeight("e2", draw(numbers))


@settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 150,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(text_edits(), min_size=1, max_size=3))
def test_an_accepted_edit_saves_and_reopens(edits):
    count("edits")
    project = small_project()
    for edit in edits:
        try:
            project, _ = edit.apply(project)
        except MCDMError:
            continue  # refused with a typed error: nothing changed
    text = dumps(project)
    assert loads(text) == project, "the editor accepted what the file cannot give back"
    try:
        evaluate(project)
    except MCDMError:
        pass  # a project that cannot be evaluated yet says why, with a typed error

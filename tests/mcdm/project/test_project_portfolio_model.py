"""Costs and the portfolio definition in the model, the file, the schema and the edits."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mcdm.errors import MCDMError, ValidationFailed
from mcdm.project import edits as E
from mcdm.project.model import IndustryPlan, PortfolioPlan
from mcdm.project.schema import validate
from mcdm.project.storage import dumps, loads
from tests.support.projects import small_project

PLANNED = small_project(portfolio=PortfolioPlan(
    budget=25.0, cost_unit="亿元", industries={"i1": IndustryPlan(weight=1.5, max_count=1)},
    must={("i1", "d1")}))


def with_costs(project, **costs):
    for d, c in costs.items():
        project, _ = E.SetDirectionCost("i1", d, c).apply(project)
    return project


def test_a_project_without_costs_or_portfolio_saves_as_before():
    data = json.loads(dumps(small_project()))
    assert "portfolio" not in data
    assert all("cost" not in d for d in data["industries"][0]["directions"])


def test_costs_and_the_portfolio_round_trip_through_the_file():
    project = with_costs(PLANNED, d1=12.5, d2=3.0)
    data = json.loads(dumps(project))
    assert data["industries"][0]["directions"][0]["cost"] == 12.5
    assert data["industries"][0]["directions"][1]["cost"] == 3
    assert data["portfolio"] == {"budget": 25, "cost_unit": "亿元",
                                 "industries": {"i1": {"weight": 1.5, "max_count": 1}},
                                 "must": {"i1": ["d1"]}}
    again = loads(dumps(project))
    assert again == project
    assert dumps(again) == dumps(project)


def test_the_default_plan_of_an_industry_is_not_stored():
    plan = PortfolioPlan(industries={"i1": IndustryPlan()})
    assert plan == PortfolioPlan()
    assert plan.industry("i1") == IndustryPlan()


@pytest.mark.parametrize(("change", "path", "code"), [
    ({"budget": -1.0}, "$.portfolio.budget", "project.portfolio_budget"),
    ({"industries": {"i1": IndustryPlan(min_count=2, max_count=1)}},
     "$.portfolio.industries.i1.max_count", "project.portfolio_bound_order"),
    ({"industries": {"i1": IndustryPlan(min_spend=-2.0)}},
     "$.portfolio.industries.i1.min_spend", "project.portfolio_bound"),
    ({"industries": {"i1": IndustryPlan(weight=float("nan"))}},
     "$.portfolio.industries.i1.weight", "project.portfolio_weight"),
    ({"industries": {"zz": IndustryPlan(weight=2.0)}}, "$.portfolio.industries.zz",
     "project.portfolio_industry"),
    ({"must": {("i1", "zz")}}, "$.portfolio.must.i1[0]", "project.portfolio_direction"),
    ({"must": {("i1", "d1")}, "exclude": {("i1", "d1")}}, "$.portfolio.exclude.i1",
     "project.portfolio_must_and_exclude"),
    ({"cost_unit": "万\x0b元"}, "$.portfolio.cost_unit", "project.text_invalid"),
])
def test_the_schema_names_each_problem_by_its_path(change, path, code):
    project = small_project(portfolio=PortfolioPlan().replace(**change))
    problems = validate(project)
    assert [(p.location.path, p.code) for p in problems] == [(path, code)]


def test_a_negative_cost_is_found_at_its_path():
    project = small_project()
    ind = project.industries[0]
    bad = ind.replace(directions=(ind.directions[0],
                                  ind.directions[1].__class__("d2", ind.directions[1].label,
                                                              cost=-3.0)))
    problems = validate(project.replace(industries=(bad,)))
    assert [p.location.path for p in problems] == ["$.industries[0].directions[1].cost"]


@pytest.mark.parametrize(("member", "path", "code"), [
    ({"budget": "lots"}, "$.portfolio.budget", "file.number"),
    ({"industries": {"i1": {"min_count": 1.5}}}, "$.portfolio.industries.i1.min_count",
     "file.number"),
    ({"industries": {"i1": {"colour": "red"}}}, "$.portfolio.industries.i1.colour",
     "file.unknown_member"),
    ({"must": {"i1": "d1"}}, "$.portfolio.must.i1", "file.type"),
    ({"treasure": 1}, "$.portfolio.treasure", "file.unknown_member"),
])
def test_reading_a_damaged_portfolio_names_the_json_path(member, path, code):
    data = json.loads(dumps(small_project()))
    data["portfolio"] = member
    with pytest.raises(ValidationFailed) as caught:
        loads(json.dumps(data).encode())
    assert (path, code) in [(p.location.path, p.code) for p in caught.value.problems]


def test_a_cost_that_is_not_a_number_is_named():
    data = json.loads(dumps(small_project()))
    data["industries"][0]["directions"][1]["cost"] = "cheap"
    with pytest.raises(ValidationFailed) as caught:
        loads(json.dumps(data).encode())
    assert [p.location.path for p in caught.value.problems] == [
        "$.industries[0].directions[1].cost"]


@pytest.mark.parametrize(("edit", "code"), [
    (E.SetDirectionCost("i1", "d1", -1.0), "edit.direction_cost"),
    (E.SetDirectionCost("i1", "d1", float("inf")), "edit.direction_cost"),
    (E.SetDirectionCost("i1", "zz", 1.0), "edit.unknown_direction"),
    (E.SetBudget(-5.0), "edit.portfolio_budget"),
    (E.SetBudget(True), "edit.portfolio_budget"),
    (E.SetCostUnit("万\x0b"), "edit.text_invalid"),
    (E.SetIndustryPlan("i1", IndustryPlan(min_count=3, max_count=1)), "edit.invalid"),
    (E.SetIndustryPlan("zz", IndustryPlan()), "project.unknown_industry"),
    (E.SetDirectionChoice("i1", "d1", "maybe"), "edit.portfolio_choice"),
])
def test_invalid_edits_raise_a_typed_error_and_change_nothing(edit, code):
    before = dumps(PLANNED)
    with pytest.raises(MCDMError) as caught:
        edit.apply(PLANNED)
    assert caught.value.code == code
    assert dumps(PLANNED) == before


edits = st.one_of(
    st.builds(E.SetDirectionCost, st.just("i1"), st.sampled_from(["d1", "d2"]),
              st.one_of(st.none(), st.floats(0, 1e6))),
    st.builds(E.SetBudget, st.one_of(st.none(), st.floats(0, 1e9))),
    st.builds(E.SetCostUnit, st.sampled_from(["亿元", "万元", ""])),
    st.builds(E.SetIndustryPlan, st.just("i1"), st.builds(
        IndustryPlan, st.floats(0, 10), st.one_of(st.none(), st.integers(0, 2)),
        st.one_of(st.none(), st.integers(2, 5)), st.one_of(st.none(), st.floats(0, 10)),
        st.one_of(st.none(), st.floats(10, 100)))),
    st.builds(E.SetDirectionChoice, st.just("i1"), st.sampled_from(["d1", "d2"]),
              st.sampled_from([None, "must", "exclude"])),
)


@given(st.lists(edits, min_size=1, max_size=10))
def test_portfolio_edits_undo_exactly_and_save_what_they_set(sequence):
    project, inverses = PLANNED, []
    for edit in sequence:
        project, inverse = edit.apply(project)
        inverses.append(inverse)
        assert validate(project) == ()
        assert loads(dumps(project)) == project
    for inverse in reversed(inverses):
        project, _ = inverse.apply(project)
    assert project == PLANNED


def test_a_direction_choice_is_must_or_exclude_never_both():
    project, undo = E.SetDirectionChoice("i1", "d1", "exclude").apply(PLANNED)
    assert project.portfolio.choice("i1", "d1") == "exclude"
    assert ("i1", "d1") not in project.portfolio.must
    assert undo == E.SetDirectionChoice("i1", "d1", "must")


def test_removing_a_direction_or_industry_drops_its_portfolio_entries_and_undo_restores():
    project = with_costs(PLANNED, d1=4.0)
    removed, undo = E.RemoveDirection("i1", "d1").apply(project)
    assert removed.portfolio.must == frozenset()
    assert undo.apply(removed)[0] == project
    gone, undo = E.RemoveIndustry("i1").apply(project)
    assert gone.portfolio.industries == {}
    assert undo.apply(gone)[0] == project


def test_renaming_a_direction_keeps_its_cost():
    from mcdm.project.model import Text

    project = with_costs(PLANNED, d1=4.0)
    renamed, _ = E.RenameDirection("i1", "d1", Text("新", "New")).apply(project)
    assert renamed.industry("i1").directions[0].cost == 4.0

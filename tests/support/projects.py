"""Small projects and edit strategies the project tests share.

``small_project``: a two-level tree (A with three leaves, one a cost; B), two experts with
complete and missing judgments, one industry with its own measured criterion. ``edit_strategy``:
hypothesis draws of every edit, valid and invalid, over that project's ids.
"""

from hypothesis import strategies as st

from mcdm.project import edits as E
from mcdm.project.model import (
    Criterion,
    CriterionType,
    Direction,
    Expert,
    Industry,
    IndustryCriterion,
    IndustryPlan,
    Project,
    Text,
)
from mcdm.project.schema import validate


def small_project(**kw) -> Project:
    goal = Criterion("goal", Text("目标", "Goal"), children=(
        Criterion("A", Text("甲", "A"), children=(
            Criterion("a1", Text("甲1", "A1")), Criterion("a2", Text("甲2", "A2")),
            Criterion("a3", Text("甲3", "A3"), type=CriterionType.COST, unit="yuan"))),
        Criterion("B", Text("乙", "B")),
    ))
    base = dict(
        id="p", title=Text("测试", "Test"), goal=goal,
        experts=(Expert("e1", "One"), Expert("e2", "Two", weight=2.0)),
        judgments={"e1": {"goal": {("A", "B"): 3.0}, "A": {("a1", "a2"): 2.0, ("a2", "a3"): 0.5}},
                   "e2": {"A": {("a1", "a3"): 4.0}}},
        industries=(Industry("i1", Text("产业", "Industry"),
                             (Direction("d1", Text("方向1", "D1")), Direction("d2", Text("方向2", "D2"))),
                             (IndustryCriterion("g", Text("增速", "Growth"), CriterionType.BENEFIT,
                                                "%", 0.2),)),),
        scores={("e1", "i1", "d1", "a1"): 7.0, ("e2", "i1", "d2", "B"): 3.0,
                ("e1", "i1", "d2", "g"): 11.6},
    )
    base.update(kw)
    return Project(**base)



BASE = small_project()
assert validate(BASE) == ()

EXPERTS = ["e1", "e2", "e3", "zz"]
NODES = ["goal", "A", "a1", "a2", "a3", "B", "new", "zz"]
INDUSTRIES = ["i1", "i2", "zz"]
DIRECTIONS = ["d1", "d2", "d3", "zz"]
CRITERIA = ["a1", "a2", "a3", "B", "g", "zz"]
values = st.one_of(st.none(), st.sampled_from([1 / 9, 0.5, 1.0, 2.0, 3.0, 9.0, 0.0, -1.0,
                                               float("nan"), 12.0, 11.6]))
labels = st.sampled_from([Text("新", "New"), Text("", ""), Text("只有中文", "")])

edit_strategy = st.one_of(
    st.builds(E.SetJudgment, st.sampled_from(EXPERTS), st.sampled_from(NODES),
              st.sampled_from(NODES), st.sampled_from(NODES), values),
    st.builds(E.SetScore, st.sampled_from(EXPERTS), st.sampled_from(INDUSTRIES),
              st.sampled_from(DIRECTIONS), st.sampled_from(CRITERIA), values),
    st.builds(lambda cells: E.SetScores(tuple(cells)), st.lists(st.tuples(
        st.tuples(st.sampled_from(EXPERTS), st.just("i1"), st.sampled_from(DIRECTIONS),
                  st.sampled_from(CRITERIA)), values), max_size=4)),
    st.builds(E.RenameCriterion, st.sampled_from(NODES), labels),
    st.builds(E.SetCriterionType, st.sampled_from(NODES),
              st.sampled_from([CriterionType.COST, CriterionType.BENEFIT, 5])),
    st.builds(E.SetCriterionUnit, st.sampled_from(NODES), st.sampled_from(["", "%", "亿元"])),
    st.builds(E.RenameExpert, st.sampled_from(EXPERTS), st.sampled_from(["X", "", "专家"])),
    st.builds(E.SetExpertWeight, st.sampled_from(EXPERTS),
              st.sampled_from([0.0, 0.5, 3.0, -1.0, float("inf")])),
    st.builds(E.RenameIndustry, st.sampled_from(INDUSTRIES), labels),
    st.builds(E.RenameDirection, st.sampled_from(INDUSTRIES), st.sampled_from(DIRECTIONS), labels),
    st.builds(E.SetSetting, st.sampled_from(["ri_table", "score_max", "nope", "cr_threshold"]),
              st.sampled_from(["aguaron", "bogus", 5.0, 10.0, 0.2, -1.0])),
    st.builds(E.AddCriterion, st.sampled_from(NODES),
              st.sampled_from([Criterion("new", Text("新")), Criterion("a1", Text("dup")),
                               Criterion("new", Text("新"), children=(Criterion("n1", Text("n1")),
                                                                     Criterion("n2", Text("n2"))))]),
              st.sampled_from([None, 0, 1, 99])),
    st.builds(E.RemoveCriterion, st.sampled_from(NODES)),
    st.builds(E.MoveCriterion, st.sampled_from(NODES), st.sampled_from(NODES),
              st.integers(0, 3)),
    st.builds(E.AddExpert, st.sampled_from([Expert("e3", "Three"), Expert("e1", "dup"),
                                            Expert("e4", "", weight=-1)]),
              st.sampled_from([None, 0])),
    st.builds(E.RemoveExpert, st.sampled_from(EXPERTS)),
    st.builds(E.MoveExpert, st.sampled_from(EXPERTS), st.integers(0, 2)),
    st.builds(E.AddIndustry, st.sampled_from([
        Industry("i2", Text("二"), (Direction("d1", Text("x")),)),
        Industry("i1", Text("dup"))])),
    st.builds(E.RemoveIndustry, st.sampled_from(INDUSTRIES)),
    st.builds(E.AddDirection, st.sampled_from(INDUSTRIES),
              st.sampled_from([Direction("d3", Text("三")), Direction("d1", Text("dup"))]),
              st.sampled_from([None, 0])),
    st.builds(E.RemoveDirection, st.sampled_from(INDUSTRIES), st.sampled_from(DIRECTIONS)),
    st.builds(E.MoveDirection, st.sampled_from(INDUSTRIES), st.sampled_from(DIRECTIONS),
              st.integers(0, 2)),
    st.builds(E.AddIndustryCriterion, st.sampled_from(INDUSTRIES), st.sampled_from([
        IndustryCriterion("cost", Text("投资"), CriterionType.COST, "亿元", 0.1),
        IndustryCriterion("g", Text("dup")), IndustryCriterion("big", Text("x"), weight=0.9)])),
    st.builds(E.RemoveIndustryCriterion, st.sampled_from(INDUSTRIES), st.sampled_from(CRITERIA)),
    st.builds(E.SetIndustryCriterion, st.sampled_from(INDUSTRIES), st.sampled_from([
        IndustryCriterion("g", Text("增速"), CriterionType.COST, "%", 0.3),
        IndustryCriterion("g", Text("增速"), weight=1.5)])),
    st.builds(E.SetProjectInfo, labels, labels, st.sampled_from([None, True])),
    # the portfolio: costs, budget, unit, industry plans (valid and not), must / exclude
    st.builds(E.SetDirectionCost, st.sampled_from(INDUSTRIES), st.sampled_from(DIRECTIONS),
              st.sampled_from([None, 0.0, 12.5, 3.0, -1.0, float("nan")])),
    st.builds(E.SetBudget, st.sampled_from([None, 0.0, 20.0, -5.0, float("inf")])),
    st.builds(E.SetCostUnit, st.sampled_from(["亿元", "", "万元\x0b"])),
    st.builds(E.SetIndustryPlan, st.sampled_from(INDUSTRIES), st.sampled_from([
        IndustryPlan(), IndustryPlan(weight=2.0, min_count=1), IndustryPlan(max_spend=10.0),
        IndustryPlan(min_count=3, max_count=1), IndustryPlan(weight=-1.0)])),
    st.builds(E.SetDirectionChoice, st.sampled_from(INDUSTRIES), st.sampled_from(DIRECTIONS),
              st.sampled_from([None, "must", "exclude", "maybe"])),
)


def panel_project() -> Project:
    """A small workshop with a bit of everything evaluation meets: three internal nodes (goal:
    A, B, C; A: a1–a3; B: b1, b2), four experts of different weights — one judging every node
    completely, one leaving a judgment blank (completed), one whose two judgments at the goal
    leave C unconnected (set aside there), one judging B only — and two industries, one with
    a measured criterion of its own and a direction nobody scored on b2 (set aside)."""
    goal = Criterion("goal", Text("目标", "Goal"), children=(
        Criterion("A", Text("甲", "A"), children=(
            Criterion("a1", Text("甲1", "A1")), Criterion("a2", Text("甲2", "A2")),
            Criterion("a3", Text("甲3", "A3"), type=CriterionType.COST))),
        Criterion("B", Text("乙", "B"), children=(
            Criterion("b1", Text("乙1", "B1")), Criterion("b2", Text("乙2", "B2")))),
        Criterion("C", Text("丙", "C")),
    ))
    experts = (Expert("e1", "One"), Expert("e2", "Two", weight=2.0),
               Expert("e3", "Three", weight=1.5), Expert("e4", "Four", weight=0.5))
    judgments = {
        "e1": {"goal": {("A", "B"): 3.0, ("A", "C"): 5.0, ("B", "C"): 2.0},
               "A": {("a1", "a2"): 2.0, ("a1", "a3"): 4.0, ("a2", "a3"): 3.0},
               "B": {("b1", "b2"): 1 / 3}},
        "e2": {"goal": {("A", "B"): 2.0, ("A", "C"): 7.0},
               "A": {("a1", "a2"): 0.5, ("a1", "a3"): 3.0, ("a2", "a3"): 5.0},
               "B": {("b1", "b2"): 2.0}},
        "e3": {"goal": {("A", "B"): 4.0}, "A": {("a1", "a3"): 2.0, ("a2", "a3"): 1.0}},
        "e4": {"B": {("b1", "b2"): 5.0}},
    }
    industries = (
        Industry("i1", Text("产业一", "One"), tuple(Direction(f"d{k}", Text(f"方向{k}", f"D{k}"))
                                                  for k in range(1, 5)),
                 (IndustryCriterion("g", Text("增速", "Growth"), CriterionType.BENEFIT, "%", 0.2),)),
        Industry("i2", Text("产业二", "Two"), tuple(Direction(f"f{k}", Text(f"方向{k}", f"F{k}"))
                                                  for k in range(1, 4))),
    )
    scores = {}
    k = 0
    for ind in industries:
        crit = ["a1", "a2", "a3", "b1", "b2", "C"] + [c.id for c in ind.criteria]
        for d in ind.directions:
            for c in crit:
                for e in ("e1", "e2", "e3", "e4"):
                    k += 1
                    if (ind.id, d.id, c) == ("i1", "d4", "b2") or (k * 7) % 11 == 0:
                        continue  # d4 unscored on b2; a few cells left to the others
                    scores[(e, ind.id, d.id, c)] = float(1 + (k * 37) % 9) if c != "g" \
                        else 3.5 + (k % 5)
    return Project(id="panel", title=Text("小组", "Panel"), goal=goal, experts=experts,
                   judgments=judgments, industries=industries, scores=scores)

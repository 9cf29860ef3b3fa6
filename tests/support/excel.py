"""Excel test helpers: a small project for the workbook tests, and filling questionnaires the way
an expert would, but programmatically (:mod:`mcdm.excel.questionnaire.fill`).

``small_project``: two-level tree, three experts, two industries (one with its own measured cost
criterion), complete and incomplete judgments, scores with gaps.
"""

from __future__ import annotations

from mcdm.excel.questionnaire.fill import fill_answers, fill_workbook, meta_of, plan_of
from mcdm.project.model import (
    Criterion,
    CriterionType,
    Direction,
    Expert,
    Industry,
    IndustryCriterion,
    Project,
    Settings,
    Text,
)


def small_project(lang: str = "zh", **settings) -> Project:
    def c(cid, zh, en, children=(), **kw):
        return Criterion(cid, Text(zh, en), children=tuple(children), **kw)

    goal = c("goal", "高质量发展", "High-quality development", [
        c("P", "发展原则", "Development principles", [
            c("P1", "体系融合、协同发展", "system integration, coordinated development"),
            c("P2", "自主可控、开放创新", "self-reliance and control, open innovation"),
            c("P3", "=企业主体", "=enterprise-led, market mechanism")]),
        c("S", "发展策略", "Development strategies", [
            c("S1", "系统性提升", "systematic improvement"),
            c("S2", "融合式创新", "integrated innovation"),
            c("S3", "市场化推动", "market-oriented promotion"),
            c("S4", "引领性发展", "leading development")]),
    ])
    experts = (Expert("e1", "张伟", "产业研究"), Expert("e2", "Li Na", "投资"), Expert("e3", "王芳"))
    judgments = {
        "e1": {"goal": {("P", "S"): 3.0},
               "P": {("P1", "P2"): 2.0, ("P1", "P3"): 5.0, ("P2", "P3"): 3.0},
               "S": {("S1", "S2"): 1 / 3, ("S1", "S3"): 1.0, ("S1", "S4"): 7.0,
                     ("S2", "S3"): 4.0, ("S2", "S4"): 9.0, ("S3", "S4"): 1 / 2}},
        "e2": {"goal": {("P", "S"): 1 / 2},
               "P": {("P1", "P2"): 1 / 4, ("P2", "P3"): 6.0},  # incomplete
               "S": {("S1", "S2"): 8.0, ("S1", "S3"): 1 / 9, ("S1", "S4"): 1.0,
                     ("S2", "S3"): 1 / 5, ("S2", "S4"): 3.0, ("S3", "S4"): 2.0}},
    }
    industries = (
        Industry("ict", Text("新一代信息技术产业", "New-generation IT"), (
            Direction("chips", Text("高端芯片", "high-end chips")),
            Direction("os", Text("软件工具（操作系统、工业软件）", "software tools: OS, industrial software")),
            Direction("ai", Text("人工智能", "AI"))),
            criteria=(IndustryCriterion("cost", Text("投资强度", "investment intensity"),
                                        CriterionType.COST, "亿元", 0.1),)),
        Industry("bio", Text("生物产业", "Bioindustry"), (
            Direction("fuel", Text("先进生物航空燃料", "advanced bio-aviation fuel")),
            Direction("breed", Text("新一代生物育种", "next-generation bio-breeding")))),
    )
    leaves = ["P1", "P2", "P3", "S1", "S2", "S3", "S4"]
    scores = {}
    for ei, e in enumerate(("e1", "e2", "e3")):
        for ind in industries:
            for di, d in enumerate(ind.directions):
                for ci, crit in enumerate(leaves + [x.id for x in ind.criteria]):
                    if e == "e3" and ci == 2 and di == 0:
                        continue  # a gap
                    value = 1 + (3 * ei + 5 * di + 7 * ci) % 9
                    if crit == "cost":
                        value = 12.5 + 10 * di + ei
                    scores[(e, ind.id, d.id, crit)] = float(value)
    return Project(id="test-project", title=Text("测试项目", "Test project"), illustrative=True,
                   template="principles-strategies@1", goal=goal, experts=experts,
                   judgments=judgments, industries=industries, scores=scores,
                   settings=Settings(language=lang, **settings))



def read_meta(wb) -> dict:
    meta = meta_of(wb)
    meta["titles"] = list(meta["titles"])
    return meta


def answer_cells(project, wb):
    """(plan, meta, {sheet title: SheetPlan}) of a generated questionnaire."""
    plan, meta, sheets = plan_of(project, wb)
    return plan, meta, {t: sp for t, (_, sp) in sheets.items()}


def fill(path, source, out=None) -> str:
    """Fill the questionnaire at ``path`` with ``source``'s answers (see
    :func:`mcdm.excel.questionnaire.fill.fill_answers`)."""
    return str(fill_answers(path, source, out))


__all__ = ["answer_cells", "fill", "fill_workbook", "read_meta", "small_project"]

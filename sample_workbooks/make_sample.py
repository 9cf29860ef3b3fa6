"""Build the illustrative sample workshop ``sample_workshop.json`` from the paper's template.

    python sample_workbooks/make_sample.py          # rewrites sample_workshop.json next to it

Deterministic (seeded RNG, no clock): running it twice gives the same bytes, and a test checks that
the committed file is exactly what this script builds. All judgments and scores are invented for
demonstration (示例数据，仅供演示); only the measured growth figures come from the paper (§3.4, §4.1).

The panel is built so every diagnostic has something to show:

- E1–E3: consistent experts (each node's CR ≤ 0.1 under Saaty's RI);
- E4: clearly inconsistent on the development principles (cyclic judgments, CR > 0.1);
- E5: leaves judgments out (an incomplete matrix at the strategies node) and some scores blank;
- E6: disagrees with the rest (reversed priorities), so the consensus indicator means something.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mcdm.ahp import priorities  # noqa: E402
from mcdm.project.model import (  # noqa: E402
    CriterionType,
    Expert,
    IndustryCriterion,
    PortfolioPlan,
    Project,
    Text,
)
from mcdm.project.storage import dumps  # noqa: E402
from mcdm.project.templates import new_from_template  # noqa: E402

SEED = 20240601
OUT = Path(__file__).resolve().parent / "sample_workshop.json"
SAATY = np.array([1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2,
                  1, 2, 3, 4, 5, 6, 7, 8, 9])

# A person's name is not translated, so the sample's invented names read in both languages
# (the project is flagged illustrative, so "示例" is not repeated in each name).
EXPERTS = (
    Expert("E1", "专家A Expert A", "产业经济研究 / industrial economics"),
    Expert("E2", "专家B Expert B", "科技政策研究 / science and technology policy"),
    Expert("E3", "专家C Expert C", "创业投资 / venture capital"),
    Expert("E4", "专家D Expert D", "企业研发管理 / corporate R&D"),
    Expert("E5", "专家E Expert E", "区域发展规划 / regional planning"),
    Expert("E6", "专家F Expert F", "人才政策研究 / talent policy"),
)

# The panel's shared view per node (invented), in each node's children order.
GROUP_VIEW = {
    "goal": [0.35, 0.65],
    "principles": [0.45, 0.25, 0.2, 0.1],
    "strategies": [0.15, 0.45, 0.25, 0.15],
}

# Market growth, % per year, from the paper; the others use the electronic-information
# manufacturing figure as a stated stand-in.
GROWTH_PROXY = 11.6  # §4.1: electronic-information manufacturing value added 2012–2021, %/yr
GROWTH = {
    ("ngit", "ai"): 18.6,  # §3.4: global AI market CAGR 2022–2026
    ("ngit", "quantum"): 30.0,  # §3.4: quantum-computing market ≈30 %/yr
    ("services", "aigc"): 18.6,  # §3.4: global AI market CAGR 2022–2026
    ("services", "vr-services"): 43.8,  # §3.4: China's AR/VR investment CAGR 2021–2026
}
# Years until large-scale use (a cost criterion): the panel's invented central estimates.
YEARS = {"power-batteries": 3, "by-wire-chassis": 5, "central-ee": 4, "vehicle-road-cloud": 7,
         "vehicle-chips": 6}

# The portfolio (invented, like the scores): each direction's cost in 亿元 (100 million yuan),
# drawn log-uniformly from 5 to 60 with its own seed so the judgments and scores above stay as
# they were; a budget of under a quarter of the total (1,325 亿元); the high-end chips a must-include.
COST_SEED = SEED + 16
COST_RANGE = (5.0, 60.0)
BUDGET = 300.0
COST_UNIT = "亿元"
MUST = (("ngit", "high-end-chips"),)

ILLUSTRATIVE_ZH = "示例数据，仅供演示"
ILLUSTRATIVE_EN = "Illustrative data for demonstration only"


def snap(x: np.ndarray) -> np.ndarray:
    """Nearest Saaty-scale value in log space."""
    idx = np.abs(np.log(x)[..., None] - np.log(SAATY)).argmin(axis=-1)
    return SAATY[idx]


def judgments_from(w: np.ndarray, rng: np.random.Generator, sigma: float) -> np.ndarray:
    """A Saaty-scale reciprocal matrix near w_i/w_j, redrawn until CR ≤ 0.1."""
    n = len(w)
    for _ in range(200):
        a = np.ones((n, n))
        iu = np.triu_indices(n, 1)
        a[iu] = snap(w[iu[0]] / w[iu[1]] * np.exp(rng.normal(0, sigma, len(iu[0]))))
        a[(iu[1], iu[0])] = 1 / a[iu]
        if n < 3 or priorities(a).cr <= 0.1:
            return a
    raise RuntimeError("no consistent matrix drawn")  # pragma: no cover


def panel_judgments(project: Project, rng: np.random.Generator) -> dict:
    out: dict = {}
    for expert in EXPERTS:
        nodes: dict = {}
        for node in project.internal_nodes():
            ids = node.child_ids()
            w = np.array(GROUP_VIEW[node.id])
            if expert.id == "E6":
                w = w[::-1]  # the dissenter: the panel's priorities upside down
            a = judgments_from(w, rng, 0.35)
            if expert.id == "E4" and node.id == "principles":
                # P1 > P2 > P3 > P1: a cycle no weighting can honour
                a = np.array([[1, 5, 1 / 5, 3], [1 / 5, 1, 5, 1], [5, 1 / 5, 1, 3],
                              [1 / 3, 1, 1 / 3, 1]], dtype=float)
            pairs = {(ids[i], ids[j]): float(a[i, j])
                     for i in range(len(ids)) for j in range(i + 1, len(ids))}
            if expert.id == "E5" and node.id == "strategies":
                # left blank: S1–S3 and S2–S4 (the comparison graph stays connected)
                pairs.pop((ids[0], ids[2]))
                pairs.pop((ids[1], ids[3]))
            nodes[node.id] = pairs
        out[expert.id] = nodes
    return out


def panel_scores(project: Project, rng: np.random.Generator) -> dict:
    scores: dict = {}
    leaves = [c.id for c in project.leaves()]
    for ind in project.industries:
        quality = rng.uniform(3, 8, size=(len(ind.directions), len(leaves)))
        for expert in EXPERTS:
            noise = rng.normal(0, 2.0 if expert.id == "E6" else 0.9, size=quality.shape)
            s = np.clip(np.rint(quality + noise), 1, 9)
            blank = rng.random(quality.shape) < (0.1 if expert.id == "E5" else 0.0)
            for di, d in enumerate(ind.directions):
                for ci, c in enumerate(leaves):
                    if not blank[di, ci]:
                        scores[(expert.id, ind.id, d.id, c)] = float(s[di, ci])
                if ind.id in ("ngit", "services"):
                    # a measured figure: the same for everyone
                    scores[(expert.id, ind.id, d.id, "market_growth")] = \
                        GROWTH.get((ind.id, d.id), GROWTH_PROXY)
                if ind.id == "nev":
                    est = YEARS[d.id] + rng.integers(-1, 2)
                    scores[(expert.id, ind.id, d.id, "years_to_scale")] = float(max(1, est))
    return scores


def build() -> Project:
    rng = np.random.default_rng(SEED)
    base = new_from_template("principles-strategies")
    growth = IndustryCriterion(
        "market_growth", Text("市场年均增速", "Market growth per year"), CriterionType.BENEFIT,
        "%", 0.15, Text("市场增速", "Market growth"))
    years = IndustryCriterion(
        "years_to_scale", Text("距规模化应用年限（越短越好）", "Years to large-scale use (fewer is better)"),
        CriterionType.COST, "年 / years", 0.1, Text("规模化年限", "Years to scale"))
    industries = []
    for ind in base.industries:
        if ind.id in ("ngit", "services"):
            note = Text(
                f"{ind.description.zh} 市场年均增速：人工智能18.6%、量子计算约30%、AR/VR投资（中国）"
                f"43.8%（§3.4）；其余方向以电子信息制造业增加值年均增速11.6%（§4.1）代用。{ILLUSTRATIVE_ZH}。",
                f"{ind.description.en} Market growth: AI 18.6 %, quantum computing ≈30 %, AR/VR "
                f"investment (China) 43.8 % (§3.4); other directions use electronic-information "
                f"manufacturing's 11.6 %/yr (§4.1) as a stand-in. {ILLUSTRATIVE_EN}.")
            ind = ind.replace(criteria=(growth,), description=note)
        if ind.id == "nev":
            ind = ind.replace(criteria=(years,))
        industries.append(ind)
    project = base.replace(
        id="sample-workshop", template=base.template, illustrative=True,
        title=Text(f"示例专家论证会（{ILLUSTRATIVE_ZH}）",
                   f"Sample expert workshop ({ILLUSTRATIVE_EN.lower()})"),
        description=Text(
            f"{ILLUSTRATIVE_ZH}：六位虚构专家对发展原则与发展策略两两比较，并对八大产业的重点发展方向打分。"
            f"专家D的判断不一致（CR > 0.1），专家E有缺失判断，专家F与其他专家意见相左。论文本身不对任何方向打分。",
            f"{ILLUSTRATIVE_EN}: six fictional experts compare the development principles and "
            f"strategies pairwise and score the eight industries' priority directions. Expert D is "
            f"inconsistent (CR > 0.1), expert E left judgments blank, expert F disagrees with the "
            f"rest. The paper itself scores no direction."),
        experts=EXPERTS, industries=tuple(industries))
    project = project.replace(judgments=panel_judgments(project, rng),
                              scores=panel_scores(project, rng))
    return with_costs(project)


def with_costs(project: Project) -> Project:
    """Invented costs for every direction and the portfolio definition (see COST_SEED)."""
    rng = np.random.default_rng(COST_SEED)
    lo, hi = np.log(COST_RANGE[0]), np.log(COST_RANGE[1])
    industries = []
    for ind in project.industries:
        dirs = tuple(dataclasses.replace(d, cost=float(np.rint(np.exp(rng.uniform(lo, hi)))))
                     for d in ind.directions)
        industries.append(ind.replace(directions=dirs))
    return project.replace(industries=tuple(industries), portfolio=PortfolioPlan(
        budget=BUDGET, cost_unit=COST_UNIT, must=frozenset(MUST)))


def main() -> None:
    OUT.write_text(dumps(build()), encoding="utf-8")


if __name__ == "__main__":
    main()

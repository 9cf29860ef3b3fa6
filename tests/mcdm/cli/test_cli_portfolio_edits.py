"""Setting up the portfolio with fourchains-cli (issues 14 and 16): directions' costs, the budget
and cost unit, industries' plans, must-include / excluded directions.

Each command is the GUI's edit (:mod:`mcdm.project.edits_portfolio`): the saved project equals the
edit applied to the loaded one, the old file is kept as .bak, and one line says what changed, in
the language asked for. A refused input is one line naming the direction or industry by its
label and what was expected, exit status 1, and the file byte for byte as it was (no .bak). A
portfolio set up through the CLI alone is the one :mod:`mcdm.project` finds for the same edits.
"""

import dataclasses
import json

import pytest

from mcdm.cli import main
from mcdm.project import edits as E
from mcdm.project.evaluate import evaluate
from mcdm.project.model import Direction, IndustryPlan, PortfolioPlan, Text
from mcdm.project.sample import sample_project
from mcdm.project.storage import load, save
from tests.mcdm.cli.test_cli_edits import run
from tests.mcdm.cli.test_cli_language import assert_speaks, sample_labels


def data(lang):
    """What is data in a line, not language: the sample's labels and ids, the units."""
    p = sample_project()
    ids = [x for i in p.industries for x in (i.id, *i.direction_ids())]
    return [*sample_labels(lang), *ids, "亿元", "万元"]


@pytest.fixture
def workshop(tmp_path):
    path = tmp_path / "w.json"
    save(sample_project(), path)
    return path


def without_portfolio():
    """The sample workshop before any cost, budget or choice was set."""
    p = sample_project()
    industries = tuple(i.replace(directions=tuple(dataclasses.replace(d, cost=None)
                                                  for d in i.directions))
                       for i in p.industries)
    return p.replace(industries=industries, portfolio=PortfolioPlan())


# (command line with {p} for the project, the GUI's edit, what it says in Chinese and English)
CASES = [
    (["direction", "cost", "{p}", "ngit", "quantum", "12.5"],
     E.SetDirectionCost("ngit", "quantum", 12.5),
     "“新一代信息技术产业”中方向“量子信息”的成本：9 亿元 → 12.5 亿元。",
     "The cost of “Quantum information” (New-generation information technology): 9 亿元 → "
     "12.5 亿元."),
    (["direction", "cost", "{p}", "新一代信息技术产业", "Quantum information", "none"],
     E.SetDirectionCost("ngit", "quantum", None),
     "“新一代信息技术产业”中方向“量子信息”的成本：9 亿元 → 未填写。",
     "The cost of “Quantum information” (New-generation information technology): 9 亿元 → "
     "not set."),
    (["direction", "cost", "{p}", "ngit", "量子信息", "１,２５０亿元"],  # as an IME types it
     E.SetDirectionCost("ngit", "quantum", 1250.0),
     "“新一代信息技术产业”中方向“量子信息”的成本：9 亿元 → 1,250 亿元。",
     "The cost of “Quantum information” (New-generation information technology): 9 亿元 → "
     "1,250 亿元."),
    (["direction", "add", "{p}", "green", "--zh", "碳捕集", "--en", "Carbon capture", "--cost",
      "40"], E.AddDirection("green", Direction("D1", Text("碳捕集", "Carbon capture"), cost=40.0)),
     "已在“节能环保产业”中添加重点发展方向“碳捕集”，成本 40 亿元。（编号 D1）",
     "Added the direction “Carbon capture” to “Energy saving and environmental protection”, "
     "with a cost of 40 亿元. (id D1)"),
    (["budget", "{p}", "250"], E.SetBudget(250.0),
     "预算：300 亿元 → 250 亿元。", "Budget: 300 亿元 → 250 亿元."),
    (["budget", "{p}", "-"], E.SetBudget(None),
     "预算：300 亿元 → 未填写。", "Budget: 300 亿元 → not set."),
    (["budget", "{p}", "--unit", "万元"], E.SetCostUnit("万元"),
     "成本单位：“亿元” → “万元”（预算与各方向成本的数值不变，不做换算）。",
     "Cost unit: “亿元” → “万元” (the budget and the costs keep their numbers; nothing is "
     "converted)."),
    (["budget", "{p}", "3000000", "--unit", "万元"],
     E.Composite((E.SetBudget(3e6), E.SetCostUnit("万元"))),
     "预算：300 亿元 → 3,000,000 万元；成本单位：“亿元” → “万元”（各方向成本的数值不变，不做换算）。",
     "Budget: 300 亿元 → 3,000,000 万元; cost unit: “亿元” → “万元” (the costs keep their "
     "numbers; nothing is converted)."),
    (["industry", "plan", "{p}", "生物产业", "--weight", "2", "--min-count", "1",
      "--max-spend", "80"],
     E.SetIndustryPlan("bio", IndustryPlan(weight=2.0, min_count=1, max_spend=80.0)),
     "“生物产业”的投资组合设定：产业权重 2，至少 1 个方向，投入最多 80 亿元。",
     "The portfolio plan of “Bioindustry”: weight 2, at least 1 direction(s), spend at most "
     "80 亿元."),
    (["industry", "plan", "{p}", "green", "--max-count", "1", "--min-spend", "10.5"],
     E.SetIndustryPlan("green", IndustryPlan(max_count=1, min_spend=10.5)),
     "“节能环保产业”的投资组合设定：产业权重 1，最多 1 个方向，投入至少 10.5 亿元。",
     "The portfolio plan of “Energy saving and environmental protection”: weight 1, at most 1 "
     "direction(s), spend at least 10.5 亿元."),
    (["direction", "include", "{p}", "bio", "vaccines", "生物基材料"],
     E.Composite((E.SetDirectionChoice("bio", "vaccines", "must"),
                  E.SetDirectionChoice("bio", "bio-based-materials", "must"))),
     "已设为必选，投资组合一定包含（“生物产业”）：“疫苗研发”、“生物基材料”。",
     "Must be in the portfolio (“Bioindustry”): “Vaccine R&D”, “Bio-based materials”."),
    (["direction", "exclude", "{p}", "ngit", "high-end chips"],  # must → excluded
     E.SetDirectionChoice("ngit", "high-end-chips", "exclude"),
     "已从投资组合中排除（“新一代信息技术产业”）：“高端芯片”。",
     "Excluded from the portfolio (“New-generation information technology”): “High-end "
     "chips”."),
    (["direction", "free", "{p}", "ngit", "high-end-chips"],
     E.SetDirectionChoice("ngit", "high-end-chips", None),
     "已取消必选或排除，由优化决定是否入选（“新一代信息技术产业”）：“高端芯片”。",
     "Neither required nor excluded any more, the optimization decides (“New-generation "
     "information technology”): “High-end chips”."),
]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("argv", "edit", "zh", "en"), CASES,
                         ids=[" ".join(c[0][:2]) + f"-{k}" for k, c in enumerate(CASES)])
def test_each_command_is_the_guis_edit_said_in_one_line(capsys, workshop, argv, edit, zh, en,
                                                        lang):
    before = workshop.read_bytes()
    code, out, err = run(capsys, *[workshop if a == "{p}" else a for a in argv], "--lang", lang)
    assert (code, err) == (0, ""), err
    assert out == (zh if lang == "zh" else en) + "\n"
    assert load(workshop) == edit.apply(sample_project())[0]
    assert (workshop.parent / "w.json.bak").read_bytes() == before
    assert_speaks(out, lang, data(lang))


BAD = [
    # (command line, what the English line says, what the Chinese line says)
    (["direction", "cost", "{p}", "ngit", "quantum", "-3"],
     "error: The cost of “Quantum information” (New-generation information technology) cannot "
     "be “-3”: expected a number ≥ 0 in 亿元, or \"none\" to clear it.",
     "错误：“新一代信息技术产业”中方向“量子信息”的成本不能为“-3”：应为不小于 0 的数（单位：亿元），"
     "或用 \"none\" 清除。"),
    (["direction", "cost", "{p}", "ngit", "quantum", "twelve"], "cannot be “twelve”: expected a "
     "number ≥ 0 in 亿元", "成本不能为“twelve”：应为不小于 0 的数"),
    (["direction", "cost", "{p}", "ngit", "quantum", "nan"], "cannot be “nan”", "不能为“nan”"),
    (["direction", "cost", "{p}", "ngit", "quantum", "12万元"], "cannot be “12万元”",
     "不能为“12万元”"),  # another unit than the project's is not converted: refused
    (["direction", "cost", "{p}", "ngit", "Quantum computing", "5"],
     "error: “New-generation information technology” has no direction with the id or name "
     "“Quantum computing”. Its directions: core-components Core components",
     "错误：“新一代信息技术产业”中没有编号或名称为“Quantum computing”的重点发展方向。"),
    (["direction", "cost", "{p}", "Quantum", "quantum", "5"],
     "No industry has the id or name “Quantum”", "没有编号或名称为“Quantum”的产业"),
    (["direction", "include", "{p}", "bio", "vaccines", "nothing"],  # one bad name: none set
     "“Bioindustry” has no direction with the id or name “nothing”",
     "“生物产业”中没有编号或名称为“nothing”的重点发展方向"),
    (["direction", "add", "{p}", "green", "--en", "Carbon capture", "--cost", "-4"],
     "error: The cost of “Carbon capture” (Energy saving and environmental protection) cannot "
     "be “-4”: expected a number ≥ 0 in 亿元",
     "错误：“节能环保产业”中方向“Carbon capture”的成本不能为“-4”"),
    (["budget", "{p}", "-1"],
     "error: The budget cannot be “-1”: expected a number ≥ 0 in 亿元, or \"none\" to clear it.",
     "错误：预算不能为“-1”：应为不小于 0 的数（单位：亿元），或用 \"none\" 清除。"),
    (["budget", "{p}", "lots", "--unit", "万元"], "The budget cannot be “lots”: expected a "
     "number ≥ 0 in 万元", "预算不能为“lots”：应为不小于 0 的数（单位：万元）"),
    (["industry", "plan", "{p}", "bio", "--min-count", "3", "--max-count", "1"],
     "error: “Bioindustry” cannot take at least 3 and at most 1 directions: the maximum must not "
     "be below the minimum (set both with --min-count and --max-count).",
     "错误：“生物产业”至少选 3 个方向与最多选 1 个方向相互矛盾：上限不能低于下限（可同时用 "
     "--min-count 和 --max-count 设定）。"),
    (["industry", "plan", "{p}", "Bioindustry", "--min-spend", "100", "--max-spend", "80"],
     "error: “Bioindustry” cannot receive at least 100 亿元 and at most 80 亿元: the maximum "
     "must not be below the minimum (set both with --min-spend and --max-spend).",
     "错误：“生物产业”的投入至少 100 亿元 与最多 80 亿元 相互矛盾"),
    (["industry", "plan", "{p}", "bio", "--min-count", "1.5"],
     "error: --min-count of “Bioindustry” cannot be “1.5”: expected a whole number ≥ 0, or "
     "\"none\" to remove the bound.",
     "错误：“生物产业”的 --min-count 不能为“1.5”：应为不小于 0 的整数，或用 \"none\" 取消该限额。"),
    (["industry", "plan", "{p}", "bio", "--max-spend", "much"],
     "--max-spend of “Bioindustry” cannot be “much”: expected a number ≥ 0 in 亿元",
     "“生物产业”的 --max-spend 不能为“much”：应为不小于 0 的数（单位：亿元）"),
    (["industry", "plan", "{p}", "bio", "--weight", "-2"],
     "error: The portfolio weight of “Bioindustry” cannot be “-2”: expected a number ≥ 0.",
     "错误：“生物产业”的产业权重不能为“-2”：应为不小于 0 的数。"),
]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("argv", "en", "zh"), BAD,
                         ids=[" ".join(b[0][:2]) + f"-{k}" for k, b in enumerate(BAD)])
def test_a_bad_input_is_one_line_and_changes_nothing(capsys, workshop, argv, en, zh, lang):
    before = workshop.read_bytes()
    code, out, err = run(capsys, *[workshop if a == "{p}" else a for a in argv], "--lang", lang)
    assert (code, out) == (1, "")
    assert len(err.splitlines()) == 1, err
    assert (zh if lang == "zh" else en) in err, err
    assert err.startswith("错误：" if lang == "zh" else "error: ")
    assert workshop.read_bytes() == before
    assert not (workshop.parent / "w.json.bak").exists()
    typed = [str(a) for a in argv[1:] if a != "{p}"]
    assert_speaks(err, lang, [*data(lang), *typed])


def test_a_bound_that_contradicts_one_set_before_is_refused(capsys, workshop):
    code, _, _ = run(capsys, "industry", "plan", workshop, "green", "--max-count", "1")
    assert code == 0
    after_first = workshop.read_bytes()
    code, out, err = run(capsys, "industry", "plan", workshop, "节能环保产业", "--min-count", "2",
                         "--lang", "en")
    assert (code, out) == (1, "")
    assert err == ("error: “Energy saving and environmental protection” cannot take at least 2 "
                   "and at most 1 directions: the maximum must not be below the minimum (set "
                   "both with --min-count and --max-count).\n")
    assert workshop.read_bytes() == after_first
    # both at once is the way out, and `none` removes a bound
    code, _, _ = run(capsys, "industry", "plan", workshop, "green", "--min-count", "2",
                     "--max-count", "none")
    assert code == 0
    assert load(workshop).portfolio.industry("green") == IndustryPlan(min_count=2)
    code, out, _ = run(capsys, "industry", "plan", workshop, "green", "--reset", "--weight",
                       "0.5", "--lang", "en")
    assert out == ("The portfolio plan of “Energy saving and environmental protection”: "
                   "weight 0.5, no bounds.\n")
    assert load(workshop).portfolio.industry("green") == IndustryPlan(weight=0.5)


def test_an_ambiguous_label_is_refused_with_the_candidates_ids(capsys, tmp_path):
    project, _ = E.AddDirection("bio", Direction("D1", Text("疫苗研发", "Vaccine R&D"))) \
        .apply(sample_project())
    path = tmp_path / "w.json"
    save(project, path)
    before = path.read_bytes()
    for argv in (["direction", "cost", path, "bio", "vaccine r&d", "5"],
                 ["direction", "exclude", path, "bio", "D1", "疫苗研发"]):
        code, out, err = run(capsys, *argv, "--lang", "en")
        assert (code, out) == (1, "")
        assert err == ("error: “vaccine r&d” could be several directions of “Bioindustry”: "
                       "vaccines Vaccine R&D, D1 Vaccine R&D. Name one by its id.\n"
                       if argv[1] == "cost" else
                       "error: “疫苗研发” could be several directions of “Bioindustry”: "
                       "vaccines Vaccine R&D, D1 Vaccine R&D. Name one by its id.\n")
        assert path.read_bytes() == before
    code, _, err = run(capsys, "direction", "include", path, "生物产业", "疫苗研发", "--lang", "zh")
    assert code == 1
    assert err == ("错误：“疫苗研发”可指“生物产业”中的多个方向：vaccines 疫苗研发、D1 疫苗研发。"
                   "请改用编号。\n")
    assert path.read_bytes() == before
    assert not (tmp_path / "w.json.bak").exists()
    code, _, _ = run(capsys, "direction", "cost", path, "bio", "D1", "5")
    assert code == 0
    assert load(path).industry("bio").directions[-1].cost == 5.0


@pytest.mark.parametrize("argv", [
    ["direction", "cost", "{p}", "ngit", "quantum", "3"],
    ["direction", "exclude", "{p}", "ngit", "quantum"],
    ["budget", "{p}", "120", "--unit", "万元"],
    ["industry", "plan", "{p}", "bio", "--max-count", "2"],
])
def test_output_elsewhere_leaves_the_project_alone(capsys, workshop, tmp_path, argv):
    before = workshop.read_bytes()
    copy = tmp_path / "copy.json"
    code, _, err = run(capsys, *[workshop if a == "{p}" else a for a in argv], "-o", copy)
    assert code == 0, err
    assert workshop.read_bytes() == before
    assert not (workshop.parent / "w.json.bak").exists()
    assert load(copy) != sample_project()
    assert load(copy).experts == sample_project().experts


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_lists_show_costs_choices_and_plans_once_set(capsys, tmp_path, lang):
    path = tmp_path / "w.json"
    save(without_portfolio(), path)
    _, out, _ = run(capsys, "direction", "list", path, "green", "--lang", lang)
    assert out.splitlines()[0].split() == (["产业", "编号", "中文名称", "英文名称"] if lang == "zh"
                                           else ["Industry", "Id", "Chinese", "label",
                                                 "English", "label"])
    _, out, _ = run(capsys, "industry", "list", path, "--lang", lang)
    assert len(out.splitlines()[0].split()) == (4 if lang == "zh" else 6)  # no plan columns yet
    run(capsys, "budget", path, "--unit", "亿元")
    run(capsys, "direction", "cost", path, "green", "low-zero-carbon", "1250")
    run(capsys, "direction", "exclude", path, "green", "low-zero-carbon")
    run(capsys, "industry", "plan", path, "green", "--weight", "1.5", "--min-count", "1",
        "--max-spend", "80")
    _, out, _ = run(capsys, "direction", "list", path, "green", "--lang", lang)
    head, _rule, first, second = out.splitlines()
    assert head.endswith("成本（亿元）  投资组合" if lang == "zh" else "Cost (亿元)  Portfolio")
    assert first.endswith("1,250  排除" if lang == "zh" else "1,250  excluded")
    assert second.rstrip().endswith(sample_project().industry("green").directions[1]
                                    .label.en)  # no cost, no choice: blank cells
    _, out, _ = run(capsys, "industry", "list", path, "--lang", lang)
    head, *rows = out.splitlines()
    assert head.endswith("产业权重  方向数限额  投入限额（亿元）" if lang == "zh"
                         else "Weight  Count bounds  Spend bounds (亿元)")
    green = next(r for r in rows if r.startswith("green"))
    assert green.split()[-5:] == ["1.5", "≥", "1", "≤", "80"]
    bio = next(r for r in rows if r.startswith("bio"))
    assert bio.split()[-1] == "1"  # the default weight, no bounds


def test_budget_without_an_amount_shows_it(capsys, workshop):
    code, out, _ = run(capsys, "budget", workshop, "--lang", "en")
    p = sample_project()
    total = sum(d.cost for i in p.industries for d in i.directions)
    assert code == 0
    assert out == (f"Budget: 300 亿元; 61 of 61 directions have a cost, {total:,.0f} 亿元 "
                   "together; 1 must-include, 0 excluded.\n")
    _, out, _ = run(capsys, "budget", workshop, "--lang", "zh")
    assert out == (f"预算：300 亿元；61 个重点发展方向中 61 个填写了成本，合计 {total:,.0f} 亿元；"
                   "必选 1 个，排除 0 个。\n")
    assert not (workshop.parent / "w.json.bak").exists()  # showing saves nothing


def test_a_project_without_a_cost_unit_is_told_how_to_set_one(capsys, tmp_path):
    path = tmp_path / "w.json"
    save(without_portfolio(), path)
    code, out, _ = run(capsys, "direction", "cost", path, "ngit", "quantum", "9", "--lang", "en")
    assert code == 0
    assert out == ("The cost of “Quantum information” (New-generation information technology): "
                   f"not set → 9 (the project has no cost unit yet: set one with fourchains-cli "
                   f"budget {path} --unit UNIT).\n")
    code, out, err = run(capsys, "portfolio", path, "--lang", "en")
    assert code == 1
    assert err == (f"error: No budget is set yet: set one with fourchains-cli budget {path} "
                   "AMOUNT.\n")
    run(capsys, "budget", path, "100")
    run(capsys, "direction", "cost", path, "ngit", "quantum", "none")
    code, out, err = run(capsys, "portfolio", path, "--json", "--lang", "zh")
    assert code == 1
    assert json.loads(out)["error"]["code"] == "portfolio.no_costs"  # scripts key on the code
    assert err == (f"错误：还没有任何重点发展方向填写了成本：请用 fourchains-cli direction cost {path} "
                   "产业 方向 成本 填写各方向的成本估计。\n")


def test_a_portfolio_set_up_through_the_cli_is_the_engines(capsys, tmp_path):
    """Costs, budget, unit, a plan and choices through the CLI alone, then ``portfolio --json``:
    the chosen set is the one mcdm.project finds for the same edits applied directly."""
    path = tmp_path / "w.json"
    project = without_portfolio()
    save(project, path)
    costs = {("ngit", "quantum"): 9, ("ngit", "ai"): 21, ("ngit", "high-end-chips"): 57,
             ("bio", "vaccines"): 26, ("bio", "bio-based-materials"): 14,
             ("bio", "future-food"): 18, ("energy", "full-chain"): 35,
             ("green", "low-zero-carbon"): 12, ("services", "aigc"): 32,
             ("services", "smart-city"): 30}
    edits = [E.SetCostUnit("亿元"), E.SetBudget(100.0)]
    assert run(capsys, "budget", path, "100", "--unit", "亿元")[0] == 0
    for (iid, did), cost in costs.items():
        label = next(d.label.zh for d in project.industry(iid).directions if d.id == did)
        code, _, err = run(capsys, "direction", "cost", path, iid, label, str(cost))
        assert code == 0, err
        edits.append(E.SetDirectionCost(iid, did, float(cost)))
    # the constraints, each of which changes the chosen set (checked below)
    constraints = [
        (["industry", "plan", path, "Emerging services", "--weight", "2", "--max-count", "1"],
         E.SetIndustryPlan("services", IndustryPlan(weight=2.0, max_count=1))),
        (["industry", "plan", path, "bio", "--max-count", "1"],
         E.SetIndustryPlan("bio", IndustryPlan(max_count=1))),
        (["direction", "include", path, "ngit", "High-end chips"],
         E.SetDirectionChoice("ngit", "high-end-chips", "must")),
        (["direction", "exclude", path, "节能环保产业", "low-zero-carbon"],
         E.SetDirectionChoice("green", "low-zero-carbon", "exclude")),
    ]
    for argv, edit in constraints:
        code, _, err = run(capsys, *argv)
        assert code == 0, err
        edits.append(edit)
    for edit in edits:
        project, _ = edit.apply(project)
    assert load(path) == project
    code, out, err = run(capsys, "portfolio", path, "--json")
    assert code == 0, err
    data = json.loads(out)
    engine = evaluate(project).portfolio()
    chosen = tuple((d["industry"], d["direction"]) for d in data["directions"] if d["chosen"])
    assert chosen == engine.selected
    assert data["value"] == pytest.approx(engine.value, abs=1e-12)
    assert data["cost"] == pytest.approx(engine.cost)
    assert data["cost"] <= 100
    assert {(d["industry"], d["direction"]): d["cost"] for d in data["directions"]} == \
        {k: float(v) for k, v in costs.items()}  # the costed directions are the candidates
    choices = {(d["industry"], d["direction"]): d["choice"] for d in data["directions"]}
    assert choices[("green", "low-zero-carbon")] == "exclude"
    assert choices[("ngit", "high-end-chips")] == "must"
    assert ("ngit", "high-end-chips") in chosen
    assert ("green", "low-zero-carbon") not in chosen
    assert sum(1 for i, _ in chosen if i == "services") <= 1
    assert sum(1 for i, _ in chosen if i == "bio") <= 1
    # the round trip is not blind to any of them: leaving one out chooses another set
    for _argv, left_out in constraints:
        other = without_portfolio()
        for edit in edits:
            if edit is not left_out:
                other, _ = edit.apply(other)
        assert evaluate(other).portfolio().selected != chosen, left_out


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("argv", [["budget"], ["direction", "cost"], ["direction", "include"],
                                  ["industry", "plan"], ["direction", "list"]])
def test_help_in_one_language(capsys, argv, lang):
    with pytest.raises(SystemExit) as stop:
        main(["--lang", lang, *argv, "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    body = out.split("\n\n", 1)[1].replace(":", "")  # argparse's own colons
    assert_speaks(body, lang, ["亿元", "none", "N", "X"])

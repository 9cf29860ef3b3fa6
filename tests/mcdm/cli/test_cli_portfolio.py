"""fourchains-cli portfolio through a subprocess: the engine's portfolio in both languages and
as JSON, another budget, the frontier, robustness, and one sentence when there is none."""

import json

import numpy as np
import pytest

from mcdm.project import edits as E
from mcdm.project.evaluate import evaluate
from mcdm.project.model import IndustryPlan
from mcdm.project.sample import sample_project
from mcdm.project.storage import dumps, save
from tests.mcdm.cli.test_cli import cli


@pytest.fixture(scope="module")
def sample_portfolio():
    return evaluate(sample_project()).portfolio()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_text_lists_the_chosen_directions_per_industry(lang, sample_portfolio):
    out = cli("portfolio", "--lang", lang)
    assert out.returncode == 0, out.stderr
    p = sample_project()
    labels = {(i.id, d.id): d.label.get(lang) for i in p.industries for d in i.directions}
    for key in sample_portfolio.selected:
        assert labels[key] in out.stdout
    assert ("预算 300 亿元" if lang == "zh" else "budget 300 亿元") in out.stdout
    assert f"{sample_portfolio.value:.4f}" in out.stdout
    assert ("预算是约束" if lang == "zh" else "The budget binds") in out.stdout
    assert ("必选" if lang == "zh" else "must") in out.stdout


def test_json_carries_ids_labels_and_the_engine_numbers(sample_portfolio):
    out = cli("portfolio", "--json", "--lang", "en", "--frontier", "5")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)  # nothing but JSON on standard output
    assert data["budget"] == 300
    assert data["cost_unit"] == "亿元"
    assert data["value"] == pytest.approx(sample_portfolio.value, abs=1e-12)
    chosen = [(d["industry"], d["direction"]) for d in data["directions"] if d["chosen"]]
    assert tuple(chosen) == sample_portfolio.selected
    assert len(data["directions"]) == 61
    assert [f["budget"] for f in data["frontier"]] == pytest.approx(np.linspace(0, 1325, 5))
    assert data["frontier"][0]["feasible"] is False  # the must-include costs 57
    values = [f["value"] for f in data["frontier"][1:]]
    assert values == sorted(values)
    assert data["binding"][0]["code"] == "portfolio.binding_budget"


def test_another_budget_does_not_change_the_file(tmp_path):
    path = tmp_path / "w.json"
    save(sample_project(), path)
    before = path.read_bytes()
    out = cli("portfolio", path, "--budget", "120", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["budget"] == 120
    assert data["value"] == pytest.approx(evaluate(sample_project()).portfolio(120.0).value)
    assert path.read_bytes() == before


def test_robustness_over_a_monte_carlo_run():
    out = cli("portfolio", "--monte-carlo", "200", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["monte_carlo_samples"] == 200
    must = next(d for d in data["directions"] if d["direction"] == "high-end-chips")
    assert must["frequency"] == 1.0
    assert all(0 <= d["frequency"] <= 1 for d in data["directions"])


def test_constraints_that_cannot_be_met_are_one_sentence_and_status_1(tmp_path):
    project = sample_project()
    project, _ = E.SetIndustryPlan("green", IndustryPlan(min_count=3)).apply(project)
    path = tmp_path / "w.json"
    path.write_text(dumps(project), encoding="utf-8")
    out = cli("portfolio", path, "--lang", "zh")
    assert out.returncode == 1
    assert out.stdout == ""
    assert out.stderr == ("错误：“节能环保产业”至少要选 3 个方向，但可选的（有成本、已排序、未排除）"
                          "只有 2 个。\n")
    out = cli("portfolio", path, "--json", "--lang", "en")
    assert out.returncode == 1
    assert json.loads(out.stdout)["error"]["code"] == "portfolio.min_count_unreachable"


def test_industry_bounds_go_through_highs_and_print_only_json(tmp_path):
    project = sample_project()
    # a cost in hundred-thousandths is no whole multiple of 0.001: HiGHS, not the DP
    project, _ = E.SetDirectionCost("bio", "vaccines", 26.12345).apply(project)
    for ind in project.industries:
        project, _ = E.SetIndustryPlan(ind.id, IndustryPlan(min_count=1, max_spend=80.0)) \
            .apply(project)
    path = tmp_path / "w.json"
    save(project, path)
    out = cli("portfolio", path, "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["solver"] == "milp"
    assert all(len(s["chosen"]) >= 1 and s["spend"] <= 80 for s in data["industries"])


@pytest.mark.parametrize("args", [["--budget", "-1"], ["--budget", "nan"], ["--frontier", "1"]])
def test_bad_options_are_usage_errors(args):
    out = cli("portfolio", *args)
    assert out.returncode == 2
    assert "Traceback" not in out.stderr


def test_evaluate_says_which_weights_ranked(tmp_path):
    project, _ = E.SetSetting("weighting", "combined").apply(sample_project())
    path = tmp_path / "w.json"
    save(project, path)
    out = cli("evaluate", path, "--lang", "en")
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("Ranked by combined weights (AHP with entropy weights, "
                            "multiplicative)") == len(project.industries)
    plain = cli("evaluate", "--lang", "en")
    assert "Ranked by" not in plain.stdout  # the default (AHP) needs no note

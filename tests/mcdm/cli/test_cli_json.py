"""Output for scripts: evaluate --json / --csv and validate --json carry exactly the engine's
numbers (checked against mcdm.project.evaluate on the same file), and every document the CLI
prints validates against the published JSON Schema (resources/schemas/cli-json.schema.json)."""

import copy
import csv
import json
import math
import subprocess
import sys

import jsonschema
import pytest

from mcdm.project.evaluate import evaluate
from mcdm.project.montecarlo import MonteCarloOptions
from mcdm.project.sample import sample_project
from mcdm.project.storage import load, save
from mcdm.project.templates import new_from_template
from mcdm.resources import resource
from mcdm.tables.flat import TABLES

SCHEMA = json.loads(resource("schemas", "cli-json.schema.json").read_text(encoding="utf-8"))


def cli(*args):
    return subprocess.run([sys.executable, "-m", "mcdm.cli", *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", timeout=300)


def check_schema(doc):
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    errors = list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(doc))
    if errors:  # the deepest error of the oneOf branch that fits best says where
        e = jsonschema.exceptions.best_match(errors)
        raise AssertionError(f"{list(e.absolute_path)}: {e.message[:200]}")


@pytest.fixture(scope="module")
def analysed(tmp_path_factory):
    """The sample file's --json with every analysis, and the engine's result on the same file."""
    path = tmp_path_factory.mktemp("json") / "w.json"
    save(sample_project(), path)
    out = cli("evaluate", path, "--json", "--sensitivity", "--monte-carlo", "60",
              "--score-noise", "--seed", "5", "--lang", "en")
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""
    project = load(path)
    result = evaluate(project, sensitivity=True,
                      monte_carlo=MonteCarloOptions(60, score_noise=True, seed=5))
    return json.loads(out.stdout), project, result


def test_the_document_carries_the_engines_weights_and_consistency(analysed):
    doc, project, result = analysed
    assert (doc["schema_version"], doc["kind"], doc["language"]) == (1, "evaluation", "en")
    assert doc["project"]["file"].endswith("w.json")
    for c in doc["criteria"]:
        assert c["global_weight"] == result.hierarchy.global_weights[c["id"]]
        assert c["local_weight"] == result.hierarchy.local[c["id"]]
    assert [c["id"] for c in doc["criteria"] if c["leaf"]] == list(result.leaf_ids)
    for n in doc["nodes"]:
        node = result.nodes[n["id"]]
        assert n["weights"] == node.weights.tolist()
        assert n["group"]["cr"] == node.group.cr
        assert n["group"]["gci"] == node.group.gci
        assert n["consensus"]["s_star"] == node.consensus.s_star
        assert n["consensus"]["furthest_expert"] == node.experts[node.consensus.furthest_expert]
        for i in n["individual"]:
            assert i["cr"] == result.cr(i["expert"], n["id"])
            assert i["consistent"] == (i["cr"] <= project.settings.cr_threshold)
            assert i["weights"] == result.individual[(i["expert"], n["id"])].weights.tolist()
    assert doc["consensus"]["s_star"] == result.consensus
    assert [a["code"] for a in doc["advice"]] == [a.code for a in result.advice]
    assert doc["complete"] is True


def test_the_document_carries_the_engines_rankings_and_analyses(analysed):
    doc, _project, result = analysed
    assert [i["id"] for i in doc["industries"]] == [r.industry_id for r in result.industries]
    for item, ir in zip(doc["industries"], result.industries, strict=True):
        steps = ir.topsis.steps
        for row in item["ranking"]:
            k = ir.direction_ids.index(row["direction"])
            assert (row["closeness"], row["d_plus"], row["d_minus"], row["rank"]) == \
                (ir.topsis.closeness[k], steps.d_plus[k], steps.d_minus[k], ir.topsis.ranks[k])
        assert [r["direction"] for r in item["ranking"]] == [d for d, _, _ in ir.ranking()]
        s = item["sensitivity"]
        for k, c in enumerate(s["criteria"]):
            assert c["top_interval"] == ir.sensitivity.top1_interval[k].tolist()
            assert c["ranking_interval"] == ir.sensitivity.ranking_interval[k].tolist()
        m = ir.sensitivity.minimal_change
        assert s["minimal_change"]["to_weight"] == m.to_weight
        assert s["minimal_change"]["new_top"] == ir.direction_ids[m.new_top]
        assert len(s["reversals"]) == len(ir.sensitivity.reversals)
        mc = item["monte_carlo"]
        assert (mc["sampler"], mc["seed"], mc["score_noise"], mc["n_samples"]) == \
            ("bootstrap", 5, True, 60)
        assert [d["p_top_k"] for d in mc["directions"]] == ir.monte_carlo.top_k[0].tolist()
        assert [d["rank_acceptability"] for d in mc["directions"]] == \
            ir.monte_carlo.acceptability[0].tolist()


def test_the_schema_accepts_every_document_and_has_teeth(analysed, tmp_path):
    doc, _, _ = analysed
    check_schema(doc)
    broken = copy.deepcopy(doc)
    broken["industries"][0]["ranking"][0]["closeness"] = "0.7"
    del broken["nodes"][0]["missing"]
    with pytest.raises(AssertionError, match="closeness|missing"):
        check_schema(broken)
    # an incomplete project: nodes without weights, industries not ranked, each with a reason
    path = tmp_path / "t.json"
    save(new_from_template("four-chains"), path)
    out = cli("evaluate", path, "--json")
    assert out.returncode == 0, out.stderr
    partial = json.loads(out.stdout)
    check_schema(partial)
    assert partial["complete"] is False
    assert [p["code"] for p in partial["problems"]] == ["evaluate.no_experts"]
    assert all(not i["ranked"] and i["reason"]["message"] for i in partial["industries"])
    for args in (("validate", path, "--json"), ("validate", "--json"),
                 ("evaluate", "--json", "--monte-carlo", "20", "--sampler", "dirichlet")):
        check_schema(json.loads(cli(*args).stdout))


def test_no_nan_reaches_the_json(tmp_path):
    path = tmp_path / "t.json"
    project = new_from_template("principles-strategies")
    project = project.replace(experts=sample_project().experts[:1])  # one expert: no S*
    save(project, path)
    out = cli("evaluate", path, "--json")
    doc = json.loads(out.stdout, parse_constant=lambda c: pytest.fail(f"{c} in the JSON"))
    assert doc["consensus"]["s_star"] is None
    assert all(c["global_weight"] is None for c in doc["criteria"])
    assert all(isinstance(v, float) and math.isfinite(v) or v is None
               for v in (doc["experts"][0]["normalized_weight"],))


def test_validate_json_lists_the_engines_warnings_and_strict_fails(tmp_path):
    path = tmp_path / "w.json"
    save(sample_project(), path)
    out = cli("validate", path, "--json", "--lang", "zh")
    assert out.returncode == 0
    doc = json.loads(out.stdout)
    assert (doc["kind"], doc["valid"], doc["complete"]) == ("validation", True, True)
    warnings = evaluate(sample_project()).warnings()
    assert [w["code"] for w in doc["warnings"]] == [w.code for w in warnings]
    assert {w["code"] for w in doc["warnings"]} == {"advice.inconsistent",
                                                    "advice.missing_judgments"}
    strict = cli("validate", path, "--json", "--strict", "--lang", "zh")
    assert strict.returncode == 1
    assert json.loads(strict.stdout) == doc
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    bad = cli("validate", broken, "--json", "--lang", "en")
    assert bad.returncode == 1
    assert bad.stderr.startswith("error: The project file is not valid JSON")
    assert len(bad.stderr.splitlines()) == 1
    doc = json.loads(bad.stdout)
    assert (doc["valid"], doc["project"], doc["errors"][0]["code"]) == (False, None, "file.json")


def test_csv_tables_are_the_documents_in_utf8_with_bom(tmp_path, analysed):
    path = tmp_path / "w.json"
    save(sample_project(), path)
    folder = tmp_path / "tables"
    out = cli("evaluate", path, "--csv", folder, "--json", "--sensitivity", "--monte-carlo",
              "60", "--score-noise", "--seed", "5", "--lang", "en")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)  # with --json, stdout is the document alone
    assert out.stderr == f"wrote {len(TABLES)} CSV table(s) to {folder}\n"
    assert sorted(p.stem for p in folder.iterdir()) == sorted(TABLES)
    for p in folder.iterdir():
        assert p.read_bytes().startswith(b"\xef\xbb\xbf"), p.name  # Excel reads it as UTF-8
    with open(folder / "ranking.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    ranked = [(i["id"], r) for i in doc["industries"] for r in i["ranking"]]
    assert len(rows) == len(ranked)
    for row, (industry, r) in zip(rows, ranked, strict=True):
        assert (row["industry"], row["direction"], row["label_zh"]) == \
            (industry, r["direction"], r["label"]["zh"])
        assert float(row["closeness"]) == r["closeness"]  # full precision
        assert int(row["rank"]) == r["rank"]
    with open(folder / "criteria.csv", encoding="utf-8-sig", newline="") as f:
        criteria = list(csv.DictReader(f))
    assert [c["label_zh"] for c in criteria] == [c["label"]["zh"] for c in doc["criteria"]]
    assert {c["leaf"] for c in criteria} == {"TRUE", "FALSE"}


def test_csv_alone_says_where_and_a_file_in_the_way_is_refused(tmp_path):
    out = cli("evaluate", "--csv", tmp_path / "new" / "folder", "--lang", "zh")
    assert out.returncode == 0
    assert out.stdout.startswith("已写入 8 个 CSV 表格到")
    in_the_way = tmp_path / "file.txt"
    in_the_way.write_text("x", encoding="utf-8")
    out = cli("evaluate", "--csv", in_the_way, "--lang", "en")
    assert out.returncode == 2
    assert out.stderr == f"error: Cannot write the CSV tables to {in_the_way}: it is not a folder.\n"

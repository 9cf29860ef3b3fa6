"""A whole workshop through the command line alone (issue 14's acceptance test): new → expert
add ×3 → questionnaire → the experts fill it (openpyxl, as Excel would) → import →
evaluate --json (checked against mcdm.project.evaluate on the saved file) → export."""

import json
import subprocess
import sys

import openpyxl

from mcdm.project import edits as E
from mcdm.project.evaluate import evaluate
from mcdm.project.storage import load
from tests.support.excel import fill

SAATY = (1, 2, 3, 4, 5, 6, 7, 8, 9)


def cli(*args, cwd):
    out = subprocess.run([sys.executable, "-m", "mcdm.cli", *map(str, args)], cwd=cwd,
                         capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    return out.stdout


def answers(project):
    """What three experts answer: judgments on Saaty's scale (a few inconsistent) and a score
    for every direction on every leaf criterion."""
    edits = []
    for k, e in enumerate(project.expert_ids()):
        for node in project.internal_nodes():
            kids = node.child_ids()
            for i, a in enumerate(kids):
                for j in range(i + 1, len(kids)):
                    level = SAATY[(3 * k + 2 * i + j) % 9]
                    value = level if (i + k) % 2 == 0 else 1 / level
                    edits.append(E.SetJudgment(e, node.id, a, kids[j], float(value)))
    cells = tuple(((e, ind.id, d.id, leaf.id), float(1 + (2 * k + 3 * di + 5 * li) % 9))
                  for k, e in enumerate(project.expert_ids()) for ind in project.industries
                  for di, d in enumerate(ind.directions)
                  for li, leaf in enumerate(project.leaves()))
    edits.append(E.SetScores(cells))
    return E.Composite(tuple(edits)).apply(project)[0]


def test_a_whole_workshop_through_the_cli_alone(tmp_path):
    assert cli("new", "principles-strategies", "-o", "w.json", cwd=tmp_path) == "wrote w.json\n"
    for name, role in (("张伟", "产业经济"), ("Li Na", "投资"), ("王芳", "")):
        cli("expert", "add", "w.json", "--name", name, "--role", role, cwd=tmp_path)
    panel = load(tmp_path / "w.json")
    assert [(e.id, e.name) for e in panel.experts] == [("E1", "张伟"), ("E2", "Li Na"),
                                                       ("E3", "王芳")]

    out = cli("questionnaire", "w.json", "-o", "panel.xlsx", "--lang", "en", cwd=tmp_path)
    assert out == "wrote panel.xlsx\n"
    filled = answers(panel)
    fill(tmp_path / "panel.xlsx", filled, tmp_path / "filled.xlsx")

    out = cli("import", "w.json", "filled.xlsx", "--lang", "en", cwd=tmp_path)
    assert out.startswith("Import preview: 1 file(s), answers of 3 expert(s)")
    assert out.splitlines()[-1].startswith("imported ")
    saved = load(tmp_path / "w.json")
    assert saved == filled  # every judgment and score came back through the workbook
    assert load(tmp_path / "w.json.bak") == panel

    doc = json.loads(cli("evaluate", "w.json", "--json", "--sensitivity", cwd=tmp_path))
    result = evaluate(saved, sensitivity=True)
    assert doc["complete"] is True
    assert [c["global_weight"] for c in doc["criteria"] if c["leaf"]] == \
        result.leaf_weights.tolist()
    for node in doc["nodes"]:
        assert [i["cr"] for i in node["individual"]] == \
            [result.cr(e, node["id"]) for e in saved.expert_ids()]
    assert {w["code"] for w in doc["advice"]} <= {"advice.inconsistent"}
    for item, ir in zip(doc["industries"], result.industries, strict=True):
        assert [(r["direction"], r["closeness"], r["rank"]) for r in item["ranking"]] == \
            ir.ranking()
        assert item["sensitivity"]["criteria"][0]["top_interval"] == \
            ir.sensitivity.top1_interval[0].tolist()

    out = cli("export", "w.json", "-o", "results.xlsx", "--lang", "en", cwd=tmp_path)
    assert out == "wrote results.xlsx\n"
    wb = openpyxl.load_workbook(tmp_path / "results.xlsx", read_only=True)
    assert len(wb.sheetnames) > 5
    wb.close()

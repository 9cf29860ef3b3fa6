"""fourchains-cli through a subprocess: tables, languages, Excel round trip, clean errors."""

import json
import os
import pty
import subprocess
import sys

import openpyxl
import pytest

from mcdm.project import edits as E
from mcdm.project.evaluate import evaluate
from mcdm.project.sample import sample_project
from mcdm.project.storage import dumps, load, save


def cli(*args, cwd=None, locale="C.UTF-8"):
    """The CLI in a subprocess under ``locale`` (English unless ``--lang`` says otherwise)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env["LANG"] = locale
    return subprocess.run([sys.executable, "-m", "mcdm.cli", *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", cwd=cwd, timeout=120,
                          env=env)


def assert_clean_error(out, *fragments):
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    assert out.stderr.startswith("error: ")
    for f in fragments:
        assert f in out.stderr
    assert out.stdout == ""


@pytest.fixture(scope="module")
def sample_result():
    return evaluate(sample_project())


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_evaluate_without_project_shows_the_sample(lang, sample_result):
    out = cli("evaluate", "--lang", lang)
    assert out.returncode == 0, out.stderr
    text = out.stdout
    p = sample_project()
    assert p.title.get(lang) in text
    assert ("示例数据，仅供演示" if lang == "zh" else "illustrative data") in text
    for ind in p.industries:
        assert ind.label.get(lang) in text
        best = sample_result.industry(ind.id).ranking()[0]
        label = next(d.label.get(lang) for d in ind.directions if d.id == best[0])
        assert f"1  {label}" in text  # rank 1 row of the industry's table
        assert f"{best[1]:.4f}" in text
    for leaf in p.leaves():
        assert f"{sample_result.leaf_weight(leaf.id):.4f}" in text
    assert "1.057*" in text  # the inconsistent expert is flagged
    assert f"{sample_result.consensus:.3f}" in text


def test_lang_before_or_after_the_command():
    assert cli("--lang", "en", "evaluate").stdout == cli("evaluate", "--lang", "en").stdout


def test_evaluate_with_monte_carlo_shows_top_k_probability(tmp_path):
    path = tmp_path / "w.json"
    save(sample_project(), path)
    out = cli("evaluate", path, "--lang", "en", "--monte-carlo", "40", "--top", "1")
    assert out.returncode == 0, out.stderr
    assert "P(top 3)" in out.stdout
    assert out.stderr == ""  # no progress bar when stderr is not a terminal


def test_errors_are_one_clear_line(tmp_path):
    assert_clean_error(cli("evaluate", tmp_path / "missing.json"), "cannot be read",
                       "does not exist", "missing.json")
    future = tmp_path / "future.json"
    data = json.loads(dumps(sample_project()))
    data["schema_version"] = 7
    future.write_text(json.dumps(data), encoding="utf-8")
    assert_clean_error(cli("evaluate", future), "newer version")
    broken = tmp_path / "broken.json"
    data["schema_version"] = 1
    data["experts"][0]["weight"] = -3
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert_clean_error(cli("validate", broken), "$.experts[0].weight")
    empty = tmp_path / "new.json"
    assert cli("new", "four-chains", "-o", empty).returncode == 0
    # Incomplete is not an error: evaluate prints what it can and says what is missing
    # (exit 0); validate --strict is where incompleteness fails.
    done = cli("evaluate", empty, "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "The project has no experts yet" in done.stdout
    strict = cli("validate", empty, "--strict", "--lang", "en")
    assert strict.returncode == 1
    assert "The project has no experts yet" in strict.stderr
    assert "Traceback" not in strict.stderr
    usage = cli("evaluate", "--lang", "fr")
    assert usage.returncode == 2
    assert "Traceback" not in usage.stderr


def test_questionnaire_import_round_trip(tmp_path):
    from mcdm.excel.questionnaire.fill import fill_answers

    full = sample_project()
    # a project where E3 has answered nothing yet
    clear = [E.SetJudgment("E3", n, a, b, None) for n, pairs in full.judgments["E3"].items()
             for (a, b) in pairs]
    clear.append(E.SetScores(tuple((k, None) for k in full.scores if k[0] == "E3")))
    stripped, _ = E.Composite(tuple(clear)).apply(full)
    target = tmp_path / "stripped.json"
    save(stripped, target)
    q = tmp_path / "q.xlsx"
    out = cli("questionnaire", target, "--expert", "E3", "--measured", "ask", "-o", q)
    assert out.returncode == 0, out.stderr
    fill_answers(q, full)  # E3 answers as in the sample
    out = cli("import", target, q)
    assert out.returncode == 0, out.stderr
    assert load(target) == full
    assert load(str(target) + ".bak") == stripped


def test_import_of_a_wrong_file_changes_nothing(tmp_path):
    target = sample_path(tmp_path, sample_project())
    before = target.read_bytes()
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a workbook")
    assert_clean_error(cli("import", target, junk))
    assert target.read_bytes() == before


def test_export_writes_the_results_workbook(tmp_path):
    out = cli("export", "-o", tmp_path / "r.xlsx", "--lang", "en")
    assert out.returncode == 0, out.stderr
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx", read_only=True)
    assert len(wb.sheetnames) > 5


def sample_path(folder, project):
    path = folder / "sample.json"
    save(project, path)
    return path


def on_a_terminal(*args):
    """Run the CLI with stderr on a pseudo-terminal, where the progress bar shows."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "mcdm.cli", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    seen = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        seen.append(data)
    os.close(master)
    stdout = proc.stdout.read().decode("utf-8")
    proc.stdout.close()
    assert proc.wait(timeout=120) == 0
    return stdout, b"".join(seen).decode("utf-8", "replace")


def test_progress_bars_on_a_terminal(tmp_path):
    path = sample_path(tmp_path, sample_project())
    total = 40 * len(sample_project().industries)
    stdout, term = on_a_terminal("evaluate", path, "--lang", "en", "--monte-carlo", "40")
    assert "P(top 3)" in stdout
    assert f"Monte Carlo [{'#' * 30}] {total}/{total}" in term
    assert "Traceback" not in term
    stdout, term = on_a_terminal("export", path, "-o", tmp_path / "r.xlsx", "--lang", "en")
    assert f"writing [{'.' * 30}] 0/2" in term
    assert f"writing [{'#' * 30}] 2/2" in term
    q1, q2 = tmp_path / "q1.xlsx", tmp_path / "q2.xlsx"
    assert cli("questionnaire", path, "--expert", "E1", "--prefill", "-o", q1).returncode == 0
    assert cli("questionnaire", path, "--expert", "E2", "--prefill", "-o", q2).returncode == 0
    stdout, term = on_a_terminal("import", path, q1, q2, "--dry-run", "--lang", "en")
    assert f"reading [{'#' * 15}{'.' * 15}] 1/2" in term
    assert f"reading [{'#' * 30}] 2/2" in term

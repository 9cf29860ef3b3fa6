"""Honest analysis output: --sensitivity prints the result's stability intervals and smallest
flip, Monte Carlo passes every option to the engine and says how it sampled, the heading names
the actual aggregation, --version answers, and progress shows on a terminal only."""

import json
import os
import pty
import subprocess
import sys

import pytest

from mcdm import __version__
from mcdm.project import edits as E
from mcdm.project.evaluate import evaluate
from mcdm.project.montecarlo import MonteCarloOptions
from mcdm.project.sample import sample_project
from mcdm.project.storage import save


def cli(*args):
    return subprocess.run([sys.executable, "-m", "mcdm.cli", *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", timeout=300)


@pytest.fixture(scope="module")
def sensitivity_run():
    out = cli("evaluate", "--sensitivity", "--lang", "en")
    assert out.returncode == 0, out.stderr
    return out.stdout, evaluate(sample_project(), sensitivity=True)


def test_sensitivity_prints_each_industrys_intervals_and_smallest_flip(sensitivity_run):
    text, result = sensitivity_run
    project = sample_project()
    assert "Sensitivity (one criterion weight at a time)" in text
    for ir in result.industries:
        ind = project.industry(ir.industry_id)
        names = {d.id: d.label.get("en") for d in ind.directions}
        crit = {c.id: c.label.get("en") for c in project.industry_criteria(ind.id)}
        top = names[ir.ranking()[0][0]]
        block = text.split(f"{ind.label.get('en')} (top now: {top})\n", 1)[1].split("\n\n")[0]
        s = ir.sensitivity
        for k, c in enumerate(ir.criterion_ids):
            lo, hi = s.top1_interval[k]
            rlo, rhi = s.ranking_interval[k]
            row = next(line for line in block.splitlines() if line.startswith(crit[c]))
            assert f"{lo:.3f} – {hi:.3f}" in row
            assert f"{rlo:.3f} – {rhi:.3f}" in row
        m = s.minimal_change
        verb = "raising" if m.to_weight > m.from_weight else "lowering"
        assert (f"Smallest change that changes the top: {verb} “{crit[ir.criterion_ids[m.criterion]]}”"
                f" from {m.from_weight:.3f} to {m.to_weight:.3f} ({m.relative_change:+.1%}) puts "
                f"“{names[ir.direction_ids[m.new_top]]}” ahead of “{top}”.") in block


def test_without_the_option_there_is_no_sensitivity_section(sensitivity_run):
    text, _ = sensitivity_run
    plain = cli("evaluate", "--lang", "en").stdout
    assert "Sensitivity" not in plain
    assert text.startswith(plain.rstrip("\n"))  # the same summary, then the analysis


def test_monte_carlo_options_reach_the_engine_and_are_named(tmp_path):
    out = cli("evaluate", "--monte-carlo", "50", "--sampler", "dirichlet", "--concentration",
              "30", "--score-noise", "--seed", "7", "--top", "20", "--lang", "en")
    assert out.returncode == 0, out.stderr
    result = evaluate(sample_project(), monte_carlo=MonteCarloOptions(
        50, sampler="dirichlet", concentration=30.0, score_noise=True, seed=7))
    project = sample_project()
    for ir in result.industries:
        names = {d.id: d.label.get("en") for d in project.industry(ir.industry_id).directions}
        for i, d in enumerate(ir.direction_ids):
            p = ir.monte_carlo.top_k[0][i]
            closeness = ir.topsis.closeness[i]
            assert any(names[d] in line and f"{closeness:.4f}" in line and
                       line.rstrip().endswith(f"{p:.2f}") for line in out.stdout.splitlines())
    assert ("Monte Carlo: 50 samples (Dirichlet around the weights, with score noise), seed 7; "
            "“P(top 3)” is the probability of staying in the top 3.") in out.stdout
    other = cli("evaluate", "--monte-carlo", "50", "--sampler", "dirichlet", "--concentration",
                "30", "--score-noise", "--seed", "8", "--top", "20", "--lang", "en")
    assert other.stdout != out.stdout  # the seed is used


def test_the_heading_names_the_actual_aggregation(tmp_path):
    path = tmp_path / "aip.json"
    save(E.SetSetting("aggregation", "AIP").apply(sample_project())[0], path)
    text = cli("evaluate", path, "--lang", "en").stdout
    assert "Overall (AIP)" in text
    assert "(AIJ)" not in text
    assert "Overall (AIJ)" in cli("evaluate", "--lang", "en").stdout


def test_version():
    out = cli("--version")
    assert (out.returncode, out.stdout) == (0, f"fourchains-cli {__version__}\n")


def on_a_terminal(stdout_path, *args):
    """Run the CLI with stderr on a pseudo-terminal and stdout into a file (a pipe would fill
    up with the JSON while the terminal is read). Returns what the terminal showed."""
    master, slave = pty.openpty()
    with open(stdout_path, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "mcdm.cli", *map(str, args)],
                                stdout=out, stderr=slave)
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
        assert proc.wait(timeout=120) == 0
    return b"".join(seen).decode("utf-8", "replace")


def test_json_stays_clean_while_the_terminal_shows_progress(tmp_path):
    path = tmp_path / "w.json"
    save(sample_project(), path)
    total = 40 * len(sample_project().industries)
    term = on_a_terminal(tmp_path / "out.json", "evaluate", path, "--json", "--monte-carlo",
                         "40", "--csv", tmp_path / "t")
    doc = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert doc["industries"][0]["monte_carlo"]["n_samples"] == 40
    assert f"Monte Carlo [{'#' * 30}] {total}/{total}" in term
    piped = cli("evaluate", path, "--json", "--monte-carlo", "40")
    assert piped.stderr == ""
    assert json.loads(piped.stdout) == doc

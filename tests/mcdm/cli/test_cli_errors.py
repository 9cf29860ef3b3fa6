"""Every error path of fourchains-cli: exit status 1 (2 for a usage error), one line saying what
is wrong (plus one indented line per problem where a file has several), never a traceback and
never the catch-all "internal error" (status 70)."""

import pytest

from mcdm.cli import main
from mcdm.project.model import Industry, Text
from mcdm.project.sample import sample_project
from mcdm.project.storage import save
from mcdm.project.templates import new_from_template

# (argv, exit status, a fragment of the message, more lines allowed); in argv, W is a copy of
# the sample workshop, T a project just made from a template (no experts), D a folder,
# X a file that does not exist, J a text file that is not JSON, R a roster with two bad rows.
CASES = [
    ([], 2, "required: COMMAND", False),
    (["frobnicate"], 2, "invalid choice: 'frobnicate'", False),
    (["evaluate", "--lang", "fr"], 2, "invalid choice: 'fr'", False),
    (["evaluate", "X"], 1, "The project file cannot be read", False),
    (["evaluate", "D"], 1, "", False),
    (["evaluate", "J"], 1, "not valid JSON", False),
    (["evaluate", "--top", "0"], 2, "--top must be a whole number from 1 to 1000, not 0", False),
    (["evaluate", "--top", "x"], 2, "invalid int value: 'x'", False),
    (["evaluate", "--monte-carlo", "-5"], 2, "--monte-carlo must be a whole number from 1", False),
    (["evaluate", "--monte-carlo", "0"], 2, "not 0", False),
    (["evaluate", "--monte-carlo", "9000000"], 2, "to 1000000, not 9000000", False),
    (["evaluate", "--seed", "3"], 2, "--seed only works with --monte-carlo", False),
    (["evaluate", "--score-noise"], 2, "--score-noise only works with --monte-carlo", False),
    (["evaluate", "--sampler", "dirichlet"], 2, "--sampler only works with --monte-carlo", False),
    (["evaluate", "--monte-carlo", "9", "--seed", "-1"], 2, "--seed must be a whole number ≥ 0",
     False),
    (["evaluate", "--monte-carlo", "9", "--sampler", "bayes"], 2, "invalid choice: 'bayes'",
     False),
    (["evaluate", "--monte-carlo", "9", "--concentration", "5"], 2,
     "--concentration only works with --sampler dirichlet", False),
    (["evaluate", "--monte-carlo", "9", "--sampler", "dirichlet", "--concentration", "0"], 2,
     "--concentration must be a finite number > 0", False),
    (["evaluate", "--csv", "J"], 2, "it is not a folder", False),
    (["validate", "X"], 1, "The project file cannot be read", False),
    (["validate", "J", "--strict"], 1, "not valid JSON", False),
    (["validate", "T", "--strict"], 1, "has 4 warning(s)", True),
    (["export", "W"], 2, "required: -o/--output", False),
    (["export", "W", "-o", "D/missing/r.xlsx"], 1, "does not exist", False),
    (["questionnaire", "T", "-o", "q.xlsx"], 1, "add one with fourchains-cli expert add T", False),
    (["questionnaire", "T", "--panel", "-o", "q.xlsx"], 1, "there is no questionnaire", False),
    (["questionnaire", "T", "--expert", "E1", "-o", "q.xlsx"], 1,
     "fourchains-cli expert add T --name NAME", False),
    (["questionnaire", "W", "--expert", "E9", "-o", "q.xlsx"], 1,
     "No expert has the id or name “E9”", False),
    (["questionnaire", "W", "-o", "D"], 1, "", False),
    (["import", "W", "X"], 1, "cannot be found or opened", True),
    (["import", "W", "J"], 1, "is not an Excel workbook", True),
    (["new", "nonsense", "-o", "n.json"], 2, "invalid choice: 'nonsense'", False),
    (["new", "empty", "-o", "D/missing/n.json"], 1, "", False),
    (["expert", "add", "W"], 2, "required: --name", False),
    (["expert", "add", "W", "--name", "x", "--weight", "heavy"], 2, "invalid float value", False),
    (["expert", "add", "W", "--name", " "], 1, "", True),
    (["expert", "add", "X", "--name", "x"], 1, "The project file cannot be read", False),
    (["expert", "add", "W", "--name", "x", "-o", "D/missing/w.json"], 1, "", False),
    (["expert", "weight", "W", "E1", "-1"], 1, "Expert A's weight cannot be", False),
    (["expert", "weight", "W", "E1", "inf"], 1, "Expert A's weight cannot be", False),
    (["expert", "remove", "T", "E1"], 1, "The project has no experts yet", False),
    (["expert", "frobnicate", "W"], 2, "invalid choice: 'frobnicate'", False),
    (["panel", "import", "W", "X"], 1, "Cannot read the roster", False),
    (["panel", "import", "W", "J"], 1, "use a .csv or .xlsx file", False),
    (["panel", "import", "W", "R"], 1, "The roster has 2 problem(s)", True),
    (["industry", "add", "W"], 2, "Give a label with --zh and/or --en", False),
    (["industry", "remove", "T", "nothing"], 1, "No industry has the id or name", False),
    (["industry", "remove", "E", "nothing"], 1, "The project has no industries yet", False),
    (["direction", "remove", "Q", "I1", "x"], 1, "“Quantum” has no priority directions yet", False),
    (["direction", "add", "W", "nothing", "--zh", "x"], 1, "No industry has", False),
    (["direction", "rename", "W", "ngit", "nothing", "--zh", "x"], 1, "has no direction", False),
    (["criterion", "add", "W", "nothing", "--zh", "x"], 1, "has no criterion", False),
    (["criterion", "add", "W", "P1", "--zh", "x", "--type", "both"], 2, "invalid choice", False),
    (["criterion", "remove", "W", "goal"], 1, "The goal cannot be deleted", False),
    (["criterion", "unit", "W", "goal", "x"], 1, "has no criterion", False),
    (["set", "W", "colour", "red"], 2, "There is no setting “colour”", False),
    (["set", "W", "aggregation", "AIX"], 2, "expected AIJ, AIP", False),
    (["set", "W", "score_min", "abc"], 2, "Lowest score (score_min) cannot be “abc”", False),
    (["set", "W", "score_min", "20"], 1, "problem(s) in the project", True),
    (["set", "W", "language"], 2, "Give a value for Project language", False),
]


@pytest.fixture
def files(tmp_path):
    paths = {"W": tmp_path / "W", "T": tmp_path / "T", "D": tmp_path / "D",
             "X": tmp_path / "missing.json", "J": tmp_path / "J", "R": tmp_path / "R.csv",
             "E": tmp_path / "E", "Q": tmp_path / "Q"}
    save(sample_project(), paths["W"])
    save(new_from_template("empty"), paths["E"])
    save(new_from_template("empty").replace(industries=(Industry("I1", Text("量子", "Quantum")),)),
         paths["Q"])
    save(new_from_template("principles-strategies"), paths["T"])
    paths["D"].mkdir()
    paths["J"].write_text("{not json", encoding="utf-8")
    paths["R"].write_text("name,weight\nA,-1\nB,x\n", encoding="utf-8")
    return paths


@pytest.mark.parametrize(("argv", "status", "fragment", "more"), CASES,
                         ids=[" ".join(c[0]) or "(nothing)" for c in CASES])
def test_every_error_is_one_line_and_a_status(files, capsys, monkeypatch, argv, status,
                                              fragment, more):
    monkeypatch.chdir(files["D"].parent)
    before = {k: p.read_bytes() for k, p in files.items() if p.is_file()}
    args = [str(files[a]) if a in files else a for a in argv]
    args = [a.replace("D/", f"{files['D']}/") for a in args] + ["--lang", "en"] if argv else args
    try:
        code = main(args)
    except SystemExit as exc:  # argparse's usage errors
        code = exc.code
    out, err = capsys.readouterr()
    err = err.replace(str(files["T"]), "T")
    assert code == status, err
    assert "Traceback" not in err
    lines = err.splitlines()
    assert lines, "no message"
    assert lines[0].startswith(("error: ", "fourchains-cli")), err
    assert "error: " in lines[0]
    assert fragment in err
    assert len(lines) == 1 or more, err
    assert all(line.startswith("  ") for line in lines[1:]), err
    assert out == "" or argv[0] == "validate", out
    for k, content in before.items():  # nothing the user had is changed
        assert files[k].read_bytes() == content, k


@pytest.mark.parametrize("template", ["empty", "principles-strategies"])
def test_projects_at_their_start_export_and_evaluate(files, capsys, template, tmp_path):
    """A project with nothing in it yet is no error: export used to end in status 70 on an
    empty tree (an inverted cell range in the weights sheet)."""
    path = tmp_path / f"{template}.json"
    save(new_from_template(template), path)
    for argv in (["export", path, "-o", tmp_path / "r.xlsx"], ["evaluate", path],
                 ["evaluate", path, "--sensitivity", "--monte-carlo", "10", "--csv", tmp_path],
                 ["validate", path]):
        assert main([str(a) for a in argv]) == 0, capsys.readouterr().err

"""The library's examples (docs/examples/*.py, where the README points) run as written."""

import runpy
import sys
from pathlib import Path

import pytest

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "docs" / "examples").glob("*.py"))


def test_there_are_examples():
    assert len(EXAMPLES) >= 4


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_an_example_runs(path, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    # each takes an optional output path or folder as its one argument; give it the temp folder
    arg = str(tmp_path / "out.json") if path.stem == "edit_a_workshop" else str(tmp_path)
    monkeypatch.setattr(sys, "argv", [str(path)] + ([] if path.stem in ("quickstart", "methods",
                                                                        "json_for_scripts")
                                                    else [arg]))
    runpy.run_path(str(path), run_name="__main__")
    out = capsys.readouterr().out
    assert out.strip(), "the example printed nothing"

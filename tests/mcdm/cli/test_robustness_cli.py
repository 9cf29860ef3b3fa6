"""The command line with every hostile input of the corpus (issue 8): ``fourchains-cli`` answers a
bad project file or questionnaire with a clear ``error:`` line and exit status 1 — never a
traceback, and never its own "internal error" (status 70, the catch-all for exceptions the engine
should have typed). ``main`` runs in-process, so the whole corpus takes a second or two.
"""

from __future__ import annotations

import shutil

import pytest

from mcdm.cli import main
from mcdm.resources import sample
from tests.support.robustness import CORPUS


def _run(capsys, argv) -> tuple[int, str]:
    code = main(argv)
    err = capsys.readouterr().err
    return code, err


def test_hostile_project_files_are_one_clear_error(tmp_path, capsys):
    cases = sorted((CORPUS / "json").glob("*.bin")) + sorted((CORPUS / "recovery").glob("*.bin"))
    assert cases
    for case in cases:
        path = tmp_path / f"{case.stem}.json"
        shutil.copy(case, path)
        code, err = _run(capsys, ["evaluate", str(path), "--lang", "en"])
        assert code in (0, 1), f"{case.name}: exit {code}: {err}"
        assert "Traceback" not in err
        if code == 1:
            assert err.startswith("error:"), f"{case.name}: {err}"


@pytest.mark.parametrize("dry_run", [True, False])
def test_hostile_questionnaires_never_change_the_project_file(tmp_path, capsys, dry_run):
    project = tmp_path / "workshop.json"
    shutil.copy(sample("sample_workshop.json"), project)
    before = project.read_bytes()
    cases = sorted((CORPUS / "xlsx").glob("*.bin"))
    assert cases
    for case in cases:
        path = tmp_path / f"{case.stem}.xlsx"
        shutil.copy(case, path)
        argv = ["import", str(project), str(path), "--lang", "en"] + (["--dry-run"] if dry_run else [])
        code, err = _run(capsys, argv)
        assert code in (0, 1), f"{case.name}: exit {code}: {err}"
        assert "Traceback" not in err
        # The corpus holds questionnaires of another (test) project or damaged ones: none may
        # be taken into this workshop without --accept-valid.
        assert project.read_bytes() == before, case.name

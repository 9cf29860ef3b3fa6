"""Autosave: the recovery file is written atomically, found, read back and discarded."""

import json

import pytest

from mcdm.errors import MCDMError
from mcdm.project import autosave
from tests.support.projects import small_project


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("FOURCHAINS_RECOVERY_DIR", str(tmp_path / "rec"))


def test_no_recovery_by_default():
    assert autosave.find_recovery() is None


def test_write_find_read_discard(tmp_path):
    p = small_project()
    written = autosave.write_recovery(p, tmp_path / "work.json")
    assert written.parent == tmp_path / "rec"
    found = autosave.find_recovery()
    assert found is not None
    assert found.original_path == str(tmp_path / "work.json")
    assert found.saved_at
    project, original = autosave.read_recovery(found)
    assert project == p
    assert original == str(tmp_path / "work.json")
    autosave.discard_recovery()
    assert autosave.find_recovery() is None
    autosave.discard_recovery()  # twice is fine


def test_unsaved_new_project_has_no_original_path():
    autosave.write_recovery(small_project(), None)
    assert autosave.read_recovery(autosave.find_recovery())[1] is None


def test_damaged_recovery_is_found_and_reported(tmp_path):
    folder = tmp_path / "rec"
    folder.mkdir()
    (folder / autosave.RECOVERY_NAME).write_text("{ not json", encoding="utf-8")
    found = autosave.find_recovery()
    assert found is not None
    with pytest.raises(MCDMError) as exc:
        autosave.read_recovery(found)
    assert exc.value.code == "recovery.unreadable"
    (folder / autosave.RECOVERY_NAME).write_text(json.dumps({"other": 1}), encoding="utf-8")
    with pytest.raises(MCDMError) as exc:
        autosave.read_recovery(autosave.find_recovery())
    assert exc.value.code == "recovery.format"


def test_a_newer_write_replaces_the_older():
    autosave.write_recovery(small_project(id="one"))
    autosave.write_recovery(small_project(id="two"))
    assert autosave.read_recovery(autosave.find_recovery())[0].id == "two"
    assert [f.name for f in autosave.recovery_dir().iterdir()] == [autosave.RECOVERY_NAME]

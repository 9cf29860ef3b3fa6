"""Project files: JSON round trip, readable text, load errors with JSON paths, migration, atomic save."""

import json

import pytest

from mcdm.errors import MCDMError, ValidationFailed
from mcdm.project.storage import backup_path, dumps, load, loads, save
from mcdm.project.templates import list_templates, new_from_template
from tests.test_project_model import small_project


@pytest.mark.parametrize("name", list_templates())
def test_round_trip_templates(name):
    p = new_from_template(name)
    text = dumps(p)
    assert loads(text) == p
    assert dumps(loads(text)) == text


def test_round_trip_small_project_and_readable_text():
    p = small_project()
    text = dumps(p)
    assert loads(text) == p
    assert "甲" in text  # Chinese unescaped
    assert "\n  " in text  # indented
    data = json.loads(text)
    assert data["schema_version"] == 1
    assert data["judgments"]["e1"]["A"] == {"a1": {"a2": 2}, "a2": {"a3": 0.5}}
    assert data["scores"]["e1"]["i1"]["d2"]["g"] == 11.6


def test_load_reports_every_problem_with_its_path():
    data = json.loads(dumps(small_project()))
    data["experts"][1]["weight"] = "heavy"
    data["goal"]["children"][0]["children"][2]["type"] = "sideways"
    data["judgments"]["e1"]["A"]["a1"]["a2"] = -2
    data["scores"]["e1"]["i1"]["d1"]["a1"] = 10
    data["industries"][0]["directions"][1] = 5
    with pytest.raises(ValidationFailed) as exc:
        loads(json.dumps(data), file="w.json")
    paths = {p.location.path for p in exc.value.problems}
    assert paths >= {
        "$.experts[1].weight", "$.goal.children[0].children[2].type",
        "$.judgments.e1.A.a1.a2", "$.scores.e1.i1.d1.a1", "$.industries[0].directions[1]",
    }
    assert all(p.location.file == "w.json" for p in exc.value.problems)


def test_bad_json_names_line_and_column():
    with pytest.raises(ValidationFailed) as exc:
        loads('{\n  "id": "x",\n  oops\n}')
    (problem,) = exc.value.problems
    assert problem.code == "file.json"
    assert problem.location.row == 3


def test_save_is_atomic_and_keeps_backup(tmp_path):
    path = tmp_path / "w.json"
    first = small_project()
    save(first, path)
    assert load(path) == first
    assert not backup_path(path).exists()
    second = small_project(id="second")
    save(second, path)
    assert load(path) == second
    assert load(backup_path(path)) == first
    assert [f.name for f in tmp_path.iterdir() if f.name.endswith(".tmp")] == []


def test_invalid_project_is_never_written(tmp_path):
    path = tmp_path / "w.json"
    save(small_project(), path)
    before = path.read_bytes()
    with pytest.raises(ValidationFailed):
        save(small_project(id=""), path)
    assert path.read_bytes() == before


def test_unreadable_file_is_a_clear_error(tmp_path):
    with pytest.raises(MCDMError) as exc:
        load(tmp_path / "missing.json")
    assert exc.value.code == "file.unreadable"
    bad = tmp_path / "bin.json"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(MCDMError) as exc:
        load(bad)
    assert exc.value.code == "file.encoding"

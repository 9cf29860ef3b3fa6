"""Project files: JSON round trip, readable text, load errors with JSON paths, migration, atomic save."""

import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mcdm.errors import MCDMError, ValidationFailed
from mcdm.project.model import SCHEMA_VERSION, Text
from mcdm.project.sample import sample_project
from mcdm.project.storage import backup_path, dumps, load, loads, save
from mcdm.project.templates import list_templates, new_from_template
from tests.support.projects import BASE, edit_strategy, small_project


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
    assert data["schema_version"] == SCHEMA_VERSION == 2
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


# -- migration and versions -------------------------------------------------------------------

from tests.support import FIXTURES, ROOT  # noqa: E402


def test_migrates_a_hand_written_version_0_file():
    p = load(FIXTURES / "project_v0.json")
    assert p.schema_version == SCHEMA_VERSION
    assert p.title == Text("旧版研讨会", "Old workshop")
    assert [c.label.en for c in p.leaves()] == ["Innovation chain", "Industrial chain",
                                               "Capital chain", "Talent chain"]
    assert p.settings.priority_method == "geometric_mean"
    assert p.settings.ri_table == "alonso-lamata"
    assert p.expert("x1").weight == 2.0
    assert p.expert("x2").weight == 1.0
    # "talent over innovation 4" in v0 is stored in children order: innovation/talent = 1/4
    assert p.judgments["x1"]["goal"][("innovation", "talent")] == 0.25
    assert p.judgment("x1", "goal", "talent", "innovation") == 4.0
    assert p.judgment("x1", "goal", "innovation", "industrial") == 3.0
    assert p.score("x2", "bio", "vaccine", "talent") == 5.0
    # once migrated it saves as the current version and reads back the same
    assert loads(dumps(p)) == p


def test_newer_file_is_refused_with_a_clear_message(tmp_path):
    data = json.loads(dumps(small_project()))
    data["schema_version"] = 99
    path = tmp_path / "future.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(MCDMError) as exc:
        load(path)
    assert exc.value.code == "file.newer_version"
    assert "newer version" in str(exc.value)
    assert exc.value.location.path == "$.schema_version"


def test_non_object_file_is_refused():
    with pytest.raises(MCDMError) as exc:
        loads("[1, 2, 3]")
    assert exc.value.code == "file.not_project"


# -- a crash in the middle of a save ----------------------------------------------------------

CHILD = r"""
import os, sys, time
sys.path.insert(0, {root!r})
from mcdm.project import storage
from mcdm.project.storage import loads, save
stage = sys.argv[1]
project = loads(open(sys.argv[2], encoding="utf-8").read())
real_replace, real_fsync = os.replace, os.fsync
def pause(*a):
    print("mid-save", flush=True)
    time.sleep(60)
if stage == "before-replace":
    def replace(src, dst):
        if str(dst) == sys.argv[3]:
            pause()
        return real_replace(src, dst)
    storage.os.replace = replace
elif stage == "during-write":
    def fsync(fd):
        pause()
    storage.os.fsync = fsync
elif stage == "loop":
    print("mid-save", flush=True)
    while True:
        save(project, sys.argv[3])
save(project, sys.argv[3])
"""


def _kill_during_save(tmp_path, stage: str, delay: float = 0.0) -> None:
    root = str(ROOT)
    path = tmp_path / "w.json"
    old = small_project(id="old")
    save(old, path)
    before = path.read_bytes()
    new_file = tmp_path / "new.json"
    new_file.write_text(dumps(sample_project()), encoding="utf-8")
    script = tmp_path / "child.py"
    script.write_text(CHILD.format(root=root), encoding="utf-8")
    child = subprocess.Popen([sys.executable, str(script), stage, str(new_file), str(path)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "mid-save"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    after = path.read_bytes()
    if stage != "loop":
        assert after == before  # the old file is intact
    else:  # killed at a random moment: the old file or a complete new one, never a mix
        assert after in (before, new_file.read_bytes())
    assert loads(after) in (old, sample_project())


@pytest.mark.parametrize("stage", ["during-write", "before-replace"])
def test_kill_mid_save_leaves_the_old_file_intact(tmp_path, stage):
    _kill_during_save(tmp_path, stage)


def test_kill_at_random_moments_in_a_save_loop(tmp_path):
    rounds = 20 if os.environ.get("FOURCHAINS_LONG") else 2
    rng = random.Random(4)
    for k in range(rounds):
        sub = tmp_path / f"r{k}"
        sub.mkdir()
        _kill_during_save(sub, "loop", rng.uniform(0.05, 0.4))


# -- round trip of arbitrary edited projects -----------------------------------------------------

@given(st.lists(edit_strategy, min_size=1, max_size=10))
def test_any_edited_project_round_trips_exactly(edit_list):
    project = BASE
    for edit in edit_list:
        try:
            project, _ = edit.apply(project)
        except MCDMError:
            pass
    text = dumps(project)
    back = loads(text)
    assert back == project
    assert dumps(back) == text


# -- hostile files: always a typed error that names the place ----------------------------------

GOOD = dumps(small_project())


@pytest.mark.parametrize(("text", "code", "path"), [
    ("[" * 100_000 + "]" * 100_000, "file.json", "$"),
    (GOOD.replace('"weight": 2', f'"weight": {10**400}', 1), "file.number", "$.experts[1].weight"),
    (GOOD.replace('"weight": 2', f'"weight": {"9" * 5000}', 1), "file.json", "$"),
    (GOOD.replace('"zh": "甲"', '"zh": "甲\\u0000"', 1), "file.text_invalid",
     "$.goal.children[0].label.zh"),
    (GOOD.replace('"zh": "甲"', '"zh": "\\ud800"', 1), "file.text_invalid",
     "$.goal.children[0].label.zh"),
    ('{"goal": "g"}', "file.type", "$.goal"),
    ('{"goal": {"id": "g", "children": 5}}', "file.type", "$.goal.children"),
    ('{"judgments": [5, "x", null]}', "file.type", "$.judgments[0]"),
    ('{"judgments": [{"expert": ["e"], "node": "g", "a": "x", "b": "y", "value": 2}]}',
     "file.type", "$.judgments[0].expert"),
    ('{"settings": [1, 2]}', "file.type", "$.settings"),
], ids=["deep-list", "huge-int", "5000-digits", "nul", "surrogate", "v0-goal-string",
        "v0-children", "v0-judgments", "v0-id-list", "v0-settings"])
def test_hostile_files_fail_with_a_located_problem(text, code, path):
    with pytest.raises(ValidationFailed) as exc:
        loads(text, file="x.json")
    found = {(p.code, p.location.path) for p in exc.value.problems}
    assert (code, path) in found
    assert all(p.location.file == "x.json" for p in exc.value.problems)


def test_too_deep_a_tree_is_refused():
    def deep(n):
        node = {"id": f"n{n}", "label": {"zh": "x", "en": "x"}}
        for k in range(n - 1, -1, -1):
            node = {"id": f"n{k}", "label": {"zh": "x", "en": "x"}, "children": [node]}
        return node
    data = json.loads(GOOD)
    data.update(goal=deep(400), judgments={}, scores={})
    with pytest.raises(ValidationFailed) as exc:
        loads(json.dumps(data))
    assert exc.value.problems[0].code == "file.tree_too_deep"
    data.update(goal=deep(20))
    assert len(loads(json.dumps(data)).path("n20")) == 21  # 20 levels below the goal are fine


def test_migration_does_not_change_its_input():
    from mcdm.project.migrations import migrate

    raw = json.loads((FIXTURES / "project_v0.json").read_text("utf-8"))
    before = json.dumps(raw, sort_keys=True)
    migrate(raw)
    assert json.dumps(raw, sort_keys=True) == before


def test_a_save_removes_temporaries_left_by_an_earlier_crash_but_not_fresh_ones(tmp_path):
    import os
    import time

    from mcdm.project.storage import STALE_TEMP_SECONDS, save
    from mcdm.project.templates import new_from_template

    path = tmp_path / "w.json"
    project = new_from_template("principles-strategies")
    save(project, path)
    stale = tmp_path / ".w.json.crashed1.tmp"
    fresh = tmp_path / ".w.json.inflight.tmp"  # another process may be mid-save right now
    other = tmp_path / ".other.json.crashed.tmp"
    for f in (stale, fresh, other):
        f.write_bytes(b"{half a proj")
    old = time.time() - STALE_TEMP_SECONDS - 60
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    save(project, path)
    assert not stale.exists()
    assert fresh.exists()
    assert other.exists()  # another project's leftovers are not ours to remove

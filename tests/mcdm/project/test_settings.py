"""The settings table: one row per setting, read by the model, the schema and SetSetting."""

import dataclasses
import json

import pytest

from mcdm.ahp.priorities import METHODS, RI_NAMES
from mcdm.errors import MCDMError
from mcdm.project import edits as E
from mcdm.project.model import Settings
from mcdm.project.sample import sample_project
from mcdm.project.schema import validate
from mcdm.project.settings import SETTINGS, Normalization, RITable, check, coerce, spec
from mcdm.project.storage import dumps, loads
from mcdm.topsis import NORMALIZATIONS


def test_every_field_of_settings_has_one_row_in_order_with_its_default():
    assert [f.name for f in dataclasses.fields(Settings)] == [row.name for row in SETTINGS]
    defaults = Settings()
    for row in SETTINGS:
        assert getattr(defaults, row.name) == row.default


def test_choices_are_the_engines_own():
    assert spec("normalization").choices == NORMALIZATIONS
    assert spec("priority_method").choices == METHODS
    assert spec("ri_table").choices == RI_NAMES


def test_every_choice_has_words_in_both_languages():
    for row in SETTINGS:
        for value in row.choices or ():
            zh, en = row.choice_words[value]
            assert zh
            assert en
            assert row.word(value, "zh") == zh
            assert row.word(value, "en") == en
        assert all(row.label)
        assert all(row.expected)


def test_a_valid_choice_is_held_as_its_enum_member_and_saved_as_its_string():
    s = Settings(normalization="minmax", ri_table="aguaron")
    assert s.normalization is Normalization.MINMAX
    assert s.ri_table is RITable.AGUARON
    assert s.normalization == "minmax"
    assert Settings(normalization="minmax") == Settings(normalization=Normalization.MINMAX)
    project, _ = E.SetSetting("normalization", "minmax").apply(sample_project())
    data = json.loads(dumps(project))
    assert data["settings"]["normalization"] == "minmax"
    assert loads(dumps(project)) == project
    assert coerce("normalization", "nonsense") == "nonsense"  # left for the schema to report


@pytest.mark.parametrize("row", SETTINGS, ids=lambda r: r.name)
def test_schema_reports_an_invalid_value_of_every_setting_at_its_json_path(row):
    bad = "nonsense" if row.choices else float("nan")
    project = sample_project().replace(settings=sample_project().settings.replace(
        **{row.name: bad}))
    problems = validate(project)
    assert [p.location.path for p in problems] == [f"$.settings.{row.name}"]
    assert problems[0].code == "project.setting_invalid"
    assert problems[0].params["setting"] == row.name
    assert problems[0].expected == row.expected[1]


@pytest.mark.parametrize("row", SETTINGS, ids=lambda r: r.name)
def test_set_setting_takes_every_choice_and_undoes(row):
    project = sample_project()
    for value in row.choices or (row.default,):
        if row.name in ("score_min", "score_max"):
            continue  # the range is checked as a pair below
        changed, inverse = E.SetSetting(row.name, value).apply(project)
        assert getattr(changed.settings, row.name) == value
        assert inverse.apply(changed)[0] == project


@pytest.mark.parametrize(("name", "value"), [
    ("normalization", "l2"), ("cr_threshold", 0.0), ("cr_threshold", "0.1"),
    ("consensus_scale_max", 1.0), ("aggregation", "aij"), ("score_max", True),
])
def test_set_setting_refuses_what_the_table_refuses(name, value):
    project = sample_project()
    assert check(name, value) is not None
    with pytest.raises(MCDMError) as caught:
        E.SetSetting(name, value).apply(project)
    assert caught.value.code == "edit.setting_invalid"
    assert caught.value.params == {"setting": name, "value": value}
    assert caught.value.expected == spec(name).expected[1]


def test_unknown_setting_and_an_empty_score_range():
    project = sample_project()
    with pytest.raises(MCDMError) as caught:
        E.SetSetting("colour", "red").apply(project)
    assert caught.value.code == "edit.unknown_setting"
    with pytest.raises(MCDMError) as caught:
        E.SetSetting("score_min", 9.0).apply(project)
    assert caught.value.code == "edit.invalid"
    range_problems = [p for p in caught.value.problems if p.code == "project.setting_invalid"]
    assert [p.location.path for p in range_problems] == ["$.settings.score_max"]
    assert project.settings.score_min == 1.0  # nothing changed

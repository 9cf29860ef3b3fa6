"""The optional ``short`` label of criteria, industries, directions and industry criteria."""

import json

import pytest

from mcdm.errors import ValidationFailed
from mcdm.project.model import Text
from mcdm.project.sample import sample_project
from mcdm.project.storage import dumps, loads
from mcdm.project.templates import TEMPLATES, new_from_template


def _labelled(project):
    yield from (n for n in project.goal.walk())
    for ind in project.industries:
        yield ind
        yield from ind.directions
        yield from ind.criteria


@pytest.mark.parametrize("name", TEMPLATES)
def test_templates_give_every_item_a_short_label_in_both_languages(name):
    project = new_from_template(name)
    for item in _labelled(project):
        assert item.short.zh, item.id
        assert item.short.en, item.id
        # A short label is shorter than the full one it stands for (or the same).
        assert len(item.short.en) <= len(item.label.en), item.id


def test_sample_carries_short_labels_of_its_own_criteria_too():
    for item in _labelled(sample_project()):
        assert item.short, item.id


def test_short_labels_round_trip_and_are_written_only_when_set():
    project = sample_project()
    data = json.loads(dumps(project))
    assert data["industries"][0]["directions"][0]["short"] == {"zh": "核心元器件",
                                                               "en": "Core components"}
    assert loads(dumps(project)) == project
    # An item without a short label is written without the member: older files keep their bytes.
    bare = project.replace(industries=(project.industries[0].replace(short=Text()),
                                       *project.industries[1:]))
    assert "short" not in json.loads(dumps(bare))["industries"][0]


def test_a_file_without_short_labels_reads_them_as_empty():
    data = json.loads(dumps(sample_project()))
    for ind in data["industries"]:
        ind.pop("short")
        for d in ind["directions"]:
            d.pop("short")
    project = loads(json.dumps(data).encode())
    assert all(not d.short for ind in project.industries for d in ind.directions)
    assert project.industries[0].directions[0].label == sample_project().industries[0].directions[0].label


def test_a_short_label_with_a_control_character_is_refused_with_its_path():
    data = json.loads(dumps(sample_project()))
    data["industries"][1]["directions"][2]["short"]["en"] = "bad\x07"
    with pytest.raises(ValidationFailed) as info:
        loads(json.dumps(data).encode())
    paths = [p.location.path for p in info.value.problems]
    assert "$.industries[1].directions[2].short.en" in paths


def test_renaming_a_direction_keeps_its_short_label_and_undoes_exactly():
    from mcdm.project.edits import RenameDirection

    project = sample_project()
    ind = project.industries[0]
    d = ind.directions[0]
    renamed, inverse = RenameDirection(ind.id, d.id, Text("新名称", "New name")).apply(project)
    assert renamed.industries[0].directions[0].short == d.short
    assert inverse.apply(renamed)[0] == project

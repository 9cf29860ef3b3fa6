import pytest

from mcdm.resources import resource


def test_unknown_resource_raises_with_its_name():
    with pytest.raises(FileNotFoundError, match="no-such-file"):
        resource("no-such-file.json")


def test_resources_package_is_installed():
    assert resource("templates").is_dir()

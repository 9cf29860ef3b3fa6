"""Find the app's data files (templates, translations, icons, the sample workshop) by name.

Files are looked up through :mod:`importlib.resources`, so they work from a checkout, an editable
install or a wheel. An unknown name raises ``FileNotFoundError`` naming what was looked for.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

RESOURCES_PACKAGE = "fourchains_resources"
SAMPLES_PACKAGE = "fourchains_samples"


def _lookup(package: str, *parts: str) -> Traversable:
    node = resources.files(package)
    for part in parts:
        node = node / part
    if not (node.is_file() or node.is_dir()):
        raise FileNotFoundError(f"no resource {'/'.join(parts)!r} in {package}")
    return node


def resource(*parts: str) -> Traversable:
    """A file or folder under ``resources/``, e.g. ``resource("templates", "principles.json")``."""
    return _lookup(RESOURCES_PACKAGE, *parts)


def sample(*parts: str) -> Traversable:
    """A file or folder under ``sample_workbooks/``."""
    return _lookup(SAMPLES_PACKAGE, *parts)

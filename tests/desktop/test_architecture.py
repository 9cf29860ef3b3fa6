"""The GUI only shows the result: rules on what desktop/ may import and reach into.

- No numeric engine module: every number comes from ``mcdm.project`` (the evaluation and the
  result's derived numbers), so a verdict or a weight is never decided twice.
- No private attribute of another object (``other._x``): modules talk through their public API.
- No ``importlib.util.find_spec`` (pages come from one table) and one page base class.
"""

from __future__ import annotations

import ast

from tests.support import ROOT

DESKTOP = ROOT / "desktop"
NUMERIC = ("mcdm.ahp", "mcdm.topsis", "mcdm.sensitivity", "mcdm.uncertainty", "mcdm.group",
           "mcdm.compare", "mcdm.hierarchy", "mcdm.scores", "mcdm.weights", "mcdm.portfolio",
           "mcdm.copras", "mcdm.correlations")


def _modules():
    for path in sorted(DESKTOP.rglob("*.py")):
        yield path.relative_to(ROOT), ast.parse(path.read_text(encoding="utf-8"))


def _imported(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
            yield from (f"{node.module}.{a.name}" for a in node.names)


def test_desktop_imports_no_numeric_engine_module():
    found = [(str(path), name) for path, tree in _modules() for name in _imported(tree)
             if name.startswith(NUMERIC) or name in ("mcdm.ahp", "mcdm.group")]
    assert found == []


def test_no_private_attribute_of_another_object_is_reached():
    found = []
    for path, tree in _modules():
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and node.attr.startswith("_")
                    and not node.attr.startswith("__")
                    and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))):
                found.append(f"{path}:{node.lineno} {ast.unparse(node)}")
    assert found == []


def test_pages_come_from_one_table_on_one_base():
    import importlib
    import inspect

    from desktop.views import PAGES
    from desktop.views.base import Page

    text = "\n".join(p.read_text(encoding="utf-8") for p in DESKTOP.rglob("*.py"))
    assert "find_spec(\"desktop" not in text  # pages are registered, not discovered
    keys = [e.key for e in PAGES]
    assert len(keys) == len(set(keys))
    views = [importlib.import_module(f"desktop.views.{p.stem}")
             for p in sorted((DESKTOP / "views").glob("*.py")) if p.stem != "__init__"]
    pages = [cls for module in views for name, cls in inspect.getmembers(module, inspect.isclass)
             if name.endswith("Page") and cls.__module__ == module.__name__]
    assert len(pages) == len(PAGES) + 1  # every registered page, and the base
    assert all(issubclass(cls, Page) for cls in pages)

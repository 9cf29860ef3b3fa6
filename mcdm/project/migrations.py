"""Upgrade project files written by older versions to the current file layout.

Version 0 (the prototype's format, before bilingual labels) had no ``schema_version`` member:
labels were ``name`` / ``name_en`` strings, cost criteria a ``"cost": true`` flag, judgments and
scores flat lists of records, and the settings used the short names ``method`` and ``ri``. Its
judgments could be given in either orientation; version 1 keeps each pair in children order.

Each step is a pure function ``data -> data`` registered in ``MIGRATIONS[from_version]``. A file
from a newer version is refused (never half-read).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from mcdm.errors import Location, MCDMError
from mcdm.project.model import SCHEMA_VERSION

__all__ = ["MIGRATIONS", "FileVersionError", "file_version", "migrate"]


class FileVersionError(MCDMError):
    """A project file whose schema version this program cannot read."""


def _text(d: dict) -> dict:
    return {"zh": d.get("name", ""), "en": d.get("name_en", "")}


def _criterion_v0(d: dict) -> dict:
    return {"id": d.get("id"), "label": _text(d),
            "description": {"zh": d.get("description", ""), "en": d.get("description_en", "")},
            "type": "cost" if d.get("cost") else "benefit", "unit": d.get("unit", ""),
            "children": [_criterion_v0(c) for c in d.get("children", [])]}


def _children_order(goal: dict) -> dict[str, list[str]]:
    order: dict[str, list[str]] = {}
    stack = [goal]
    while stack:
        node = stack.pop()
        kids = node.get("children", [])
        order[node.get("id")] = [k.get("id") for k in kids]
        stack.extend(kids)
    return order


def _v0_to_v1(d: dict) -> dict:
    goal = _criterion_v0(d.get("goal", {}))
    order = _children_order(goal)
    judgments: dict = {}
    for rec in d.get("judgments", []):
        e, n, a, b, v = (rec.get(k) for k in ("expert", "node", "a", "b", "value"))
        kids = order.get(n, [])
        if a in kids and b in kids and kids.index(a) > kids.index(b) and \
                isinstance(v, (int, float)) and v:
            a, b, v = b, a, 1.0 / v
        judgments.setdefault(e, {}).setdefault(n, {}).setdefault(a, {})[b] = v
    scores: dict = {}
    for rec in d.get("scores", []):
        e, i, di, c, v = (rec.get(k) for k in ("expert", "industry", "direction", "criterion",
                                                "value"))
        scores.setdefault(e, {}).setdefault(i, {}).setdefault(di, {})[c] = v
    old = d.get("settings", {})
    renamed = {"method": "priority_method", "ri": "ri_table"}
    settings = {renamed.get(k, k): v for k, v in old.items()}
    return {
        "schema_version": 1, "id": d.get("id", "project"), "title": _text(d),
        "description": {"zh": d.get("description", ""), "en": d.get("description_en", "")},
        "illustrative": bool(d.get("illustrative", False)), "template": d.get("template", ""),
        "settings": settings, "goal": goal,
        "experts": [{"id": e.get("id"), "name": e.get("name", ""), "role": e.get("role", ""),
                     "weight": e.get("weight", 1.0)} for e in d.get("experts", [])],
        "industries": [
            {"id": ind.get("id"), "label": _text(ind), "description": {"zh": "", "en": ""},
             "directions": [{"id": x.get("id"), "label": _text(x),
                             "description": {"zh": "", "en": ""}}
                            for x in ind.get("directions", [])],
             "criteria": []} for ind in d.get("industries", [])],
        "judgments": judgments, "scores": scores,
    }


MIGRATIONS: dict[int, Callable[[dict], dict]] = {0: _v0_to_v1}


def file_version(data: Any, *, file: str | None = None) -> int:
    """The schema version of file data (0 when the member is absent)."""
    if not isinstance(data, dict):
        raise FileVersionError("file.not_project", "the file does not hold a project object",
                               location=Location(file=file, path="$"),
                               expected="a JSON object with a schema_version")
    v = data.get("schema_version", 0)
    if not isinstance(v, int) or isinstance(v, bool) or v < 0:
        raise FileVersionError("file.schema_version", f"schema_version is {v!r}",
                               location=Location(file=file, path="$.schema_version"),
                               expected=f"an integer from 0 to {SCHEMA_VERSION}")
    return v


def migrate(data: Any, *, file: str | None = None) -> dict:
    """Return ``data`` upgraded to the current schema version (a copy; the input is untouched)."""
    v = file_version(data, file=file)
    if v > SCHEMA_VERSION:
        raise FileVersionError(
            "file.newer_version",
            f"this project file was saved by a newer version of FourChains Decision Studio "
            f"(file schema {v}; this version reads up to {SCHEMA_VERSION}); update the app to "
            f"open it", location=Location(file=file, path="$.schema_version"),
            expected=f"schema_version ≤ {SCHEMA_VERSION}",
            params={"version": v, "supported": SCHEMA_VERSION})
    data = copy.deepcopy(data)
    while v < SCHEMA_VERSION:
        data = MIGRATIONS[v](data)
        v = data["schema_version"]
    return data

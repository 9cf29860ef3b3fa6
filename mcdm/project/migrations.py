"""Upgrade project files written by older versions to the current file layout.

Version 0 (the prototype's format, before bilingual labels) had no ``schema_version`` member:
labels were ``name`` / ``name_en`` strings, cost criteria a ``"cost": true`` flag, judgments and
scores flat lists of records, and the settings used the short names ``method`` and ``ri``. Its
judgments could be given in either orientation; version 1 keeps each pair in children order.

Version 1 had no Delphi-style rounds: version 2 adds ``rounds`` (the closed rounds, none for a
version-1 file: its judgments are those of round 1, still in progress) and ``reasons`` (the
experts' reasons for their answers in the round in progress, none yet).

Each step is a pure function ``(data, file) -> data`` in ``MIGRATIONS[from_version]``; it checks
the old layout first (every problem with its JSON path) and never changes its input. A file
from a newer version is refused (never half-read).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mcdm.errors import Location, MCDMError, Problem, ValidationFailed
from mcdm.project.model import SCHEMA_VERSION

__all__ = ["MIGRATIONS", "FileVersionError", "file_version", "migrate"]


class FileVersionError(MCDMError):
    """A project file whose schema version this program cannot read."""


def _v0_problems(d: dict, file: str | None) -> list[Problem]:
    """Structural problems of a version-0 file (the conversion below may then trust the types)."""
    out: list[Problem] = []

    wants = {"a text": "text", "an object": "object", "a list": "list"}

    def bad(path: str, what: str) -> None:
        out.append(Problem("file.type", f"wrong type for a version-0 project file ({what})",
                           Location(file=file, path=path), what, {"want": wants[what]}))

    def texts(o: dict, path: str, keys: tuple[str, ...]) -> None:
        for k in keys:
            if k in o and not isinstance(o[k], str):
                bad(f"{path}.{k}", "a text")

    def node(o: Any, path: str, depth: int) -> None:
        if not isinstance(o, dict):
            return bad(path, "an object")
        texts(o, path, ("id", "name", "name_en", "description", "description_en", "unit"))
        kids = o.get("children", [])
        if not isinstance(kids, list):
            return bad(f"{path}.children", "a list")
        if depth > 32 and kids:
            out.append(Problem("file.tree_too_deep", "the criteria tree is deeper than 32 levels",
                               Location(file=file, path=f"{path}.children"),
                               "at most 32 levels", {"limit": 32}))
            return None
        for i, c in enumerate(kids):
            node(c, f"{path}.children[{i}]", depth + 1)

    node(d.get("goal", {}), "$.goal", 0)
    texts(d, "$", ("id", "name", "name_en", "description", "description_en", "template"))
    if not isinstance(d.get("settings", {}), dict):
        bad("$.settings", "an object")
    for name, fields in (("experts", ("id", "name", "role")),
                         ("industries", ("id", "name", "name_en")),
                         ("judgments", ("expert", "node", "a", "b")),
                         ("scores", ("expert", "industry", "direction", "criterion"))):
        items = d.get(name, [])
        if not isinstance(items, list):
            bad(f"$.{name}", "a list")
            continue
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                bad(f"$.{name}[{i}]", "an object")
                continue
            texts(item, f"$.{name}[{i}]", fields)
            if name == "industries":
                dirs = item.get("directions", [])
                if not isinstance(dirs, list):
                    bad(f"$.{name}[{i}].directions", "a list")
                    continue
                for k, x in enumerate(dirs):
                    if not isinstance(x, dict):
                        bad(f"$.{name}[{i}].directions[{k}]", "an object")
                    else:
                        texts(x, f"$.{name}[{i}].directions[{k}]", ("id", "name", "name_en"))
    return out


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
                isinstance(v, (int, float)) and not isinstance(v, bool) and v:
            try:
                a, b, v = b, a, 1.0 / v
            except OverflowError:
                pass  # a huge number: left as it is, validation reports it
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


def _v0_checked(d: dict, file: str | None = None) -> dict:
    problems = _v0_problems(d, file)
    if problems:
        raise ValidationFailed(problems, location=Location(file=file))
    return _v0_to_v1(d)


def _v1_to_v2(d: dict, file: str | None = None) -> dict:
    """Version 1 → 2: no closed rounds yet, no reasons (the input is not changed)."""
    out = dict(d)
    out["schema_version"] = 2
    out.setdefault("reasons", {})
    out.setdefault("rounds", [])
    return out


MIGRATIONS: dict[int, Callable[..., dict]] = {0: _v0_checked, 1: _v1_to_v2}


def file_version(data: Any, *, file: str | None = None) -> int:
    """The schema version of file data (0 when the member is absent)."""
    if not isinstance(data, dict):
        raise FileVersionError("file.not_project", "the file does not hold a project object",
                               location=Location(file=file, path="$"),
                               expected="a JSON object with a schema_version")
    v = data.get("schema_version", 0)
    if not isinstance(v, int) or isinstance(v, bool) or v < 0:
        shown = repr(v) if not isinstance(v, int) or abs(v) < 10**30 else "a huge integer"
        raise FileVersionError("file.schema_version", f"schema_version is {shown[:40]}",
                               location=Location(file=file, path="$.schema_version"),
                               expected=f"an integer from 0 to {SCHEMA_VERSION}",
                               params={"value": shown[:40], "supported": SCHEMA_VERSION})
    return v


def migrate(data: Any, *, file: str | None = None) -> dict:
    """Return ``data`` upgraded to the current schema version (the input is left untouched)."""
    v = file_version(data, file=file)
    if v > SCHEMA_VERSION:
        raise FileVersionError(
            "file.newer_version",
            f"this project file was saved by a newer version of FourChains Decision Studio "
            f"(file schema {v if v < 10**30 else 'huge'}; this version reads up to {SCHEMA_VERSION}); update the app to "
            f"open it", location=Location(file=file, path="$.schema_version"),
            expected=f"schema_version ≤ {SCHEMA_VERSION}",
            params={"version": v, "supported": SCHEMA_VERSION})
    # Each step builds new containers and never changes its input, so no copy is needed.
    while v < SCHEMA_VERSION:
        data = MIGRATIONS[v](data, file)
        v = data["schema_version"]
    return data

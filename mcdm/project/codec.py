"""Project ⇄ JSON-ready data (plain dicts, lists, strings and numbers) in the file layout.

Layout (``schema_version`` 2)::

    {"schema_version": 1, "id", "title": {"zh", "en"}, "description", "illustrative", "template",
     "settings": {...}, "goal": {"id", "label", "description", "type": "benefit"|"cost", "unit",
     "children": [...]}, "experts": [{"id", "name", "role", "weight"}],
     "industries": [{"id", "label", "description", "directions": [{"id", "label", "description"}],
                     "criteria": [{"id", "label", "type", "unit", "weight"}]}],
     "judgments": {expert: {node: {a: {b: a_ab}}}},
     "scores": {expert: {industry: {direction: {criterion: value}}}},
     "reasons": {expert: {node: {a: {b: text}}}},
     "rounds": [{"number": 1, "closed": "2025-03-01T10:00:00+08:00",
                 "judgments": {...}, "reasons": {...}}]}

``judgments`` and ``reasons`` are those of the round in progress; ``rounds`` the closed ones.

Directions' costs and the ``portfolio`` member are optional (:mod:`.codec_portfolio`).

Members are written in model order, so saving the same project twice gives the same bytes.
Reading collects every structural problem with its JSON path before giving up.
"""

from __future__ import annotations

import math
import re
from dataclasses import fields
from typing import Any

from mcdm.errors import Location, Problem, ValidationFailed
from mcdm.project.codec_portfolio import (
    direction_cost,
    portfolio_data,
    read_cost,
    read_portfolio,
)
from mcdm.project.model import (
    Criterion,
    CriterionType,
    Direction,
    Expert,
    Industry,
    IndustryCriterion,
    Project,
    Round,
    Settings,
    Text,
)
from mcdm.project.schema import jpath, validate

__all__ = ["from_data", "to_data"]

_TYPES = {"benefit": CriterionType.BENEFIT, "cost": CriterionType.COST}


def _num(v: float) -> int | float:
    # Whole numbers are written as integers: "3" reads better than "3.0" in a diff.
    f = float(v)
    return int(f) if f.is_integer() and abs(f) < 2**53 else f


def _text(t: Text) -> dict:
    return {"zh": t.zh, "en": t.en}


def _with_short(d: dict, short: Text) -> dict:
    # Written only when set, so files without short labels keep their bytes.
    if short:
        d["short"] = _text(short)
    return d


def _criterion(c: Criterion) -> dict:
    return _with_short({"id": c.id, "label": _text(c.label), "description": _text(c.description),
                        "type": c.type.name.lower(), "unit": c.unit,
                        "children": [_criterion(k) for k in c.children]}, c.short)


def _pairs_data(project: Project, mapping, value=_num) -> dict[str, Any]:
    """expert → node → {(a, b): v} as nested members, in model order (judgments, reasons)."""
    data: dict[str, Any] = {}
    for e in project.expert_ids():
        nodes = mapping.get(e)
        if not nodes:
            continue
        out_nodes: dict[str, Any] = {}
        for node in project.goal.walk():
            pairs = nodes.get(node.id)
            if not pairs:
                continue
            out: dict[str, dict] = {}
            for a in node.child_ids():
                for b in node.child_ids():
                    if (a, b) in pairs:
                        out.setdefault(a, {})[b] = value(pairs[(a, b)])
            out_nodes[node.id] = out
        data[e] = out_nodes
    return data


def to_data(project: Project) -> dict[str, Any]:
    """The project as JSON-ready data in the file layout."""
    judgments = _pairs_data(project, project.judgments)
    scores: dict[str, Any] = {}
    for e in project.expert_ids():
        for ind in project.industries:
            crit = [c.id for c in project.industry_criteria(ind.id)]
            for d in ind.direction_ids():
                for c in crit:
                    v = project.scores.get((e, ind.id, d, c))
                    if v is not None:
                        scores.setdefault(e, {}).setdefault(ind.id, {}).setdefault(d, {})[c] = \
                            _num(v)
    out = {
        "schema_version": project.schema_version,
        "id": project.id,
        "title": _text(project.title),
        "description": _text(project.description),
        "illustrative": project.illustrative,
        "template": project.template,
        "settings": {f.name: getattr(project.settings, f.name) for f in fields(Settings)},
        "goal": _criterion(project.goal),
        "experts": [{"id": e.id, "name": e.name, "role": e.role, "weight": _num(e.weight)}
                    for e in project.experts],
        "industries": [_with_short(
            {"id": ind.id, "label": _text(ind.label), "description": _text(ind.description),
             "directions": [_with_short({"id": d.id, "label": _text(d.label),
                                         "description": _text(d.description),
                                         **direction_cost(d)}, d.short)
                            for d in ind.directions],
             "criteria": [_with_short({"id": c.id, "label": _text(c.label),
                                       "type": c.type.name.lower(), "unit": c.unit,
                                       "weight": _num(c.weight)}, c.short)
                          for c in ind.criteria]}, ind.short)
            for ind in project.industries],
        "judgments": judgments,
        "scores": scores,
        "reasons": _pairs_data(project, project.reasons, str),
        "rounds": [{"number": r.number, "closed": r.closed,
                    "judgments": _pairs_data(project, r.judgments),
                    "reasons": _pairs_data(project, r.reasons, str)} for r in project.rounds],
    }
    portfolio = portfolio_data(project)
    if portfolio is not None:
        out["portfolio"] = portfolio
    return out


# C0 controls except tab, newline and carriage return; DEL; unpaired UTF-16 surrogates.
_BAD_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
# Deeper trees are not workshop criteria; refusing them also keeps recursion bounded.
MAX_TREE_DEPTH = 32


def _short(v: Any) -> str:
    if isinstance(v, int) and not isinstance(v, bool) and abs(v) > 10**30:
        return "a huge integer"
    text = repr(v)
    return text if len(text) <= 40 else text[:37] + "..."


class _Reader:
    """Reads values by JSON path, collecting a problem instead of raising at the first one."""

    def __init__(self, file: str | None) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def fail(self, path: str, code: str, message: str, expected: str, **params: Any) -> None:
        self.problems.append(Problem(code, message, Location(file=self.file, path=path), expected,
                                     params))

    def obj(self, v: Any, path: str) -> dict | None:
        if isinstance(v, dict):
            return v
        self.fail(path, "file.type", f"{type(v).__name__} where an object is needed",
                  "a JSON object {...}", want="object")
        return None

    def arr(self, d: dict, key: str, path: str) -> list:
        v = d.get(key, [])
        if isinstance(v, list):
            return v
        self.fail(jpath(path, key), "file.type", f"{type(v).__name__} where a list is needed",
                  "a JSON list [...]", want="list")
        return []

    def string(self, d: dict, key: str, path: str, default: str | None = "") -> str:
        if key not in d:
            if default is None:
                self.fail(jpath(path, key), "file.member_missing", f"{key!r} is missing",
                          "a text", member=key)
                return ""
            return default
        v = d[key]
        if not isinstance(v, str):
            self.fail(jpath(path, key), "file.type", f"{_short(v)} is not a text",
                      "a text in quotes", want="text")
            return ""
        if _BAD_TEXT.search(v):
            # lone surrogates cannot be saved as UTF-8; control characters break Excel files
            self.fail(jpath(path, key), "file.text_invalid",
                      "the text holds a control character or an unpaired surrogate",
                      "printable text")
            return ""
        return v

    def number(self, v: Any, path: str, default: float | None = None) -> float:
        if v is None and default is not None:
            return default
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            try:
                f = float(v)
            except OverflowError:
                f = math.inf
            if math.isfinite(f):
                return f
        self.fail(path, "file.number", f"{_short(v)} is not a finite number", "a number",
                  value=_short(v))
        return math.nan

    def text(self, d: dict, key: str, path: str) -> Text:
        v = d.get(key, {})
        if isinstance(v, str):  # a single-language label is accepted as Chinese, checked as text
            return Text(self.string(d, key, path), "")
        o = self.obj(v, jpath(path, key))
        if o is None:
            return Text()
        return Text(self.string(o, "zh", jpath(path, key)), self.string(o, "en", jpath(path, key)))

    def ctype(self, d: dict, path: str) -> CriterionType:
        v = d.get("type", "benefit")
        if isinstance(v, str) and v in _TYPES:
            return _TYPES[v]
        self.fail(jpath(path, "type"), "file.criterion_type", f"criterion type {_short(v)}",
                  "\"benefit\" or \"cost\"", value=_short(v))
        return CriterionType.BENEFIT


def _read_criterion(r: _Reader, v: Any, path: str, depth: int = 0) -> Criterion:
    d = r.obj(v, path) or {}
    kids = r.arr(d, "children", path)
    if depth >= MAX_TREE_DEPTH and kids:
        r.fail(jpath(path, "children"), "file.tree_too_deep",
               f"the criteria tree is deeper than {MAX_TREE_DEPTH} levels",
               f"at most {MAX_TREE_DEPTH} levels below the goal", limit=MAX_TREE_DEPTH)
        kids = []
    children = tuple(_read_criterion(r, c, jpath(jpath(path, "children"), i), depth + 1)
                     for i, c in enumerate(kids))
    return Criterion(r.string(d, "id", path, None), r.text(d, "label", path),
                     r.text(d, "description", path), r.ctype(d, path),
                     r.string(d, "unit", path), children, r.text(d, "short", path))


def _read_settings(r: _Reader, v: Any) -> Settings:
    d = r.obj(v, "$.settings") or {}
    kw: dict[str, Any] = {}
    defaults = Settings()
    for f in fields(Settings):
        if f.name not in d:
            continue
        default = getattr(defaults, f.name)
        p = jpath("$.settings", f.name)
        if isinstance(default, str):
            kw[f.name] = r.string(d, f.name, "$.settings")
        else:
            kw[f.name] = r.number(d[f.name], p)
    for k in d:
        if k not in kw:
            r.fail(jpath("$.settings", k), "file.unknown_setting", f"unknown setting {k!r}",
                   ", ".join(f.name for f in fields(Settings)), name=str(k)[:40])
    return Settings(**kw)


def _nested(r: _Reader, v: Any, path: str, depth: int, prefix: tuple, out: dict,
            leaf=None) -> None:
    """Flatten {k1: {k2: ... value}} of the given depth into out[(k1, k2, ...)] = value."""
    if depth == 0:
        out[prefix] = r.number(v, path) if leaf is None else leaf(v, path)
        return
    d = r.obj(v, path)
    for k, sub in (d or {}).items():
        _nested(r, sub, jpath(path, k), depth - 1, prefix + (k,), out, leaf)


def _read_pairs(r: _Reader, v: Any, path: str, text: bool = False) -> dict:
    """expert → node → a → b → value (a number, or ``text``) as expert → node → {(a, b): v}."""
    flat: dict = {}

    def leaf(value: Any, p: str) -> str:
        if not isinstance(value, str):
            r.fail(p, "file.type", f"{_short(value)} is not a text", "a text in quotes")
            return ""
        if _BAD_TEXT.search(value):
            r.fail(p, "file.text_invalid", "the text holds a control character or an unpaired "
                   "surrogate", "printable text")
            return ""
        return value

    _nested(r, v, path, 4, (), flat, leaf if text else None)
    out: dict = {}
    for (e, n, a, b), value in flat.items():
        out.setdefault(e, {}).setdefault(n, {})[(a, b)] = value
    return out


def _read_rounds(r: _Reader, d: dict) -> tuple[Round, ...]:
    out = []
    for i, item in enumerate(r.arr(d, "rounds", "$")):
        p = jpath("$.rounds", i)
        o = r.obj(item, p) or {}
        number = o.get("number")
        if not isinstance(number, int) or isinstance(number, bool):
            r.fail(jpath(p, "number"), "file.type", f"{_short(number)} is not a round number",
                   "a whole number")
            number = -1
        out.append(Round(number, r.string(o, "closed", p, None),
                         _read_pairs(r, o.get("judgments", {}), jpath(p, "judgments")),
                         _read_pairs(r, o.get("reasons", {}), jpath(p, "reasons"), text=True)))
    return tuple(out)


def from_data(data: Any, *, file: str | None = None) -> Project:
    """Build and validate a project from file-layout data (current schema version).

    Raises ``ValidationFailed`` listing every problem, each with its JSON path.
    """
    r = _Reader(file)
    d = r.obj(data, "$") or {}
    experts = []
    for i, e in enumerate(r.arr(d, "experts", "$")):
        p = jpath("$.experts", i)
        o = r.obj(e, p) or {}
        experts.append(Expert(r.string(o, "id", p, None), r.string(o, "name", p),
                              r.string(o, "role", p), r.number(o.get("weight"),
                                                               jpath(p, "weight"), 1.0)))
    industries = []
    for i, ind in enumerate(r.arr(d, "industries", "$")):
        p = jpath("$.industries", i)
        o = r.obj(ind, p) or {}
        dirs = []
        for k, dv in enumerate(r.arr(o, "directions", p)):
            dp = jpath(jpath(p, "directions"), k)
            do = r.obj(dv, dp) or {}
            dirs.append(Direction(r.string(do, "id", dp, None), r.text(do, "label", dp),
                                  r.text(do, "description", dp), cost=read_cost(r, do, dp),
                                  short=r.text(do, "short", dp)))
        crits = []
        for k, cv in enumerate(r.arr(o, "criteria", p)):
            cp = jpath(jpath(p, "criteria"), k)
            co = r.obj(cv, cp) or {}
            crits.append(IndustryCriterion(r.string(co, "id", cp, None), r.text(co, "label", cp),
                                           r.ctype(co, cp), r.string(co, "unit", cp),
                                           r.number(co.get("weight"), jpath(cp, "weight")),
                                           r.text(co, "short", cp)))
        industries.append(Industry(r.string(o, "id", p, None), r.text(o, "label", p),
                                   tuple(dirs), tuple(crits), r.text(o, "description", p),
                                   r.text(o, "short", p)))
    judgments = _read_pairs(r, d.get("judgments", {}), "$.judgments")
    scores: dict = {}
    _nested(r, d.get("scores", {}), "$.scores", 4, (), scores)
    version = d.get("schema_version")
    illustrative = d.get("illustrative", False)
    if not isinstance(illustrative, bool):
        r.fail("$.illustrative", "file.type", _short(illustrative), "true or false",
               want="boolean")
        illustrative = False
    project = Project(
        schema_version=version if isinstance(version, int) else -1,
        id=r.string(d, "id", "$", "project"),
        title=r.text(d, "title", "$"), description=r.text(d, "description", "$"),
        illustrative=illustrative, template=r.string(d, "template", "$"),
        goal=_read_criterion(r, d.get("goal", {}), "$.goal"),
        experts=tuple(experts), judgments=judgments, industries=tuple(industries),
        scores=scores, settings=_read_settings(r, d.get("settings", {})),
        reasons=_read_pairs(r, d.get("reasons", {}), "$.reasons", text=True),
        rounds=_read_rounds(r, d),
        portfolio=read_portfolio(r, d.get("portfolio")),
    )
    problems = list(r.problems)
    # Semantic checks run too, so one load reports everything; a place already reported as
    # malformed is not reported again.
    seen = {p.location.path for p in problems}
    problems.extend(p for p in validate(project, file=file) if p.location.path not in seen)
    if problems:
        raise ValidationFailed(problems, location=Location(file=file), subject=project)
    return project

"""Validation of a whole project, every problem named by its JSON path in the project file.

The paths follow the file layout written by :mod:`mcdm.project.codec`, e.g.
``$.goal.children[1].children[0].id``, ``$.experts[2].weight``,
``$.judgments.E1.goal.principles.strategies`` (expert, node, a, b) and
``$.scores.E1.ict.chips.P1`` (expert, industry, direction, criterion).

Migrations from older file versions live in :mod:`mcdm.project.migrations`.
"""

from __future__ import annotations

import json
import math
import re

from mcdm.errors import Location, Problem, ValidationFailed
from mcdm.project.model import (
    SCHEMA_VERSION,
    Criterion,
    CriterionType,
    Project,
    Text,
)
from mcdm.project.schema_portfolio import check_portfolio
from mcdm.project.settings import SETTINGS, cross_check
from mcdm.project.settings import check as check_setting

__all__ = ["check", "jpath", "validate"]

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*$")


def jpath(base: str, key: str | int) -> str:
    """Extend a JSON path: ``[3]`` for an index, ``.key`` or ``["odd key"]`` for a member."""
    if isinstance(key, int) and not isinstance(key, bool):
        return f"{base}[{key}]"
    if not isinstance(key, str):  # e.g. a missing id (None) in an old file
        key = json.dumps(key) if key is None or isinstance(key, bool) else str(key)
    if _IDENT.match(key):
        return f"{base}.{key}"
    return f"{base}[{json.dumps(key, ensure_ascii=False)}]"


class _Collector:
    def __init__(self, file: str | None) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def add(self, path: str, code: str, message: str, expected: str | None = None,
            **params) -> None:
        self.problems.append(Problem(code, message, Location(file=self.file, path=path),
                                     expected, params))


def _finite(v) -> bool:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return False
    try:
        return math.isfinite(v)
    except OverflowError:  # an int beyond float range
        return False


def _check_id(c: _Collector, value, path: str, seen: set, what: str) -> None:
    if not isinstance(value, str) or not value.strip():
        c.add(path, "project.id_empty", f"the {what} has no id", "a non-empty text id", kind=what)
    elif value in seen:
        c.add(path, "project.id_duplicate", f"the {what} id {value!r} is used twice",
              "an id unique in the project", id=value, kind=what)
    else:
        seen.add(value)


def _check_label(c: _Collector, label: Text, path: str, what: str) -> None:
    if not isinstance(label, Text) or not (label.zh.strip() or label.en.strip()):
        c.add(path, "project.label_empty", f"the {what} has no label",
              "a Chinese or English label", kind=what)


# The reader refuses these (codec._BAD_TEXT): C0 controls but tab/newline/CR, DEL, unpaired
# surrogates. What the reader refuses must never be written, so validation refuses them too.
_BAD_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def _check_texts(c: _Collector, project: Project) -> None:
    """Every text of the project is printable (the file reader would refuse it otherwise)."""

    def text(value, path: str) -> None:
        if isinstance(value, str) and _BAD_TEXT.search(value):
            c.add(path, "project.text_invalid",
                  "the text holds a control character or an unpaired surrogate", "printable text")

    def bilingual(value, path: str) -> None:
        if isinstance(value, Text):
            text(value.zh, jpath(path, "zh"))
            text(value.en, jpath(path, "en"))

    text(project.id, "$.id")
    text(project.template, "$.template")
    bilingual(project.title, "$.title")
    bilingual(project.description, "$.description")
    stack = [(project.goal, "$.goal")]
    while stack:
        node, path = stack.pop()
        text(node.id, jpath(path, "id"))
        bilingual(node.label, jpath(path, "label"))
        bilingual(node.description, jpath(path, "description"))
        bilingual(node.short, jpath(path, "short"))
        text(node.unit, jpath(path, "unit"))
        stack.extend((k, jpath(jpath(path, "children"), i)) for i, k in enumerate(node.children))
    for i, e in enumerate(project.experts):
        for name in ("id", "name", "role"):
            text(getattr(e, name), jpath(jpath("$.experts", i), name))
    for i, ind in enumerate(project.industries):
        base = jpath("$.industries", i)
        text(ind.id, jpath(base, "id"))
        bilingual(ind.label, jpath(base, "label"))
        bilingual(ind.description, jpath(base, "description"))
        bilingual(ind.short, jpath(base, "short"))
        for k, d in enumerate(ind.directions):
            dp = jpath(jpath(base, "directions"), k)
            text(d.id, jpath(dp, "id"))
            bilingual(d.label, jpath(dp, "label"))
            bilingual(d.description, jpath(dp, "description"))
            bilingual(d.short, jpath(dp, "short"))
        for k, cr in enumerate(ind.criteria):
            cp = jpath(jpath(base, "criteria"), k)
            text(cr.id, jpath(cp, "id"))
            bilingual(cr.label, jpath(cp, "label"))
            bilingual(cr.short, jpath(cp, "short"))
            text(cr.unit, jpath(cp, "unit"))


def _check_tree(c: _Collector, node: Criterion, path: str, seen: set) -> None:
    _check_id(c, node.id, jpath(path, "id"), seen, "criterion")
    _check_label(c, node.label, jpath(path, "label"), "criterion")
    if not isinstance(node.type, CriterionType):
        c.add(jpath(path, "type"), "project.criterion_type", "unknown criterion type",
              "benefit or cost", node=node.id, value=str(node.type)[:40])
    for i, child in enumerate(node.children):
        _check_tree(c, child, jpath(jpath(path, "children"), i), seen)


def _check_settings(c: _Collector, project: Project) -> None:
    s = project.settings
    base = "$.settings"
    for row in SETTINGS:
        value = getattr(s, row.name)
        expected = check_setting(row.name, value)
        if expected is not None:
            c.add(jpath(base, row.name), "project.setting_invalid",
                  f"setting {row.name} is {value!r}", expected, setting=row.name, value=value)
    for name, message, expected in cross_check(s):
        c.add(jpath(base, name), "project.setting_invalid", message, expected[1], setting=name,
              value=getattr(s, name))


def _check_panel(c: _Collector, project: Project) -> None:
    seen: set = set()
    for i, e in enumerate(project.experts):
        base = jpath("$.experts", i)
        _check_id(c, e.id, jpath(base, "id"), seen, "expert")
        if not isinstance(e.name, str) or not e.name.strip():
            c.add(jpath(base, "name"), "project.expert_name", "the expert has no name",
                  "a non-empty name", number=i + 1)
        if not _finite(e.weight) or e.weight < 0:
            c.add(jpath(base, "weight"), "project.expert_weight",
                  f"expert weight is {e.weight!r}", "a finite number ≥ 0", expert=e.id,
                  number=i + 1, value=e.weight if _finite(e.weight) else repr(e.weight)[:40])
    if project.experts and all(_finite(e.weight) for e in project.experts) and \
            sum(e.weight for e in project.experts) <= 0:
        c.add("$.experts", "project.expert_weights_zero", "every expert weight is zero",
              "at least one positive expert weight")


def _check_industries(c: _Collector, project: Project, leaf_ids: set) -> None:
    seen: set = set()
    for i, ind in enumerate(project.industries):
        base = jpath("$.industries", i)
        _check_id(c, ind.id, jpath(base, "id"), seen, "industry")
        _check_label(c, ind.label, jpath(base, "label"), "industry")
        dseen: set = set()
        for k, d in enumerate(ind.directions):
            dp = jpath(jpath(base, "directions"), k)
            _check_id(c, d.id, jpath(dp, "id"), dseen, "direction")
            _check_label(c, d.label, jpath(dp, "label"), "direction")
        cseen: set = set(leaf_ids)
        total = 0.0
        for k, crit in enumerate(ind.criteria):
            cp = jpath(jpath(base, "criteria"), k)
            _check_id(c, crit.id, jpath(cp, "id"), cseen, "industry criterion")
            _check_label(c, crit.label, jpath(cp, "label"), "industry criterion")
            if not _finite(crit.weight) or not 0 <= crit.weight < 1:
                c.add(jpath(cp, "weight"), "project.industry_criterion_weight",
                      f"weight {crit.weight!r}", "a share of the total weight in [0, 1)",
                      industry=ind.id, criterion=crit.id,
                      value=crit.weight if _finite(crit.weight) else repr(crit.weight)[:40])
            else:
                total += crit.weight
        if total >= 1:
            c.add(jpath(base, "criteria"), "project.industry_criteria_weight_sum",
                  f"the industry's own criteria take {total:g} of the weight",
                  "a total share below 1, leaving weight for the tree criteria",
                  industry=ind.id, total=total)


# Literal codes per kind of pair table, so every code a user can meet is in the catalogue.
_PAIR_CODES = {
    "judgment": {"expert": "project.judgment_expert", "node": "project.judgment_node",
                 "pair": "project.judgment_pair", "order": "project.judgment_order",
                 "value": "project.judgment_value"},
    "reason": {"expert": "project.reason_expert", "node": "project.reason_node",
               "pair": "project.reason_pair", "order": "project.reason_order",
               "value": "project.reason_value"},
}


def _check_pairs(c: _Collector, project: Project, mapping, base: str, what: str,
                 value_ok, value_problem) -> None:
    """expert → node → {(a, b): v} (judgments, reasons; current or of a closed round)."""
    experts = set(project.expert_ids())
    for e, nodes in mapping.items():
        ep = jpath(base, str(e))
        if e not in experts:
            c.add(ep, _PAIR_CODES[what]["expert"], f"{what}s of unknown expert {e!r}",
                  "an expert listed in $.experts", expert=str(e))
            continue
        for n, pairs in nodes.items():
            npth = jpath(ep, str(n))
            if not project.has_node(n) or len(project.node(n).children) < 2:
                c.add(npth, _PAIR_CODES[what]["node"],
                      f"{what}s at {n!r}, which is not a criterion with two or more children",
                      "the id of a criterion with at least two sub-criteria", expert=e,
                      node=str(n))
                continue
            order = {cid: i for i, cid in enumerate(project.node(n).child_ids())}
            for (a, b), v in pairs.items():
                pp = jpath(jpath(npth, str(a)), str(b))
                if a not in order or b not in order:
                    c.add(pp, _PAIR_CODES[what]["pair"],
                          f"pair ({a!r}, {b!r}) is not two sub-criteria of {n!r}",
                          "ids of two children of the node", expert=e, node=n, a=str(a),
                          b=str(b))
                elif order[a] >= order[b]:
                    c.add(pp, _PAIR_CODES[what]["order"],
                          f"pair ({a!r}, {b!r}) is not in the node's children order",
                          f"{b!r} before {a!r}: store the reciprocal as ({b!r}, {a!r})",
                          expert=e, node=n, a=a, b=b)
                if not value_ok(v):
                    message, expected = value_problem(v)
                    c.add(pp, _PAIR_CODES[what]["value"], message, expected, expert=e, node=n, a=str(a),
                          b=str(b), value=v if _finite(v) else repr(v)[:40])


def _judgment_ok(v) -> bool:
    return _finite(v) and v > 0


def _judgment_problem(v) -> tuple[str, str]:
    return f"judgment value {v!r}", "a finite number > 0"


MAX_REASON = 2000  # characters: a short explanation, not an essay


def _reason_ok(v) -> bool:
    return isinstance(v, str) and bool(v.strip()) and len(v) <= MAX_REASON and \
        not _BAD_TEXT.search(v)


def _reason_problem(v) -> tuple[str, str]:
    return (f"reason {str(v)[:40]!r}",
            f"a non-empty printable text of at most {MAX_REASON} characters")


def _check_judgments(c: _Collector, project: Project) -> None:
    _check_pairs(c, project, project.judgments, "$.judgments", "judgment", _judgment_ok,
                 _judgment_problem)
    _check_pairs(c, project, project.reasons, "$.reasons", "reason", _reason_ok, _reason_problem)


def _check_rounds(c: _Collector, project: Project) -> None:
    """Closed rounds numbered 1, 2, … in order, each closed at a stated time."""
    for i, r in enumerate(project.rounds):
        base = jpath("$.rounds", i)
        if r.number != i + 1:
            c.add(jpath(base, "number"), "project.round_number", f"round number {r.number!r}",
                  f"{i + 1}: rounds are numbered 1, 2, … in order", number=r.number)
        if not isinstance(r.closed, str) or not r.closed.strip():
            c.add(jpath(base, "closed"), "project.round_closed", "the round has no closing time",
                  "when the round was closed, e.g. 2025-03-01T10:00:00+08:00")
        elif _BAD_TEXT.search(r.closed):
            c.add(jpath(base, "closed"), "project.text_invalid",
                  "the text holds a control character or an unpaired surrogate", "printable text")
        _check_pairs(c, project, r.judgments, jpath(base, "judgments"), "judgment",
                     _judgment_ok, _judgment_problem)
        _check_pairs(c, project, r.reasons, jpath(base, "reasons"), "reason", _reason_ok,
                     _reason_problem)




def _check_scores(c: _Collector, project: Project) -> None:
    experts = set(project.expert_ids())
    leaf_ids = {leaf.id for leaf in project.leaves()}
    inds = {ind.id: ind for ind in project.industries}
    dirs = {k: set(ind.direction_ids()) for k, ind in inds.items()}
    own = {k: {cr.id for cr in ind.criteria} for k, ind in inds.items()}
    s = project.settings
    range_ok = _finite(s.score_min) and _finite(s.score_max)  # else _check_settings reports it
    for (e, ind, d, cr), v in project.scores.items():
        # the common case (a valid score) builds no path string: thousands of scores per file
        if e in experts and ind in inds and d in dirs[ind] and (cr in leaf_ids or cr in own[ind]) \
                and _finite(v) and (cr not in leaf_ids or not range_ok or
                                    s.score_min <= v <= s.score_max):
            continue
        p = jpath(jpath(jpath(jpath("$.scores", str(e)), str(ind)), str(d)), str(cr))
        if e not in experts:
            c.add(p, "project.score_expert", f"score of unknown expert {e!r}",
                  "an expert listed in $.experts", expert=str(e))
        elif ind not in inds:
            c.add(p, "project.score_industry", f"score for unknown industry {ind!r}",
                  "an industry listed in $.industries", expert=e, industry=str(ind))
        elif d not in dirs[ind]:
            c.add(p, "project.score_direction", f"score for unknown direction {d!r} of {ind!r}",
                  "a direction of that industry", expert=e, industry=ind, direction=str(d))
        elif cr not in leaf_ids and cr not in own[ind]:
            c.add(p, "project.score_criterion", f"score on unknown criterion {cr!r}",
                  "a tree leaf or one of the industry's own criteria", expert=e, industry=ind,
                  direction=d, criterion=str(cr))
        elif not _finite(v):
            c.add(p, "project.score_value", f"score {v!r}", "a finite number", expert=e,
                  industry=ind, direction=d, criterion=cr, value=repr(v)[:40])
        else:
            c.add(p, "project.score_range", f"score {v!r} is outside the scale",
                  f"a score from {s.score_min:g} to {s.score_max:g}", value=v, expert=e,
                  industry=ind, direction=d, criterion=cr, low=s.score_min, high=s.score_max)


def validate(project: Project, *, file: str | None = None) -> tuple[Problem, ...]:
    """Every problem in ``project``, each located by JSON path (empty if it is valid)."""
    c = _Collector(file)
    if project.schema_version != SCHEMA_VERSION:
        c.add("$.schema_version", "project.schema_version",
              f"schema version {project.schema_version!r}", str(SCHEMA_VERSION),
              value=repr(project.schema_version)[:40], supported=SCHEMA_VERSION)
    if not isinstance(project.id, str) or not project.id.strip():
        c.add("$.id", "project.id_empty", "the project has no id", "a non-empty text id",
              kind="project")
    _check_tree(c, project.goal, "$.goal", set())
    leaf_ids = {leaf.id for leaf in project.leaves()}
    _check_panel(c, project)
    _check_industries(c, project, leaf_ids)
    _check_settings(c, project)
    _check_judgments(c, project)
    _check_rounds(c, project)
    _check_scores(c, project)
    _check_texts(c, project)
    check_portfolio(c, project, jpath)
    return tuple(c.problems)


def check(project: Project, *, file: str | None = None) -> Project:
    """Return ``project`` if valid; otherwise raise ``ValidationFailed`` listing every problem."""
    problems = validate(project, file=file)
    if problems:
        raise ValidationFailed(problems, location=Location(file=file), subject=project)
    return project

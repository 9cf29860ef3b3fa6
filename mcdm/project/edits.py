"""Edits: small immutable values with ``apply(project) -> (new_project, inverse_edit)``.

In the manner of Orange's paint-data widget, the GUI's undo is a thin layer: it keeps the inverse.
Value edits (a judgment, a score, a label, a weight, a setting) return the opposite value edit.
Structural edits (add, remove or move a criterion, expert, industry or direction) drop the
judgments and scores that no longer fit the new structure and return :class:`Restore`, which
puts back exactly the fields they changed — the removed subtree, judgments and scores included.

An invalid edit raises an :class:`~mcdm.errors.MCDMError` (``ProjectError`` or
``ValidationFailed``) and, values being immutable, changes nothing.

Validation is scoped to the edit (:mod:`mcdm.project.validated`): a value edit checks the one
value it sets, as the schema would, and its result is known valid when its input was (so
``evaluate`` does not check it again); a structural edit validates the new project once in
full. An edit that checks less must not call ``carry``: its result is then checked in full
by the next ``evaluate``. :class:`Composite` applies a
sequence as one step (an import, a pasted block): if any part fails, none applies.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any

from mcdm.project.codec import _BAD_TEXT
from mcdm.project.edit_base import (
    Composite,
    Edit,
    Restore,
    _err,
    _positive,
    _shown,
    _structural,
    fresh_id,
)
from mcdm.project.model import (
    Criterion,
    CriterionType,
    Expert,
    FrozenDict,
    Industry,
    IndustryCriterion,
    Project,
    Text,
)
from mcdm.project.settings import SETTINGS
from mcdm.project.settings import check as check_setting
from mcdm.project.validated import carry

__all__ = [
    "AddCriterion", "AddDirection", "AddExpert", "AddIndustry", "AddIndustryCriterion",
    "Composite", "Edit", "MoveCriterion", "MoveDirection", "MoveExpert", "RemoveCriterion",
    "RemoveDirection", "RemoveExpert", "RemoveIndustry", "RemoveIndustryCriterion",
    "RenameCriterion", "RenameDirection", "RenameExpert", "RenameIndustry", "Restore",
    "SetCriterionType", "SetCriterionUnit", "SetExpertWeight", "SetIndustryCriterion",
    "SetJudgment", "SetProjectInfo", "SetReason", "SetScore", "SetScores", "SetSetting",
    "StartRound", "fresh_id",
    "SetBudget", "SetCostUnit", "SetDirectionChoice", "SetDirectionCost", "SetIndustryPlan",
]


# -- judgments and scores -------------------------------------------------------------------

@dataclass(frozen=True)
class SetJudgment(Edit):
    """Set (or, with None, clear) how many times ``a`` matters more than ``b`` at ``node_id``."""

    expert_id: str
    node_id: str
    a: str
    b: str
    value: float | None

    def apply(self, project: Project) -> tuple[Project, Edit]:
        project.expert(self.expert_id)
        kids = project.node(self.node_id).child_ids()
        if len(kids) < 2 or self.a not in kids or self.b not in kids or self.a == self.b:
            raise _err("edit.judgment_pair", f"({self.a!r}, {self.b!r}) is not a pair of "
                       f"sub-criteria of {self.node_id!r}", "two different children of the node",
                       field=self.node_id, params={"node": self.node_id, "a": str(self.a),
                                                   "b": str(self.b)})
        value = _positive(self.value, "judgment", field=f"{self.a}/{self.b}")
        a, b = self.a, self.b
        if kids.index(a) > kids.index(b):
            a, b = b, a
            value = None if value is None else 1.0 / value
        nodes = project.judgments.get(self.expert_id, FrozenDict())
        pairs = nodes.get(self.node_id, FrozenDict())
        old = pairs.get((a, b))
        pairs = pairs.delete((a, b)) if value is None else pairs.set((a, b), value)
        nodes = nodes.set(self.node_id, pairs)
        new = project.replace(judgments=project.judgments.set(self.expert_id, nodes))
        return carry(project, new), SetJudgment(self.expert_id, self.node_id, a, b, old)


Key = tuple[str, str, str, str]


class _ScoreContext:
    """What checking a score needs, gathered once per edit (an import sets thousands)."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.experts = set(project.expert_ids())
        self.leaves = {x.id for x in project.leaves()}
        self.industries = {i.id: (set(i.direction_ids()), {c.id for c in i.criteria})
                           for i in project.industries}


def _check_score(ctx: _ScoreContext, key: Key, value: float | None) -> float | None:
    if len(key) != 4 or not all(isinstance(x, str) for x in key):
        raise _err("edit.score_key", f"score key {key!r}",
                   "(expert id, industry id, direction id, criterion id)",
                   params={"key": repr(key)[:80]})
    e, i, d, c = key
    if e not in ctx.experts:
        ctx.project.expert(e)  # raises the usual unknown-expert error
    if i not in ctx.industries:
        ctx.project.industry(i)
    dirs, own = ctx.industries[i]
    if d not in dirs:
        raise _err("edit.score_direction", f"no direction {d!r} in {i!r}",
                   "a direction of the industry", field=d,
                   params={"industry": i, "direction": d})
    if c not in ctx.leaves and c not in own:
        raise _err("edit.score_criterion", f"{c!r} is not a criterion of {i!r}",
                   "a tree leaf or one of the industry's own criteria", field=c,
                   params={"industry": i, "criterion": c})
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or \
            not math.isfinite(value):
        raise _err("edit.value", f"score {value!r}", "a finite number", field=c,
                   params={"kind": "score", "value": _shown(value), "expert": e, "industry": i,
                           "direction": d, "criterion": c})
    s = ctx.project.settings
    if c in ctx.leaves and not s.score_min <= value <= s.score_max:
        raise _err("edit.score_range", f"score {value!r} is outside the scale",
                   f"a score from {s.score_min:g} to {s.score_max:g}", field=c,
                   params={"value": value, "low": s.score_min, "high": s.score_max,
                           "expert": e, "industry": i, "direction": d, "criterion": c})
    return float(value)


@dataclass(frozen=True)
class SetScores(Edit):
    """Set (None clears) a block of scores, keyed (expert, industry, direction, criterion)."""

    cells: tuple[tuple[Key, float | None], ...]

    def apply(self, project: Project) -> tuple[Project, Edit]:
        ctx = _ScoreContext(project)
        checked = [(tuple(k), _check_score(ctx, tuple(k), v)) for k, v in self.cells]
        scores = dict(project.scores)
        old = []
        for k, v in checked:
            old.append((k, scores.get(k)))
            if v is None:
                scores.pop(k, None)
            else:
                scores[k] = v
        # Reversed so that a block naming one cell twice restores its first value last.
        new = carry(project, project.replace(scores=FrozenDict(scores)))
        return new, SetScores(tuple(reversed(old)))


@dataclass(frozen=True)
class SetScore(Edit):
    expert_id: str
    industry_id: str
    direction_id: str
    criterion_id: str
    value: float | None

    def apply(self, project: Project) -> tuple[Project, Edit]:
        key = (self.expert_id, self.industry_id, self.direction_id, self.criterion_id)
        value = _check_score(_ScoreContext(project), key, self.value)
        old = project.scores.get(key)
        scores = project.scores.delete(key) if value is None else project.scores.set(key, value)
        return carry(project, project.replace(scores=scores)), SetScore(*key, old)


# -- labels and attributes ----------------------------------------------------------------------

def _replace_node(node: Criterion, node_id: str, fn) -> Criterion:
    if node.id == node_id:
        return fn(node)
    if not node.children:
        return node
    kids = tuple(_replace_node(c, node_id, fn) for c in node.children)
    if all(k is c for k, c in zip(kids, node.children, strict=True)):
        return node
    return node.replace(children=kids)


def _node_edit(project: Project, node_id: str, **kw: Any) -> tuple[Project, dict]:
    old = project.node(node_id)
    before = {k: getattr(old, k) for k in kw}
    goal = _replace_node(project.goal, node_id, lambda n: n.replace(**kw))
    return project.replace(goal=goal), before


def _printable(*values: Any) -> None:
    """Refuse text (str or Text) that the file reader would refuse (control characters)."""
    for v in values:
        parts = (v.zh, v.en) if isinstance(v, Text) else (v,) if isinstance(v, str) else ()
        if any(_BAD_TEXT.search(x) for x in parts):
            raise _err("edit.text_invalid", "the text holds a control character",
                       "printable text", params={})


def _check_text(label: Text | None, what: str) -> None:
    if label is not None and (not isinstance(label, Text) or not (label.zh.strip() or
                                                                  label.en.strip())):
        raise _err("edit.label_empty", f"the {what} label is empty", "a Chinese or English label",
                   params={"kind": what})
    if label is not None and (_BAD_TEXT.search(label.zh) or _BAD_TEXT.search(label.en)):
        raise _err("edit.text_invalid", f"the {what} label holds a control character",
                   "printable text", params={"kind": what})


@dataclass(frozen=True)
class RenameCriterion(Edit):
    node_id: str
    label: Text | None = None
    description: Text | None = None

    def apply(self, project: Project) -> tuple[Project, Edit]:
        _check_text(self.label, "criterion")
        _printable(self.description)
        kw = {k: v for k, v in (("label", self.label), ("description", self.description))
              if v is not None}
        new, before = _node_edit(project, self.node_id, **kw)
        return carry(project, new), RenameCriterion(self.node_id, before.get("label"),
                                                    before.get("description"))


@dataclass(frozen=True)
class SetCriterionType(Edit):
    node_id: str
    type: CriterionType

    def apply(self, project: Project) -> tuple[Project, Edit]:
        try:
            t = CriterionType(self.type)
        except ValueError:
            raise _err("edit.criterion_type", f"criterion type {self.type!r}",
                       "benefit (1) or cost (-1)", field=self.node_id,
                       params={"node": self.node_id, "value": repr(self.type)[:40]}) from None
        new, before = _node_edit(project, self.node_id, type=t)
        return carry(project, new), SetCriterionType(self.node_id, before["type"])


@dataclass(frozen=True)
class SetCriterionUnit(Edit):
    node_id: str
    unit: str

    def apply(self, project: Project) -> tuple[Project, Edit]:
        _printable(str(self.unit))
        new, before = _node_edit(project, self.node_id, unit=str(self.unit))
        return carry(project, new), SetCriterionUnit(self.node_id, before["unit"])


def _replace_expert(project: Project, expert_id: str, **kw: Any) -> tuple[Project, Expert]:
    old = project.expert(expert_id)
    experts = tuple(dataclasses.replace(e, **kw) if e.id == expert_id else e
                    for e in project.experts)
    return project.replace(experts=experts), old


@dataclass(frozen=True)
class RenameExpert(Edit):
    expert_id: str
    name: str
    role: str | None = None

    def apply(self, project: Project) -> tuple[Project, Edit]:
        if not isinstance(self.name, str) or not self.name.strip():
            raise _err("edit.expert_name", "the expert's name is empty", "a name",
                       field=self.expert_id, params={"expert": self.expert_id})
        _printable(self.name, self.role)
        kw = {"name": self.name} | ({} if self.role is None else {"role": self.role})
        new, old = _replace_expert(project, self.expert_id, **kw)
        return carry(project, new), RenameExpert(self.expert_id, old.name, old.role)


@dataclass(frozen=True)
class SetExpertWeight(Edit):
    expert_id: str
    weight: float

    def apply(self, project: Project) -> tuple[Project, Edit]:
        w = self.weight
        if isinstance(w, bool) or not isinstance(w, (int, float)) or not math.isfinite(w) or w < 0:
            raise _err("edit.expert_weight", f"expert weight {w!r}", "a finite number ≥ 0",
                       field=self.expert_id,
                       params={"expert": self.expert_id, "value": _shown(w)})
        if w == 0 and all(e.weight == 0 for e in project.experts if e.id != self.expert_id):
            raise _err("edit.expert_weights_zero", "every expert weight would be zero",
                       "at least one positive expert weight", field=self.expert_id,
                       params={"expert": self.expert_id})
        new, old = _replace_expert(project, self.expert_id, weight=float(w))
        return carry(project, new), SetExpertWeight(self.expert_id, old.weight)


def _replace_industry(project: Project, industry_id: str, fn) -> tuple[Project, Industry]:
    old = project.industry(industry_id)
    inds = tuple(fn(i) if i.id == industry_id else i for i in project.industries)
    return project.replace(industries=inds), old


@dataclass(frozen=True)
class RenameIndustry(Edit):
    industry_id: str
    label: Text | None = None
    description: Text | None = None

    def apply(self, project: Project) -> tuple[Project, Edit]:
        _check_text(self.label, "industry")
        _printable(self.description)
        kw = {k: v for k, v in (("label", self.label), ("description", self.description))
              if v is not None}
        new, old = _replace_industry(project, self.industry_id, lambda i: i.replace(**kw))
        return carry(project, new), RenameIndustry(self.industry_id, old.label, old.description)


@dataclass(frozen=True)
class RenameDirection(Edit):
    industry_id: str
    direction_id: str
    label: Text | None = None
    description: Text | None = None

    def apply(self, project: Project) -> tuple[Project, Edit]:
        _check_text(self.label, "direction")
        _printable(self.description)
        ind = project.industry(self.industry_id)
        old = next((d for d in ind.directions if d.id == self.direction_id), None)
        if old is None:
            raise _err("edit.unknown_direction", f"no direction {self.direction_id!r}",
                       "a direction of the industry", field=self.direction_id,
                       params={"industry": ind.id, "direction": self.direction_id})
        # dataclasses.replace keeps what the edit does not touch (the short label, the cost).
        new_d = dataclasses.replace(
            old, label=self.label or old.label,
            description=old.description if self.description is None else self.description)
        dirs = tuple(new_d if d.id == old.id else d for d in ind.directions)
        new, _ = _replace_industry(project, ind.id, lambda i: i.replace(directions=dirs))
        return carry(project, new), RenameDirection(ind.id, old.id, old.label, old.description)


@dataclass(frozen=True)
class SetIndustryCriterion(Edit):
    """Replace an industry's own criterion (same id): label, type, unit or weight."""

    industry_id: str
    criterion: IndustryCriterion

    def apply(self, project: Project) -> tuple[Project, Edit]:
        _printable(self.criterion.label, self.criterion.unit)
        ind = project.industry(self.industry_id)
        old = next((c for c in ind.criteria if c.id == self.criterion.id), None)
        if old is None:
            raise _err("edit.unknown_criterion", f"no criterion {self.criterion.id!r}",
                       "one of the industry's own criteria", field=self.criterion.id,
                       params={"industry": ind.id, "criterion": self.criterion.id})
        crits = tuple(self.criterion if c.id == old.id else c for c in ind.criteria)
        new, _ = _structural(project, industries=tuple(
            i.replace(criteria=crits) if i.id == ind.id else i for i in project.industries))
        return new, SetIndustryCriterion(ind.id, old)


@dataclass(frozen=True)
class SetSetting(Edit):
    name: str
    value: Any

    def apply(self, project: Project) -> tuple[Project, Edit]:
        if self.name not in {row.name for row in SETTINGS}:
            raise _err("edit.unknown_setting", f"no setting {self.name!r}",
                       ", ".join(row.name for row in SETTINGS), params={"setting": self.name})
        expected = check_setting(self.name, self.value)
        if expected is not None:
            raise _err("edit.setting_invalid", f"{self.name} = {self.value!r}", expected,
                       field=self.name, params={"setting": self.name, "value": self.value})
        old = getattr(project.settings, self.name)
        new, _ = _structural(project, settings=project.settings.replace(**{self.name: self.value}))
        return new, SetSetting(self.name, old)


@dataclass(frozen=True)
class SetProjectInfo(Edit):
    """Title, description or the illustrative flag."""

    title: Text | None = None
    description: Text | None = None
    illustrative: bool | None = None

    def apply(self, project: Project) -> tuple[Project, Edit]:
        _printable(self.title, self.description)
        kw = {k: v for k, v in (("title", self.title), ("description", self.description),
                                ("illustrative", self.illustrative)) if v is not None}
        old = SetProjectInfo(project.title, project.description, project.illustrative)
        return carry(project, project.replace(**kw)), old


# Structural edits and the edits of rounds (closing a round, the experts' reasons) live in their
# own modules; re-exported here so callers import one place.
from mcdm.project.edits_portfolio import (  # noqa: E402
    SetBudget,
    SetCostUnit,
    SetDirectionChoice,
    SetDirectionCost,
    SetIndustryPlan,
)
from mcdm.project.edits_rounds import SetReason, StartRound  # noqa: E402
from mcdm.project.edits_structure import (  # noqa: E402
    AddCriterion,
    AddDirection,
    AddExpert,
    AddIndustry,
    AddIndustryCriterion,
    MoveCriterion,
    MoveDirection,
    MoveExpert,
    RemoveCriterion,
    RemoveDirection,
    RemoveExpert,
    RemoveIndustry,
    RemoveIndustryCriterion,
)

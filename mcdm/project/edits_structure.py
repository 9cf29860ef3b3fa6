"""Structural edits: add, remove and move criteria, experts, industries and directions.

Each returns :class:`~mcdm.project.edit_base.Restore` as its inverse, which puts back exactly the
fields the edit changed (for a removal: the subtree or item, its judgments and its scores).
"""

from __future__ import annotations

from dataclasses import dataclass

from mcdm.project.edit_base import Edit, _err, _structural
from mcdm.project.model import (
    Criterion,
    Direction,
    Expert,
    Industry,
    IndustryCriterion,
    Project,
)

__all__ = [
    "AddCriterion", "AddDirection", "AddExpert", "AddIndustry", "AddIndustryCriterion",
    "MoveCriterion", "MoveDirection", "MoveExpert", "RemoveCriterion", "RemoveDirection",
    "RemoveExpert", "RemoveIndustry", "RemoveIndustryCriterion",
]


def _insert(items: tuple, item, index: int | None) -> tuple:
    k = len(items) if index is None else max(0, min(int(index), len(items)))
    return items[:k] + (item,) + items[k:]


def _rebuild(node: Criterion, fn) -> Criterion:
    """Apply ``fn(node) -> node`` bottom-up, sharing untouched subtrees."""
    kids = tuple(_rebuild(c, fn) for c in node.children)
    if any(k is not c for k, c in zip(kids, node.children, strict=True)):
        node = node.replace(children=kids)
    return fn(node)


@dataclass(frozen=True)
class AddCriterion(Edit):
    """Add ``criterion`` (possibly a subtree) under ``parent_id`` at ``index`` (None: last)."""

    parent_id: str
    criterion: Criterion
    index: int | None = None

    def apply(self, project: Project) -> tuple[Project, Edit]:
        project.node(self.parent_id)
        taken = set(project._tree[0])
        for n in self.criterion.walk():
            if n.id in taken:
                raise _err("edit.id_duplicate", f"criterion id {n.id!r} is already used",
                           "an id unique in the tree", field=n.id, params={"id": n.id})
            taken.add(n.id)

        def add(node: Criterion) -> Criterion:
            if node.id != self.parent_id:
                return node
            return node.replace(children=_insert(node.children, self.criterion, self.index))
        return _structural(project, goal=_rebuild(project.goal, add))


@dataclass(frozen=True)
class RemoveCriterion(Edit):
    """Remove a criterion with its subtree, judgments about it and scores on it."""

    node_id: str

    def apply(self, project: Project) -> tuple[Project, Edit]:
        if project.node(self.node_id) is project.goal:
            raise _err("edit.remove_goal", "the goal cannot be removed", "a criterion below the goal",
                       field=self.node_id)

        def drop(node: Criterion) -> Criterion:
            if self.node_id not in node.child_ids():
                return node
            return node.replace(children=tuple(c for c in node.children if c.id != self.node_id))
        return _structural(project, goal=_rebuild(project.goal, drop))


@dataclass(frozen=True)
class MoveCriterion(Edit):
    """Move a criterion to position ``index`` under ``parent_id`` (its own parent: reorder)."""

    node_id: str
    parent_id: str
    index: int

    def apply(self, project: Project) -> tuple[Project, Edit]:
        moving = project.node(self.node_id)
        if moving is project.goal:
            raise _err("edit.move_goal", "the goal cannot be moved", "a criterion below the goal",
                       field=self.node_id)
        if any(n.id == self.parent_id for n in moving.walk()):
            raise _err("edit.move_cycle", f"{self.node_id!r} cannot move under itself",
                       "a parent outside the moved subtree", field=self.parent_id,
                       params={"node": self.node_id, "parent": self.parent_id})
        project.node(self.parent_id)

        def move(node: Criterion) -> Criterion:
            kids = tuple(c for c in node.children if c.id != self.node_id)
            if node.id == self.parent_id:
                kids = _insert(kids, moving, self.index)
            return node if kids == node.children else node.replace(children=kids)
        return _structural(project, goal=_rebuild(project.goal, move))


@dataclass(frozen=True)
class AddExpert(Edit):
    expert: Expert
    index: int | None = None

    def apply(self, project: Project) -> tuple[Project, Edit]:
        return _structural(project, experts=_insert(project.experts, self.expert, self.index))


@dataclass(frozen=True)
class RemoveExpert(Edit):
    """Remove an expert with all their judgments and scores."""

    expert_id: str

    def apply(self, project: Project) -> tuple[Project, Edit]:
        project.expert(self.expert_id)
        return _structural(project, experts=tuple(e for e in project.experts
                                                  if e.id != self.expert_id))


@dataclass(frozen=True)
class MoveExpert(Edit):
    expert_id: str
    index: int

    def apply(self, project: Project) -> tuple[Project, Edit]:
        e = project.expert(self.expert_id)
        rest = tuple(x for x in project.experts if x.id != e.id)
        return _structural(project, experts=_insert(rest, e, self.index))


@dataclass(frozen=True)
class AddIndustry(Edit):
    industry: Industry
    index: int | None = None

    def apply(self, project: Project) -> tuple[Project, Edit]:
        return _structural(project,
                           industries=_insert(project.industries, self.industry, self.index))


@dataclass(frozen=True)
class RemoveIndustry(Edit):
    industry_id: str

    def apply(self, project: Project) -> tuple[Project, Edit]:
        project.industry(self.industry_id)
        return _structural(project, industries=tuple(i for i in project.industries
                                                     if i.id != self.industry_id))


def _with_industry(project: Project, industry_id: str, fn) -> tuple[Project, Edit]:
    ind = project.industry(industry_id)
    return _structural(project, industries=tuple(
        fn(i) if i.id == ind.id else i for i in project.industries))


@dataclass(frozen=True)
class AddDirection(Edit):
    industry_id: str
    direction: Direction
    index: int | None = None

    def apply(self, project: Project) -> tuple[Project, Edit]:
        return _with_industry(project, self.industry_id, lambda i: i.replace(
            directions=_insert(i.directions, self.direction, self.index)))


def _direction(project: Project, industry_id: str, direction_id: str) -> Direction:
    for d in project.industry(industry_id).directions:
        if d.id == direction_id:
            return d
    raise _err("edit.unknown_direction", f"no direction {direction_id!r} in {industry_id!r}",
               "a direction of the industry", field=direction_id,
               params={"industry": industry_id, "direction": direction_id})


@dataclass(frozen=True)
class RemoveDirection(Edit):
    industry_id: str
    direction_id: str

    def apply(self, project: Project) -> tuple[Project, Edit]:
        _direction(project, self.industry_id, self.direction_id)
        return _with_industry(project, self.industry_id, lambda i: i.replace(
            directions=tuple(d for d in i.directions if d.id != self.direction_id)))


@dataclass(frozen=True)
class MoveDirection(Edit):
    industry_id: str
    direction_id: str
    index: int

    def apply(self, project: Project) -> tuple[Project, Edit]:
        d = _direction(project, self.industry_id, self.direction_id)
        return _with_industry(project, self.industry_id, lambda i: i.replace(directions=_insert(
            tuple(x for x in i.directions if x.id != d.id), d, self.index)))


@dataclass(frozen=True)
class AddIndustryCriterion(Edit):
    """Add an industry's own measured criterion (e.g. a growth rate)."""

    industry_id: str
    criterion: IndustryCriterion
    index: int | None = None

    def apply(self, project: Project) -> tuple[Project, Edit]:
        return _with_industry(project, self.industry_id, lambda i: i.replace(
            criteria=_insert(i.criteria, self.criterion, self.index)))


@dataclass(frozen=True)
class RemoveIndustryCriterion(Edit):
    industry_id: str
    criterion_id: str

    def apply(self, project: Project) -> tuple[Project, Edit]:
        ind = project.industry(self.industry_id)
        if self.criterion_id not in {c.id for c in ind.criteria}:
            raise _err("edit.unknown_criterion", f"no criterion {self.criterion_id!r}",
                       "one of the industry's own criteria", field=self.criterion_id,
                       params={"industry": ind.id, "criterion": self.criterion_id})
        return _with_industry(project, self.industry_id, lambda i: i.replace(
            criteria=tuple(c for c in i.criteria if c.id != self.criterion_id)))

"""The base of every edit, the generic edits (Restore, Composite) and shared checks.

See :mod:`mcdm.project.edits` for the public list of edits.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Any

from mcdm.errors import Location, ValidationFailed
from mcdm.project.model import FrozenDict, Project, ProjectError
from mcdm.project.prune import prune
from mcdm.project.schema import validate
from mcdm.project.validated import known_valid, mark_valid

__all__ = ["Composite", "Edit", "Restore", "fresh_id"]


class Edit:
    """Base of every edit (for ``isinstance`` checks and documentation)."""

    def apply(self, project: Project) -> tuple[Project, Edit]:  # pragma: no cover - abstract
        raise NotImplementedError


def _err(code: str, message: str, expected: str, *, params: dict | None = None,
         **loc: Any) -> ProjectError:
    """A typed edit error: ``loc`` names where (Location fields), ``params`` fill its sentence."""
    return ProjectError(code, message, location=Location(**loc), expected=expected,
                        params=params)


def fresh_id(existing: Iterable[str], prefix: str, *, numbered: bool = False) -> str:
    """``prefix`` or ``prefix2``, ``prefix3``, … whichever is not in ``existing``.

    ``numbered=True`` always appends a number, starting at 1 (``E1``, ``E2``, … as the panel and
    the tree number new experts and criteria).

    >>> fresh_id(["E1", "E2"], "E", numbered=True)
    'E3'
    """
    taken = set(existing)
    if not numbered and prefix not in taken:
        return prefix
    k = 1 if numbered else 2
    while f"{prefix}{k}" in taken:
        k += 1
    return f"{prefix}{k}"


# -- generic ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Restore(Edit):
    """Put back whole fields of a project (the inverse of a structural edit).

    ``valid_from``: the project this undoes an edit of, when the project before that edit was
    known valid; applied to that very value, Restore gives back those fields (the same
    objects), so the result is known valid too. Applied to anything else it is unchecked and
    the next ``evaluate`` checks it.
    """

    fields: FrozenDict
    valid_from: Project | None = field(default=None, compare=False, repr=False)

    def apply(self, project: Project) -> tuple[Project, Edit]:
        before = FrozenDict({k: getattr(project, k) for k in self.fields})
        new = project.replace(**self.fields)
        if self.valid_from is not None and self.valid_from is project:
            mark_valid(new)
        return new, Restore(before, valid_from=new if known_valid(project) else None)


@dataclass(frozen=True)
class Composite(Edit):
    """Several edits as one undo step; all apply or none does."""

    edits: tuple[Edit, ...]
    label: str = ""

    def apply(self, project: Project) -> tuple[Project, Edit]:
        inverses = []
        for edit in self.edits:
            project, inverse = edit.apply(project)
            inverses.append(inverse)
        return project, Composite(tuple(reversed(inverses)), self.label)


def _structural(old: Project, **changes: Any) -> tuple[Project, Edit]:
    """Apply a structural change, drop what no longer fits, refuse anything that breaks.

    The new project is validated once in full; the old one only when it is not known valid
    (then only the problems the change adds are refused, and the result is known valid only
    when it has none at all).
    """
    new = prune(old.replace(**changes))
    problems = validate(new)
    before = set() if known_valid(old) else {(p.code, p.location.path) for p in validate(old)}
    added = [p for p in problems if (p.code, p.location.path) not in before]
    if added:
        raise ValidationFailed(added, code="edit.invalid", subject=new)
    if not problems:
        mark_valid(new)
    changed = {f.name: getattr(old, f.name) for f in fields(Project)
               if getattr(old, f.name) is not getattr(new, f.name)}
    return new, Restore(FrozenDict(changed), valid_from=new if known_valid(old) else None)


def _shown(value: Any) -> Any:
    """A value for a sentence: a finite number as it is, anything else as short text."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return value
    return repr(value)[:40]


def _positive(value: float | None, what: str, **loc: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or \
            not math.isfinite(value) or value <= 0:
        raise _err("edit.value", f"{what} {value!r}", "a finite number > 0",
                   params={"kind": what, "value": _shown(value)}, **loc)
    return float(value)

"""Validate a project value once: edits and evaluation pass the verdict along instead of re-checking.

:func:`mcdm.project.schema.validate` walks every score and every text (a few milliseconds on a
workshop). A project is an immutable value, so once it has passed, it stays valid; an edit
that checks what it touches turns a valid project into a valid project. The verdict is kept
on the value itself — an attribute that is not a dataclass field, so equality, hashing and
``replace`` ignore it (a replaced copy is unchecked again) — and read here:

- :func:`ensure_valid` is what :func:`mcdm.project.evaluate.evaluate` calls: a full check the
  first time a project value is seen, nothing after.
- :func:`carry` is what an edit calls with the project it started from and the one it made,
  once it has checked every value it changed (``mcdm.project.edit_base``): the new value is
  known valid if the old one was.

>>> from mcdm.project.sample import sample_project
>>> p = sample_project().replace()     # a new value: not checked yet
>>> known_valid(p), known_valid(ensure_valid(p)), known_valid(p.replace())
(False, True, False)
"""

from __future__ import annotations

from mcdm.project.model import Project
from mcdm.project.schema import check

__all__ = ["carry", "ensure_valid", "known_valid", "mark_valid"]

_MARK = "_known_valid"


def known_valid(project: Project) -> bool:
    """Whether ``project`` (this very value) has been checked, or made from one that was by an
    edit that checked what it changed."""
    return getattr(project, _MARK, False) is True


def mark_valid(project: Project) -> Project:
    """Record that ``project`` is valid and return it. Only for a value that was just checked
    in full (or built by an edit from a known-valid value, see :func:`carry`)."""
    object.__setattr__(project, _MARK, True)
    return project


def ensure_valid(project: Project, *, file: str | None = None) -> Project:
    """``project``, checked in full unless it is already known valid.

    Raises
    ------
    ValidationFailed
        Listing every problem (see :func:`mcdm.project.schema.check`).
    """
    if not known_valid(project):
        check(project, file=file)
        mark_valid(project)
    return project


def carry(old: Project, new: Project) -> Project:
    """``new``, known valid if ``old`` was: for an edit that has checked every value it changed
    as :func:`mcdm.project.schema.validate` would."""
    if known_valid(old):
        mark_valid(new)
    return new

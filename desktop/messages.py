"""Engine errors and problems as text in the UI language: the one place the GUI turns an error
into words.

Sentences come from the engine's catalogue (:mod:`mcdm.messages`: one per code, naming experts,
criteria and directions by their labels); the technical part — where (file, sheet, cell, JSON
path) — is kept apart for the details of a dialog or a tooltip (:func:`where`). Anything that is
not an engine error (an ``OSError``, or a bug) gets the catalogue's words too, never Python's
English text; its class and text go to the details only (:mod:`desktop.details`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mcdm import messages as _catalogue
from mcdm.errors import MCDMError, Problem, os_problem

if TYPE_CHECKING:
    from mcdm.project.model import Project


def _lang(lang: str | None) -> str:
    if lang is not None:
        return lang
    from desktop.i18n import current_language

    return current_language()


def _as_problem(error: Any) -> Problem | MCDMError:
    if isinstance(error, (Problem, MCDMError)):
        return error
    if isinstance(error, OSError):
        return os_problem(error)
    # A bug, not the user's doing: say so in their language; the details hold the rest.
    return Problem("app.internal", str(error), params={"kind": type(error).__name__})


def describe(error: Any, lang: str | None = None, project: Project | None = None) -> str:
    """One sentence for ``error`` (an engine error or problem, an ``OSError``, anything) in
    ``lang`` (default: the UI's), naming the project's things by their labels."""
    return _catalogue.describe(_as_problem(error), _lang(lang), project)


def where(error: Any, lang: str | None = None, project: Project | None = None) -> str:
    """Where the problem is ("位置：文件 …，工作表 …，单元格 …"), or "" when nothing is known."""
    return _catalogue.where(_as_problem(error), _lang(lang), project)


def line(error: Any, lang: str | None = None, project: Project | None = None) -> str:
    """The sentence, then where ("… 位置：文件 …，单元格 C17"): for lists of problems, where
    each one's place is what tells them apart."""
    return _catalogue.line(_as_problem(error), _lang(lang), project)


def lines(error: Any, lang: str | None = None, project: Project | None = None) -> list[str]:
    """:func:`line` for every problem an error carries."""
    problems = getattr(error, "problems", None)
    return [line(p, lang, project) for p in (problems or (error,))]


def describe_all(error: Any, lang: str | None = None, project: Project | None = None) -> list[str]:
    """One sentence per problem an error carries (a ``ValidationFailed`` lists many)."""
    problems = getattr(error, "problems", None)
    return [describe(p, lang, project) for p in (problems or (error,))]


def details(error: Any, lang: str | None = None, project: Project | None = None) -> str:
    """The technical part for a dialog's details: where each problem is (one per line)."""
    problems = getattr(error, "problems", None)
    places = [where(p, lang, project) for p in (problems or (error,))]
    return "\n".join(p for p in places if p)

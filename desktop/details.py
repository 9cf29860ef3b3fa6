"""The technical part of an error, for an error dialog's "Show Details…": where each problem is
(in the UI language: file, sheet, cell, JSON path) and its stable code, which a support person
can look up — not the sentence the dialog already shows. For an error from the system or a bug,
its type and text (the one place Python's own words are shown)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mcdm.project.model import Project


def _problem_line(problem, lang: str | None, project: Project | None) -> str:
    from desktop.messages import where

    place = where(problem, lang, project)
    code = getattr(problem, "code", "")
    return f"{place} [{code}]" if place else f"[{code}]"


def technical_details(exc: BaseException, lang: str | None = None,
                      project: Project | None = None) -> list[str]:
    """Lines for the details pane: per problem where it is and its code; for an error from the
    system its type and message (``PermissionError: …``)."""
    problems = getattr(exc, "problems", None)
    if problems:
        return [_problem_line(p, lang, project) for p in problems]
    if hasattr(exc, "code"):
        return [_problem_line(exc, lang, project)]
    return [f"{type(exc).__module__}.{type(exc).__name__}: {exc}"]

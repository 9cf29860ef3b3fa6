"""Errors and confirmations of the command line as sentences from the catalogue.

Every user-facing sentence comes from :func:`mcdm.messages.describe` (a code and its params,
in Chinese or English). The errors raised here carry their sentence as their message, so the
``error:`` line ``main`` prints is already in the CLI's language, while ``code`` and ``params``
stay what the engine said (scripts and tests key on them).
"""

from __future__ import annotations

from typing import Any

from mcdm.errors import Location, MCDMError, Problem, ValidationFailed
from mcdm.messages import describe

__all__ = ["UsageError", "error", "localize", "sentence", "usage_error"]


class UsageError(MCDMError):
    """An option or argument the command cannot use (exit status 2, like argparse's)."""


def sentence(code: str, lang: str, project: Any = None, **params: Any) -> str:
    """The catalogue's sentence for ``code`` filled with ``params`` (ids become labels when a
    ``project`` is given; without one every value is printed as it is)."""
    return describe(Problem(code, code, Location(), None, params), lang, project)


def error(code: str, lang: str, project: Any = None, *, location: Location | None = None,
          **params: Any) -> MCDMError:
    """A typed error whose message is the catalogue's sentence."""
    return _Said(code, sentence(code, lang, project, **params), location or Location(), params)


def usage_error(code: str, lang: str, **params: Any) -> UsageError:
    return UsageError(code, sentence(code, lang, None, **params), params=params)


class _Said(MCDMError):
    """An error whose message is a whole sentence that already says where (the location is
    kept for scripts)."""

    def __init__(self, code: str, message: str, location: Location, params: dict) -> None:
        super().__init__(code, message, location=location, params=params)

    def __str__(self) -> str:
        return self.message


def localize(exc: MCDMError, lang: str, project: Any = None) -> MCDMError:
    """``exc`` with its sentence(s) in ``lang``: the catalogue's where it has one, else the
    engine's English message with where and what was expected."""
    if isinstance(exc, ValidationFailed):
        out = ValidationFailed([Problem(p.code, describe(p, lang, project), Location(), None,
                                        p.params) for p in exc.problems], code=exc.code)
        out.params.update(exc.params)  # "count" included
        return out
    return _Said(exc.code, describe(exc, lang, project), exc.location, exc.params)

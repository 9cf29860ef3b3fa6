"""Typed errors that say where the problem is and what was expected.

The engine speaks in codes and parameters; the GUI and CLI turn them into sentences in the user's
language. Every error is a ``ValueError`` subclass so callers that only know the standard library
still catch it.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Location:
    """Where a problem is. Every part is optional; ``str()`` joins those that are set."""

    file: str | None = None
    sheet: str | None = None
    cell: str | None = None
    path: str | None = None  # JSON path such as "$.experts[2].weight"
    row: int | str | None = None
    column: int | str | None = None
    field: str | None = None  # a named field, criterion, expert, industry, ...

    def __str__(self) -> str:
        parts = []
        for name in ("file", "sheet", "cell", "path", "row", "column", "field"):
            value = getattr(self, name)
            if value is not None:
                parts.append(f"{name} {value}")
        return ", ".join(parts)

    def is_empty(self) -> bool:
        return not str(self)


def _describe(message: str, location: Location, expected: str | None) -> str:
    """One line: the message, then where (if known) and what was expected (if known)."""
    text = message
    if not location.is_empty():
        text += f" [at {location}]"
    if expected:
        text += f" (expected: {expected})"
    return text


class MCDMError(ValueError):
    """Base of every error the engine raises on bad input.

    Parameters
    ----------
    code : str
        A stable dotted identifier such as ``"matrix.not_square"``; translations key on it.
    message : str
        An English sentence for logs and library users.
    location : Location, optional
        Where the problem is.
    expected : str, optional
        What would have been valid there.
    params : dict, optional
        Values for a translated message.
    """

    def __init__(
        self,
        code: str,
        message: str,
        *,
        location: Location | None = None,
        expected: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        self.code = code
        self.message = message
        self.location = location or Location()
        self.expected = expected
        self.params = dict(params or {})
        super().__init__(str(self))

    def __str__(self) -> str:
        return _describe(self.message, self.location, self.expected)

    def as_problem(self) -> Problem:
        return Problem(self.code, self.message, self.location, self.expected, self.params)


@dataclass(frozen=True)
class Problem:
    """One problem found while validating a file or a project; errors are collected, not thrown one by one."""

    code: str
    message: str
    location: Location = field(default_factory=Location)
    expected: str | None = None
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return _describe(self.message, self.location, self.expected)


class ValidationFailed(MCDMError):
    """Raised when validation found one or more problems; ``problems`` lists them all.

    ``params`` (besides ``count``, always set) fill the sentence of ``code``. ``subject`` is what
    the problems are about when it could be read (the project of an invalid project file), so
    that their sentences can name experts and criteria by their labels rather than their ids.
    """

    def __init__(self, problems: list[Problem] | tuple[Problem, ...], *, code: str = "validation.failed",
                 location: Location | None = None, params: dict[str, Any] | None = None,
                 subject: Any = None) -> None:
        self.problems = tuple(problems)
        self.subject = subject
        first = str(self.problems[0]) if self.problems else "no details"
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(code, f"{len(self.problems)} problem(s): {first}{more}", location=location,
                         params={**(params or {}), "count": len(self.problems)})


def os_reason(exc: BaseException) -> str:
    """Why the system refused a file, as a stable name for the message catalogue: the errno name
    ("ENOENT", "EACCES", …), "nesting" for a too deeply nested text, "json" for a syntax error,
    "encoding" for bytes that are not UTF-8, else "other"."""
    if isinstance(exc, RecursionError):
        return "nesting"
    if isinstance(exc, UnicodeDecodeError):
        return "encoding"
    if isinstance(exc, ValueError):
        return "json"
    code = getattr(exc, "errno", None)
    return errno.errorcode.get(code, "other") if isinstance(code, int) else "other"


def item_name(names: Any, index: int) -> str:
    """Item ``index`` for a sentence: its name when names are known, else "#1", "#2", … (1-based,
    the same in every language)."""
    try:
        if names is not None and 0 <= index < len(names):
            return str(names[index])
    except TypeError:
        pass
    return f"#{int(index) + 1}"


def os_problem(exc: OSError) -> Problem:
    """A file-system error as a catalogue problem (``os.error``; the system's own text is
    English, so only the reason's kind is kept for the sentence)."""
    return Problem("os.error", str(exc), Location(file=str(exc.filename)) if exc.filename
                   else Location(), None, {"reason": os_reason(exc)})

"""The technical part of an error, for an error dialog's "Show Details…": what a support
person needs (the engine's code, the place, what was expected, the exception's type), and not
the sentence the dialog already shows."""

from __future__ import annotations


def _problem_lines(problem) -> list[str]:
    lines = []
    code = getattr(problem, "code", None)
    if code:
        lines.append(f"code: {code}")
    location = getattr(problem, "location", None)
    if location is not None and not location.is_empty():
        lines.append(f"where: {location}")
    expected = getattr(problem, "expected", None)
    if expected:
        lines.append(f"expected: {expected}")
    params = getattr(problem, "params", None)
    if params:
        lines.append("params: " + ", ".join(f"{k}={v!r}" for k, v in params.items()))
    return lines


def technical_details(exc: BaseException) -> list[str]:
    """Lines for the details pane: per problem its code, place, expectation and parameters;
    for an error from the system its type and message (``PermissionError: …``)."""
    problems = getattr(exc, "problems", None)
    if problems:
        out = [f"{type(exc).__name__} ({getattr(exc, 'code', '')}): {len(problems)} problem(s)"]
        for k, p in enumerate(problems, 1):
            out.append(f"[{k}] " + "; ".join(_problem_lines(p)))
        return out
    if hasattr(exc, "code"):
        return [type(exc).__name__, *_problem_lines(exc)]
    return [f"{type(exc).__module__}.{type(exc).__name__}: {exc}"]

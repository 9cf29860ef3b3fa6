"""Sentences in Chinese or English for the reasons a part of a project could not be evaluated.

The engine reports what it could not compute as :class:`~mcdm.errors.Problem` values (a code
and parameters, see :func:`mcdm.project.evaluate.evaluate`); this module turns them into one
sentence in the user's language that names criteria, experts, industries and directions by
their labels, never by their ids. The CLI and the GUI both read it. A code without a template
falls back to the engine's English message, so nothing is hidden.

The catalogue is split by area of the engine (``evaluate``, …), each module a ``SENTENCES``
table of ``code → (中文, English)`` templates; this module merges them.
"""

from __future__ import annotations

from typing import Any

from mcdm.errors import MCDMError, Problem

__all__ = ["REASONS", "describe", "label"]

from mcdm.messages import entry as _entry
from mcdm.messages import evaluate as _evaluate

# code -> (中文, English) sentence templates, filled from the error's params (ids become labels).
# One module per area of the engine; each holds SENTENCES.
REASONS: dict[str, tuple[str, str]] = {**_evaluate.SENTENCES, **_entry.SENTENCES}

_SEP = {"zh": "、", "en": ", "}


def label(project: Any, value: Any, lang: str) -> str:
    """The user's name for an id: a criterion, expert, industry or direction (else the id)."""
    if project is None or not isinstance(value, str):
        return str(value)
    if value == project.goal.id:
        return "目标层" if lang == "zh" else "Goal"
    for e in project.experts:
        if e.id == value:
            return e.name or value
    for ind in project.industries:
        if ind.id == value:
            return ind.label.get(lang) or value
    try:
        return project.node(value).label.get(lang) or value
    except (MCDMError, KeyError):
        pass
    for ind in project.industries:
        for d in ind.directions:
            if d.id == value:
                return d.label.get(lang) or value
        for c in ind.criteria:
            if c.id == value:
                return c.label.get(lang) or value
    return value


def describe(problem: Problem | MCDMError, lang: str, project: Any = None) -> str:
    """One sentence for ``problem`` in ``lang`` ("zh" or "en"), ids replaced by labels."""
    if isinstance(problem, MCDMError):
        problem = problem.as_problem()
    pair = REASONS.get(problem.code)
    if pair is None:
        return str(problem)
    sep = _SEP.get(lang, ", ")
    params: dict[str, Any] = {}
    for key, value in problem.params.items():
        if isinstance(value, (tuple, list)):
            params[key] = sep.join(label(project, v, lang) for v in value)
        else:
            params[key] = label(project, value, lang)
    try:
        return pair[0 if lang == "zh" else 1].format(**params)
    except (KeyError, IndexError, ValueError):
        return str(problem)

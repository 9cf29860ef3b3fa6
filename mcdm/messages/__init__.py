"""Every message of the engine in Chinese or English, naming what the user named.

The engine speaks in codes and parameters (:class:`~mcdm.errors.MCDMError`,
:class:`~mcdm.errors.Problem`); this package turns them into one sentence in the user's language.
With a project, the sentence names criteria, experts, industries and directions by their labels
in that language, never by their ids. The technical location (file, sheet, cell, JSON path, row,
column) is a separate part: views put it in details or tooltips, the CLI prints it after the
sentence.

- :func:`describe` — the sentence of an error or problem;
- :func:`where` — its location ("位置：文件 bad.xlsx，工作表 两两比较，单元格 C17"), "" if unknown;
- :func:`explain` — both, ``(sentence, location)``; :func:`explain_all` for each problem an
  error carries (a ``ValidationFailed`` lists many); :func:`line` — both on one line;
- :func:`word` — the words the engine produces (consensus levels, CR verdicts, settings and
  methods, …), see :mod:`mcdm.messages.words`; :func:`label` — an id's label; :func:`person` —
  an expert's name in the language ("专家D" of "专家D Expert D").

The sentences live in one module per area of the engine (``evaluate``, ``ahp``, ``group``,
``topsis``, ``project``, ``excel``, ``cli``), each a ``SENTENCES`` table of
``code → (中文, English)`` templates merged by :mod:`mcdm.messages.catalogue`. A code without a
sentence (a test makes that impossible for the engine's own codes) gets a generic sentence in the
chosen language naming the code's area and the place, never the engine's English.

Examples
--------
>>> from mcdm.errors import Problem
>>> p = Problem("advice.inconsistent", "…", params={"expert": "E4", "node": "principles",
...                                                  "cr": 1.0573, "threshold": 0.1})
>>> from mcdm.project.sample import sample_project
>>> describe(p, "zh", sample_project())
'专家D在「发展原则」的判断 CR = 1.057，超过 0.1，未通过一致性检验。'
>>> describe(p, "en")  # without a project the ids stay as they are
"E4's judgments under “principles” have CR = 1.057, above 0.1: they fail the consistency check."
>>> where(Location(file="bad.xlsx", sheet="两两比较", cell="C17"), "zh")
'位置：文件 bad.xlsx，工作表 两两比较，单元格 C17'
"""

from __future__ import annotations

from typing import Any

from mcdm.errors import Location, MCDMError, Problem
from mcdm.messages._render import fill, index, person
from mcdm.messages._render import label as _label
from mcdm.messages.catalogue import SENTENCES
from mcdm.messages.words import consensus, verdict, word

__all__ = [
    "REASONS", "SENTENCES", "consensus", "describe", "explain", "explain_all", "label", "line",
    "person", "verdict", "where", "word",
]

# The name this table had before the catalogue was split by area.
REASONS = SENTENCES


def _lang(lang: str | None) -> str:
    return "zh" if index(lang) == 0 else "en"


def label(project: Any, value: Any, lang: str, kind: str | None = None,
          industry: str | None = None) -> str:
    """The user's name for an id: a criterion, expert, industry or direction (else the id);
    ``industry`` narrows a direction or an industry's own criterion to that industry."""
    return _label(project, value, _lang(lang), kind, industry)


def _problem(error: Problem | MCDMError) -> Problem:
    return error.as_problem() if isinstance(error, MCDMError) else error


def describe(problem: Problem | MCDMError, lang: str, project: Any = None, *,
             strict: bool = False) -> str:
    """One sentence for ``problem`` in ``lang`` ("zh" or "en"), ids replaced by labels.

    The location is not part of it (see :func:`where`), except in the generic sentence of a code
    the catalogue does not know or whose parameters do not fill its sentence; ``strict`` raises
    ``KeyError`` then instead (for tests).
    """
    lang = _lang(lang)
    problem = _problem(problem)
    pair = SENTENCES.get(problem.code)
    if pair is None and strict:
        raise KeyError(f"no sentence for {problem.code}")
    if pair is not None:
        try:
            return fill(pair[index(lang)], problem.params, lang, project)
        except (KeyError, IndexError, ValueError, TypeError) as exc:
            if strict:
                raise KeyError(f"{problem.code}: {exc!r} with {problem.params}") from exc
    return _generic(problem, lang, project)


def _generic(problem: Problem, lang: str, project: Any) -> str:
    area = word(f"area.{problem.code.split('.')[0]}", lang, default="") or \
        word("area.engine", lang)
    place = _places(problem.location, lang, project)
    if lang == "zh":
        return f"{area}有一处问题" + (f"（{'，'.join(place)}）" if place else "") + "。"
    return f"There is a problem with {area}" + (f" ({', '.join(place)})" if place else "") + "."


def _name(project: Any, value: Any, lang: str) -> str:
    """A location's row, column or item: labels for ids ("E4/principles" part by part)."""
    if isinstance(value, str) and "/" in value and project is not None:
        return " / ".join(_name(project, v, lang) for v in value.split("/"))
    shown = _label(project, value, lang)
    if shown == value and isinstance(value, str):
        shown = word(f"field.{value}", lang, default=value)
    return shown


def _places(location: Location | None, lang: str, project: Any) -> list[str]:
    if location is None:
        return []
    parts = []
    for key in ("file", "sheet", "cell", "path"):
        value = getattr(location, key, None)
        if value is not None:
            parts.append(word(f"location.{key}", lang).format(value))
    text_file = location.file is not None and location.sheet is None
    for key in ("row", "column"):
        value = getattr(location, key, None)
        if value is None:
            continue
        if isinstance(value, int) and not isinstance(value, bool):
            kind = "line" if key == "row" and text_file else key
            parts.append(word(f"location.{kind}", lang).format(value))
        else:
            parts.append(word(f"location.{key}_named", lang).format(_name(project, value, lang)))
    if getattr(location, "field", None) is not None:
        parts.append(word("location.field", lang).format(_name(project, location.field, lang)))
    return parts


def where(location: Location | Problem | MCDMError | None, lang: str,
          project: Any = None) -> str:
    """"位置：文件 bad.xlsx，工作表 两两比较，单元格 C17" ("Location: file bad.xlsx, …"); "" when
    nothing is known. Rows, columns and items that are ids become labels with a project."""
    lang = _lang(lang)
    if isinstance(location, (Problem, MCDMError)):
        location = location.location
    parts = _places(location, lang, project)
    if not parts:
        return ""
    return word("location", lang) + ("，" if lang == "zh" else ", ").join(parts)


def explain(problem: Problem | MCDMError, lang: str, project: Any = None) -> tuple[str, str]:
    """``(sentence, location)`` of a problem; the location is "" when unknown."""
    problem = _problem(problem)
    return describe(problem, lang, project), where(problem.location, lang, project)


def explain_all(error: Problem | MCDMError, lang: str,
                project: Any = None) -> list[tuple[str, str]]:
    """``explain`` for every problem an error carries (a ``ValidationFailed`` lists many)."""
    problems = getattr(error, "problems", None)
    if problems:
        return [explain(p, lang, project) for p in problems]
    return [explain(error, lang, project)]


def line(problem: Problem | MCDMError, lang: str, project: Any = None) -> str:
    """The sentence, then its location, on one line."""
    sentence, place = explain(problem, lang, project)
    if not place:
        return sentence
    return sentence + ("" if _lang(lang) == "zh" else " ") + place

"""Find what the user named on the command line: an expert, industry, direction or criterion, by
its id or by its label in either language.

An id wins (ids are unique); then an exact label or name; then the same ignoring case and
surrounding spaces. No match is an error listing what there is; several matches are an error
listing the candidates with their ids, so the user can name one by id.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable
from typing import Any

from mcdm.cli.sentences import error

__all__ = ["find_criterion", "find_direction", "find_expert", "find_industry"]

_AMBIGUOUS = {"expert": "cli.ambiguous_expert", "industry": "cli.ambiguous_industry",
              "direction": "cli.ambiguous_direction", "criterion": "cli.ambiguous_criterion"}
_UNKNOWN = {"expert": "cli.unknown_expert", "industry": "cli.unknown_industry",
            "direction": "cli.unknown_direction", "criterion": "cli.unknown_criterion"}

# More candidates than this are cut, with "…" (a template has 61 directions).
MAX_LISTED = 12


def _find(kind: str, items: Iterable[tuple[str, tuple[str, ...], str, Any]], text: str,
          lang: str, code: str | None = None, **params: Any):
    """``items``: (id, names, how it is listed, the value). Returns the value named ``text``
    (the rule: :func:`mcdm.project.naming.match`)."""
    from mcdm.project.naming import match

    items = list(items)
    if not items and code is not None:  # ``code``: what to say when there is nothing at all
        raise error(code, lang, None, name=text, **params)
    hits = match(((item_id, names, (shown, value)) for item_id, names, shown, value in items),
                 text)
    if len(hits) == 1:
        return hits[0][1]
    if hits:
        raise error(_AMBIGUOUS[kind], lang, None,
                    name=text, candidates=tuple(shown for shown, _ in hits), **params)
    shown = [s for _id, _names, s, _value in items]
    if len(shown) > MAX_LISTED:
        shown = shown[:MAX_LISTED] + ["…"]
    raise error(_UNKNOWN[kind], lang, None, name=text,
                candidates=tuple(shown), **params)


def _labelled(item_id: str, label, lang: str) -> str:
    return f"{item_id} {label.get(lang)}".rstrip()


def find_expert(project, text: str, lang: str, *, file: str = "PROJECT"):
    """The expert with id or name ``text``. On a project without experts the error says how to
    add one (``file`` is the project as the user named it)."""
    from mcdm.messages import person

    return _find("expert", ((e.id, (e.name, person(e.name, "zh"), person(e.name, "en")),
                             f"{e.id} {person(e.name, lang)}", e) for e in project.experts),
                 text, lang, "cli.no_experts_named", file=shlex.quote(file))


def find_industry(project, text: str, lang: str):
    return _find("industry", ((i.id, (i.label.zh, i.label.en), _labelled(i.id, i.label, lang), i)
                              for i in project.industries), text, lang, "cli.no_industries_named")


def find_direction(project, industry, text: str, lang: str):
    """A direction of ``industry`` (an :class:`~mcdm.project.model.Industry`)."""
    return _find("direction", ((d.id, (d.label.zh, d.label.en), _labelled(d.id, d.label, lang), d)
                               for d in industry.directions), text, lang,
                 "cli.no_directions_named", industry=industry.label.get(lang))


def find_criterion(project, text: str, lang: str, *, goal: bool = True):
    """A node of the criteria tree (the goal too, unless ``goal=False``)."""
    nodes = [n for n in project.goal.walk() if goal or n is not project.goal]
    return _find("criterion", ((n.id, (n.label.zh, n.label.en), _labelled(n.id, n.label, lang), n)
                               for n in nodes), text, lang)

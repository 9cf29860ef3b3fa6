"""Filling a sentence template: ids become labels, numbers read well, optional parts drop out.

A template is a ``str.format`` text with two additions:

- ``[[ … ]]`` is an optional part, kept only when every parameter it names is known (not missing
  and not None): one sentence serves an error raised by the library (no expert, no node) and the
  same error met inside a project (the expert and the node named);
- a parameter is shown by what it names (see :data:`KINDS` and :func:`show`): an expert's,
  criterion's, industry's or direction's label in the language when a project is given, a
  setting's title or a setting value's word from :data:`mcdm.project.settings.SETTINGS`, a word
  of the catalogue for the ``kind``/``want``/``reason`` parameters, a number formatted to read
  well. A format spec (``{cr:.3f}``) applies to the raw number instead.
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Callable, Mapping
from numbers import Integral, Real
from typing import Any

# The parameter names that carry an id, and what kind of thing it names.
KINDS: dict[str, str] = {
    "expert": "expert", "experts": "expert",
    "node": "node", "nodes": "node", "parent": "node", "a": "node", "b": "node", "cut": "node",
    "item": "node", "items": "node",
    "industry": "industry", "industries": "industry",
    "direction": "direction", "directions": "direction",
    "criterion": "criterion", "criteria": "criterion",
}
# Parameters whose value is a key of a catalogue word: ``{kind}`` -> word("kind.<value>").
WORD_PARAMS = ("kind", "want", "reason", "member", "why")
SIZE_PARAMS = ("size", "limit")

_OPTIONAL = re.compile(r"\[\[(.*?)\]\]", re.S)
_SEP = ("、", ", ")
# A name written in both scripts ("专家D Expert D", "张三 Zhang San"): the part before the Latin
# tail is the Chinese name, the tail the English one.
_BILINGUAL_NAME = re.compile(r"^(.*[\u3400-\u9fff].*?)\s+([A-Za-z][ -~]*)$")


def index(lang: str | None) -> int:
    """0 for Chinese ("zh", "zh_CN", …), 1 for anything else (English)."""
    return 0 if str(lang or "").lower().startswith("zh") else 1


def fields(template: str) -> set[str]:
    """The parameter names a template (or a part of one) uses."""
    out = set()
    for _, name, _, _ in string.Formatter().parse(template):
        if name:
            out.add(re.split(r"[.\[]", name, maxsplit=1)[0])
    return out


def optional_parts(template: str) -> list[str]:
    """The ``[[ … ]]`` parts of a template."""
    return _OPTIONAL.findall(template)


def required_fields(template: str) -> set[str]:
    """The parameters a template cannot do without (those outside every optional part)."""
    return fields(_OPTIONAL.sub("", template))


def number(value: float) -> str:
    """A number as people read it: 12 not 12.0, 1.057 not 1.0573179178146233, ∞ not inf."""
    v = float(value)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "∞" if v > 0 else "−∞"
    if v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if 1e-4 <= abs(v) < 1e4:
        return f"{v:.4g}"
    return f"{v:.6g}"


def size(value: Any, lang: str) -> str:
    """A byte count as KB / MB."""
    try:
        n = float(value)
    except (TypeError, ValueError):
        return str(value)
    for unit, scale in (("GB", 1024 ** 3), ("MB", 1024 ** 2), ("KB", 1024)):
        if n >= scale:
            return f"{number(round(n / scale, 1))} {unit}"
    return f"{number(n)} {'字节' if index(lang) == 0 else 'bytes'}"


def person(name: str, lang: str) -> str:
    """An expert's name in the language: "专家D" or "Expert D" of "专家D Expert D"."""
    m = _BILINGUAL_NAME.match(name.strip())
    if m is None:
        return name
    return m.group(1).strip() if index(lang) == 0 else m.group(2).strip()


def _text(t: Any, lang: str) -> str:
    return t.get("zh" if index(lang) == 0 else "en") if hasattr(t, "get") else str(t)


def label(project: Any, value: Any, lang: str, kind: str | None = None,
          industry: str | None = None) -> str:
    """The user's name for an id in ``lang``: a criterion, expert, industry or direction.

    ``kind`` ("expert", "node", "criterion", "industry", "direction") says what the id names;
    without it every kind is tried. ``industry`` narrows a direction or an industry's own
    criterion to that industry. An id the project does not hold, or no project, gives the id.
    """
    if value is None:
        return ""
    if not isinstance(value, str):
        return number(value) if isinstance(value, Real) and not isinstance(value, Integral) \
            else str(value)
    if project is None:
        return value
    from mcdm.messages.words import word

    finders: dict[str, Callable[[], str | None]] = {
        "expert": lambda: next((person(e.name, lang) or value for e in project.experts
                                if e.id == value), None),
        "node": lambda: _node(project, value, lang, word),
        "industry": lambda: next((_text(i.label, lang) or value for i in project.industries
                                  if i.id == value), None),
        "direction": lambda: _direction(project, value, lang, industry),
        "criterion": lambda: _node(project, value, lang, word)
        or _industry_criterion(project, value, lang, industry),
    }
    order = [kind] if kind in finders else ["node", "expert", "industry", "direction",
                                             "criterion"]
    for k in order:
        try:
            found = finders[k]()
        except (LookupError, ValueError, TypeError, AttributeError):
            found = None
        if found:
            return found
    return value


def _node(project, value: str, lang: str, word) -> str | None:
    if value == project.goal.id:
        return word("goal", lang)
    if not project.has_node(value):
        return None
    return _text(project.node(value).label, lang) or value


def _direction(project, value: str, lang: str, industry: str | None) -> str | None:
    for ind in project.industries:
        if industry is None or ind.id == industry:
            for d in ind.directions:
                if d.id == value:
                    return _text(d.label, lang) or value
    return None if industry is None else _direction(project, value, lang, None)


def _industry_criterion(project, value: str, lang: str, industry: str | None) -> str | None:
    for ind in project.industries:
        if industry is None or ind.id == industry:
            for c in ind.criteria:
                if c.id == value:
                    return _text(c.label, lang) or value
    return None


def show(key: str, value: Any, lang: str, project: Any, params: Mapping[str, Any]) -> str:
    """How parameter ``key`` reads in a sentence (see the module docstring)."""
    from mcdm.messages.words import setting_title, setting_word, word

    i = index(lang)
    if key == "shape" and isinstance(value, (tuple, list)):
        return " × ".join(str(x) for x in value)
    if isinstance(value, (tuple, list, set, frozenset)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else value
        return _SEP[i].join(show(key, v, lang, project, params) for v in items)
    if key in KINDS and isinstance(value, str):
        industry = params.get("industry") if isinstance(params.get("industry"), str) else None
        return label(project, value, lang, KINDS[key], industry)
    if key == "setting":
        return setting_title(value, lang)
    if key in WORD_PARAMS and isinstance(value, str):
        fallback = word("reason.other", lang) if key == "reason" else value
        return word(f"{key}.{value}", lang, default=fallback)
    if key == "value" and isinstance(params.get("setting"), str):
        return setting_word(params["setting"], value, lang)
    if isinstance(value, str):
        from mcdm.project.settings import SETTINGS

        if any(s.name == key for s in SETTINGS):
            return setting_word(key, value, lang)
        return value
    if key in SIZE_PARAMS:
        return size(value, lang)
    if isinstance(value, bool):
        return word("yes" if value else "no", lang)
    if isinstance(value, Integral):
        return str(int(value))
    if isinstance(value, Real):
        return number(value)
    return str(value)


class _Formatter(string.Formatter):
    """Fields are (raw, shown) pairs: a format spec formats the raw value, else the shown text."""

    def format_field(self, value: Any, format_spec: str) -> str:
        raw, shown = value
        if format_spec:
            try:
                return format(raw, format_spec)
            except (TypeError, ValueError):
                return shown
        return shown


def fill(template: str, params: Mapping[str, Any], lang: str, project: Any = None) -> str:
    """``template`` with its parameters shown (raises ``KeyError`` for a missing one)."""
    given = {k: v for k, v in params.items() if v is not None}
    if "setting" in given and "expected" not in given:
        from mcdm.messages.words import setting_expected

        given["expected"] = setting_expected(given["setting"], lang)
    text = _OPTIONAL.sub(lambda m: m.group(1) if fields(m.group(1)) <= given.keys() else "",
                         template)
    values = {k: (given[k], show(k, given[k], lang, project, given))
              for k in fields(text) if k in given}
    out = _Formatter().vformat(text, (), values)
    if text[:1].islower():  # an optional opening left out ("[[{expert}'s ]]score of …")
        out = out[:1].upper() + out[1:]
    return out

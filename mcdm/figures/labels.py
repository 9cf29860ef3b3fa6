"""Names of the project's items as figure labels: the full name wrapped to two lines, or the
short name where the full one needs more (:func:`mcdm.figures.text.fit`).

On screen space is tight: a figure drawn into a given figure (the GUI's canvas) lets a name that
does not fit on one line give way to its short form (:func:`lines_for`); the full name is in the
chart's tooltip and the table beside it. Files and the report wrap it to two lines."""

from __future__ import annotations

from mcdm.figures import style
from mcdm.figures.text import em_width, fit


def lines_for(figure) -> int:
    """How many lines a full name may take before its short form replaces it: one on screen
    (``figure`` given: a canvas), two in a new figure (a file, the report)."""
    return 1 if figure is not None else 2


def room(figure, items, lang: str, *, share: float = 0.32, most: float = 0.45,
         extra: float = 0.0) -> float:
    """Room (em) for the labels of ``items`` in ``figure`` (:func:`style.label_room`) over the
    names that will be drawn: on screen an item whose full name is wider than the most room
    counts by its short name, which will replace it."""
    width = style.width_of(figure)
    limit = style.label_width_em(width, most) - extra
    texts = []
    for item in items:
        full, short = item.label.get(lang), getattr(item, "short", None)
        one_line = lines_for(figure) == 1 and short is not None and em_width(full) > limit
        texts.append(short.get(lang) if one_line else full)
    return style.label_room(width, texts, share=share, most=most, extra=extra)


def label(item, lang: str, width: float, lines: int = 2) -> str:
    """A criterion, industry, direction or industry criterion's label within ``width`` em: the
    full name on up to ``lines`` lines, else the short name (wrapped), else the full name."""
    short = getattr(item, "short", None)
    return fit(item.label.get(lang), short.get(lang) if short else "", width, max_lines=lines)


def short_or_full(item, lang: str) -> str:
    """The short name when there is one (titles and legends), else the full name."""
    short = getattr(item, "short", None)
    return short.get(lang) if short else item.label.get(lang)


def criterion_items(project, industry_id: str) -> dict:
    """Criterion id → the criterion (tree leaf or the industry's own) ranked in an industry."""
    return {c.id: c for c in project.industry_criteria(industry_id)}


def expert_name(project, expert_id: str, width: float) -> str:
    e = project.expert(expert_id)
    return fit(e.name or e.id, e.id, width)

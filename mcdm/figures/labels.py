"""Names of the project's items as figure labels: the full name wrapped to two lines, or the
short name where the full one needs more (:func:`mcdm.figures.text.fit`)."""

from __future__ import annotations

from mcdm.figures.text import fit


def label(item, lang: str, width: float) -> str:
    """A criterion, industry, direction or industry criterion's label within ``width`` em."""
    short = getattr(item, "short", None)
    return fit(item.label.get(lang), short.get(lang) if short else "", width)


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

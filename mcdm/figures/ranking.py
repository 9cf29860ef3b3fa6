"""A ranking's closeness bars, best direction on top, each bar with its value."""

from __future__ import annotations

from mcdm.figures import style
from mcdm.figures.bars import Series, bar_figure
from mcdm.figures.labels import label, lines_for, room
from mcdm.figures.words import word
from mcdm.project.settings import spec


def ranking_figure(result, industry_id: str, lang: str, *, figure=None):
    """Relative closeness of an industry's directions (TOPSIS), best first, on a 0–1 axis.

    Bars carry the closeness to four decimals; labels are "rank. direction", wrapped. Drawn
    into a ``figure`` that already shows this ranking in the same order (a live edit), only the
    bars and their values move.
    """
    project = result.project
    ir = result.industry(industry_id)
    ind = project.industry(industry_id)
    dirs = {d.id: d for d in ind.directions}
    ranking = ir.ranking()
    width = room(figure, ind.directions, lang, extra=1.5)
    how = _method_words(result.settings.normalization, ir.weighting, lang)
    return bar_figure(
        figure, kind="ranking", rows=[dirs[d].label.get(lang) for d, _, _ in ranking],
        labels=[f"{rank}. " + label(dirs[d], lang, width - 1.5, lines_for(figure))
                for d, _, rank in ranking],
        series=[Series(word("closeness", lang), [c for _, c, _ in ranking])],
        fmt="{:.4f}", x_max=1.0, x_label=word("closeness", lang),
        title=word("ranking_title", lang, industry=ind.label.get(lang), normalization=how),
        project=project, lang=lang, height=style.rows_height(len(ranking)))


def _method_words(normalization, weighting, lang: str) -> str:
    """The normalization, and the weights that ranked (the industry's ``IndustryWeighting``)
    when they are not the AHP ones: "vector normalization, entropy weights" — the title says
    what produced the closeness."""
    sep, (left, right) = ("，", "（）") if lang == "zh" else (", ", (" (", ")"))
    words = spec("normalization").word(normalization, lang)
    used = weighting.used if weighting is not None else "ahp"
    if used == "ahp":
        return words
    method = spec("objective_method").word(weighting.method, lang)
    if used == "objective":
        return words + sep + method
    if used == "combined":
        combination = spec("combination").word(weighting.combine_method, lang)
        return (words + sep + spec("weighting").word("combined", lang) + left + method + sep
                + combination + right)
    return words

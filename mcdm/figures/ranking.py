"""A ranking's closeness bars, best direction on top, each bar with its value."""

from __future__ import annotations

import numpy as np

from mcdm.figures import style
from mcdm.figures.labels import label
from mcdm.figures.words import word
from mcdm.project.settings import spec


def hbars(ax, labels, values, *, colour=style.BAR_COLOUR, fmt="{:.4f}", x_max=1.0,
          x_label=""):
    """Horizontal bars top-down in the given order, values at the bar ends, axis 0..x_max."""
    y = np.arange(len(values))
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_xlim(0, x_max)
    # A value near the axis end is written inside its bar (white), so it never leaves the plot.
    # A value the result does not have (nan) is drawn as an empty bar marked "—".
    shown = [fmt.format(v) if np.isfinite(v) else "—" for v in values]
    values = np.nan_to_num(np.asarray(values, dtype=float))
    bars = ax.barh(y, values, color=colour, height=0.68)
    notes = ax.bar_label(bars, labels=shown, padding=2,
                         fontsize=style.FONT_PT - 1)
    for note, v in zip(notes, values, strict=True):
        if v > 0.86 * x_max:
            note.set(ha="right", color="white")
            note.xyann = (-3, 0)
    ax.set_xlabel(x_label)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color="#E0E0E0", linewidth=0.6)
    ax.set_axisbelow(True)
    return bars


def ranking_figure(result, industry_id: str, lang: str, *, figure=None):
    """Relative closeness of an industry's directions (TOPSIS), best first, on a 0–1 axis.

    Bars carry the closeness to four decimals; labels are "rank. direction", wrapped.
    """
    project = result.project
    ir = result.industry(industry_id)
    ind = project.industry(industry_id)
    dirs = {d.id: d for d in ind.directions}
    ranking = ir.ranking()
    fig = style.new_figure(style.WIDTH_IN, style.rows_height(len(ranking)), figure)
    width = style.label_width_em(fig)
    labels = [f"{rank}. " + label(dirs[d], lang, width - 1.5)
              for d, _, rank in ranking]
    ax = fig.add_subplot()
    hbars(ax, labels, [c for _, c, _ in ranking], x_label=word("closeness", lang))
    norm = spec("normalization").word(result.settings.normalization, lang)
    style.finish(fig, word("ranking_title", lang, industry=ind.label.get(lang),
                           normalization=norm), project, lang)
    return fig

"""Horizontal bar figures (closeness, weights, probabilities): rows top-down, one bar per series
in each row, every bar's value written at its end.

:func:`bar_figure` draws one from a description of what it shows. Given a figure that last
showed the same rows, labels, series, colours, axis and title (a GUI canvas after a live edit),
it only moves the bars and rewrites their values (:mod:`mcdm.figures.live`), so the canvas can
redraw those alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from mcdm.figures import live, style

INSIDE = 0.86  # a value whose bar ends beyond this share of the axis is written inside it


@dataclass(frozen=True)
class Series:
    """One set of bars: a name (the legend's), a value per row, one colour or one per row;
    ``written`` False leaves the values off the bars (many thin bars: the tooltip and the tables
    give them)."""

    name: str
    values: Sequence[float]
    colour: Any = style.BAR_COLOUR
    bold: bool = False
    written: bool = True


def note_text(value: float, fmt: str) -> str:
    """A bar's value as written; "—" where the result has none (nan)."""
    return fmt.format(value) if np.isfinite(value) else "—"


def place_note(note, value: float, x_max: float, pad: float) -> None:
    """Put a value label at its bar's end: outside (black), or inside (white) when the bar ends
    near the axis maximum, so no label ever leaves the plot."""
    end = float(value) if np.isfinite(value) else 0.0
    note.xy = (end, note.xy[1])
    inside = end > INSIDE * x_max
    note.set(ha="right" if inside else "left", color="white" if inside else "black")
    note.xyann = (-3.0, 0.0) if inside else (pad, 0.0)


def _hashable(colour) -> Any:
    """A colour (a name, an RGBA tuple, or one per row) as part of a figure's key."""
    if isinstance(colour, str) or not hasattr(colour, "__iter__"):
        return colour
    return tuple(_hashable(c) for c in colour)


def bar_figure(figure, *, kind: str, rows: Sequence[str], labels: Sequence[str],
               series: Sequence[Series], fmt: str, x_max: float, x_label: str, title: str,
               project, lang: str, height: float, legend: Sequence[tuple[str, Any]] = (),
               band: float = 0.68):
    """Rows of bars, first row on top, on a 0…``x_max`` axis.

    ``rows`` are the categories' full names, ``labels`` as drawn (wrapped or short); with more
    than one series the bars of a row share its band and a legend names the series; ``legend``
    (name, colour) pairs give a legend of their own instead (colours by group). ``height`` is
    the figure's height when a new one is made (a given ``figure`` keeps its size).
    """
    width = style.width_of(figure)
    values = [np.asarray(s.values, dtype=float) for s in series]
    source = style.source_text(project, lang)
    key = (kind, tuple(labels),
           tuple((s.name, _hashable(s.colour), s.bold, s.written) for s in series),
           fmt, float(x_max), x_label, title, source, tuple((n, _hashable(c)) for n, c in legend),
           round(width, 3))
    n_legend = len(legend) or (len(series) if len(series) > 1 else 0)
    title_share = style.BESIDE_LEGEND if n_legend else 0.95
    shown = live.Shown(kind=kind, rows=tuple(rows), labels=tuple(labels),
                       series=tuple(s.name for s in series),
                       values=tuple(tuple(float(x) for x in v) for v in values), fmt=fmt,
                       min_height=style.min_height(labels, title=title, width=width,
                                                   series=len(series),
                                                   legend_entries=n_legend,
                                                   title_share=title_share))
    if live.update(figure, key, values):
        live.record(figure, shown)
        return figure
    fig = style.new_figure(style.WIDTH_IN, height, figure)
    ax = fig.add_subplot()
    y = np.arange(len(rows))
    many = len(series) > 1
    slot = 0.84 / max(len(series), 1) if many else band
    containers, notes = [], []
    pad = 1.5 if many else 2.0
    for k, s in enumerate(series):
        pos = y - 0.42 + slot * (k + 0.5) if many else y
        bars = ax.barh(pos, np.nan_to_num(values[k]), height=slot * 0.92 if many else slot,
                       color=s.colour, label=s.name if many else None)
        size = style.FONT_PT - (1 if k == 0 or not many else 2)
        made = ax.bar_label(bars, labels=[note_text(v, fmt) for v in values[k]], padding=pad,
                            fontsize=size, fontweight="bold" if s.bold else "normal") \
            if s.written else []
        for note, v in zip(made, values[k], strict=False):
            place_note(note, v, x_max, pad)
        containers.append(bars)
        notes.append(made)
    ax.set_yticks(y, list(labels))
    ax.invert_yaxis()
    ax.set_xlim(0, x_max)
    ax.set_xlabel(x_label)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color="#E0E0E0", linewidth=0.6)
    ax.set_axisbelow(True)
    if legend:
        from matplotlib.patches import Patch

        style.legend(fig, [Patch(color=c, label=n) for n, c in legend])
    elif many:
        style.legend(fig)
    style.finish(fig, title, project, lang, title_share=title_share)

    def move(new_values) -> None:
        for bars, made, vals in zip(containers, notes, new_values, strict=True):
            for bar, v in zip(bars, vals, strict=True):
                bar.set_width(float(v) if np.isfinite(v) else 0.0)
            for note, v in zip(made, vals, strict=False):
                note.set_text(note_text(v, fmt))
                place_note(note, v, x_max, pad)
            bars.datavalues = np.nan_to_num(np.asarray(vals, dtype=float))

    live.keep(fig, key, [a for c in containers for a in c] + [a for m in notes for a in m], move)
    live.record(fig, shown)
    return fig

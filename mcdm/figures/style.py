"""What every figure shares: fonts, palettes, sizes, a new figure, the title and the source line.

matplotlib is imported here only inside functions, so ``import mcdm`` (and ``mcdm.figures``)
stays free of it; figures are ``matplotlib.figure.Figure`` objects with an Agg canvas, never
pyplot's global figure manager, so they can be drawn on a worker thread, saved, or handed to a
``FigureCanvasQTAgg`` unchanged.
"""

from __future__ import annotations

import math
from typing import Any

from mcdm.figures.words import word

# Tried in order, per glyph: Noto Sans CJK (Debian's fonts-noto-cjk) draws Chinese and Latin;
# the others stand in on Windows/macOS; DejaVu Sans (matplotlib's own) covers what is left
# (subscripts, arrows), so no glyph falls back to a box.
FONT_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
                 "WenQuanYi Zen Hei", "DejaVu Sans")

# Okabe & Ito (2008), colour-blind safe; black kept for the group and reference marks.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
           "#7F3C8D", "#4E79A7", "#F28E2B", "#59A14F", "#B07AA1", "#9C755F", "#BAB0AC")
GROUP_COLOUR = "#1F1F1F"
BAR_COLOUR = "#0072B2"

WIDTH_IN = 6.3  # the report's text width (A4, 2.5 cm margins)
FONT_PT = 8.5
TITLE_PT = 10.0
SOURCE_PT = 7.0
ROW_IN = 0.34  # height of a two-line category row at FONT_PT
LINE_IN = FONT_PT * 1.2 / 72  # one line of a category label, with its leading
ROW_GAP_IN = 0.05  # the least room between two rows' labels
BAR_IN = 0.045  # the thinnest bar that still reads as a bar (one per series in a row)

_configured = False


def configure() -> None:
    """Set matplotlib's font list and sizes once (fonts are looked up per process)."""
    global _configured
    if _configured:
        return
    import matplotlib

    available = _installed(FONT_FAMILIES)
    matplotlib.rcParams.update({
        "font.family": list(available),
        "font.size": FONT_PT,
        "axes.titlesize": TITLE_PT,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.unicode_minus": False,  # U+2212 is missing from some CJK fonts
        "svg.fonttype": "path",
        "svg.hashsalt": "fourchains",  # stable element ids: the same figure, the same bytes
        "pdf.fonttype": 3,  # Type 3 embeds CFF (Noto CJK) glyphs too
        "figure.dpi": 100,
        "savefig.dpi": 300,
    })
    _configured = True


def _installed(families) -> tuple[str, ...]:
    from matplotlib import font_manager

    names = {f.name for f in font_manager.fontManager.ttflist}
    found = tuple(f for f in families if f in names)
    return found or ("DejaVu Sans",)


def new_figure(width: float, height: float, figure=None):
    """A constrained-layout figure of ``width`` × ``height`` inches with an Agg canvas, or
    ``figure`` cleared for reuse (a GUI canvas's figure keeps its own size)."""
    configure()
    if figure is not None:
        from mcdm.figures import live

        live.forget(figure)
        figure.clear()
        figure.set_layout_engine("constrained")
        return figure
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def rows_height(n_rows: int, extra: float = 1.3) -> float:
    """Height in inches for ``n_rows`` category rows plus title, axis and source line."""
    return extra + ROW_IN * max(n_rows, 2)


def width_of(figure) -> float:
    """The width in inches a figure function lays its labels out for: the given figure's (a GUI
    canvas) or the report's."""
    return float(figure.get_figwidth()) if figure is not None else WIDTH_IN


def label_width_em(width: float, share: float = 0.32) -> float:
    """How many em a category label may take: ``share`` of a figure ``width`` inches wide."""
    return width * share * 72 / FONT_PT


def label_room(width: float, texts, *, share: float = 0.32, most: float = 0.45,
               extra: float = 0.0) -> float:
    """Room (em) for category labels at a figure ``width`` inches wide: ``share`` of it, or up
    to ``most`` of it when that keeps the longest of ``texts`` (plus ``extra`` em) on one line,
    so labels wrap only when they must.

    >>> [round(label_room(6.3, [t]), 1) for t in ("人工智能", "二" * 20, "三" * 30)]
    [17.1, 20.0, 24.0]
    """
    from mcdm.figures.text import em_width

    longest = max((em_width(t) + extra for t in texts), default=0.0)
    return max(label_width_em(width, share), min(longest, label_width_em(width, most)))


def title_lines(title: str, width: float, share: float = 0.95) -> list[str]:
    """The title's lines at a figure ``width`` (inches), as :func:`finish` draws them."""
    from mcdm.figures.text import wrap

    return wrap(title, width * share * 72 / TITLE_PT)


def min_height(labels, *, title: str, width: float, series: int = 1,
               legend_entries: int = 0, legend_columns: int = 1,
               title_share: float = 0.95) -> float:
    """The least height (inches) at which a figure of category rows stays readable.

    Rows are evenly spaced, so the pitch is set by the tallest pair of neighbouring labels (two
    half-heights meet between them) plus a gap, or by the bars a row holds (one per series, in
    84 % of the row); the plot spans the rows and the axis's margins (about 0.6 of a row). Then
    the legend's entries, and the chrome: the title's lines, the value axis and the source line.

    >>> round(min_height(["A", "B\\nC"], title="T", width=6.3), 2)
    1.76
    """
    lines = [label.count("\n") + 1 for label in labels] or [0]
    pairs = [(a + b) / 2 for a, b in zip(lines, lines[1:], strict=False)] or [lines[0]]
    pitch = max(max(pairs) * LINE_IN + ROW_GAP_IN, series * BAR_IN / 0.84)
    rows = (len(labels) + 0.6) * pitch if labels else 0.0
    legend = -(-legend_entries // max(legend_columns, 1)) * LINE_IN * 1.15
    chrome = len(title_lines(title, width, title_share)) * TITLE_PT * 1.3 / 72 + 0.9
    return max(rows, legend) + chrome


def source_text(project, lang: str) -> str:
    """The source line: the illustrative notice where it applies, else the project's title."""
    if project.illustrative:
        return f"{word('illustrative', lang)} · {word('app', lang)}"
    return f"{word('source', lang, title=project.title.get(lang))} · {word('app', lang)}"


BESIDE_LEGEND = 0.6  # the title's share of the width beside a legend at the right


def finish(fig, title: str, project, lang: str, title_share: float = 0.95) -> None:
    """The title at the top left, wrapped to ``title_share`` of the figure's width; the source
    line (the illustrative notice where it applies) at the bottom left.

    The title is the figure's (a suptitle): it starts at the figure's left edge whatever room
    the category labels take, and constrained layout keeps the plot below it. A legend at the
    right (:func:`legend`) starts at the figure's top: a figure with one wraps its title to
    :data:`BESIDE_LEGEND` of the width.
    """
    lines = title_lines(title, fig.get_figwidth(), title_share)
    fig.suptitle("\n".join(lines), x=0.01, ha="left", fontsize=TITLE_PT, fontweight="bold")
    fig.supxlabel(source_text(project, lang), fontsize=SOURCE_PT, color="#595959", x=0.01,
                  ha="left")


def legend(fig, handles=None, fontsize_delta: float = 0.5, **kw):
    """A figure legend right of the plot, top-aligned, made room for by constrained layout, so
    it is never clipped. (Constrained layout places an "outside upper" legend over a suptitle,
    and a "lower" one over the source line: the right side is the one free of both.)"""
    return fig.legend(handles=handles, loc="outside right upper", frameon=False,
                      fontsize=FONT_PT - fontsize_delta, **kw)


def nice_max(value: float, steps=(0.1, 0.2, 0.25, 0.4, 0.5, 0.6, 0.8, 1.0)) -> float:
    """The smallest step at or above ``value`` × 1.15 (room for a value label): an axis max that
    moves only when a bar crosses a step, not on every small edit.

    >>> nice_max(0.31), nice_max(0.05), nice_max(0.95)
    (0.4, 0.1, 1.0)
    """
    need = value * 1.15
    for s in steps:
        if need <= s:
            return s
    # A weight never exceeds 1: its axis stops there (a value near 1 is labelled inside its bar).
    return 1.0 if value <= 1.0 else float(math.ceil(need))


def nice_ceiling(value: float) -> float:
    """The smallest 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10^k at or above ``value``: an axis
    end that stays put while the data move below it.

    >>> nice_ceiling(0.61), nice_ceiling(1334.0), nice_ceiling(3.1)
    (0.8, 1500.0, 4.0)
    """
    value = max(float(value), 1e-12)
    power = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0):
        if value <= step * power * (1 + 1e-12):
            return step * power
    return 10.0 * power


def rank_colours(n: int) -> list[Any]:
    """An ordered, colour-blind-safe ramp for ranks 1..n: viridis from dark (rank 1) to green-
    yellow, stopping short of its palest end so the last rank still shows on white."""
    from matplotlib import colormaps

    cmap = colormaps["viridis"]
    return [cmap(0.9 * k / max(n - 1, 1)) for k in range(n)]


def text_colour_on(rgba) -> str:
    """Black or white text, whichever reads on ``rgba`` (WCAG relative luminance)."""
    def lin(c):
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (lin(c) for c in rgba[:3])
    return "black" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.18 else "white"

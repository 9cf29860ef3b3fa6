"""Figures of a project result, one definition for the screen, files and the report.

Each function takes the evaluation result (:class:`mcdm.project.result.ProjectResult`), the
language and its options, and returns a ``matplotlib.figure.Figure`` (Agg canvas, constrained
layout, never pyplot's global state):

- :func:`ranking_figure` — an industry's closeness bars (TOPSIS), best first;
- :func:`expert_weights_figure` — one expert's local weights at a node (their comparisons);
- :func:`node_weights_figure` — the group's and each expert's local weights at a node;
- :func:`global_weights_figure` — the group's global criterion weights;
- :func:`sensitivity_figure` — closeness against one criterion's weight, with rank reversals;
- :func:`acceptability_figure`, :func:`top_k_figure` — Monte Carlo rank acceptability, P(top k);
- :func:`comparison_figure` — the ranks other methods give;
- :func:`frontier_figure` — the portfolio's efficient frontier, budget and chosen portfolio.

Pass ``figure=`` to draw into an existing figure (a GUI's ``FigureCanvasQTAgg.figure``: it is
cleared and keeps its size). Drawn again into a figure that shows the same rows, labels and
axes (a live edit), the bar and frontier figures only move their bars, values and marker and
say so (:mod:`mcdm.figures.live`: :func:`~mcdm.figures.live.updated_in_place`,
:func:`~mcdm.figures.live.live_artists`), so a canvas can redraw just those. What a figure shows
— full row names, series, values, the least readable height — is :func:`shown`.
:func:`save` writes PNG (300 dpi), SVG or PDF.

matplotlib is imported only when a figure is drawn: ``import mcdm.figures`` costs nothing.
"""

from __future__ import annotations

from pathlib import Path

from mcdm.figures.analysis import (
    acceptability_figure,
    comparison_figure,
    sensitivity_figure,
    top_k_figure,
)
from mcdm.figures.live import Shown, live_artists, shown, updated_in_place
from mcdm.figures.portfolio import frontier_figure
from mcdm.figures.ranking import ranking_figure
from mcdm.figures.weights import expert_weights_figure, global_weights_figure, node_weights_figure

__all__ = ["FORMATS", "Shown", "acceptability_figure", "comparison_figure",
           "expert_weights_figure", "frontier_figure", "global_weights_figure", "live_artists",
           "node_weights_figure", "ranking_figure", "save", "sensitivity_figure", "shown",
           "top_k_figure", "updated_in_place"]

FORMATS = ("png", "svg", "pdf")


def save(fig, path, *, dpi: int = 300) -> Path:
    """Write ``fig`` to ``path`` as PNG (``dpi``), SVG or PDF, by the path's suffix."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(f"figure format {fmt!r}: expected one of {', '.join(FORMATS)}")
    tmp = path.with_name(path.name + ".part")
    # zlib level 1: a 300-dpi chart encodes in half the time for about a third more bytes.
    extra = {"pil_kwargs": {"compress_level": 1}} if fmt == "png" else {}
    fig.savefig(tmp, format=fmt, dpi=dpi, metadata=_metadata(fmt), **extra)
    tmp.replace(path)
    return path


def _metadata(fmt: str) -> dict:
    # No creation date: the same result gives the same SVG/PDF bytes.
    if fmt == "svg":
        return {"Date": None}
    if fmt == "pdf":
        return {"CreationDate": None}
    return {}

"""What a figure shows, and figures that change in place on a live edit.

Every figure records what it shows (:class:`Shown`): each row's full name, the series and the
values drawn, and the least height at which its rows stay readable. A GUI reads it for tooltips
(the full name where the axis shows a wrapped or short one) and to scroll rather than squeeze a
figure; the tests read it too.

A GUI canvas draws the same figure again after every edit. When only values changed (a slider
moved: the same rows, labels, colours, title and axis), clearing the figure and laying it out
again costs 100–300 ms. The bar and frontier figures instead update their moving artists (bars
and their value labels, a marker) in place when the figure they are given last showed the same
structure — the ``key`` they pass to :func:`update` — and say so (:func:`updated_in_place`); the
canvas then redraws just :func:`live_artists` over a saved background (blitting). Anything else
(another industry, a direction added, another language, a canvas resized so labels wrap
differently, an axis maximum that stepped) rebuilds the figure.

State is kept per figure in weak dictionaries: a figure that is dropped takes it along.

Examples
--------
>>> from matplotlib.figure import Figure
>>> fig = Figure()
>>> calls = []
>>> keep(fig, ("bars", ("A", "B")), artists=(), apply=calls.append)
>>> update(fig, ("bars", ("A", "B")), [0.4, 0.6]), calls, updated_in_place(fig)
(True, [[0.4, 0.6]], True)
>>> update(fig, ("bars", ("A", "C")), [0.5, 0.5]), updated_in_place(fig)
(False, False)
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Shown", "forget", "keep", "live_artists", "record", "shown", "update",
           "updated_in_place"]


@dataclass(frozen=True)
class Shown:
    """What one figure shows.

    Attributes
    ----------
    kind : str — the figure function's name without ``_figure`` ("ranking", "node_weights"…).
    rows : tuple of str — each category's full name, top to bottom (the axis may show it
        wrapped or by its short name).
    labels : tuple of str — the category labels as drawn (wrapped lines joined by "\\n").
    series : tuple of str — each bar set's or curve's name, in drawing order.
    values : tuple of tuples — ``values[s][r]``: series ``s`` at row ``r``, as drawn (nan where
        the result has no value).
    fmt : str — how a value is written on its bar (``str.format``).
    min_height : float — the least figure height in inches at which every row, the title, the
        axis and the source line fit without overlapping (at the figure's width).
    """

    kind: str
    rows: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    series: tuple[str, ...] = ()
    values: tuple[tuple[float, ...], ...] = ()
    fmt: str = "{:.4f}"
    min_height: float = 0.0


@dataclass
class _Live:
    key: Hashable
    artists: tuple
    apply: Callable[[Any], None]
    in_place: bool = False


_SHOWN: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_LIVE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def record(fig, what: Shown) -> None:
    """Remember what ``fig`` shows (called by the figure functions)."""
    _SHOWN[fig] = what


def shown(fig) -> Shown | None:
    """What ``fig`` shows, as its figure function recorded it (None for another figure)."""
    return _SHOWN.get(fig)


def keep(fig, key: Hashable, artists: Sequence, apply: Callable[[Any], None]) -> None:
    """After a full build: ``fig`` shows structure ``key``; ``apply(data)`` moves ``artists``
    to new data without touching anything else."""
    _LIVE[fig] = _Live(key, tuple(artists), apply)


def update(fig, key: Hashable, data: Any) -> bool:
    """If ``fig`` last showed ``key``, apply ``data`` in place and return True; else False (the
    caller rebuilds). ``fig`` None (a new figure) is always False."""
    state = _LIVE.get(fig) if fig is not None else None
    if state is None:
        return False
    if state.key != key:
        state.in_place = False
        return False
    state.apply(data)
    state.in_place = True
    return True


def updated_in_place(fig) -> bool:
    """Whether the last figure call on ``fig`` only moved its :func:`live_artists`."""
    state = _LIVE.get(fig)
    return state is not None and state.in_place


def live_artists(fig) -> tuple:
    """The artists a live edit moves (bars, value labels, markers); empty when none can move."""
    state = _LIVE.get(fig)
    return state.artists if state is not None else ()


def forget(fig) -> None:
    """``fig`` is being cleared: nothing it showed holds any longer."""
    _LIVE.pop(fig, None)
    _SHOWN.pop(fig, None)

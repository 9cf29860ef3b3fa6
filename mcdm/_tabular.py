"""The base of the engine's result classes that show as tables: ``to_frame()`` gives a pandas
DataFrame and ``_repr_html_()`` shows it in a notebook. Both import pandas on first use only
(:mod:`mcdm.frames`), so the engine and the GUI never pay for it."""

from __future__ import annotations

from typing import Any

__all__ = ["Tabular"]


class Tabular:
    """Mixin: ``to_frame(**options)`` and a notebook display. Adds no state (``__slots__``)."""

    __slots__ = ()

    def to_frame(self, *args: Any, **kw: Any):
        """This result as a :class:`pandas.DataFrame` (see :mod:`mcdm.frames` for the options
        of each result: names for the rows, the table of a project result, …)."""
        from mcdm.frames import frame_of

        return frame_of(self, *args, **kw)

    def _repr_html_(self) -> str | None:
        from mcdm.frames import html_of

        return html_of(self)

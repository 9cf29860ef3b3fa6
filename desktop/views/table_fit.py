"""Tables that fit their width: numbers keep their room, names give way.

:func:`fit_columns` sizes a table's columns to their contents when its model resets, then, on
every resize, fits them to the visible width: the number columns keep the width their contents
need, the text columns (names) share the rest — shrunk and elided (whole in the tooltip) when
the table is narrow, widened alike when there is room to spare. A table at 1366 × 768 so
keeps its closeness or global-weight column in view, with no sideways scrolling; at 1920 it
fills the width.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

MIN_TEXT = 80  # a name column never gets narrower than this (pixels)


def shares(natural: Sequence[int], room: int, least: int = MIN_TEXT) -> list[int]:
    """Widths for text columns of ``natural`` widths within ``room`` pixels: all natural with
    the spare room shared out evenly when they fit (a name a few pixels short of its measure
    — Qt measures a two-line header tight — is then drawn whole), else in proportion, none
    below ``least``, the widest giving up what the narrowest cannot (the sum stays within
    ``room`` whenever ``least`` times their number does).

    >>> shares([100, 50], 300), shares([300, 100], 400), shares([300, 100], 200)
    ([175, 125], [300, 100], [120, 80])
    """
    wanted = sum(natural)
    if not natural:
        return []
    if wanted <= room:
        spare, n = room - wanted, len(natural)
        return [w + spare // n + (1 if k < spare % n else 0) for k, w in enumerate(natural)]
    sizes = [max(least, room * n // wanted) for n in natural]
    excess = sum(sizes) - room
    for k in sorted(range(len(sizes)), key=lambda k: -sizes[k]):
        if excess <= 0:
            break
        give = min(excess, sizes[k] - least)
        sizes[k] -= give
        excess -= give
    return sizes


class _Fitter(QObject):
    def __init__(self, view: QAbstractItemView, text_columns: Sequence[int]) -> None:
        super().__init__(view)
        self.view = view
        self.text_columns = tuple(text_columns)
        self.natural: dict[int, int] = {}
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.model().modelReset.connect(self.measure)
        # New header texts (another language, a column that gained a figure): measured again.
        view.model().headerDataChanged.connect(
            lambda orientation, *_a: orientation == Qt.Orientation.Horizontal and self.measure())
        view.viewport().installEventFilter(self)
        self.measure()

    def measure(self) -> None:
        """Remember each column's natural width (its contents), then fit."""
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        self.natural = {c: header.sectionSize(c) for c in range(header.count())}
        self.fit()

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        count = header.count()
        if not count or not self.natural:
            return
        width = self.view.viewport().width()
        texts = [c for c in self.text_columns if c < count and not header.isSectionHidden(c)]
        fixed = sum(self.natural.get(c, 0) for c in range(count)
                    if c not in texts and not header.isSectionHidden(c))
        room = max(0, width - fixed)
        for c, size in zip(texts, shares([self.natural.get(c, MIN_TEXT) for c in texts], room),
                           strict=True):
            header.resizeSection(c, size)
        for c in range(count):
            if c not in texts:
                header.resizeSection(c, self.natural.get(c, header.sectionSize(c)))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


def fit_columns(view: QAbstractItemView, text_columns: Sequence[int]) -> Callable[[], None]:
    """Fit ``view``'s columns to its width, ``text_columns`` giving way (see the module).
    Returns the function that measures the contents again (for texts that change without a
    model reset, such as a language switch)."""
    view.setProperty("fitted", True)
    return _Fitter(view, text_columns).measure

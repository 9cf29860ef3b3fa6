"""One figure of :mod:`mcdm.figures` on screen: the same function the report and File ▸ Export
use, drawn into a matplotlib canvas (``FigureCanvasQTAgg``).

A page hands :meth:`ChartView.show` a function ``draw(lang, figure)`` — e.g. ``lambda lang, fig:
F.ranking_figure(result, industry, lang, figure=fig)`` — and the language. The view:

- **loads matplotlib only when a chart is first drawn** (the window shows without it; the app
  starts a thread after the window is shown that imports it, :mod:`desktop.warm`, so the first
  chart does not wait either);
- **draws at its own width**: labels wrap for the room the chart has; when a figure needs more
  height than the view has to keep its rows readable (``Shown.min_height``), the chart scrolls
  instead of squeezing the rows; a width change redraws (labels wrap anew) after a short pause;
- **repaints a live edit by blitting**: when the figure function only moved bars, value labels
  or a marker (:func:`mcdm.figures.updated_in_place`), just those are redrawn over the saved
  background, not the whole figure and its layout;
- shows a row's **full name and values in a tooltip** (the axis may show it wrapped or short);
- gives File ▸ Export the same drawing at the report's size (:meth:`export_figure`).

It computes nothing: every number comes from the result through the figure function.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QFrame, QScrollArea, QToolTip, QWidget

Draw = Callable[[str, Any], Any]  # (lang, figure or None) -> matplotlib Figure

REWRAP_DELAY_MS = 120  # after a resize, labels are wrapped anew once the size settles
MIN_WIDTH = 60  # narrower than this, a view is not laid out yet: nothing is drawn


def drawing(name: str, *args: Any, **options: Any) -> Draw:
    """``draw(lang, figure)`` for :meth:`ChartView.show_figure`: the figure function
    ``mcdm.figures.<name>(*args, lang, figure=figure, **options)``."""
    import mcdm.figures as figures

    make = getattr(figures, name)

    def draw(lang: str, figure: Any = None) -> Any:
        return make(*args, lang, figure=figure, **options)

    draw.__qualname__ = name
    return draw


class ChartView(QScrollArea):
    """A matplotlib canvas showing one figure function's drawing (see the module docstring).

    ``clicked`` fires when the chart is clicked (a page with two charts exports that one)."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setMinimumSize(320, 200)
        self._canvas = None
        self._draw: Draw | None = None
        self._lang = "en"
        self._pending = False
        self._background = None  # the canvas without its live artists, after a full draw
        self._built_width = 0
        self._rewrap = QTimer(self)
        self._rewrap.setSingleShot(True)
        self._rewrap.setInterval(REWRAP_DELAY_MS)
        self._rewrap.timeout.connect(self._redraw)

    # -- what a page calls -------------------------------------------------------------------
    def show_figure(self, draw: Draw, lang: str) -> None:
        """Show ``draw(lang, figure)``: at once when the view already shows a chart (a live edit
        repaints in the same event), else once the view is laid out (the first chart waits for
        its size, so labels wrap for the room it really has)."""
        self._draw, self._lang, self._pending = draw, lang, True
        if self._canvas is not None and self._laid_out():
            self._build()
        else:
            QTimer.singleShot(0, self, self._redraw)

    def clear(self) -> None:
        """Show nothing (no result to draw)."""
        self._draw, self._pending = None, False
        if self._canvas is not None:
            from mcdm.figures import live

            live.forget(self._canvas.figure)
            self._canvas.figure.clear()
            self._background = None
            self._canvas.draw_idle()

    def has_figure(self) -> bool:
        return self._draw is not None

    def drawing(self) -> Draw | None:
        """The function drawing what is shown (None when nothing is): ``drawing()(lang, None)``
        makes a new figure at the report's size — File ▸ Export does that in a worker thread."""
        return self._draw

    def export_figure(self, lang: str | None = None):
        """The shown drawing as a new figure at the report's size, in ``lang`` (default: the
        language shown); None when nothing is shown."""
        if self._draw is None:
            return None
        return self._draw(lang or self._lang, None)

    # -- what the tests and the window read --------------------------------------------------
    @property
    def figure(self):
        """The canvas's figure (None before the first chart is drawn)."""
        self.flush()
        return self._canvas.figure if self._canvas is not None else None

    @property
    def canvas(self):
        self.flush()
        return self._canvas

    def shown(self):
        """What the chart shows (:class:`mcdm.figures.Shown`), or None when empty."""
        if self.figure is None or self._draw is None:
            return None
        from mcdm.figures import shown

        return shown(self._canvas.figure)

    def categories(self) -> list[str]:
        """The rows' full names top to bottom (the axis may show them wrapped or short)."""
        s = self.shown()
        return list(s.rows) if s is not None else []

    def labels(self) -> list[str]:
        """The category labels as drawn."""
        s = self.shown()
        return list(s.labels) if s is not None else []

    def values(self) -> list[float]:
        """The first series' bar lengths top to bottom, as painted ([] without bars)."""
        series = self.series_values()
        return series[0] if series else []

    def series_values(self) -> list[list[float]]:
        """Every series' bar lengths, in drawing order (the legend's), top to bottom."""
        if self.shown() is None:
            return []
        ax = self._canvas.figure.axes[0]
        return [[float(bar.get_width()) for bar in c] for c in ax.containers]

    def value_labels(self) -> list[str]:
        """The values written on the bars, as drawn (series after series)."""
        if self.shown() is None:
            return []
        return [t.get_text() for t in self._canvas.figure.axes[0].texts]

    def flush(self) -> None:
        """Draw now what is waiting to be drawn (a hidden or not yet laid out view)."""
        if self._pending and self._draw is not None:
            self._build()

    # -- drawing -----------------------------------------------------------------------------
    def _laid_out(self) -> bool:
        return self.isVisible() and self.viewport().width() >= MIN_WIDTH

    def _ensure_canvas(self):
        if self._canvas is None:
            from desktop import warm

            warm.wait()  # never import matplotlib beside the warm-up thread
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            from mcdm.figures import style

            style.configure()
            self._canvas = FigureCanvasQTAgg(Figure())
            self._canvas.setObjectName("chart_canvas")
            self._canvas.mpl_connect("draw_event", self._drawn)
            self._canvas.mpl_connect("motion_notify_event", self._hover)
            self._canvas.mpl_connect("button_press_event", lambda _e: self.clicked.emit())
            self.setWidget(self._canvas)
            self._fit(0.0)
        return self._canvas

    def _dpi(self) -> float:
        """Figure inches → logical pixels."""
        canvas = self._canvas
        return canvas.figure.dpi / max(canvas.device_pixel_ratio, 1e-9)

    def _fit(self, min_height: float) -> bool:
        """Size the canvas to the view's width and at least ``min_height`` inches; True if the
        canvas changed size (its next paint is a full draw)."""
        canvas = self._canvas
        view = self.maximumViewportSize()
        need = round(min_height * self._dpi())
        # Not laid out yet (a hidden page): no smaller than the view may ever be.
        height = max(view.height(), need, self.minimumHeight())
        width = max(view.width(), self.minimumWidth())
        if height > max(view.height(), self.minimumHeight()):  # a scroll bar takes width
            width -= self.verticalScrollBar().sizeHint().width()
        width = max(width, 1)
        if (canvas.width(), canvas.height()) == (width, height):
            return False
        canvas.resize(width, height)
        # A hidden canvas gets its resize event only when shown: size the figure now, so a
        # drawing made before then wraps its labels for this width.
        dpi = self._dpi()
        canvas.figure.set_size_inches(width / dpi, height / dpi, forward=False)
        self._background = None
        return True

    def _build(self) -> None:
        from mcdm.figures import live_artists, shown, updated_in_place

        canvas = self._ensure_canvas()
        self._pending = False
        self._fit(self._min_height())
        self._built_width = canvas.width()
        fig = self._draw(self._lang, canvas.figure)
        what = shown(fig)
        resized = self._fit(what.min_height if what is not None else 0.0)
        if resized and canvas.width() != self._built_width:
            # A scroll bar appeared or went: wrap for the width the chart really has.
            self._built_width = canvas.width()
            fig = self._draw(self._lang, canvas.figure)
        if updated_in_place(fig) and self._background is not None and not resized:
            self._blit(fig)
            return
        for artist in live_artists(fig):
            artist.set_animated(True)  # drawn over the background, after each full draw
        self._background = None
        canvas.draw_idle()

    def _min_height(self) -> float:
        from mcdm.figures import shown

        what = shown(self._canvas.figure)
        return what.min_height if what is not None else 0.0

    def _drawn(self, _event) -> None:
        """After every full draw: keep the background, then draw the live artists on it."""
        from mcdm.figures import live_artists

        canvas = self._canvas
        fig = canvas.figure
        self._background = canvas.copy_from_bbox(fig.bbox)
        for artist in live_artists(fig):
            fig.draw_artist(artist)

    def _blit(self, fig) -> None:
        from mcdm.figures import live_artists

        canvas = self._canvas
        canvas.restore_region(self._background)
        for artist in live_artists(fig):
            fig.draw_artist(artist)
        # The Agg buffer is ready: Qt copies it at the next paint (not a synchronous repaint,
        # which the page's own repaint would repeat).
        canvas.update()

    def _redraw(self) -> None:
        if self._draw is not None:
            self._pending = True
            if self._laid_out():
                self._build()

    # -- Qt events ---------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._pending:
            QTimer.singleShot(0, self, self.flush)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._canvas is None:
            if self._pending and self._laid_out():
                QTimer.singleShot(0, self, self.flush)
            return
        self._fit(self._min_height())
        if self._draw is not None and abs(self._canvas.width() - self._built_width) > 2:
            self._rewrap.start()

    # -- tooltips ----------------------------------------------------------------------------
    def _hover(self, event) -> None:
        text = self.tooltip_at(event.x, event.y)
        if text:
            QToolTip.showText(QCursor.pos(), text, self._canvas)
        else:
            QToolTip.hideText()

    def tooltip_at(self, x: float, y: float) -> str:
        """The tooltip for a point of the canvas (display pixels): a row's full name and its
        values, over a bar or its label; "" elsewhere."""
        s = self.shown()
        if s is None or not s.rows or not s.values:
            return ""
        ax = self._canvas.figure.axes[0]
        box = ax.bbox
        if not (box.y0 <= y <= box.y1) or x > box.x1:
            return ""
        row = round(float(ax.transData.inverted().transform((box.x0, y))[1]))
        if not 0 <= row < len(s.rows):
            return ""
        lines = [s.rows[row]]
        named = len(s.series) > 1
        for name, values in list(zip(s.series, s.values, strict=False))[:12]:
            value = values[row]
            shown_value = s.fmt.format(value) if value == value else "—"
            lines.append(f"{name}: {shown_value}" if named else shown_value)
        return "\n".join(lines)

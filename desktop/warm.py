"""matplotlib (the charts) loads after the window is shown, in a thread, so neither the start nor
the first chart waits for it (~0.5 s of imports and the font list).

Two threads importing the same package at once can see it half-initialized (matplotlib imports
itself in a cycle), so every path that may import matplotlib — a chart's first canvas, the
method comparison (pymcdm imports pyplot), an export in its worker — calls :func:`wait` first:
it returns at once when no warm-up runs, else when it has finished. Only :func:`desktop.app.launch`
starts the warm-up; windows built by tests and tools import matplotlib when they first need it.
"""

from __future__ import annotations

import sys
import threading

_thread: threading.Thread | None = None


def start() -> threading.Thread | None:
    """Import matplotlib and read the font list in a background thread (None when it is loaded
    already)."""
    global _thread
    if "matplotlib.backends.backend_agg" in sys.modules or _thread is not None:
        return None

    def work() -> None:
        from matplotlib.backends import backend_agg, backend_qtagg  # noqa: F401
        from matplotlib.figure import Figure

        from mcdm.figures import style

        style.configure()
        fig = Figure(figsize=(1, 1))
        backend_agg.FigureCanvasAgg(fig)
        fig.text(0.5, 0.5, "排序 Ranking 0.5")  # reads the CJK font once
        fig.canvas.draw()

    _thread = threading.Thread(target=work, name="matplotlib-warm-up", daemon=True)
    _thread.start()
    return _thread


def wait() -> None:
    """Return once no warm-up is importing matplotlib (at once when none runs)."""
    thread = _thread
    if thread is not None and thread is not threading.current_thread():
        thread.join()

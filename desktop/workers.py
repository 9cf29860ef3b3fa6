"""Run long engine calls (Monte Carlo, exports) off the GUI thread, with progress and cancel.

The engine's long functions take a ``progress(done, total) -> bool`` callback and stop early when
it returns ``False``. :class:`Task` runs such a function in a :class:`QThread` and turns that
callback into Qt signals; the window never freezes, and the cancel button only sets a flag the
next callback reads.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], bool]


class Cancelled(Exception):
    """Raised inside a task by :func:`check` (or by the task itself) when the user cancelled."""


class _Thread(QThread):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:  # runs in the worker thread
        self._task.run_in_worker()


class Task(QObject):
    """One background call of ``fn(progress)``; emits exactly one of succeeded/failed/cancelled.

    Parameters
    ----------
    fn : callable
        Called in the worker thread with a progress callback ``progress(done, total) -> bool``
        that returns ``False`` once the user cancelled. Its return value goes to ``succeeded``.
    min_interval : float
        Progress signals are throttled to at most one per ``min_interval`` seconds, so a callback
        called per sample does not flood the event loop.
    """

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception; the GUI turns it into a message, never a traceback
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(self, fn: Callable[[ProgressFn], Any], parent: QObject | None = None, *,
                 min_interval: float = 0.05) -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()
        self._min_interval = min_interval
        self._last_emit = 0.0
        self._thread: _Thread | None = None
        self._outcome: tuple[str, Any] | None = None
        self._started = False

    # -- control from the GUI thread -----------------------------------------------------------
    def start(self) -> None:
        if self._started:
            raise RuntimeError("a Task runs once")
        self._started = True
        self._thread = _Thread(self)
        self._thread.finished.connect(self._deliver)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def wait(self, msecs: int = 30_000) -> bool:
        return self._thread.wait(msecs) if self._thread is not None else True

    # -- worker thread --------------------------------------------------------------------------
    def _progress(self, done: int, total: int) -> bool:
        now = time.monotonic()
        if done >= total or now - self._last_emit >= self._min_interval:
            self._last_emit = now
            self.progress.emit(int(done), int(total))
        return not self._cancel.is_set()

    def run_in_worker(self) -> None:
        try:
            value = self._fn(self._progress)
        except Cancelled:
            self._outcome = ("cancelled", None)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a message for the user
            if self._cancel.is_set():
                self._outcome = ("cancelled", None)
            else:
                log.exception("background task failed")
                self._outcome = ("failed", exc)
        else:
            self._outcome = ("cancelled", None) if self._cancel.is_set() else ("succeeded", value)

    def _deliver(self) -> None:
        # QThread.finished arrives in the GUI thread: results are delivered there, in order.
        kind, value = self._outcome or ("failed", RuntimeError("task ended without an outcome"))
        if kind == "succeeded":
            self.succeeded.emit(value)
        elif kind == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.finished.emit()
        if self._thread is not None:
            self._thread.deleteLater()
            self._thread = None


def check(progress: ProgressFn, done: int, total: int) -> None:
    """Report progress from inside a task and stop with :class:`Cancelled` if the user asked."""
    if progress(done, total) is False:
        raise Cancelled

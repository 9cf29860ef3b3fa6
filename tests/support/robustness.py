"""Shared pieces of the robustness campaign (issue 8): campaign sizes, counters, the hang guard
and the corpus of saved inputs.

- ``FOURCHAINS_LONG``: unset or ``0`` runs the quick CI profile; ``1`` runs each campaign at its
  documented long size; any larger integer sets the size directly.
- ``FOURCHAINS_STATS=<file>``: at exit, add how many inputs each campaign tried to that JSON file
  (``tools/long_campaigns.sh`` uses it for the README figures).
- ``FOURCHAINS_FUZZ_SAVE=1``: an input that breaks a reader is written to
  ``tests/fuzz_corpus/<kind>/<sha1>.bin`` so it can be replayed (and committed).
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import json
import os
import signal
import threading
from collections import Counter
from pathlib import Path

from tests.support import CORPUS  # noqa: E402

HANG_SECONDS = 60  # far beyond any single input; only a hang gets here

_counts: Counter = Counter()


def campaign_size(long: int, ci: int) -> int:
    """The number of inputs / kills / actions for a campaign under ``FOURCHAINS_LONG``."""
    raw = os.environ.get("FOURCHAINS_LONG", "").strip()
    if not raw or raw == "0":
        return ci
    try:
        value = int(raw)
    except ValueError:
        return long
    return long if value == 1 else value


def count(name: str, n: int = 1) -> None:
    _counts[name] += n


def counts() -> dict[str, int]:
    return dict(_counts)


@atexit.register
def _write_stats() -> None:
    target = os.environ.get("FOURCHAINS_STATS")
    if not target or not _counts:
        return
    path = Path(target)
    try:
        old = json.loads(path.read_text("utf-8")) if path.exists() else {}
    except ValueError:
        old = {}
    for k, v in _counts.items():
        old[k] = old.get(k, 0) + v
    path.write_text(json.dumps(old, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def save_case(kind: str, raw: bytes) -> Path | None:
    """Keep an input that broke a reader (only when ``FOURCHAINS_FUZZ_SAVE=1``)."""
    if os.environ.get("FOURCHAINS_FUZZ_SAVE") != "1":
        return None
    folder = CORPUS / kind
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{hashlib.sha1(raw).hexdigest()[:16]}.bin"
    path.write_bytes(raw)
    return path


class Hang(Exception):
    """An input kept a reader busy far longer than any input should."""


@contextlib.contextmanager
def hang_guard(seconds: int = HANG_SECONDS):
    """Turn a hang into a failure (SIGALRM; a no-op off the main thread or without alarms)."""
    if not hasattr(signal, "SIGALRM") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum, frame):
        raise Hang(f"no answer after {seconds} s")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)

"""What incremental evaluation keeps between two versions of a project: bounded caches and the
scores split by industry.

:class:`Memo` is a least-recently-used map from a stage's inputs (a tuple of immutable values)
to its output — or to the :class:`~mcdm.errors.MCDMError` it raised, which is raised again on
a hit, so a cached stage behaves exactly like a computed one. :class:`ScoreSplit` keeps each
industry's scores as a ``FrozenDict`` of their own, updated from the difference between the
scores last seen and the new ones, so that a score edit changes the key of one industry only
and no edit costs a pass over every score.

Keys are cheap because the model is made of immutable values: a ``FrozenDict`` caches its hash
and compares by identity first, and an edit shares every part it did not change with the
project it came from.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
from typing import Any

import numpy as np

from mcdm.errors import MCDMError
from mcdm.project.model import FrozenDict

__all__ = ["Memo", "ScoreSplit", "industry_tensor"]


class _Raised:
    __slots__ = ("error",)

    def __init__(self, error: MCDMError) -> None:
        self.error = error


class Memo:
    """A bounded least-recently-used cache of one evaluation stage.

    ``memo(key, compute)`` returns the value stored under ``key`` or ``compute()`` (then
    stored); an :class:`~mcdm.errors.MCDMError` from ``compute`` is stored and raised again on
    every hit. With ``size=0`` or ``key=None`` nothing is stored (a one-off evaluation). Thread-safe: the GUI
    may evaluate for a Monte Carlo run in a worker while the main thread evaluates an edit.

    >>> memo = Memo(2)
    >>> memo("a", lambda: 1), memo("a", lambda: 2), memo.hits, memo.misses
    (1, 1, 1, 1)
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.hits = 0
        self.misses = 0
        self._data: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._data)

    def __call__(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        if self.size and key is not None:
            with self._lock:
                value = self._data.get(key, _MISSING)
                if value is not _MISSING:
                    self._data.move_to_end(key)
                    self.hits += 1
            if value is not _MISSING:
                if isinstance(value, _Raised):
                    raise value.error
                return value
        self.misses += 1
        try:
            value = compute()
        except MCDMError as exc:
            self._store(key, _Raised(exc))
            raise
        self._store(key, value)
        return value

    def _store(self, key: Hashable, value: Any) -> None:
        if not self.size or key is None:
            return
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self.hits = self.misses = 0


_MISSING = object()


class ScoreSplit:
    """The scores of a project, one ``FrozenDict`` per industry id.

    :meth:`parts` returns the split of ``scores``; when the split of the previous scores
    mapping is at hand, only the industries whose scores differ get a new ``FrozenDict`` (the
    others keep theirs, hash included), at the cost of one set difference of the two
    mappings' items rather than a pass in Python over every score.
    """

    def __init__(self) -> None:
        self._scores: Mapping | None = None
        self._parts: dict[str, FrozenDict] = {}
        self._lock = threading.Lock()

    def parts(self, scores: Mapping) -> dict[str, FrozenDict]:
        with self._lock:
            if scores is self._scores:
                return self._parts
            parts = self._update(scores) if self._scores is not None else None
            if parts is None:
                parts = _split(scores)
            self._scores, self._parts = scores, parts
            return parts

    def _update(self, scores: Mapping) -> dict[str, FrozenDict] | None:
        old = self._scores
        try:
            changed = old.items() ^ scores.items()
        except TypeError:  # an unhashable value (only in a project that fails validation)
            return None
        if len(changed) > len(scores) // 4:
            return None  # another project, or most of it: splitting afresh is as quick
        touched: dict[str, dict] = {}
        for (key, _value) in changed:
            ind = key[1]
            part = touched.get(ind)
            if part is None:
                part = touched[ind] = dict(self._parts.get(ind, ()))
            if key in scores:
                part[key] = scores[key]
            else:
                part.pop(key, None)
        parts = dict(self._parts)
        for ind, part in touched.items():
            parts[ind] = FrozenDict(part)
        return parts


def _split(scores: Mapping) -> dict[str, FrozenDict]:
    out: dict[str, dict] = {}
    for key, value in scores.items():
        part = out.get(key[1])
        if part is None:
            part = out[key[1]] = {}
        part[key] = value
    return {k: FrozenDict(v) for k, v in out.items()}


def industry_tensor(experts: tuple[str, ...], directions: tuple[str, ...],
                    criteria: tuple[str, ...], scores: Mapping) -> np.ndarray:
    """experts × directions × criteria of one industry's ``scores`` (nan where missing),
    read-only — the same array as :meth:`~mcdm.project.model.Project.score_tensor`."""
    ei = {e: i for i, e in enumerate(experts)}
    di = {d: i for i, d in enumerate(directions)}
    ci = {c: i for i, c in enumerate(criteria)}
    t = np.full((len(experts), len(directions), len(criteria)), np.nan)
    for (e, _ind, d, c), v in scores.items():
        i, j, k = ei.get(e), di.get(d), ci.get(c)
        if i is not None and j is not None and k is not None:
            t[i, j, k] = v
    t.flags.writeable = False
    return t

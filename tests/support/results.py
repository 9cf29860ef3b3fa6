"""Compare two evaluation results bit for bit: every array, float, reason and error, walked.

``assert_same_result(a, b)`` raises ``AssertionError`` naming the first path where they
differ (e.g. ``nodes['A'].consensus.s_star``). Arrays must have the same dtype, shape and
bytes; floats the same bits (so ``nan`` equals ``nan`` and ``0.0`` differs from ``-0.0``);
errors the same class, code, message, location, expected and parameters; mappings the same
keys in the same order. A result's private ``_cache`` is skipped; the evaluated ``project``
is compared by equality.
"""

from __future__ import annotations

import dataclasses
import struct
from collections.abc import Mapping

import numpy as np

from mcdm.errors import MCDMError

__all__ = ["assert_same_result", "differences"]


def _float_bits(x: float) -> bytes:
    return struct.pack("<d", float(x))


def differences(a, b, path: str = "result", limit: int = 20) -> list[str]:
    """Up to ``limit`` descriptions of where ``a`` and ``b`` differ (empty: identical)."""
    out: list[str] = []
    _walk(a, b, path, out, limit)
    return out


def assert_same_result(a, b) -> None:
    found = differences(a, b)
    assert not found, "results differ:\n  " + "\n  ".join(found)


def _walk(a, b, path: str, out: list[str], limit: int) -> None:  # noqa: C901 - one dispatch
    if len(out) >= limit or a is b:
        return
    if type(a) is not type(b):
        out.append(f"{path}: {type(a).__name__} vs {type(b).__name__}")
        return
    if isinstance(a, np.ndarray):
        if a.dtype != b.dtype or a.shape != b.shape or a.tobytes() != b.tobytes():
            out.append(f"{path}: arrays differ\n    {a!r}\n    {b!r}")
        return
    if isinstance(a, float | np.floating):
        if _float_bits(a) != _float_bits(b):
            out.append(f"{path}: {a!r} vs {b!r}")
        return
    if isinstance(a, str | int | bool | bytes | np.integer | np.bool_) or a is None:
        if a != b:
            out.append(f"{path}: {a!r} vs {b!r}")
        return
    if isinstance(a, MCDMError):
        for name in ("code", "message", "location", "expected", "params"):
            _walk(getattr(a, name), getattr(b, name), f"{path}.{name}", out, limit)
        return
    if isinstance(a, Mapping):
        if list(a.keys()) != list(b.keys()):
            out.append(f"{path}: keys {list(a.keys())} vs {list(b.keys())}")
            return
        for k in a:
            _walk(a[k], b[k], f"{path}[{k!r}]", out, limit)
        return
    if isinstance(a, tuple | list):
        if len(a) != len(b):
            out.append(f"{path}: length {len(a)} vs {len(b)}")
            return
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _walk(x, y, f"{path}[{i}]", out, limit)
        return
    if dataclasses.is_dataclass(a):
        for f in dataclasses.fields(a):
            if f.name == "_cache":
                continue
            x, y = getattr(a, f.name), getattr(b, f.name)
            if f.name == "project":
                if x != y:
                    out.append(f"{path}.project: the evaluated projects differ")
                continue
            _walk(x, y, f"{path}.{f.name}", out, limit)
        return
    if a != b:
        out.append(f"{path}: {a!r} vs {b!r}")

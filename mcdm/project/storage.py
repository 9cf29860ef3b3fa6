"""Project files: JSON text in and out, and an atomic save that keeps a backup.

Files are UTF-8 JSON with Chinese unescaped, two-space indent and members in model order, so they
read and diff well. Loading migrates older versions (:mod:`mcdm.project.migrations`), refuses
newer ones, and validates everything, reporting every problem with its JSON path
(``ValidationFailed``). Saving writes a temporary file in the target's folder, flushes and fsyncs
it, keeps the previous file as ``<name>.bak`` and moves the new one in with ``os.replace``; a
crash at any point leaves either the old or the new file complete, never a mix.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from mcdm.errors import Location, MCDMError, Problem, ValidationFailed, os_reason
from mcdm.project.codec import from_data, to_data
from mcdm.project.migrations import migrate
from mcdm.project.model import Project
from mcdm.project.schema import check

__all__ = [
    "MAX_FILE_BYTES", "StorageError", "atomic_write", "backup_path", "dumps", "load", "loads",
    "parse_json", "save",
]

# A workshop file is a few hundred kB; anything far larger is not a project file.
MAX_FILE_BYTES = 64 * 1024 * 1024


class StorageError(MCDMError):
    """A project file that cannot be read or written."""


def dumps(project: Project) -> str:
    """The project as JSON text (validated first: an invalid project is never written)."""
    check(project)
    return json.dumps(to_data(project), ensure_ascii=False, indent=2) + "\n"


def loads(text: str | bytes, *, file: str | None = None) -> Project:
    """Parse, migrate and validate project JSON text."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise StorageError("file.encoding", f"the file is not UTF-8 text ({exc.reason} at "
                               f"byte {exc.start})", location=Location(file=file),
                               expected="a UTF-8 JSON project file",
                               params={"byte": exc.start}) from None
    return from_data(migrate(parse_json(text, file=file), file=file), file=file)


def parse_json(text: str, *, file: str | None = None) -> Any:
    """``json.loads`` whose every failure is a ``ValidationFailed`` naming the place."""
    def failed(message: str, params: dict, **where: Any) -> ValidationFailed:
        return ValidationFailed([Problem("file.json", message, Location(file=file, **where),
                                         "a JSON project file", params)],
                                location=Location(file=file))
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise failed(f"not valid JSON: {exc.msg}", {"line": exc.lineno, "column": exc.colno},
                     row=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise failed("the JSON is nested too deeply", {"reason": "nesting"}, path="$") from None
    except ValueError as exc:  # e.g. an integer of more than 4300 digits
        raise failed(f"not valid JSON: {exc}", {"reason": "digits"}, path="$") from None


def load(path: str | os.PathLike) -> Project:
    """Read a project file (see :func:`loads`)."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise StorageError("file.too_large", f"the file is {size} bytes",
                               location=Location(file=str(p)),
                               expected=f"a project file under {MAX_FILE_BYTES} bytes",
                               params={"size": size, "limit": MAX_FILE_BYTES,
                                       "kind": "project file"})
        raw = p.read_bytes()
    except OSError as exc:
        raise StorageError("file.unreadable", f"cannot read the file: {exc.strerror or exc}",
                           location=Location(file=str(p)),
                           expected="a readable project file",
                           params={"reason": os_reason(exc), "kind": "project file"}) from None
    return loads(raw, file=str(p))


def backup_path(path: str | os.PathLike) -> Path:
    p = Path(path)
    return p.with_name(p.name + ".bak")


def _fsync_dir(folder: Path) -> None:
    # The rename is only durable once the directory entry is on disk (POSIX); Windows has no
    # directory handles to sync, and os.replace is already atomic there.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: str | os.PathLike, data: bytes, *, backup: bool = True) -> Path:
    """Write ``data`` to ``path`` atomically, keeping the previous file as ``<path>.bak``.

    A temporary file in the same folder is written, flushed and fsynced, then moved over
    ``path`` with ``os.replace``. A crash at any point leaves ``path`` either as it was or
    complete with ``data``; a stray ``.<name>.*.tmp`` left by such a crash is removed by the
    next successful save once it is older than :data:`STALE_TEMP_SECONDS`.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise StorageError("file.unwritable", f"cannot write in the folder: {exc.strerror or exc}",
                           location=Location(file=str(target)),
                           expected="a writable folder", params={"reason": os_reason(exc)}) from None
    try:
        # mkstemp makes the file private (0600); keep the old file's mode, or the usual 0644.
        os.chmod(tmp, target.stat().st_mode & 0o7777 if target.exists() else 0o644)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if backup and target.exists():
            _backup(target)
        os.replace(tmp, target)
        _fsync_dir(folder)
        _remove_stale_temps(target)
    except OSError as exc:
        _unlink_quietly(tmp)
        raise StorageError("file.unwritable", f"cannot save: {exc.strerror or exc}",
                           location=Location(file=str(target)),
                           expected="a writable file and folder",
                           params={"reason": os_reason(exc)}) from None
    except BaseException:
        _unlink_quietly(tmp)
        raise
    return target


# Another process may be saving the same file right now; only temporaries this old are
# certainly left over from a crash.
STALE_TEMP_SECONDS = 120.0


def _remove_stale_temps(target: Path, now: float | None = None) -> None:
    now = time.time() if now is None else now
    for stray in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        try:
            if now - stray.stat().st_mtime > STALE_TEMP_SECONDS:
                stray.unlink()
        except OSError:
            pass


def _backup(target: Path) -> None:
    # A hard link keeps the old file at its own name all along, so there is never a moment
    # without a complete project at ``target``; file systems without links get a copy.
    bak = backup_path(target)
    bak_tmp = bak.with_name(bak.name + ".tmp")
    _unlink_quietly(bak_tmp)
    try:
        os.link(target, bak_tmp)
    except OSError:
        shutil.copy2(target, bak_tmp)
    os.replace(bak_tmp, bak)


def _unlink_quietly(path: str | os.PathLike) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def save(project: Project, path: str | os.PathLike, *, backup: bool = True) -> Path:
    """Validate and write ``project`` to ``path`` atomically (see :func:`atomic_write`).

    Returns the path written. Nothing at ``path`` changes if validation or writing fails.
    """
    return atomic_write(path, dumps(project).encode("utf-8"), backup=backup)

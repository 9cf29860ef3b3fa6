"""Autosave: unsaved work goes to a recovery file, offered back on the next start.

The recovery file is a small JSON envelope ``{"recovery": 1, "original_path", "saved_at",
"project": <project data>}`` written atomically (no backup) in the recovery folder:
``$FOURCHAINS_RECOVERY_DIR`` if set, else ``%LOCALAPPDATA%/FourChains`` on Windows, else
``$XDG_STATE_HOME/fourchains`` (``~/.local/state/fourchains``). The GUI calls
:func:`write_recovery` on a timer while the project is dirty, :func:`discard_recovery` after a
save or a deliberate discard, and on start-up :func:`find_recovery` then :func:`read_recovery`.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from mcdm.errors import Location, os_reason
from mcdm.project.codec import from_data, to_data
from mcdm.project.migrations import migrate
from mcdm.project.model import Project
from mcdm.project.schema import check
from mcdm.project.storage import StorageError, atomic_write

__all__ = [
    "RECOVERY_NAME", "Recovery", "discard_recovery", "find_recovery", "read_recovery",
    "recovery_dir", "write_recovery",
]

RECOVERY_NAME = "recovery.json"


@dataclass(frozen=True)
class Recovery:
    """A recovery file found on disk."""

    path: Path
    original_path: str | None
    saved_at: str  # ISO 8601, UTC


def recovery_dir() -> Path:
    env = os.environ.get("FOURCHAINS_RECOVERY_DIR")
    if env:
        return Path(env)
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "FourChains"
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "fourchains"


def _file(folder: str | os.PathLike | None) -> Path:
    return Path(folder) / RECOVERY_NAME if folder is not None else recovery_dir() / RECOVERY_NAME


def write_recovery(project: Project, original_path: str | os.PathLike | None = None, *,
                   folder: str | os.PathLike | None = None) -> Path:
    """Write ``project`` (and where it was last saved) to the recovery file."""
    check(project)
    target = _file(folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    envelope = {
        "recovery": 1,
        "original_path": None if original_path is None else str(original_path),
        "saved_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "project": to_data(project),
    }
    text = json.dumps(envelope, ensure_ascii=False, indent=1) + "\n"
    return atomic_write(target, text.encode("utf-8"), backup=False)


def find_recovery(folder: str | os.PathLike | None = None) -> Recovery | None:
    """The recovery file left by a previous session, or None.

    An unreadable or damaged file is still returned (``read_recovery`` then says what is wrong),
    so the user is told rather than silently losing work.
    """
    path = _file(folder)
    if not path.is_file():
        return None
    original, saved = None, ""
    try:
        head = json.loads(path.read_text("utf-8"))
        if isinstance(head, dict):
            original = head.get("original_path") if isinstance(head.get("original_path"),
                                                              str) else None
            saved = head.get("saved_at") if isinstance(head.get("saved_at"), str) else ""
    except (OSError, ValueError, RecursionError):
        pass
    return Recovery(path, original, saved)


def read_recovery(found: Recovery | str | os.PathLike) -> tuple[Project, str | None]:
    """``(project, original_path)`` from a recovery file (validated like any project file)."""
    path = found.path if isinstance(found, Recovery) else Path(found)
    try:
        envelope = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError, RecursionError) as exc:
        detail = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)[:200]
        raise StorageError("recovery.unreadable", f"the recovery file cannot be read: {detail}",
                           location=Location(file=str(path)),
                           expected="a recovery file written by FourChains",
                           params={"reason": os_reason(exc)}) from None
    if not isinstance(envelope, dict) or envelope.get("recovery") != 1 or \
            "project" not in envelope:
        raise StorageError("recovery.format", "not a FourChains recovery file",
                           location=Location(file=str(path)),
                           expected='{"recovery": 1, "project": ...}')
    data = migrate(envelope["project"], file=str(path))
    project = from_data(data, file=str(path))
    original = envelope.get("original_path")
    return project, original if isinstance(original, str) else None


def discard_recovery(folder: str | os.PathLike | None = None) -> None:
    """Delete the recovery file (no error if there is none)."""
    try:
        _file(folder).unlink()
    except FileNotFoundError:
        pass

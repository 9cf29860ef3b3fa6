"""Typed application settings over an injected :class:`QSettings`.

Nothing reads a global: :class:`AppSettings` is built once in :func:`desktop.app.main` (or by a
test, over a ``QSettings`` file in a temporary folder) and handed to everything that needs it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class AppSettings:
    """The few values the app remembers between runs, each with a type and a default.

    Parameters
    ----------
    qsettings : QSettings
        Where the values live. Tests pass ``QSettings(str(tmp / "s.ini"), QSettings.IniFormat)``.
    """

    def __init__(self, qsettings: QSettings) -> None:
        self._s = qsettings

    @property
    def qsettings(self) -> QSettings:
        return self._s

    def _str(self, key: str, default: str = "") -> str:
        value = self._s.value(key, default)
        return str(value) if value is not None else default

    @property
    def language(self) -> str:
        """"zh", "en" or "" (follow the system locale)."""
        value = self._str("ui/language")
        return value if value in ("zh", "en") else ""

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def recent_files(self) -> list[str]:
        value = self._s.value("files/recent", [])
        if isinstance(value, str):  # QSettings' INI backend returns a lone item as a string
            value = [value] if value else []
        return [str(v) for v in (value or [])]

    def add_recent_file(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        files = [f for f in self.recent_files if f != path]
        self._s.setValue("files/recent", [path, *files][:MAX_RECENT])

    def remove_recent_file(self, path: str) -> None:
        self._s.setValue("files/recent", [f for f in self.recent_files if f != path])

    @property
    def last_dir(self) -> str:
        return self._str("files/last_dir", str(Path.home()))

    @last_dir.setter
    def last_dir(self, value: str) -> None:
        self._s.setValue("files/last_dir", value)

    def _bytes(self, key: str) -> QByteArray:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) else QByteArray()

    @property
    def geometry(self) -> QByteArray:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    @property
    def autosave_seconds(self) -> int:
        try:
            return max(5, int(self._s.value("files/autosave_seconds", 60)))
        except (TypeError, ValueError):
            return 60

    @property
    def recovery_folder(self) -> str:
        """Where autosave keeps unsaved work; "" for the engine's default folder."""
        return self._str("files/recovery_folder")

    @recovery_folder.setter
    def recovery_folder(self, value: str) -> None:
        self._s.setValue("files/recovery_folder", value)

    @property
    def first_start_done(self) -> bool:
        """True once a start with no project has imported the sample questionnaires."""
        return self._str("app/first_start_done").lower() in ("true", "1")

    @first_start_done.setter
    def first_start_done(self, value: bool) -> None:
        self._s.setValue("app/first_start_done", bool(value))

    def sync(self) -> None:
        self._s.sync()

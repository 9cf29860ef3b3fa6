"""Before Qt starts: make sure its xcb platform plugin can load, or say which packages are missing.

Qt aborts the whole process ("could not load the Qt platform plugin \"xcb\"") when a system library
the plugin links against is missing, which on a minimal Linux desktop is common. Asking the dynamic
linker (``ldd``) about the plugin and Qt's xcb integration library lists every missing library at
once, so the user gets one ``apt-get install`` line instead of an abort.
"""

from __future__ import annotations

import ctypes
import importlib.util
import shutil
import subprocess
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

# Shared libraries the xcb plugin needs that a minimal desktop may lack, with their Debian packages.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def xcb_binaries() -> list[Path]:
    """Qt's xcb plugin and its xcb integration library inside the installed PySide6 (no import)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return []
    qt = Path(next(iter(spec.submodule_search_locations))) / "Qt"
    candidates = [qt / "plugins" / "platforms" / "libqxcb.so", *sorted((qt / "lib").glob("libQt6XcbQpa.so*"))]
    return [p for p in candidates if p.is_file()][:2]


def libraries_not_found(ldd_output: str) -> list[str]:
    """The sonames ``ldd`` reports as ``not found``, in order, without repeats."""
    found: list[str] = []
    for line in ldd_output.splitlines():
        name, _, rest = line.strip().partition("=>")
        if "not found" in rest and name.strip() not in found:
            found.append(name.strip())
    return found


def packages_for(libraries: Iterable[str]) -> list[str]:
    """Debian packages for the libraries; a library we do not know is named as it is."""
    packages: list[str] = []
    for lib in libraries:
        package = XCB_LIBRARIES.get(lib, lib)
        if package not in packages:
            packages.append(package)
    return packages


def _ldd(paths: list[Path]) -> str | None:
    ldd = shutil.which("ldd")
    if not ldd or not paths:
        return None
    try:
        out = subprocess.run([ldd, *map(str, paths)], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout


def _loadable(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_xcb_packages(env: Mapping[str, str], platform: str, *,
                         ldd_output: Callable[[], str | None] | None = None,
                         loadable: Callable[[str], bool] | None = None) -> list[str]:
    """The Debian packages Qt's xcb plugin would need but cannot find (empty if none or not xcb).

    Asks ``ldd`` about the installed plugin; where there is no ``ldd`` (or no plugin file), tries
    to load each known library instead.
    """
    if not platform.startswith("linux"):
        return []
    requested = env.get("QT_QPA_PLATFORM", "")
    if requested and not requested.startswith("xcb"):
        return []
    text = (ldd_output or (lambda: _ldd(xcb_binaries())))()
    if text is not None:
        return packages_for(libraries_not_found(text))
    loadable = loadable or _loadable
    return [package for lib, package in XCB_LIBRARIES.items() if not loadable(lib)]


def xcb_message(packages: list[str]) -> str:
    return ("FourChains Decision Studio cannot use Qt's xcb platform plugin: the system "
            f"libraries {', '.join(packages)} are missing (without them Qt aborts with "
            "'could not load the Qt platform plugin \"xcb\"').\n"
            f"On Debian/Ubuntu install them with:\n    sudo apt-get install {' '.join(packages)}\n"
            "or start the app on Wayland with QT_QPA_PLATFORM=wayland.")

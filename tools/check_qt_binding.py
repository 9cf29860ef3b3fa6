"""Check that the installed PySide6 keeps the reference counts of None, True and False.

PySide6/shiboken6 6.12.0 on Python < 3.12 releases a reference to ``None`` on every call of a
void Qt method and to ``True`` on every signal emission. Python 3.12 made these objects immortal,
which hides the bug there; on 3.10/3.11 the count reaches zero after a few thousand GUI actions
and the interpreter aborts ("Fatal Python error: none_dealloc" / "bool_dealloc"). The GUI monkey
test (tests/desktop/test_robustness_gui.py) found it; pyproject.toml excludes 6.12.0.

Usage: python tools/check_qt_binding.py   (exit status 1 if the binding leaks)
"""

from __future__ import annotations

import gc
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def drift(call, n: int = 2000) -> tuple[int, int]:
    gc.collect()
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(n):
        call()
    gc.collect()
    return sys.getrefcount(None) - before[0], sys.getrefcount(True) - before[1]


def main() -> int:
    import PySide6
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance() or QApplication([])
    widget = QWidget()

    class Emitter(QObject):
        fired = Signal(object)

    emitter = Emitter()
    seen: list = []
    emitter.fired.connect(seen.append)
    checks = {
        "QWidget.update() (void)": drift(widget.update),
        "QApplication.processEvents() (void)": drift(app.processEvents),
        "Signal(object).emit(1)": drift(lambda: emitter.fired.emit(1), 200),
    }
    bad = False
    sys.stdout.write(f"PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}\n")
    for name, (none, true) in checks.items():
        leaks = none < -100 or true < -100
        bad |= leaks
        sys.stdout.write(f"  {name:38s} None {none:+6d}  True {true:+6d}  "
                         f"{'LEAKS' if leaks else 'ok'}\n")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

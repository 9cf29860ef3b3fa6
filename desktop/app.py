"""Start the desktop app: build settings and services, show the main window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(list(argv or sys.argv))
    label = QLabel("FourChains Decision Studio · 四链决策工作台")
    label.resize(640, 200)
    label.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())

"""Run in a fresh process with QT_SCALE_FACTOR set (tests/desktop/test_gui_layout.py): build the
window at 1280 × 720 logical pixels over the sample, show every page, and print the pixel ratio,
the size, whether the status bar is inside the window, and the labels whose text does not fit.

    python tests/support/high_dpi_child.py <settings folder>
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))


def main() -> None:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])

    from desktop.app import build_window
    from desktop.testing import make_context

    window = build_window(make_context(Path(sys.argv[1])))
    window.resize(1280, 720)
    window.show()
    for _ in range(3):
        app.processEvents()
    bad = []
    for key in window.page_keys():
        window.show_page(key)
        for _ in range(2):
            app.processEvents()
        for label in window.page(key).findChildren(QLabel):
            if not label.isVisible() or label.wordWrap() or not label.text():
                continue
            if label.pixmap() is not None and not label.pixmap().isNull():
                continue
            if label.fontMetrics().horizontalAdvance(label.text()) > label.contentsRect().width():
                bad.append((key, label.text()))
    inside = window.statusBar().geometry().bottom() < window.height()
    sys.stdout.write(f"{window.devicePixelRatioF()} {window.width()} {window.height()} {inside} {bad}\n")


if __name__ == "__main__":  # collected as a module (doctests), it must do nothing
    main()

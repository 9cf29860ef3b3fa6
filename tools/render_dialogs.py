"""Render the error dialog a user sees on opening a broken project file, in Chinese and English.

    python tools/render_dialogs.py [--out docs/screenshots]

Writes ``<lang>_error_dialog.png``: the same dialog ``Interaction.error`` shows (the sentence in
the UI language, the place and code in "Show Details…", opened here), captured offscreen with
``QWidget.grab()``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def render(out: Path) -> list[Path]:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QPushButton

    from desktop.app import build_window
    from desktop.interaction import ScriptedInteraction, error_box
    from desktop.testing import make_context

    app = QApplication.instance() or QApplication([])
    app.setFont(QFont("Noto Sans CJK SC", 10))
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        bad = Path(tmp) / "workshop.json"
        bad.write_text('{"schema_version": 2, "experts": "nobody", "goal": {"id": "goal"}}',
                       encoding="utf-8")
        for lang in ("zh", "en"):
            ctx = make_context(Path(tmp) / lang, None, lang)
            assert isinstance(ctx.interaction, ScriptedInteraction)
            window = build_window(ctx)
            window.files.open(str(bad))
            asked = ctx.interaction.asked[-1]
            title, text, details = asked.args
            box = error_box(window, title, text.replace(tmp, "…"),
                            [d.replace(tmp, "…") for d in details])
            box.show()
            for button in box.findChildren(QPushButton):  # open "Show Details…"
                if button.text() and box.buttonRole(button) == box.ButtonRole.ActionRole:
                    button.click()
            box.setStyleSheet("QTextEdit { min-width: 600px; }")
            box.adjustSize()
            app.processEvents()
            path = out / f"{lang}_error_dialog.png"
            box.grab().save(str(path))
            written.append(path)
            box.close()
            window.close()
    return written


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = ap.parse_args()
    for path in render(Path(args.out)):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

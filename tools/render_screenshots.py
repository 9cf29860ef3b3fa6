"""Render every page of the sample workshop to PNG, offscreen, in Chinese and English.

    python tools/render_screenshots.py [--out docs/screenshots] [--size 1280x720] [--page KEY ...]

Each page is shown in a main window of the given size (``WIDTHxHEIGHT``, default 1280 × 720, the
smallest screen the app is made for) and captured with ``QWidget.grab()``; files are named
``<lang>_<page>.png``. The comparison page shows the expert whose matrix is the least
consistent, so the diagnostics are visible. Two more show a new project: the template dialog
(``<lang>_new_project.png``) and the start page of a template without a panel
(``<lang>_start_new.png``). ``--page`` renders only the pages named (the Portfolio page's
screenshot in docs/portfolio.md is ``--page portfolio``); the Portfolio page is shown after its
robustness over the Monte Carlo run.
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


def render(out: Path, width: int, height: int, langs: tuple[str, ...] = ("zh", "en"),
           pages: tuple[str, ...] = ()) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from desktop.app import build
    from desktop.interaction import ScriptedInteraction
    from desktop.settings import AppSettings

    app = QApplication.instance() or QApplication(["render"])
    app.setFont(QFont("Noto Sans CJK SC", 10))
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in langs:
            settings = AppSettings(QSettings(str(Path(tmp) / f"{lang}.ini"), QSettings.IniFormat))
            settings.language = lang
            settings.recovery_folder = str(Path(tmp) / "recovery")
            _app, ctx, window = build(["render"], settings=settings,
                                      interaction=ScriptedInteraction(), offer_recovery=False)
            # The full sample workshop, whatever a first start would open (it may open the sample
            # without its judgments and import the questionnaires later).
            from mcdm.project.sample import sample_project

            ctx.set_project(sample_project(), None)
            window.message_line.clear()
            window.resize(width, height)
            window.show()
            pairwise = window.page("pairwise")
            worst = max(ctx.project.expert_ids(), key=lambda e: (
                ctx.result.expert_progress(e).worst_cr or 0.0))
            node = ctx.result.expert_progress(worst).worst_node
            pairwise.set_target(worst, node)
            group = window.page("group")
            group.node_box.setCurrentIndex(group.node_box.findData(node))
            if "montecarlo" in window.page_keys():  # ranking views: show a finished simulation
                window.page("montecarlo").run().wait()
                app.processEvents()
            if "portfolio" in window.page_keys():
                window.show_page("portfolio")
                task = window.page("portfolio").run_robustness()
                if task is not None:
                    task.wait()
                    app.processEvents()
            for key in window.page_keys():
                if pages and key not in pages:
                    continue
                window.show_page(key)
                for _ in range(3):
                    app.processEvents()
                path = out / f"{lang}_{key}.png"
                window.grab().save(str(path))
                written.append(path)
            written += _new_project(app, ctx, window, out, lang)
            window.close()
            window.deleteLater()
            app.processEvents()
    return written


def _new_project(app, ctx, window, out: Path, lang: str) -> list[Path]:
    """The template dialog, then the start page of a new project from a template."""
    from desktop.views.template_dialog import TemplateDialog
    from mcdm.project.templates import describe_template, list_templates, new_from_template

    dialog = TemplateDialog([describe_template(n) for n in list_templates()], lang, window)
    dialog.list.setCurrentRow(list_templates().index("four-chains"))
    dialog.show()
    for _ in range(3):
        app.processEvents()
    paths = [out / f"{lang}_new_project.png", out / f"{lang}_start_new.png"]
    dialog.grab().save(str(paths[0]))
    dialog.close()
    ctx.set_project(new_from_template("four-chains"), None)
    for _ in range(3):
        app.processEvents()
    window.grab().save(str(paths[1]))
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--size", default="1280x720",
                        help="window size WIDTHxHEIGHT in logical pixels (default 1280x720)")
    parser.add_argument("--page", action="append", default=[],
                        help="render only this page (repeatable)")
    args = parser.parse_args()
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        parser.error(f"--size: expected WIDTHxHEIGHT such as 1280x720, got {args.size!r}")
    for path in render(Path(args.out), width, height, pages=tuple(args.page)):
        sys.stdout.write(f"{path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

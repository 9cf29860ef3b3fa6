"""GUI responsiveness on the sample workshop (a benchmark, not a test).

    python benchmarks/bench_gui.py

1. Slider move → repainted CR badge, weights chart and matrix: median time per move (goal
   < 50 ms; issue 11's aim ≤ 16 ms), and as a ratio to repainting the same page without an edit
   (same process); of which the chart (the figure moving its bars in place, then blitted).
2. Cold start → shown main window with the sample workshop, in a fresh interpreter (goal < 1 s),
   and as a ratio to a bare PySide6 window with a table started the same way. Also checks that
   pymcdm, pandas and matplotlib stay off the start-up path. Measured for a usual start (the
   saved sample) and for the first start (the sample without judgments), whose import of the
   sample questionnaires comes after the window is shown and is timed separately.
3. The first chart after start (matplotlib loads then): the Overview page (its chart is the
   global weights figure; no method comparison, whose pymcdm import would blur the figure)
   shown at once after the window, and shown after a second on the start page while the app's
   warm-up thread (desktop.warm) loads matplotlib — as a user would click it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE = """
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget
app = QApplication([]); w = QMainWindow(); table = QTableWidget(8, 5)
w.setCentralWidget(table)
w.resize(1366, 768); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""

FIRST_CHART = """
import sys, time
from PySide6.QtCore import QSettings
from desktop.app import build
from desktop.settings import AppSettings
from desktop.interaction import ScriptedInteraction
s = AppSettings(QSettings(sys.argv[1], QSettings.IniFormat))
app, ctx, w = build(["fourchains"], settings=s, interaction=ScriptedInteraction(),
                    offer_recovery=False)
w.resize(1366, 768); w.show(); app.processEvents()
if sys.argv[2] == "warm":
    from desktop import warm
    warm.start()
    t_end = time.perf_counter() + 1.0
    while time.perf_counter() < t_end:  # a second on the start page, the window responsive
        app.processEvents()
        time.sleep(0.005)
t0 = time.perf_counter()
w.show_page("overview")
page = w.page("overview")
page.weights_chart.flush()
page.repaint(); app.processEvents()
assert page.weights_chart.values()
print(time.perf_counter() - t0)
"""

APP = """
import sys, time; t0 = time.perf_counter()
from PySide6.QtCore import QSettings
from desktop.app import build
from desktop.settings import AppSettings
from desktop.interaction import ScriptedInteraction
s = AppSettings(QSettings(sys.argv[1], QSettings.IniFormat))
app, ctx, w = build(["fourchains"], settings=s, interaction=ScriptedInteraction(),
                    offer_recovery=False)
w.resize(1366, 768); w.show(); app.processEvents()
t = time.perf_counter() - t0
heavy = sorted(m for m in ("pymcdm", "pandas", "matplotlib", "openpyxl", "PySide6.QtCharts")
               if m in sys.modules)
t1 = time.perf_counter()
from desktop.first_start import import_sample, pending
imported = pending(ctx) and import_sample(w)
app.processEvents()
print(t, ",".join(heavy) or "-", time.perf_counter() - t1 if imported else "-")
"""


def _run(code: str, *args: str) -> list[str]:
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         check=True, cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    wall = time.perf_counter() - t0
    return [str(wall), *out.stdout.split()]


def bench_start(repeats: int = 3) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        later = Path(tmp) / "later.ini"
        later.write_text("[app]\nfirst_start_done=true\n", encoding="utf-8")
        bare = [_run(BARE) for _ in range(repeats)]
        app = [_run(APP, str(later)) for _ in range(repeats)]
        # A new settings file per run: each is a first start.
        first = [_run(APP, str(Path(tmp) / f"first{k}.ini")) for k in range(repeats)]
    bare_wall = min(float(r[0]) for r in bare)
    app_wall = min(float(r[0]) for r in app)
    app_inside = min(float(r[1]) for r in app)
    print(f"cold start, process start to shown window: app {app_wall:.3f} s (goal < 1 s), "
          f"bare PySide6 window with a table {bare_wall:.3f} s, ratio "
          f"{app_wall / bare_wall:.2f}x")
    print(f"  of which after the interpreter is up: {app_inside:.3f} s; heavy modules loaded at "
          f"start-up: {app[0][2]}")
    first_shown = min(float(r[1]) for r in first)
    first_import = min(float(r[3]) for r in first)
    print(f"first start (sample without judgments): shown window {first_shown:.3f} s after the "
          f"interpreter is up (heavy modules: {first[0][2]}); then the import of the sample "
          f"questionnaires {first_import:.3f} s, ratio {first_import / first_shown:.2f}x")


def bench_first_chart(repeats: int = 3) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        later = Path(tmp) / "later.ini"
        later.write_text("[app]\nfirst_start_done=true\n", encoding="utf-8")
        cold = [float(_run(FIRST_CHART, str(later), "cold")[1]) for _ in range(repeats)]
        warmed = [float(_run(FIRST_CHART, str(later), "warm")[1]) for _ in range(repeats)]
    print(f"first chart after start (Overview page, matplotlib loads): {min(cold):.3f} s at once; "
          f"{min(warmed):.3f} s after a second with the warm-up thread, ratio "
          f"{min(cold) / min(warmed):.1f}x")


def bench_slider(moves: int = 40) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.app import build
    from desktop.interaction import ScriptedInteraction
    from desktop.settings import AppSettings

    with tempfile.TemporaryDirectory() as tmp:
        settings = AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.IniFormat))
        settings.recovery_folder = tmp
        settings.first_start_done = True  # the saved sample, judgments included
        app, ctx, window = build(["bench"], settings=settings, interaction=ScriptedInteraction(),
                                 offer_recovery=False)
        window.resize(1366, 768)
        window.show()
        window.show_page("pairwise")
        page = window.page("pairwise")
        page.set_target(ctx.project.expert_ids()[0], "principles")
        app.processEvents()
        slider = page.sliders[0].slider
        chart_times = []
        build = page.chart.show_figure

        def timed_show(draw, lang):
            t = time.perf_counter()
            build(draw, lang)
            chart_times.append(time.perf_counter() - t)
        page.chart.show_figure = timed_show  # the figure update and the blit, per move
        idle, moved = [], []
        for k in range(moves):
            t0 = time.perf_counter()
            page.repaint()
            app.processEvents()
            idle.append(time.perf_counter() - t0)
            slider.setSliderDown(True)
            t0 = time.perf_counter()
            slider.setValue(-8 + (k % 17))
            page.repaint()  # a synchronous paint of badge, sliders, matrix and chart
            app.processEvents()
            moved.append(time.perf_counter() - t0)
            slider.setSliderDown(False)
        in_place = page.chart.figure is not None and __import__(
            "mcdm.figures").figures.updated_in_place(page.chart.figure)
        window.close()
        QApplication.processEvents()
    med, base = statistics.median(moved) * 1e3, statistics.median(idle) * 1e3
    print(f"slider move to repainted CR, weights and chart: median {med:.1f} ms, "
          f"max {max(moved) * 1e3:.1f} ms (goal < 50 ms; aim <= 16 ms); repaint alone "
          f"{base:.1f} ms, ratio {med / base:.1f}x")
    print(f"  of which the chart (bars and values moved in place, blitted: {in_place}): median "
          f"{statistics.median(chart_times) * 1e3:.1f} ms (the canvas's paint is in the "
          "repaint)")
    t0 = time.perf_counter()
    for _ in range(10):
        ctx._evaluate(ctx.project)
    print(f"  of which evaluate(project): {(time.perf_counter() - t0) * 100:.1f} ms per call")


if __name__ == "__main__":
    bench_slider()
    bench_start()
    bench_first_chart()

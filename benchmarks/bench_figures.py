"""QtCharts against matplotlib (mcdm.figures) for the app's charts, measured in one run; ratios
are matplotlib / QtCharts. The measurement that chose matplotlib (docs/ARCHITECTURE.md, Charts);
the app no longer uses QtCharts, so its column is measured only where PySide6-Addons is still
installed (a chart built here the way the app's QtCharts bar chart was), else left empty.

    python benchmarks/bench_figures.py

1. Cold import on the GUI start path (each in a fresh interpreter, best of 3): ``import
   PySide6.QtCharts`` against ``import matplotlib`` and the Agg figure stack; and whether
   ``import mcdm`` / ``mcdm.figures`` pulls matplotlib in (it must not: charts load after the
   window is shown).
2. A ranking bar chart of the sample's largest industry (17 directions) drawn to a widget-sized
   image (1280×720 window → an 800×600 chart), warm.
3. The same chart as a 300-dpi PNG (6.3 in wide: the report's width), warm.
4. SVG and PDF export (QtCharts: QSvgGenerator / QPdfWriter painting the chart scene).
5. CJK labels: how many of the 17 direction names each one shows whole at 800×600 (QtCharts
   elides a category label that does not fit its band to "…"; mcdm.figures wraps or uses the
   short label and never elides).
6. Install size of PySide6-Addons (QtCharts lives there) against PySide6-Essentials.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def best_of(fn, repeat=5):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def cold(code: str, setup: str = "pass", repeat: int = 3) -> float:
    """Seconds for ``code`` in a fresh interpreter after ``setup`` (not timed)."""
    def run(c):
        out = subprocess.run([sys.executable, "-c",
                              f"{setup}; import time; t=time.perf_counter(); {c}; "
                              "print(time.perf_counter()-t)"],
                             capture_output=True, text=True, check=True, cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
        return float(out.stdout.strip().splitlines()[-1])
    return min(run(code) for _ in range(repeat))


def have_qtcharts() -> bool:
    try:
        import PySide6.QtCharts  # noqa: F401
    except ImportError:
        return False
    return True


class QtClosenessChart:
    """The app's former QtCharts ranking chart (horizontal bars on a category axis), rebuilt."""

    def __init__(self):
        from PySide6.QtCharts import QChart, QChartView

        self.view = QChartView(QChart())
        self.labels = ()
        self.bars = None

    def set_data(self, labels, values, title=""):
        from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QHorizontalBarSeries, QValueAxis
        from PySide6.QtCore import Qt

        labels, values = tuple(labels)[::-1], list(values)[::-1]
        if labels == self.labels and self.bars is not None:  # values replaced in place
            for i, v in enumerate(values):
                self.bars.replace(i, v)
            return
        chart = self.view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        self.labels, self.bars = labels, QBarSet("")
        self.bars.append(values)
        series = QHorizontalBarSeries()
        series.append(self.bars)
        chart.addSeries(series)
        y, x = QBarCategoryAxis(), QValueAxis()
        y.append(list(labels))
        x.setRange(0.0, 1.0)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        series.attachAxis(y)

    def chart(self):
        return self.view.chart()

    def grab(self):
        return self.view.grab()

    def resize(self, w, h):
        self.view.resize(w, h)


def installed_size(dist: str) -> int:
    try:
        d = metadata.distribution(dist)
    except metadata.PackageNotFoundError:
        return 0
    total = 0
    for f in d.files or ():
        p = Path(d.locate_file(f))
        if p.is_file():
            total += p.stat().st_size
    return total


def main() -> None:
    from mcdm.project.evaluate import evaluate
    from mcdm.project.sample import sample_project

    result = evaluate(sample_project())
    ir = result.industry("bio")
    ind = result.project.industry("bio")
    dirs = {d.id: d for d in ind.directions}
    lang = "zh"
    names = [dirs[d].label.get(lang) for d, _, _ in ir.ranking()]
    values = [c for _, c, _ in ir.ranking()]
    rows = []

    # 1. Cold imports.
    # The GUI has numpy, the engine and QtWidgets loaded before any chart is imported.
    gui = "import numpy, mcdm.project.evaluate; from PySide6.QtWidgets import QApplication"
    qt = have_qtcharts()
    qt_import = cold("import PySide6.QtCharts", gui) if qt else None
    mpl_import = cold("import matplotlib", gui)
    mpl_stack = cold("from matplotlib.figure import Figure; "
                     "from matplotlib.backends.backend_agg import FigureCanvasAgg", gui)
    mpl_qt = cold("from matplotlib.figure import Figure; "
                  "from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg", gui)
    first = cold("import mcdm.figures as F; F.ranking_figure(r, 'nev', 'zh').canvas.draw()",
                 gui + "; from mcdm.project.sample import sample_project as s; "
                 "r = mcdm.project.evaluate.evaluate(s())")
    leaks = subprocess.run([sys.executable, "-c", "import sys, mcdm, mcdm.figures; print("
                            "any(m.startswith('matplotlib') for m in sys.modules))"],
                           capture_output=True, text=True, cwd=ROOT, check=True,
                           env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout.strip()
    rows.append(("cold import after QtWidgets+engine: QtCharts vs Figure+Agg", qt_import,
                 mpl_stack))
    rows.append(("  … bare `import matplotlib`", None, mpl_import))
    rows.append(("  … QtCharts vs Figure + FigureCanvasQTAgg", qt_import, mpl_qt))
    rows.append(("  … first figure drawn, cold (imports, font cache, CJK font)", None, first))

    # 2–4. QtCharts.
    from PySide6.QtCore import QRectF, QSize
    from PySide6.QtGui import QImage, QPageSize, QPainter, QPdfWriter
    from PySide6.QtSvg import QSvgGenerator
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 - charts need one
    view = QtClosenessChart() if qt else None
    if view is not None:
        view.resize(800, 600)

    tick = itertools.count()

    def qt_widget():
        view.set_data([f"{k + 1}. {n}" for k, n in enumerate(names)], values, title=ind.label.zh)
        view.labels = ()  # force a rebuild, as a new industry would
        return view.grab()

    def qt_png300(path):
        size = QSize(int(6.3 * 300), int(6.3 * 300 * 0.75))
        img = QImage(size, QImage.Format.Format_ARGB32)
        img.setDotsPerMeterX(11811)
        img.setDotsPerMeterY(11811)
        img.fill(0xFFFFFFFF)
        painter = QPainter(img)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.chart().scene().render(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        img.save(str(path), "PNG")

    def qt_svg(path):
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(QSize(800, 600))
        painter = QPainter(gen)
        view.chart().scene().render(painter)
        painter.end()

    def qt_pdf(path):
        w = QPdfWriter(str(path))
        w.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        painter = QPainter(w)
        view.chart().scene().render(painter)
        painter.end()

    # matplotlib.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    import mcdm.figures as F

    canvas_fig = Figure(figsize=(8, 6), dpi=100)
    FigureCanvasAgg(canvas_fig)

    def mpl_widget():
        F.ranking_figure(result, "bio", lang, figure=canvas_fig)
        canvas_fig.canvas.draw()
        return canvas_fig.canvas.buffer_rgba()

    def qt_best(fn, repeat=5):
        return best_of(fn, repeat) if view is not None else None

    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        if view is not None:
            qt_widget()
        mpl_widget()
        rows.append(("ranking chart → 800×600 widget image, rebuilt (warm)", qt_best(qt_widget),
                     best_of(mpl_widget)))

        # An edit: the same bars get new values (QtCharts replaces them in place; matplotlib
        # sets bar widths and labels, then redraws without a new layout).
        def qt_edit():
            k = next(tick)
            view.set_data([f"{i + 1}. {n}" for i, n in enumerate(names)],
                          [v * (1 + 0.001 * (k % 3)) for v in values])
            return view.grab()
        F.ranking_figure(result, "bio", lang, figure=canvas_fig)
        canvas_fig.canvas.draw()
        canvas_fig.set_layout_engine("none")  # keep the layout: an edit changes values only
        ax = canvas_fig.axes[0]
        bars = ax.containers[0]

        def mpl_edit():
            k = next(tick)
            for b, v, note in zip(bars, values, ax.texts, strict=False):
                w = v * (1 + 0.001 * (k % 3))
                b.set_width(w)
                note.set_text(f"{w:.4f}")
            canvas_fig.canvas.draw()
            return canvas_fig.canvas.buffer_rgba()
        if view is not None:
            view.set_data([f"{i + 1}. {n}" for i, n in enumerate(names)], values)
        rows.append(("edit → repaint, values replaced in place (warm)", qt_best(qt_edit),
                     best_of(mpl_edit)))

        # The same edit with blitting: the axes drawn once without the bars and value labels,
        # then only those are drawn over the saved background (matplotlib's animation path).
        moving = [*bars, *ax.texts]
        for a in moving:
            a.set_animated(True)
        canvas_fig.canvas.draw()
        background = canvas_fig.canvas.copy_from_bbox(canvas_fig.bbox)

        def mpl_blit():
            k = next(tick)
            canvas_fig.canvas.restore_region(background)
            for b, v, note in zip(bars, values, ax.texts, strict=False):
                w = v * (1 + 0.001 * (k % 3))
                b.set_width(w)
                note.set_text(f"{w:.4f}")
            for a in moving:
                ax.draw_artist(a)
            return canvas_fig.canvas.buffer_rgba()
        rows.append(("edit → repaint with blitting (bars and values only)", qt_best(qt_edit),
                     best_of(mpl_blit)))
        fig = F.ranking_figure(result, "bio", lang)
        F.save(fig, t / "w.png")
        rows.append(("300-dpi PNG (chart built + saved)",
                     qt_best(lambda: (qt_widget(), qt_png300(t / "q.png"))),
                     best_of(lambda: F.save(F.ranking_figure(result, "bio", lang), t / "m.png"))))
        nev = F.ranking_figure(result, "nev", lang)
        F.save(nev, t / "n.png")
        rows.append(("300-dpi PNG, 5 directions (built + saved)", None,
                     best_of(lambda: F.save(F.ranking_figure(result, "nev", lang), t / "n.png"))))
        rows.append(("SVG export", qt_best(lambda: qt_svg(t / "q.svg"), 3),
                     best_of(lambda: F.save(fig, t / "m.svg"), 3)))
        rows.append(("PDF export", qt_best(lambda: qt_pdf(t / "q.pdf"), 3),
                     best_of(lambda: F.save(fig, t / "m.pdf"), 3)))

    # 5. Labels shown whole at 800×600.
    qt_whole = "—"
    if view is not None:
        qt_widget()
        axis = next(a for a in view.chart().axes()
                    if a.__class__.__name__ == "QBarCategoryAxis")
        qt_whole = sum(1 for c in axis.categories() if not c.endswith("…"))
    mpl_widget()
    mpl_labels = [t.get_text() for t in canvas_fig.axes[0].get_yticklabels()]
    mpl_whole = sum(1 for s in mpl_labels if "…" not in s)

    print(f"{'measure':<66}{'QtCharts':>11}{'matplotlib':>12}{'ratio':>8}")
    for name, q, m in rows:
        qs = "—" if q is None else f"{q * 1000:.0f} ms"
        ratio = "" if q is None else f"{m / q:.2f}×"
        print(f"{name:<66}{qs:>11}{m * 1000:>9.0f} ms{ratio:>8}")
    print(f"{'`import mcdm, mcdm.figures` loads matplotlib':<66}{'':>11}{leaks:>12}")
    print(f"{'direction names given whole to the axis (of 17; QtCharts elides more':<66}\n"
          f"{'  at paint time when a band is short: the issue saw all as …)':<66}"
          f"{qt_whole:>11}{mpl_whole:>12}")
    addons = installed_size("PySide6_Addons")
    ess = installed_size("PySide6_Essentials")
    try:
        mpl = installed_size("matplotlib")
    except metadata.PackageNotFoundError:
        mpl = 0
    print(f"{'install size: PySide6-Addons / -Essentials / matplotlib (MB)':<66}"
          f"{addons / 1e6:>11.0f}{ess / 1e6:>12.0f}{mpl / 1e6:>8.0f}")
    print(f"dropping PySide6-Addons saves {addons / 1e6:.0f} MB "
          f"({addons / (addons + ess):.0%} of PySide6); matplotlib is already installed "
          "(pymcdm depends on it)")


if __name__ == "__main__":
    main()

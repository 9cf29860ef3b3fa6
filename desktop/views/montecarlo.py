"""Monte Carlo rank acceptability of one industry, run in a worker thread with progress and
cancel: stacked bars of P(rank) per direction and the probability of being in the top 3.

The simulation is :func:`mcdm.uncertainty.simulate` on the evaluation's decision matrix and
weights; the window stays responsive, and a cancelled run shows nothing half-finished: the
previous run stays, and the caption says so, or, before any run, the page says there is none.
Until a run finishes the charts' place holds a sentence, not empty boxes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.charts.canvas import ChartView, drawing
from desktop.models import ranking as rk
from desktop.models import ranking_data as data
from desktop.models.names import row_name
from desktop.views.base import Page
from desktop.views.results import table_view
from desktop.views.table_fit import fit_columns
from desktop.views.widgets import IndustryPicker
from desktop.workers import Task

TOP_K = 3


class MonteCarloPage(Page):
    """Run, cancel, and show a Monte Carlo simulation. ``shown`` fires when a result is drawn."""

    shown = Signal(object)

    def __init__(self, context, state, simulation, parent=None) -> None:
        super().__init__(context, scroll=True, parent=parent)
        self.state = state
        self.simulation = simulation  # desktop.state.MonteCarloRun: the run, shared
        self.task: Task | None = None
        self.mc = None  # the shown industry's MonteCarloResult
        self.picker = IndustryPicker(state)
        self.samples = QSpinBox(objectName="mc_samples")
        self.samples.setRange(100, 1_000_000)
        self.samples.setSingleStep(1000)
        self.samples.setValue(10_000)
        self.sampler = QComboBox(objectName="mc_sampler")
        self.sampler.addItem("", "bootstrap")
        self.sampler.addItem("", "dirichlet")
        self.sampler.currentIndexChanged.connect(
            lambda _i: self.concentration.setEnabled(self.sampler.currentData() == "dirichlet"))
        self.concentration = QDoubleSpinBox(objectName="mc_concentration")
        self.concentration.setRange(1.0, 10_000.0)
        self.concentration.setValue(100.0)
        self.concentration.setEnabled(False)
        self.noise = QCheckBox(objectName="mc_noise")
        self.seed = QSpinBox(objectName="mc_seed")
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setValue(20240601)
        self.run_button = QPushButton(objectName="mc_run")
        self.cancel_button = QPushButton(objectName="mc_cancel")
        self.cancel_button.setEnabled(False)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar(objectName="mc_progress")
        self.progress.setTextVisible(True)
        self.status = QLabel(objectName="mc_status")
        self.status.setWordWrap(True)
        self.acceptability = ChartView()
        self.acceptability.setObjectName("acceptability_chart")
        self.top_chart = ChartView()
        self.top_chart.setObjectName("top_k_chart")
        # File ▸ Export ▸ Current chart writes the chart clicked last (rank acceptability first).
        self.export_chart = self.acceptability
        for chart in (self.acceptability, self.top_chart):
            chart.clicked.connect(lambda c=chart: self._pick_export(c))
        self.table = rk.TableModel(self, decimals=3)

        form = QFormLayout()
        self.form_labels = [QLabel(), QLabel(), QLabel(), QLabel()]
        fields = (self.sampler, self.samples, self.concentration, self.seed)
        for label, field in zip(self.form_labels, fields, strict=True):
            form.addRow(label, field)
        form.addRow(self.noise)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        side = QWidget()
        sl = QVBoxLayout(side)
        sl.addWidget(self.picker)
        sl.addLayout(form)
        sl.addLayout(buttons)
        sl.addWidget(self.progress)
        sl.addWidget(self.status)
        self.table_view = table_view(self.table, "acceptability_table")
        self.table_view.verticalHeader().hide()
        fit_columns(self.table_view, (0,))
        sl.addWidget(self.table_view, 1)
        charts = QSplitter(Qt.Orientation.Vertical)
        charts.addWidget(self.acceptability)
        charts.addWidget(self.top_chart)
        charts.setSizes([380, 300])
        self.placeholder = QLabel(objectName="mc_placeholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #616161; font-size: 13pt; padding: 24px;")
        self.results = QStackedWidget(objectName="mc_results")
        self.results.addWidget(self.placeholder)
        self.results.addWidget(charts)
        split = QSplitter()
        split.addWidget(side)
        split.addWidget(self.results)
        split.setStretchFactor(1, 1)
        split.setSizes([440, 700])
        layout = QVBoxLayout(self.body)
        layout.addWidget(split)
        state.industryChanged.connect(lambda _i: self.mark_stale())
        simulation.changed.connect(self._run_changed)
        self.retranslate()

    def retranslate(self) -> None:
        labels = (self.tr("Weights from"), self.tr("Samples"), self.tr("Concentration"),
                  self.tr("Seed"))
        self.sampler.setItemText(0, self.tr("the panel's disagreement (bootstrap)"))
        self.sampler.setItemText(1, self.tr("Dirichlet around the group weights"))
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.concentration.setToolTip(self.tr(
            "Weights are drawn from a Dirichlet distribution around the group weights; a larger "
            "concentration means less spread."))
        self.noise.setText(self.tr("Also vary the scores by the experts' dispersion"))
        self.run_button.setText(self.tr("Run"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.placeholder.setText(self.tr(
            "No simulation yet. Choose how the weights vary and press Run: the charts show how "
            "often each direction takes each rank."))

    # -- running -------------------------------------------------------------------------------
    def run(self) -> Task | None:
        if self.task is not None:
            return self.task
        project = self.context.project
        if project is None or self.context.result is None:
            self.status.setText(self.tr("Nothing to simulate: the ranking could not be computed."))
            return None
        job = data.monte_carlo_job(project, n_samples=self.samples.value(),
                                   sampler=self.sampler.currentData(),
                                   concentration=self.concentration.value(),
                                   seed=self.seed.value(), noise=self.noise.isChecked(),
                                   top_k=TOP_K)
        self.task = Task(job, self)
        self.task.progress.connect(self._progress)
        self.task.succeeded.connect(self._done)
        self.task.cancelled.connect(self._cancelled)
        self.task.failed.connect(lambda exc: self.status.setText(data.describe(exc)))
        self.task.finished.connect(self._ended)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("Running…"))
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.task.start()
        return self.task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _cancelled(self) -> None:
        """Say what the page shows now: the previous run, or nothing."""
        if self.simulation.result is not None:
            self._draw()
            self.status.setText(self.tr("Cancelled. Still showing the previous run: %1")
                                .replace("%1", self._caption(self.mc)) if self.mc is not None
                                else self.tr("Cancelled. Still showing the previous run."))
        else:
            self._clear()
            self.status.setText(self.tr("Cancelled before the end: there are no results yet."))

    def _clear(self) -> None:
        self.mc = None
        self.acceptability.clear()
        self.top_chart.clear()
        self.table.set_table(rk.Table())
        self.results.setCurrentWidget(self.placeholder)
        self.table_view.setVisible(False)

    def _progress(self, done: int, total: int) -> None:  # samples × industries
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _ended(self) -> None:
        self.task = None
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    @property
    def mc_result(self):
        """The kept simulation's ProjectResult (every industry), or None."""
        return self.simulation.result

    def _done(self, result) -> None:
        # The simulation's own evaluation: every industry, one set of weight samples. Edited
        # while it ran, its numbers belong to a project that no longer is: not kept.
        if not self.simulation.keep(result):
            self.status.setText(self.tr("The project changed: run again."))

    def _run_changed(self) -> None:
        if self.simulation.result is None:
            # A result for other scores or weights would mislead (a running task finishes).
            self._clear()
            self.status.setText(self.tr("The project changed: run again."))
        else:
            self.mark_stale()

    def refresh(self) -> None:
        self._draw()

    def _draw(self) -> None:
        if self.mc_result is None:
            self._clear()
            return
        project, iid = self.mc_result.project, self.state.industry_id
        part = data.industry_part(self.mc_result, iid)
        mc = part.monte_carlo if part is not None else None
        self.mc = mc
        if mc is None:
            self._clear()
            return
        self.results.setCurrentIndex(1)
        self.table_view.setVisible(True)
        acc, top = mc.acceptability[0], mc.top_k[0]
        # The report's figures, directions in the ranking's order in both, so a row reads
        # across them: rank acceptability (rank 1 darkest) and the probability of a top-k rank.
        lang = self.context.lang
        self.acceptability.show_figure(drawing("acceptability_figure", self.mc_result, iid), lang)
        self.top_chart.show_figure(drawing("top_k_figure", self.mc_result, iid), lang)
        # The table in the same order, each row headed by the direction's TOPSIS rank.
        directions = {d.id: d for d in project.industry(iid).directions}
        ids = part.direction_ids
        ranking = part.ranking()
        order = [ids.index(d) for d, _, _ in ranking]
        cells = tuple((row_name(directions[ids[i]], lang), float(top[i]), float(acc[i, 0]),
                       float(mc.mean_closeness[0][i]), float(mc.std_closeness[0][i]))
                      for i in order)
        self.table.set_table(rk.Table(
            rows=tuple(str(rank) for _, _, rank in ranking),
            columns=(self.tr("Direction"), self.tr("P(top %1)").replace("%1", str(mc.k)),
                     self.tr("P(first)"), self.tr("Mean closeness"), self.tr("SD")),
            cells=cells,
            tooltips={(k, 0): directions[ids[i]].label.get(lang) for k, i in enumerate(order)}))
        self.status.setText(self._caption(mc))
        self.shown.emit(mc)

    def _caption(self, mc) -> str:
        """What the shown run is: its samples, weights and seed (of that run, not the form)."""
        options = self.mc_result.options.get("monte_carlo", {}) if self.mc_result else {}
        sampler = (self.tr("panel bootstrap") if options.get("sampler") == "bootstrap"
                   else self.tr("Dirichlet around the group weights"))
        text = self.tr("%1 samples (%2), seed %3.").replace("%1", str(mc.n_samples)) \
            .replace("%2", sampler).replace("%3", str(mc.seed))
        if mc.cancelled:
            text += " " + self.tr("Cancelled before the end.")
        return text

    def current_result(self):
        """The kept simulation, else the plain evaluation: what an export should write."""
        return self.simulation.richest()

    def _pick_export(self, chart) -> None:
        self.export_chart = chart

    def current_chart(self):
        """The chart clicked last (rank acceptability until the other one is clicked)."""
        chart = self.export_chart
        kind = "acceptability" if chart is self.acceptability else "top_k"
        return (chart, f"{kind}_{self.state.industry_id}") if chart.has_figure() else None

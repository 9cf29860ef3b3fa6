"""One-at-a-time weight sensitivity of one industry's ranking.

Pick a criterion: the chart shows every direction's closeness as that criterion's weight sweeps
0…1 (the others rescaled proportionally), a dashed line at the current weight and a dot at each
rank reversal. The table lists each criterion's stability intervals. The numbers come from
:func:`mcdm.sensitivity.one_at_a_time` on the evaluation's own decision matrix and weights.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout

from desktop.charts.canvas import ChartView, drawing
from desktop.models import ranking as rk
from desktop.models import ranking_data as data
from desktop.views.base import Page
from desktop.views.results import table_view
from desktop.views.table_fit import fit_columns
from desktop.views.widgets import IndustryPicker, MissingBanner


class SensitivityPage(Page):
    """Closeness against one criterion's weight, stability intervals, the smallest change."""

    def __init__(self, context, state, parent=None) -> None:
        super().__init__(context, scroll=True, parent=parent)
        self.state = state
        self.analysis = None  # the SensitivityResult shown
        self.picker = IndustryPicker(state)
        self.criterion = QComboBox()
        self.criterion.setObjectName("sensitivity_criterion")
        self.criterion.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.criterion.activated.connect(lambda _i: self._draw())
        self.criterion_label = QLabel()
        self.summary = QLabel()
        self.missing = MissingBanner(context)
        self.summary.setObjectName("sensitivity_summary")
        self.summary.setWordWrap(True)
        self.chart = ChartView()
        self.chart.setObjectName("sensitivity_chart")
        self.stability = rk.TableModel(self, decimals=3)
        self.stability_view = table_view(self.stability, "stability_table")
        fit_columns(self.stability_view, (0,))  # fills the width; the criterion gives way

        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addWidget(self.criterion_label)
        top.addWidget(self.criterion)
        top.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        split.addWidget(self.stability_view)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([360, 200])  # the chart's rows and legend first; the table scrolls
        layout = QVBoxLayout(self.body)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.missing)
        layout.addWidget(split, 1)

        # The sweep runs only for a visible page: a score edit elsewhere stays fast.
        state.industryChanged.connect(lambda _i: self.mark_stale())
        self.retranslate()

    def retranslate(self) -> None:
        self.criterion_label.setText(self.tr("Criterion:"))

    def refresh(self) -> None:
        project, iid = self.context.project, self.state.industry_id
        part = data.industry_part(self.context.result, iid) if project is not None else None
        if part is None:
            self.analysis = None
            self.chart.clear()
            self.stability.set_table(rk.Table())
            error = (data.industry_error(self.context.result, self.state.industry_id)
                     or self.context.evaluation_error)
            reason = data.industry_error(self.context.result, self.state.industry_id)
            self.missing.show_problem(reason)
            self.summary.setText(data.describe(error) if error is not None and reason is None
                                 else "")
            return
        self.missing.show_problem(None)
        lang = self.context.lang
        self.analysis = data.sensitivity(self.context.result, iid)
        names = data.criterion_names(project, iid, lang)
        keep = self.criterion.currentData()
        self.criterion.clear()
        for j, name in enumerate(names):
            self.criterion.addItem(name, j)
        k = self.criterion.findData(keep)
        self.criterion.setCurrentIndex(k if k >= 0 else int(np.argmax(self.analysis.base.weights)))
        self._fill_stability(names)
        self._draw()

    def _fill_stability(self, names) -> None:
        a = self.analysis
        cells = []
        for j, name in enumerate(names):
            n_rev = len(a.reversals_for(j))
            cells.append((name, float(a.base.weights[j]), float(a.top1_interval[j, 0]),
                          float(a.top1_interval[j, 1]), float(a.ranking_interval[j, 0]),
                          float(a.ranking_interval[j, 1]), n_rev))
        self.stability.set_table(rk.Table(
            rows=tuple(str(j + 1) for j in range(len(names))),
            columns=(self.tr("Criterion"), self.tr("Current weight"),
                     self.tr("Top-1 stable from"), self.tr("to"),
                     self.tr("Ranking stable from"), self.tr("to"), self.tr("Reversals")),
            cells=tuple(cells),
            column_tooltips=("", "", self.tr("The top direction stays first while the weight "
                                             "stays in this interval"), "",
                             self.tr("No two directions swap while the weight stays in this "
                                     "interval"), "", "")))

    def _draw(self) -> None:
        a = self.analysis
        if a is None:
            return
        project, iid, lang = self.context.project, self.state.industry_id, self.context.lang
        k = self.criterion.currentData()
        if k is None:
            return
        names = data.direction_names(project, iid, lang, data.industry_part(self.context.result, iid))
        # The report's figure for the criterion picked: every direction's closeness as its
        # weight sweeps 0–1, the current weight dashed, a dot at each rank reversal.
        self.chart.show_figure(drawing("sensitivity_figure", self.context.result, iid,
                                       criterion=int(k)), lang)
        self.summary.setText(self._summary(names, k))

    def _summary(self, names, k: int) -> str:
        a = self.analysis
        lo, hi = a.top1_interval[k]
        top = names[int(a.base.order[0])]
        text = self.tr("“%1” stays first while this weight is between %2 and %3 "
                       "(now %4); %5 rank reversal(s) on the sweep.").replace("%1", top) \
            .replace("%2", f"{lo:.3f}").replace("%3", f"{hi:.3f}") \
            .replace("%4", f"{a.base.weights[k]:.3f}") \
            .replace("%5", str(len(a.reversals_for(k))))
        mc = a.minimal_change
        if mc is not None:
            crit_names = data.criterion_names(self.context.project, self.state.industry_id,
                                              self.context.lang)
            text += " " + self.tr("Smallest single change that alters the top: %1 from %2 to %3 "
                                  "(%4), making “%5” first.").replace(
                "%1", crit_names[mc.criterion]).replace("%2", f"{mc.from_weight:.3f}").replace(
                "%3", f"{mc.to_weight:.3f}").replace("%4", f"{mc.relative_change:+.0%}").replace(
                "%5", names[mc.new_top])
        return text

    def current_chart(self):
        return (self.chart, f"sensitivity_{self.state.industry_id}") if self.chart.has_figure() \
            else None

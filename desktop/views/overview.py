"""Overview across all industries: the top directions of each, with the weights that produced
them and the method settings — the page a planner puts in a report.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QVBoxLayout

from desktop.charts.canvas import ChartView, drawing
from desktop.models import ranking as rk
from desktop.models import ranking_data as data
from desktop.views.base import Page
from desktop.views.results import table_view
from desktop.views.table_fit import fit_columns
from desktop.views.widgets import MissingBanner

TOP = 3


class OverviewPage(Page):
    """The top directions of every industry, the weights behind them and the method used."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, scroll=True, parent=parent)
        self.title = QLabel(objectName="overview_title")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel(objectName="overview_note")
        self.missing = MissingBanner(context)
        self.note.setWordWrap(True)
        self.top = rk.TableModel(self, decimals=3)
        self.top_view = table_view(self.top, "overview_table")
        self.top_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.top_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.top_view.setWordWrap(True)
        self.weights = rk.TableModel(self, decimals=3)
        self.weights_view = table_view(self.weights, "overview_weights")
        fit_columns(self.weights_view, (0, 1))  # names give way; the global weight stays
        self.weights_chart = ChartView()
        self.weights_chart.setObjectName("overview_weights_chart")
        lower = QSplitter()
        lower.addWidget(self.weights_view)
        lower.addWidget(self.weights_chart)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 1)
        lower.setSizes([520, 520])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.top_view)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        # The top table needs a row per industry; the rest goes to the weights and their chart.
        split.setSizes([270, 330])
        layout = QVBoxLayout(self.body)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.missing)
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        project, result, lang = self.context.project, self.context.result, self.context.lang
        if project is None or result is None:
            self.top.set_table(rk.Table())
            self.weights.set_table(rk.Table())
            self.weights_chart.clear()
            error = self.context.evaluation_error
            self.title.setText("")
            self.note.setText(data.describe(error) if error is not None else "")
            return
        s = project.settings
        self.title.setText(f"<b>{project.title.get(lang)}</b> — " + self.tr(
            "top %1 directions of each industry").replace("%1", str(TOP)))
        note = self.tr("Method: TOPSIS with %1; AHP weights by %2, %3; RI table %4.") \
            .replace("%1", data.setting_label("normalization", s.normalization, lang)) \
            .replace("%2", data.setting_label("priority_method", s.priority_method, lang)) \
            .replace("%3", data.setting_label("aggregation", s.aggregation, lang)) \
            .replace("%4", data.setting_label("ri_table", s.ri_table, lang))
        if s.weighting != "ahp":  # say how the data reweighted the criteria
            from mcdm.project.settings import spec

            word = data.setting_label("objective_method", s.objective_method, lang)
            note += " " + self.tr("Criteria weighted: %1 (objective method: %2).") \
                .replace("%1", spec("weighting").word(s.weighting, lang)).replace("%2", word)
        if project.illustrative:
            note += " " + self.tr("Illustrative data: the scores are not the paper's.")
        self.note.setText(note)
        # The first thing missing (a node without weights, no experts…), with its fix.
        gaps = result.problems or tuple(result.nodes[n].missing for n in result.missing_nodes)
        self.missing.show_problem(gaps[0] if gaps else None)
        self._fill_top(project, result, lang)
        self._fill_weights(project, result, lang)

    def _fill_top(self, project, result, lang) -> None:
        rows, cells, tips = [], [], {}
        for r, industry in enumerate(project.industries):
            part = data.industry_part(result, industry.id)
            rows.append(industry.label.get(lang))
            if part is None:
                error = data.industry_error(result, industry.id)
                cells.append(("—",) + ("",) * (TOP - 1))
                if error is not None:
                    tips[(r, -1)] = data.describe(error)
                continue
            order = part.topsis.order
            names = data.direction_names(project, industry.id, lang, part)
            row = []
            for k in range(TOP):
                if k < len(order):
                    i = int(order[k])
                    row.append(f"{names[i]} ({part.topsis.closeness[i]:.3f})")
                else:
                    row.append("")
            cells.append(tuple(row))
            own = [c.label.get(lang) for c in industry.criteria]
            if own:
                tips[(r, -1)] = self.tr("Also ranked on its own criteria: %1").replace(
                    "%1", ", ".join(own))
        columns = tuple(self.tr("No. %1 (closeness)").replace("%1", str(k + 1))
                        for k in range(TOP))
        self.top.set_table(rk.Table(rows=tuple(rows), columns=columns, cells=tuple(cells),
                                    tooltips=tips))

    def _fill_weights(self, project, result, lang) -> None:
        leaves = project.leaves()
        weights = data.leaf_weights(result, project)
        names = [c.label.get(lang) for c in leaves]
        parents = [project.parent(c.id).label.get(lang) for c in leaves]
        # A leaf under a node without group weights has no global weight yet: "—", not a bar.
        known = [not math.isnan(w) for w in weights]
        cells = tuple((n, p, float(w) if ok else "—")
                      for n, p, w, ok in zip(names, parents, weights, known, strict=True))
        self.weights.set_table(rk.Table(
            rows=tuple(str(k + 1) for k in range(len(leaves))),
            columns=(self.tr("Criterion"), self.tr("Under"), self.tr("Global weight")),
            cells=cells))
        # The report's figure: every leaf in the tree's order, coloured by the node above it.
        self.weights_chart.show_figure(drawing("global_weights_figure", result), lang)

    def current_chart(self):
        return (self.weights_chart, "global_weights") if self.weights_chart.has_figure() \
            else None

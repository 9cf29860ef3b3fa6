"""The ranking of one industry: table and bar chart, TOPSIS steps on demand, method comparison,
and the method settings that produced it (each change is one undoable project edit).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.charts.canvas import ChartView, drawing
from desktop.models import ranking as rk
from desktop.models import ranking_data as data
from desktop.views.base import Page
from desktop.views.settings_bar import SettingsBar
from desktop.views.table_fit import fit_columns
from desktop.views.weighting import WeightingPanel
from desktop.views.widgets import IndustryPicker, MissingBanner

DETAILS_DELAY_MS = 150



def table_view(model, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    # Fit the columns when the table's shape changes, not on every value change: sizing to
    # contents on each edit queries every cell several times and would slow a live edit.
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.verticalHeader().setDefaultSectionSize(22)
    model.modelReset.connect(view.resizeColumnsToContents)
    return view


class MethodSettingsBar(SettingsBar):
    """The settings of the settings table marked ``in_bar``: normalization, priority method, RI
    table, AIJ/AIP and the weighting (AHP, objective, combined), each a combo box.

    A change pushes ``SetSetting(name, value)`` (undoable); the result recomputes at once.
    """

    def __init__(self, context, parent=None) -> None:
        from mcdm.project.settings import SETTINGS

        super().__init__(context, [r.name for r in SETTINGS if r.in_bar], parent)


class ResultsPage(Page):
    """Ranking table (rank, direction, closeness, D+, D−) beside a closeness bar chart."""

    def __init__(self, context, state, parent=None) -> None:
        super().__init__(context, scroll=True, parent=parent)
        self.state = state
        self.picker = IndustryPicker(state)
        self.settings_bar = MethodSettingsBar(context)
        self.steps_button = QPushButton()
        self.steps_button.setObjectName("show_steps")
        self.steps_button.setCheckable(True)
        self.steps_button.toggled.connect(self._toggle_steps)
        self.industry_label = QLabel()
        self.status = QLabel()
        self.status.setObjectName("results_status")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #a40000;")
        self.missing = MissingBanner(context)
        self.excluded_note = QLabel(objectName="results_excluded")
        self.excluded_note.setWordWrap(True)

        self.ranking = rk.TableModel(self)
        self.ranking_view = table_view(self.ranking, "ranking_table")
        self.ranking_view.verticalHeader().hide()
        # The direction's name gives way; rank, closeness, D+ and D− stay in view.
        fit_columns(self.ranking_view, (1,))
        self.chart = ChartView()
        self.chart.setObjectName("closeness_chart")

        self.comparison = rk.TableModel(self, decimals=3, header_limit=22)
        self.correlation = rk.TableModel(self, decimals=3, wrap_columns=True)
        self.correlation_kind = QComboBox()
        self.correlation_kind.setObjectName("correlation_kind")
        self.correlation_kind.activated.connect(lambda _i: self._fill_comparison())
        self.comparison_note = QLabel()
        self.comparison_note.setWordWrap(True)
        self.comparison_caption = QLabel(objectName="comparison_caption")
        self.comparison_caption.setWordWrap(True)
        from mcdm.project.settings import SETTINGS

        self.comparison_settings = SettingsBar(
            context, [r.name for r in SETTINGS if r.section == "comparison"],
            object_prefix="comparison_")
        compare_box = QWidget()
        cl = QVBoxLayout(compare_box)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.comparison_settings)
        cl.addWidget(self.comparison_caption)
        pair = QSplitter()
        comparison_view = table_view(self.comparison, "comparison_table")
        # Direction names are elided (whole in the tooltip): both tables fit side by side at
        # 1366×768 whatever the system font.
        comparison_view.verticalHeader().setMaximumWidth(150)
        comparison_view.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        pair.addWidget(comparison_view)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.correlation_kind)
        correlation_view = table_view(self.correlation, "correlation_table")
        # Coefficients such as 0.976 need little room, the methods' names more: each column as
        # wide as its name, one word a line ("PROMETHEE" over "II"), so no name is clipped.
        correlation_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        correlation_view.horizontalHeader().setMinimumSectionSize(44)
        rl.addWidget(correlation_view)
        pair.addWidget(right)
        pair.setSizes([600, 480])
        cl.addWidget(self.comparison_note)
        cl.addWidget(pair, 1)

        self.steps = {key: rk.TableModel(self, header_limit=22) for key in data.STEP_KEYS}
        self.steps_tabs = QTabWidget()
        self.steps_tabs.setObjectName("steps_tabs")
        for key in data.STEP_KEYS:
            self.steps_tabs.addTab(table_view(self.steps[key], f"steps_{key}"), "")
        self.weighting = WeightingPanel(context)
        self.details = QTabWidget()
        self.details.setObjectName("details_tabs")
        self.details.addTab(compare_box, "")
        self.details.addTab(self.steps_tabs, "")
        self.details.addTab(self.weighting, "")
        self.details.currentChanged.connect(lambda _i: self._fill_details())
        # The comparison (five more methods) and the steps follow once editing pauses, so a
        # score edit repaints the ranking first and at once.
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(DETAILS_DELAY_MS)
        self._details_timer.timeout.connect(self._fill_details)

        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addWidget(self.industry_label, 1)
        top.addWidget(self.steps_button)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.ranking_view)
        upper.addWidget(self.chart)
        upper.setSizes([560, 480])
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(upper)
        body.addWidget(self.details)
        body.setSizes([330, 290])
        layout = QVBoxLayout(self.body)
        layout.addLayout(top)
        layout.addWidget(self.settings_bar)
        layout.addWidget(self.status)
        layout.addWidget(self.missing)
        layout.addWidget(self.excluded_note)
        layout.addWidget(body, 1)

        state.industryChanged.connect(lambda _i: self.mark_stale())
        self.retranslate()

    # -- text ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.steps_button.setText(self.tr("Show TOPSIS steps"))
        self.details.setTabText(0, self.tr("Method comparison"))
        self.details.setTabText(1, self.tr("TOPSIS steps"))
        self.details.setTabText(2, self.tr("Criterion weights"))
        for k, key in enumerate(data.STEP_KEYS):
            self.steps_tabs.setTabText(k, data.step_title(key))
        kind = self.correlation_kind.currentData()
        self.correlation_kind.clear()
        for key in data.CORRELATION_KEYS:
            self.correlation_kind.addItem(data.correlation_title(key), key)
        k = self.correlation_kind.findData(kind)
        self.correlation_kind.setCurrentIndex(max(0, k))

    # -- content -------------------------------------------------------------------------------
    def _part(self):
        return data.industry_part(self.context.result, self.state.industry_id)

    def refresh(self) -> None:
        project = self.context.project
        part = self._part() if project is not None else None
        if part is None:
            self.ranking.set_table(rk.Table())
            self.chart.clear()
            error = (data.industry_error(self.context.result, self.state.industry_id)
                     or self.context.evaluation_error)
            # A reason the engine gave (with a button to fix it) or, failing that, an error.
            reason = data.industry_error(self.context.result, self.state.industry_id)
            self.missing.show_problem(reason)
            self.excluded_note.setText("")
            self.excluded_note.setVisible(False)
            self.status.setText(data.describe(error) if error is not None and reason is None
                                else "")
            self.status.setVisible(error is not None and reason is None)
            self._clear_details()
            return
        self.status.setVisible(False)
        self.missing.show_problem(None)
        self.excluded_note.setText(data.excluded_directions_text(part, self.context.project,
                                                                 self.context.lang))
        self.excluded_note.setVisible(bool(self.excluded_note.text()))
        lang = self.context.lang
        names = data.direction_names(project, self.state.industry_id, lang, part)
        topsis = part.topsis
        self.ranking.set_table(rk.ranking_table(
            names, topsis.closeness, topsis.ranks, topsis.steps.d_plus, topsis.steps.d_minus,
            (self.tr("Rank"), self.tr("Direction"), self.tr("Closeness"), self.tr("D+"),
             self.tr("D−"))))
        self.chart.show_figure(drawing("ranking_figure", self.context.result,
                                       self.state.industry_id), lang)
        self.industry_label.setText(self.tr("%1 directions · %2 criteria · %3 · %4")
                                    .replace("%1", str(len(names)))
                                    .replace("%2", str(len(topsis.weights)))
                                    .replace("%3", data.setting_label(
                                        "normalization", topsis.normalization, lang))
                                    .replace("%4", data.weighting_word(part, lang)))
        self._details_timer.start()

    def _clear_details(self) -> None:
        for model in (*self.steps.values(), self.comparison, self.correlation):
            model.set_table(rk.Table())
        self.weighting.clear()
        self.comparison_caption.setText("")

    def _fill_details(self) -> None:
        # Steps and comparisons are built only when shown: an edit repaints the ranking first.
        if not self.details.isVisible():
            return
        if self.details.currentIndex() == 1:
            self._fill_steps()
        elif self.details.currentIndex() == 2:
            self._fill_weighting()
        else:
            self._fill_comparison()

    def _toggle_steps(self, on: bool) -> None:
        self.details.setCurrentIndex(1 if on else 0)
        self._fill_details()

    def _fill_steps(self) -> None:
        part, project = self._part(), self.context.project
        if part is None:
            return
        for key, table in data.step_tables(project, self.state.industry_id, part,
                                           self.context.lang).items():
            self.steps[key].set_table(table)

    def _fill_weighting(self) -> None:
        part, project = self._part(), self.context.project
        if part is None:
            return
        self.weighting.fill(project, part, data.direction_names(
            project, self.state.industry_id, self.context.lang, part))

    def _fill_comparison(self) -> None:
        part, project = self._part(), self.context.project
        if part is None:
            return
        from mcdm.project.captions import comparison_caption

        self.comparison_caption.setText(comparison_caption(self.context.result.settings,
                                                           self.context.lang))
        try:
            comparison = data.comparison(self.context.result, self.state.industry_id)
        except ValueError as exc:
            self.comparison_note.setText(data.describe(exc))
            self.comparison.set_table(rk.Table())
            self.correlation.set_table(rk.Table())
            return
        names = data.direction_names(project, self.state.industry_id, self.context.lang,
                                     data.industry_part(self.context.result, self.state.industry_id))
        ranks, methods = data.comparison_ranks(comparison)
        moving = data.most_moving(comparison, ranks)
        self.comparison.set_table(rk.comparison_table(
            names, methods, ranks, moving, self.tr("Spread"),
            self.tr("This direction's rank differs most between methods")))
        key = self.correlation_kind.currentData() or data.CORRELATION_KEYS[0]
        self.correlation.set_table(rk.square_table(methods, data.correlation(comparison, key)))
        self.comparison_note.setText(self.tr(
            "Ranks by each method (1 = best); highlighted: the directions that move most."))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fill_details()

    def current_chart(self):
        return (self.chart, f"ranking_{self.state.industry_id}") if self.chart.has_figure() \
            else None

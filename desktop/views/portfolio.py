"""The portfolio (投资组合): which directions to fund within the budget.

The budget (spin box and slider), the cost unit, each direction's cost and must/exclude, and
each industry's weight and bounds are undoable project edits; the page shows what the
evaluation's ``ProjectResult.portfolio()`` chose (per direction and per industry, with totals),
the constraints that bind in words, the directions left out and why, the efficient frontier,
and — after a Monte Carlo run — how often each direction is in the best portfolio. When there is
no portfolio the reason stands in a banner (no budget, no costs, constraints that cannot be met).
A whole table of costs comes in from a file (Import costs…, one undo step:
:mod:`desktop.views.cost_import`); Export cost template… writes the table to fill in.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
)

from desktop.charts.canvas import ChartView, drawing
from desktop.messages import describe
from desktop.models import portfolio as pm
from desktop.views.base import Page
from desktop.views.table_fit import fit_columns
from desktop.views.widgets import MissingBanner
from desktop.workers import Task


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for "—", "Must include", "Exclude"."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        combo = QComboBox(parent)
        for choice in pm.CHOICES:
            combo.addItem(pm.choice_text(choice), choice)
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt's name
        k = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(0, k))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt's name
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DirectionsView(QTableView):
    """The directions table; Ctrl+V pastes a column of costs (copied from Excel) as one step."""

    def paste(self, text: str | None = None) -> str | None:
        index = self.currentIndex()
        top = index.row() if index.isValid() else 0
        text = QGuiApplication.clipboard().text() if text is None else text
        why = self.model().paste_costs(top, text)
        if why:
            self.model().refused.emit(why)
        return why

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        super().keyPressEvent(event)


def _view(view: QTableView, model, name: str, names: tuple[int, ...]) -> QTableView:
    """A table whose columns fit their contents; the ``names`` columns give way when the view
    lacks room (elided, the whole name in the tooltip), so the numbers stay in view in a narrow
    window and a wide one shows every name whole (:func:`~desktop.views.table_fit.fit_columns`)."""
    view.setObjectName(name)
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(22)
    view.fit_columns = fit_columns(view, names)  # names in another language: measured again
    return view


def slider_step(total: float) -> float:
    """A round budget step that keeps the slider under about 2,000 positions."""
    if total <= 0:
        return 1.0
    return 10.0 ** math.floor(math.log10(total / 2000)) if total > 2000 else \
        10.0 ** min(0, math.floor(math.log10(total / 200)))


class PortfolioPage(Page):
    """Budget, costs and constraints in; the chosen directions, frontier and robustness out."""

    def __init__(self, context, simulation, exporter=None, parent=None) -> None:
        super().__init__(context, scroll=True, parent=parent)
        self.simulation = simulation  # desktop.state.MonteCarloRun
        self.exporter = exporter      # desktop.export.ExportController: the cost template
        self.portfolio = None
        self.error = None
        self.frontier = None
        self._robust = None          # (result, ProjectRobustness) of the Monte Carlo run
        self.task: Task | None = None
        self._step = 1.0

        self.budget_label = QLabel()
        self.budget = QDoubleSpinBox(objectName="portfolio_budget")
        self.budget.setRange(0.0, 1e12)
        self.budget.setDecimals(2)
        self.budget.setKeyboardTracking(False)
        self.budget.valueChanged.connect(self._budget_typed)
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="portfolio_slider")
        self.slider.setMinimumWidth(260)
        self.slider.valueChanged.connect(self._slider_moved)
        self.unit_label = QLabel()
        self.unit = QLineEdit(objectName="portfolio_unit")
        self.unit.setMaximumWidth(90)
        self.unit.editingFinished.connect(self._unit_edited)
        self.template_button = QPushButton(objectName="portfolio_cost_template")
        self.template_button.setVisible(exporter is not None)
        self.template_button.clicked.connect(lambda: self.export_cost_template())
        self.import_button = QPushButton(objectName="portfolio_import_costs")
        self.import_button.clicked.connect(lambda: self.import_costs())
        self.summary = QLabel(objectName="portfolio_summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.missing = MissingBanner(context)
        self.notes = QLabel(objectName="portfolio_notes")
        self.notes.setWordWrap(True)

        self.directions = pm.DirectionsModel(context, self)
        self.directions.refused.connect(context.message.emit)
        self.directions_view = _view(DirectionsView(), self.directions, "portfolio_directions",
                                     (pm.DirectionsModel.INDUSTRY, pm.DirectionsModel.DIRECTION))
        self.directions_view.setItemDelegateForColumn(pm.DirectionsModel.CHOICE,
                                                      ChoiceDelegate(self.directions_view))
        self.industries = pm.IndustriesModel(context, self)
        self.industries.refused.connect(context.message.emit)
        self.industries_view = _view(QTableView(), self.industries, "portfolio_industries",
                                     (pm.IndustriesModel.INDUSTRY,))
        self.chart = ChartView()
        self.chart.setObjectName("frontier_chart")
        self.robust_button = QPushButton(objectName="portfolio_robustness")
        self.robust_button.clicked.connect(self.run_robustness)
        self.robust_status = QLabel(objectName="portfolio_robustness_status")
        self.robust_status.setWordWrap(True)

        controls = QHBoxLayout()
        controls.addWidget(self.budget_label)
        controls.addWidget(self.budget)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.unit_label)
        controls.addWidget(self.unit)
        controls.addWidget(self.template_button)
        controls.addWidget(self.import_button)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.chart)
        right.addWidget(self.industries_view)
        right.setSizes([300, 230])
        body = QSplitter()
        body.addWidget(self.directions_view)
        body.addWidget(right)
        body.setSizes([700, 400])
        robust = QHBoxLayout()
        robust.addWidget(self.robust_button)
        robust.addWidget(self.robust_status, 1)
        layout = QVBoxLayout(self.body)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.missing)
        layout.addWidget(self.notes)
        layout.addWidget(body, 1)
        layout.addLayout(robust)
        simulation.changed.connect(self.mark_stale)
        self.retranslate()

    # -- text ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for view in (self.directions_view, self.industries_view):
            view.fit_columns()
        self.budget_label.setText(self.tr("Budget"))
        self.unit_label.setText(self.tr("Cost unit"))
        self.unit.setPlaceholderText(self.tr("e.g. 亿元"))
        self.robust_button.setText(self.tr("Robustness over the Monte Carlo run"))
        self.template_button.setText(self.tr("Export cost template…"))
        self.template_button.setToolTip(self.tr(
            "Write every direction with its current cost to an Excel or CSV file to fill in"))
        self.import_button.setText(self.tr("Import costs…"))
        self.import_button.setToolTip(self.tr(
            "Read the costs of many directions from an Excel or CSV table (a filled cost "
            "template, or columns industry, direction and cost): one undo step"))
        self.slider.setToolTip(self.tr("Drag to try other budgets (one undo step per drag)"))
        self.directions_view.setToolTip(self.tr(
            "Type a cost, or paste a column of costs copied from Excel (Ctrl+V) at the selected "
            "row. Double-click “Must / exclude” to require or rule out a direction."))

    # -- content -------------------------------------------------------------------------------
    def refresh(self) -> None:
        from mcdm.errors import MCDMError

        project, result, lang = self.context.project, self.context.result, self.context.lang
        self.portfolio = self.error = self.frontier = None
        if result is not None:
            try:
                self.portfolio = result.portfolio()
            except MCDMError as exc:
                self.error = exc
            try:
                self.frontier = result.frontier()
            except MCDMError:
                self.frontier = None
        robust = self._robustness()
        for button in (self.template_button, self.import_button):
            button.setEnabled(project is not None)
        self.directions.refresh(self.portfolio, robust)
        self.industries.refresh(self.portfolio)
        # With every industry's weight 1 a direction's value is its closeness: one column.
        self.directions_view.setColumnHidden(
            pm.DirectionsModel.VALUE, project is None or all(
                project.portfolio.industry(i.id).weight == 1 for i in project.industries))
        self.missing.show_problem(self.error if result is not None else
                                  self.context.evaluation_error)
        self._fill_controls(project)
        self._fill_summary(project, lang)
        self._fill_chart()
        has_run = self.simulation.result is not None and \
            self.simulation.result.project is project
        self.robust_button.setEnabled(has_run and self.portfolio is not None and
                                      (self.task is None or not self.task.is_running()))
        if robust is None and not (self.task and self.task.is_running()):
            self.robust_status.setText(
                self.tr("Run a Monte Carlo simulation (Monte Carlo page) to see how often each "
                        "direction is in the best portfolio when the weights vary.")
                if not has_run else self.tr("A Monte Carlo run is ready: press the button."))

    def _fill_controls(self, project) -> None:
        from PySide6.QtCore import QSignalBlocker

        plan = project.portfolio if project is not None else None
        total = sum(d.cost or 0.0 for i in project.industries for d in i.directions) \
            if project is not None else 0.0
        budget = None if plan is None else plan.budget
        top = max(total, budget or 0.0)
        self._step = slider_step(top)
        with QSignalBlocker(self.slider), QSignalBlocker(self.budget), \
                QSignalBlocker(self.unit):
            self.slider.setRange(0, max(1, math.ceil(top / self._step)))
            self.slider.setPageStep(max(1, self.slider.maximum() // 20))
            self.slider.setValue(0 if budget is None else round(budget / self._step))
            self.budget.setSuffix(f" {plan.cost_unit}" if plan and plan.cost_unit else "")
            self.budget.setValue(0.0 if budget is None else budget)
            if not self.unit.hasFocus():
                self.unit.setText(plan.cost_unit if plan else "")

    def _fill_summary(self, project, lang: str) -> None:
        from mcdm.messages import describe
        from mcdm.project.portfolio import money

        p = self.portfolio
        if p is None:
            self.summary.setText("")
            self.notes.setText("")
            return
        self.summary.setText(
            self.tr("Spent %1 of %2 · total value %3 · %4 of %5 directions chosen")
            .replace("%1", money(p.cost, p.unit)).replace("%2", money(p.budget, p.unit))
            .replace("%3", f"{p.value:.4f}").replace("%4", str(len(p.selected)))
            .replace("%5", str(len(p.candidates.items))))
        lines = [describe(b, lang, project) for b in p.binding]
        lines += [describe(n, lang, project) for n in p.left_out]
        lines.append(self.tr("Value of a direction = its closeness × its industry's weight."))
        self.notes.setText("\n".join(lines))

    def _fill_chart(self) -> None:
        # The frontier does not depend on the budget: dragging the budget moves only the line
        # and the dot (in place, blitted).
        if self.frontier is None:
            self.chart.clear()
            return
        self.chart.show_figure(drawing("frontier_figure", self.context.result),
                               self.context.lang)

    # -- edits ---------------------------------------------------------------------------------
    def _set_budget(self, value: float | None) -> None:
        project = self.context.project
        if project is None or project.portfolio.budget == value:
            return
        from mcdm.project.edits import SetBudget

        try:
            self.context.push(SetBudget(value), self.tr("Set the budget"), merge_key="budget")
        except ValueError as exc:
            self.context.message.emit(describe(exc, self.context.lang, self.context.project))
            self.refresh()

    def _budget_typed(self, value: float) -> None:
        self._set_budget(float(value))

    def _slider_moved(self, position: int) -> None:
        self._set_budget(round(position * self._step, 6))

    def _unit_edited(self) -> None:
        project = self.context.project
        text = self.unit.text().strip()
        if project is None or project.portfolio.cost_unit == text:
            return
        from mcdm.project.edits import SetCostUnit

        try:
            self.context.push(SetCostUnit(text), self.tr("Set the cost unit"))
        except ValueError as exc:
            self.context.message.emit(describe(exc, self.context.lang, self.context.project))
            self.refresh()

    # -- cost tables ---------------------------------------------------------------------------
    def export_cost_template(self, path: str | None = None) -> Task | None:
        """Write the cost template (asks where unless ``path`` is given)."""
        return self.exporter.export_cost_template(path) if self.exporter is not None else None

    def import_costs(self, path: str | None = None) -> bool:
        """Import a cost table (asks which unless ``path`` is given); True if costs changed."""
        from desktop.views.cost_import import import_costs

        return import_costs(self.context, self, path)

    # -- robustness over the Monte Carlo run ----------------------------------------------------
    def _robustness(self):
        if self._robust is None:
            return None
        run, robust = self._robust
        return robust if run is self.simulation.result and run is not None and \
            run.project is self.context.project else None

    def run_robustness(self) -> Task | None:
        """Compute the robustness over the kept Monte Carlo run in a worker thread."""
        run = self.simulation.result
        if run is None or run.project is not self.context.project:
            return None
        self.robust_button.setEnabled(False)
        self.robust_status.setText(self.tr("Optimizing the portfolio for every sample…"))
        self.task = Task(lambda _progress: run.portfolio_robustness(), self)
        self.task.succeeded.connect(lambda r: self._robust_done(run, r))
        self.task.failed.connect(self._robust_failed)
        self.task.start()
        return self.task

    def _robust_done(self, run, robust) -> None:
        self._robust = (run, robust)
        self.robust_status.setText(
            self.tr("How often each direction is in the best portfolio over %1 Monte Carlo "
                    "samples: the percentage in the “Chosen” column.")
            .replace("%1", f"{robust.n_samples:,}"))
        self.refresh()

    def _robust_failed(self, exc) -> None:
        from mcdm.messages import describe

        self.robust_status.setText(describe(exc, self.context.lang, self.context.project))
        self.refresh()

    def current_chart(self):
        return (self.chart, "frontier") if self.chart.has_figure() else None

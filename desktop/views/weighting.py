"""The criterion weights of one industry: AHP, objective and combined side by side, which one
ranked, the notes on constant criteria, and the objective method's steps — with the weighting
settings (each change one undoable edit that re-ranks at once)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop.models import ranking as rk
from desktop.models import weighting as wt
from desktop.views.settings_bar import SettingsBar


class WeightingPanel(QWidget):
    """Shown as the "Criterion weights" tab of the ranking page."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        from mcdm.project.settings import SETTINGS

        self.context = context
        self.settings = SettingsBar(context, [r.name for r in SETTINGS
                                              if r.section == "weighting"],
                                    object_prefix="weighting_")
        self.caption = QLabel(objectName="weighting_caption")
        self.caption.setWordWrap(True)
        self.notes = QLabel(objectName="weighting_notes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #8a5300;")
        from desktop.views.results import table_view

        self.weights = rk.TableModel(self, decimals=4, header_limit=24)
        self.steps = rk.TableModel(self, decimals=4, header_limit=24)
        self.matrix = rk.TableModel(self, decimals=4, header_limit=14)
        # The three vectors on the left, the objective method's steps on the right (per
        # criterion, and its matrix), so each table keeps the tab's full height.
        matrix_view = table_view(self.matrix, "objective_matrix_table")
        matrix_view.verticalHeader().setMaximumWidth(150)
        matrix_view.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        weights_view = table_view(self.weights, "weights_table")
        steps_view = table_view(self.steps, "objective_steps_table")
        for view in (weights_view, steps_view):  # criterion names elided, whole in the tooltip
            view.verticalHeader().setMaximumWidth(200)
            view.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.step_tabs = QTabWidget(objectName="objective_steps_tabs")
        self.step_tabs.addTab(steps_view, "")
        self.step_tabs.addTab(matrix_view, "")
        pair = QSplitter()
        pair.addWidget(weights_view)
        pair.addWidget(self.step_tabs)
        pair.setSizes([540, 540])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.settings)
        layout.addWidget(self.caption)
        layout.addWidget(self.notes)
        layout.addWidget(pair, 1)

    def clear(self) -> None:
        for model in (self.weights, self.steps, self.matrix):
            model.set_table(rk.Table())
        self.caption.setText("")
        self.notes.setText("")

    def fill(self, project, part, names: list[str]) -> None:
        """Show ``part`` (an IndustryResult) of ``project``; ``names`` are its directions'."""
        from mcdm.messages import describe
        from mcdm.project.captions import weighting_caption
        from mcdm.project.settings import spec

        w = part.weighting
        if w is None:
            self.clear()
            return
        lang = self.context.lang
        labels = {c.id: c.label.get(lang) for c in project.industry_criteria(part.industry_id)}
        criteria = [labels.get(c, c) for c in part.criterion_ids]
        self.caption.setText(weighting_caption(w, lang))
        self.notes.setText("\n".join(describe(n, lang, project) for n in w.notes))
        self.notes.setVisible(bool(w.notes))
        self.weights.set_table(wt.weights_table(w, criteria, part.criterion_ids, lang))
        self.steps.set_table(wt.steps_table(w, criteria))
        self.matrix.set_table(wt.matrix_table(w, names, criteria))
        self.step_tabs.setTabText(0, self.tr("Steps of %1").replace(
            "%1", spec("objective_method").word(w.method, lang)))
        self.step_tabs.setTabText(1, wt.matrix_title(w))

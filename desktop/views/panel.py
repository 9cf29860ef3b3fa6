"""The panel: experts, their weights, completeness and worst CR; importing questionnaires."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.files import problem_lines
from desktop.models.experts import ExpertsModel
from desktop.views.base import Page
from mcdm.errors import MCDMError
from mcdm.project import edits
from mcdm.project.model import Expert


def xlsx_filter() -> str:
    """The file dialog's filter, in the UI language (read when the dialog opens)."""
    return QCoreApplication.translate("PanelPage", "Excel (*.xlsx);;All files (*)")


class PanelPage(Page):
    """Page "Experts": the panel's table (its model follows the project) and a summary."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        self._ctx = context
        self.model = ExpertsModel(context, self)
        self.view = QTableView(objectName="experts_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.setSelectionMode(QTableView.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)  # the role: the long free text
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.b_add = QPushButton()
        self.b_remove = QPushButton()
        self.b_import = QPushButton()
        buttons = QHBoxLayout()
        for b in (self.b_add, self.b_remove, self.b_import):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self.b_add.clicked.connect(lambda: self.add_expert())
        self.b_remove.clicked.connect(lambda: self.remove_selected())
        self.b_import.clicked.connect(lambda: self.import_questionnaires())
        self.retranslate()

    def retranslate(self) -> None:
        self.b_add.setText(self.tr("Add expert…"))
        self.b_remove.setText(self.tr("Remove expert…"))
        self.b_import.setText(self.tr("Import questionnaires…"))

    def refresh(self) -> None:
        self.model.sync()
        project = self._ctx.project
        n = len(project.experts) if project else 0
        self.summary.setText(self.tr(
            "%1 experts. Double-click a name, role or weight to edit it. Completeness is the "
            "share of judgments given; the worst CR is the expert's least consistent matrix "
            "(threshold %2).").replace("%1", str(n)).replace(
            "%2", f"{project.settings.cr_threshold:g}" if project else "0.1"))

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.expert_id(rows[0].row()) if rows else None

    def _push(self, edit) -> bool:
        try:
            self._ctx.push(edit)
        except MCDMError as exc:
            from desktop.details import technical_details

            lines = problem_lines(exc, self._ctx.lang, self._ctx.project)
            self._ctx.interaction.error(self, self.tr("Cannot change the panel"),
                                        "\n".join(lines),
                                        technical_details(exc, self._ctx.lang, self._ctx.project))
            return False
        return True

    def add_expert(self, name: str | None = None) -> str | None:
        if name is None:
            name = self._ctx.interaction.get_text(self, self.tr("Add expert"),
                                                  self.tr("Name:"))
        if not name or not name.strip():
            return None
        taken = set(self._ctx.project.expert_ids())
        expert_id = next(f"E{k}" for k in itertools.count(1) if f"E{k}" not in taken)
        if self._push(edits.AddExpert(Expert(expert_id, name.strip()))):
            return expert_id
        return None

    def remove_selected(self) -> bool:
        expert_id = self.selected_id()
        if expert_id is None:
            return False
        expert = self._ctx.project.expert(expert_id)
        if not self._ctx.interaction.confirm(
                self, self.tr("Remove expert"),
                self.tr("Remove %1 and all of their judgments and scores? (You can undo this.)")
                .replace("%1", expert.name)):
            return False
        return self._push(edits.RemoveExpert(expert_id))

    def import_questionnaires(self, paths: list[str] | None = None) -> bool:
        """Read filled questionnaires; show every problem before anything changes."""
        from desktop.views.import_flow import import_questionnaires

        return import_questionnaires(self._ctx, self, paths)

"""The panel: experts, their weights, completeness and worst CR; the questionnaires' round trip
(export, import with a preview) and the Delphi rounds (the current round, starting the next)."""

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
    """Page "Experts": the panel's table (its model follows the project), a summary, the round
    in progress; ``exporter`` writes the questionnaires (:class:`desktop.export.ExportController`)."""

    def __init__(self, context: AppContext, exporter=None, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        self._ctx = context
        self._exporter = exporter
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
        self.b_export = QPushButton(objectName="export_questionnaires")
        self.b_export.setVisible(exporter is not None)
        self.b_round = QPushButton(objectName="start_round")
        self.round_label = QLabel(objectName="current_round")
        self.round_label.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.b_add, self.b_remove, self.b_export, self.b_import):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.b_round)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.round_label)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self.b_add.clicked.connect(lambda: self.add_expert())
        self.b_remove.clicked.connect(lambda: self.remove_selected())
        self.b_import.clicked.connect(lambda: self.import_questionnaires())
        self.b_export.clicked.connect(lambda: exporter.export_questionnaires())
        self.b_round.clicked.connect(lambda: self.start_round())
        self.retranslate()

    def retranslate(self) -> None:
        self.b_add.setText(self.tr("Add expert…"))
        self.b_remove.setText(self.tr("Remove expert…"))
        self.b_import.setText(self.tr("Import questionnaires…"))
        self.b_export.setText(self.tr("Export questionnaires…"))

    def refresh(self) -> None:
        self.model.sync()
        project = self._ctx.project
        n = len(project.experts) if project else 0
        self.summary.setText(self.tr(
            "%1 experts. Double-click a name, role or weight to edit it. Completeness is the "
            "share of judgments given; the worst CR is the expert's least consistent matrix "
            "(threshold %2).").replace("%1", str(n)).replace(
            "%2", f"{project.settings.cr_threshold:g}" if project else "0.1"))
        self._show_round()

    def _show_round(self) -> None:
        project = self._ctx.project
        k = project.current_round if project else 1
        self.b_round.setText(self.tr("Start round %1…").replace("%1", str(k + 1)))
        self.b_round.setEnabled(project is not None and bool(project.experts))
        if project is None or not project.rounds:
            text = self.tr("Round 1 in progress. When the panel has answered, start round 2: "
                           "each expert then sees the group's judgment beside their own and may "
                           "revise it.")
        else:
            last = project.rounds[-1]
            text = self.tr("Round %1 in progress (round %2 closed %3). Questionnaires exported "
                           "now are round-%1 questionnaires; those of earlier rounds are refused "
                           "on import. The Group weights page compares the rounds.").replace(
                "%1", str(k)).replace("%2", str(last.number)).replace(
                "%3", closed_text(last.closed))
        self.round_label.setText(text)

    def start_round(self) -> bool:
        """Close the round in progress and start the next, after a confirmation that says what
        happens (one undoable step)."""
        project = self._ctx.project
        if project is None:
            return False
        k = project.current_round
        text = self.tr(
            "Close round %1 and start round %2?\n\nRound %1's answers are kept in the project's "
            "round history, and the Group weights page compares consensus round by round. Round "
            "%2 starts from the same answers: its questionnaires show each expert their round-%1 "
            "answers, the group's judgment and its spread, and mark answers far from the group. "
            "Questionnaires of round %1 can no longer be imported.\n\nYou can undo this.").replace(
            "%1", str(k)).replace("%2", str(k + 1))
        if not self._ctx.interaction.confirm(self, self.tr("Start round %1").replace(
                "%1", str(k + 1)), text):
            return False
        if not self._push(edits.StartRound.now()):
            return False
        self._ctx.message.emit(self.tr(
            "Round %1 started: export the round-%1 questionnaires (Export questionnaires…) and "
            "send them to the panel.").replace("%1", str(k + 1)))
        return True

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


def closed_text(closed: str | None) -> str:
    """"2025-03-01 10:00" of an ISO time "2025-03-01T10:00:00+08:00" (the time it was written
    in, as the facilitator's clock showed it)."""
    if not closed:
        return ""
    return closed[:16].replace("T", " ")

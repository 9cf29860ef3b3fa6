"""File ▸ Export ▸ Questionnaires…: how the panel's questionnaires are written.

One workbook per expert or one panel workbook (a sheet per expert); the workbooks' language;
whether the answer cells are prefilled with the project's answers (by default off in round 1 and
on from round 2, when each expert sees their previous round's answers beside the group's); the
measured criteria read-only from the project or asked of the experts; the experts to include.
The writers are :func:`mcdm.excel.write_questionnaire` and
:func:`mcdm.excel.write_panel_questionnaire`; :class:`desktop.export.ExportController` runs them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mcdm.messages import label


@dataclass(frozen=True)
class QuestionnaireOptions:
    """How to write the questionnaires (``prefill`` and ``measured`` as the writers take them)."""

    expert_ids: tuple[str, ...]
    lang: str = "zh"
    per_expert: bool = True
    prefill: bool = False
    measured: str = "fixed"  # "fixed" (read-only) or "ask" (the experts supply them)

    @classmethod
    def defaults(cls, project: Any, lang: str) -> QuestionnaireOptions:
        """Every expert, one file each, prefilled from round 2 on (the writers' default)."""
        return cls(tuple(project.expert_ids()), lang, True, bool(project.rounds), "fixed")


class QuestionnaireDialog(QDialog):
    """Choose the :class:`QuestionnaireOptions`, starting from ``defaults``; names of experts
    in ``ui_lang``."""

    def __init__(self, project: Any, defaults: QuestionnaireOptions, ui_lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionnaire_dialog")
        self.setWindowTitle(self.tr("Export questionnaires"))
        self._defaults = defaults
        k = project.current_round
        if k > 1:
            intro = self.tr("Round %1. Each questionnaire shows, beside every pair, the expert's "
                            "round-%2 answer, the group's judgment and its spread, and marks "
                            "answers far from the group; a reason column lets the expert explain "
                            "an answer they keep.").replace("%1", str(k)).replace("%2", str(k - 1))
        else:
            intro = self.tr("Round 1. Each expert fills their questionnaire offline; import the "
                            "filled workbooks on the Experts page. Importing changes only the "
                            "answers an expert changed.")
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.per_expert = QRadioButton(self.tr("One workbook per expert"))
        self.panel = QRadioButton(self.tr("One panel workbook (a sheet per expert)"))
        self.per_expert.setObjectName("per_expert")
        self.panel.setObjectName("panel_file")
        files = QButtonGroup(self)
        files.addButton(self.per_expert)
        files.addButton(self.panel)
        (self.per_expert if defaults.per_expert else self.panel).setChecked(True)
        self.language = QComboBox(objectName="questionnaire_language")
        for text, code in (("中文", "zh"), ("English", "en")):
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(0, self.language.findData(defaults.lang)))
        self.prefill = QCheckBox(self.tr("Prefill the answers the project holds"),
                                 objectName="prefill")
        self.prefill.setChecked(defaults.prefill)
        self.prefill_note = QLabel(self.tr(
            "From round 2 on, prefilled is the default: each expert keeps or changes their "
            "previous answers. Blank or prefilled, importing changes only what an expert "
            "changed (a prefilled answer the expert deletes is cleared)."))
        self.prefill_note.setWordWrap(True)
        self.fixed = QRadioButton(self.tr("Fixed: filled from the project, read-only"))
        self.ask = QRadioButton(self.tr("Asked: the experts supply them"))
        self.fixed.setObjectName("measured_fixed")
        self.ask.setObjectName("measured_ask")
        measured = QButtonGroup(self)
        measured.addButton(self.fixed)
        measured.addButton(self.ask)
        (self.ask if defaults.measured == "ask" else self.fixed).setChecked(True)
        self.experts = QListWidget(objectName="questionnaire_experts")
        chosen = set(defaults.expert_ids)
        for e in project.experts:
            item = QListWidgetItem(label(project, e.id, ui_lang, "expert"))
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if e.id in chosen else
                               Qt.CheckState.Unchecked)
            self.experts.addItem(item)
        self.experts.setMaximumHeight(150)
        self.b_all = QPushButton(self.tr("All"))
        self.b_none = QPushButton(self.tr("None"))
        self.b_all.clicked.connect(lambda: self.check_experts(True))
        self.b_none.clicked.connect(lambda: self.check_experts(False))
        picks = QHBoxLayout()
        picks.addWidget(self.b_all)
        picks.addWidget(self.b_none)
        picks.addStretch(1)
        experts_box = QVBoxLayout()
        experts_box.addWidget(self.experts)
        experts_box.addLayout(picks)
        form = QFormLayout()
        form.addRow(self.tr("Files:"), _column(self.per_expert, self.panel))
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Answers:"), _column(self.prefill, self.prefill_note))
        form.addRow(self.tr("Measured criteria:"), _column(self.fixed, self.ask))
        form.addRow(self.tr("Experts:"), experts_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.b_ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.b_ok.setText(self.tr("Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.experts.itemChanged.connect(lambda _i: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()
        self.resize(620, 560)

    def check_experts(self, on: bool, expert_ids: tuple[str, ...] | None = None) -> None:
        """Tick (or untick) every expert, or those in ``expert_ids``."""
        for row in range(self.experts.count()):
            item = self.experts.item(row)
            if expert_ids is None or item.data(Qt.ItemDataRole.UserRole) in expert_ids:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def options(self) -> QuestionnaireOptions:
        ids = tuple(self.experts.item(r).data(Qt.ItemDataRole.UserRole)
                    for r in range(self.experts.count())
                    if self.experts.item(r).checkState() == Qt.CheckState.Checked)
        return replace(self._defaults, expert_ids=ids, lang=self.language.currentData(),
                       per_expert=self.per_expert.isChecked(), prefill=self.prefill.isChecked(),
                       measured="ask" if self.ask.isChecked() else "fixed")

    def snapshot(self) -> tuple[str, str, QuestionnaireOptions]:
        """(title, introduction, options): what a test reads of the dialog."""
        return (self.windowTitle(), self.intro.text(), self.options())

    def _update(self) -> None:
        self.b_ok.setEnabled(bool(self.options().expert_ids))


def _column(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w)
    return box

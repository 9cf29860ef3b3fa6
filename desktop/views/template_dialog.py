"""File ▸ New: pick a template, seeing what each one holds before the project is made.

The list on the left names the templates; the right side describes the one selected — its
framework (the engine's description), the criteria it weighs under each top criterion, the
number of judgment matrices a panel will fill, and its industries and priority directions.
The facts come from :func:`mcdm.project.templates.describe_template`.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


class TemplateDialog(QDialog):
    """Choose one of ``infos`` (:class:`~mcdm.project.templates.TemplateInfo`)."""

    def __init__(self, infos: Sequence, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("template_dialog")
        self.infos, self.lang = list(infos), lang
        self.setWindowTitle(self.tr("New project"))
        self.intro = QLabel(self.tr("Start from a template: each one is a criteria tree and the "
                                    "industries to rank, without a panel or any judgment."))
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("template_list")
        for info in self.infos:
            self.list.addItem(template_name(info, lang))
        self.list.setMaximumWidth(260)
        self.details = QLabel()
        self.details.setObjectName("template_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        self.list.setCurrentRow(0)
        self.resize(760, 480)

    def chosen(self) -> int | None:
        row = self.list.currentRow()
        return row if row >= 0 else None

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.infos):
            self.details.setText("")
            return
        self.details.setText(describe_html(self.infos[row], self.lang))


def template_name(info, lang: str) -> str:
    """The template's title; the empty one is called what it is."""
    if info.name == "empty":
        return translate("TemplateDialog", "Empty project")
    return info.title.get(lang)


def describe_html(info, lang: str) -> str:
    """The template's description and contents as rich text."""
    parts = [f"<h3>{escape(template_name(info, lang))}</h3>",
             f"<p>{escape(info.description.get(lang))}</p>"]
    if info.criteria:
        parts.append("<p><b>{}</b></p><ul>".format(escape(
            translate("TemplateDialog", "Criteria to weigh: %1 (judgment matrices: %2)").replace(
                "%1", str(info.leaves)).replace("%2", str(info.matrices)))))
        for label, children in info.criteria:
            under = "、" if lang == "zh" else ", "
            names = under.join(escape(c.get(lang)) for c in children)
            parts.append(f"<li>{escape(label.get(lang))}" + (f": {names}" if names else "")
                         + "</li>")
        parts.append("</ul>")
    else:
        parts.append("<p>{}</p>".format(escape(translate("TemplateDialog", "No criteria yet."))))
    if info.industries:
        sep = "、" if lang == "zh" else ", "
        parts.append("<p><b>{}</b> {}</p>".format(
            escape(translate("TemplateDialog", "%1 industries, %2 priority directions:").replace(
                "%1", str(len(info.industries))).replace("%2", str(info.directions))),
            sep.join(escape(i.get(lang)) for i in info.industries)))
    else:
        parts.append("<p>{}</p>".format(escape(translate("TemplateDialog", "No industries yet."))))
    parts.append("<p>{}</p>".format(escape(translate("TemplateDialog", "The panel and its judgments are added after: "
                                               "on the Experts page, or by importing the "
                                               "experts' questionnaires."))))
    return "".join(parts)

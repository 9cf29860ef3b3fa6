"""The import preview: what accepting filled questionnaires would change, before anything does.

Per expert and per node or industry, how many answers are new, changed (old → new), cleared,
unchanged or in conflict (:class:`~desktop.models.import_preview.ImportPreviewModel`); every
problem with its file, sheet and cell (:class:`~desktop.models.import_problems.ImportProblemsModel`;
a click shows its block in the tree). Blocks with a problem are marked and never imported;
conflicts keep the project's value unless ticked. The accept button says what it will do
("Import 12 answers, clear 3"); Cancel changes nothing. Shown through
:meth:`desktop.interaction.Interaction.preview_import`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.import_preview import (
    CONFLICT,
    NAME,
    NEW,
    TAKE,
    UNCHANGED,
    WHERE,
    ImportChoice,
    ImportPreviewModel,
)
from desktop.models.import_problems import WHAT, ImportProblemsModel

translate = QCoreApplication.translate
FEW_NEW = 12  # a block with at most this many new answers opens to list them


class ChangingOnly(QSortFilterProxyModel):
    """The preview's rows that change something or need a look (all when ``only`` is off)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.only = True

    def set_only(self, only: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 on; invalidateFilter is deprecated
            self.beginFilterChange()
            self.only = only
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.only = only
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        if not self.only or parent.parent().isValid():  # answers and problems: always
            return True
        model = self.sourceModel()
        return model.worth_showing(model.index(row, 0, parent))


class ImportPreviewDialog(QDialog):
    """The preview of ``report`` (an :class:`~mcdm.excel.ImportReport` read for ``project``)."""

    def __init__(self, report: Any, project: Any, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_preview")
        self.report = report
        self.model = ImportPreviewModel(report, project, lang, self)
        self.problems = ImportProblemsModel(report, project, lang, self)
        self.setWindowTitle(self.tr("Import questionnaires: preview"))
        self.summary = QLabel(objectName="import_summary")
        self.summary.setWordWrap(True)
        self.shown = ChangingOnly(self)
        self.shown.setSourceModel(self.model)
        self.only_changes = QCheckBox(self.tr("Only blocks that change or need a look"),
                                      objectName="only_changes")
        # Unchanged blocks are most of a round-2 import; shown all when nothing else is.
        worth = any(self.model.worth_showing(self.model.index(r, 0))
                    for r in range(self.model.rowCount()))
        self.only_changes.setChecked(worth)
        self.shown.set_only(worth)
        self.only_changes.toggled.connect(self._filter)
        self.tree = QTreeView(objectName="import_tree")
        self.tree.setModel(self.shown)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.b_take_all = QPushButton(self.tr("Take every conflict"))
        self.b_keep_all = QPushButton(self.tr("Keep every conflict"))
        self.b_take_all.clicked.connect(lambda: self.model.set_all_conflicts(True))
        self.b_keep_all.clicked.connect(lambda: self.model.set_all_conflicts(False))
        conflicts = QHBoxLayout()
        self.conflict_note = QLabel()
        self.conflict_note.setWordWrap(True)
        conflicts.addWidget(self.conflict_note, 1)
        conflicts.addWidget(self.b_take_all)
        conflicts.addWidget(self.b_keep_all)
        self.conflict_bar = QWidget()
        self.conflict_bar.setLayout(conflicts)
        self.conflict_bar.setVisible(bool(report.conflicts))
        self.problems_label = QLabel(self.tr("Problems, warnings and notes (click one to see "
                                             "its block):"))
        self.problem_view = QTableView(objectName="import_problems")
        self.problem_view.setModel(self.problems)
        self.problem_view.setWordWrap(True)
        self.problem_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problem_view.verticalHeader().setVisible(False)
        # Rows as tall as their wrapped sentence: a problem is read whole, never elided.
        self.problem_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        ph = self.problem_view.horizontalHeader()
        ph.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ph.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.problem_view.clicked.connect(self._show_block)
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.problems_label)
        ll.addWidget(self.problem_view)
        lower.setVisible(self.problems.rowCount() > 0)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(lower)
        split.setSizes([420, 200])
        self.buttons = QDialogButtonBox()
        self.b_accept = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.b_accept.setObjectName("import_accept")
        self.b_cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.only_changes, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.conflict_bar)
        layout.addWidget(self.buttons)
        self.model.choicesChanged.connect(self._update)
        self._expand()
        self._fit_columns()
        self._update()
        self.resize(1100, 680)

    # -- what the caller reads -------------------------------------------------------------
    def choice(self) -> ImportChoice | None:
        """The blocks and conflicts accepted; None when nothing would change."""
        return self.model.choice() if self.can_accept() else None

    def can_accept(self) -> bool:
        return bool(self.model.selection())

    def accept_text(self) -> str:
        return self.b_accept.text()

    def problem_lines(self) -> list[str]:
        return self.problems.lines()

    def snapshot(self) -> tuple[str, str, str, tuple[str, ...]]:
        """(title, summary, accept button, problem lines): what a test reads of the dialog."""
        return (self.windowTitle(), self.summary.text(), self.accept_text(),
                tuple(self.problem_lines()))

    # -- filling ---------------------------------------------------------------------------
    def _filter(self, only: bool) -> None:
        self.shown.set_only(only)
        self._expand()

    def _expand(self) -> None:
        """Experts open; a block open when it has a problem, a conflict, a change, a clear or
        a few new answers (a first import's new answers can be thousands: they stay folded)."""
        shown = self.shown
        for r in range(shown.rowCount()):
            expert = shown.index(r, 0)
            self.tree.expand(expert)
            for k in range(shown.rowCount(expert)):
                index = shown.index(k, 0, expert)
                block = self.model.item(shown.mapToSource(index))
                c = block.counts
                if block.problems or block.warnings or c["conflict"] or c["changed"] or \
                        c["cleared"] or 0 < c["new"] <= FEW_NEW:
                    self.tree.expand(index)

    def _fit_columns(self) -> None:
        """Widths from the header and typical values, not from the rows: a first import has
        thousands of them, and measuring each took a second for 20 questionnaires."""
        header, metrics = self.tree.header(), self.tree.fontMetrics()
        typical = {UNCHANGED: "99999", TAKE: "",
                   CONFLICT: translate("ImportPreviewModel", "project %1 · file %2").replace(
                       "%1", "1/9").replace("%2", "1/9")}
        for column in range(NEW, WHERE):
            text = typical.get(column, "1/9 → 1/9")
            width = max(header.sectionSizeHint(column), metrics.horizontalAdvance(text) + 24)
            header.resizeSection(column, width)
        header.resizeSection(WHERE, 220)

    def _update(self) -> None:
        report = self.report
        chosen = self.model.selection()
        cleared = sum(d.new is None for d in chosen)
        self.b_accept.setText(accept_label(len(chosen) - cleared, cleared))
        self.b_accept.setEnabled(bool(chosen))
        self.b_accept.setDefault(bool(chosen))
        self.b_cancel.setText(self.tr("Cancel") if chosen else self.tr("Close"))
        total = report.counts()
        lines = [self.tr("%1 file(s) read: answers of %2 expert(s) for round %3. Nothing changes "
                         "until you accept.").replace("%1", str(len(report.files))).replace(
            "%2", str(len(report.experts))).replace("%3", str(report.round)),
            self.tr("New %1 · changed %2 · cleared %3 · unchanged %4 · in conflict %5.").replace(
                "%1", str(total["new"])).replace("%2", str(total["changed"])).replace(
                "%3", str(total["cleared"])).replace("%4", str(total["unchanged"])).replace(
                "%5", str(total["conflict"]))]
        rejected = len(report.rejected_blocks)
        if rejected:
            lines.append(self.tr("%1 block(s) have problems and are not imported: they keep all "
                                 "their old values.").replace("%1", str(rejected)))
        whole = sum(1 for p in report.problems if not any(p in b.problems for b in report.blocks))
        if whole:
            lines.append(self.tr("%1 file problem(s): see the list below.").replace(
                "%1", str(whole)))
        if not chosen:
            lines.append(self.tr("Nothing to import."))
        self.summary.setText("\n".join(lines))
        n = len(report.conflicts)
        taken = len(self.model.choice().take)
        self.conflict_note.setText(self.tr(
            "%1 answer(s) changed both in the project and in the questionnaire since it was "
            "issued: %2 take the questionnaire's value, the others keep the project's.").replace(
            "%1", str(n)).replace("%2", str(taken)))

    def _show_block(self, index: QModelIndex) -> None:
        key = self.problems.block_key(index.row())
        if key is None:
            return
        target = self.shown.mapFromSource(self.model.block_index(key))
        self.tree.expand(target.parent())
        self.tree.expand(target)
        self.tree.setCurrentIndex(target)
        self.tree.scrollTo(target)


def accept_label(imported: int, cleared: int) -> str:
    """"Import 12 answers, clear 3", "Import 1 answer", "Clear 3 answers" or "Nothing to
    import"."""
    if imported:
        text = translate("ImportPreview", "Import 1 answer") if imported == 1 else \
            translate("ImportPreview", "Import %1 answers").replace("%1", str(imported))
        if cleared:
            text += translate("ImportPreview", ", clear %1").replace("%1", str(cleared))
        return text
    if cleared:
        return translate("ImportPreview", "Clear 1 answer") if cleared == 1 else \
            translate("ImportPreview", "Clear %1 answers").replace("%1", str(cleared))
    return translate("ImportPreview", "Nothing to import")

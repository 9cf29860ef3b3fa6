"""Industries, their directions, and the decision matrix per industry (per expert or aggregate).

Names are edited in place in both languages. The matrix takes a block pasted from Excel
(tab-separated) as one undoable edit and copies out the same way; a paste with text in a number
cell is refused with the reason shown and changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from desktop.messages import describe
from desktop.models.industries import DirectionsModel, IndustriesModel
from desktop.models.scores import AGGREGATE, ScoresModel
from desktop.views.base import Page
from desktop.views.widgets import FixedMessage


class ScoresTable(QTableView):
    """The decision matrix; Ctrl+C copies the selection, Ctrl+V pastes at its top-left cell."""

    def __init__(self, model: ScoresModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("scores_table")
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        # Every criterion column shares the width (names elide, whole in the tooltip): the
        # whole matrix is in view without sideways scrolling at 1366 × 768.
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(64)
        # Each line of a header (name; type and unit) is cut on its own, never the second
        # line lost to the first's "…": the model cuts long names, the tooltip has them whole.
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        rows = self.verticalHeader()
        rows.setMaximumWidth(240)
        rows.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setDefaultSectionSize(24)
        self.setWordWrap(False)

    def selected_block(self) -> tuple[list[int], list[int]]:
        indexes = self.selectionModel().selectedIndexes() or (
            [self.currentIndex()] if self.currentIndex().isValid() else [])
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        return rows, cols

    def copy(self) -> str:
        rows, cols = self.selected_block()
        text = self.model().copy_block(rows, cols) if rows and cols else ""
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def paste(self, text: str | None = None):
        rows, cols = self.selected_block()
        top, left = (rows[0], cols[0]) if rows and cols else (0, 0)
        text = QGuiApplication.clipboard().text() if text is None else text
        return self.model().paste_block(top, left, text)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        if event.matches(QKeySequence.StandardKey.Delete) and not self.model().is_aggregate():
            rows, cols = self.selected_block()
            if rows and cols:
                self.model().paste_block(rows[0], cols[0],
                                         "\n".join("\t".join("" for _ in cols) for _ in rows))
            return
        super().keyPressEvent(event)


def _names_view(model, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    # Chinese names are dense (a character says what three Latin letters do): the Chinese column
    # keeps a fixed share and English takes the rest; the tooltip shows both names in full.
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.resizeSection(0, CHINESE_COLUMN["en"])
    view.verticalHeader().setDefaultSectionSize(22)
    return view


# The Chinese column's width by UI language: wider when Chinese is what the user reads.
CHINESE_COLUMN = {"zh": 200, "en": 130}


class ScoresPage(Page):
    """Industries, their directions and the decision matrix; the models follow the project."""

    def __init__(self, context, state, parent=None) -> None:
        super().__init__(context, scroll=True, parent=parent)
        self.state = state
        self.industries = IndustriesModel(context, self)
        self.directions = DirectionsModel(context, self)
        self.scores = ScoresModel(context, self)
        self.industries_view = _names_view(self.industries, "industries_table")
        self.directions_view = _names_view(self.directions, "directions_table")
        self.table = ScoresTable(self.scores)
        self.expert = QComboBox(objectName="scores_expert")
        self.expert.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.expert.activated.connect(lambda _i: self._show_matrix())
        # A fixed place: a refusal never pushes the table down under the mouse.
        self.message = FixedMessage(2)
        self.message.setObjectName("scores_message")
        self.expert_label = QLabel()
        self.copy_button = QPushButton(objectName="scores_copy")
        self.paste_button = QPushButton(objectName="scores_paste")
        self.copy_button.clicked.connect(self.table.copy)
        self.paste_button.clicked.connect(lambda: self.table.paste())
        self.add_industry = QPushButton(objectName="add_industry")
        self.remove_industry = QPushButton(objectName="remove_industry")
        self.add_direction = QPushButton(objectName="add_direction")
        self.remove_direction = QPushButton(objectName="remove_direction")
        self.add_industry.clicked.connect(self._add_industry)
        self.remove_industry.clicked.connect(self._remove_industry)
        self.add_direction.clicked.connect(self._add_direction)
        self.remove_direction.clicked.connect(self._remove_direction)

        self.industries_box = QGroupBox()
        il = QVBoxLayout(self.industries_box)
        il.addWidget(self.industries_view)
        il.addLayout(_row(self.add_industry, self.remove_industry))
        self.directions_box = QGroupBox()
        dl = QVBoxLayout(self.directions_box)
        dl.addWidget(self.directions_view)
        dl.addLayout(_row(self.add_direction, self.remove_direction))
        lists = QSplitter(Qt.Orientation.Horizontal)
        lists.addWidget(self.industries_box)
        lists.addWidget(self.directions_box)
        self.matrix_box = QGroupBox()
        ml = QVBoxLayout(self.matrix_box)
        top = QHBoxLayout()
        top.addWidget(self.expert_label)
        top.addWidget(self.expert)
        top.addStretch(1)
        top.addWidget(self.copy_button)
        top.addWidget(self.paste_button)
        ml.addLayout(top)
        ml.addWidget(self.message)
        ml.addWidget(self.table, 1)
        # The names above, the decision matrix below at the page's full width.
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(lists)
        split.addWidget(self.matrix_box)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([240, 400])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self.body)
        layout.addWidget(split)

        self.scores.refused.connect(self._refused)
        self.industries.refused.connect(self.message.setText)
        self.directions.refused.connect(self.message.setText)
        self.industries_view.selectionModel().currentRowChanged.connect(self._industry_row)
        state.industryChanged.connect(self._select_industry)
        context.projectChanged.connect(self._project_changed)
        self.retranslate()
        self._project_changed()

    # -- text ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.industries_box.setTitle(self.tr("Industries"))
        self.matrix_box.setTitle(self.tr("Decision matrix"))
        self.expert_label.setText(self.tr("Scores of:"))
        self.copy_button.setText(self.tr("Copy"))
        self.paste_button.setText(self.tr("Paste"))
        self.add_industry.setText(self.tr("Add industry…"))
        self.remove_industry.setText(self.tr("Remove"))
        self.add_direction.setText(self.tr("Add direction…"))
        self.remove_direction.setText(self.tr("Remove"))
        self.message.set_placeholder(self.tr("Paste a block copied from Excel (Ctrl+V) at the selected "
                                  "cell; it is one step to undo. Red cells block the ranking; "
                                  "hover for the reason."))
        self._fill_experts()
        self._title_directions()
        for view in (self.industries_view, self.directions_view):
            view.horizontalHeader().resizeSection(0, CHINESE_COLUMN[self.context.lang])

    def _title_directions(self) -> None:
        project, iid = self.context.project, self.state.industry_id
        name = project.industry(iid).label.get(self.context.lang) if project and iid else ""
        self.directions_box.setTitle(self.tr("Directions of %1").replace("%1", name))

    def _fill_experts(self) -> None:
        project = self.context.project
        keep = self.expert.currentData() if self.expert.count() else AGGREGATE
        self.expert.clear()
        self.expert.addItem(self.tr("Panel aggregate (read-only)"), AGGREGATE)
        for e in project.experts if project is not None else ():
            self.expert.addItem(e.name, e.id)
        k = self.expert.findData(keep)
        self.expert.setCurrentIndex(max(0, k))

    # -- state ---------------------------------------------------------------------------------
    def _project_changed(self) -> None:
        project = self.context.project
        ids = [e.id for e in project.experts] if project is not None else []
        if [self.expert.itemData(k) for k in range(1, self.expert.count())] != ids:
            self._fill_experts()
        self._select_industry(self.state.industry_id)
        self._title_directions()

    def show_target(self, industry: str | None = None, **_ignored) -> None:
        """Select ``industry`` (asked by a "go fix" button elsewhere)."""
        if industry:
            self.state.set_industry(industry)

    def _industry_row(self, current, _previous) -> None:
        iid = self.industries.item_id(current.row())
        if iid:
            self.state.set_industry(iid)

    def _select_industry(self, industry_id: str) -> None:
        row = self.industries.row_of(industry_id)
        if row >= 0 and self.industries_view.currentIndex().row() != row:
            self.industries_view.setCurrentIndex(self.industries.index(row, 0))
        if self.directions.industry_id != industry_id:
            self.directions.set_industry(industry_id)
        self._show_matrix()
        self._title_directions()

    def _show_matrix(self) -> None:
        iid = self.state.industry_id or None
        expert = self.expert.currentData()
        if (self.scores.industry_id, self.scores.expert_id) != (iid, expert):
            self.scores.set_view(iid, expert)
            self.message.clear()
        self.copy_button.setEnabled(iid is not None)
        self.paste_button.setEnabled(expert is not AGGREGATE)

    def _refused(self, refusal) -> None:
        self.message.setText(self.tr("Nothing was changed:") + "\n" + "\n".join(refusal.reasons))

    # -- structure -----------------------------------------------------------------------------
    def _ask_name(self, title: str) -> str | None:
        name = self.context.interaction.get_text(self, title, self.tr("Name:"))
        return name.strip() if name and name.strip() else None

    def _label(self, name: str):
        from mcdm.project.model import Text

        return Text(zh=name) if self.context.lang == "zh" else Text(en=name)

    def _push(self, edit) -> bool:
        try:
            self.context.push(edit)
        except ValueError as exc:
            self.message.setText(describe(exc, self.context.lang, self.context.project))
            return False
        return True

    def _add_industry(self) -> None:
        from mcdm.project.edits import AddIndustry, fresh_id
        from mcdm.project.model import Industry

        name = self._ask_name(self.tr("Add industry"))
        if name is None:
            return
        iid = fresh_id([i.id for i in self.context.project.industries], "industry")
        if self._push(AddIndustry(Industry(iid, self._label(name)))):
            self.state.set_industry(iid)

    def _remove_industry(self) -> None:
        from mcdm.project.edits import RemoveIndustry

        iid = self.state.industry_id
        if not iid:
            return
        name = self.context.project.industry(iid).label.get(self.context.lang)
        if self.context.interaction.confirm(
                self, self.tr("Remove industry"),
                self.tr("Remove “%1” with its directions and scores? (Undo brings it back.)")
                .replace("%1", name)):
            self._push(RemoveIndustry(iid))

    def _add_direction(self) -> None:
        from mcdm.project.edits import AddDirection, fresh_id
        from mcdm.project.model import Direction

        iid = self.state.industry_id
        name = self._ask_name(self.tr("Add direction")) if iid else None
        if name is None:
            return
        did = fresh_id(self.context.project.industry(iid).direction_ids(), "direction")
        self._push(AddDirection(iid, Direction(did, self._label(name))))

    def _remove_direction(self) -> None:
        from mcdm.project.edits import RemoveDirection

        iid = self.state.industry_id
        row = self.directions_view.currentIndex().row()
        did = self.directions.item_id(row)
        if not iid or did is None:
            return
        name = self.directions.data(self.directions.index(row, 0 if self.context.lang == "zh"
                                                          else 1))
        if self.context.interaction.confirm(
                self, self.tr("Remove direction"),
                self.tr("Remove “%1” and its scores? (Undo brings it back.)").replace("%1", name)):
            self._push(RemoveDirection(iid, did))


def _row(*widgets) -> QHBoxLayout:
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return row

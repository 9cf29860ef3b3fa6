"""The navigation pane: the pages in workshop order, each step with its state and a count.

Each row is a page. A page that holds a workshop step (criteria, panel, comparisons, group,
scores, ranking) shows the step's state icon and, under its name, the step's state in counts
("6 experts", "1 expert(s) fail CR · 1 incomplete"); the full sentence is in the tooltip.
Clicking a step with a warning asks to go to the spot to fix (``spotClicked``); the keyboard
moves between pages as in any list.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QStyledItemDelegate

from desktop.workshop_text import AMBER, GREEN, GREY

KEY_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2
TARGET_ROLE = Qt.ItemDataRole.UserRole + 3

PAD = 6  # pixels around a row's text
ICON = 16


class StepDelegate(QStyledItemDelegate):
    """Paints a row: state icon, page name, and the step's summary line below (elided)."""

    def sizeHint(self, option, index: QModelIndex) -> QSize:  # noqa: N802 - Qt's name
        metrics = option.fontMetrics
        lines = 2 if index.data(SUMMARY_ROLE) else 1
        small = QFontMetrics(self._small_font(option.font))
        height = metrics.height() + (small.height() + 1 if lines == 2 else 0) + 2 * PAD
        return QSize(option.rect.width(), max(height, ICON + 2 * PAD))

    @staticmethod
    def _small_font(font):
        small = type(font)(font)
        size = font.pointSizeF()
        if size > 0:
            small.setPointSizeF(max(7.0, size * 0.88))
        return small

    def paint(self, painter, option, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget is not None else None
        text, icon = option.text, option.icon
        option.text, option.icon = "", type(icon)()
        if style is not None:  # selection and hover backgrounds as the style draws them
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        fg = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                  else QPalette.ColorRole.Text)
        r = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        x = r.left()
        if not icon.isNull():
            icon.paint(painter, QRect(x, r.top() + 1, ICON, ICON))
        x += ICON + PAD
        metrics = option.fontMetrics
        painter.save()
        painter.setPen(fg)
        painter.setFont(option.font)
        painter.drawText(QRect(x, r.top(), r.right() - x, metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, r.right() - x))
        summary = index.data(SUMMARY_ROLE)
        if summary:
            small = self._small_font(option.font)
            sm = QFontMetrics(small)
            state = index.data(STATE_ROLE)
            colour = fg if selected else {"done": GREEN, "warning": AMBER}.get(state, GREY)
            painter.setFont(small)
            painter.setPen(colour)
            painter.drawText(QRect(x, r.top() + metrics.height() + 1, r.right() - x,
                                   sm.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             sm.elidedText(summary, Qt.TextElideMode.ElideRight, r.right() - x))
        painter.restore()


class StepNavigation(QListWidget):
    """The list of pages. ``spotClicked(str, dict)``: a warning step was clicked (page, spot)."""

    spotClicked = Signal(str, dict)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setItemDelegate(StepDelegate(self))
        self.setIconSize(QSize(ICON, ICON))
        self.setUniformItemSizes(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.itemClicked.connect(self._clicked)

    def add(self, key: str, title: str) -> QListWidgetItem:
        item = QListWidgetItem(title)
        item.setData(KEY_ROLE, key)
        self.addItem(item)
        return item

    def set_state(self, item: QListWidgetItem, state: str | None, summary: str,
                  tooltip: str, target: dict | None, icon=None) -> None:
        """Show a step's state on ``item`` (``state`` None: a page without a step). Only what
        changed is set: an edit that leaves a step as it was repaints nothing here."""
        target = dict(target or {})
        if item.data(STATE_ROLE) != state:
            item.setData(STATE_ROLE, state)
            if icon is not None:
                item.setIcon(icon)
        if item.data(SUMMARY_ROLE) != summary:
            item.setData(SUMMARY_ROLE, summary)
        if item.data(TARGET_ROLE) != target:
            item.setData(TARGET_ROLE, target)
        if item.toolTip() != tooltip:
            item.setToolTip(tooltip)

    def _clicked(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET_ROLE)
        if item.data(STATE_ROLE) == "warning" and target:
            self.spotClicked.emit(item.data(KEY_ROLE), dict(target))

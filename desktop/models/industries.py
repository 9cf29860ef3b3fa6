"""Industries and their directions as editable two-language lists (中文 | English).

Editing a name pushes ``RenameIndustry`` / ``RenameDirection`` (one undo step each); adding and
removing go through ``AddIndustry``/``RemoveIndustry``/``AddDirection``/``RemoveDirection``,
whose inverses restore the removed item with all its scores.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.messages import describe

ZH, EN = 0, 1


translate = QCoreApplication.translate


class _LabelsModel(QAbstractTableModel):
    refused = Signal(str)

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self._context = context
        self._items: tuple = ()
        context.projectChanged.connect(self.refresh)
        context.languageChanged.connect(
            lambda _l: self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1))
        self.refresh()

    def _read(self) -> tuple:  # pragma: no cover - overridden
        raise NotImplementedError

    def _rename_edit(self, item, label):  # pragma: no cover - overridden
        raise NotImplementedError

    def refresh(self) -> None:
        items = self._read()
        if [i.id for i in items] == [i.id for i in self._items] and items:
            self._items = items
            self.dataChanged.emit(self.index(0, 0), self.index(len(items) - 1, 1))
            return
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def item_id(self, row: int) -> str | None:
        return self._items[row].id if 0 <= row < len(self._items) else None

    def row_of(self, item_id: str) -> int:
        return next((k for k, i in enumerate(self._items) if i.id == item_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        text = item.label.zh if index.column() == ZH else item.label.en
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            # The full name in both languages: the narrow columns may elide either.
            lines = [item.label.zh, item.label.en]
            description = item.description.get(self._context.lang)
            return "\n".join(t for t in (*lines, description) if t) or item.id
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (translate("IndustriesModel", "Chinese"), translate("IndustriesModel", "English"))[section] if section in (0, 1) else None
        return str(section + 1) if 0 <= section < len(self._items) else None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemIsEditable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        from mcdm.project.model import Text

        item = self._items[index.row()]
        text = str(value).strip()
        old = item.label
        label = Text(text, old.en) if index.column() == ZH else Text(old.zh, text)
        if label == old:
            return False
        try:
            self._context.push(self._rename_edit(item, label))
        except ValueError as exc:
            self.refused.emit(describe(exc, self._context.lang, self._context.project))
            return False
        return True


class IndustriesModel(_LabelsModel):
    def _read(self) -> tuple:
        project = self._context.project
        return project.industries if project is not None else ()

    def _rename_edit(self, item, label):
        from mcdm.project.edits import RenameIndustry

        return RenameIndustry(item.id, label)


class DirectionsModel(_LabelsModel):
    def __init__(self, context, parent=None) -> None:
        self._industry_id: str | None = None
        super().__init__(context, parent)

    @property
    def industry_id(self) -> str | None:
        return self._industry_id

    def set_industry(self, industry_id: str | None) -> None:
        self._industry_id = industry_id
        self.refresh()

    def _read(self) -> tuple:
        project = self._context.project
        if project is None or not self._industry_id:
            return ()
        try:
            return project.industry(self._industry_id).directions
        except ValueError:
            return ()

    def _rename_edit(self, item, label):
        from mcdm.project.edits import RenameDirection

        return RenameDirection(self._industry_id, item.id, label)

"""The portfolio as editable tables: every direction (cost, must/exclude, chosen) and every
industry (weight and bounds, what it gets).

The numbers come from the evaluation's ``ProjectResult.portfolio()`` (and, after a Monte Carlo
run, ``portfolio_robustness()``); an edit of a cost, a choice, a weight or a bound pushes one
undoable project edit (a pasted column of costs is one step). Nothing here optimizes.
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
from PySide6.QtGui import QBrush, QColor

from desktop.models.clipboard import parse_block, parse_number

translate = QCoreApplication.translate

CHOSEN = QColor(214, 240, 214)   # a pale green row: in the portfolio
CHOICES = (None, "must", "exclude")


def choice_text(choice: str | None) -> str:
    return {None: translate("Portfolio", "—"), "must": translate("Portfolio", "Must include"),
            "exclude": translate("Portfolio", "Exclude")}[choice]


def with_unit(title: str, unit: str) -> str:
    """"Cost (亿元)", "成本（亿元）"; the title alone without a unit."""
    return translate("Portfolio", "%1 (%2)").replace("%1", title).replace("%2", unit) \
        if unit else title


def _amount(x: float | None) -> str:
    if x is None:
        return ""
    from mcdm.project.portfolio import amount

    return amount(x)


class _Model(QAbstractTableModel):
    refused = Signal(str)

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self._context = context
        self._rows: list = []
        self.portfolio = None      # ProjectPortfolio or None
        self.robustness = None     # ProjectRobustness or None

    def columns(self) -> tuple[str, ...]:  # pragma: no cover - overridden
        raise NotImplementedError

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            cols = self.columns()
            return cols[section] if 0 <= section < len(cols) else None
        return None

    def set_state(self, rows: list, portfolio, robustness) -> None:
        same = len(rows) == len(self._rows) and rows == self._rows
        headers = (self.portfolio is None, self.robustness is None) != \
            (portfolio is None, robustness is None)
        self.portfolio, self.robustness = portfolio, robustness
        if headers and same and rows:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if same and rows:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _push(self, edit, text: str) -> bool:
        try:
            self._context.push(edit, text)
        except ValueError as exc:
            from mcdm.messages import describe

            self.refused.emit(describe(exc, self._context.lang, self._context.project))
            return False
        return True


class DirectionsModel(_Model):
    """Every direction of the project: industry, direction, closeness, value, cost (editable),
    must/exclude (editable), chosen, and how often chosen over the Monte Carlo samples."""

    INDUSTRY, DIRECTION, CLOSENESS, VALUE, COST, CHOICE, CHOSEN = range(7)

    def columns(self) -> tuple[str, ...]:
        unit = self._context.project.portfolio.cost_unit if self._context.project else ""
        cost = translate("Portfolio", "Cost")
        chosen = translate("Portfolio", "Chosen")
        return (translate("Portfolio", "Industry"), translate("Portfolio", "Direction"),
                translate("Portfolio", "Closeness"), translate("Portfolio", "Value"),
                with_unit(cost, unit), translate("Portfolio", "Must / exclude"),
                chosen)

    def refresh(self, portfolio, robustness) -> None:
        project = self._context.project
        rows = [] if project is None else [(i.id, d.id) for i in project.industries
                                           for d in i.directions]
        self.set_state(rows, portfolio, robustness)

    def key(self, row: int) -> tuple[str, str]:
        return self._rows[row]

    def _closeness(self, key) -> float | None:
        result = self._context.result
        if result is None:
            return None
        for r in result.industries:
            if r.industry_id == key[0] and key[1] in r.direction_ids:
                return float(r.topsis.closeness[r.direction_ids.index(key[1])])
        return None

    def _candidate(self, key) -> int | None:
        p = self.portfolio
        if p is None:
            return None
        try:
            return p.candidates.items.index(key)
        except ValueError:
            return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        project, lang = self._context.project, self._context.lang
        key = self._rows[index.row()]
        ind = project.industry(key[0])
        direction = next(d for d in ind.directions if d.id == key[1])
        col = index.column()
        k = self._candidate(key)
        chosen = self.portfolio is not None and k is not None and \
            bool(self.portfolio.selection.selected[k])
        if role == Qt.ItemDataRole.BackgroundRole and chosen:
            return QBrush(CHOSEN)
        if role == Qt.ItemDataRole.ForegroundRole and chosen:
            return QBrush(QColor(0, 0, 0))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.CHOSEN:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and col not in (self.INDUSTRY,
                                                                     self.DIRECTION,
                                                                     self.CHOICE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.CHOSEN and \
                self.robustness is not None:
            return translate("Portfolio", "✓: in the best portfolio at this budget; the "
                             "percentage: how often it is in the best portfolio over the Monte "
                             "Carlo samples")
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.INDUSTRY, self.DIRECTION):
            return f"{ind.label.get(lang)}\n{direction.label.get(lang)}"
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COST and direction.cost is None:
            return translate("Portfolio", "No cost yet: this direction cannot enter the "
                             "portfolio. Type a cost, or paste a column of costs (Ctrl+V).")
        if role == Qt.ItemDataRole.EditRole:
            if col == self.COST:
                return "" if direction.cost is None else f"{direction.cost:g}"
            if col == self.CHOICE:
                return project.portfolio.choice(*key)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.INDUSTRY:  # once per industry: the rows below it are its directions
            first = index.row() == 0 or self._rows[index.row() - 1][0] != key[0]
            return ind.label.get(lang) if first else ""
        if col == self.DIRECTION:
            return direction.label.get(lang)
        if col == self.CLOSENESS:
            c = self._closeness(key)
            return "–" if c is None else f"{c:.4f}"
        if col == self.VALUE:
            return "" if k is None else f"{self.portfolio.candidates.values[k]:.4f}"
        if col == self.COST:
            return _amount(direction.cost)
        if col == self.CHOICE:
            choice = project.portfolio.choice(*key)
            return "" if choice is None else choice_text(choice)
        if col == self.CHOSEN:
            mark = "✓" if chosen else ""
            r = self.robustness
            if r is None or key not in r.candidates.items:
                return mark
            # how often chosen when the weights vary (Monte Carlo), beside the mark
            return f"{mark or '  '} {100 * r.frequency[r.candidates.items.index(key)]:.0f}%"
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.COST, self.CHOICE):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        from mcdm.project import edits as E

        key = self._rows[index.row()]
        name = self.data(self.index(index.row(), self.DIRECTION))
        if index.column() == self.COST:
            try:
                cost = value if isinstance(value, float | int) else parse_number(str(value))
            except ValueError:
                self.refused.emit(translate("Portfolio", "“%1” is not a number: a cost is an "
                                            "amount ≥ 0, or blank.").replace("%1", str(value)))
                return False
            ind = self._context.project.industry(key[0])
            if cost == ind.directions[ind.direction_ids().index(key[1])].cost:
                return False
            return self._push(E.SetDirectionCost(*key, cost),
                              translate("Portfolio", "Set the cost of %1").replace("%1", name))
        if index.column() == self.CHOICE:
            choice = value if value in CHOICES else None
            if choice == self._context.project.portfolio.choice(*key):
                return False
            return self._push(E.SetDirectionChoice(*key, choice),
                              translate("Portfolio", "%1: %2").replace("%1", name)
                              .replace("%2", choice_text(choice)))
        return False

    def paste_costs(self, top: int, text: str) -> str | None:
        """Paste a column of costs from row ``top`` down, as one undo step; the reason it was
        refused (then nothing changed), or None."""
        from mcdm.project import edits as E

        values, problems = parse_block(text)
        if problems:
            p = problems[0]
            return translate("Portfolio", "Row %1: “%2” is not a number.") \
                .replace("%1", str(top + p.row + 1)).replace("%2", p.text)
        if any(len(row) != 1 for row in values):
            return translate("Portfolio", "Paste one column of costs.")
        if top + len(values) > len(self._rows):
            return translate("Portfolio", "%1 costs but only %2 directions from the selected "
                             "row.").replace("%1", str(len(values))) \
                .replace("%2", str(len(self._rows) - top))
        edit = E.Composite(tuple(E.SetDirectionCost(*self._rows[top + r], row[0])
                                 for r, row in enumerate(values)))
        text = translate("Portfolio", "Paste %1 costs").replace("%1", str(len(values)))
        try:
            self._context.push(edit, text)
        except ValueError as exc:
            from mcdm.messages import describe

            return describe(exc, self._context.lang, self._context.project)
        return None


class IndustriesModel(_Model):
    """Every industry: its weight and bounds (editable; blank = no bound) and what it gets."""

    # What the industry gets first, then what the planner sets (wider than the pane: scrolls).
    INDUSTRY, CHOSEN, SPEND, VALUE, WEIGHT, MIN_COUNT, MAX_COUNT, MIN_SPEND, MAX_SPEND = range(9)
    FIELDS = {WEIGHT: "weight", MIN_COUNT: "min_count", MAX_COUNT: "max_count",
              MIN_SPEND: "min_spend", MAX_SPEND: "max_spend"}

    def columns(self) -> tuple[str, ...]:
        return (translate("Portfolio", "Industry"), translate("Portfolio", "Chosen"),
                translate("Portfolio", "Spend"), translate("Portfolio", "Value"),
                translate("Portfolio", "Weight"), translate("Portfolio", "Min directions"),
                translate("Portfolio", "Max directions"), translate("Portfolio", "Min spend"),
                translate("Portfolio", "Max spend"))

    def refresh(self, portfolio) -> None:
        project = self._context.project
        self.set_state([] if project is None else [i.id for i in project.industries],
                       portfolio, None)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        project = self._context.project
        iid, col = self._rows[index.row()], index.column()
        plan = project.portfolio.industry(iid)
        spend = None if self.portfolio is None else next(
            (s for s in self.portfolio.industries if s.industry_id == iid), None)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.INDUSTRY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and spend is not None and col in self.FIELDS \
                and self.FIELDS[col] in spend.tight:
            return QBrush(QColor(255, 224, 150))
        if role == Qt.ItemDataRole.ToolTipRole and spend is not None and col in self.FIELDS \
                and self.FIELDS[col] in spend.tight:
            return translate("Portfolio", "This bound is met exactly: it shapes the choice.")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if col == self.INDUSTRY:
            return project.industry(iid).label.get(self._context.lang)
        if col in self.FIELDS:
            v = getattr(plan, self.FIELDS[col])
            return "" if v is None else f"{v:g}"
        if spend is None:
            return ""
        if col == self.CHOSEN:
            return f"{spend.count} / {spend.candidates}"
        if col == self.SPEND:
            return _amount(spend.spend)
        if col == self.VALUE:
            return f"{spend.value:.4f}"
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in self.FIELDS else base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() not in self.FIELDS:
            return False
        from mcdm.project import edits as E

        iid, name = self._rows[index.row()], self.FIELDS[index.column()]
        try:
            number = value if isinstance(value, float | int) else parse_number(str(value))
        except ValueError:
            number = "bad"
        whole = name.endswith("count")
        if number == "bad" or (number is None and name == "weight") or (
                whole and number is not None and float(number) != int(number)):
            if whole:
                why = translate("Portfolio", "“%1” is not a whole number ≥ 0, or blank.")
            elif name == "weight":
                why = translate("Portfolio", "“%1” is not an amount ≥ 0.")
            else:
                why = translate("Portfolio", "“%1” is not an amount ≥ 0, or blank.")
            self.refused.emit(why.replace("%1", str(value)))
            return False
        if whole and number is not None:
            number = int(number)
        project = self._context.project
        plan = project.portfolio.industry(iid)
        if getattr(plan, name) == number:
            return False
        label = project.industry(iid).label.get(self._context.lang)
        return self._push(E.SetIndustryPlan(iid, plan.replace(**{name: number})),
                          translate("Portfolio", "Set %1 of %2").replace(
                              "%1", self.headerData(index.column(), Qt.Orientation.Horizontal))
                          .replace("%2", label))

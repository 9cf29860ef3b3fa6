"""Widgets the pages share.

:class:`IndustryPicker` chooses the industry the ranking pages share.
:class:`FixedMessage` is a page's message place: always the same height (reserved when empty),
so a message never pushes the table below it (the next double-click edits the cell under the
mouse); a long message is cut with "…" and shown whole in the tooltip.
:class:`MissingBanner` is what a page shows at a spot the engine could not compute: the
engine's reason as a sentence in the UI language (:func:`mcdm.messages.describe`, labels not
ids) and a button that goes to the place to fix it (through :meth:`AppContext.go_to`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from desktop.context import AppContext

if TYPE_CHECKING:
    from desktop.state import RankingState

translate = QCoreApplication.translate


def fix_target(problem, result) -> tuple[str, dict] | None:
    """Where to go to fix ``problem``: ``(page key, {expert, node, industry})`` or None."""
    params = dict(getattr(problem, "params", {}) or {})
    code = getattr(problem, "code", "")
    if code in ("evaluate.no_experts", "experts.weights_all_zero"):
        return "panel", {}
    if code == "evaluate.no_criteria":
        return "tree", {}
    if code == "evaluate.weights_incomplete":
        nodes = params.get("nodes") or ()
        return fix_target(result.nodes[nodes[0]].missing, result) if nodes and result is not None \
            and nodes[0] in result.nodes and result.nodes[nodes[0]].missing is not None \
            else ("pairwise", {})
    if code in ("evaluate.node_unjudged", "evaluate.node_unweighted"):
        node = params.get("node")
        excluded = result.nodes[node].excluded if result is not None and node in result.nodes \
            else {}
        expert = next(iter(excluded), None)
        return "pairwise", {"node": node, "expert": expert}
    if code in ("evaluate.direction_unscored", "scores.cells_unscored"):
        return "scores", {"industry": params.get("industry")}
    if "expert" in params and "node" in params:
        return "pairwise", {"node": params["node"], "expert": params["expert"]}
    return None


def button_text(page: str) -> str:
    return {
        "pairwise": translate("MissingBanner", "Go to the comparisons"),
        "scores": translate("MissingBanner", "Go to the scores"),
        "panel": translate("MissingBanner", "Go to the experts"),
        "tree": translate("MissingBanner", "Go to the criteria tree"),
    }.get(page, translate("MissingBanner", "Go there"))


class FittedLabel(QLabel):
    """Text in at most ``lines`` wrapped lines of a fixed height: what does not fit is cut
    with "…" (never clipped), the whole text in the tooltip; :meth:`text` is the whole text."""

    _full = ""

    def __init__(self, text: str = "", lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._lines = lines
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._fix_height()
        self.setText(text)

    def _fix_height(self) -> None:
        self.setFixedHeight(self.fontMetrics().lineSpacing() * self._lines + 4)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text or ""
        self.setToolTip(self._full)
        self._fit()

    def text(self) -> str:
        return self._full

    def clear(self) -> None:
        self.setText("")

    def shown_text(self) -> str:
        """What is drawn (the text, or its beginning and "…")."""
        return super().text()

    def fits(self, text: str) -> bool:
        """Whether ``text`` wrapped at this width takes at most the label's height (measured
        as QLabel itself lays it out)."""
        QLabel.setText(self, text)
        return self.heightForWidth(max(1, self.width())) <= self.height()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fix_height()
            self._fit()

    def _source(self) -> str:
        return self._full

    def _fit(self) -> None:
        flat = " · ".join(line.strip() for line in self._source().splitlines() if line.strip())
        if self.fits(flat):
            super().setText(flat)
            return
        low, high = 0, len(flat)  # the longest beginning that fits with "…"
        while low < high:
            mid = (low + high + 1) // 2
            if self.fits(flat[:mid].rstrip() + "…"):
                low = mid
            else:
                high = mid - 1
        super().setText(flat[:low].rstrip() + "…")


class FixedMessage(FittedLabel):
    """A page's message place (see the module docstring); while empty it can show a hint."""

    _placeholder = ""
    _style = "color: #a40000;"

    def __init__(self, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__("", lines, parent)

    def set_placeholder(self, text: str) -> None:
        """What the place shows, in grey, while there is no message (a hint)."""
        self._placeholder = text
        self._fit()

    def set_message_style(self, style: str) -> None:
        self._style = style
        self._fit()

    def _source(self) -> str:
        self.setStyleSheet(self._style if self._full else "color: #616161;")
        return self._full or self._placeholder


class MissingBanner(QFrame):
    """A reason why something is not shown, with a button to the place to fix it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = context
        self.setObjectName("missing_banner")
        self.setFrameShape(QFrame.StyledPanel)
        self.setStyleSheet("#missing_banner { background: #fff4e5; border: 1px solid #f0b35a; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(self._go)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self._target: tuple[str, dict] | None = None
        self.setVisible(False)

    def show_problem(self, problem) -> None:
        """Show why (``problem``: an engine Problem or MCDMError), or hide when None."""
        if problem is None:
            self._target = None
            self.setVisible(False)
            return
        from mcdm.messages import describe

        result = self._ctx.result
        self.text.setText(describe(problem, self._ctx.lang, self._ctx.project))
        self._target = fix_target(problem, result)
        self.button.setVisible(self._target is not None)
        if self._target is not None:
            self.button.setText(button_text(self._target[0]))
        self.setVisible(True)

    def _go(self) -> None:
        if self._target is not None:
            self._ctx.go_to(*self._target)


class IndustryPicker(QComboBox):
    """A combo box of the project's industries, bound to a :class:`RankingState`."""

    def __init__(self, state: RankingState, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("industry_picker")
        self._state = state
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.refill()
        state.context.projectChanged.connect(self.refill)
        state.context.languageChanged.connect(lambda _l: self.refill())
        state.industryChanged.connect(self._select)
        self.currentIndexChanged.connect(self._chosen)

    def refill(self) -> None:
        project = self._state.context.project
        lang = self._state.context.lang
        items = ([(i.id, i.label.get(lang)) for i in project.industries]
                 if project is not None else [])
        current = [self.itemData(k) for k in range(self.count())]
        with QSignalBlocker(self):
            if current != [i for i, _ in items]:
                self.clear()
                for iid, text in items:
                    self.addItem(text, iid)
            else:
                for k, (_iid, text) in enumerate(items):
                    self.setItemText(k, text)
            self._select(self._state.industry_id)

    def _select(self, industry_id: str) -> None:
        k = self.findData(industry_id)
        if k >= 0 and k != self.currentIndex():
            with QSignalBlocker(self):
                self.setCurrentIndex(k)

    def _chosen(self, k: int) -> None:
        if k >= 0:
            self._state.set_industry(self.itemData(k))

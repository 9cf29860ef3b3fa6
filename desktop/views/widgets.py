"""Widgets the pages share.

:class:`MissingBanner` is what a page shows at a spot the engine could not compute: the
engine's reason as a sentence in the UI language (:func:`mcdm.messages.describe`, labels not
ids) and a button that goes to the place to fix it (through :meth:`AppContext.go_to`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.context import AppContext

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

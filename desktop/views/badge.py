"""The consistency badge: CR and GCI against their thresholds, coloured green, amber or red.

The verdict is the engine's (:class:`mcdm.project.analyses.Consistency`): the badge only paints
it, says when the matrix is incomplete, and leaves out the GCI bound where none applies (2 × 2).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

GREEN, AMBER, RED, GREY = "#2e7d32", "#b26a00", "#c62828", "#616161"
COLOURS = {"pass": GREEN, "partial": AMBER, "fail": RED}


class ConsistencyBadge(QLabel):
    """Shows "CR 0.083 (≤ 0.1) · GCI 0.21 (≤ 0.35) — passes" on a coloured background;
    ``level`` ("pass", "partial", "fail" or "none") is exposed for tests."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.level = "none"
        self.setMinimumWidth(200)
        self.setMargin(6)
        self.setWordWrap(True)

    def show_consistency(self, c, verdict: str) -> None:
        """``c``: the engine's Consistency; ``verdict``: its CR verdict in words."""
        self.level = c.level
        self.setStyleSheet(f"QLabel {{ background: {COLOURS[c.level]}; color: white; "
                           "border-radius: 4px; font-weight: bold; }")
        text = f"CR {c.cr:.3f} (≤ {c.cr_threshold:g})"
        if c.gci_applies:
            text += f" · GCI {c.gci:.3f} (≤ {c.gci_threshold:g})"
        text += f" — {verdict}"
        if not c.complete:
            text += " · " + self.tr("incomplete: %1 of %2 answered").replace(
                "%1", str(c.answered)).replace("%2", str(c.asked))
        self.setText(text)

    def show_nothing(self, text: str) -> None:
        self.level = "none"
        self.setStyleSheet(f"QLabel {{ background: {GREY}; color: white; border-radius: 4px; }}")
        self.setText(text)

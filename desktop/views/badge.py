"""The consistency badge: CR and GCI against their thresholds, coloured green, amber or red."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QLabel

GREEN, AMBER, RED, GREY = "#2e7d32", "#b26a00", "#c62828", "#616161"


def badge_level(cr: float, cr_threshold: float, gci: float, gci_threshold: float) -> str:
    """"green" when both indices pass their thresholds, "amber" when one does, "red" when none."""
    if math.isnan(cr) and math.isnan(gci):
        return "none"
    passed = (cr <= cr_threshold) + (gci <= gci_threshold)
    return ("red", "amber", "green")[int(passed)]


class ConsistencyBadge(QLabel):
    """Shows "CR 0.083 · GCI 0.21" on a coloured background; ``level`` is exposed for tests."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.level = "none"
        self.setMinimumWidth(200)
        self.setMargin(6)

    def show_values(self, cr: float, cr_threshold: float, gci: float, gci_threshold: float,
                    verdict: str) -> None:
        self.level = badge_level(cr, cr_threshold, gci, gci_threshold)
        color = {"green": GREEN, "amber": AMBER, "red": RED}.get(self.level, GREY)
        self.setStyleSheet(f"QLabel {{ background: {color}; color: white; border-radius: 4px;"
                           " font-weight: bold; }")
        self.setText(f"CR {cr:.3f} (≤ {cr_threshold:g}) · GCI {gci:.3f} (≤ {gci_threshold:g})"
                     f" — {verdict}")

    def show_nothing(self, text: str) -> None:
        self.level = "none"
        self.setStyleSheet(f"QLabel {{ background: {GREY}; color: white; border-radius: 4px; }}")
        self.setText(text)

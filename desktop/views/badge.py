"""The consistency badge: CR and GCI against their thresholds, coloured by the verdict.

The verdict is the engine's (:class:`mcdm.project.analyses.Consistency`): the badge only says
it. It reads "CR 0.083 ≤ 0.1 · GCI 0.21 ≤ 0.35 — passes the consistency check", with "≤" or
">" showing at a glance which check fails; an incomplete matrix says so first ("Incomplete: 3
of 6 answered") and is not painted as a pass, since CR then measures only the answers given;
a 2 × 2 matrix is always consistent and shows no GCI bound.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy

GREEN, AMBER, RED, GREY, SLATE = "#2e7d32", "#b26a00", "#c62828", "#616161", "#455a64"
COLOURS = {"pass": GREEN, "partial": AMBER, "fail": RED, "incomplete": SLATE}


def _bound(value: float, threshold: float, passes: bool) -> str:
    return f"{value:.3f} {'≤' if passes else '>'} {threshold:g}"


class ConsistencyBadge(QLabel):
    """Shows the engine's consistency verdict; ``level`` ("pass", "partial", "fail",
    "incomplete" or "none") is exposed for tests."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("consistency_badge")
        self.level = "none"
        self.setMargin(6)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def show_consistency(self, c) -> None:
        """``c``: the engine's Consistency of one expert's matrix at one node."""
        self.level = c.level if c.complete or c.level != "pass" else "incomplete"
        self._style(f"QLabel {{ background: {COLOURS[self.level]}; color: white; "
                    "border-radius: 4px; font-weight: bold; }")
        checks = "CR " + _bound(c.cr, c.cr_threshold, c.cr_passes)
        if c.gci_applies:
            checks += " · GCI " + _bound(c.gci, c.gci_threshold, c.gci_passes)
        if c.asked == 1:
            verdict = self.tr("two items are always consistent")
        elif c.level == "pass":
            verdict = self.tr("passes the consistency check")
        elif c.level == "fail":
            verdict = self.tr("fails the consistency check")
        elif c.cr_passes:
            verdict = self.tr("passes CR, fails GCI")
        else:
            verdict = self.tr("fails CR, passes GCI")
        text = f"{checks} — {verdict}"
        if not c.complete:
            head = self.tr("Incomplete: %1 of %2 answered").replace(
                "%1", str(c.answered)).replace("%2", str(c.asked))
            text = head + " · " + (text + self.tr(" so far") if c.level == "pass" else text)
        self.setText(text)

    def show_nothing(self, text: str) -> None:
        self.level = "none"
        self._style(f"QLabel {{ background: {GREY}; color: white; border-radius: 4px; }}")
        self.setText(text)

    def _style(self, sheet: str) -> None:
        if self.styleSheet() != sheet:  # a new sheet re-polishes the badge: only on a change
            self.setStyleSheet(sheet)

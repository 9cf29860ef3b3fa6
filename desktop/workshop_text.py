"""The workshop's steps in words: titles, the short state line the navigation shows, what to do.

Every count comes from :func:`mcdm.project.progress.workshop_steps` (``result.workshop()``);
this module only puts the counts into sentences in the UI language, and draws the three state
icons (done, warning, to do) as vector shapes, sharp at any screen scale.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

GREEN, AMBER, GREY = QColor("#2e7d32"), QColor("#e08600"), QColor("#9e9e9e")

#: The page that holds each step.
STEP_PAGES = {"criteria": "tree", "panel": "panel", "comparisons": "pairwise", "group": "group",
              "scores": "scores", "ranking": "results"}


translate = QCoreApplication.translate


def _fill(template: str, *values: Any) -> str:
    for k, value in enumerate(values, 1):
        template = template.replace(f"%{k}", str(value))
    return template


def step_title(key: str) -> str:
    return {"criteria": translate("Workshop", "Criteria"), "panel": translate("Workshop", "Panel"), "comparisons": translate("Workshop", "Comparisons"),
            "group": translate("Workshop", "Group weights"), "scores": translate("Workshop", "Scores"),
            "ranking": translate("Workshop", "Ranking")}[key]


def _comparisons(state: str, c) -> str:
    if state == "todo":
        return translate("Workshop", "none answered yet") if c["asked"] else translate("Workshop", "nothing to compare yet")
    parts = []
    if c["failing"]:
        parts.append(_fill(translate("Workshop", "CR fails: %1"), c["failing"]))
    if c["incomplete"]:
        parts.append(_fill(translate("Workshop", "unanswered: %1"), c["incomplete"]))
    return " · ".join(parts) if parts else _fill(translate("Workshop", "all %1 answered"), c["asked"])


def _group(state: str, step, lang: str, word) -> str:
    c = step.counts
    if state == "todo":
        return translate("Workshop", "waiting for judgments")
    parts = []
    if c["weighted"] < c["nodes"]:
        parts.append(_fill(translate("Workshop", "%1 of %2 nodes weighted"), c["weighted"], c["nodes"]))
    if c["failing"]:
        parts.append(_fill(translate("Workshop", "group CR fails at %1"), c["failing"]))
    if parts:
        return " · ".join(parts)
    if math.isnan(step.consensus):
        return _fill(translate("Workshop", "%1 nodes weighted"), c["nodes"])
    return _fill(translate("Workshop", "S* %1 (%2)"), f"{step.consensus:.2f}", word)


def summary(step, lang: str, consensus_word: str = "") -> str:
    """The short line under a step's name: its state in counts ("6 experts", "3 blanks")."""
    c, state = step.counts, step.state.value
    key = step.key
    if key == "criteria":
        return _fill(translate("Workshop", "%1 criteria"), c["criteria"]) if state != "todo" \
            else translate("Workshop", "no criteria yet")
    if key == "panel":
        if state == "todo":
            return translate("Workshop", "no experts yet")
        text = _fill(translate("Workshop", "%1 experts"), c["experts"])
        return text if state == "done" else text + " · " + translate("Workshop", "every weight is 0")
    if key == "comparisons":
        return _comparisons(state, c)
    if key == "group":
        return _group(state, step, lang, consensus_word)
    if key == "scores":
        if state == "todo":
            return translate("Workshop", "no scores yet") if c["directions"] else translate("Workshop", "no directions yet")
        if c["blanks"]:
            return _fill(translate("Workshop", "%1 blank cell(s)"), c["blanks"])
        return _fill(translate("Workshop", "%1 industries · %2 directions"), c["industries"], c["directions"])
    if key == "ranking":
        if state == "todo":
            return translate("Workshop", "nothing ranked yet")
        text = _fill(translate("Workshop", "%1 of %2 industries ranked"), c["ranked"], c["industries"]) \
            if c["ranked"] < c["industries"] else _fill(translate("Workshop", "%1 industries ranked"), c["ranked"])
        if c["set_aside"]:
            text += " · " + _fill(translate("Workshop", "%1 direction(s) set aside"), c["set_aside"])
        return text
    return ""


def tooltip(step, lang: str, project, consensus_word: str = "") -> str:
    """The step's state in a full sentence, and where a click goes."""
    from mcdm.messages import describe

    c = step.counts
    if step.key == "comparisons" and step.state.value != "todo":
        text = _fill(translate("Workshop", "%1 of %2 judgments answered; %3 expert(s) with a matrix that fails "
                        "the consistency check; %4 expert(s) with pairs unanswered."),
                     c["answered"], c["asked"], c["failing"], c["incomplete"])
    elif step.problem is not None:
        text = describe(step.problem, lang, project)
    else:
        text = summary(step, lang, consensus_word)
    if step.state.value == "warning" and step.target:
        text += "\n" + translate("Workshop", "Click to go to the first one.")
    return text


def next_action(step) -> str:
    """What to do next, as a sentence, for the first step not done (see ``next_step``)."""
    if step is None:
        return translate("Workshop", "Every step is done: the ranking is ready. Review it with the panel, look at "
                  "its sensitivity, and export the results workbook.")
    state = step.state.value
    sentences = {
        "criteria": translate("Workshop", "Build the criteria tree: add the criteria the panel will weigh (or "
                       "start from a template with File ▸ New)."),
        "panel": translate("Workshop", "Add the experts of the panel on the Experts page, then send each a "
                    "questionnaire (File ▸ Export ▸ Questionnaires)."),
        "comparisons": translate("Workshop", "Collect the pairwise comparisons: import the filled questionnaires "
                          "on the Experts page, or enter each expert's judgments on the "
                          "Comparisons page.")
        if state == "todo" else
        translate("Workshop", "Look at the comparisons flagged: an expert whose judgments fail the consistency "
           "check, or pairs left unanswered. Discuss the most disputed pairs with the panel."),
        "group": translate("Workshop", "Some criteria have no group weights yet: look at the Group weights page."),
        "scores": translate("Workshop", "Score the priority directions of each industry on the Industries & "
                     "scores page (paste a block from Excel).") if state == "todo" else
        translate("Workshop", "Fill the blank score cells: a cell nobody scored keeps its industry out of the "
           "ranking."),
        "ranking": translate("Workshop", "Some industries or directions could not be ranked: the Ranking page "
                      "says why."),
    }
    return sentences[step.key]


def _pixmap(size: int, ratio: float) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


@lru_cache(maxsize=32)
def state_icon(state: str, size: int = 16, ratio: float = 2.0) -> QIcon:
    """A green tick, an amber warning triangle or a grey circle, drawn (not a font glyph) for
    the screen's pixel ratio; drawn once per state and ratio."""
    pixmap, p = _pixmap(size, ratio)
    s = float(size)
    if state == "done":
        p.setBrush(GREEN)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QRectF(1, 1, s - 2, s - 2))
        p.setPen(QPen(Qt.GlobalColor.white, s / 8, Qt.PenStyle.SolidLine,
                      Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        p.drawPolyline([QPointF(s * .28, s * .52), QPointF(s * .44, s * .68),
                        QPointF(s * .72, s * .34)])
    elif state == "warning":
        path = QPainterPath(QPointF(s / 2, 1))
        path.lineTo(s - 1, s - 1.5)
        path.lineTo(1, s - 1.5)
        path.closeSubpath()
        p.fillPath(path, AMBER)
        p.setPen(QPen(Qt.GlobalColor.white, s / 8, Qt.PenStyle.SolidLine,
                      Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(s / 2, s * .38), QPointF(s / 2, s * .62))
        p.drawPoint(QPointF(s / 2, s * .8))
    else:
        p.setPen(QPen(GREY, s / 9))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QRectF(2, 2, s - 4, s - 4))
    p.end()
    return QIcon(pixmap)

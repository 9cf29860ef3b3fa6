"""The words of the import preview: an answer's value, its place in a workbook, a block's name.

Shared by the preview's tree (:mod:`desktop.models.import_preview`) and its list of problems
(:mod:`desktop.models.import_problems`). Values are shown as the report holds them (a judgment as
``3`` or ``1/3``, a score as ``7.5``, a reason quoted); names are the project's labels in the
preview's language (:func:`mcdm.messages.label`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from mcdm.messages import label
from mcdm.project.judgment_text import format_judgment

translate = QCoreApplication.translate
REASON_SHOWN = 40  # characters of a reason shown in the tree (all of it in the tooltip)


def value_text(kind: str, value: Any, whole: bool = False) -> str:
    """A judgment as 3 or 1/3, a score as 7.5, a reason in quotes; "—" for no value."""
    if value is None:
        return "—"
    if kind == "judgment":
        return format_judgment(float(value))
    if kind == "reason":
        text = str(value)
        if not whole and len(text) > REASON_SHOWN:
            text = text[:REASON_SHOWN - 1] + "…"
        return f"“{text}”"
    return f"{float(value):g}"


def file_name(location: Any) -> str:
    file = getattr(location, "file", None)
    return Path(file).name if file else ""


def cell_text(location: Any) -> str:
    """``两两比较!C17`` (the sheet and the cell or range), or "" when neither is known."""
    sheet, cell = getattr(location, "sheet", None), getattr(location, "cell", None)
    if sheet and cell:
        return f"{sheet}!{cell}"
    return sheet or cell or ""


def place_text(location: Any) -> str:
    """``E1.xlsx · 两两比较!C17``: the file's name, then the sheet and cell."""
    return " · ".join(p for p in (file_name(location), cell_text(location)) if p)


def block_name(project: Any, block: Any, lang: str) -> str:
    """"Development principles (comparisons)" or "Bioindustry (scores)"."""
    name = label(project, block.block_id, lang,
                 "node" if block.kind == "judgments" else "industry")
    if block.kind == "judgments":
        return translate("ImportPreview", "%1 (comparisons)").replace("%1", name)
    return translate("ImportPreview", "%1 (scores)").replace("%1", name)


def answer_name(project: Any, diff: Any, lang: str) -> str:
    """"P1 vs P2" for a judgment (", reason" for its reason), "direction · criterion" for a
    score."""
    if diff.kind == "score":
        # Directions and an industry's own criteria are named within the block's industry.
        return "{} · {}".format(
            label(project, diff.key[0], lang, "direction", industry=diff.block_id),
            label(project, diff.key[1], lang, "criterion", industry=diff.block_id))
    pair = translate("ImportPreview", "%1 vs %2").replace(
        "%1", label(project, diff.key[0], lang)).replace("%2", label(project, diff.key[1], lang))
    if diff.kind == "reason":
        return translate("ImportPreview", "%1, reason").replace("%1", pair)
    return pair


def expert_name(project: Any, expert_id: str, lang: str) -> str:
    return label(project, expert_id, lang, "expert")

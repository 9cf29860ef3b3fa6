"""What an edit changed, in words, for the Undo and Redo menu items.

:func:`edit_text` returns a function, not a string: the undo command keeps it and calls it again
when the language changes, so "修改判断：专家A，体系融合 对 自主可控" becomes "Edit judgment: Expert A,
System integration vs Self-reliance". Names are read from the project as it was before the edit
(a criterion renamed later keeps the name the user saw when they made this change).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop.i18n import fill
from mcdm.messages import label

if TYPE_CHECKING:
    from desktop.context import AppContext

translate = QCoreApplication.translate



def _judgment(edit, name) -> str:
    template = translate("UndoText", "Clear judgment: %1, %2 vs %3") if edit.value is None \
        else translate("UndoText", "Edit judgment: %1, %2 vs %3")
    return fill(template, name(edit.expert_id), name(edit.a), name(edit.b))


def _scores(edit, name) -> str:
    cells = edit.cells
    if len(cells) == 1:
        (e, _i, d, c), value = cells[0]
        template = translate("UndoText", "Clear score: %1, %2 on %3") if value is None \
            else translate("UndoText", "Edit score: %1, %2 on %3")
        return fill(template, name(e), name(d), name(c))
    experts = {k[0] for k, _v in cells}
    industries = {k[1] for k, _v in cells}
    cleared = all(v is None for _k, v in cells)
    template = translate("UndoText", "Clear %1 scores") if cleared else translate("UndoText", "Set %1 scores")
    text = fill(template, len(cells))
    if len(experts) == 1 and len(industries) == 1:
        text += fill(translate("UndoText", ": %1, %2"), name(next(iter(experts))), name(next(iter(industries))))
    return text


def _single_score(edit, name) -> str:
    template = translate("UndoText", "Clear score: %1, %2 on %3") if edit.value is None \
        else translate("UndoText", "Edit score: %1, %2 on %3")
    return fill(template, name(edit.expert_id), name(edit.direction_id),
                 name(edit.criterion_id))


def _setting(edit, lang: str) -> str:
    from mcdm.project.settings import SETTINGS, spec

    if edit.name not in {row.name for row in SETTINGS}:
        return fill(translate("UndoText", "Set %1 to %2"), edit.name, edit.value)
    row = spec(edit.name)
    try:
        value = row.word(edit.value, lang)
    except (KeyError, ValueError, TypeError):
        value = getattr(edit.value, "value", edit.value)
    return fill(translate("UndoText", "Set %1 to %2"), row.title(lang), value)


def describe_edit(edit: Any, project: Any, lang: str) -> str:
    """One line saying what ``edit`` changes in ``project``, in ``lang`` (names, not ids)."""
    def name(value: Any) -> str:
        return label(project, value, lang)

    kind = type(edit).__name__
    simple: dict[str, Callable[[], str]] = {
        "SetJudgment": lambda: _judgment(edit, name),
        "SetScores": lambda: _scores(edit, name),
        "SetScore": lambda: _single_score(edit, name),
        "RenameCriterion": lambda: fill(translate("UndoText", "Rename “%1”"), name(edit.node_id)),
        "SetCriterionType": lambda: fill(
            translate("UndoText", "Make “%1” a cost criterion") if getattr(edit.type, "value", edit.type) in
            ("cost", -1) else translate("UndoText", "Make “%1” a benefit criterion"), name(edit.node_id)),
        "SetCriterionUnit": lambda: fill(translate("UndoText", "Set the unit of “%1”"), name(edit.node_id)),
        "RenameExpert": lambda: fill(translate("UndoText", "Rename expert %1"), name(edit.expert_id)),
        "SetExpertWeight": lambda: fill(translate("UndoText", "Set %1's weight to %2"), name(edit.expert_id),
                                         f"{edit.weight:g}"),
        "RenameIndustry": lambda: fill(translate("UndoText", "Rename “%1”"), name(edit.industry_id)),
        "RenameDirection": lambda: fill(translate("UndoText", "Rename “%1”"), name(edit.direction_id)),
        "SetIndustryCriterion": lambda: fill(translate("UndoText", "Edit criterion “%1” of %2"),
                                              edit.criterion.label.get(lang),
                                              name(edit.industry_id)),
        "SetSetting": lambda: _setting(edit, lang),
        "StartRound": lambda: fill(translate("UndoText", "Close round %1, start round %2"),
                                    project.current_round, project.current_round + 1),
        "SetReason": lambda: fill(
            translate("UndoText", "Clear reason: %1, %2 vs %3") if not (edit.text or "").strip()
            else translate("UndoText", "Edit reason: %1, %2 vs %3"),
            name(edit.expert_id), name(edit.a), name(edit.b)),
        "SetProjectInfo": lambda: translate("UndoText", "Edit the project's title and description"),
        "AddCriterion": lambda: fill(translate("UndoText", "Add criterion “%1” under “%2”"),
                                      edit.criterion.label.get(lang), name(edit.parent_id)),
        "RemoveCriterion": lambda: fill(translate("UndoText", "Delete criterion “%1”"), name(edit.node_id)),
        "MoveCriterion": lambda: fill(translate("UndoText", "Move “%1”"), name(edit.node_id)),
        "AddExpert": lambda: fill(translate("UndoText", "Add expert %1"), edit.expert.name),
        "RemoveExpert": lambda: fill(translate("UndoText", "Remove expert %1"), name(edit.expert_id)),
        "MoveExpert": lambda: fill(translate("UndoText", "Move expert %1"), name(edit.expert_id)),
        "AddIndustry": lambda: fill(translate("UndoText", "Add industry “%1”"), edit.industry.label.get(lang)),
        "RemoveIndustry": lambda: fill(translate("UndoText", "Remove industry “%1”"), name(edit.industry_id)),
        "AddDirection": lambda: fill(translate("UndoText", "Add direction “%1” to %2"),
                                      edit.direction.label.get(lang), name(edit.industry_id)),
        "RemoveDirection": lambda: fill(translate("UndoText", "Remove direction “%1”"), name(edit.direction_id)),
        "MoveDirection": lambda: fill(translate("UndoText", "Move direction “%1”"), name(edit.direction_id)),
        "AddIndustryCriterion": lambda: fill(translate("UndoText", "Add criterion “%1” to %2"),
                                              edit.criterion.label.get(lang),
                                              name(edit.industry_id)),
        "RemoveIndustryCriterion": lambda: fill(translate("UndoText", "Remove criterion “%1” from %2"),
                                                 name(edit.criterion_id),
                                                 name(edit.industry_id)),
    }
    if kind in simple:
        return simple[kind]()
    if kind == "Composite":
        parts = getattr(edit, "edits", ())
        if len(parts) == 1:
            return describe_edit(parts[0], project, lang)
        return fill(translate("UndoText", "%1 changes"), len(parts))
    return translate("UndoText", "Edit the project")


def edit_text(edit: Any, context: AppContext) -> Callable[[], str]:
    """A function giving :func:`describe_edit` of ``edit`` on the current project, in the
    language current when it is called."""
    project = context.project
    return lambda: describe_edit(edit, project, context.lang)


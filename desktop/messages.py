"""Engine errors and problems as sentences in the UI language.

The engine speaks in stable codes with a location (:mod:`mcdm.errors`); this module turns the
codes a user meets in the workshop pages into translated sentences and always says where. An
unknown code falls back to the engine's English message, so nothing is ever hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def _sentences() -> dict[str, str]:
    # Built on each call: the texts follow the language installed at that moment.
    return {
        "evaluate.no_experts": translate("Messages", "The project has no experts yet: add them on the "
                                             "Experts page."),
        "evaluate.no_criteria": translate("Messages", "The criteria tree has no criteria yet: add them on "
                                              "the Criteria tree page."),
        "evaluate.node_unjudged": translate("Messages", "Nobody's judgments under this criterion could "
                                                "be weighted."),
        "judgments.disconnected": translate("Messages", "The judgments given do not link every item to "
                                                "every other: add a judgment for each item cut "
                                                "off."),
        "edit.remove_goal": translate("Messages", "The goal cannot be deleted."),
        "edit.move_goal": translate("Messages", "The goal cannot be moved."),
        "edit.move_cycle": translate("Messages", "A criterion cannot be moved under itself."),
        "edit.label_empty": translate("Messages", "A label cannot be empty."),
        "project.label_empty": translate("Messages", "A label cannot be empty."),
        "project.expert_weight": translate("Messages", "An expert's weight must be a number of at least 0."),
        "project.expert_weights_zero": translate("Messages", "At least one expert needs a weight above 0."),
        "experts.weights_all_zero": translate("Messages", "At least one expert needs a weight above 0."),
        "project.schema_version": translate("Messages", "This project was saved by a newer version of the "
                                                "app: update the app to open it."),
        "file.too_large": translate("Messages", "The file is too large to be read safely."),
        "file.unreadable": translate("Messages", "The file cannot be read."),
        "file.encoding": translate("Messages", "The file is not UTF-8 text."),
        "file.unwritable": translate("Messages", "The file cannot be written."),
        "questionnaire.no_metadata": translate("Messages", "This workbook is not a questionnaire made by "
                                                   "this app."),
        "questionnaire.other_project": translate("Messages", "This questionnaire belongs to another "
                                                     "project."),
        "questionnaire.structure_changed": translate("Messages", "The criteria or directions changed since "
                                                         "this questionnaire was made: send the "
                                                         "expert a new one."),
        "questionnaire.duplicate_expert": translate("Messages", "This expert's answers were already read "
                                                        "from another file."),
    }


def labeller(project: Any, lang: str) -> Callable[[Any], Any]:
    """Names for the ids an engine location carries (criteria, experts, industries), so a
    message says "row Development strategies" rather than "row strategies"."""
    def name(value: Any) -> Any:
        if project is None or not isinstance(value, str):
            return value
        for find, text in ((project.node, lambda n: n.label.get(lang)),
                           (project.expert, lambda e: e.name or value),
                           (project.industry, lambda i: i.label.get(lang))):
            try:
                return text(find(value))
            except (KeyError, LookupError, ValueError, AttributeError, TypeError):
                continue
        return value

    return name


def where(location: Any, label: Callable[[Any], Any] | None = None) -> str:
    """"file a.xlsx, sheet S1, cell C5" in the UI language ("" if nothing is known).

    ``label`` (see :func:`labeller`) names the ids in the row, column and item."""
    if location is None:
        return ""
    names = {"file": translate("Messages", "file"), "sheet": translate("Messages", "sheet"), "cell": translate("Messages", "cell"), "path": translate("Messages", "at"),
             "row": translate("Messages", "row"), "column": translate("Messages", "column"), "field": translate("Messages", "item")}
    named = ("row", "column", "field")
    parts = [f"{names[key]} {label(value) if label and key in named else value}" for key in names
             if (value := getattr(location, key, None)) is not None]
    return translate("Messages", ", ").join(parts)


def describe(error: Any, label: Callable[[Any], Any] | None = None) -> str:
    """One line for an :class:`~mcdm.errors.MCDMError` or :class:`~mcdm.errors.Problem`;
    ``label`` names the ids in its location (see :func:`labeller`)."""
    code = getattr(error, "code", None)
    sentence = _sentences().get(code) if code else None
    if sentence is None:
        return str(error)  # the engine's English sentence, location and expectation included
    place = where(getattr(error, "location", None), label)
    return translate("Messages", "%1 (%2)").replace("%1", sentence).replace("%2", place) if place else sentence


def describe_all(error: Any) -> list[str]:
    """Every problem an error carries (a ``ValidationFailed`` lists many), one line each."""
    problems = getattr(error, "problems", None)
    return [describe(p) for p in problems] if problems else [describe(error)]

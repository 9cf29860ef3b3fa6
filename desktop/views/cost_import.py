"""Importing a table of direction costs (a filled cost template, or any planner's CSV/xlsx).

:func:`mcdm.project.cost_sheet.read_costs` checks every row and changes nothing. When a row is
wrong, one dialog lists every problem — the sentence names the file, the row and the column; the
details hold the places and codes — and the project stays as it was. Otherwise a question says
what the import will do (how many costs are set, changed, cleared, left, and how many directions
still have no cost) and, once accepted, the costs go in as ONE undo step whose text counts them.
A file that changes nothing says so and pushes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop.context import AppContext
from desktop.i18n import fill

translate = QCoreApplication.translate
SHOWN_PROBLEMS = 8  # the rest go to the details


def table_filter() -> str:
    """The open dialog's filter, in the UI language (read when the dialog opens)."""
    return translate("CostImport", "Cost tables (*.xlsx *.xlsm *.csv);;Excel workbook (*.xlsx "
                     "*.xlsm);;CSV, UTF-8 (*.csv);;All files (*)")



def undo_text(report) -> str:
    """The undo step's text, in the language current when it is called: "Import costs: 12 set,
    3 changed" (only the counts that are not zero)."""
    parts = [fill(template, n) for template, n in (
        (translate("CostImport", "%1 set"), len(report.set)),
        (translate("CostImport", "%1 changed"), len(report.changed)),
        (translate("CostImport", "%1 cleared"), len(report.cleared))) if n]
    return fill(translate("CostImport", "Import costs: %1"),
                 translate("CostImport", ", ").join(parts))


def confirm_text(report, project, lang: str) -> str:
    """What accepting will do, in sentences (with the reader's notes, and a word on the cost
    unit when the project has none)."""
    from desktop.messages import describe

    total = sum(len(i.directions) for i in project.industries)
    lines = [fill(translate("CostImport", "Import the costs of “%1”: %2 direction(s) get a cost, "
                             "%3 change, %4 are cleared, %5 stay as they are."),
                   Path(report.path).name, len(report.set), len(report.changed),
                   len(report.cleared), len(report.unchanged))]
    if report.absent:
        lines.append(fill(translate("CostImport", "%1 direction(s) are not in the file and keep "
                                     "their costs."), len(report.absent)))
    lines.append(fill(translate("CostImport", "Afterwards %1 of %2 direction(s) still have no "
                                 "cost."), len(report.without_cost), total)
                 if report.without_cost else
                 translate("CostImport", "Afterwards every direction has a cost."))
    if (report.set or report.changed) and not project.portfolio.cost_unit:
        lines.append(translate("CostImport", "The project has no cost unit yet: type it in "
                               "“Cost unit” on the Portfolio page."))
    lines += [describe(note, lang, project) for note in report.notes]
    lines.append(translate("CostImport", "This is one step: Edit ▸ Undo takes it back."))
    return "\n".join(lines)


def _read(ctx: AppContext, path: str):
    from mcdm.project.cost_sheet import read_costs

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return read_costs(ctx.project, path)
    finally:
        QGuiApplication.restoreOverrideCursor()


def _refuse(ctx: AppContext, parent: QWidget | None, exc: BaseException) -> None:
    """One dialog: what is wrong with the file, each problem in a sentence naming its row and
    column; the details hold the places and codes."""
    from desktop.details import technical_details
    from desktop.messages import describe, describe_all

    project, lang = ctx.project, ctx.lang
    sentences = describe_all(exc, lang, project)
    shown = sentences[:SHOWN_PROBLEMS]
    text = "\n".join(f"• {s}" for s in shown)
    if getattr(exc, "problems", None):  # "The cost table has 3 problems: no cost was changed."
        text = describe(exc, lang, project) + "\n" + text
    if len(sentences) > len(shown):
        text += "\n" + fill(translate("CostImport", "… and %1 more (see details)"),
                             len(sentences) - len(shown))
    ctx.interaction.error(parent, translate("CostImport", "The costs were not imported"), text,
                          sentences[len(shown):] + technical_details(exc, lang, project))


def import_costs(ctx: AppContext, parent: QWidget | None, path: str | None = None) -> bool:
    """Ask for a cost table (unless given), check it, say what it will do, and push its costs
    as one edit. True if the project changed."""
    from mcdm.errors import MCDMError, ValidationFailed

    if ctx.project is None:
        return False
    if path is None:
        path = ctx.interaction.open_path(parent, translate("CostImport", "Import costs"),
                                         ctx.settings.last_dir, table_filter())
    if not path:
        return False
    ctx.settings.last_dir = str(Path(path).parent)
    project = ctx.project
    try:
        report = _read(ctx, str(path))
    except (MCDMError, OSError) as exc:  # no table at all: unreadable, wrong kind of file
        _refuse(ctx, parent, exc)
        return False
    if report.problems:
        _refuse(ctx, parent, ValidationFailed(report.problems, code="costs.rejected"))
        return False
    name = Path(report.path).name
    if not report.edit.edits:
        ctx.notify(fill(translate("CostImport", "“%1” changes no cost (%2 unchanged): the project "
                                   "is as it was."), name, len(report.unchanged)))
        return False
    if not ctx.interaction.confirm(parent, translate("CostImport", "Import costs"),
                                   confirm_text(report, project, ctx.lang)):
        return False
    if ctx.project is not project:  # the project changed while the question was open
        return False
    ctx.push(report.edit, lambda: undo_text(report))
    ctx.notify(fill(translate("CostImport", "Done: %1. Edit ▸ Undo takes it back."),
                     undo_text(report)))
    return True

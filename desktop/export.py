"""Export from the GUI: the results workbook, the report (Word or PDF), questionnaires for the
panel, and the current page's chart as PNG (300 dpi), SVG or PDF.

Files are written by the engine (:mod:`mcdm.excel`, :mod:`mcdm.report`, :mod:`mcdm.figures`) in
a background :class:`Task`, in the export language, with a progress dialog that appears only for
work over half a second. The report and the workbook take the richest result: the Monte Carlo
run when there is one. A chart is the page's figure drawn anew at the report's size, with its
title and source line. What was written and where is reported with a button that opens the
folder; every failure ends in one dialog that lists each problem with its place — never a
traceback.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QProgressDialog, QWidget

from desktop import warm
from desktop.workers import Task, check

PROGRESS_DELAY_MS = 500
CHART_FORMATS = ("png", "svg", "pdf")


def problem_lines(exc: BaseException, lang: str | None = None, project=None) -> list[str]:
    """Every problem an exception carries, one line each in the UI language: its sentence, then
    where it is."""
    from desktop.messages import lines

    return lines(exc, lang, project)


class ExportController(QObject):
    """Runs exports for the ranking pages and the File ▸ Export menu.

    Signals ``finished(str)`` with the written path (or folder) and ``failed(list)`` with the
    problem lines, after the dialog was shown.
    """

    finished = Signal(str)
    failed = Signal(list)

    def __init__(self, context, simulation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._parent = parent  # dialogs' parent: the window, once the menu is installed
        self.task: Task | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.menu: QMenu | None = None
        # The richest current result: a finished Monte Carlo run of this very project (it carries
        # rank acceptability and sensitivity) or else the context's plain evaluation.
        self.result_source = simulation.richest
        # The language of exported workbooks: None follows the interface's language.
        self.export_lang: str | None = None

    def language(self) -> str:
        """The language the next export is written in (the UI language unless one was chosen)."""
        return self.export_lang or self.context.lang

    def set_export_language(self, lang: str | None) -> None:
        """Write exports in ``lang`` ("zh", "en"), or ``None`` to follow the interface."""
        if lang not in (None, "zh", "en"):
            raise ValueError(f"unknown language {lang!r}; expected 'zh', 'en' or None")
        self.export_lang = lang
        if self.menu is not None:
            self._lang_actions[lang].setChecked(True)

    # -- menu --------------------------------------------------------------------------------
    def install_menu(self, window) -> None:
        self._parent = window
        self.menu = QMenu(window)
        self.act_results = QAction(window, objectName="export_results")
        self.act_report = QAction(window, objectName="export_report")
        self.act_report_pdf = QAction(window, objectName="export_report_pdf")
        self.act_questionnaires = QAction(window, objectName="export_questionnaires")
        self.act_chart = QAction(window, objectName="export_chart")
        self.act_cost_template = QAction(window, objectName="export_cost_template")
        self.act_results.triggered.connect(lambda _c=False: self.export_results())
        self.act_report.triggered.connect(lambda _c=False: self.export_report(fmt="docx"))
        self.act_report_pdf.triggered.connect(lambda _c=False: self.export_report(fmt="pdf"))
        self.act_questionnaires.triggered.connect(lambda _c=False: self.export_questionnaires())
        self.act_chart.triggered.connect(lambda _c=False: self.export_visible_chart(window))
        self.act_cost_template.triggered.connect(lambda _c=False: self.export_cost_template())
        self.menu.addActions([self.act_results, self.act_report, self.act_report_pdf])
        self.menu.addSeparator()
        self.menu.addActions([self.act_questionnaires, self.act_cost_template, self.act_chart])
        self.menu.addSeparator()
        # Files go to experts and planners who may not read the facilitator's language.
        self.menu_lang = self.menu.addMenu("")
        self.menu_lang.setObjectName("export_language")
        group = QActionGroup(window)
        self._lang_actions = {}
        for lang in (None, "zh", "en"):
            action = QAction(window, checkable=True, objectName=f"export_lang_{lang or 'ui'}")
            action.setChecked(lang is None)
            action.triggered.connect(lambda _c=False, _l=lang: self.set_export_language(_l))
            group.addAction(action)
            self.menu_lang.addAction(action)
            self._lang_actions[lang] = action
        file_menu = window.menu_file
        file_menu.insertMenu(window.act_quit, self.menu)
        file_menu.insertSeparator(window.act_quit)
        self.context.languageChanged.connect(lambda _l: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        if self.menu is None:
            return
        self.menu.setTitle(self.tr("&Export"))
        self.act_results.setText(self.tr("Results workbook…"))
        self.act_report.setText(self.tr("Report (Word)…"))
        self.act_report_pdf.setText(self.tr("Report (PDF)…"))
        self.act_questionnaires.setText(self.tr("Questionnaires…"))
        self.act_chart.setText(self.tr("Current chart as PNG/SVG/PDF…"))
        self.act_cost_template.setText(self.tr("Cost template…"))
        self.menu_lang.setTitle(self.tr("Language of exported files"))
        self._lang_actions[None].setText(self.tr("Same as the interface"))
        # Each language named in itself, as language pickers do.
        self._lang_actions["zh"].setText("中文")
        self._lang_actions["en"].setText("English")

    # -- exports -----------------------------------------------------------------------------
    def _ask(self, title: str, name: str, filters: str) -> str:
        folder = self.context.settings.last_dir
        path = self.context.interaction.save_path(self._parent, title, str(Path(folder) / name),
                                                  filters)
        if path:
            self.context.settings.last_dir = str(Path(path).parent)
        return path

    def export_results(self, path: str | None = None, lang: str | None = None) -> Task | None:
        """Write the audit workbook of the current project and result, in ``lang`` (default:
        :meth:`language`)."""
        project, result = self.context.project, self.result_source()
        if project is None:
            return None
        if result is None:
            self._fail(self.tr("The results cannot be exported"),
                       problem_lines(self.context.evaluation_error or ValueError("no result"),
                                     self.context.lang, self.context.project))
            return None
        path = path or self._ask(self.tr("Export results workbook"), "results.xlsx",
                                 self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        lang = lang or self.language()

        def work(progress):
            from mcdm.excel.report.workbook import write_results

            check(progress, 0, 1)
            write_results(project, result, path, lang=lang)
            check(progress, 1, 1)
            return path

        return self._run(work, self.tr("Writing the results workbook…"),
                         self.tr("The results workbook was not written"),
                         lambda written: self.tr("Wrote the results workbook “%1” in %2").replace(
                             "%1", Path(written).name).replace("%2", _folder(written)))

    def export_questionnaires(self, folder: str | None = None, prefix: str = "questionnaire",
                              lang: str | None = None, options=None,
                              path: str | None = None) -> Task | None:
        """Write questionnaires for the panel.

        From the menu (no ``folder``, ``path`` or ``options``) the options dialog asks how
        (:class:`~desktop.views.questionnaire_dialog.QuestionnaireDialog`), then where. Given
        ``folder``: one workbook per expert, ``<prefix>_<expert>.xlsx``, in ``lang`` (default:
        :meth:`language`) with the writers' defaults, unless ``options`` say otherwise; a panel
        workbook goes to ``path``.
        """
        from desktop.views.questionnaire_dialog import QuestionnaireOptions

        project = self.context.project
        if project is None:
            return None
        if options is None:
            defaults = QuestionnaireOptions.defaults(project, lang or self.language())
            if folder is None and path is None:
                options = self.context.interaction.questionnaire_options(
                    self._parent, project, defaults, self.context.lang)
                if options is None:
                    return None
            else:
                options = defaults
        k = project.current_round
        if options.per_expert and folder is None:
            name = "questionnaire.xlsx" if k == 1 else f"questionnaire_round{k}.xlsx"
            chosen = self._ask(self.tr("Export questionnaires (choose a folder and a file "
                                       "name prefix)"), name, self.tr("Excel workbook (*.xlsx)"))
            if not chosen:
                return None
            folder, prefix = str(Path(chosen).parent), Path(chosen).stem
        if not options.per_expert and path is None:
            name = "panel_questionnaire.xlsx" if k == 1 else f"panel_questionnaire_round{k}.xlsx"
            path = self._ask(self.tr("Export the panel questionnaire"), name,
                             self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return None
        experts = [(e.id, e.name) for e in project.experts if e.id in options.expert_ids]
        count = len(experts)
        kw = {"lang": options.lang, "prefill": options.prefill, "measured": options.measured}

        def work(progress):
            from mcdm.excel.questionnaire.writer import (
                write_panel_questionnaire,
                write_questionnaire,
            )

            if not options.per_expert:
                check(progress, 0, 1)
                write_panel_questionnaire(project, path, expert_ids=[e for e, _ in experts], **kw)
                check(progress, 1, 1)
                return path
            check(progress, 0, count)
            for n, (eid, name) in enumerate(experts):
                write_questionnaire(project, eid, Path(folder) / questionnaire_name(prefix, eid, name),
                                    **kw)
                check(progress, n + 1, count)
            return folder

        if not options.per_expert:
            return self._run(work, self.tr("Writing the panel questionnaire…"),
                             self.tr("The panel questionnaire was not written"),
                             lambda written: self.tr(
                                 "Wrote the round-%1 panel questionnaire “%2” (%3 expert(s)) in "
                                 "%4").replace("%1", str(k)).replace("%2", Path(written).name)
                             .replace("%3", str(count)).replace("%4", _folder(written)))
        return self._run(work, self.tr("Writing questionnaires…"),
                         self.tr("The questionnaires were not written"),
                         lambda written: self.tr("Wrote %1 round-%2 questionnaire(s) in %3")
                         .replace("%1", str(count)).replace("%2", str(k))
                         .replace("%3", str(Path(written).resolve())))

    def export_cost_template(self, path: str | None = None,
                             lang: str | None = None) -> Task | None:
        """Write the table of directions' costs to fill in (.xlsx, or .csv when chosen), in
        ``lang`` (default: :meth:`language`): every direction with its current cost; Import
        costs… on the Portfolio page reads it back."""
        project = self.context.project
        if project is None:
            return None
        path = path or self._ask(self.tr("Export cost template"), "costs.xlsx",
                                 ";;".join((self.tr("Excel workbook (*.xlsx)"),
                                            self.tr("CSV, UTF-8 (*.csv)"))))
        if not path:
            return None
        path = with_suffix(path, ("xlsx", "csv"))
        lang = lang or self.language()
        total = sum(len(i.directions) for i in project.industries)
        costed = sum(d.cost is not None for i in project.industries for d in i.directions)

        def work(progress):
            from mcdm.excel.cost_template import write_cost_template

            check(progress, 0, 1)
            written, _backup = write_cost_template(project, path, lang)
            check(progress, 1, 1)
            return str(written)

        return self._run(work, self.tr("Writing the cost template…"),
                         self.tr("The cost template was not written"),
                         lambda written: self.tr(
                             "Wrote the cost template “%1” (%2 direction(s), %3 with a cost) in "
                             "%4. Fill in the costs, then Import costs… on the Portfolio page.")
                         .replace("%1", Path(written).name).replace("%2", str(total))
                         .replace("%3", str(costed)).replace("%4", _folder(written)))

    def export_report(self, path: str | None = None, *, fmt: str = "docx",
                      lang: str | None = None) -> Task | None:
        """Write the report (``fmt`` "docx" or "pdf") of the current project in ``lang``
        (default: :meth:`language`), from the Monte Carlo run when there is one; the stability
        sections need the sensitivity analysis, which is evaluated in the worker if missing."""
        project, result = self.context.project, self.result_source()
        if project is None:
            return None
        if result is None:
            self._fail(self.tr("The report cannot be written"),
                       problem_lines(self.context.evaluation_error or ValueError("no result")))
            return None
        word = fmt == "docx"
        path = path or self._ask(self.tr("Export report"), f"report.{fmt}",
                                 self.tr("Word document (*.docx)") if word
                                 else self.tr("PDF document (*.pdf)"))
        if not path:
            return None
        path = with_suffix(path, (fmt,))
        lang = lang or self.language()

        def work(progress):
            from desktop.models.ranking_data import report_result
            from mcdm.report import write_report

            check(progress, 0, 1)
            full = report_result(result)
            write_report(full, path, lang=lang, fmt=fmt,
                         progress=lambda done, total: check(progress, done, total))
            return path

        return self._run(work, self.tr("Writing the report…"),
                         self.tr("The report was not written"),
                         lambda written: self.tr("Wrote the report “%1” in %2").replace(
                             "%1", Path(written).name).replace("%2", _folder(written)))

    def export_chart(self, chart_view, path: str | None = None, name: str = "chart",
                     lang: str | None = None) -> Task | None:
        """Write ``chart_view``'s figure, drawn anew at the report's size with its title and
        source line, as PNG (300 dpi), SVG or PDF by the file's suffix (PNG without one)."""
        if chart_view is None or not chart_view.has_figure():
            return None
        path = path or self._ask(self.tr("Export chart"), f"{name}.png",
                                 ";;".join((self.tr("PNG image, 300 dpi (*.png)"),
                                            self.tr("SVG drawing (*.svg)"),
                                            self.tr("PDF document (*.pdf)"))))
        if not path:
            return None
        path = with_suffix(path, CHART_FORMATS)
        lang = lang or self.language()
        draw = chart_view.drawing()  # what the page shows now, drawn in the worker

        def work(progress):
            from mcdm.figures import save

            check(progress, 0, 1)
            save(draw(lang, None), path)
            check(progress, 1, 1)
            return path

        return self._run(work, self.tr("Writing the chart…"),
                         self.tr("The chart was not saved"),
                         lambda written: self.tr("Saved the chart “%1” in %2").replace(
                             "%1", Path(written).name).replace("%2", _folder(written)))

    def export_visible_chart(self, window) -> Task | None:
        page = window.stack.currentWidget()
        source = getattr(page, "current_chart", None)
        chart = source() if callable(source) else None
        if chart is None:
            self._fail(self.tr("No chart to export"),
                       [self.tr("This page shows no chart. Charts are on the Comparisons, Group "
                                "weights, Ranking, Overview, Sensitivity, Monte Carlo and "
                                "Portfolio pages.")])
            return None
        return self.export_chart(chart[0], name=chart[1])

    # -- running -----------------------------------------------------------------------------
    def _run(self, work, label: str, failure_title: str, report) -> Task:
        def guarded(progress):
            warm.wait()  # the engine's writers import matplotlib: never beside the warm-up
            return work(progress)

        task = Task(guarded, self)
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel)
        task.progress.connect(lambda done, total: (dialog.setMaximum(total),
                                                    dialog.setValue(done)))
        task.succeeded.connect(lambda value: self._succeeded(dialog, str(value), report))
        task.failed.connect(lambda exc: self._failed(dialog, failure_title, exc))
        task.cancelled.connect(lambda: self._close(dialog))
        self.task, self.progress_dialog = task, dialog
        task.start()
        return task

    def _close(self, dialog: QProgressDialog) -> None:
        # Before any message: a modal progress dialog left open would sit over it.
        dialog.hide()
        dialog.deleteLater()
        if self.progress_dialog is dialog:
            self.progress_dialog = None

    def _succeeded(self, dialog: QProgressDialog, path: str, report) -> None:
        self._close(dialog)
        folder = str(Path(path).resolve()) if Path(path).is_dir() else _folder(path)
        self._report(report(path), folder)
        self.finished.emit(path)

    def _report(self, text: str, folder: str) -> None:
        """Say what was written and where, with a button that opens the folder."""
        interaction = self.context.interaction
        self.context.notify(text, action=(self.tr("Open folder"),
                                          lambda: interaction.open_folder(folder)))

    def _failed(self, dialog: QProgressDialog, title: str, exc: BaseException) -> None:
        from desktop.details import technical_details

        self._close(dialog)
        self._fail(title, problem_lines(exc, self.context.lang, self.context.project),
                   technical_details(exc, self.context.lang, self.context.project))

    def _fail(self, title: str, lines: list[str], details: list[str] | None = None) -> None:
        shown = lines[:8]
        text = "\n".join(f"• {line}" for line in shown)
        if len(lines) > len(shown):
            text += "\n" + self.tr("… and %1 more (see details)").replace(
                "%1", str(len(lines) - len(shown)))
        # The details: the problems not shown above, then the technical part.
        self.context.interaction.error(self._parent, title, text,
                                       lines[len(shown):] + list(details or ()))
        self.failed.emit(lines)


def with_suffix(path: str, formats: tuple[str, ...]) -> str:
    """``path`` ending in one of ``formats`` (the first added when it ends in none of them)."""
    if Path(path).suffix.lower().lstrip(".") in formats:
        return path
    return f"{path}.{formats[0]}"


def _folder(path: str) -> str:
    return str(Path(path).resolve().parent)


def questionnaire_name(prefix: str, expert_id: str, name: str) -> str:
    """A file name safe on every system; the expert's name (often Chinese) is kept readable."""
    safe = "".join(ch for ch in f"{expert_id}_{name}" if ch.isalnum() or ch in "-_")
    return f"{prefix}_{safe or expert_id}.xlsx"

"""What the pages share beyond the project: the industry being looked at and the latest Monte
Carlo run, built once by :mod:`desktop.app` and injected (with the exporter) as :class:`Services`.

The Monte Carlo run lives here, not in its page, so the page, the export and the report all read
the same simulation, and a run that no longer matches the project is dropped in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.export import ExportController
    from mcdm.project.result import ProjectResult


class RankingState(QObject):
    """The industry the ranking pages show (shared between them)."""

    industryChanged = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._industry_id = ""
        context.projectChanged.connect(self._check)

    @property
    def industry_id(self) -> str:
        self._check()
        return self._industry_id

    def set_industry(self, industry_id: str) -> None:
        if industry_id != self._industry_id:
            self._industry_id = industry_id
            self.industryChanged.emit(industry_id)

    def _check(self) -> None:
        project = self.context.project
        ids = [i.id for i in project.industries] if project is not None else []
        if self._industry_id not in ids:
            new = ids[0] if ids else ""
            if new != self._industry_id:
                self._industry_id = new
                self.industryChanged.emit(new)


class MonteCarloRun(QObject):
    """The latest finished simulation of the current project (an evaluation with Monte Carlo).

    ``changed`` fires when a run is kept or dropped; :attr:`result` is None once the project has
    changed since the run (its numbers would describe another project).
    """

    changed = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._result: ProjectResult | None = None
        context.projectChanged.connect(self._project_changed)

    @property
    def result(self) -> ProjectResult | None:
        return self._result

    def keep(self, result: ProjectResult) -> bool:
        """Keep a finished run if it belongs to the project as it is now; False otherwise."""
        if result.project is not self.context.project:
            return False
        self._result = result
        self.changed.emit()
        return True

    def drop(self) -> None:
        if self._result is not None:
            self._result = None
            self.changed.emit()

    def richest(self) -> ProjectResult | None:
        """What an export should write: this run (it carries rank acceptability and the
        sensitivity analysis) if there is one, else the plain evaluation."""
        return self._result if self._result is not None else self.context.result

    def _project_changed(self) -> None:
        if self._result is not None and self._result.project is not self.context.project:
            self.drop()


@dataclass(frozen=True)
class Services:
    """Everything the pages are given: built in :func:`desktop.app.build_window`."""

    context: AppContext
    ranking: RankingState
    monte_carlo: MonteCarloRun
    exporter: ExportController

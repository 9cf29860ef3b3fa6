"""The pages of the main window, in the order a workshop goes through them (:data:`PAGES`).

Each row names the page's key, its navigation title (re-read on a language change), how to
build it from the injected :class:`~desktop.state.Services`, and the workshop step it holds (its
state and counts show in the navigation, see :mod:`mcdm.project.progress`); every page follows
the protocol of :class:`desktop.views.base.Page`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from desktop.state import Services
    from desktop.views.base import Page

translate = QCoreApplication.translate


@dataclass(frozen=True)
class PageEntry:
    key: str
    title: Callable[[], str]
    build: Callable[[Services], Page]
    step: str | None = None


def _start(s: Services) -> Page:
    from desktop.views.start import StartPage
    return StartPage(s.context)


def _tree(s: Services) -> Page:
    from desktop.views.tree import TreePage
    return TreePage(s.context)


def _panel(s: Services) -> Page:
    from desktop.views.panel import PanelPage
    return PanelPage(s.context, s.exporter)


def _pairwise(s: Services) -> Page:
    from desktop.views.pairwise import PairwisePage
    return PairwisePage(s.context)


def _group(s: Services) -> Page:
    from desktop.views.group import GroupPage
    return GroupPage(s.context)


def _discussion(s: Services) -> Page:
    from desktop.views.discussion import DiscussionPage
    return DiscussionPage(s.context)


def _scores(s: Services) -> Page:
    from desktop.views.scores import ScoresPage
    return ScoresPage(s.context, s.ranking)


def _results(s: Services) -> Page:
    from desktop.views.results import ResultsPage
    return ResultsPage(s.context, s.ranking)


def _overview(s: Services) -> Page:
    from desktop.views.overview import OverviewPage
    return OverviewPage(s.context)


def _sensitivity(s: Services) -> Page:
    from desktop.views.sensitivity import SensitivityPage
    return SensitivityPage(s.context, s.ranking)


def _montecarlo(s: Services) -> Page:
    from desktop.views.montecarlo import MonteCarloPage
    return MonteCarloPage(s.context, s.ranking, s.monte_carlo)


def _portfolio(s: Services) -> Page:
    from desktop.views.portfolio import PortfolioPage
    return PortfolioPage(s.context, s.monte_carlo, s.exporter)


PAGES: tuple[PageEntry, ...] = (
    PageEntry("start", lambda: translate("Navigation", "Start"), _start),
    PageEntry("tree", lambda: translate("Navigation", "Criteria tree"), _tree, "criteria"),
    PageEntry("panel", lambda: translate("Navigation", "Experts"), _panel, "panel"),
    PageEntry("pairwise", lambda: translate("Navigation", "Comparisons"), _pairwise,
              "comparisons"),
    PageEntry("group", lambda: translate("Navigation", "Group weights"), _group, "group"),
    PageEntry("discussion", lambda: translate("Navigation", "Discussion"), _discussion),
    PageEntry("scores", lambda: translate("Navigation", "Industries & scores"), _scores,
              "scores"),
    PageEntry("results", lambda: translate("Navigation", "Ranking"), _results, "ranking"),
    PageEntry("overview", lambda: translate("Navigation", "Overview"), _overview),
    PageEntry("sensitivity", lambda: translate("Navigation", "Sensitivity"), _sensitivity),
    PageEntry("montecarlo", lambda: translate("Navigation", "Monte Carlo"), _montecarlo),
    PageEntry("portfolio", lambda: translate("Navigation", "Portfolio"), _portfolio),
)

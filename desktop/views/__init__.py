"""Pages of the weighting workshop: criteria tree, panel, comparisons, group weights."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.main_window import MainWindow

def _tr(text: str) -> str:
    return QCoreApplication.translate("Navigation", text)

def register_pages(window: MainWindow, context: AppContext) -> None:
    """Add the workshop pages, in the order a facilitator goes through them."""
    from desktop.views.group import GroupPage
    from desktop.views.pairwise import PairwisePage
    from desktop.views.panel import PanelPage
    from desktop.views.tree import TreePage

    window.add_page("tree", lambda: _tr("Criteria tree"), TreePage(context))
    window.add_page("panel", lambda: _tr("Experts"), PanelPage(context))
    window.add_page("pairwise", lambda: _tr("Comparisons"), PairwisePage(context))
    window.add_page("group", lambda: _tr("Group weights"), GroupPage(context))

"""Pages of the weighting workshop: criteria tree, panel, comparisons, group weights."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.main_window import MainWindow

def register_pages(window: MainWindow, context: AppContext) -> None:
    """Add the workshop pages, in the order a facilitator goes through them."""
    from desktop.views.group import GroupPage
    from desktop.views.pairwise import PairwisePage
    from desktop.views.panel import PanelPage
    from desktop.views.tree import TreePage

    translate = QCoreApplication.translate
    window.add_page("tree", lambda: translate("Navigation", "Criteria tree"), TreePage(context))
    window.add_page("panel", lambda: translate("Navigation", "Experts"), PanelPage(context))
    window.add_page("pairwise", lambda: translate("Navigation", "Comparisons"),
                    PairwisePage(context))
    window.add_page("group", lambda: translate("Navigation", "Group weights"), GroupPage(context))

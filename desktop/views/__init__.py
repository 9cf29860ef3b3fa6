"""Pages of the weighting workshop: criteria tree, panel, comparisons, group weights."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.main_window import MainWindow


def register_pages(window: MainWindow, context: AppContext) -> None:
    """Add the workshop pages, in the order a facilitator goes through them."""

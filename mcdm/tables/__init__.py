"""A :class:`~mcdm.project.result.ProjectResult` as plain labelled tables (:mod:`.view`), built by
one adapter (:func:`view_of`) that the results workbook, the command line and the report read."""

from mcdm.tables.adapter import view_of
from mcdm.tables.view import ExpertBlock, IndustryView, NodeView, ResultsView

__all__ = ["ExpertBlock", "IndustryView", "NodeView", "ResultsView", "view_of"]

"""The audit-ready results workbook: the sheets (:mod:`.sheets`, :mod:`.analysis`), TOPSIS as
live formulas (:mod:`.topsis`), assembled by :mod:`.workbook` from the labelled tables of
:mod:`mcdm.tables`."""

from mcdm.excel.report.workbook import write_results

__all__ = ["write_results"]

"""The report a planner can publish: a Word document (or the same as PDF) from one result.

:func:`write_report` evaluates nothing itself: it reads the :class:`ProjectResult` (evaluated with
``sensitivity=True`` for the stability sections, and with ``monte_carlo=`` for the Monte Carlo
ones), builds the content once (:mod:`.content`, :mod:`.industry`) and writes it with
python-docx (:mod:`.docx_writer`) or matplotlib's PDF backend (:mod:`.pdf_writer`). Words are
in :mod:`.words`; figures come from :mod:`mcdm.figures`.
"""

from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path

__all__ = ["FORMATS", "build_report", "write_report"]

FORMATS = ("docx", "pdf")


def build_report(result, lang: str, *, today: _dt.date | None = None):
    """The report's content (:class:`~mcdm.report.document.Report`) without writing it."""
    from mcdm.report.content import build

    return build(result, lang, today=today)


def write_report(result, path, *, lang: str | None = None, fmt: str | None = None,
                 today: _dt.date | None = None, progress=None) -> Path:
    """Write the report of ``result`` to ``path`` as .docx or .pdf (``fmt``, else the suffix).

    ``lang`` defaults to the project's language. The file appears whole or not at all (written
    beside it, then renamed). ``progress(done, total)`` is called as figures are drawn.
    """
    from mcdm.errors import Location
    from mcdm.project.model import ProjectError

    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".") or "docx").lower()
    if fmt not in FORMATS:
        raise ProjectError("report.format", f"report format {fmt!r}",
                           location=Location(file=str(path)), expected="docx or pdf",
                           params={"format": fmt})
    report = build_report(result, lang or result.settings.language, today=today)
    tmp = path.with_name(path.name + ".part")
    try:
        if fmt == "docx":
            from mcdm.report.docx_writer import write_docx

            write_docx(report, tmp, progress=progress)
        else:
            from mcdm.report.pdf_writer import write_pdf

            write_pdf(report, tmp, progress=progress)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path

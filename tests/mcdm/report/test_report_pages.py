"""The report as pages: the Word file converted by LibreOffice, and the PDF written without it —
page counts, every figure placed on a page with its caption, fonts embedded."""

import re
import subprocess

import pytest

from mcdm.report import write_report
from tests.support.recalc import convert

from .conftest import DAY


def _pages(pdf) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", out.stdout).group(1))


def _images(pdf) -> list[int]:
    """The page of every image in the PDF (pdfimages -list), soft masks left out."""
    out = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                         check=True).stdout.splitlines()[2:]
    return [int(line.split()[0]) for line in out if line.split()[2] == "image"]


def _page_text(pdf, page: int) -> str:
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf),
                           "-"], capture_output=True, text=True, check=True).stdout


def _check_figures_on_pages(pdf, report, caption):
    pages = _images(pdf)
    assert len(pages) == report.figures
    for k, page in enumerate(pages, start=1):
        # The caption is on the image's page (or, at worst, the top of the next one).
        text = _page_text(pdf, page) + _page_text(pdf, min(page + 1, _pages(pdf)))
        assert re.search(caption.format(k=k), text.replace(" ", "")), (k, page)


def test_word_report_converts_with_libreoffice_and_every_figure_is_on_a_page(written, tmp_path):
    report, path = written
    pdf = convert(path, tmp_path, "pdf")
    pages = _pages(pdf)
    # Title page, method, panel, weights, eight industries with tables and figures, appendix.
    assert 15 <= pages <= 60
    zh = path.stem.endswith("zh")
    _check_figures_on_pages(pdf, report, r"图{k}(?!\d)" if zh else r"Figure{k}\.")
    # Header words are never broken inside: the method comparison's columns fit their names.
    words = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.split()
    for name in ("PROMETHEE", "WASPAS", "COPRAS", "SPOTIS", "TOPSIS", "VIKOR"):
        assert name in words
        assert not [w for w in words if w != name and len(w) >= 3 and name.startswith(w)
                    and w.isupper()], name


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_pdf_report_is_written_without_libreoffice(mc_result, tmp_path, lang):
    from mcdm.report import build_report

    pdf = write_report(mc_result, tmp_path / f"r.{lang}.pdf", lang=lang, today=DAY)
    report = build_report(mc_result, lang, today=DAY)
    assert 15 <= _pages(pdf) <= 60
    _check_figures_on_pages(pdf, report, r"图{k}(?!\d)" if lang == "zh" else r"Figure{k}\.")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    assert "NotoSansCJK" in fonts  # embedded: the PDF reads the same everywhere
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    for ind in mc_result.project.industries:
        assert ind.label.get(lang) in text.replace("\n", "")


def test_an_unknown_format_writes_nothing(mc_result, tmp_path):
    from mcdm.errors import MCDMError

    with pytest.raises(MCDMError) as info:
        write_report(mc_result, tmp_path / "r.odt")
    assert info.value.code == "report.format"
    assert list(tmp_path.iterdir()) == []

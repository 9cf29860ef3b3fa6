"""The Word report of the sample: every section, table and figure, the engine's numbers, fonts,
captions, repeated header rows, page numbers (opened with python-docx)."""

import re

import docx
import numpy as np
import pytest
from docx.oxml.ns import qn

from mcdm.report.document import Figure, Table

SECTIONS = {"zh": ["1　方法", "2　专家组", "3　群组权重", "4　各产业重点发展方向排序",
                   "附录　完整数据表", "参考文献"],
            "en": ["1 Method", "2 The panel", "3 Group weights",
                   "4 Ranking of priority directions by industry", "Appendix: full tables",
                   "References"]}


def _lang(path):
    return "zh" if path.stem.endswith("zh") else "en"


def test_every_section_and_industry_has_its_heading(written):
    report, path = written
    lang = _lang(path)
    doc = docx.Document(path)
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    for title in SECTIONS[lang]:
        assert title in headings
    project = __import__("mcdm.project.sample", fromlist=["x"]).sample_project()
    for k, ind in enumerate(project.industries, start=1):
        sep = "　" if lang == "zh" else " "
        assert f"4.{k}{sep}{ind.label.get(lang)}" in headings


def test_tables_and_figures_are_all_there_and_numbered_in_order(written):
    report, path = written
    lang = _lang(path)
    doc = docx.Document(path)
    n_tables = sum(isinstance(b, Table) for b in report.blocks)
    n_figures = sum(isinstance(b, Figure) for b in report.blocks)
    assert len(doc.tables) == n_tables == report.tables >= 10
    assert len(doc.inline_shapes) == n_figures == report.figures >= 8 + 8  # ranking + MC each
    captions = [p.text for p in doc.paragraphs if p.style.name == "Caption"]
    word_t, word_f = ("表", "图") if lang == "zh" else ("Table ", "Figure ")
    tables = [int(re.match(rf"{word_t}(\d+)", c).group(1)) for c in captions
              if c.startswith(word_t)]
    figures = [int(re.match(rf"{word_f}(\d+)", c).group(1)) for c in captions
               if c.startswith(word_f)]
    assert tables == list(range(1, n_tables + 1))
    assert figures == list(range(1, n_figures + 1))


def test_ranking_tables_hold_the_engines_numbers(written, mc_result):
    report, path = written
    doc = docx.Document(path)
    by_caption = {b.caption: i for i, b in enumerate(b for b in report.blocks
                                                     if isinstance(b, Table))}
    lang = _lang(path)
    for ir in mc_result.industries:
        label = mc_result.project.industry(ir.industry_id).label.get(lang)
        caption = f"{label}：排序结果" if lang == "zh" else f"{label}: ranking"
        table = doc.tables[by_caption[caption]]
        rows = [[c.text for c in r.cells] for r in table.rows[1:]]
        steps = ir.topsis.steps
        for (d, c, rank), row in zip(ir.ranking(), rows, strict=True):
            i = ir.direction_ids.index(d)
            assert row[0] == str(rank)
            assert float(row[2]) == pytest.approx(c, abs=5e-5)
            assert float(row[3]) == pytest.approx(steps.d_plus[i], abs=5e-5)
            assert float(row[4]) == pytest.approx(steps.d_minus[i], abs=5e-5)


def test_monte_carlo_tables_hold_the_runs_probabilities(written, mc_result):
    report, path = written
    doc = docx.Document(path)
    tables = [b for b in report.blocks if isinstance(b, Table)]
    ir = mc_result.industry("nev")
    label = mc_result.project.industry("nev").label.get(_lang(path))
    k = next(i for i, t in enumerate(tables) if t.caption.startswith(label) and
             ("前3名" in t.caption or "top-3" in t.caption))
    shown = [float(r.cells[1].text.rstrip("%")) / 100 for r in doc.tables[k].rows[1:]]
    order = [ir.direction_ids.index(d) for d, _, _ in ir.ranking()]
    np.testing.assert_allclose(shown, ir.monte_carlo.top_k[0][order], atol=5e-4)


def test_the_inconsistent_expert_is_marked(written):
    report, path = written
    doc = docx.Document(path)
    tables = [b for b in report.blocks if isinstance(b, Table)]
    k = next(i for i, t in enumerate(tables) if t.flags)
    cells = [c for r in doc.tables[k].rows for c in r.cells]
    marked = [c for c in cells if "✗" in c.text]
    assert marked  # expert D's CR 1.057 and GCI 2.791 at the principles node
    assert any("2.791" in c.text for c in marked)
    shading = marked[0]._tc.tcPr.find(qn("w:shd"))
    assert shading is not None
    assert shading.get(qn("w:fill")) == "F8CBAD"


def test_every_run_names_an_east_asian_font_and_headers_repeat(written):
    _, path = written
    doc = docx.Document(path)
    runs = [r for p in doc.paragraphs for r in p.runs if r.text.strip()]
    runs += [r for t in doc.tables for row in t.rows for c in row.cells
             for p in c.paragraphs for r in p.runs if r.text.strip()]
    for r in runs:
        fonts = r._r.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == "Noto Sans CJK SC"
    for t in doc.tables:
        assert t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_title_page_notice_and_page_numbers(written):
    _, path = written
    lang = _lang(path)
    doc = docx.Document(path)
    text = "\n".join(p.text for p in doc.paragraphs[:12])
    assert ("示例数据，仅供演示" if lang == "zh" else "Illustrative data") in text
    assert "2026-05-04" in text
    footer = doc.sections[0].footer._element.xml
    assert "PAGE" in footer
    assert 'w:fldCharType="begin"' in footer

"""The report's tables, written whole as WordprocessingML (mcdm.report.docx_table): cell text as
python-docx itself writes a run (the independent implementation), cell properties in the
schema's order, the rules of the three-rule style, flagged cells."""

import docx
import pytest
from docx.oxml.ns import qn

from mcdm.report.document import Table
from mcdm.report.docx_style import RED
from mcdm.report.docx_table import add_table

# The sequence of CT_TcPrBase in ECMA-376 Part 1's wml.xsd (python-docx's CT_TcPr lists the same).
TCPR_ORDER = ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap",
              "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark")
AWKWARD = ("a\tb", "line 1\nline 2", "  leading", "trailing  ", "x & y < z > w", "",
           "核心元器件（以高端通用芯片为主）", "\r")


def _written(table: Table, lang: str = "zh"):
    doc = docx.Document()
    add_table(doc, table, lang)
    return doc.tables[-1]


def _content(r):
    """A run's children other than its properties: (tag, text, xml:space)."""
    return [(el.tag, el.text, el.get(qn("xml:space"))) for el in r if el.tag != qn("w:rPr")]


@pytest.mark.parametrize("text", AWKWARD)
def test_cell_text_is_written_as_python_docx_writes_a_run(text):
    table = _written(Table(1, "T", ("h1", "h2"), (("x", text),)))
    cell_run = table.cell(1, 1).paragraphs[0]._p.r_lst[0]
    reference = docx.Document().add_paragraph().add_run(text)._r
    assert _content(cell_run) == _content(reference)
    assert table.cell(1, 1).text == docx.Document().add_paragraph(text).text


def test_cell_properties_follow_the_schemas_order():
    t = Table(1, "T", ("a", "b", "c"), (("1", "2", "3"), ("4", "5", "6")),
              flags=frozenset({(0, 1), (1, 2)}))
    tcprs = list(_written(t)._tbl.iter(qn("w:tcPr")))
    assert len(tcprs) == 9
    for tcpr in tcprs:
        tags = [TCPR_ORDER.index(el.tag.replace(qn("w:"), "")) for el in tcpr]
        assert tags == sorted(tags)


def _rules(cell):
    borders = cell._tc.tcPr.find(qn("w:tcBorders"))
    if borders is None:
        return []
    return [(el.tag.replace(qn("w:"), ""), el.get(qn("w:sz"))) for el in borders]


def test_three_rules_header_band_and_flagged_cells():
    t = Table(1, "T", ("a", "b"), (("1", "2"), ("3", "4")), flags=frozenset({(1, 0)}))
    table = _written(t)
    assert [_rules(c) for c in table.rows[0].cells] == [[("top", "12"), ("bottom", "6")]] * 2
    assert [_rules(c) for c in table.rows[1].cells] == [[], []]
    assert [_rules(c) for c in table.rows[2].cells] == [[("bottom", "12")]] * 2
    fills = [[(c._tc.tcPr.find(qn("w:shd")).get(qn("w:fill"))
               if c._tc.tcPr.find(qn("w:shd")) is not None else None) for c in row.cells]
             for row in table.rows]
    assert fills == [["DDEBF7", "DDEBF7"], [None, None], ["F8CBAD", None]]
    flagged = table.cell(2, 0).paragraphs[0].runs[0]
    assert flagged.bold
    assert flagged.font.color.rgb == RED
    assert not table.cell(2, 1).paragraphs[0].runs[0].bold


def test_a_header_only_table_has_one_rule_below():
    table = _written(Table(1, "T", ("a", "b"), ()))
    assert [_rules(c) for c in table.rows[0].cells] == [[("top", "12"), ("bottom", "12")]] * 2


def test_grid_and_cell_widths_agree_and_fill_the_text_width():
    t = Table(1, "T", ("a", "b", "c"), (("1", "2", "3"),), widths=(2.0, 1.0, 1.0))
    table = _written(t, "en")
    grid = [int(g.get(qn("w:w"))) for g in table._tbl.tblGrid.iter(qn("w:gridCol"))]
    for row in table.rows:
        assert [c.width.twips for c in row.cells] == grid
    assert grid[0] == pytest.approx(2 * grid[1], abs=1)
    assert sum(grid) == pytest.approx(16.0 / 2.54 * 1440, abs=3)  # 16 cm of text width

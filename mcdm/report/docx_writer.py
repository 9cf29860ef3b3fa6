"""Write a :class:`~mcdm.report.document.Report` as a Word document (python-docx).

A4 portrait; headings kept with the next paragraph; tables in a clean three-rule style with the
header row repeated on every page and each caption kept with its table; figures as 200-dpi PNGs
with the caption kept with the picture; page numbers from a PAGE field in the footer. Every run
names an East Asian font (``w:eastAsia``): Noto Sans CJK SC, with Microsoft YaHei as its
alternative (``w:altName``) in the font table for Word where Noto is not installed.
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from mcdm.report.document import Figure, Heading, PageBreak, Paragraph, Report, Table
from mcdm.report.words import word

# Noto Sans CJK SC (Debian's fonts-noto-cjk; LibreOffice would otherwise pick the Japanese
# variant's glyph forms), with Microsoft YaHei as its w:altName for Word on Windows.
EAST_ASIA = "Noto Sans CJK SC"
EAST_ASIA_FALLBACK = "Microsoft YaHei"
LATIN = {"zh": "Noto Sans CJK SC", "en": "Calibri"}
BLUE = RGBColor(0x1F, 0x4E, 0x78)
GREY = RGBColor(0x59, 0x59, 0x59)
RED = RGBColor(0x9C, 0x00, 0x06)
TEXT_WIDTH_CM = 16.0
FIGURE_DPI = 200


def _fonts(rpr_owner, latin: str) -> None:
    """Set the Latin and East Asian fonts of a run or style (python-docx sets only Latin)."""
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr, value in (("w:ascii", latin), ("w:hAnsi", latin), ("w:eastAsia", EAST_ASIA),
                        ("w:cs", latin)):
        fonts.set(qn(attr), value)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")


def _font_table_fallback(doc) -> None:
    """Name Noto Sans CJK SC as the alternative of the East Asian font (w:altName)."""
    for part in doc.part.package.iter_parts():
        if str(part.partname) == "/word/fontTable.xml":
            from lxml import etree

            root = etree.fromstring(part.blob)
            font = etree.SubElement(root, qn("w:font"), {qn("w:name"): EAST_ASIA})
            etree.SubElement(font, qn("w:altName"), {qn("w:val"): EAST_ASIA_FALLBACK})
            etree.SubElement(font, qn("w:charset"), {qn("w:val"): "86"})
            etree.SubElement(font, qn("w:family"), {qn("w:val"): "swiss"})
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                        standalone=True)


def _styles(doc, lang: str) -> None:
    latin = LATIN[lang]
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.size = Pt(10.5)
    _fonts(normal.element, latin)
    pf = normal.paragraph_format
    pf.space_after = Pt(6)
    pf.line_spacing = 1.25
    for name, size in (("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11), ("Title", 26),
                       ("Caption", 9.5)):
        st = styles[name]
        st.font.size = Pt(size)
        st.font.bold = name != "Caption"
        st.font.italic = False
        st.font.color.rgb = BLUE if name != "Caption" else GREY
        _fonts(st.element, latin)
        st.paragraph_format.keep_with_next = True
        if name.startswith("Heading"):
            st.paragraph_format.space_before = Pt(14 if name == "Heading 1" else 10)
            st.paragraph_format.space_after = Pt(6)


def _page_setup(doc, lang: str) -> None:
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.3), Cm(2.3)
    # Page numbers: "第 N 页" / "Page N" with a PAGE field, centred in the footer.
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, after = word("page", lang, page="\0").split("\0")
    _run(p, before, lang, size=9, color=GREY)
    run = p.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "1"),
                       ("end", None)):
        if kind is not None:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text == "PAGE":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = " PAGE "
            run._r.append(el)
        else:
            el = OxmlElement("w:t")
            el.text = text
            run._r.append(el)
    run.font.size = Pt(9)
    _fonts(run._r, LATIN[lang])
    _run(p, after, lang, size=9, color=GREY)


def _run(paragraph, text: str, lang: str, *, size=None, bold=False, color=None):
    run = paragraph.add_run(text)
    if size:
        run.font.size = Pt(size)
    run.font.bold = bold or None
    if color is not None:
        run.font.color.rgb = color
    _fonts(run._r, LATIN[lang])
    return run


def _paragraph(doc, block: Paragraph, lang: str) -> None:
    if block.style == "title":
        p = doc.add_paragraph(style="Title")
        p.paragraph_format.space_before = Pt(120)
        _run(p, block.text, lang, size=26, bold=True, color=BLUE)
        return
    p = doc.add_paragraph()
    if block.style == "subtitle":
        p.paragraph_format.space_after = Pt(18)
        _run(p, block.text, lang, size=15, bold=True)
    elif block.style == "meta":
        _run(p, block.text, lang, size=11, color=GREY)
    elif block.style == "notice":
        p.paragraph_format.space_before = Pt(24)
        _run(p, block.text, lang, size=11, bold=True, color=RED)
    elif block.style == "note":
        _run(p, block.text, lang, size=9.5, color=GREY)
    elif block.style == "reference":
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        _run(p, block.text, lang, size=9.5)
    else:
        if lang == "zh":
            p.paragraph_format.first_line_indent = Pt(21)  # two characters
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        _run(p, block.text, lang)


def _border(cell, edge: str, size: int = 8, colour: str = "404040") -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    borders = tcpr.find(qn("w:tcBorders"))
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        tcpr.append(borders)
    el = OxmlElement(f"w:{edge}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(size))
    el.set(qn("w:color"), colour)
    borders.append(el)


def _shade(cell, fill: str) -> None:
    el = OxmlElement("w:shd")
    el.set(qn("w:val"), "clear")
    el.set(qn("w:color"), "auto")
    el.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(el)


def _table(doc, t: Table, lang: str) -> None:
    cap = doc.add_paragraph(style="Caption")
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(cap, word("caption_table", lang, n=t.number, text=t.caption), lang, size=9.5,
         bold=True, color=GREY)
    n_cols = len(t.header)
    table = doc.add_table(rows=1 + len(t.rows), cols=n_cols)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = t.widths or (2.0,) + (1.0,) * (n_cols - 1)
    total = sum(widths)
    # The grid's widths (LibreOffice lays out by them) and the cells' (Word does).
    for c, col in enumerate(table.columns):
        col.width = Cm(TEXT_WIDTH_CM * widths[c] / total)
    # A short table stays on one page with its caption; a long one keeps its caption, header and
    # first rows together and may break after them.
    together = len(t.rows) if len(t.rows) <= 12 else 2
    align = t.align or "l" + "r" * (n_cols - 1)
    size = 9 if n_cols <= 6 else 8 if n_cols <= 9 else 7
    for r, values in enumerate((t.header, *t.rows)):
        row = table.rows[r]
        if r == 0:
            # Repeated at the top of every page the table runs onto.
            trpr = row._tr.get_or_add_trPr()
            el = OxmlElement("w:tblHeader")
            trpr.append(el)
        cant_split = OxmlElement("w:cantSplit")
        row._tr.get_or_add_trPr().append(cant_split)
        for c, text in enumerate(values):
            cell = row.cells[c]
            cell.width = Cm(TEXT_WIDTH_CM * widths[c] / total)
            p = cell.paragraphs[0]
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.line_spacing = 1.0
            p.paragraph_format.keep_with_next = r < together
            p.alignment = (WD_ALIGN_PARAGRAPH.CENTER if r == 0 else
                           WD_ALIGN_PARAGRAPH.RIGHT if align[c] == "r" else
                           WD_ALIGN_PARAGRAPH.LEFT)
            flagged = r > 0 and (r - 1, c) in t.flags
            _run(p, text, lang, size=size, bold=r == 0 or flagged,
                 color=RED if flagged else None)
            if flagged:
                _shade(cell, "F8CBAD")
            if r == 0:
                _shade(cell, "DDEBF7")
                _border(cell, "top", 12)
                _border(cell, "bottom", 6)
            if r == len(t.rows):
                _border(cell, "bottom", 12)
    if t.note:
        p = doc.add_paragraph()
        _run(p, t.note, lang, size=8.5, color=GREY)
    else:
        doc.add_paragraph().paragraph_format.space_after = Pt(2)


def _figure(doc, f: Figure, lang: str) -> None:
    fig = f.make()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=FIGURE_DPI, pil_kwargs={"compress_level": 1})
    width_in = fig.get_figwidth()
    buf.seek(0)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.keep_with_next = True  # the caption below stays with its picture
    p.paragraph_format.line_spacing = 1.0
    p.add_run().add_picture(buf, width=Cm(min(TEXT_WIDTH_CM, width_in * 2.54)))
    cap = doc.add_paragraph(style="Caption")
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cap.paragraph_format.keep_with_next = False
    _run(cap, word("caption_figure", lang, n=f.number, text=f.caption), lang, size=9.5,
         bold=True, color=GREY)


def write_docx(report: Report, path, *, progress=None) -> None:
    """Write ``report`` to ``path`` (.docx). ``progress(done, total)`` after each figure."""
    lang = report.lang
    doc = Document()
    _styles(doc, lang)
    _page_setup(doc, lang)
    _font_table_fallback(doc)
    doc.core_properties.title = report.title
    doc.core_properties.author = word("made_by", lang)
    doc.core_properties.language = "zh-CN" if lang == "zh" else "en-GB"
    done = 0
    for block in report.blocks:
        if isinstance(block, Heading):
            h = doc.add_heading(level=block.level)
            _run(h, block.text, lang)
        elif isinstance(block, Paragraph):
            _paragraph(doc, block, lang)
        elif isinstance(block, Table):
            _table(doc, block, lang)
        elif isinstance(block, Figure):
            _figure(doc, block, lang)
            done += 1
            if progress is not None:
                progress(done, report.figures)
        elif isinstance(block, PageBreak):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(path)

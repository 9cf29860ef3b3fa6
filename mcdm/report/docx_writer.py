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
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from mcdm.report.document import Figure, Heading, PageBreak, Paragraph, Report, Table
from mcdm.report.docx_style import (
    BLUE,
    EAST_ASIA,
    EAST_ASIA_FALLBACK,
    GREY,
    LATIN,
    RED,
    TEXT_WIDTH_CM,
    add_run,
    set_fonts,
    styled_paragraph,
)
from mcdm.report.docx_table import add_table
from mcdm.report.words import word

FIGURE_DPI = 200


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
    set_fonts(normal.element, latin)
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
        set_fonts(st.element, latin)
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
    add_run(p, before, lang, size=9, color=GREY)
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
    set_fonts(run._r, LATIN[lang])
    add_run(p, after, lang, size=9, color=GREY)


def _paragraph(doc, block: Paragraph, lang: str) -> None:
    if block.style == "title":
        p = styled_paragraph(doc, "Title")
        p.paragraph_format.space_before = Pt(120)
        add_run(p, block.text, lang, size=26, bold=True, color=BLUE)
        return
    p = doc.add_paragraph()
    if block.style == "subtitle":
        p.paragraph_format.space_after = Pt(18)
        add_run(p, block.text, lang, size=15, bold=True)
    elif block.style == "meta":
        add_run(p, block.text, lang, size=11, color=GREY)
    elif block.style == "notice":
        p.paragraph_format.space_before = Pt(24)
        add_run(p, block.text, lang, size=11, bold=True, color=RED)
    elif block.style == "note":
        add_run(p, block.text, lang, size=9.5, color=GREY)
    elif block.style == "reference":
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        add_run(p, block.text, lang, size=9.5)
    else:
        if lang == "zh":
            p.paragraph_format.first_line_indent = Pt(21)  # two characters
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        add_run(p, block.text, lang)


def _png(fig, dpi: int) -> io.BytesIO:
    """A report figure (on an Agg canvas of its own) as PNG at ``dpi``, drawn in one pass.

    ``savefig`` draws a figure twice: a dry pass that runs the layout and measures every artist,
    then the pixels. ``canvas.draw`` runs the layout and draws the pixels at once; the bytes are
    encoded as ``savefig`` encodes them (``imsave``), zlib level 1 (half the time of the
    default for about a third more bytes).
    """
    from matplotlib.image import imsave

    fig.set_dpi(dpi)
    fig.canvas.draw()
    buf = io.BytesIO()
    imsave(buf, fig.canvas.buffer_rgba(), format="png", dpi=dpi,
           pil_kwargs={"compress_level": 1})
    buf.seek(0)
    return buf


def _figure(doc, f: Figure, lang: str) -> None:
    fig = f.make()
    width_in = fig.get_figwidth()
    buf = _png(fig, FIGURE_DPI)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.keep_with_next = True  # the caption below stays with its picture
    p.paragraph_format.line_spacing = 1.0
    p.add_run().add_picture(buf, width=Cm(min(TEXT_WIDTH_CM, width_in * 2.54)))
    cap = styled_paragraph(doc, "Caption")
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cap.paragraph_format.keep_with_next = False
    add_run(cap, word("caption_figure", lang, n=f.number, text=f.caption), lang, size=9.5,
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
            h = styled_paragraph(doc, f"Heading {block.level}")
            add_run(h, block.text, lang)
        elif isinstance(block, Paragraph):
            _paragraph(doc, block, lang)
        elif isinstance(block, Table):
            add_table(doc, block, lang)
        elif isinstance(block, Figure):
            _figure(doc, block, lang)
            done += 1
            if progress is not None:
                progress(done, report.figures)
        elif isinstance(block, PageBreak):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(path)

"""The Word report's fonts and colours, and a run of text that names them (shared by the writer,
:mod:`.docx_writer`, and its tables, :mod:`.docx_table`).

Every run names an East Asian font (``w:eastAsia``): python-docx sets only the Latin ones.
"""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

# Noto Sans CJK SC (Debian's fonts-noto-cjk; LibreOffice would otherwise pick the Japanese
# variant's glyph forms), with Microsoft YaHei as its w:altName for Word on Windows.
EAST_ASIA = "Noto Sans CJK SC"
EAST_ASIA_FALLBACK = "Microsoft YaHei"
LATIN = {"zh": "Noto Sans CJK SC", "en": "Calibri"}
BLUE = RGBColor(0x1F, 0x4E, 0x78)
GREY = RGBColor(0x59, 0x59, 0x59)
RED = RGBColor(0x9C, 0x00, 0x06)
TEXT_WIDTH_CM = 16.0


def set_fonts(rpr_owner, latin: str) -> None:
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


def styled_paragraph(doc, style: str):
    """``doc.add_paragraph(style=style)`` with the style's id looked up once per document:
    python-docx finds a style by its name on every call by scanning every style (about 0.6 ms;
    the report has a hundred captions and headings)."""
    ids = doc.__dict__.setdefault("_fourchains_style_ids", {})  # as the workbook's style cache
    if style not in ids:
        ids[style] = doc.part.get_style_id(style, WD_STYLE_TYPE.PARAGRAPH)
    p = doc.add_paragraph()
    if ids[style] is not None:  # None: the default style, which a paragraph does not name
        p._p.style = ids[style]
    return p


def add_run(paragraph, text: str, lang: str, *, size=None, bold=False, color=None):
    """A run of ``text`` in the report's fonts, at ``size`` points, bold, in ``color``."""
    run = paragraph.add_run(text)
    if size:
        run.font.size = Pt(size)
    run.font.bold = bold or None
    if color is not None:
        run.font.color.rgb = color
    set_fonts(run._r, LATIN[lang])
    return run


def run_properties_xml(lang: str, *, size: float, bold: bool = False, color=None) -> str:
    """The ``w:rPr`` that :func:`add_run` gives a run, as XML text (for tables built whole)."""
    latin = LATIN[lang]
    return (f'<w:rPr><w:rFonts w:ascii="{latin}" w:hAnsi="{latin}" w:eastAsia="{EAST_ASIA}" '
            f'w:cs="{latin}"/>' + ("<w:b/>" if bold else "")
            + (f'<w:color w:val="{color}"/>' if color is not None else "")
            + f'<w:sz w:val="{int(Pt(size).pt * 2)}"/><w:lang w:eastAsia="zh-CN"/></w:rPr>')

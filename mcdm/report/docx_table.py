"""A numbered table of the Word report: caption, a clean three-rule table whose header row repeats
on every page, and the note under it.

The rows are written as WordprocessingML text and parsed once per table. python-docx builds a
table one cell at a time, and each step searches the XML built so far (``table.rows[r].cells``
walks the row, every property finds its place in the schema by scanning its siblings): for the
sample's 50 tables, about 2,700 cells, that took most of a second; written whole, the same XML
takes a few hundredths. The caption, the note and the table's own properties still go through
python-docx.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

from mcdm.report.document import Table
from mcdm.report.docx_style import (
    GREY,
    RED,
    TEXT_WIDTH_CM,
    add_run,
    run_properties_xml,
    styled_paragraph,
)
from mcdm.report.words import word

HEADER_FILL = "DDEBF7"
FLAG_FILL = "F8CBAD"
RULE = "404040"


def add_table(doc, t: Table, lang: str) -> None:
    """Append ``t`` to ``doc``: its caption, the table, and its note (or a small gap)."""
    cap = styled_paragraph(doc, "Caption")
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(cap, word("caption_table", lang, n=t.number, text=t.caption), lang, size=9.5,
            bold=True, color=GREY)
    n_cols = len(t.header)
    table = doc.add_table(rows=0, cols=n_cols)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = t.widths or (2.0,) + (1.0,) * (n_cols - 1)
    cm = fit_header_words([TEXT_WIDTH_CM * w / sum(widths) for w in widths], t.header,
                          font_size(n_cols))
    lengths = [Cm(c) for c in cm]
    # The grid's widths (LibreOffice lays out by them) and the cells' (Word does).
    for col, length in zip(table.columns, lengths, strict=True):
        col.width = length
    rows = _Rows(t, lang, [length.twips for length in lengths])
    holder = parse_xml(f"<w:tbl {nsdecls('w')}>{rows.xml()}</w:tbl>")
    table._tbl.extend(list(holder))
    if t.note:
        add_run(doc.add_paragraph(), t.note, lang, size=8.5, color=GREY)
    else:
        doc.add_paragraph().paragraph_format.space_after = Pt(2)


def font_size(n_cols: int) -> float:
    """The table's text size in points: smaller as columns are added."""
    return 9 if n_cols <= 6 else 8 if n_cols <= 9 else 7


# A header word's width: bold capitals run wider than the average Latin letter the em estimate
# assumes; the cell's left and right margins (Word's default 0.19 cm each) come on top.
HEADER_WORD_SLACK = 1.5
CELL_MARGINS_CM = 0.45
CM_PER_PT = 2.54 / 72


def fit_header_words(widths_cm: list[float], header, size_pt: float) -> list[float]:
    """Column widths (cm, same total) in which every word of the header fits on a line: Word
    and LibreOffice break a word that does not ("PROME THEE II"; Chinese breaks anywhere). Columns that need more take
    it from those with room to spare, in proportion to that room; if all together cannot fit,
    the widths stay as they were.

    >>> w = fit_header_words([4.0, 1.5, 1.5], ["Direction", "TOPSIS", "PROMETHEE II"], 8)
    >>> [round(x, 2) for x in w], round(sum(w), 9)
    ([2.61, 1.85, 2.55], 7.0)
    """
    from mcdm.figures.text import narrowest

    need = [CELL_MARGINS_CM + HEADER_WORD_SLACK * size_pt * CM_PER_PT * narrowest(str(h))
            for h in header]
    short = sum(max(0.0, n - w) for n, w in zip(need, widths_cm, strict=True))
    room = [max(0.0, w - n) for n, w in zip(need, widths_cm, strict=True)]
    if short == 0.0 or sum(room) < short:
        return list(widths_cm)
    give = short / sum(room)
    return [max(n, w - r * give) for n, w, r in zip(need, widths_cm, room, strict=True)]


class _Rows:
    """The ``w:tr`` elements of one table as XML text."""

    def __init__(self, t: Table, lang: str, twips: list[int]):
        n_cols = len(t.header)
        self.t = t
        self.twips = twips
        self.align = t.align or "l" + "r" * (n_cols - 1)
        # A short table stays on one page with its caption; a long one keeps its caption,
        # header and first rows together and may break after them.
        self.together = len(t.rows) if len(t.rows) <= 12 else 2
        size = font_size(n_cols)
        self.plain = run_properties_xml(lang, size=size)
        self.bold = run_properties_xml(lang, size=size, bold=True)
        self.flagged = run_properties_xml(lang, size=size, bold=True, color=RED)

    def xml(self) -> str:
        rows = (self.t.header, *self.t.rows)
        return "".join(self._row(r, values) for r, values in enumerate(rows))

    def _row(self, r: int, values) -> str:
        # The header row is repeated at the top of every page the table runs onto; no row is
        # split across pages.
        props = "<w:tblHeader/><w:cantSplit/>" if r == 0 else "<w:cantSplit/>"
        cells = "".join(self._cell(r, c, text) for c, text in enumerate(values))
        return f"<w:tr><w:trPr>{props}</w:trPr>{cells}</w:tr>"

    def _cell(self, r: int, c: int, text: str) -> str:
        flagged = r > 0 and (r - 1, c) in self.t.flags
        last = r == len(self.t.rows)
        # In the order of the schema's CT_TcPr sequence (tcW, tcBorders, shd), which Word
        # expects. Rules above and below the header row and below the last row.
        props = f'<w:tcW w:type="dxa" w:w="{self.twips[c]}"/>'
        if r == 0:
            props += f'<w:tcBorders>{_rule("top", 12)}{_rule("bottom", 12 if last else 6)}'
            props += f"</w:tcBorders>{_shade(HEADER_FILL)}"
        elif last:
            props += f'<w:tcBorders>{_rule("bottom", 12)}</w:tcBorders>'
        if flagged:
            props += _shade(FLAG_FILL)
        keep = "<w:keepNext/>" if r < self.together else '<w:keepNext w:val="0"/>'
        align = "center" if r == 0 else "right" if self.align[c] == "r" else "left"
        run = self.flagged if flagged else self.bold if r == 0 else self.plain
        return (f"<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:pPr>{keep}"
                f'<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="{align}"/>'
                f"</w:pPr><w:r>{run}{_content(text)}</w:r></w:p></w:tc>")


def _shade(fill: str) -> str:
    return f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'


def _rule(edge: str, size: int) -> str:
    return f'<w:{edge} w:val="single" w:sz="{size}" w:color="{RULE}"/>'


def _content(text: str) -> str:
    """A run's content as python-docx writes it: ``w:t`` pieces (spaces kept where they lead or
    trail), a tab as ``w:tab``, a line break as ``w:br``."""
    out = []
    for piece in re.split(r"([\t\r\n])", text):
        if piece == "\t":
            out.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            out.append("<w:br/>")
        elif piece:
            space = ' xml:space="preserve"' if len(piece.strip()) < len(piece) else ""
            out.append(f"<w:t{space}>{escape(piece)}</w:t>")
    return "".join(out)

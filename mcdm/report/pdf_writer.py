"""Write a :class:`~mcdm.report.document.Report` as PDF with matplotlib's PDF backend — the same
content as the Word document, without LibreOffice or Qt.

Why matplotlib and not reportlab: the figures are matplotlib already, so one font stack (Noto
Sans CJK with per-glyph fallback, embedded as Type 3) and one text wrapper
(:mod:`mcdm.figures.text`) serve both; reportlab embeds TrueType only, and Noto CJK is CFF.
A small flow layout places the blocks on A4 pages: headings kept with what follows, tables with
their caption and repeated header rows, figures (200-dpi images) with their caption, a page
number at the foot of every page.
"""

from __future__ import annotations

from mcdm.figures.text import wrap
from mcdm.report.document import Figure, Heading, PageBreak, Paragraph, Report, Table
from mcdm.report.words import word

PAGE_W, PAGE_H = 8.27, 11.69  # A4, inches
LEFT, RIGHT, TOP, BOTTOM = 0.98, 0.98, 0.9, 0.9
WIDTH = PAGE_W - LEFT - RIGHT
BLUE, GREY, RED, BAND, FLAG = "#1F4E78", "#595959", "#9C0006", "#DDEBF7", "#F8CBAD"
SIZES = {"title": 26, "subtitle": 15, "meta": 11, "notice": 11, "note": 9.5, "reference": 9.5,
         "body": 10.5}
FIGURE_DPI = 200


def _em(pt: float, inches: float) -> float:
    # 0.93: room for the estimate's error (Latin widths vary around 0.55 em).
    return inches * 72 / pt * 0.93


class _Pages:
    """A cursor over A4 pages collected into a ``PdfPages``."""

    def __init__(self, pdf, lang: str) -> None:
        self.pdf, self.lang = pdf, lang
        self.page = None
        self.number = 0
        self.y = 0.0  # inches from the top

    def new(self) -> None:
        from matplotlib.figure import Figure as MplFigure

        self.flush()
        self.page = MplFigure(figsize=(PAGE_W, PAGE_H), dpi=FIGURE_DPI)
        self.number += 1
        self.y = TOP
        self.page.text(0.5, 0.45 / PAGE_H, word("page", self.lang, page=self.number),
                       ha="center", va="bottom", fontsize=9, color=GREY)

    def flush(self) -> None:
        if self.page is not None:
            self.pdf.savefig(self.page, dpi=FIGURE_DPI)
            self.page = None

    def room(self) -> float:
        return PAGE_H - BOTTOM - self.y

    def need(self, height: float) -> None:
        if self.page is None or (height > self.room() and self.y > TOP + 0.01):
            self.new()

    def text(self, x: float, text: str, size: float, **kw) -> None:
        self.page.text(x / PAGE_W, 1 - self.y / PAGE_H, text, fontsize=size, va="top",
                       ha=kw.pop("ha", "left"), **kw)

    def rect(self, x, y, w, h, colour) -> None:
        from matplotlib.patches import Rectangle

        self.page.add_artist(Rectangle((x / PAGE_W, 1 - (y + h) / PAGE_H), w / PAGE_W,
                                       h / PAGE_H, color=colour, lw=0,
                                       transform=self.page.transFigure))

    def rule(self, y, lw=0.8) -> None:
        from matplotlib.lines import Line2D

        self.page.add_artist(Line2D([LEFT / PAGE_W, (PAGE_W - RIGHT) / PAGE_W],
                                    [1 - y / PAGE_H] * 2, lw=lw, color="#404040",
                                    transform=self.page.transFigure))


def _lines(text: str, pt: float, width: float, indent: float = 0.0) -> list[str]:
    em = _em(pt, width)
    if indent:
        first = wrap(text, em - indent)
        if len(first) <= 1:
            return first
        rest = wrap(text[len(first[0]):].lstrip(), em)
        return [first[0], *rest]
    return wrap(text, em)


def _caption(p: _Pages, text: str) -> None:
    """A centred caption, wrapped to the text width."""
    for line in _lines(text, 9.5, WIDTH):
        p.text(PAGE_W / 2, line, 9.5, ha="center", color=GREY, fontweight="bold")
        p.y += 9.5 * 1.5 / 72


def _caption_height(text: str) -> float:
    return len(_lines(text, 9.5, WIDTH)) * 9.5 * 1.5 / 72


def _paragraph(p: _Pages, block: Paragraph, lang: str) -> None:
    pt = SIZES.get(block.style, 10.5)
    lh = pt * 1.5 / 72
    indent = 2.0 if (block.style == "body" and lang == "zh") else 0.0
    lines = _lines(block.text, pt, WIDTH, indent)
    before = {"title": 2.2, "subtitle": 0.2, "notice": 0.35}.get(block.style, 0.0)
    p.need(min(len(lines), 2) * lh + before)
    p.y += before
    style = {"color": {"title": BLUE, "notice": RED, "meta": GREY, "note": GREY}.get(
        block.style, "black"), "fontweight": "bold" if block.style in (
        "title", "subtitle", "notice") else "normal"}
    for k, line in enumerate(lines):
        p.need(lh)
        x = LEFT + (indent * pt / 72 if k == 0 else 0.0)
        p.text(x, line, pt, **style)
        p.y += lh
    p.y += {"title": 0.25, "subtitle": 0.2}.get(block.style, 0.08)


def _heading(p: _Pages, h: Heading, after: float) -> None:
    pt = {1: 16, 2: 13, 3: 11}[h.level]
    lh = pt * 1.45 / 72
    # Kept with what follows: the heading moves to the next page with the next block's start.
    p.need(lh + 0.2 + after)
    p.y += 0.18 if h.level == 1 else 0.1
    p.text(LEFT, h.text, pt, color=BLUE, fontweight="bold")
    p.y += lh + 0.04


def _table(p: _Pages, t: Table, lang: str) -> None:
    n = len(t.header)
    widths = t.widths or (2.0,) + (1.0,) * (n - 1)
    cols = [WIDTH * w / sum(widths) for w in widths]
    xs = [LEFT + sum(cols[:k]) for k in range(n)]
    align = t.align or "l" + "r" * (n - 1)
    pt = 9 if n <= 6 else 8 if n <= 9 else 7
    lh = pt * 1.35 / 72
    pad = 0.04

    def cells(values):
        out = [_lines(v, pt, cols[k] - 2 * pad) for k, v in enumerate(values)]
        return out, max(len(c) for c in out) * lh + 2 * pad

    head, head_h = cells(t.header)
    rows = [cells(r) for r in t.rows]
    caption = word("caption_table", lang, n=t.number, text=t.caption)
    first = min(len(rows), 12 if len(rows) <= 12 else 2)
    p.need(_caption_height(caption) + head_h + sum(h for _, h in rows[:first]) + 0.1)
    _caption(p, caption)

    def draw_header():
        p.rect(LEFT, p.y, WIDTH, head_h, BAND)
        p.rule(p.y, 1.0)
        for k, lines in enumerate(head):
            for j, line in enumerate(lines):
                p.y += 0
                p.page.text((xs[k] + cols[k] / 2) / PAGE_W,
                            1 - (p.y + pad + j * lh) / PAGE_H, line, fontsize=pt, va="top",
                            ha="center", fontweight="bold")
        p.y += head_h
        p.rule(p.y, 0.5)

    draw_header()
    for r, (lines_of, h) in enumerate(rows):
        if h > p.room():
            p.rule(p.y, 1.0)
            p.new()
            draw_header()
        for k, lines in enumerate(lines_of):
            flagged = (r, k) in t.flags
            if flagged:
                p.rect(xs[k], p.y, cols[k], h, FLAG)
            x = xs[k] + pad if align[k] == "l" else xs[k] + cols[k] - pad
            for j, line in enumerate(lines):
                p.page.text(x / PAGE_W, 1 - (p.y + pad + j * lh) / PAGE_H, line, fontsize=pt,
                            va="top", ha="left" if align[k] == "l" else "right",
                            color=RED if flagged else "black",
                            fontweight="bold" if flagged else "normal")
        p.y += h
    p.rule(p.y, 1.0)
    p.y += 0.08
    if t.note:
        for line in _lines(t.note, 8.5, WIDTH):
            p.need(8.5 * 1.4 / 72)
            p.text(LEFT, line, 8.5, color=GREY)
            p.y += 8.5 * 1.4 / 72
    p.y += 0.12


def _figure(p: _Pages, f: Figure, lang: str) -> None:
    import numpy as np

    fig = f.make()
    w_in = min(WIDTH, fig.get_figwidth())
    h_in = w_in * fig.get_figheight() / fig.get_figwidth()
    caption = word("caption_figure", lang, n=f.number, text=f.caption)
    cap_h = _caption_height(caption)
    avail = PAGE_H - TOP - BOTTOM - cap_h - 0.2
    scale = min(1.0, avail / h_in)  # a very tall figure shrinks to the page
    # Drawn at the page's resolution and embedded as it is (interpolation "none": the PDF
    # backend then writes the pixels unresampled and the viewer scales them).
    fig.set_dpi(FIGURE_DPI * scale * w_in / fig.get_figwidth())
    fig.canvas.draw()
    image = np.asarray(fig.canvas.buffer_rgba())[:, :, :3]
    w_in, h_in = w_in * scale, h_in * scale
    p.need(h_in + cap_h + 0.15)
    x = LEFT + (WIDTH - w_in) / 2
    ax = p.page.add_axes((x / PAGE_W, 1 - (p.y + h_in) / PAGE_H, w_in / PAGE_W, h_in / PAGE_H))
    ax.imshow(image, interpolation="none", aspect="auto")
    ax.set_axis_off()
    p.y += h_in + 0.05
    _caption(p, caption)
    p.y += 0.12


def _height_of_start(block) -> float:
    """How much of a block must follow its heading on the same page."""
    if isinstance(block, Table):
        return 0.9
    if isinstance(block, Figure):
        return 2.5
    return 0.45


def write_pdf(report: Report, path, *, progress=None) -> None:
    """Write ``report`` to ``path`` (.pdf). ``progress(done, total)`` after each figure."""
    from matplotlib.backends.backend_pdf import PdfPages

    from mcdm.figures import style

    style.configure()
    lang = report.lang
    done = 0
    meta = {"Title": report.title, "Creator": word("made_by", lang), "CreationDate": None}
    with PdfPages(path, metadata=meta) as pdf:
        p = _Pages(pdf, lang)
        blocks = report.blocks
        for k, block in enumerate(blocks):
            if isinstance(block, Heading):
                nxt = blocks[k + 1] if k + 1 < len(blocks) else None
                _heading(p, block, _height_of_start(nxt) if nxt is not None else 0.0)
            elif isinstance(block, Paragraph):
                _paragraph(p, block, lang)
            elif isinstance(block, Table):
                _table(p, block, lang)
            elif isinstance(block, Figure):
                _figure(p, block, lang)
                done += 1
                if progress is not None:
                    progress(done, report.figures)
            elif isinstance(block, PageBreak):
                p.new()
        p.flush()

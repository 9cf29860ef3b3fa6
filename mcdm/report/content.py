"""The report's content, built once from the result as plain blocks (:mod:`.document`):
title page, method, panel, group weights, then each industry (:mod:`.industry`) and the appendix.

Numbers are read from the labelled tables of :func:`mcdm.tables.view_of` and from the result;
nothing is recomputed here.
"""

from __future__ import annotations

import datetime as _dt
import math

from mcdm.project.settings import spec
from mcdm.report.document import Figure, Heading, PageBreak, Paragraph, Report, Table
from mcdm.report.words import REFERENCES, word


def fmt(v, digits: int = 4) -> str:
    """A number for a table cell; "—" for a value the result does not have."""
    if v is None:
        return "—"
    v = float(v)
    return "—" if not math.isfinite(v) else f"{v:.{digits}f}"


class Counter:
    """Numbers figures and tables in order of appearance."""

    def __init__(self) -> None:
        self.figures = 0
        self.tables = 0

    def table(self, caption: str, header, rows, **kw) -> Table:
        self.tables += 1
        return Table(self.tables, caption, tuple(header), tuple(tuple(r) for r in rows), **kw)

    def figure(self, caption: str, make) -> Figure:
        self.figures += 1
        return Figure(self.figures, caption, make)


def title_page(result, view, lang: str, today: _dt.date) -> list:
    project = result.project
    out = [Paragraph(word("report", lang), "title"),
           Paragraph(project.title.get(lang), "subtitle"),
           Paragraph(word("subtitle", lang), "meta"),
           Paragraph(word("date", lang, date=today.isoformat()), "meta"),
           Paragraph(word("panel_line", lang, n=len(view.experts), leaves=len(view.leaves),
                          industries=len(project.industries)), "meta"),
           Paragraph(word("made_by", lang), "meta")]
    if project.illustrative:
        out.append(Paragraph(word("illustrative_notice", lang), "notice"))
    if project.description:
        out.append(Paragraph(project.description.get(lang), "note"))
    out.append(PageBreak())
    return out


def method(result, view, lang: str, n: Counter) -> list:
    from mcdm.ahp.consistency import random_index

    s = result.settings
    ri_name = spec("ri_table").word(s.ri_table, lang)
    sizes = range(3, 11)
    out = [Heading(word("h.method", lang), 1),
           Paragraph(word("m.scale", lang, scale=spec("scale").word(s.scale, lang))),
           Paragraph(word("m.priority", lang,
                          method=spec("priority_method").word(s.priority_method, lang))),
           Paragraph(word("m.consistency", lang, ri=ri_name, threshold=fmt(s.cr_threshold, 2))),
           n.table(word("t.ri", lang, ri=ri_name), [word("c.n", lang), *map(str, sizes)],
                   [["RI", *(fmt(random_index(k, s.ri_table), 2) for k in sizes)]],
                   widths=(1.4,) + (1.0,) * len(sizes)),
           Paragraph(word("m.aggregation", lang,
                          aggregation=spec("aggregation").word(s.aggregation, lang))),
           Paragraph(word("m.consensus", lang)),
           Paragraph(word("m.topsis", lang, mean=spec("score_mean").word(s.score_mean, lang),
                          normalization=spec("normalization").word(s.normalization, lang))),
           Paragraph(word("m.stability", lang))]
    # The weighting after TOPSIS (it says which weights TOPSIS used), its tables last.
    from mcdm.report.planning import weighting

    stability = out.pop()
    paragraph, *tables = weighting(result, view, lang, n)
    return [*out, paragraph, stability, *tables]


def _fails(cr, gci, limit, threshold) -> bool:
    return (cr is not None and math.isfinite(cr) and cr > threshold) or \
        (gci is not None and limit is not None and math.isfinite(gci) and gci > limit)


def panel(result, view, lang: str, n: Counter) -> list:
    threshold = result.cr_threshold
    rows = []
    for k, (eid, name) in enumerate(view.experts):
        given, asked = view.completeness[eid]
        rows.append([name or eid, view.roles[k], fmt(view.expert_weights[k], 3),
                     f"{given}/{asked}"])
    from mcdm.figures.labels import short_or_full

    nodes = [nv for nv in view.nodes if nv.internal]
    heads = [short_or_full(result.project.node(nv.id), lang) for nv in nodes]
    cr_rows, flags = [], set()
    for k, (eid, name) in enumerate(view.experts):
        row = [name or eid]
        for c, nv in enumerate(nodes, start=1):
            cr, gci = nv.expert_cr[k], nv.expert_gci[k]
            mark = ""
            if _fails(cr, gci, nv.gci_limit, threshold):
                mark = " ✗"
                flags.add((k, c))
            row.append("—" if cr is None else f"{fmt(cr, 3)} / {fmt(gci, 3)}{mark}")
        cr_rows.append(row)
    return [Heading(word("h.panel", lang), 1),
            Paragraph(word("panel_text", lang, n=len(view.experts), threshold=fmt(threshold, 2))),
            n.table(word("t.experts", lang), [word(c, lang) for c in
                                             ("c.expert", "c.role", "c.weight", "c.completeness")],
                    rows, align="llrr", widths=(1.3, 2.2, 0.8, 0.9)),
            n.table(word("t.cr", lang), [word("c.expert", lang), *heads],
                    cr_rows, flags=frozenset(flags),
                    note=word("flag_note", lang, threshold=fmt(threshold, 2)))]


def consensus_word(value: str, lang: str) -> str:
    code = f"consensus.{value}"
    from mcdm.report.words import WORDS

    return word(code, lang) if code in WORDS else value


def group_weights(result, view, lang: str, n: Counter) -> list:
    import mcdm.figures as F

    out = [Heading(word("h.weights", lang), 1)]
    if view.overall_consensus is not None:
        out.append(Paragraph(word("weights_text", lang, s=fmt(view.overall_consensus, 3),
                                  word=consensus_word(result.consensus_word, lang))))
    nodes = [nv for nv in view.nodes if nv.internal]
    threshold = result.cr_threshold
    rows, flags = [], set()
    for r, nv in enumerate(nodes):
        if _fails(nv.cr, nv.gci, nv.gci_limit, threshold):
            flags.add((r, 1))
        s = "—" if nv.consensus is None else \
            f"{fmt(nv.consensus, 3)}（{consensus_word(nv.consensus_word, lang)}）" if lang == "zh" \
            else f"{fmt(nv.consensus, 3)} ({consensus_word(nv.consensus_word, lang)})"
        rows.append([nv.label, fmt(nv.cr, 3), fmt(nv.gci, 3), s])
    out.append(n.table(word("t.group", lang), [word(c, lang) for c in
                                              ("c.node", "c.cr", "c.gci", "c.consensus")],
                       rows, flags=frozenset(flags), widths=(2.0, 1, 1, 1.4)))
    project = result.project
    g_rows = []
    for nv in view.nodes:
        if nv.depth == 0 or nv.internal:
            continue
        parent = project.parent(nv.id)
        g_rows.append([nv.label, parent.label.get(lang), fmt(nv.local), fmt(nv.global_)])
    out.append(n.table(word("t.global", lang), [word(c, lang) for c in
                                               ("c.item", "c.node", "c.local", "c.global")],
                       g_rows, align="llrr", widths=(2.4, 1.6, 1, 1)))
    out.append(n.figure(word("f.global", lang),
                        lambda: F.global_weights_figure(result, lang)))
    for node in project.internal_nodes():
        if node.id in result.nodes and result.nodes[node.id].experts:
            out.append(n.figure(word("f.node", lang, node=node.label.get(lang)),
                                lambda nid=node.id: F.node_weights_figure(result, nid, lang)))
    return out


def cited(references, blocks) -> list[str]:
    """The references whose first author the report's text names ("Dalkey" only with rounds)."""
    text = " ".join(b.text for b in blocks if isinstance(b, Paragraph))
    text += " ".join(b.note for b in blocks if isinstance(b, Table))
    return [ref for ref in references if ref.split(",")[0] in text]


def build(result, lang: str, *, today: _dt.date | None = None) -> Report:
    """The report of ``result`` in ``lang`` as blocks (figures drawn later, by the writer)."""
    from mcdm.report.industry import appendix, industries
    from mcdm.report.planning import portfolio, rounds
    from mcdm.tables import view_of

    view = view_of(result.project, result, lang)
    n = Counter()
    blocks = [*title_page(result, view, lang, today or _dt.date.today()),
              *method(result, view, lang, n), *panel(result, view, lang, n),
              *group_weights(result, view, lang, n), *rounds(result, view, lang, n),
              *industries(result, view, lang, n), *portfolio(result, view, lang, n),
              *appendix(result, view, lang, n)]
    blocks += [Heading(word("h.references", lang), 1),
               *(Paragraph(ref, "reference") for ref in cited(REFERENCES, blocks))]
    return Report(lang, result.project.title.get(lang), tuple(blocks), n.figures, n.tables)

"""The import preview as terminal text: a table of every block (expert × node or industry) with
how many answers are new, changed, cleared, unchanged or in conflict; then each change (old →
new), each clear, each conflict and each problem, with file, sheet and cell. All numbers are read
from the :class:`~mcdm.excel.ImportReport`."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from mcdm.cli.text import table, word
from mcdm.excel.questionnaire.preview import STATUSES
from mcdm.messages import describe, label

MAX_NEW_LISTED = 30


def where(location) -> str:
    """``E1.xlsx · 两两比较!C7`` (the file's name, the sheet and the cell)."""
    parts = [Path(location.file).name] if location.file else []
    if location.sheet:
        parts.append(location.sheet + (f"!{location.cell}" if location.cell else ""))
    return " · ".join(parts)


def value(kind: str, v) -> str:
    """A judgment as 3 or 1/3 (2.5 when off the scale's grid), a score as 7.5, a reason quoted."""
    if v is None:
        return "—"
    if kind == "reason":
        text = str(v)
        return f"“{text if len(text) <= 30 else text[:29] + '…'}”"
    if kind == "judgment":
        f = Fraction(v).limit_denominator(9)
        if abs(float(f) - v) <= 1e-9 * v:
            return str(f.numerator) if f.denominator == 1 else f"{f.numerator}/{f.denominator}"
    return f"{v:g}"


def block_name(project, block, lang: str) -> str:
    name = label(project, block.block_id, lang)
    return f"{name} ({word('pairwise' if block.kind == 'judgments' else 'scores', lang)})"


def _answer(project, d, lang: str) -> str:
    """Expert · node or industry · the pair (a / b) or the score's direction / criterion."""
    what = f"{label(project, d.key[0], lang)} / {label(project, d.key[1], lang)}"
    if d.kind == "reason":
        what += f" ({word('reason', lang)})"
    return f"{label(project, d.expert_id, lang)} · {label(project, d.block_id, lang)} · {what}"


def preview(project, report, lang: str) -> str:
    """The whole preview (what accepting with the defaults would do)."""
    out = [word("preview_title", lang, files=len(report.files), experts=len(report.experts),
                round=report.round)]
    heads = [word("expert", lang), word("block", lang)] + [word(s, lang) for s in STATUSES]
    rows = []
    for b in report.blocks:
        c = b.counts
        mark = "" if b.acceptable else " *"
        rows.append([label(project, b.expert_id, lang) + mark, block_name(project, b, lang)]
                    + [str(c[s]) for s in STATUSES])
    total = report.counts()
    rows.append([word("overall", lang), ""] + [str(total[s]) for s in STATUSES])
    out.append(table(heads, rows, set(range(2, 2 + len(STATUSES)))))
    if report.rejected_blocks:
        out.append(word("rejected_note", lang))
    accepted = {b.key for b in report.blocks if b.acceptable}
    new = [d for d in report.diffs("new") if d.block_key in accepted]
    # New answers are listed when a few came in (a first import brings thousands: the table
    # counts them); a new reason is always listed, it is meant to be read.
    sections = (("new", "new_list", len(new) <= MAX_NEW_LISTED),
                ("reason", "reasons_list", len(new) > MAX_NEW_LISTED),
                ("changed", "changed_list", True), ("cleared", "cleared_list", True),
                ("conflict", "conflict_list", True))
    for status, title, shown in sections:
        if not shown:
            continue
        items = [d for d in (new if status in ("new", "reason") else report.diffs(status))
                 if d.block_key in accepted and (status != "reason" or d.kind == "reason")]
        if not items:
            continue
        lines = [word(title, lang)]
        for d in items:
            if status == "conflict":
                change = word("conflict_values", lang, project=value(d.kind, d.old),
                              issued=value(d.kind, d.issued), file=value(d.kind, d.new))
            else:
                change = f"{value(d.kind, d.old)} → {value(d.kind, d.new)}"
            lines.append(f"  {_answer(project, d, lang)}: {change}  [{where(d.location)}]")
        out.append("\n".join(lines))
    for title, problems in (("problems", report.problems), ("warnings", report.warnings),
                            ("notes", report.notes)):
        if problems:
            out.append("\n".join([word(title, lang)] + [
                f"  {describe(p, lang, project)}  [{where(p.location)}]" for p in problems]))
    return "\n\n".join(out) + "\n"

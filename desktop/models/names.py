"""Names of criteria and directions where a table has little room: whole when they fit, else
the item's short name, and cut (whole in the tooltip) only when neither fits."""

from __future__ import annotations

# The columns share the page's width: a criterion's name gets two lines of about six
# Chinese characters (eleven Latin letters); a direction's name one line of about fifteen.
HEADER_EM, HEADER_LINES = 6.2, 2
ROW_EM = 15.5


def row_name(item, lang: str) -> str:
    """A direction's name on one line: whole, else its short name, else cut (whole in the
    tooltip)."""
    from mcdm.figures.text import em_width, fit

    short = getattr(item, "short", None)
    name = fit(item.label.get(lang), short.get(lang) if short else "", ROW_EM, max_lines=1)
    if "\n" not in name:
        return name
    cut = ""
    for ch in name.replace("\n", " "):
        if em_width(cut + ch) > ROW_EM - 1:
            return cut.rstrip() + "…"
        cut += ch
    return cut


def header_name(item, lang: str) -> str:
    """A column's name on at most two lines: the full name wrapped, else the short name, and
    only if neither fits, the full name cut (whole in the tooltip)."""
    from mcdm.figures.text import fit

    short = getattr(item, "short", None)
    lines = fit(item.label.get(lang), short.get(lang) if short else "", HEADER_EM,
                max_lines=HEADER_LINES).split("\n")
    if len(lines) > HEADER_LINES:
        lines = lines[:HEADER_LINES]
        lines[-1] = lines[-1].rstrip() + "…"
    return "\n".join(lines)

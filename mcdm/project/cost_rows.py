"""Which direction a row of a cost table names (:mod:`mcdm.project.cost_sheet`): its industry
and direction cells, by id or label in either language, each problem located at the file, row
and column as the file names them.

An id column, when the row fills it, decides (the template's hidden columns); a label beside it
must then name the same thing, or the row is refused rather than guessed. Without an industry the
direction is looked for in every industry: a direction two industries share (the sample's
生物基材料) then asks for the industry.
"""

from __future__ import annotations

from typing import Any

from mcdm.errors import Problem
from mcdm.project.model import Project
from mcdm.project.naming import match
from mcdm.project.table_file import cell_text, problem

__all__ = ["resolve_row"]

_FORMULA_START = ("=", "+", "-", "@")


def _names(item) -> tuple[str, str]:
    return (item.label.zh, item.label.en)


def _industry(project: Project, texts: dict[str, str], titles: dict[str, str], file: str,
              row: int):
    """``(industry or None, problem or None)``: None and no problem when the row names none."""
    ident, label = texts.get("industry_id", ""), texts.get("industry", "")
    everyone = tuple(i.id for i in project.industries)
    if ident:
        found = [i for i in project.industries if i.id == ident]
        if not found:
            return None, problem("costs.unknown_industry", f"no industry {ident!r}", file, row,
                                 titles["industry_id"], "an industry's id", name=ident,
                                 industries=everyone)
        if label and not match([(found[0].id, _names(found[0]), found[0])], label):
            return None, problem("costs.industry_mismatch", f"{label!r} is not {ident!r}", file,
                                 row, titles["industry"], "the label of the industry the id "
                                 "names", name=label, id=ident, industry=ident)
        return found[0], None
    if not label:
        return None, None
    hits = match(((i.id, _names(i), i) for i in project.industries), label)
    if len(hits) == 1:
        return hits[0], None
    if hits:
        return None, problem("costs.ambiguous_industry", f"{label!r} names several industries",
                             file, row, titles["industry"], "one industry's id or label",
                             name=label, ids=tuple(i.id for i in hits))
    return None, problem("costs.unknown_industry", f"no industry {label!r}", file, row,
                         titles["industry"], "an industry's id or label", name=label,
                         industries=everyone)


def _direction(project: Project, industry, texts: dict[str, str], titles: dict[str, str],
               file: str, row: int):
    """``((industry, direction) or None, problem or None)`` of a row that names a direction."""
    ident, label = texts.get("direction_id", ""), texts.get("direction", "")
    column = titles["direction_id"] if ident else titles["direction"]
    name = ident or label
    where = (industry,) if industry is not None else project.industries
    pairs = [(i, d) for i in where for d in i.directions]
    if ident:
        hits = [(i, d) for i, d in pairs if d.id == ident]
    else:
        hits = match(((d.id, _names(d), (i, d)) for i, d in pairs), label)
    shared = {"industry": None if industry is None else industry.id}
    if not hits:
        return None, problem("costs.unknown_direction", f"no direction {name!r}", file, row,
                             column, "a direction's id or label", name=name, **shared)
    owners = tuple(dict.fromkeys(i.id for i, _d in hits))
    if len(owners) > 1:
        return None, problem("costs.direction_needs_industry", f"{name!r} in several industries",
                             file, row, column, "the industry too", name=name, industries=owners)
    if len(hits) > 1:
        return None, problem("costs.ambiguous_direction", f"{name!r} names several directions",
                             file, row, column, "one direction's id", name=name,
                             industry=owners[0], ids=tuple(d.id for _i, d in hits))
    ind, d = hits[0]
    if ident and label and not match([(d.id, _names(d), d)], label):
        return None, problem("costs.direction_mismatch", f"{label!r} is not {ident!r}", file, row,
                             titles["direction"], "the label of the direction the id names",
                             name=label, id=ident, direction=d.id, industry=ind.id)
    return (ind, d), None


def resolve_row(project: Project, cells: dict[str, Any], titles: dict[str, str], file: str,
                row: int, *, needed: bool) -> tuple[tuple[str, str] | None, list[Problem]]:
    """``((industry id, direction id) or None, problems)`` of data row ``row``; ``cells`` by
    column. A row that names no direction is skipped (an industry's heading line) unless
    ``needed`` (it gives a cost): then that is its problem."""
    problems: list[Problem] = []
    texts: dict[str, str] = {}
    for column, value in cells.items():
        if column == "cost":
            continue
        text, bad = cell_text(value, "costs", file, row, titles[column])
        if bad is not None:
            problems.append(bad)
        # a label written after an apostrophe so that a spreadsheet keeps it text (the CSV
        # template does this for a label that would start a formula)
        texts[column] = text[1:] if text[:1] == "'" and text[1:2] in _FORMULA_START else text
    if problems:
        return None, problems
    if not texts.get("direction") and not texts.get("direction_id"):
        if not needed:
            return None, []
        column = titles.get("direction") or titles["direction_id"]
        return None, [problem("costs.direction_empty", "a cost without a direction", file, row,
                              column, "the direction the cost is for")]
    industry, bad = _industry(project, texts, titles, file, row)
    if bad is not None:
        return None, [bad]
    found, bad = _direction(project, industry, texts, titles, file, row)
    if bad is not None:
        return None, [bad]
    ind, d = found
    return (ind.id, d.id), []

"""The catalogue: every area's ``SENTENCES`` (and ``WORDS``) merged into one table.

One module per area of the engine holds ``SENTENCES: dict[code, (中文, English)]``; a code
belongs to exactly one area (a duplicate is an error at import, so two areas never disagree
about a code's sentence).
"""

from __future__ import annotations

from mcdm.messages import (
    ahp,
    cli,
    cli_edits,
    cost_sheet,
    entry,
    evaluate,
    excel,
    group,
    methods,
    portfolio,
    project,
    report,
    topsis,
)

AREAS = (evaluate, entry, ahp, group, topsis, methods, portfolio, project, excel, report, cli,
         cli_edits, cost_sheet)


def _merge(attr: str) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for module in AREAS:
        table = getattr(module, attr, {})
        twice = sorted(set(table) & set(out))
        if twice:
            raise RuntimeError(f"{module.__name__} repeats {attr} {twice}")
        out.update(table)
    return out


SENTENCES: dict[str, tuple[str, str]] = _merge("SENTENCES")
EXTRA_WORDS: dict[str, tuple[str, str]] = _merge("WORDS")

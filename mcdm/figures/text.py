"""Labels that fit: CJK-aware line wrapping and the choice between a full and a short label.

Widths are in *em* (the font size): a CJK or full-width character takes one em, a Latin letter,
digit or space about 0.55. Lines break between any two CJK characters and at spaces or hyphens
in Latin text, never before a closing mark (，。、）…) nor after an opening one (（“《…) — the
line-breaking rules of Chinese typesetting (W3C, *Requirements for Chinese Text Layout*, §3.1.7).
Nothing is ever cut short with "…": a label that does not fit on two lines is replaced by its
short form, and a label without one keeps all of its lines.

Examples
--------
>>> wrap("核心元器件（以高端通用芯片为主）", 8)
['核心元器件（以高', '端通用芯片为主）']
>>> wrap("Core components, led by high-end general-purpose chips", 14)
['Core components, led by', 'high-end general-purpose', 'chips']
>>> fit("Core components, led by high-end general-purpose chips", "Core components", 14)
'Core components'
>>> fit("人工智能", "", 14)
'人工智能'
>>> wrap("排名可接受度（蒙特卡洛，10000 次）", 13)
['排名可接受度（蒙特卡洛，', '10000 次）']
>>> wrap("Network infrastructure centred on TCP/IP", 20)
['Network infrastructure centred on', 'TCP/IP']
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["em_width", "fit", "narrowest", "wrap"]

# A line never starts with these (closing marks, CJK and Latin) ...
_NO_START = set("，。、；：！？）】》〉」』”’…—·,.;:!?)]}%‰")
# ... and never ends with these (opening marks).
_NO_END = set("（【《〈「『“‘([{")
LATIN_EM = 0.55
# Latin text breaks after a space or a hyphen; not after a slash ("TCP/IP", "R&D/pilot" stay whole).
BREAK_AFTER = (" ", "-", "–")


def _char_em(ch: str) -> float:
    return 1.0 if unicodedata.east_asian_width(ch) in ("W", "F") else LATIN_EM


def em_width(text: str) -> float:
    """Display width of ``text`` in em."""
    return sum(_char_em(c) for c in text)


def _tokens(text: str) -> list[str]:
    """Unbreakable pieces: a CJK character, a Latin word with what follows it (space, hyphen),
    a closing mark glued to what precedes it, an opening mark glued to what follows."""
    out: list[str] = []
    word = ""
    for ch in text:
        wide = _char_em(ch) == 1.0
        if wide or ch in BREAK_AFTER:
            if wide and ch not in _NO_START:
                if word:
                    out.append(word)
                word = ch
                continue
            word += ch
            if ch in BREAK_AFTER:
                out.append(word)
                word = ""
            continue
        if word and _char_em(word[-1]) == 1.0 and word[-1] not in _NO_END and ch not in _NO_START:
            out.append(word)
            word = ""
        word += ch
    if word:
        out.append(word)
    # Glue opening marks to the next token, closing marks to the previous one, and a CJK unit
    # to the number before it ("10000 次", "3 个").
    glued: list[str] = []
    for tok in out:
        unit = glued and _char_em(tok[0]) == 1.0 and glued[-1].rstrip()[-1:].isdigit()
        if glued and (tok[0] in _NO_START or glued[-1][-1] in _NO_END or unit):
            glued[-1] += tok
        else:
            glued.append(tok)
    return glued


def narrowest(text: str) -> float:
    """The least width (em) ``text`` can be wrapped to: its widest unbreakable piece (a Latin
    word; a CJK character breaks anywhere).

    >>> round(narrowest("PROMETHEE II"), 2), narrowest("名次极差")
    (4.95, 1.0)
    """
    return max((em_width(tok.strip()) for tok in _tokens(text)), default=0.0)


def wrap(text: str, width: float) -> list[str]:
    """Greedy lines of at most ``width`` em (a single token wider than that keeps its line)."""
    return list(_wrap(text, width))


@lru_cache(maxsize=4096)
def _wrap(text: str, width: float) -> tuple[str, ...]:
    # A live figure wraps the same names on every edit.
    lines: list[str] = []
    line = ""
    for tok in _tokens(text):
        if line and em_width((line + tok).rstrip()) > width:
            lines.append(line.rstrip())
            line = tok.lstrip()
        else:
            line += tok
    if line.strip():
        lines.append(line.rstrip())
    return tuple(lines) or ("",)


def fit(full: str, short: str, width: float, max_lines: int = 2) -> str:
    """``full`` wrapped to ``width`` em if it takes at most ``max_lines`` lines; otherwise
    ``short`` wrapped (when there is one), otherwise every line of ``full``."""
    lines = wrap(full, width)
    if len(lines) <= max_lines or not short:
        return "\n".join(lines)
    return "\n".join(wrap(short, width))

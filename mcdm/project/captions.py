"""One-line captions that say how a number was computed, in Chinese or English.

The GUI, the CLI and the report print the same words, taken from the settings table
(:data:`mcdm.project.settings.SETTINGS`) and the result:

- :func:`comparison_caption` — the parameters every method of the comparison ran with;
- :func:`weighting_caption` — which weights ranked an industry, and how they were formed.

Examples
--------
>>> from mcdm.project.model import Settings
>>> comparison_caption(Settings(promethee_function="level"), "en")
'TOPSIS: vector normalization · VIKOR v = 0.5 · WASPAS λ = 0.5 · PROMETHEE II: level, q = 10 %, p = 30 % of each criterion’s range · COPRAS · SPOTIS'
"""

from __future__ import annotations

from mcdm.compare import PREFERENCE_FUNCTIONS
from mcdm.project.settings import spec

__all__ = ["comparison_caption", "weighting_caption"]


def _pct(x: float) -> str:
    return f"{100 * float(x):g} %"


def comparison_caption(settings, lang: str) -> str:
    """The comparison's parameters: TOPSIS normalization, VIKOR v, WASPAS λ, PROMETHEE II's
    preference function and the thresholds it uses (as shares of each criterion's range)."""
    zh = lang == "zh"
    function = str(settings.promethee_function)
    words = spec("promethee_function").word(function, lang)
    needs = PREFERENCE_FUNCTIONS.get(function, ())
    if needs:
        parts = [f"{k} = {_pct(getattr(settings, f'promethee_{k}'))}" for k in needs]
        words += ("，" if zh else ", ") + ("，".join(parts) + "（占各准则极差）" if zh else
                                          ", ".join(parts) + " of each criterion’s range")
    sep = "：" if zh else ": "
    return " · ".join((
        f"TOPSIS{sep}{spec('normalization').word(settings.normalization, lang)}",
        f"VIKOR v = {float(settings.vikor_v):g}",
        f"WASPAS λ = {float(settings.waspas_lambda):g}",
        f"PROMETHEE II{sep}{words}", "COPRAS", "SPOTIS"))


def weighting_caption(weighting, lang: str) -> str:
    """Which weights ranked (``IndustryWeighting.used``) and how they were formed."""
    zh = lang == "zh"
    used = weighting.used
    method = spec("objective_method").word(weighting.method, lang)
    if used == "ahp":
        text = "主观权重（AHP）" if zh else "AHP (subjective) weights"
    elif used == "objective":
        text = f"客观权重（{method}）" if zh else f"objective weights ({method})"
    else:
        how = spec("combination").word(weighting.combine_method, lang)
        alpha = f"，α = {weighting.alpha:g}" if zh else f", α = {weighting.alpha:g}"
        alpha = alpha if weighting.combine_method == "linear" else ""
        gap = "" if "\u4e00" <= method[0] <= "\u9fff" else " "  # "与熵权法", "与 CRITIC 法"
        text = (f"组合赋权（AHP 与{gap}{method}，{how}{alpha}）" if zh else
                f"combined weights (AHP with {method}, {how}{alpha})")
    return ("排序所用权重：" if zh else "Ranked by ") + text

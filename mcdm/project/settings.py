"""The project's method settings, declared once: name, type, choices, default, the words users read.

:data:`SETTINGS` is the one table every reader of a setting goes through: the ``Settings`` value
(:mod:`mcdm.project.model`) takes its fields' defaults from it, the schema validates against it,
``SetSetting`` checks an edit with it, the GUI's settings bar and the CLI build their choices from
it, and the workbook's notes name the values with its words. A new setting is one row here.
``section`` groups the rows for the GUI ("method": the ranking page's settings bar when
``in_bar``; "weighting": how each industry's criteria are weighted; "comparison": the other
methods' parameters; "project": the rest).

Choices are ``str`` enums, so a setting compares equal to its plain value (``"vector"``) and
writes to JSON as that string; :func:`coerce` turns a valid string into the enum member.

Examples
--------
>>> spec("normalization").choices
('vector', 'minmax', 'max', 'sum')
>>> spec("normalization").word("minmax", "zh")
'极差标准化'
>>> check("cr_threshold", -1) is None
False
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from mcdm.ahp.priorities import METHODS, RI_NAMES
from mcdm.compare import PREFERENCE_FUNCTIONS
from mcdm.topsis import NORMALIZATIONS
from mcdm.weights import COMBINATIONS

__all__ = [
    "SETTINGS", "Aggregation", "Combination", "Language", "Normalization", "ObjectiveMethod",
    "PreferenceFunction", "PriorityMethod", "RITable", "ScaleName", "ScoreMean", "SettingSpec",
    "Weighting", "check", "coerce", "cross_check", "spec",
]


class _Choice(str, Enum):
    def __str__(self) -> str:  # "vector", not "Normalization.VECTOR", in messages and files
        return self.value


# The engine's own tuples are the source of these choices, so the project cannot offer a
# normalization or RI table the engine does not have.
Normalization = _Choice("Normalization", [(v.upper(), v) for v in NORMALIZATIONS])
Normalization.__doc__ = "TOPSIS normalization (:func:`mcdm.topsis.normalize`)."
PriorityMethod = _Choice("PriorityMethod", [(v.upper(), v) for v in METHODS])
PriorityMethod.__doc__ = "How a judgment matrix is weighted (:func:`mcdm.ahp.priorities`)."
RITable = _Choice("RITable", [(v.upper().replace("-", "_"), v) for v in RI_NAMES])
RITable.__doc__ = "Random-index table for CR (:data:`mcdm.ahp.consistency.RI_SOURCES`)."


class Aggregation(_Choice):
    """Group aggregation: of individual judgments or of individual priorities."""

    AIJ = "AIJ"
    AIP = "AIP"


class ScoreMean(_Choice):
    """How the experts' scores of a direction are averaged (:mod:`mcdm.scores`)."""

    ARITHMETIC = "arithmetic"
    GEOMETRIC = "geometric"


class ScaleName(_Choice):
    """Numeric scale of the verbal judgments (:mod:`mcdm.ahp.scales`)."""

    SAATY = "saaty"
    BALANCED = "balanced"
    GEOMETRIC = "geometric"


class Language(_Choice):
    ZH = "zh"
    EN = "en"


class Weighting(_Choice):
    """Which criterion weights rank each industry (:mod:`mcdm.project.evaluate_weighting`)."""

    AHP = "ahp"
    OBJECTIVE = "objective"
    COMBINED = "combined"


class ObjectiveMethod(_Choice):
    """Objective weights from an industry's aggregated scores (:mod:`mcdm.weights`)."""

    ENTROPY = "entropy"                # entropy on shares of the column sums
    ENTROPY_MINMAX = "entropy_minmax"  # entropy after min-max normalization (costs reversed)
    CRITIC = "critic"


Combination = _Choice("Combination", [(v.upper(), v) for v in COMBINATIONS])
Combination.__doc__ = "How AHP and objective weights combine (:func:`mcdm.weights.combine`)."
PreferenceFunction = _Choice("PreferenceFunction",
                             [(v.upper(), v) for v in PREFERENCE_FUNCTIONS])
PreferenceFunction.__doc__ = "PROMETHEE II's preference function (:func:`mcdm.compare.compare`)."


Words = dict[str, tuple[str, str]]


@dataclass(frozen=True)
class SettingSpec:
    """One setting: its field name, what it holds, its default and how users read it.

    ``kind`` is a choice enum or ``float``; ``valid`` checks a number (choices check themselves);
    ``label`` and ``choice_words`` are (中文, English); ``expected`` says what a valid value is;
    ``in_bar`` puts it in the GUI's method settings bar; ``section`` groups it (module
    docstring); ``span`` is (lowest, highest, step) for a number's spin box; ``applies``
    says, given the settings, whether the value matters at all (α only for a linear
    combination, q and p only for the preference functions that use them).
    """

    name: str
    kind: type
    default: Any
    label: tuple[str, str]
    expected: tuple[str, str]
    choice_words: Words = field(default_factory=dict)
    valid: Callable[[float], bool] | None = None
    in_bar: bool = False
    section: str = "method"
    span: tuple[float, float, float] | None = None
    applies: Callable[[Any], bool] | None = None

    @property
    def code(self) -> str:
        """The message code of this setting's name (``setting.<name>``)."""
        return f"setting.{self.name}"

    @property
    def choices(self) -> tuple[str, ...] | None:
        if isinstance(self.kind, type) and issubclass(self.kind, Enum):
            return tuple(m.value for m in self.kind)
        return None

    def title(self, lang: str) -> str:
        return self.label[0 if lang == "zh" else 1]

    def word(self, value: Any, lang: str) -> str:
        """A value as users read it ("极差标准化"); numbers and unknown values as they are."""
        pair = self.choice_words.get(str(value))
        if pair is None:
            return f"{value:g}" if isinstance(value, float) else str(value)
        return pair[0 if lang == "zh" else 1]


def _positive(x: float) -> bool:
    return math.isfinite(x) and x > 0


def _unit(x: float) -> bool:
    return math.isfinite(x) and 0 <= x <= 1


_UNIT = ("0 到 1 之间的数", "a number from 0 to 1")
_UNIT_SPAN = (0.0, 1.0, 0.05)
# PROMETHEE II's thresholds: criteria differ in units, so q and p are shares of each one's range.
_SHARE = ("0 到 1 之间的数：占各准则在该产业中极差的比例",
          "a number from 0 to 1: a share of each criterion's range in the industry")


def _threshold_used(name: str) -> Callable[[Any], bool]:
    return lambda s: name in PREFERENCE_FUNCTIONS.get(str(s.promethee_function), ())


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("priority_method", PriorityMethod, PriorityMethod.EIGENVECTOR,
                ("权重计算方法", "Priority method"),
                ("特征向量法或几何平均法", "eigenvector or geometric_mean"),
                {"eigenvector": ("特征向量法", "eigenvector"),
                 "geometric_mean": ("几何平均法（方根法）", "geometric mean")}, in_bar=True),
    SettingSpec("ri_table", RITable, RITable.SAATY,
                ("平均随机一致性指标 RI 表", "RI table"),
                ("saaty、alonso-lamata、donegan-dodd、tummala-ling 或 aguaron",
                 "saaty, alonso-lamata, donegan-dodd, tummala-ling or aguaron"),
                {"saaty": ("Saaty", "Saaty"), "alonso-lamata": ("Alonso–Lamata", "Alonso–Lamata"),
                 "donegan-dodd": ("Donegan–Dodd", "Donegan–Dodd"),
                 "tummala-ling": ("Tummala–Ling", "Tummala–Ling"),
                 "aguaron": ("Aguarón", "Aguarón")}, in_bar=True),
    SettingSpec("aggregation", Aggregation, Aggregation.AIJ, ("群决策集结方式", "Aggregation"),
                ("AIJ 或 AIP", "AIJ or AIP"),
                {"AIJ": ("个体判断集结（AIJ）", "AIJ (judgments)"),
                 "AIP": ("个体排序集结（AIP）", "AIP (priorities)")}, in_bar=True),
    SettingSpec("score_mean", ScoreMean, ScoreMean.ARITHMETIC, ("打分集结方式", "Score mean"),
                ("算术平均或几何平均", "arithmetic or geometric"),
                {"arithmetic": ("加权算术平均", "weighted arithmetic mean"),
                 "geometric": ("加权几何平均", "weighted geometric mean")}),
    SettingSpec("normalization", Normalization, Normalization.VECTOR,
                ("规范化方法", "Normalization"),
                ("vector、minmax、max 或 sum", "vector, minmax, max or sum"),
                {"vector": ("向量规范化", "vector normalization"),
                 "minmax": ("极差标准化", "min-max normalization"),
                 "max": ("最大值标准化", "max normalization"),
                 "sum": ("总和标准化", "sum normalization")}, in_bar=True),
    SettingSpec("scale", ScaleName, ScaleName.SAATY, ("判断标度", "Judgment scale"),
                ("saaty、balanced 或 geometric", "saaty, balanced or geometric"),
                {"saaty": ("1–9 标度", "Saaty 1–9"), "balanced": ("平衡标度", "balanced"),
                 "geometric": ("几何标度", "geometric")}),
    SettingSpec("consensus_scale_max", float, 9.0, ("共识度标度上限", "Consensus scale maximum"),
                ("大于 1 的数", "a number > 1"), valid=lambda x: math.isfinite(x) and x > 1),
    SettingSpec("cr_threshold", float, 0.1, ("一致性比率 CR 阈值", "CR threshold"),
                ("大于 0 的数", "a number > 0"), valid=_positive),
    SettingSpec("score_min", float, 1.0, ("打分下限", "Lowest score"),
                ("有限的数，小于打分上限", "a finite number below the highest score"),
                valid=math.isfinite),
    SettingSpec("score_max", float, 9.0, ("打分上限", "Highest score"),
                ("有限的数，大于打分下限", "a finite number above the lowest score"),
                valid=math.isfinite),
    SettingSpec("language", Language, Language.ZH, ("项目语言", "Project language"),
                ("zh 或 en", "zh or en"), {"zh": ("中文", "Chinese"), "en": ("英文", "English")},
                section="project"),
    SettingSpec("weighting", Weighting, Weighting.AHP, ("赋权方式", "Weighting"),
                ("ahp、objective 或 combined", "ahp, objective or combined"),
                {"ahp": ("主观权重（AHP）", "AHP (subjective)"),
                 "objective": ("客观权重", "objective"),
                 "combined": ("组合赋权", "combined")}, in_bar=True, section="weighting"),
    SettingSpec("objective_method", ObjectiveMethod, ObjectiveMethod.ENTROPY,
                ("客观赋权方法", "Objective method"),
                ("entropy、entropy_minmax 或 critic", "entropy, entropy_minmax or critic"),
                {"entropy": ("熵权法", "entropy weights"),
                 "entropy_minmax": ("熵权法（极差标准化）", "entropy weights (min-max)"),
                 "critic": ("CRITIC 法", "CRITIC")}, section="weighting"),
    SettingSpec("combination", Combination, Combination.MULTIPLICATIVE,
                ("组合方式", "Combination"),
                ("multiplicative 或 linear", "multiplicative or linear"),
                {"multiplicative": ("乘法合成", "multiplicative"),
                 "linear": ("线性加权", "linear")}, section="weighting"),
    SettingSpec("combination_alpha", float, 0.5, ("主观权重占比 α", "Subjective share α"),
                _UNIT, valid=_unit, section="weighting", span=_UNIT_SPAN,
                applies=lambda s: s.combination == "linear"),
    SettingSpec("vikor_v", float, 0.5, ("VIKOR 决策机制系数 v", "VIKOR v"), _UNIT,
                valid=_unit, section="comparison", span=_UNIT_SPAN),
    SettingSpec("waspas_lambda", float, 0.5, ("WASPAS 系数 λ", "WASPAS λ"), _UNIT,
                valid=_unit, section="comparison", span=_UNIT_SPAN),
    SettingSpec("promethee_function", PreferenceFunction, PreferenceFunction.USUAL,
                ("PROMETHEE II 偏好函数", "PROMETHEE II function"),
                ("usual、ushape、vshape、level 或 vshape_2",
                 "usual, ushape, vshape, level or vshape_2"),
                {"usual": ("通常型", "usual"), "ushape": ("U 型", "U-shape"),
                 "vshape": ("V 型", "V-shape"), "level": ("阶梯型", "level"),
                 "vshape_2": ("带无差异区的 V 型", "V-shape with indifference")},
                section="comparison"),
    SettingSpec("promethee_q", float, 0.1, ("无差异阈值 q", "Indifference threshold q"),
                _SHARE, valid=_unit, section="comparison", span=_UNIT_SPAN,
                applies=_threshold_used("q")),
    SettingSpec("promethee_p", float, 0.3, ("偏好阈值 p", "Preference threshold p"),
                _SHARE, valid=_unit, section="comparison", span=_UNIT_SPAN,
                applies=_threshold_used("p")),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def spec(name: str) -> SettingSpec:
    """The row of setting ``name`` (``KeyError`` for an unknown name)."""
    return _BY_NAME[name]


def coerce(name: str, value: Any) -> Any:
    """``value`` as the setting holds it: a choice enum member for a valid choice, else as is
    (the schema then reports it)."""
    kind = _BY_NAME[name].kind if name in _BY_NAME else None
    if kind is not None and issubclass(kind, Enum) and isinstance(value, str):
        try:
            return kind(value)
        except ValueError:
            return value
    return value


def check(name: str, value: Any) -> str | None:
    """None if ``value`` suits setting ``name``, else what was expected (English, for the
    engine's message; the catalogue words it for users from the spec)."""
    s = _BY_NAME[name]
    if s.choices is not None:
        return None if isinstance(value, str) and value in s.choices else s.expected[1]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return s.expected[1]
    return None if s.valid is None or s.valid(float(value)) else s.expected[1]


def cross_check(values: Any) -> list[tuple[str, str, tuple[str, str]]]:
    """Rules between settings: ``(setting at fault, message, expected (中文, English))`` each.

    ``values`` is anything with the settings as attributes (a ``Settings``). The score range
    must not be empty; PROMETHEE II's thresholds must suit its preference function (q below p
    for "level" and "vshape_2", p above 0 for "vshape"). Values that fail their own row's check
    are left to :func:`check`.
    """
    out = []

    def number(name: str) -> float | None:
        v = getattr(values, name)
        return float(v) if check(name, v) is None else None

    lo, hi = number("score_min"), number("score_max")
    if lo is not None and hi is not None and not lo < hi:
        out.append(("score_max", f"score range [{lo!r}, {hi!r}] is empty",
                    ("有限的数，大于打分下限", "finite score_min < score_max")))
    function = values.promethee_function
    q, p = number("promethee_q"), number("promethee_p")
    if check("promethee_function", function) is None and q is not None and p is not None:
        if function in ("level", "vshape_2") and not q < p:
            out.append(("promethee_p", f"PROMETHEE II {function}: q = {q:g} is not below "
                        f"p = {p:g}", ("大于无差异阈值 q 的数", "a threshold p above q")))
        if function == "vshape" and not p > 0:
            out.append(("promethee_p", "PROMETHEE II vshape: p is 0",
                        ("大于 0 的数", "a threshold p above 0")))
    return out

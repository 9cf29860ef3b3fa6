"""The project's method settings, declared once: name, type, choices, default, the words users read.

:data:`SETTINGS` is the one table every reader of a setting goes through: the ``Settings`` value
(:mod:`mcdm.project.model`) takes its fields' defaults from it, the schema validates against it,
``SetSetting`` checks an edit with it, the GUI's settings bar and the CLI build their choices from
it, and the workbook's notes name the values with its words. A new setting is one row here.

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
from mcdm.topsis import NORMALIZATIONS

__all__ = [
    "SETTINGS", "Aggregation", "Language", "Normalization", "PriorityMethod", "RITable",
    "ScaleName", "ScoreMean", "SettingSpec", "check", "coerce", "spec",
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


Words = dict[str, tuple[str, str]]


@dataclass(frozen=True)
class SettingSpec:
    """One setting: its field name, what it holds, its default and how users read it.

    ``kind`` is a choice enum or ``float``; ``valid`` checks a number (choices check themselves);
    ``label`` and ``choice_words`` are (中文, English); ``expected`` says what a valid value is;
    ``in_bar`` puts it in the GUI's method settings bar.
    """

    name: str
    kind: type
    default: Any
    label: tuple[str, str]
    expected: tuple[str, str]
    choice_words: Words = field(default_factory=dict)
    valid: Callable[[float], bool] | None = None
    in_bar: bool = False

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
                ("zh 或 en", "zh or en"), {"zh": ("中文", "Chinese"), "en": ("英文", "English")}),
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

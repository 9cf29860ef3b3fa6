"""The workshop project: immutable values for the criteria tree, panel, judgments, scores, settings.

Follows the agreed sketch (``model_sketch.md``) with these additive details:

- ``FrozenDict`` is the immutable, hashable mapping used for ``judgments`` and ``scores``; the
  constructor accepts plain dicts and freezes them.
- ``judgments[expert_id][node_id][(a_id, b_id)] = a_ab`` is stored *canonically*: ``a`` precedes
  ``b`` in the node's children order. :meth:`Project.judgment` reads either orientation.
- ``Industry`` and ``Criterion`` keep their sketch fields; ``Industry`` adds an optional
  ``description``; criteria, industries and directions add an optional ``short`` label (empty
  by default) that charts use where space is tight; ``Settings`` adds ``language`` ("zh" |
  "en", the questionnaires' language).
- ``Direction`` adds an optional ``cost`` (≥ 0, in the portfolio's cost unit) and ``Project`` a
  ``portfolio`` definition (:class:`~mcdm.project.model_portfolio.PortfolioPlan`); both default
  to "not set", so files without them load unchanged.
- Constructors only freeze containers (cheap, so every edit stays fast); full checking with JSON
  paths lives in :func:`mcdm.project.schema.validate`.
- Delphi-style rounds (schema version 2): ``rounds`` holds each closed round's judgments and
  reasons (:class:`Round`); ``judgments`` and ``reasons`` are those of the round in progress,
  number :attr:`Project.current_round`. ``reasons[expert_id][node_id][(a_id, b_id)]`` is the
  expert's short explanation of an answer (canonical pair order, like judgments).

Arrays returned by helpers are read-only and cached per project value.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from functools import cached_property
from typing import Any

import numpy as np

from mcdm.errors import Location, MCDMError
from mcdm.project.model_portfolio import IndustryPlan, PortfolioPlan
from mcdm.project.settings import (
    Aggregation,
    Combination,
    Language,
    Normalization,
    ObjectiveMethod,
    PreferenceFunction,
    PriorityMethod,
    RITable,
    ScaleName,
    ScoreMean,
    Weighting,
    coerce,
    spec,
)

__all__ = [
    "SCHEMA_VERSION", "Criterion", "CriterionType", "Direction", "Expert", "FrozenDict",
    "Industry", "IndustryCriterion", "IndustryPlan", "PortfolioPlan", "Project", "ProjectError",
    "Round", "Settings", "Text",
]

SCHEMA_VERSION = 2


class ProjectError(MCDMError):
    """A reference to something the project does not hold, or an edit that cannot apply."""


class FrozenDict(Mapping):
    """An immutable, hashable mapping (insertion order kept, equality like ``dict``)."""

    __slots__ = ("_d", "_h")

    def __init__(self, *args: Any, **kw: Any) -> None:
        self._d = dict(*args, **kw)
        self._h: int | None = None

    def __getitem__(self, key: Any) -> Any:
        return self._d[key]

    def __iter__(self) -> Iterator:
        return iter(self._d)

    def __len__(self) -> int:
        return len(self._d)

    def __contains__(self, key: object) -> bool:
        return key in self._d

    # Direct views of the dict: Mapping's generic ones go through __getitem__ per key, which
    # costs milliseconds over a workshop's thousands of scores.
    def get(self, key: Any, default: Any = None) -> Any:
        return self._d.get(key, default)

    def items(self):
        return self._d.items()

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def __eq__(self, other: object) -> bool:
        if other is self:  # the usual case when an edit carried a mapping over unchanged
            return True
        if isinstance(other, FrozenDict):
            return self._d == other._d
        if isinstance(other, Mapping):
            return self._d == dict(other)
        return NotImplemented

    def __hash__(self) -> int:
        if self._h is None:
            self._h = hash(frozenset(self._d.items()))
        return self._h

    def __repr__(self) -> str:
        return f"FrozenDict({self._d!r})"

    def set(self, key: Any, value: Any) -> FrozenDict:
        """A copy with ``key`` set to ``value``."""
        d = dict(self._d)
        d[key] = value
        return FrozenDict(d)

    def delete(self, key: Any) -> FrozenDict:
        """A copy without ``key`` (no error if absent)."""
        d = dict(self._d)
        d.pop(key, None)
        return FrozenDict(d)

    def to_dict(self) -> dict:
        return dict(self._d)


@dataclass(frozen=True)
class Text:
    """A bilingual label."""

    zh: str = ""
    en: str = ""

    def get(self, lang: str) -> str:
        """The text in ``lang`` ("zh" or "en"), falling back to the other language."""
        first, second = (self.en, self.zh) if lang == "en" else (self.zh, self.en)
        return first or second

    def __bool__(self) -> bool:
        return bool(self.zh or self.en)


class CriterionType(IntEnum):
    """Benefit (larger is better) or cost (smaller is better); the value is TOPSIS's type."""

    BENEFIT = 1
    COST = -1


@dataclass(frozen=True)
class Criterion:
    """A node of the criteria tree; the root is the goal. A node without children is a leaf."""

    id: str
    label: Text
    description: Text = Text()
    type: CriterionType = CriterionType.BENEFIT
    unit: str = ""
    children: tuple[Criterion, ...] = ()
    # A short label for tight places (chart axes); empty: the full label is used, wrapped.
    short: Text = Text()

    def __post_init__(self) -> None:
        if not isinstance(self.children, tuple):
            object.__setattr__(self, "children", tuple(self.children))
        if not isinstance(self.type, CriterionType):
            object.__setattr__(self, "type", CriterionType(self.type))

    def walk(self) -> Iterator[Criterion]:
        """This node and every descendant, depth first, in children order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def child_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.children)

    def replace(self, **kw: Any) -> Criterion:
        return dataclasses.replace(self, **kw)


@dataclass(frozen=True)
class Expert:
    id: str
    name: str
    role: str = ""
    weight: float = 1.0


@dataclass(frozen=True)
class Direction:
    """A priority direction (重点发展方向): an alternative that TOPSIS ranks.

    ``cost`` is its estimated cost in the portfolio's cost unit (None: not estimated yet).
    """

    id: str
    label: Text
    description: Text = Text()
    cost: float | None = None
    short: Text = Text()  # see Criterion.short


@dataclass(frozen=True)
class IndustryCriterion:
    """An industry's own measured criterion, e.g. a market growth rate.

    ``weight`` is its share of the total weight in that industry's ranking: the tree leaves' global
    weights are scaled by ``1 - sum(own weights)``.
    """

    id: str
    label: Text
    type: CriterionType = CriterionType.BENEFIT
    unit: str = ""
    weight: float = 0.1
    short: Text = Text()  # see Criterion.short

    def __post_init__(self) -> None:
        if not isinstance(self.type, CriterionType):
            object.__setattr__(self, "type", CriterionType(self.type))


@dataclass(frozen=True)
class Industry:
    id: str
    label: Text
    directions: tuple[Direction, ...] = ()
    criteria: tuple[IndustryCriterion, ...] = ()
    description: Text = Text()
    short: Text = Text()  # see Criterion.short

    def __post_init__(self) -> None:
        for name in ("directions", "criteria"):
            value = getattr(self, name)
            if not isinstance(value, tuple):
                object.__setattr__(self, name, tuple(value))

    def direction_ids(self) -> tuple[str, ...]:
        return tuple(d.id for d in self.directions)

    def replace(self, **kw: Any) -> Industry:
        return dataclasses.replace(self, **kw)


@dataclass(frozen=True)
class Settings:
    """Method settings of a project; each field's type, choices, default and words are declared
    once in :data:`mcdm.project.settings.SETTINGS` (a valid choice is held as its enum member,
    which equals its plain string)."""

    priority_method: PriorityMethod = spec("priority_method").default
    ri_table: RITable = spec("ri_table").default
    aggregation: Aggregation = spec("aggregation").default
    score_mean: ScoreMean = spec("score_mean").default
    normalization: Normalization = spec("normalization").default
    scale: ScaleName = spec("scale").default
    consensus_scale_max: float = spec("consensus_scale_max").default
    cr_threshold: float = spec("cr_threshold").default
    score_min: float = spec("score_min").default
    score_max: float = spec("score_max").default
    language: Language = spec("language").default
    weighting: Weighting = spec("weighting").default
    objective_method: ObjectiveMethod = spec("objective_method").default
    combination: Combination = spec("combination").default
    combination_alpha: float = spec("combination_alpha").default
    vikor_v: float = spec("vikor_v").default
    waspas_lambda: float = spec("waspas_lambda").default
    promethee_function: PreferenceFunction = spec("promethee_function").default
    promethee_q: float = spec("promethee_q").default
    promethee_p: float = spec("promethee_p").default

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            held = coerce(f.name, value)
            if held is not value:
                object.__setattr__(self, f.name, held)

    def replace(self, **kw: Any) -> Settings:
        return dataclasses.replace(self, **kw)


@dataclass(frozen=True)
class Round:
    """A closed round of a Delphi-style consultation: what the panel answered in it.

    ``number`` counts from 1; ``closed`` is when the facilitator closed it (ISO 8601 text);
    ``judgments`` and ``reasons`` have the layout of :attr:`Project.judgments` and
    :attr:`Project.reasons`.
    """

    number: int
    closed: str
    judgments: Mapping = field(default_factory=FrozenDict)
    reasons: Mapping = field(default_factory=FrozenDict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "judgments", _freeze_judgments(self.judgments))
        object.__setattr__(self, "reasons", _freeze_judgments(self.reasons))


def _freeze_judgments(j: Mapping) -> FrozenDict:
    # Empty expert or node entries are dropped, so "no judgments" has one representation and an
    # edit followed by its inverse gives back an equal project.
    if isinstance(j, FrozenDict) and all(
            isinstance(v, FrozenDict) and v and all(isinstance(p, FrozenDict) and p
                                                    for p in v.values())
            for v in j.values()):
        return j
    out = {}
    for e, nodes in j.items():
        frozen = {n: FrozenDict(pairs) for n, pairs in nodes.items() if pairs}
        if frozen:
            out[e] = FrozenDict(frozen)
    return FrozenDict(out)


@dataclass(frozen=True)
class Project:
    """One workshop: the criteria tree, the panel, every judgment and score, and the settings.

    ``judgments``: expert_id → node_id → {(a_id, b_id): a_ab}, with ``a`` before ``b`` in the
    node's children and a_ab > 0 how many times ``a`` matters more than ``b``; an absent pair is a
    missing judgment. ``scores``: (expert_id, industry_id, direction_id, criterion_id) → value,
    where the criterion is a tree leaf or one of the industry's own criteria.
    """

    schema_version: int = SCHEMA_VERSION
    id: str = "project"
    title: Text = Text()
    description: Text = Text()
    illustrative: bool = False
    template: str = ""
    goal: Criterion = field(default_factory=lambda: Criterion("goal", Text("目标", "Goal")))
    experts: tuple[Expert, ...] = ()
    judgments: Mapping = field(default_factory=FrozenDict)
    industries: tuple[Industry, ...] = ()
    scores: Mapping = field(default_factory=FrozenDict)
    settings: Settings = Settings()
    rounds: tuple[Round, ...] = ()
    reasons: Mapping = field(default_factory=FrozenDict)
    portfolio: PortfolioPlan = field(default_factory=PortfolioPlan)

    def __post_init__(self) -> None:
        for name in ("experts", "industries", "rounds"):
            value = getattr(self, name)
            if not isinstance(value, tuple):
                object.__setattr__(self, name, tuple(value))
        object.__setattr__(self, "judgments", _freeze_judgments(self.judgments))
        object.__setattr__(self, "reasons", _freeze_judgments(self.reasons))
        if not isinstance(self.scores, FrozenDict):
            object.__setattr__(self, "scores", FrozenDict(self.scores))

    def replace(self, **kw: Any) -> Project:
        """A copy with some fields replaced (caches are not carried over)."""
        return dataclasses.replace(self, **kw)

    # -- tree ------------------------------------------------------------------------------
    @cached_property
    def _tree(self) -> tuple[dict[str, Criterion], dict[str, str | None]]:
        nodes: dict[str, Criterion] = {}
        parents: dict[str, str | None] = {self.goal.id: None}
        for node in self.goal.walk():
            nodes.setdefault(node.id, node)
            for child in node.children:
                parents.setdefault(child.id, node.id)
        return nodes, parents

    def node(self, node_id: str) -> Criterion:
        """The tree node ``node_id`` (the goal included)."""
        try:
            return self._tree[0][node_id]
        except (KeyError, TypeError):  # TypeError: an unhashable id
            raise ProjectError("project.unknown_node", f"no criterion {node_id!r} in the tree",
                               location=Location(field=str(node_id)),
                               expected="the id of a criterion in the tree",
                               params={"node": str(node_id)}) from None

    def has_node(self, node_id: str) -> bool:
        try:
            return node_id in self._tree[0]
        except TypeError:
            return False

    def parent(self, node_id: str) -> Criterion | None:
        """The parent of ``node_id``; None for the goal."""
        self.node(node_id)
        pid = self._tree[1][node_id]
        return None if pid is None else self._tree[0][pid]

    def path(self, node_id: str) -> tuple[Criterion, ...]:
        """The nodes from the goal down to ``node_id``."""
        chain = [self.node(node_id)]
        while (p := self._tree[1][chain[-1].id]) is not None:
            chain.append(self._tree[0][p])
        return tuple(reversed(chain))

    @cached_property
    def _leaves(self) -> tuple[Criterion, ...]:
        return tuple(n for n in self.goal.walk() if not n.children and n is not self.goal)

    def leaves(self) -> tuple[Criterion, ...]:
        """Tree leaves in depth-first order (the goal alone is not a leaf)."""
        return self._leaves

    def internal_nodes(self) -> tuple[Criterion, ...]:
        """Nodes with at least two children: each has a judgment matrix."""
        return tuple(n for n in self.goal.walk() if len(n.children) >= 2)

    # -- panel and judgments ----------------------------------------------------------------
    def expert(self, expert_id: str) -> Expert:
        for e in self.experts:
            if e.id == expert_id:
                return e
        raise ProjectError("project.unknown_expert", f"no expert {expert_id!r}",
                           location=Location(field=str(expert_id)), expected="an expert's id",
                           params={"expert": str(expert_id)})

    def expert_ids(self) -> tuple[str, ...]:
        return tuple(e.id for e in self.experts)

    def judgment(self, expert_id: str, node_id: str, a: str, b: str) -> float | None:
        """a_ab as given by the expert (either orientation), or None if missing."""
        pairs = self.judgments.get(expert_id, {}).get(node_id, {})
        if (a, b) in pairs:
            return float(pairs[(a, b)])
        if (b, a) in pairs:
            return 1.0 / float(pairs[(b, a)])
        return None

    def scale_values(self) -> tuple[float, ...]:
        """The numbers verbal levels 1..9 stand for on this project's judgment scale."""
        from mcdm.ahp.scales import get_scale

        return tuple(float(v) for v in get_scale(self.settings.scale).values)

    def reason(self, expert_id: str, node_id: str, a: str, b: str) -> str | None:
        """The expert's reason for the answer on (a, b) in the current round (either order)."""
        pairs = self.reasons.get(expert_id, {}).get(node_id, {})
        return pairs.get((a, b), pairs.get((b, a)))

    # -- rounds ----------------------------------------------------------------------------
    @property
    def current_round(self) -> int:
        """The number of the round in progress (1 before any round was closed)."""
        return len(self.rounds) + 1

    def judgment_matrix(self, expert_id: str, node_id: str) -> np.ndarray:
        """The expert's n × n matrix at ``node_id``: 1 on the diagonal, nan where missing."""
        self.expert(expert_id)
        node = self.node(node_id)
        ids = node.child_ids()
        index = {c: i for i, c in enumerate(ids)}
        n = len(ids)
        a = np.full((n, n), np.nan)
        np.fill_diagonal(a, 1.0)
        for (x, y), v in self.judgments.get(expert_id, {}).get(node_id, {}).items():
            i, j = index.get(x), index.get(y)
            if i is None or j is None:
                continue  # a stale pair; schema.validate reports it
            a[i, j] = v
            a[j, i] = 1.0 / v
        a.flags.writeable = False
        return a

    # -- industries and scores -------------------------------------------------------------
    def industry(self, industry_id: str) -> Industry:
        for ind in self.industries:
            if ind.id == industry_id:
                return ind
        raise ProjectError("project.unknown_industry", f"no industry {industry_id!r}",
                           location=Location(field=str(industry_id)),
                           expected="an industry's id", params={"industry": str(industry_id)})

    def industry_criteria(self, industry_id: str) -> tuple[Criterion | IndustryCriterion, ...]:
        """The criteria an industry's directions are scored on: tree leaves, then its own."""
        return self._leaves + self.industry(industry_id).criteria

    @cached_property
    def _tensors(self) -> dict[str, np.ndarray]:
        # One pass over all scores builds every industry's tensor: per-industry filtering of
        # the flat mapping would cost a pass per industry on every evaluation.
        experts = {e: i for i, e in enumerate(self.expert_ids())}
        leaves = [c.id for c in self._leaves]
        tensors: dict[str, np.ndarray] = {}
        index: dict[str, tuple[dict[str, int], dict[str, int]]] = {}
        for ind in self.industries:
            crit = leaves + [c.id for c in ind.criteria]
            tensors[ind.id] = np.full((len(experts), len(ind.directions), len(crit)), np.nan)
            index[ind.id] = ({d: i for i, d in enumerate(ind.direction_ids())},
                             {c: i for i, c in enumerate(crit)})
        for (e, ind, d, c), v in self.scores.items():
            ei = experts.get(e)
            ix = index.get(ind)
            if ei is None or ix is None:
                continue
            di, ci = ix[0].get(d), ix[1].get(c)
            if di is not None and ci is not None:
                tensors[ind][ei, di, ci] = v
        for t in tensors.values():
            t.flags.writeable = False
        return tensors

    def score_tensor(self, industry_id: str) -> np.ndarray:
        """experts × directions × criteria (``industry_criteria`` order), nan where missing."""
        self.industry(industry_id)
        return self._tensors[industry_id]

    def score(self, expert_id: str, industry_id: str, direction_id: str,
              criterion_id: str) -> float | None:
        v = self.scores.get((expert_id, industry_id, direction_id, criterion_id))
        return None if v is None else float(v)

"""Results as pandas DataFrames, for notebooks and scripts (``result.to_frame()``).

Each frame is read off the result (nothing is recomputed) and indexed by what the result
ranks or weights: directions, criteria, methods. Results that do not carry names take them as
an option (``names=``, ``criteria=``); a project's results carry the project, so their frames
use its ids and labels.

============================  ===========================================================
result                        ``to_frame(...)``
============================  ===========================================================
``PriorityResult``            weight per item (``names=``); λmax, CI, CR, GCI in ``.attrs``
``TopsisResult``              closeness, D⁺, D⁻, rank per direction (``names=``)
``SensitivityResult``         weight and stability intervals per criterion (``criteria=``)
``MonteCarloResult``          P(top k), closeness mean/sd, P(rank r) per direction
                              (``industry=0``, ``names=``)
``ComparisonResult``          each method's rank per direction, and the spread (``names=``)
``IndustryResult``            the ranking, with P(top k) after Monte Carlo
``ProjectResult``             one of the tables of :mod:`mcdm.tables.flat`
                              (``table="ranking"``, ``lang=``)
============================  ===========================================================
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["frame_of", "html_of"]


def _index(n: int, names: Sequence[str] | None, what: str) -> pd.Index:
    if names is None:
        return pd.RangeIndex(n, name=what)
    names = list(names)
    if len(names) != n:
        raise ValueError(f"{len(names)} names for {n} {what}s")
    return pd.Index(names, name=what)


def priority_frame(r, names: Sequence[str] | None = None) -> pd.DataFrame:
    df = pd.DataFrame({"weight": np.asarray(r.weights)}, index=_index(r.n, names, "item"))
    df.attrs.update(lambda_max=float(r.lambda_max), ci=float(r.ci), cr=float(r.cr),
                    gci=float(r.gci), method=str(r.method), ri=str(r.ri))
    return df


def topsis_frame(r, names: Sequence[str] | None = None) -> pd.DataFrame:
    s = r.steps
    return pd.DataFrame({"closeness": r.closeness, "d_plus": s.d_plus, "d_minus": s.d_minus,
                         "rank": r.ranks}, index=_index(len(r.closeness), names, "direction"))


def sensitivity_frame(s, criteria: Sequence[str] | None = None) -> pd.DataFrame:
    n = len(s.top1_interval)
    return pd.DataFrame({"weight": np.asarray(s.base.weights, dtype=float),
                         "top_low": s.top1_interval[:, 0], "top_high": s.top1_interval[:, 1],
                         "ranking_low": s.ranking_interval[:, 0],
                         "ranking_high": s.ranking_interval[:, 1]},
                        index=_index(n, criteria, "criterion"))


def monte_carlo_frame(m, industry: int = 0, names: Sequence[str] | None = None) -> pd.DataFrame:
    acc = m.acceptability[industry]
    count = acc.shape[0]
    df = pd.DataFrame({f"p_top_{m.k}": m.top_k[industry],
                       "mean_closeness": m.mean_closeness[industry],
                       "std_closeness": m.std_closeness[industry]},
                      index=_index(count, names, "direction"))
    for r in range(acc.shape[1]):
        df[f"p_rank_{r + 1}"] = acc[:, r]
    df.attrs.update(n_samples=m.n_samples, sampler=m.sampler, seed=m.seed)
    return df


def comparison_frame(c, names: Sequence[str] | None = None) -> pd.DataFrame:
    df = pd.DataFrame(np.asarray(c.ranks).T, columns=list(c.methods),
                      index=_index(np.asarray(c.ranks).shape[1], names, "direction"))
    df["rank_spread"] = c.rank_spread
    return df


def industry_frame(ir) -> pd.DataFrame:
    df = topsis_frame(ir.topsis, ir.direction_ids)
    if ir.monte_carlo is not None:
        df[f"p_top_{ir.monte_carlo.k}"] = ir.monte_carlo.top_k[0]
    return df.sort_values(["rank"], kind="stable")


def project_frame(result, table: str = "ranking", lang: str | None = None) -> pd.DataFrame:
    from mcdm.tables.document import evaluation_document
    from mcdm.tables.flat import TABLES, flat_tables

    lang = lang or str(result.settings.language)
    tables = flat_tables(evaluation_document(result.project, result, lang))
    if table not in tables:
        raise ValueError(f"no table {table!r} in this result; it has "
                         f"{', '.join(tables)} (of {', '.join(TABLES)})")
    head, rows = tables[table]
    return pd.DataFrame(rows, columns=head)


def _builders():
    from mcdm.ahp.result import PriorityResult
    from mcdm.compare import ComparisonResult
    from mcdm.project.result import IndustryResult, ProjectResult
    from mcdm.sensitivity import SensitivityResult
    from mcdm.topsis import TopsisResult
    from mcdm.uncertainty import MonteCarloResult

    return ((PriorityResult, priority_frame), (TopsisResult, topsis_frame),
            (SensitivityResult, sensitivity_frame), (MonteCarloResult, monte_carlo_frame),
            (ComparisonResult, comparison_frame), (IndustryResult, industry_frame),
            (ProjectResult, project_frame))


def frame_of(result: Any, *args: Any, **kw: Any) -> pd.DataFrame:
    """The frame of any result class above."""
    for cls, build in _builders():
        if isinstance(result, cls):
            return build(result, *args, **kw)
    raise TypeError(f"no frame for {type(result).__name__}")


def html_of(result: Any) -> str:
    """What a notebook shows: the frame as a table (a project result: weights and rankings)."""
    from mcdm.project.result import ProjectResult

    if isinstance(result, ProjectResult):
        return "\n".join(f"<h4>{name}</h4>" + project_frame(result, name)._repr_html_()
                         for name in ("criteria", "ranking"))
    return frame_of(result)._repr_html_()

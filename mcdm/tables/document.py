"""An evaluation as a plain, versioned JSON document: what ``fourchains-cli evaluate --json``
prints and what scripts read (``docs/cli-json.md``; JSON Schema in
``resources/schemas/cli-json.schema.json``).

Every number is picked out of the :class:`~mcdm.project.result.ProjectResult` (nothing is
recomputed); ids are the project's, labels come in both languages, and every part that could
not be computed carries a *reason*: ``{"code", "params", "message"}``, the message in the
document's language. Numbers that do not exist (a CR under AIP, a weight under a node without
judgments) are ``null``, never NaN, so any JSON reader takes the document.

Bump :data:`SCHEMA_VERSION` on any change a script could trip over (a field removed, renamed
or retyped); adding a field keeps the version.

Examples
--------
>>> from mcdm.project.sample import sample_project
>>> from mcdm.project.evaluate import evaluate
>>> doc = evaluation_document(sample_project(), evaluate(sample_project()), "en")
>>> doc["schema_version"], doc["kind"], doc["industries"][0]["ranking"][0]["rank"]
(1, 'evaluation', 1)
"""

from __future__ import annotations

import enum
import math
from typing import Any

import numpy as np

from mcdm.errors import MCDMError, Problem

__all__ = [
    "SCHEMA_VERSION", "evaluation_document", "jsonable", "reason", "text", "validation_document",
]

SCHEMA_VERSION = 1


def jsonable(value: Any) -> Any:
    """``value`` as strict JSON data: tuples → lists, numpy → Python, NaN/inf → None."""
    if isinstance(value, (str, bool)) or value is None:
        return value.value if isinstance(value, enum.Enum) and isinstance(value, str) else value
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, np.ndarray):
        return [jsonable(v) for v in value.tolist()]
    if isinstance(value, dict) or hasattr(value, "items"):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(v) for v in value]
    return str(value)


def _num(x: Any) -> float | None:
    return None if x is None else jsonable(float(x))


def text(label) -> dict[str, str]:
    """A bilingual label as ``{"zh": …, "en": …}``."""
    return {"zh": label.zh, "en": label.en}


def reason(problem: Problem | MCDMError, lang: str, project) -> dict[str, Any]:
    """Why a part is missing: the stable code, its parameters, and one sentence in ``lang``."""
    from mcdm.messages import describe

    p = problem.as_problem() if isinstance(problem, MCDMError) else problem
    return {"code": p.code, "params": jsonable(dict(p.params)),
            "message": describe(p, lang, project)}


def _criteria(project, result) -> list[dict]:
    h = result.hierarchy
    out = []
    for node in project.goal.walk():
        if node is project.goal:
            continue
        out.append({"id": node.id, "label": text(node.label),
                    "parent": project.parent(node.id).id,
                    "depth": len(project.path(node.id)) - 1, "leaf": not node.children,
                    "type": "cost" if int(node.type) < 0 else "benefit", "unit": node.unit,
                    "local_weight": _num(h.local.get(node.id)),
                    "global_weight": _num(h.global_weights.get(node.id))})
    return out


def _priority(r) -> dict[str, Any]:
    return {"lambda_max": _num(r.lambda_max), "ci": _num(r.ci), "cr": _num(r.cr),
            "gci": _num(r.gci)}


def _nodes(project, result, lang: str) -> list[dict]:
    out = []
    for node_id, n in result.nodes.items():
        individual = []
        for e in result.expert_ids:
            r = result.individual.get((e, node_id))
            if r is None:
                continue
            individual.append({"expert": e, "weights": jsonable(r.weights), **_priority(r),
                               "consistent": result.consistent(e, node_id),
                               "missing_judgments": len(r.missing)})
        group = None
        if n.group is not None:
            group = {**_priority(n.group), "consistent": result.group_consistent(node_id)}
        consensus = None
        if n.consensus is not None:
            c = n.consensus
            consensus = {"s_star": _num(c.s_star), "word": c.word,
                         "furthest_expert": n.experts[c.furthest_expert]}
        out.append({"id": node_id, "children": list(n.child_ids),
                    "weights": None if n.weights is None else jsonable(n.weights),
                    "global_weight": _num(n.global_weight), "experts": list(n.experts),
                    "group": group, "consensus": consensus, "individual": individual,
                    "excluded": [reason(p, lang, project) for p in n.excluded.values()],
                    "missing": None if n.missing is None else reason(n.missing, lang, project)})
    return out


def _sensitivity(ir) -> dict[str, Any] | None:
    s = ir.sensitivity
    if s is None:
        return None
    crit, dirs = ir.criterion_ids, ir.direction_ids
    change = None
    if s.minimal_change is not None:
        m = s.minimal_change
        change = {"criterion": crit[m.criterion], "from_weight": _num(m.from_weight),
                  "to_weight": _num(m.to_weight), "relative_change": _num(m.relative_change),
                  "new_top": dirs[m.new_top]}
    return {
        "criteria": [{"criterion": c, "weight": _num(ir.weights[k] / ir.weights.sum()),
                      "top_interval": jsonable(s.top1_interval[k]),
                      "ranking_interval": jsonable(s.ranking_interval[k])}
                     for k, c in enumerate(crit)],
        "minimal_change": change,
        "reversals": [{"criterion": crit[r.criterion], "weight": _num(r.weight),
                       "rises": dirs[r.rises], "falls": dirs[r.falls]} for r in s.reversals],
    }


def _monte_carlo(ir, options: dict) -> dict[str, Any] | None:
    mc = ir.monte_carlo
    if mc is None:
        return None
    acc = mc.acceptability[0]
    return {
        "sampler": options.get("sampler", mc.sampler), "n_samples": mc.n_samples,
        "n_requested": mc.n_requested, "seed": mc.seed, "cancelled": mc.cancelled,
        "score_noise": bool(options.get("score_noise", False)),
        "concentration": _num(options.get("concentration"))
        if options.get("sampler") == "dirichlet" else None,
        "k": mc.k,
        "directions": [{"direction": d, "p_top_k": _num(mc.top_k[0][i]),
                        "mean_closeness": _num(mc.mean_closeness[0][i]),
                        "std_closeness": _num(mc.std_closeness[0][i]),
                        "rank_acceptability": jsonable(acc[i])}
                       for i, d in enumerate(ir.direction_ids)],
    }


def _industries(project, result, lang: str) -> list[dict]:
    ranked = {r.industry_id: r for r in result.industries}
    options = dict(result.options.get("monte_carlo") or {})
    out = []
    for ind in project.industries:
        labels = {d.id: d.label for d in ind.directions}
        ir = ranked.get(ind.id)
        item: dict[str, Any] = {"id": ind.id, "label": text(ind.label), "ranked": ir is not None}
        if ir is None:
            err = result.industry_errors.get(ind.id)
            item["reason"] = None if err is None else reason(err, lang, project)
            out.append(item)
            continue
        total = float(ir.weights.sum())
        own = {c.id for c in ind.criteria}
        steps = ir.topsis.steps
        item.update({
            "reason": None,
            "own_share": _num(ir.own_share),
            "criteria": [{"id": c, "weight": _num(ir.weights[k] / total),
                          "type": "cost" if ir.types[k] < 0 else "benefit", "own": c in own}
                         for k, c in enumerate(ir.criterion_ids)],
            "ranking": [{"direction": d, "label": text(labels[d]), "rank": rank,
                         "closeness": _num(clo),
                         "d_plus": _num(steps.d_plus[ir.direction_ids.index(d)]),
                         "d_minus": _num(steps.d_minus[ir.direction_ids.index(d)])}
                        for d, clo, rank in ir.ranking()],
            "excluded_directions": [reason(p, lang, project)
                                    for p in ir.excluded_directions.values()],
            "sensitivity": _sensitivity(ir),
            "monte_carlo": _monte_carlo(ir, options),
        })
        out.append(item)
    return out


def project_header(project, file: str | None) -> dict[str, Any]:
    return {"id": project.id, "title": text(project.title), "file": file,
            "illustrative": bool(project.illustrative), "template": project.template}


def generator() -> dict[str, str]:
    from mcdm import __version__

    return {"program": "fourchains-cli", "version": __version__}


def evaluation_document(project, result, lang: str, *, file: str | None = None) -> dict:
    """The whole evaluation as JSON-ready data (see ``docs/cli-json.md``)."""
    from mcdm.project.settings import SETTINGS

    s = result.settings
    total = float(np.sum(result.expert_weights)) if len(result.expert_weights) else 0.0
    return {
        "schema_version": SCHEMA_VERSION,
        "kind": "evaluation",
        "generator": generator(),
        "language": lang,
        "project": project_header(project, file),
        "settings": {row.name: jsonable(getattr(s, row.name)) for row in SETTINGS},
        "experts": [{"id": e.id, "name": e.name, "role": e.role, "weight": _num(e.weight),
                     "normalized_weight": _num(w) if total > 0 else None}
                    for e, w in zip(project.experts, result.expert_weights, strict=True)],
        "criteria": _criteria(project, result),
        "nodes": _nodes(project, result, lang),
        "consensus": {"s_star": _num(result.consensus), "word": result.consensus_word},
        "industries": _industries(project, result, lang),
        "complete": not result.incomplete(),
        "problems": [reason(p, lang, project) for p in result.problems],
        "advice": [reason(p, lang, project) for p in result.advice],
        "options": jsonable(dict(result.options)),
    }


def validation_document(project, result, lang: str, *, file: str | None = None,
                        errors=()) -> dict:
    """What ``validate --json`` prints: whether the file is a valid project (``errors`` say why
    not; then ``project`` and ``result`` are None) and the warnings of its evaluation."""
    warnings = () if result is None else result.warnings()
    return {
        "schema_version": SCHEMA_VERSION,
        "kind": "validation",
        "generator": generator(),
        "language": lang,
        "project": None if project is None else project_header(project, file),
        "valid": not errors,
        "complete": result is not None and not result.incomplete(),
        "errors": [reason(p, lang, project) for p in errors],
        "warnings": [reason(p, lang, project) for p in warnings],
    }

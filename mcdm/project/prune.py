"""Drop judgments, reasons, scores and portfolio entries that no longer fit a project's structure.

After a structural edit (a criterion removed or moved, an expert or direction removed, a leaf that
became a parent) some judgments and scores refer to things that are gone or changed role. This
keeps the rest, re-orients each judgment pair to the node's children order, and returns the very
same object when nothing needed to change. Closed rounds are pruned like the current one: the
round history describes the tree as it is now.
"""

from __future__ import annotations

import dataclasses

from mcdm.project.model import FrozenDict, Project

__all__ = ["prune"]


def _reciprocal(v):
    return 1.0 / v


def _same(v):
    return v


def _pairs(project: Project, mapping: FrozenDict, flip=_reciprocal) -> FrozenDict:
    """``mapping`` (expert → node → {(a, b): v}) without what the structure lost; ``flip``
    re-expresses a value for the reversed pair (1/v for a judgment, the same for a reason)."""
    experts = set(project.expert_ids())
    order = {n.id: {c: i for i, c in enumerate(n.child_ids())} for n in project.internal_nodes()}
    changed = False
    out: dict = {}
    for e, nodes in mapping.items():
        if e not in experts:
            changed = True
            continue
        kept: dict = {}
        for n, pairs in nodes.items():
            pos = order.get(n)
            if pos is None:
                changed = True
                continue
            new_pairs = {}
            for (a, b), v in pairs.items():
                if a not in pos or b not in pos or a == b:
                    changed = True
                elif pos[a] > pos[b]:
                    changed = True
                    new_pairs[(b, a)] = flip(v)
                else:
                    new_pairs[(a, b)] = v
            if new_pairs:
                kept[n] = new_pairs
        if kept:
            out[e] = kept
    return FrozenDict(out) if changed else mapping


def _scores(project: Project) -> FrozenDict:
    experts = set(project.expert_ids())
    leaves = {c.id for c in project.leaves()}
    valid = {ind.id: (set(ind.direction_ids()), leaves | {c.id for c in ind.criteria})
             for ind in project.industries}
    keep = {}
    for key, v in project.scores.items():
        e, i, d, c = key
        ok = valid.get(i)
        if e in experts and ok is not None and d in ok[0] and c in ok[1]:
            keep[key] = v
    return project.scores if len(keep) == len(project.scores) else FrozenDict(keep)


def _rounds(project: Project) -> tuple:
    out = []
    for r in project.rounds:
        j, why = _pairs(project, r.judgments), _pairs(project, r.reasons, _same)
        out.append(r if j is r.judgments and why is r.reasons else
                   dataclasses.replace(r, judgments=j, reasons=why))
    return project.rounds if all(a is b for a, b in zip(out, project.rounds, strict=True)) \
        else tuple(out)


def _portfolio(project: Project):
    """The portfolio definition without plans and choices of removed industries or directions."""
    plan = project.portfolio
    dirs = {ind.id: set(ind.direction_ids()) for ind in project.industries}
    plans = {k: v for k, v in plan.industries.items() if k in dirs}
    must = frozenset(p for p in plan.must if p[1] in dirs.get(p[0], ()))
    exclude = frozenset(p for p in plan.exclude if p[1] in dirs.get(p[0], ()))
    if len(plans) == len(plan.industries) and must == plan.must and exclude == plan.exclude:
        return plan
    return plan.replace(industries=plans, must=must, exclude=exclude)


def prune(project: Project) -> Project:
    """``project`` without judgments, reasons, scores and portfolio entries its structure has
    no room for."""
    j, s = _pairs(project, project.judgments), _scores(project)
    why, rounds = _pairs(project, project.reasons, _same), _rounds(project)
    p = _portfolio(project)
    if j is project.judgments and s is project.scores and why is project.reasons and \
            rounds is project.rounds and p is project.portfolio:
        return project
    return project.replace(judgments=j, scores=s, reasons=why, rounds=rounds, portfolio=p)

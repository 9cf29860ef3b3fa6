"""Delphi rounds by hand, for the round-2 tests of the CLI and the GUI: S*, dispersion and the
group's judgment straight from :mod:`mcdm.ahp` and :mod:`mcdm.group`, and how the sample panel
answers round 2 (E6 moves its answers far from the group to the group's round-1 judgment, E4
keeps its answers and explains one)."""

from __future__ import annotations

import math

import numpy as np

from mcdm.ahp import priorities
from mcdm.ahp.scales import nearest_value
from mcdm.group import aggregate_judgments, consensus, judgment_dispersion
from mcdm.project import edits as E

FAR_SDS, FAR_MIN_RATIO = 1.5, 2.0  # the rule the questionnaire states (mcdm.project.rounds)
REASON = "产业基础决定优先级"


def by_hand(project, judgments, node_id):
    """(S*, mean GSD, AIJ matrix, GSD matrix) at ``node_id`` from mcdm.ahp / mcdm.group."""
    q = project.replace(judgments=judgments)
    kids = q.node(node_id).child_ids()
    mats, vecs, w = [], [], []
    for e in q.experts:
        if judgments.get(e.id, {}).get(node_id):
            a = q.judgment_matrix(e.id, node_id)
            mats.append(a)
            vecs.append(priorities(a, method=q.settings.priority_method).weights)
            w.append(e.weight)
    s = consensus(np.array(vecs), w, q.settings.consensus_scale_max).s_star
    gsd = judgment_dispersion(mats, w, names=kids).gsd
    return s, float(np.nanmean(gsd[np.triu_indices(len(kids), 1)])), \
        aggregate_judgments(mats, w, names=kids), gsd


def round_two_answers(sample):
    """The panel's round-2 answers: E6 gives the group's round-1 judgment (nearest level)
    wherever it was far from it; E4 keeps its answers and explains one. Returns (project,
    number of E6's moved answers)."""
    target = sample
    moved = 0
    for node in sample.internal_nodes():
        _, _, aij, gsd = by_hand(sample, sample.judgments, node.id)
        kids = node.child_ids()
        for (a, b), v in sample.judgments["E6"].get(node.id, {}).items():
            i, j = kids.index(a), kids.index(b)
            if abs(math.log(v / aij[i, j])) > max(FAR_SDS * math.log(gsd[i, j]),
                                                 math.log(FAR_MIN_RATIO)):
                g = nearest_value(aij[i, j], sample.settings.scale)
                target, _ = E.SetJudgment("E6", node.id, a, b, g).apply(target)
                moved += 1
    target, _ = E.SetReason("E4", "principles", "P2", "P3", REASON).apply(target)
    return target, moved


def feedback_pairs(project, sample, wb):
    """Each pair row of a round-2 questionnaire's judgment sheet, ``(ws, block, pair)``, once
    its round-1 feedback cells (the panel's AIJ judgment and its geometric SD) are checked
    against :func:`by_hand` on ``sample`` (the round-1 project)."""
    from mcdm.excel.questionnaire import plan as P
    from mcdm.excel.questionnaire.fill import plan_of

    _, _meta, sheets = plan_of(project, wb)
    title, (_, sp) = next((t, x) for t, x in sheets.items() if x[1].judgment_blocks)
    ws = wb[title]
    for block in sp.judgment_blocks:
        _, _, aij, gsd = by_hand(sample, sample.judgments, block.node_id)
        kids = list(block.items)
        for pr in block.pairs:
            i, j = kids.index(pr.a), kids.index(pr.b)
            assert math.isclose(ws.cell(row=pr.row, column=P.COL_GROUP).value, aij[i, j],
                                rel_tol=1e-12)
            assert math.isclose(ws.cell(row=pr.row, column=P.COL_SPREAD).value, gsd[i, j],
                                rel_tol=1e-12)
            yield ws, block, pr

"""An evaluation document (:mod:`.document`) as flat tables: one header row and rows of plain
values each, for ``evaluate --csv DIR`` (one file per table) and ``ProjectResult.to_frame``.

The tables are read off the document, so the CSV files, the data frames and the JSON never
disagree. Long format throughout (one row per industry × direction, per node × expert …): a
spreadsheet filters it, pandas pivots it.

Examples
--------
>>> from mcdm.project.sample import sample_project
>>> from mcdm.project.evaluate import evaluate
>>> from mcdm.tables.document import evaluation_document
>>> tables = flat_tables(evaluation_document(sample_project(), evaluate(sample_project()), "en"))
>>> sorted(tables)
['consensus', 'consistency', 'criteria', 'expert_priorities', 'experts', 'industry_criteria', \
'ranking', 'reasons']
>>> tables["ranking"][0][:5]
['industry', 'direction', 'label_zh', 'label_en', 'rank']
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["TABLES", "flat_tables"]

Table = tuple[list[str], list[list[Any]]]

# Every table a document can give, in the order they are written (the last three only when the
# evaluation ran sensitivity or Monte Carlo).
TABLES = ("criteria", "experts", "expert_priorities", "consistency", "consensus",
          "industry_criteria", "ranking", "reasons", "sensitivity", "sensitivity_flips",
          "monte_carlo")


def _criteria(doc) -> Table:
    head = ["id", "label_zh", "label_en", "parent", "depth", "leaf", "type", "unit",
            "local_weight", "global_weight"]
    return head, [[c["id"], c["label"]["zh"], c["label"]["en"], c["parent"], c["depth"],
                   c["leaf"], c["type"], c["unit"], c["local_weight"], c["global_weight"]]
                  for c in doc["criteria"]]


def _experts(doc) -> Table:
    head = ["id", "name", "role", "weight", "normalized_weight"]
    return head, [[e[k] for k in head] for e in doc["experts"]]


def _expert_priorities(doc) -> Table:
    rows = [[n["id"], i["expert"], child, w] for n in doc["nodes"] for i in n["individual"]
            for child, w in zip(n["children"], i["weights"], strict=True)]
    rows += [[n["id"], "group", child, w] for n in doc["nodes"] if n["weights"] is not None
             for child, w in zip(n["children"], n["weights"], strict=True)]
    return ["node", "expert", "item", "weight"], rows


def _consistency(doc) -> Table:
    head = ["node", "expert", "lambda_max", "ci", "cr", "gci", "consistent", "missing_judgments"]
    rows = [[n["id"], i["expert"], i["lambda_max"], i["ci"], i["cr"], i["gci"], i["consistent"],
             i["missing_judgments"]] for n in doc["nodes"] for i in n["individual"]]
    rows += [[n["id"], "group", g["lambda_max"], g["ci"], g["cr"], g["gci"], g["consistent"], 0]
             for n in doc["nodes"] if (g := n["group"]) is not None]
    return head, rows


def _consensus(doc) -> Table:
    rows = [[n["id"], c["s_star"], c["word"], c["furthest_expert"]] for n in doc["nodes"]
            if (c := n["consensus"]) is not None]
    rows.append(["overall", doc["consensus"]["s_star"], doc["consensus"]["word"], None])
    return ["node", "s_star", "word", "furthest_expert"], rows


def _industry_criteria(doc) -> Table:
    rows = [[i["id"], c["id"], c["weight"], c["type"], c["own"]] for i in doc["industries"]
            if i["ranked"] for c in i["criteria"]]
    return ["industry", "criterion", "weight", "type", "own"], rows


def _ranking(doc) -> Table:
    head = ["industry", "direction", "label_zh", "label_en", "rank", "closeness", "d_plus",
            "d_minus"]
    mc = any(i.get("monte_carlo") for i in doc["industries"])
    if mc:
        head += ["p_top_k"]
    rows = []
    for i in doc["industries"]:
        if not i["ranked"]:
            continue
        p = {d["direction"]: d["p_top_k"] for d in (i["monte_carlo"] or {}).get("directions", [])}
        for r in i["ranking"]:
            row = [i["id"], r["direction"], r["label"]["zh"], r["label"]["en"], r["rank"],
                   r["closeness"], r["d_plus"], r["d_minus"]]
            rows.append(row + ([p.get(r["direction"])] if mc else []))
    return head, rows


def _reasons(doc) -> Table:
    rows = []

    def reason_row(scope, where, reason):
        rows.append([scope, where, reason["code"], reason["message"],
                     json.dumps(reason["params"], ensure_ascii=False, sort_keys=True)])
    for p in doc["problems"]:
        reason_row("project", None, p)
    for n in doc["nodes"]:
        if n["missing"] is not None:
            reason_row("node", n["id"], n["missing"])
        for p in n["excluded"]:
            reason_row("expert_at_node", n["id"], p)
    for i in doc["industries"]:
        if i["reason"] is not None:
            reason_row("industry", i["id"], i["reason"])
        for p in i.get("excluded_directions", []):
            reason_row("direction", i["id"], p)
    for p in doc["advice"]:
        reason_row("advice", p["params"].get("node"), p)
    return ["scope", "where", "code", "message", "params"], rows


def _sensitivity(doc) -> Table | None:
    rows = [[i["id"], c["criterion"], c["weight"], *c["top_interval"], *c["ranking_interval"]]
            for i in doc["industries"] if i.get("sensitivity") for c in i["sensitivity"]["criteria"]]
    if not any(i.get("sensitivity") for i in doc["industries"]):
        return None
    return ["industry", "criterion", "weight", "top_low", "top_high", "ranking_low",
            "ranking_high"], rows


def _flips(doc) -> Table | None:
    if not any(i.get("sensitivity") for i in doc["industries"]):
        return None
    rows = []
    for i in doc["industries"]:
        m = (i.get("sensitivity") or {}).get("minimal_change")
        if m is not None:
            top = i["ranking"][0]["direction"]
            rows.append([i["id"], top, m["criterion"], m["from_weight"], m["to_weight"],
                         m["relative_change"], m["new_top"]])
    return ["industry", "top", "criterion", "from_weight", "to_weight", "relative_change",
            "new_top"], rows


def _monte_carlo(doc) -> Table | None:
    runs = [i for i in doc["industries"] if i.get("monte_carlo")]
    if not runs:
        return None
    width = max(len(i["monte_carlo"]["directions"]) for i in runs)
    head = ["industry", "direction", "p_top_k", "mean_closeness", "std_closeness"] + \
        [f"p_rank_{r + 1}" for r in range(width)]
    rows = []
    for i in runs:
        for d in i["monte_carlo"]["directions"]:
            acc = d["rank_acceptability"]
            rows.append([i["id"], d["direction"], d["p_top_k"], d["mean_closeness"],
                         d["std_closeness"], *acc, *([None] * (width - len(acc)))])
    return head, rows


_BUILDERS = {"criteria": _criteria, "experts": _experts, "expert_priorities": _expert_priorities,
             "consistency": _consistency, "consensus": _consensus,
             "industry_criteria": _industry_criteria, "ranking": _ranking, "reasons": _reasons,
             "sensitivity": _sensitivity, "sensitivity_flips": _flips,
             "monte_carlo": _monte_carlo}


def flat_tables(doc: dict) -> dict[str, Table]:
    """``{name: (header, rows)}`` of an evaluation document, in :data:`TABLES` order (the
    sensitivity and Monte Carlo tables only when the evaluation has them)."""
    out = {}
    for name in TABLES:
        table = _BUILDERS[name](doc)
        if table is not None:
            out[name] = table
    return out

"""``fourchains-cli portfolio``: Print the best portfolio of directions within the budget.

    fourchains-cli portfolio [PROJECT] [--budget B] [--frontier N] [--monte-carlo N] [--json]

The portfolio is the project's (:meth:`ProjectResult.portfolio`): each ranked direction with a
cost is worth its closeness times its industry's weight, and the best set within the budget is
found exactly under the project's constraints (set them with ``budget``, ``direction cost``,
``direction include|exclude|free`` and ``industry plan``). ``--budget`` tries another budget without
changing the file; ``--frontier N`` adds the best value at N budgets from 0 to what every
direction costs; ``--monte-carlo N`` adds how often each direction is in the best portfolio
over N bootstrap samples of the panel. Why there is no portfolio (no budget, no costs, a
constraint that cannot be met) is one sentence naming it, and exit status 1.
"""

from __future__ import annotations

import argparse
import json
import math
import sys

from mcdm.cli.common import load_project, progress
from mcdm.cli.i18n import say
from mcdm.cli.text import fmt, table, width
from mcdm.cli.text import word as cli_word
from mcdm.messages import describe
from mcdm.messages import word as message_word

WORDS = {
    "title": ("投资组合（预算 {budget}）", "Portfolio (budget {budget})"),
    "totals": ("已用 {cost} · 总价值 {value} · 入选 {chosen} / {total} 个方向（价值 = 相对贴近度 × 产业权重）",
               "Spent {cost} · total value {value} · {chosen} of {total} directions chosen "
               "(value = closeness × industry weight)"),
    "industry": ("产业", "Industry"), "chosen": ("入选", "Chosen"),
    "candidates": ("候选", "Candidates"), "spend": ("投入", "Spend"), "value": ("价值", "Value"),
    "direction": ("重点发展方向", "Direction"), "closeness": ("贴近度", "Closeness"),
    "weight": ("产业权重", "Weight"), "cost": ("成本", "Cost"),
    "selected": ("入选方向", "Chosen directions"), "constraints": ("约束", "Constraints"),
    "left_out": ("未参与", "Left out"), "must": ("必选", "must"),
    "frontier": ("有效前沿（各预算下的最大总价值）", "Efficient frontier (best value at each budget)"),
    "budget": ("预算", "Budget"), "count": ("方向数", "Directions"),
    "infeasible": ("无可行组合", "infeasible"),
    "robustness": ("稳健性：未入选、但在 {n} 次蒙特卡洛抽样中有时入选的方向",
                   "Robustness: directions not chosen here but chosen in some of {n} Monte "
                   "Carlo samples"),
    "none_other": ("（没有：其余方向在每次抽样中都未入选）",
                   "(none: no other direction is chosen in any sample)"),
    "frequency": ("入选频率", "Frequency"),
}


def word(key: str, lang: str, **kw) -> str:
    zh, en = WORDS[key]
    return (zh if lang == "zh" else en).format(**kw)


def _budget(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say(f"「{text}」不是数字", f"{text!r} is not a number")) \
            from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(say(f"「{text}」：预算应为不小于 0 的有限的数",
                                             f"{text!r}: a budget is a finite number ≥ 0"))
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say(f"「{text}」不是整数",
                                             f"{text!r} is not a whole number")) from None
    if not 2 <= value <= 1000:
        raise argparse.ArgumentTypeError(say(f"「{text}」：预算个数应在 2 到 1000 之间",
                                             f"{text!r}: from 2 to 1000 budgets"))
    return value


def add_parser(sub, common) -> None:
    p = sub.add_parser("portfolio", parents=[common],
                       help=say("预算内最优的重点发展方向投资组合",
                                "the best portfolio of directions within the budget"))
    p.add_argument("project", nargs="?", metavar=say("项目文件", "PROJECT"),
                   help=say("项目文件（默认：示例研讨会）",
                            "project file (default: the sample workshop)"))
    p.add_argument("--budget", type=_budget, metavar="B",
                   help=say("改用此预算试算（不修改项目文件）",
                            "try this budget instead of the project's (the file is not changed)"))
    p.add_argument("--frontier", type=_count, metavar="N",
                   help=say("同时给出从 0 到总成本之间 N 个预算下的最优值（有效前沿）",
                            "also the best value at N budgets from 0 to the total cost"))
    p.add_argument("--monte-carlo", type=int, metavar="N",
                   help=say("同时给出 N 次专家组自助抽样中各方向入选的频率",
                            "also how often each direction is chosen over N panel bootstraps"))
    p.add_argument("--json", action="store_true",
                   help=say("以 JSON 输出（含编号与名称）", "print JSON (ids and labels)"))
    p.set_defaults(run=run)


def run(args) -> int:
    from mcdm.errors import MCDMError
    from mcdm.project.evaluate import evaluate

    project = load_project(args.project)
    lang = args.lang
    mc = None
    if args.monte_carlo:
        from mcdm.project.montecarlo import MonteCarloOptions

        mc = MonteCarloOptions(n_samples=max(1, args.monte_carlo))
    result = evaluate(project, monte_carlo=mc,
                      progress=progress(cli_word("monte_carlo", lang)) if mc else None)
    try:
        chosen = result.portfolio(args.budget)
        curve = None
        if args.frontier:
            import numpy as np

            total = float(chosen.candidates.costs.sum())
            curve = result.frontier(np.linspace(0.0, total, args.frontier))
        robust = result.portfolio_robustness(args.budget) if mc else None
    except MCDMError as exc:
        text = _why_not(exc, args.project, lang, project)
        if args.json:
            sys.stdout.write(json.dumps({"error": {"code": exc.code, "text": text}},
                                        ensure_ascii=False, indent=2) + "\n")
        sys.stderr.write(f"{message_word('cli.error', lang)}{text}\n")
        return 1
    data = _data(project, chosen, curve, robust, lang)
    if args.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(_text(project, data, lang))
    return 0


# Why there is no portfolio, said with the command that fixes it (the engine's sentence points
# to the GUI's Portfolio page).
_HINTS = {"portfolio.no_budget": "cli.portfolio_no_budget",
          "portfolio.no_costs": "cli.portfolio_no_costs"}


def _why_not(exc, path: str | None, lang: str, project) -> str:
    import shlex

    from mcdm.cli.sentences import sentence

    if path is None or exc.code not in _HINTS:
        return describe(exc, lang, project)
    return sentence(_HINTS[exc.code], lang, file=shlex.quote(path))


def _data(project, chosen, curve, robust, lang: str) -> dict:
    from mcdm.project.portfolio import money

    cand, unit = chosen.candidates, chosen.unit
    labels = {(i.id, d.id): d.label.get(lang) for i in project.industries for d in i.directions}
    names = {i.id: i.label.get(lang) for i in project.industries}
    freq = {} if robust is None else dict(zip(cand.items, robust.frequency.tolist(), strict=True))
    plan = project.portfolio
    directions = []
    for k, (i, d) in enumerate(cand.items):
        directions.append({
            "industry": i, "industry_label": names[i], "direction": d, "label": labels[(i, d)],
            "closeness": float(cand.closeness[k]), "weight": float(cand.weights[k]),
            "value": float(cand.values[k]), "cost": float(cand.costs[k]),
            "choice": plan.choice(i, d), "chosen": bool(chosen.selection.selected[k]),
            **({"frequency": freq[(i, d)]} if robust is not None else {})})
    out = {
        "budget": chosen.budget, "cost_unit": unit, "value": chosen.value, "cost": chosen.cost,
        "budget_text": money(chosen.budget, unit), "cost_text": money(chosen.cost, unit),
        "solver": chosen.selection.method,
        "industries": [{"industry": s.industry_id, "label": names[s.industry_id],
                        "chosen": list(s.chosen), "candidates": s.candidates,
                        "spend": s.spend, "value": s.value, "tight": list(s.tight)}
                       for s in chosen.industries],
        "directions": directions,
        "binding": [{"code": b.code, "text": describe(b, lang, project)} for b in chosen.binding],
        "left_out": [{"code": n.code, "text": describe(n, lang, project)}
                     for n in chosen.left_out],
    }
    if curve is not None:
        c = curve.curve
        out["frontier"] = [
            {"budget": float(b), "feasible": bool(ok),
             "value": float(v) if ok else None, "cost": float(x) if ok else None,
             "count": int(sel.sum())}
            for b, v, x, ok, sel in zip(c.budgets, c.values, c.costs, c.feasible, c.selected,
                                        strict=True)]
    if robust is not None:
        out["monte_carlo_samples"] = robust.n_samples
    return out


def _text(project, data: dict, lang: str) -> str:
    from mcdm.project.portfolio import money

    unit = data["cost_unit"]
    title = project.title.get(lang) or project.id
    parts = [f"{title}\n{'=' * width(title)}"]
    chosen = [d for d in data["directions"] if d["chosen"]]
    head = word("title", lang, budget=data["budget_text"])
    parts.append(f"{head}\n" + word("totals", lang, cost=data["cost_text"],
                                      value=f"{data['value']:.4f}", chosen=len(chosen),
                                      total=len(data["directions"])))
    spend = word("spend", lang) + ((f"（{unit}）" if lang == "zh" else f" ({unit})")
                                   if unit else "")
    rows = [[s["label"], str(len(s["chosen"])), str(s["candidates"]), f"{s['spend']:g}",
             fmt(s["value"])] for s in data["industries"]]
    parts.append(table([word("industry", lang), word("chosen", lang), word("candidates", lang),
                        spend, word("value", lang)], rows, {1, 2, 3, 4}))
    robust = "monte_carlo_samples" in data
    head = [word("industry", lang), word("direction", lang), word("closeness", lang),
            word("weight", lang), word("value", lang), word("cost", lang), ""]
    if robust:
        head.insert(6, word("frequency", lang))
    rows = []
    for d in chosen:
        row = [d["industry_label"], d["label"], fmt(d["closeness"]), f"{d['weight']:g}",
               fmt(d["value"]), money(d["cost"], unit)]
        if robust:
            row.append(fmt(d["frequency"], 3))
        row.append(word("must", lang) if d["choice"] == "must" else "")
        rows.append(row)
    parts.append(f"{word('selected', lang)}\n" + table(head, rows, {2, 3, 4, 5, 6}))
    parts.append(f"{word('constraints', lang)}\n" + "\n".join(
        f"- {b['text']}" for b in data["binding"]))
    if data["left_out"]:
        parts.append(f"{word('left_out', lang)}\n" + "\n".join(
            f"- {n['text']}" for n in data["left_out"]))
    if robust:
        rows = [[d["industry_label"], d["label"], fmt(d["frequency"], 3)]
                for d in sorted(data["directions"], key=lambda d: -d["frequency"])
                if d["frequency"] > 0 and not d["chosen"]]
        parts.append(word("robustness", lang, n=data["monte_carlo_samples"]) + "\n" + (table(
            [word("industry", lang), word("direction", lang), word("frequency", lang)], rows,
            {2}) if rows else word("none_other", lang)))
    if "frontier" in data:
        rows = [[money(f["budget"], unit), fmt(f["value"]) if f["feasible"] else
                 word("infeasible", lang), "" if f["cost"] is None else money(f["cost"], unit),
                 str(f["count"])] for f in data["frontier"]]
        parts.append(f"{word('frontier', lang)}\n" + table(
            [word("budget", lang), word("value", lang), word("cost", lang), word("count", lang)],
            rows, {0, 1, 2, 3}))
    return "\n\n".join(parts) + "\n"

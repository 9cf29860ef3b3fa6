"""``fourchains-cli``: evaluate workshop projects, and move questionnaires and results in Excel.

    fourchains-cli evaluate [PROJECT] [--top N] [--sensitivity] [--monte-carlo N]
    fourchains-cli export [PROJECT] -o results.xlsx
    fourchains-cli questionnaire PROJECT --expert ID [--expert ID ...] -o q.xlsx [--panel]
    fourchains-cli import PROJECT FILE... [-o OUT.json] [--accept-valid] [--dry-run]
    fourchains-cli new TEMPLATE -o project.json
    fourchains-cli validate PROJECT [--strict]

Without PROJECT, ``evaluate`` and ``export`` use the illustrative sample workshop. ``--lang zh|en``
picks the output language (default: the project's). ``evaluate`` prints whatever can be computed
and lists what cannot yet, and why (exit 0); ``validate --strict`` is where an incomplete project
fails. Errors print one line (plus one line per
problem found in a file) and exit with status 1; usage errors exit with 2; never a traceback.
"""

from __future__ import annotations

import argparse
import math
import sys
import unicodedata
from collections.abc import Sequence

from mcdm.errors import MCDMError, ValidationFailed
from mcdm.messages import describe

WORDS = {
    "weights": ("准则权重（群组）", "Criteria weights (group)"),
    "criterion": ("准则", "Criterion"), "local": ("局部权重", "Local"),
    "global": ("全局权重", "Global"), "consistency": ("一致性比率 CR", "Consistency ratio CR"),
    "expert": ("专家", "Expert"), "consensus": ("共识度 S*", "Consensus S*"),
    "node": ("节点", "Node"), "overall": ("总体", "Overall"),
    "furthest": ("分歧最大的专家", "Furthest expert"),
    "top": ("各产业重点发展方向排序（TOPSIS 相对贴近度）",
            "Top priority directions per industry (TOPSIS closeness)"),
    "rank": ("排名", "Rank"), "direction": ("重点发展方向", "Direction"),
    "closeness": ("贴近度", "Closeness"), "advice": ("提示", "Advice"),
    "illustrative": ("注意：示例数据，仅供演示。", "Note: illustrative data, for demonstration only."),
    "fails": ("* 未通过一致性检验", "* fails the consistency check"),
    "not_ranked": ("未能排序", "not ranked"), "p_top": ("前{k}概率", "P(top {k})"),
    "error": ("错误", "error"), "wrote": ("已写入", "wrote"), "writing": ("正在写入", "writing"),
    "reading": ("正在读取", "reading"),
    "imported": ("已导入 {n} 项更改", "imported {n} change(s)"),
    "valid": ("项目有效", "the project is valid"),
    "incomplete": ("尚不能计算的部分", "Not computed yet"),
    "complete": ("项目有效且完整", "the project is valid and complete"),
    "strict_fail": ("项目有效但不完整：{n} 处尚不能计算", "the project is valid but incomplete: "
                    "{n} part(s) cannot be computed yet"),
}

ADVICE_ZH = {
    "advice.inconsistent": "{expert} 在“{node}”的判断 CR = {cr:.3f} > {threshold:g}，未通过一致性检验",
    "advice.missing_judgments": "{expert} 在“{node}”有 {count} 个缺失判断（已按不完全判断矩阵计算）",
    "advice.matrix_unusable": "{expert} 在“{node}”的判断无法计算权重",
}

VERBAL = {"very low": "很低", "low": "低", "moderate": "中等", "high": "高", "very high": "很高",
          "n/a": "无"}


def word(key: str, lang: str, **kw) -> str:
    zh, en = WORDS[key]
    return (zh if lang == "zh" else en).format(**kw)


def width(text: str) -> int:
    """Terminal columns: CJK wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, n: int, right: bool = False) -> str:
    gap = " " * max(0, n - width(text))
    return gap + text if right else text + gap


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: set[int] = frozenset()) -> str:
    cols = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    line = "  ".join(pad(h, cols[i], i in right) for i, h in enumerate(headers))
    out = [line, "  ".join("-" * c for c in cols)]
    out += ["  ".join(pad(c, cols[i], i in right) for i, c in enumerate(r)) for r in rows]
    return "\n".join(x.rstrip() for x in out)


def fmt(x: float | None, digits: int = 4) -> str:
    return "—" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.{digits}f}"


# -- commands ---------------------------------------------------------------------------------

def _load(path: str | None):
    if path is None:
        from mcdm.project.sample import sample_project

        return sample_project()
    from mcdm.project.storage import load

    return load(path)


def _progress(label: str):
    """A one-line progress bar on stderr when it is a terminal (nothing otherwise)."""
    if not sys.stderr.isatty():
        return None

    def update(done: int, total: int) -> None:
        n = int(30 * done / max(total, 1))
        sys.stderr.write(f"\r{label} [{'#' * n}{'.' * (30 - n)}] {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()
    return update


def _summary(project, result, lang: str, top: int) -> str:
    parts = []
    title = project.title.get(lang) or project.id
    parts.append(f"{title}\n{'=' * width(title)}")
    if project.illustrative:
        parts.append(word("illustrative", lang))

    rows = []
    for node in project.goal.walk():
        if node is project.goal:
            continue
        depth = len(project.path(node.id)) - 2
        local = result.hierarchy.local.get(node.id)
        glob = result.hierarchy.global_weights.get(node.id)
        rows.append(["  " * depth + f"{node.id} {node.label.get(lang)}", fmt(local), fmt(glob)])
    parts.append(f"{word('weights', lang)}\n" + table(
        [word("criterion", lang), word("local", lang), word("global", lang)], rows, {1, 2}))

    nodes = [n.id for n in project.internal_nodes()]
    heads = [_node_name(project, n, lang) for n in nodes]
    thr = project.settings.cr_threshold
    rows = []
    for e in project.experts:
        cells = []
        for n in nodes:
            cr = result.cr(e.id, n)
            cells.append(fmt(cr, 3) + ("*" if cr is not None and cr > thr else " "))
        rows.append([f"{e.id} {e.name}"] + cells)
    group = []
    for n in nodes:
        g = result.nodes[n].group
        group.append(fmt(None if g is None else g.cr, 3) + " ")
    rows.append([word("overall", lang) + " (AIJ)"] + group)
    parts.append(f"{word('consistency', lang)} ({word('fails', lang)}, CR > {thr:g})\n"
                 + table([word("expert", lang)] + heads, rows, set(range(1, len(nodes) + 1))))

    rows = []
    for n in nodes:
        c = result.nodes[n].consensus
        name = _node_name(project, n, lang)
        if c is None:
            rows.append([name, "—", "", ""])
            continue
        w = VERBAL.get(c.word, c.word) if lang == "zh" else c.word
        rows.append([name, fmt(c.s_star, 3), w, result.nodes[n].experts[c.furthest_expert]])
    w = VERBAL.get(result.consensus_word, "") if lang == "zh" else result.consensus_word
    rows.append([word("overall", lang), fmt(result.consensus, 3), w, ""])
    parts.append(f"{word('consensus', lang)}\n" + table(
        [word("node", lang), "S*", "", word("furthest", lang)], rows, {1}))

    blocks = [word("top", lang)]
    for ind in project.industries:
        label = ind.label.get(lang)
        if ind.id in result.industry_errors:
            if result.weights_complete:  # otherwise the reason is listed once, below
                blocks.append(f"\n{label}: {word('not_ranked', lang)} — "
                              f"{describe(result.industry_errors[ind.id], lang, project)}")
            else:
                blocks.append(f"\n{label}: {word('not_ranked', lang)}")
            continue
        r = result.industry(ind.id)
        names = {d.id: d.label.get(lang) for d in ind.directions}
        mc = r.monte_carlo
        head = [word("rank", lang), word("direction", lang), word("closeness", lang)]
        if mc is not None:
            head.append(word("p_top", lang, k=mc.k))
        rows = []
        for d, clo, rk in r.top(top):
            row = [str(rk), names[d], fmt(clo)]
            if mc is not None:
                row.append(fmt(float(mc.top_k[0][r.direction_ids.index(d)]), 2))
            rows.append(row)
        blocks.append(f"\n{label}\n" + table(head, rows, {0, 2, 3}))
    parts.append("\n".join(blocks))

    missing = _incomplete_lines(project, result, lang)
    if missing:
        parts.append(f"{word('incomplete', lang)}\n" + "\n".join(f"- {x}" for x in missing))
    advice = [a for a in result.advice if a.code != "advice.matrix_unusable"]  # listed above
    if advice:
        parts.append(f"{word('advice', lang)}\n" + "\n".join(
            f"- {_advice(project, a, lang)}" for a in advice))
    return "\n\n".join(parts) + "\n"


def _incomplete_lines(project, result, lang: str) -> list[str]:
    """What could not be computed, each with why: the project's problems, the nodes without
    weights (with the experts left out there), then what depends on them."""
    lines = [describe(p, lang, project) for p in result.problems]
    for node_id in result.missing_nodes:
        n = result.nodes.get(node_id)
        if n is None or n.missing is None:
            continue
        lines.append(describe(n.missing, lang, project))
        lines += [f"  {describe(p, lang, project)}" for p in n.excluded.values()]
    left_out = ("（未计入该处的群组权重）" if lang == "zh" else
                " (left out of the group's weights there)")
    for n in result.nodes.values():
        if n.missing is None:
            lines += [describe(p, lang, project) + left_out for p in n.excluded.values()
                      if p.code != "evaluate.expert_not_judged"]
    if result.missing_nodes and not result.problems:
        names = ("、" if lang == "zh" else ", ").join(
            _node_name(project, x, lang) for x in result.missing_nodes)
        lines.append(("各产业暂不能排序：缺少“{n}”下的准则权重。" if lang == "zh" else
                      "No industry can be ranked until the weights under “{n}” are there.")
                     .format(n=names))
    for ind in result.industries:
        lines += [describe(p, lang, project) for p in ind.excluded_directions.values()]
    return lines


def _node_name(project, node_id: str, lang: str) -> str:
    if node_id == project.goal.id:
        return "目标" if lang == "zh" else "Goal"
    return project.node(node_id).label.get(lang) or node_id


def _advice(project, problem, lang: str) -> str:
    template = ADVICE_ZH.get(problem.code) if lang == "zh" else None
    if template is None:
        return str(problem)
    params = dict(problem.params)
    params["node"] = _node_name(project, params.get("node", ""), lang)
    try:
        return template.format(**params)
    except (KeyError, ValueError):
        return str(problem)


def cmd_evaluate(args) -> int:
    from mcdm.project.evaluate import evaluate

    project = _load(args.project)
    lang = args.lang or project.settings.language
    mc = None
    if args.monte_carlo:
        from mcdm.project.montecarlo import MonteCarloOptions

        mc = MonteCarloOptions(n_samples=args.monte_carlo, seed=args.seed)
    result = evaluate(project, sensitivity=args.sensitivity, monte_carlo=mc,
                      progress=_progress("Monte Carlo") if mc else None)
    sys.stdout.write(_summary(project, result, lang, args.top))
    return 0


def cmd_export(args) -> int:
    from mcdm.excel import write_results
    from mcdm.project.evaluate import evaluate

    project = _load(args.project)
    lang = args.lang or project.settings.language
    # A second or two on first use: a bar over the two stages (evaluate, build and save).
    bar = _progress(word("writing", lang)) or (lambda done, total: None)
    bar(0, 2)
    result = evaluate(project, sensitivity=True)
    bar(1, 2)
    path = write_results(project, result, args.output, lang=lang)
    bar(2, 2)
    sys.stdout.write(f"{word('wrote', lang)} {path}\n")
    return 0


def cmd_questionnaire(args) -> int:
    from mcdm.excel import write_panel_questionnaire, write_questionnaire

    project = _load(args.project)
    lang = args.lang or project.settings.language
    ids = [_expert_id(project, x) for x in args.expert] or list(project.expert_ids())
    if args.panel or len(ids) > 1:
        path = write_panel_questionnaire(project, args.output, lang=lang, expert_ids=ids,
                                         prefill=args.prefill)
    else:
        path = write_questionnaire(project, ids[0], args.output, lang=lang, prefill=args.prefill)
    sys.stdout.write(f"{word('wrote', lang)} {path}\n")
    return 0


def _expert_id(project, text: str) -> str:
    for e in project.experts:
        if text in (e.id, e.name):
            return e.id
    from mcdm.project.model import ProjectError

    raise ProjectError("cli.unknown_expert", f"no expert with id or name {text!r}",
                       expected=", ".join(f"{e.id} ({e.name})" for e in project.experts))


def cmd_import(args) -> int:
    from mcdm.excel import read_questionnaires
    from mcdm.project.storage import save

    project = _load(args.project)
    lang = args.lang or project.settings.language
    report = read_questionnaires(project, args.files, progress=_progress(word("reading", lang)))
    for note in report.notes:
        sys.stderr.write(f"note: {note}\n")
    if report.problems:
        if not args.accept_valid:
            raise ValidationFailed(report.problems, code="import.rejected")
        for p in report.problems:
            sys.stderr.write(f"warning: {p}\n")
    new, _ = report.edit.apply(project)
    if not args.dry_run:
        save(new, args.output or args.project)
    sys.stdout.write(word("imported", lang, n=len(report.changes)) + "\n")
    return 0


def cmd_new(args) -> int:
    from mcdm.project.storage import save
    from mcdm.project.templates import new_from_template

    project = new_from_template(args.template)
    save(project, args.output)
    sys.stdout.write(f"{word('wrote', args.lang or 'en')} {args.output}\n")
    return 0


def cmd_validate(args) -> int:
    project = _load(args.project)
    lang = args.lang or project.settings.language
    if not args.strict:
        sys.stdout.write(word("valid", lang) + "\n")
        return 0
    from mcdm.project.evaluate import evaluate

    result = evaluate(project)
    lines = _incomplete_lines(project, result, lang)
    if not result.incomplete() and not lines:
        sys.stdout.write(word("complete", lang) + "\n")
        return 0
    sys.stderr.write(word("strict_fail", lang, n=sum(not x.startswith(" ") for x in lines))
                     + "\n")
    for line in lines:
        sys.stderr.write(f"  {line}\n")
    return 1


def parser() -> argparse.ArgumentParser:
    from mcdm.project.templates import list_templates

    top = argparse.ArgumentParser(add_help=False)
    top.add_argument("--lang", choices=("zh", "en"), help="output language (default: the project's)")
    # Also accepted after the command; SUPPRESS keeps a --lang given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=("zh", "en"), default=argparse.SUPPRESS,
                        help="output language (default: the project's)")
    p = argparse.ArgumentParser(prog="fourchains-cli", parents=[top],
                                description="FourChains Decision Studio (四链决策工作台) on the command line.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    e = sub.add_parser("evaluate", parents=[common], help="print weights, CRs, consensus, rankings")
    e.add_argument("project", nargs="?", help="project file (default: the sample workshop)")
    e.add_argument("--top", type=int, default=3, help="directions shown per industry (default 3)")
    e.add_argument("--sensitivity", action="store_true", help="also run the sensitivity analysis")
    e.add_argument("--monte-carlo", type=int, metavar="N", help="Monte Carlo with N panel bootstraps")
    e.add_argument("--seed", type=int, default=0, help="Monte Carlo seed (default 0)")
    e.set_defaults(run=cmd_evaluate)

    x = sub.add_parser("export", parents=[common], help="write the results workbook (.xlsx)")
    x.add_argument("project", nargs="?", help="project file (default: the sample workshop)")
    x.add_argument("-o", "--output", required=True, help="results workbook to write")
    x.set_defaults(run=cmd_export)

    q = sub.add_parser("questionnaire", parents=[common], help="write expert questionnaires")
    q.add_argument("project")
    q.add_argument("--expert", action="append", default=[], metavar="ID",
                   help="expert id or name (repeat; default: the whole panel in one workbook)")
    q.add_argument("--panel", action="store_true", help="one workbook, one sheet per expert")
    q.add_argument("--prefill", action="store_true", help="fill in the expert's current answers")
    q.add_argument("-o", "--output", required=True, help="workbook to write")
    q.set_defaults(run=cmd_questionnaire)

    i = sub.add_parser("import", parents=[common], help="import filled questionnaires")
    i.add_argument("project")
    i.add_argument("files", nargs="+", metavar="FILE")
    i.add_argument("-o", "--output", help="save the result here (default: over PROJECT, with .bak)")
    i.add_argument("--accept-valid", action="store_true",
                   help="import the valid answers even when some cells have problems")
    i.add_argument("--dry-run", action="store_true", help="check only; save nothing")
    i.set_defaults(run=cmd_import)

    n = sub.add_parser("new", parents=[common], help="a new project from a template")
    n.add_argument("template", choices=list_templates())
    n.add_argument("-o", "--output", required=True)
    n.set_defaults(run=cmd_new)

    v = sub.add_parser("validate", parents=[common], help="check a project file")
    v.add_argument("project")
    v.add_argument("--strict", action="store_true",
                   help="also fail (exit 1) when a part cannot be computed yet, listing each")
    v.set_defaults(run=cmd_validate)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        try:  # Chinese labels must print even under a non-UTF-8 locale
            stream.reconfigure(errors="replace")
        except (AttributeError, ValueError):
            pass
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except ValidationFailed as exc:
        if len(exc.problems) == 1:
            sys.stderr.write(f"error: {exc.problems[0]}\n")
        else:
            sys.stderr.write(f"error: {len(exc.problems)} problems:\n")
            for problem in exc.problems:
                sys.stderr.write(f"  {problem}\n")
        return 1
    except MCDMError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    except OSError as exc:
        sys.stderr.write(f"error: {exc.strerror or exc}"
                         f"{': ' + str(exc.filename) if exc.filename else ''}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        return 130
    except Exception as exc:  # noqa: BLE001 - the CLI never shows a traceback
        sys.stderr.write(f"internal error: {type(exc).__name__}: {exc}\n")
        return 70


if __name__ == "__main__":
    sys.exit(main())

"""``fourchains-cli rounds``: the rounds of a Delphi-style consultation — consensus S* and
dispersion per node per round, and who changed answers — and closing a round.

    fourchains-cli rounds PROJECT                # the summary
    fourchains-cli rounds PROJECT --start [-o OUT]   # close the current round, start the next

Every number is read from :func:`mcdm.project.rounds.summarize_rounds`.
"""

from __future__ import annotations

import math
import sys

from mcdm.cli.common import load_project
from mcdm.cli.i18n import say
from mcdm.cli.text import fmt, table, word
from mcdm.messages import label


def add_parser(sub, common) -> None:
    r = sub.add_parser("rounds", parents=[common],
                       help=say("各轮次的共识度与离散程度；结束一轮",
                                "consensus and dispersion per round; close a round"))
    r.add_argument("project", metavar=say("项目文件", "PROJECT"),
                   help=say("项目文件（.json）", "project file (.json)"))
    r.add_argument("--start", action="store_true",
                   help=say("结束本轮并开始下一轮（并保存）",
                            "close the current round and start the next (saved)"))
    r.add_argument("-o", "--output", metavar=say("输出文件", "OUT"),
                   help=say("与 --start 一起：保存到此处（默认：覆盖项目文件，并保留 .bak 备份）",
                            "with --start: save here (default: over PROJECT, with .bak)"))
    r.set_defaults(run=run)


def _gsd(x: float) -> str:
    return "—" if math.isnan(x) else f"{x:.3f}"


def rounds_text(project, lang: str, summary=None) -> str:
    """The rounds summary: one line per round, S* and dispersion per node and round, movers."""
    from mcdm.project.rounds import summarize_rounds

    summary = summary or summarize_rounds(project)
    parts = [word("rounds_title", lang, k=project.current_round)]
    rows = [[str(r.number), r.closed or word("in_progress", lang), fmt(r.consensus, 3)]
            for r in summary.rounds]
    parts.append(table([word("round", lang), word("closed", lang),
                        f"{word('overall', lang)} S*"], rows, {2}))
    heads = [word("node", lang)]
    for r in summary.rounds:
        heads += [word("round_s", lang, k=r.number), word("round_gsd", lang, k=r.number)]
    rows = []
    for node in project.internal_nodes():
        row = [label(project, node.id, lang)]
        for r in summary.rounds:
            n = r.nodes.get(node.id)
            row += [fmt(None if n is None else n.s_star, 3), _gsd(math.nan if n is None
                                                                 else n.mean_gsd)]
        rows.append(row)
    parts.append(table(heads, rows, set(range(1, len(heads)))) + "\n"
                 + word("dispersion_note", lang))
    for r in summary.rounds[1:]:
        lines = [word("moved_title", lang, k=r.number)]
        for m in r.moved:
            toward = "" if m.toward_group is None else word(
                "toward" if m.toward_group else "away", lang)
            lines.append("  " + word("moved_line", lang, expert=label(project, m.expert_id, lang),
                                     node=label(project, m.node_id, lang), n=len(m.changed),
                                     toward=toward))
        if not r.moved:
            lines.append("  " + word("nobody_moved", lang))
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


def run(args) -> int:
    project = load_project(args.project)
    lang = args.lang
    if args.start:
        from mcdm.project import edits as E
        from mcdm.project.storage import save

        closed = project.current_round
        project, _ = E.StartRound.now().apply(project)
        path = args.output or args.project
        save(project, path)
        sys.stdout.write(word("round_started", lang, k=closed, n=project.current_round,
                              path=path) + "\n\n")
    sys.stdout.write(rounds_text(project, lang))
    return 0

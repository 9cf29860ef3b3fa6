"""``fourchains-cli questionnaire``: write expert questionnaires of the project's current round:
one workbook per expert, or one for the panel.

From round 2 on, each pair shows the expert's previous answer (in the answer cells, to keep or
change), the panel's judgment and its spread from the previous round, and a reason column.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from mcdm.cli.common import load_project
from mcdm.cli.i18n import say
from mcdm.cli.lookup import find_expert
from mcdm.cli.sentences import error
from mcdm.cli.text import word


def add_parser(sub, common) -> None:
    q = sub.add_parser("questionnaire", parents=[common],
                       help=say("写出专家调查问卷", "write expert questionnaires"))
    q.add_argument("project", metavar=say("项目文件", "PROJECT"),
                   help=say("项目文件（.json）", "project file (.json)"))
    q.add_argument("--expert", action="append", default=[], metavar=say("专家", "ID"),
                   help=say("专家编号或姓名（可重复；默认：整个专家组）",
                            "expert id or name (repeat; default: the whole panel)"))
    q.add_argument("--panel", action="store_true",
                   help=say("一个工作簿，每位专家一张工作表", "one workbook, one sheet per expert"))
    q.add_argument("--per-expert", action="store_true",
                   help=say("每位专家一个工作簿，写入 -o 指定的文件夹（questionnaire_<编号>.xlsx）",
                            "one workbook per expert, questionnaire_<id>.xlsx in the folder -o"))
    fill = q.add_mutually_exclusive_group()
    fill.add_argument("--prefill", action="store_true", default=None,
                      help=say("填入专家目前的回答（第二轮起默认如此）",
                               "fill in the experts' current answers (default from round 2 on)"))
    fill.add_argument("--no-prefill", dest="prefill", action="store_false",
                      help=say("答题格留空（第一轮默认如此）",
                               "leave the answer cells blank (default in round 1)"))
    q.add_argument("--measured", choices=("fixed", "ask"), default="fixed",
                   help=say("实测指标：只读并显示项目中的数值（默认），或留给专家填写",
                            "measured criteria: shown read-only with the project's values "
                            "(default) or left for the experts to supply"))
    q.add_argument("-o", "--output", required=True, metavar=say("输出文件", "OUT"),
                   help=say("要写出的工作簿（与 --per-expert 一起时为文件夹）",
                            "workbook to write (a folder with --per-expert)"))
    q.set_defaults(run=run, prefill=None)


def run(args) -> int:
    from mcdm.excel import write_panel_questionnaire, write_questionnaire

    project = load_project(args.project)
    lang = args.lang
    if not project.experts:  # a project just made from a template: say how to add the panel
        raise error("cli.no_experts_questionnaire", lang, file=shlex.quote(args.project))
    ids = [find_expert(project, x, lang, file=args.project).id for x in args.expert] \
        or list(project.expert_ids())
    options = {"lang": lang, "prefill": args.prefill, "measured": args.measured}
    if args.per_expert:
        folder = Path(args.output)
        folder.mkdir(parents=True, exist_ok=True)
        for e in ids:
            write_questionnaire(project, e, folder / f"questionnaire_{e}.xlsx", **options)
        sys.stdout.write(word("wrote_n", lang, n=len(ids), path=folder) + "\n")
        return 0
    if args.panel or len(ids) > 1:
        path = write_panel_questionnaire(project, args.output, expert_ids=ids, **options)
    else:
        path = write_questionnaire(project, ids[0], args.output, **options)
    sys.stdout.write(f"{word('wrote', lang)} {path}\n")
    return 0

"""``fourchains-cli questionnaire``: Write expert questionnaires: one workbook per expert, or one for the panel."""

from __future__ import annotations

import sys

from mcdm.cli.common import expert_id, load_project
from mcdm.cli.i18n import say
from mcdm.cli.text import word


def add_parser(sub, common) -> None:
    q = sub.add_parser("questionnaire", parents=[common],
                       help=say("写出专家调查问卷", "write expert questionnaires"))
    q.add_argument("project", metavar=say("项目文件", "PROJECT"))
    q.add_argument("--expert", action="append", default=[], metavar=say("专家", "ID"),
                   help=say("专家编号或姓名（可重复；默认：整个专家组写在一个工作簿中）",
                            "expert id or name (repeat; default: the whole panel in one "
                            "workbook)"))
    q.add_argument("--panel", action="store_true",
                   help=say("一个工作簿，每位专家一张工作表", "one workbook, one sheet per expert"))
    q.add_argument("--prefill", action="store_true",
                   help=say("填入专家目前的回答", "fill in the expert's current answers"))
    q.add_argument("-o", "--output", required=True, metavar=say("输出文件", "OUT"),
                   help=say("要写出的工作簿", "workbook to write"))
    q.set_defaults(run=run)


def run(args) -> int:
    from mcdm.excel import write_panel_questionnaire, write_questionnaire

    project = load_project(args.project)
    lang = args.lang
    ids = [expert_id(project, x) for x in args.expert] or list(project.expert_ids())
    if args.panel or len(ids) > 1:
        path = write_panel_questionnaire(project, args.output, lang=lang, expert_ids=ids,
                                         prefill=args.prefill)
    else:
        path = write_questionnaire(project, ids[0], args.output, lang=lang, prefill=args.prefill)
    sys.stdout.write(f"{word('wrote', lang)} {path}\n")
    return 0

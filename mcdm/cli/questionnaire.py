"""``fourchains-cli questionnaire``: Write expert questionnaires: one workbook per expert, or one for the panel."""

from __future__ import annotations

import shlex
import sys

from mcdm.cli.common import load_project
from mcdm.cli.helptext import h
from mcdm.cli.lookup import find_expert
from mcdm.cli.text import word


def add_parser(sub, common) -> None:
    q = sub.add_parser("questionnaire", parents=[common], help="write expert questionnaires")
    q.add_argument("project", help=h("project file (.json)"))
    q.add_argument("--expert", action="append", default=[], metavar="ID",
                   help="expert id or name (repeat; default: the whole panel in one workbook)")
    q.add_argument("--panel", action="store_true", help="one workbook, one sheet per expert")
    q.add_argument("--prefill", action="store_true", help="fill in the expert's current answers")
    q.add_argument("-o", "--output", required=True, help="workbook to write")
    q.set_defaults(run=run)


def run(args) -> int:
    from mcdm.cli.sentences import error
    from mcdm.excel import write_panel_questionnaire, write_questionnaire

    project = load_project(args.project)
    lang = args.lang or project.settings.language
    if not project.experts:  # a project just made from a template: say how to add the panel
        raise error("cli.no_experts_questionnaire", lang, file=shlex.quote(args.project))
    ids = [find_expert(project, x, lang, file=args.project).id for x in args.expert] \
        or list(project.expert_ids())
    if args.panel or len(ids) > 1:
        path = write_panel_questionnaire(project, args.output, lang=lang, expert_ids=ids,
                                         prefill=args.prefill)
    else:
        path = write_questionnaire(project, ids[0], args.output, lang=lang, prefill=args.prefill)
    sys.stdout.write(f"{word('wrote', lang)} {path}\n")
    return 0

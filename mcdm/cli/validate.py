"""``fourchains-cli validate``: Check a project file; ``--strict`` also fails when a part cannot be computed yet.

Inconsistent or incomplete judgments are printed as warnings (in the CLI's language); they never
fail the check."""

from __future__ import annotations

import sys

from mcdm.cli.common import load_project
from mcdm.cli.i18n import say
from mcdm.cli.summary import incomplete_lines
from mcdm.cli.text import word
from mcdm.messages import describe


def add_parser(sub, common) -> None:
    v = sub.add_parser("validate", parents=[common], help=say("检查项目文件", "check a project file"))
    v.add_argument("project", metavar=say("项目文件", "PROJECT"))
    v.add_argument("--strict", action="store_true",
                   help=say("有尚不能计算的部分时也判为失败（退出码 1），并逐项列出",
                            "also fail (exit 1) when a part cannot be computed yet, listing each"))
    v.set_defaults(run=run)


def run(args) -> int:
    from mcdm.project.evaluate import evaluate

    project = load_project(args.project)
    lang = args.lang
    result = evaluate(project)
    # Advice (inconsistent or incomplete judgments) warns; it never fails the check. With
    # --strict an unusable matrix is listed below with the rest of what cannot be computed.
    for a in result.advice:
        if not (args.strict and a.code == "advice.matrix_unusable"):
            sys.stderr.write(f"{word('cli.warning', lang)}{describe(a, lang, project)}\n")
    if not args.strict:
        sys.stdout.write(word("valid", lang) + "\n")
        return 0
    lines = incomplete_lines(project, result, lang)
    if not result.incomplete() and not lines:
        sys.stdout.write(word("complete", lang) + "\n")
        return 0
    sys.stderr.write(word("strict_fail", lang, n=sum(not x.startswith(" ") for x in lines))
                     + "\n")
    for line in lines:
        sys.stderr.write(f"  {line}\n")
    return 1

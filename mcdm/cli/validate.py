"""``fourchains-cli validate``: Check a project file and list its warnings (exit 0); ``--strict`` also fails (exit 1) on any warning.

Warnings are what to look at before trusting the evaluation (:meth:`ProjectResult.warnings`):
no experts, nodes nobody has judged, experts left out of a node, failing CRs, directions or
industries that cannot be ranked. ``--json`` prints the same as a versioned JSON document.
"""

from __future__ import annotations

import sys

from mcdm.cli.common import load_project
from mcdm.cli.helptext import h
from mcdm.cli.i18n import say
from mcdm.cli.text import word


def add_parser(sub, common) -> None:
    v = sub.add_parser("validate", parents=[common],
                       help=say("检查项目文件并列出需要注意的问题",
                                "check a project file and list its warnings"))
    v.add_argument("project", nargs="?", metavar=say("项目文件", "PROJECT"),
                   help=h("project file (default: the sample workshop)"))
    v.add_argument("--strict", action="store_true",
                   help=say("有任何需要注意的问题（如尚不能计算的部分）时判为失败（退出码 1），并逐项列出",
                            "also fail (exit 1) on any warning, e.g. a part that cannot be "
                            "computed yet, listing each"))
    v.add_argument("--json", action="store_true",
                   help=h("print the result as JSON (schema: docs/cli-json.md)"))
    v.set_defaults(run=run)


def run(args) -> int:
    from mcdm.errors import MCDMError, ValidationFailed
    from mcdm.messages import describe
    from mcdm.project.evaluate import evaluate
    from mcdm.tables.document import validation_document

    try:
        project = load_project(args.project)
    except MCDMError as exc:
        if args.json:  # the document says why, and main the one error line
            errors = exc.problems if isinstance(exc, ValidationFailed) else (exc,)
            _print_json(validation_document(None, None, args.lang, file=args.project,
                                            errors=errors))
        raise
    lang = args.lang
    result = evaluate(project)
    warnings = result.warnings()
    failed = args.strict and bool(warnings)
    if args.json:
        _print_json(validation_document(project, result, lang, file=args.project))
        return 1 if failed else 0
    lines = [describe(p, lang, project) for p in warnings]
    if failed:
        sys.stderr.write(f"{word('cli.error', lang)}{word('strict_warnings', lang, n=len(lines))}\n")
        sys.stderr.writelines(f"  {line}\n" for line in lines)
        return 1
    sys.stdout.write(word("valid", lang) + "\n")
    if lines:
        sys.stdout.write(word("warnings", lang, n=len(lines)) + "\n")
        sys.stdout.writelines(f"  {line}\n" for line in lines)
    return 0


def _print_json(document: dict) -> None:
    from mcdm.cli.outputs import dump_json

    sys.stdout.write(dump_json(document))

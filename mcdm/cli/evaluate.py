"""``fourchains-cli evaluate``: Print weights, consistency, consensus and rankings; what cannot be computed yet is listed with why (exit 0).

``--sensitivity`` adds each industry's stability intervals and the smallest weight change that
changes its top direction; ``--monte-carlo N`` the probability of staying in the top 3.
``--json`` prints the whole evaluation as a versioned JSON document instead (docs/cli-json.md),
``--csv DIR`` writes it as one CSV table per file.
"""

from __future__ import annotations

import sys

from mcdm.cli.common import load_project, progress
from mcdm.cli.helptext import h
from mcdm.cli.i18n import say
from mcdm.cli.options import add_analysis_options, check_options, monte_carlo_options
from mcdm.cli.summary import summary
from mcdm.cli.text import word


def add_parser(sub, common) -> None:
    e = sub.add_parser("evaluate", parents=[common],
                       help=say("打印权重、一致性比率 CR、共识度和排序",
                                "print weights, CRs, consensus, rankings"))
    e.add_argument("project", nargs="?", metavar=say("项目文件", "PROJECT"),
                   help=say("项目文件（默认：示例研讨会）",
                            "project file (default: the sample workshop)"))
    add_analysis_options(e)
    e.add_argument("--json", action="store_true",
                   help=h("print the evaluation as JSON (schema: docs/cli-json.md) instead of "
                          "tables"))
    e.add_argument("--csv", metavar=h("DIR"),
                   help=h("write the evaluation as CSV tables (UTF-8, one per file) into DIR"))
    e.set_defaults(run=run)


def run(args) -> int:
    from mcdm.cli.sentences import usage_error
    from mcdm.project.evaluate import evaluate

    project = load_project(args.project)
    lang = args.lang
    check_options(args, lang)
    if args.csv is not None and _not_a_folder(args.csv):
        raise usage_error("cli.csv_folder", lang, path=args.csv)
    mc = monte_carlo_options(args)
    result = evaluate(project, sensitivity=args.sensitivity, monte_carlo=mc,
                      progress=progress(word("monte_carlo", lang)) if mc else None)
    if args.json or args.csv is not None:
        return _for_scripts(args, project, result, lang)
    sys.stdout.write(summary(project, result, lang, args.top))
    from mcdm.cli.analysis_text import monte_carlo_note, sensitivity_text

    note = monte_carlo_note(result, lang)
    if note:
        sys.stdout.write(f"\n{note}\n")
    if args.sensitivity and result.industries:
        sys.stdout.write("\n" + sensitivity_text(project, result, lang))
    if project.rounds:  # a Delphi-style consultation: consensus and dispersion per round
        from mcdm.cli.rounds import rounds_text

        sys.stdout.write("\n" + rounds_text(project, lang, result.rounds()))
    return 0


def _not_a_folder(path: str) -> bool:
    from pathlib import Path

    return Path(path).exists() and not Path(path).is_dir()


def _for_scripts(args, project, result, lang: str) -> int:
    from mcdm.cli.outputs import dump_json, write_csv_tables
    from mcdm.tables.document import evaluation_document
    from mcdm.tables.flat import flat_tables

    doc = evaluation_document(project, result, lang, file=args.project)
    if args.csv is not None:
        paths = write_csv_tables(flat_tables(doc), args.csv)
        # with --json, stdout holds the document alone
        out = sys.stderr if args.json else sys.stdout
        out.write(word("csv_written", lang, n=len(paths), path=args.csv) + "\n")
    if args.json:
        sys.stdout.write(dump_json(doc))
    return 0

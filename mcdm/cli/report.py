"""``fourchains-cli report``: Write the report (Word .docx, or the same as PDF) of a project."""

from __future__ import annotations

import sys

from mcdm.cli.common import load_project, progress
from mcdm.cli.text import word


def add_parser(sub, common) -> None:
    r = sub.add_parser("report", parents=[common],
                       help="write the report a planner can publish (.docx or .pdf)")
    r.add_argument("project", nargs="?", help="project file (default: the sample workshop)")
    r.add_argument("-o", "--output", required=True, help="report to write (.docx or .pdf)")
    r.add_argument("--format", choices=("docx", "pdf"),
                   help="file format (default: from the output's suffix, else docx)")
    r.add_argument("--monte-carlo", type=int, metavar="N",
                   help="add a Monte Carlo section with N panel bootstraps")
    r.add_argument("--seed", type=int, default=0, help="Monte Carlo seed (default 0)")
    r.set_defaults(run=run)


def run(args) -> int:
    from mcdm.project.evaluate import evaluate
    from mcdm.report import write_report

    project = load_project(args.project)
    lang = args.lang or project.settings.language
    mc = None
    if args.monte_carlo:
        from mcdm.project.montecarlo import MonteCarloOptions

        mc = MonteCarloOptions(n_samples=args.monte_carlo, seed=args.seed)
    result = evaluate(project, sensitivity=True, monte_carlo=mc,
                      progress=progress("Monte Carlo") if mc else None)
    path = write_report(result, args.output, lang=lang, fmt=args.format,
                        progress=progress(word("writing", lang)))
    sys.stdout.write(f"{word('wrote', lang)} {path}\n")
    return 0

"""``fourchains-cli evaluate``: Print weights, consistency, consensus and rankings; what cannot be computed yet is listed with why (exit 0)."""

from __future__ import annotations

import sys

from mcdm.cli.common import load_project, progress
from mcdm.cli.summary import summary


def add_parser(sub, common) -> None:
    e = sub.add_parser("evaluate", parents=[common], help="print weights, CRs, consensus, rankings")
    e.add_argument("project", nargs="?", help="project file (default: the sample workshop)")
    e.add_argument("--top", type=int, default=3, help="directions shown per industry (default 3)")
    e.add_argument("--sensitivity", action="store_true", help="also run the sensitivity analysis")
    e.add_argument("--monte-carlo", type=int, metavar="N", help="Monte Carlo with N panel bootstraps")
    e.add_argument("--seed", type=int, default=0, help="Monte Carlo seed (default 0)")
    e.set_defaults(run=run)


def run(args) -> int:
    from mcdm.project.evaluate import evaluate

    project = load_project(args.project)
    lang = args.lang or project.settings.language
    mc = None
    if args.monte_carlo:
        from mcdm.project.montecarlo import MonteCarloOptions

        mc = MonteCarloOptions(n_samples=args.monte_carlo, seed=args.seed)
    result = evaluate(project, sensitivity=args.sensitivity, monte_carlo=mc,
                      progress=progress("Monte Carlo") if mc else None)
    sys.stdout.write(summary(project, result, lang, args.top))
    if project.rounds:  # a Delphi-style consultation: consensus and dispersion per round
        from mcdm.cli.rounds import rounds_text

        sys.stdout.write("\n" + rounds_text(project, lang))
    return 0

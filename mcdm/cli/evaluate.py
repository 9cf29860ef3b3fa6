"""``fourchains-cli evaluate``: Print weights, consistency, consensus and rankings; what cannot be computed yet is listed with why (exit 0)."""

from __future__ import annotations

import sys

from mcdm.cli.common import load_project, progress
from mcdm.cli.i18n import say
from mcdm.cli.summary import summary
from mcdm.cli.text import word


def add_parser(sub, common) -> None:
    e = sub.add_parser("evaluate", parents=[common],
                       help=say("打印权重、一致性比率 CR、共识度和排序",
                                "print weights, CRs, consensus, rankings"))
    e.add_argument("project", nargs="?", metavar=say("项目文件", "PROJECT"),
                   help=say("项目文件（默认：示例研讨会）",
                            "project file (default: the sample workshop)"))
    e.add_argument("--top", type=int, default=3, metavar="N",
                   help=say("每个产业显示的重点发展方向数（默认 3）",
                            "directions shown per industry (default 3)"))
    e.add_argument("--sensitivity", action="store_true",
                   help=say("同时进行灵敏度分析", "also run the sensitivity analysis"))
    e.add_argument("--monte-carlo", type=int, metavar="N",
                   help=say("蒙特卡洛模拟：N 次专家组自助抽样",
                            "Monte Carlo with N panel bootstraps"))
    e.add_argument("--seed", type=int, default=0, metavar="N",
                   help=say("蒙特卡洛模拟的随机种子（默认 0）", "Monte Carlo seed (default 0)"))
    e.set_defaults(run=run)


def run(args) -> int:
    from mcdm.project.evaluate import evaluate

    project = load_project(args.project)
    lang = args.lang
    mc = None
    if args.monte_carlo:
        from mcdm.project.montecarlo import MonteCarloOptions

        mc = MonteCarloOptions(n_samples=args.monte_carlo, seed=args.seed)
    result = evaluate(project, sensitivity=args.sensitivity, monte_carlo=mc,
                      progress=progress(word("monte_carlo", lang)) if mc else None)
    sys.stdout.write(summary(project, result, lang, args.top))
    if project.rounds:  # a Delphi-style consultation: consensus and dispersion per round
        from mcdm.cli.rounds import rounds_text

        sys.stdout.write("\n" + rounds_text(project, lang))
    return 0

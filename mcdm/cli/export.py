"""``fourchains-cli export``: Write the audit-ready results workbook (.xlsx)."""

from __future__ import annotations

import sys

from mcdm.cli.common import load_project, progress
from mcdm.cli.i18n import say
from mcdm.cli.text import word


def add_parser(sub, common) -> None:
    x = sub.add_parser("export", parents=[common],
                       help=say("写出结果工作簿（.xlsx）", "write the results workbook (.xlsx)"))
    x.add_argument("project", nargs="?", metavar=say("项目文件", "PROJECT"),
                   help=say("项目文件（默认：示例研讨会）",
                            "project file (default: the sample workshop)"))
    x.add_argument("-o", "--output", required=True, metavar=say("输出文件", "OUT"),
                   help=say("要写出的结果工作簿", "results workbook to write"))
    x.add_argument("--monte-carlo", type=int, metavar="N",
                   help=say("加一张蒙特卡洛模拟工作表（N 次专家组自助抽样）",
                            "add a Monte Carlo sheet with N panel bootstraps"))
    x.add_argument("--seed", type=int, default=0, metavar="N",
                   help=say("蒙特卡洛模拟的随机种子（默认 0）", "Monte Carlo seed (default 0)"))
    x.set_defaults(run=run)


def run(args) -> int:
    from mcdm.excel import write_results
    from mcdm.project.evaluate import evaluate

    project = load_project(args.project)
    lang = args.lang
    # A second or two on first use: a bar over the two stages (evaluate, build and save).
    bar = progress(word("writing", lang)) or (lambda done, total: None)
    bar(0, 2)
    mc = None
    if args.monte_carlo:
        from mcdm.project.montecarlo import MonteCarloOptions

        mc = MonteCarloOptions(n_samples=args.monte_carlo, seed=args.seed)
    result = evaluate(project, sensitivity=True, monte_carlo=mc)
    bar(1, 2)
    path = write_results(project, result, args.output, lang=lang)
    bar(2, 2)
    sys.stdout.write(f"{word('wrote', lang)} {path}\n")
    return 0

"""``fourchains-cli report``: Write the report (Word .docx, or the same as PDF) of a project."""

from __future__ import annotations

import sys

from mcdm.cli.common import load_project, progress
from mcdm.cli.i18n import say
from mcdm.cli.text import word


def add_parser(sub, common) -> None:
    r = sub.add_parser("report", parents=[common],
                       help=say("写出可供规划文件使用的报告（.docx 或 .pdf）",
                                "write the report a planner can publish (.docx or .pdf)"))
    r.add_argument("project", nargs="?", metavar=say("项目文件", "PROJECT"),
                   help=say("项目文件（默认：示例研讨会）",
                            "project file (default: the sample workshop)"))
    r.add_argument("-o", "--output", required=True, metavar=say("输出文件", "OUT"),
                   help=say("要写出的报告（.docx 或 .pdf）", "report to write (.docx or .pdf)"))
    r.add_argument("--format", choices=("docx", "pdf"),
                   help=say("文件格式（默认：按输出文件的扩展名，否则为 docx）",
                            "file format (default: from the output's suffix, else docx)"))
    r.add_argument("--monte-carlo", type=int, metavar="N",
                   help=say("加入蒙特卡洛模拟一节（N 次专家组自助抽样）",
                            "add a Monte Carlo section with N panel bootstraps"))
    r.add_argument("--seed", type=int, default=0, metavar="N",
                   help=say("蒙特卡洛模拟的随机种子（默认 0）", "Monte Carlo seed (default 0)"))
    r.set_defaults(run=run)


def run(args) -> int:
    from mcdm.project.evaluate import evaluate
    from mcdm.report import write_report

    project = load_project(args.project)
    lang = args.lang
    mc = None
    if args.monte_carlo:
        from mcdm.project.montecarlo import MonteCarloOptions

        mc = MonteCarloOptions(n_samples=args.monte_carlo, seed=args.seed)
    result = evaluate(project, sensitivity=True, monte_carlo=mc,
                      progress=progress(word("monte_carlo", lang)) if mc else None)
    path = write_report(result, args.output, lang=lang, fmt=args.format,
                        progress=progress(word("writing", lang)))
    sys.stdout.write(f"{word('wrote', lang)} {path}\n")
    return 0

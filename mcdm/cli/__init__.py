"""``fourchains-cli``: evaluate workshop projects, and move questionnaires and results in Excel.

    fourchains-cli evaluate [PROJECT] [--top N] [--sensitivity] [--monte-carlo N]
    fourchains-cli export [PROJECT] -o results.xlsx [--monte-carlo N]
    fourchains-cli report [PROJECT] -o report.docx [--format docx|pdf] [--monte-carlo N]
    fourchains-cli questionnaire PROJECT [--expert ID ...] -o q.xlsx [--panel | --per-expert]
                                 [--prefill | --no-prefill] [--measured fixed|ask]
    fourchains-cli import PROJECT FILE... [-o OUT.json] [--accept-valid] [--dry-run]
                                 [--conflicts keep|take]
    fourchains-cli rounds PROJECT [--start [-o OUT.json]]
    fourchains-cli new TEMPLATE -o project.json
    fourchains-cli validate PROJECT [--strict]
    fourchains-cli portfolio [PROJECT] [--budget B] [--frontier N] [--monte-carlo N] [--json]

Editing a workshop (each command one edit of :mod:`mcdm.project.edits`, saved with ``.bak``)::

    fourchains-cli expert add|remove|rename|weight|list PROJECT …
    fourchains-cli panel import PROJECT roster.csv|roster.xlsx
    fourchains-cli industry|direction|criterion add|remove|rename|list PROJECT …
    fourchains-cli set PROJECT [SETTING VALUE]

Setting up the portfolio (edits of :mod:`mcdm.project.edits_portfolio`, saved the same way)::

    fourchains-cli budget PROJECT [AMOUNT|none] [--unit UNIT]
    fourchains-cli direction cost PROJECT INDUSTRY DIRECTION COST|none
    fourchains-cli direction costs PROJECT costs.csv|costs.xlsx   (--template FILE: the table to fill)
    fourchains-cli direction include|exclude|free PROJECT INDUSTRY DIRECTION...
    fourchains-cli industry plan PROJECT INDUSTRY [--weight W] [--min-count N] [--max-count N]
                                 [--min-spend X] [--max-spend X] [--reset]

``evaluate --json``/``--csv DIR`` and ``validate --json`` are for scripts (docs/cli.md,
docs/cli-json.md).

Without PROJECT, ``evaluate``, ``export``, ``report`` and ``portfolio`` use the illustrative sample workshop. The CLI speaks
one language for every command and message (:mod:`mcdm.cli.i18n`): ``--lang zh|en``, else the
locale (``LC_ALL``/``LC_MESSAGES``/``LANG`` starting with ``zh``: Chinese), never the project's;
workbooks it writes are in that language too. ``evaluate`` prints whatever can be computed and
lists what cannot yet, and why (exit 0); ``validate --strict`` is where an incomplete project
fails. Errors print one line per problem — the sentence of :mod:`mcdm.messages`, then where
("位置：文件 …，工作表 …，单元格 …") — and exit with status 1; usage errors exit with 2; never a
traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from mcdm import __version__
from mcdm.cli.common import loaded_project
from mcdm.cli.i18n import Parser, choose_language, say, speaking
from mcdm.cli.sentences import UsageError
from mcdm.errors import MCDMError, Problem, os_problem
from mcdm.messages import describe, line, word

# The commands in the order ``--help`` lists them: each module has ``add_parser(sub, common)``
# and ``run(args)``. A new command is a new module and one line here.
COMMANDS = ("evaluate", "export", "report", "questionnaire", "import_answers", "rounds", "new", "validate")
# Editing a workshop without the GUI: each command is one edit of mcdm.project.edits.
COMMANDS += ("expert", "panel", "industry", "direction", "criterion", "set_setting")
# Planners' investments: a portfolio of directions under a budget, and the budget itself (costs,
# must-include/excluded directions and industry plans are actions of `direction` and `industry`).
COMMANDS += ("portfolio", "budget")


def parser() -> argparse.ArgumentParser:
    """The parser, its texts in the language the CLI speaks (build it inside ``speaking``)."""
    lang_help = say("输出语言（默认：系统区域设置）", "output language (default: the locale)")
    top = Parser(add_help=False)
    top.add_argument("--lang", choices=("zh", "en"), help=lang_help)
    # Also accepted after the command; SUPPRESS keeps a --lang given before it.
    common = Parser(add_help=False)
    common.add_argument("--lang", choices=("zh", "en"), default=argparse.SUPPRESS, help=lang_help)
    p = Parser(prog="fourchains-cli", parents=[top],
               description=say("四链决策工作台的命令行。",
                               "FourChains Decision Studio on the command line."))
    sub = p.add_subparsers(dest="command", required=True, metavar=say("命令", "COMMAND"))
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                   help=say("显示版本号并退出", "show the version number and exit"))
    for name in COMMANDS:
        importlib.import_module(f"mcdm.cli.{name}").add_parser(sub, common)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        try:  # Chinese labels must print even under a non-UTF-8 locale
            stream.reconfigure(errors="replace")
        except (AttributeError, ValueError):
            pass
    argv = sys.argv[1:] if argv is None else list(argv)
    lang = choose_language(argv)
    loaded_project(forget=True)
    with speaking(lang):
        args = parser().parse_args(argv)
        args.lang = lang  # every command speaks the CLI's language, never the project's
        try:
            return args.run(args)
        except UsageError as exc:  # an option's value the command cannot use: like argparse's
            report_error(exc, lang, loaded_project())
            return 2
        except MCDMError as exc:
            report_error(exc, lang, getattr(exc, "subject", None) or loaded_project())
            return 1
        except OSError as exc:
            report_error(os_problem(exc), lang)
            return 1
        except KeyboardInterrupt:
            sys.stderr.write(word("cli.interrupted", lang) + "\n")
            return 130
        except Exception as exc:  # noqa: BLE001 - the CLI never shows a traceback
            sys.stderr.write(f"{word('cli.internal_error', lang)}{type(exc).__name__}: {exc}\n")
            return 70


def report_error(exc: MCDMError | Problem, lang: str, project=None) -> None:
    """"错误：" and one line per problem — its sentence, then where — on stderr."""
    error = word("cli.error", lang)
    problems = getattr(exc, "problems", ())
    if not problems:
        sys.stderr.write(f"{error}{line(exc, lang, project)}\n")
    elif len(problems) == 1 and exc.code == "validation.failed":
        sys.stderr.write(f"{error}{line(problems[0], lang, project)}\n")
    else:  # what went wrong as a whole ("发现 3 处问题。", "导入被拒绝…"), then each problem
        sys.stderr.write(f"{error}{describe(exc, lang, project)}\n")
        for problem in problems:
            sys.stderr.write(f"  - {line(problem, lang, project)}\n")

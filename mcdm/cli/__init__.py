"""``fourchains-cli``: evaluate workshop projects, and move questionnaires and results in Excel.

    fourchains-cli evaluate [PROJECT] [--top N] [--sensitivity] [--monte-carlo N]
    fourchains-cli export [PROJECT] -o results.xlsx [--monte-carlo N]
    fourchains-cli report [PROJECT] -o report.docx [--format docx|pdf] [--monte-carlo N]
    fourchains-cli questionnaire PROJECT --expert ID [--expert ID ...] -o q.xlsx [--panel]
    fourchains-cli import PROJECT FILE... [-o OUT.json] [--accept-valid] [--dry-run]
    fourchains-cli new TEMPLATE -o project.json
    fourchains-cli validate PROJECT [--strict]

Without PROJECT, ``evaluate``, ``export`` and ``report`` use the illustrative sample workshop. ``--lang zh|en``
picks the output language (default: the project's). ``evaluate`` prints whatever can be computed
and lists what cannot yet, and why (exit 0); ``validate --strict`` is where an incomplete project
fails. Errors print one line (plus one line per
problem found in a file) and exit with status 1; usage errors exit with 2; never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from mcdm.errors import MCDMError, ValidationFailed

# The commands in the order ``--help`` lists them: each module has ``add_parser(sub, common)``
# and ``run(args)``. A new command is a new module and one line here.
COMMANDS = ("evaluate", "export", "report", "questionnaire", "import_answers", "new", "validate")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(add_help=False)
    top.add_argument("--lang", choices=("zh", "en"), help="output language (default: the project's)")
    # Also accepted after the command; SUPPRESS keeps a --lang given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=("zh", "en"), default=argparse.SUPPRESS,
                        help="output language (default: the project's)")
    p = argparse.ArgumentParser(prog="fourchains-cli", parents=[top],
                                description="FourChains Decision Studio (四链决策工作台) on the command line.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"mcdm.cli.{name}").add_parser(sub, common)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        try:  # Chinese labels must print even under a non-UTF-8 locale
            stream.reconfigure(errors="replace")
        except (AttributeError, ValueError):
            pass
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except ValidationFailed as exc:
        if len(exc.problems) == 1:
            sys.stderr.write(f"error: {exc.problems[0]}\n")
        else:
            sys.stderr.write(f"error: {len(exc.problems)} problems:\n")
            for problem in exc.problems:
                sys.stderr.write(f"  {problem}\n")
        return 1
    except MCDMError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    except OSError as exc:
        sys.stderr.write(f"error: {exc.strerror or exc}"
                         f"{': ' + str(exc.filename) if exc.filename else ''}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        return 130
    except Exception as exc:  # noqa: BLE001 - the CLI never shows a traceback
        sys.stderr.write(f"internal error: {type(exc).__name__}: {exc}\n")
        return 70

"""Regenerate the module table of docs/ARCHITECTURE.md from the modules' own docstrings.

    python tools/module_table.py          # rewrite the table in place
    python tools/module_table.py --check  # exit 1 if the table is out of date (the test suite runs this)

The table sits between the markers ``<!-- modules -->`` and ``<!-- /modules -->``: one row per
module of ``mcdm/`` and ``desktop/``, its docstring's first paragraph joined to one line.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "ARCHITECTURE.md"
START, END = "<!-- modules -->", "<!-- /modules -->"


def summary(path: Path) -> str:
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    first = doc.strip().split("\n\n")[0]
    return " ".join(first.split()).replace("|", "\\|")


def table() -> str:
    rows = ["| module | what it does |", "|---|---|"]
    for package in ("mcdm", "desktop"):
        for path in sorted((ROOT / package).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            rows.append(f"| `{rel}` | {summary(path)} |")
    return "\n".join(rows)


def render(text: str) -> str:
    head, rest = text.split(START, 1)
    _old, tail = rest.split(END, 1)
    return f"{head}{START}\n{table()}\n{END}{tail}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text = DOC.read_text(encoding="utf-8")
    new = render(text)
    if args.check:
        if new != text:
            print("docs/ARCHITECTURE.md: the module table is out of date; run "
                  "python tools/module_table.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

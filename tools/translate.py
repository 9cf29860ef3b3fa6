"""Keep the Qt Linguist catalogue current: scan desktop/, add translations, compile.

    python tools/translate.py                      # lupdate + lrelease; list what is untranslated
    python tools/translate.py --add pairs.tsv      # also fill translations (see below)
    python tools/translate.py --untranslated       # print "context<TAB>source" lines to fill in

``pairs.tsv`` holds one translation per line: ``context<TAB>English source<TAB>中文``; ``*`` as
the context fills that source in every context. Sources use ``\\n`` for a newline. Run it after
changing a ``tr()`` text and after merging branches that both touched the catalogue: lupdate
re-reads every source, so a merge of the ``.ts`` file only needs the translations kept.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "fourchains_zh_CN.ts"
QM = TS.with_suffix(".qm")


def _pairs(path: Path) -> dict[tuple[str, str], str]:
    out = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            sys.exit(f"{path}:{n}: expected context<TAB>source<TAB>translation")
        context, source, text = (p.replace("\\n", "\n") for p in parts)
        out[(context, source)] = text
    return out


def lupdate() -> None:
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    subprocess.run([shutil.which("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)],
                   check=True, capture_output=True)


def fill(pairs: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    """Apply translations; return (context, source) of every message still untranslated."""
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            tr = message.find("translation")
            text = pairs.get((name, source), pairs.get(("*", source)))
            if text is not None:
                tr.text = text
                tr.attrib.pop("type", None)
            if tr.get("type") == "unfinished" or not (tr.text or "").strip():
                missing.append((name, source))
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return missing


def lrelease() -> None:
    subprocess.run([shutil.which("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True,
                   capture_output=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--add", type=Path, help="a TSV file of translations to fill in")
    ap.add_argument("--untranslated", action="store_true", help="only list what is missing")
    args = ap.parse_args()
    lupdate()
    missing = fill(_pairs(args.add) if args.add else {})
    lupdate()  # again: lupdate writes the file in its own layout, so diffs stay small
    lrelease()
    for context, source in missing:
        print(f"{context}\t{source.replace(chr(10), chr(92) + 'n')}")
    if not args.untranslated and missing:
        print(f"{len(missing)} message(s) untranslated", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())

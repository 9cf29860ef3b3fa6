"""``fourchains-cli set``: change one method setting, or list them all.

    fourchains-cli set PROJECT SETTING VALUE
    fourchains-cli set PROJECT

The settings, their choices and what a valid number is come from the one settings table
(:data:`mcdm.project.settings.SETTINGS`); the edit is :class:`~mcdm.project.edits.SetSetting`,
so a value that does not fit the project (a score range that leaves given scores outside) is
refused as in the GUI.
"""

from __future__ import annotations

import argparse
import math
import sys

from mcdm.cli.editing import commit, done, edit_parent
from mcdm.cli.helptext import h


def add_parser(sub, common) -> None:
    from mcdm.project.settings import SETTINGS

    lines = [f"  {s.name:20} {s.expected[1]}" for s in SETTINGS]
    s = sub.add_parser("set", parents=[common, edit_parent()],
                       help=h("change a method setting (without SETTING: list them)"),
                       description=h("Settings and their values:") + "\n" + "\n".join(lines),
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    s.add_argument("setting", metavar=h("SETTING"), nargs="?", help=h("the setting's name"))
    s.add_argument("value", metavar=h("VALUE"), nargs="?", help=h("its new value"))
    s.set_defaults(run=run)


def _row(name: str, lang: str):
    """The settings table's row of ``name``, or a usage error listing the settings."""
    from mcdm.cli.sentences import usage_error
    from mcdm.project.settings import SETTINGS, spec

    names = [s.name for s in SETTINGS]
    if name not in names:
        raise usage_error("cli.setting_unknown", lang, name=name, choices=tuple(names))
    return spec(name)


def _expected(row, lang: str, *, joined: bool = False):
    """What to type: the choices as typed (``eigenvector``, not 特征向量法), else the rule."""
    if row.choices is None:
        return row.expected[0 if lang == "zh" else 1]
    return " | ".join(row.choices) if joined else tuple(row.choices)


def parse_value(name: str, text: str, lang: str):
    """``text`` as setting ``name`` holds it, or a usage error naming the expected values."""
    from mcdm.cli.sentences import usage_error
    from mcdm.project.settings import check

    row = _row(name, lang)
    value: object = text.strip()
    if row.choices is not None:
        # "aip" means AIP: no two choices differ only by case
        value = next((c for c in row.choices if c.casefold() == text.strip().casefold()), text)
    else:
        try:
            value = float(text)
        except ValueError:
            value = text
        if isinstance(value, float) and not math.isfinite(value):
            value = text
    if check(name, value) is not None:
        raise usage_error("cli.setting_value", lang, title=row.title(lang), name=name,
                          value=text, expected=_expected(row, lang))
    return value


def run(args) -> int:
    from mcdm.cli.editing import open_project
    from mcdm.cli.sentences import usage_error
    from mcdm.project.edits import SetSetting

    project, lang = open_project(args)
    if args.setting is None:
        return _list(project, lang)
    row = _row(args.setting, lang)
    if args.value is None:
        raise usage_error("cli.setting_no_value", lang, title=row.title(lang), name=row.name,
                          expected=_expected(row, lang))
    value = parse_value(row.name, args.value, lang)
    old = getattr(project.settings, row.name)
    new = commit(args, project, SetSetting(row.name, value), lang)
    done(lang, "cli.setting_set", title=row.title(lang), old=row.word(old, lang),
         new=row.word(getattr(new.settings, row.name), lang))
    return 0


def _list(project, lang: str) -> int:
    from mcdm.cli.text import table, word
    from mcdm.project.settings import SETTINGS

    rows = [[s.name, s.title(lang), s.word(getattr(project.settings, s.name), lang),
             _expected(s, lang, joined=True)] for s in SETTINGS]
    sys.stdout.write(table([word("setting", lang), "", word("value", lang),
                            word("expected", lang)], rows) + "\n")
    return 0

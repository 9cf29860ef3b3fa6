"""The command line speaks one language: ``--lang``, else the locale — never the project's.

:func:`choose_language` reads ``--lang`` from the arguments before the parser exists (so that
``--help`` and argparse's own messages are in that language too), else the locale: the first
set of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` (the POSIX order), Chinese when it starts with
``zh``, English otherwise. :func:`say` picks a text of a command module's ``add_parser``
(``help=say("打印权重…", "print the weights…")``) in that language. :func:`speaking` installs
argparse's messages in Chinese (:data:`mcdm.messages.cli.ARGPARSE`) while a command line is
parsed, and :class:`Parser` prints usage errors with the translated "错误：" prefix.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
from collections.abc import Iterator, Mapping, Sequence

from mcdm.messages import word

__all__ = ["Parser", "choose_language", "language", "say", "set_language", "speaking"]

_current = ["en"]


def choose_language(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """"zh" or "en": the last valid ``--lang`` in ``argv``, else the locale of ``environ``."""
    chosen = None
    args = list(argv)
    for i, a in enumerate(args):
        if a == "--":
            break
        value = args[i + 1] if a == "--lang" and i + 1 < len(args) else \
            a[len("--lang="):] if a.startswith("--lang=") else None
        if value in ("zh", "en"):
            chosen = value
    if chosen is not None:
        return chosen
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def set_language(lang: str) -> None:
    _current[0] = "zh" if lang == "zh" else "en"


def language() -> str:
    """The language the command line speaks now."""
    return _current[0]


def say(zh: str, en: str) -> str:
    """``zh`` or ``en``, whichever the command line speaks."""
    return zh if _current[0] == "zh" else en


def _gettext(message: str) -> str:
    if _current[0] != "zh":
        return message
    from mcdm.messages.cli import ARGPARSE

    return ARGPARSE.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


@contextlib.contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Speak ``lang`` for the duration: :func:`say`, and argparse's own messages."""
    before = (_current[0], argparse._, getattr(argparse, "ngettext", None))
    set_language(lang)
    argparse._ = _gettext  # argparse looks its messages up through these module names
    if before[2] is not None:
        argparse.ngettext = _ngettext
    try:
        yield
    finally:
        _current[0], argparse._ = before[0], before[1]
        if before[2] is not None:
            argparse.ngettext = before[2]


# An argument that starts with "-" and a digit (or "-." and a digit) is a value, never an option:
# argparse's own test takes "-3" and "-0.5" but not "-1e3", "-1,250" or "-3亿元", which then ended
# in "unrecognized arguments" (exit 2) instead of the command's own sentence about the amount.
# No option of the CLI starts with a digit.
_NEGATIVE_NUMBER = re.compile(r"^-\.?\d")


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line in the CLI's language ("错误：…",
    then where to read more) and exit with status 2. Subcommand parsers are made by the same
    class, so every command behaves alike. An argument like a negative number (``-3``,
    ``-1e3``, ``-3亿元``) is a value, so the command can say what it expected."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # argparse's (private, but stable since Python 3.2) test for "a negative number"
        self._negative_number_matcher = _NEGATIVE_NUMBER

    def error(self, message: str):  # noqa: D401 - argparse's API
        hint = say(f"（详见 {self.prog} --help）", f" (see {self.prog} --help)")
        self.exit(2, f"{word('cli.error', language())}{message}{hint}\n")

"""What every edit command shares: open the project, apply ONE edit from :mod:`mcdm.project.edits`
(so the same validation and the same messages as the GUI), save atomically with ``.bak``
(:func:`mcdm.project.storage.save`), and say what changed in one line.

An edit that cannot apply raises before anything is written: the file is left as it was.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from mcdm.cli.helptext import h
from mcdm.cli.sentences import localize, sentence
from mcdm.errors import Location, MCDMError, Problem, ValidationFailed

__all__ = [
    "commit", "count_judgments", "count_scores", "done", "edit_parent", "label_options", "lang_of",
    "new_label", "open_project", "subcommands",
]


def edit_parent() -> argparse.ArgumentParser:
    """The arguments every edit command takes: the project, and where to save it."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("project", metavar=h("PROJECT"), help=h("project file (.json)"))
    p.add_argument("-o", "--output", metavar=h("OUT"),
                   help=h("save the edited project here (default: over PROJECT, keeping "
                          "PROJECT.bak)"))
    return p


def subcommands(sub, name: str, help_text: str, common):
    """A command with actions (``expert add``, ``expert remove`` …): returns the action adder."""
    p = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
    return p.add_subparsers(dest="action", required=True, metavar=h("ACTION"))


def lang_of(args, project) -> str:
    """The language the command speaks: the CLI's (``--lang``, else the locale; ``main`` sets
    ``args.lang``, never from the project). Without one — a command run without ``main`` — the
    project's."""
    return getattr(args, "lang", None) or str(project.settings.language)


def open_project(args):
    """``(project, lang)`` of the project file named on the command line (kept as the loaded
    project, so an error names its labels)."""
    from mcdm.cli.common import load_project

    project = load_project(args.project)
    return project, lang_of(args, project)


def commit(args, project, edit, lang: str):
    """Apply ``edit`` and save; returns the new project. Nothing is written if it fails."""
    from mcdm.project.storage import save

    try:
        new, _inverse = edit.apply(project)
    except ValidationFailed as exc:
        raise localize(_first(exc), lang, project) from None
    except MCDMError as exc:
        raise localize(exc, lang, project) from None
    save(new, args.output or args.project)
    return new


# A setting that leaves every score outside the range would list each one: the first few tell.
MAX_LISTED_PROBLEMS = 8


def _first(exc: ValidationFailed) -> ValidationFailed:
    if len(exc.problems) <= MAX_LISTED_PROBLEMS:
        return exc
    more = len(exc.problems) - MAX_LISTED_PROBLEMS
    rest = Problem("cli.more_problems", f"… and {more} more", Location(), None, {"n": more})
    short = ValidationFailed(exc.problems[:MAX_LISTED_PROBLEMS] + (rest,), code=exc.code)
    short.params["count"] = len(exc.problems)
    return short


def done(lang: str, code: str, project: Any = None, new_id: str | None = None,
         **params: Any) -> None:
    """Print the confirmation ``code`` (and the id a new item got, for the next command)."""
    from mcdm.cli.text import word

    line = sentence(code, lang, project, **params)
    if new_id is not None:
        line += ("" if lang == "zh" else " ") + word("id_note", lang, id=new_id)
    sys.stdout.write(line + "\n")


def label_options() -> argparse.ArgumentParser:
    """``--zh`` and ``--en``: a label in Chinese and English (at least one)."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--zh", metavar="中文", help=h("the label in Chinese"))
    p.add_argument("--en", metavar=h("ENGLISH"), help=h("the label in English"))
    return p


def new_label(args, lang: str, old=None):
    """The :class:`~mcdm.project.model.Text` of ``--zh``/``--en`` (over ``old``'s, renaming)."""
    from mcdm.cli.sentences import usage_error
    from mcdm.project.model import Text

    if args.zh is None and args.en is None:
        raise usage_error("cli.label_missing", lang)
    zh = args.zh.strip() if args.zh is not None else (old.zh if old is not None else "")
    en = args.en.strip() if args.en is not None else (old.en if old is not None else "")
    return Text(zh, en)


def count_scores(project) -> int:
    return len(project.scores)


def count_judgments(project) -> int:
    return sum(len(pairs) for nodes in project.judgments.values() for pairs in nodes.values())

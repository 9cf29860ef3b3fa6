"""The one function every ``--help`` text of the edit and output commands goes through.

``h("add an expert")`` returns the text in the language the command line speaks: the English
text itself, or its Chinese from :data:`mcdm.cli.help_zh.HELP_ZH` (the English text is the key,
gettext style). A test walks the package and checks every ``h()`` text has its Chinese.
"""

from __future__ import annotations

__all__ = ["h"]


def h(text: str) -> str:
    """A help text, in the command line's language (the English text is the key)."""
    from mcdm.cli.i18n import language

    if language() != "zh":
        return text
    from mcdm.cli.help_zh import HELP_ZH

    return HELP_ZH.get(text, text)

"""The one function every ``--help`` text of the edit and output commands goes through.

``h("add an expert")`` returns the text in the language the command line speaks. Today that is
the English text itself; the catalogue (``mcdm.messages``) can route it to a Chinese table keyed
by the English text, gettext style, without touching a command module.
"""

from __future__ import annotations

__all__ = ["h"]


def h(text: str) -> str:
    """A help text, in the command line's language (the English text is the key)."""
    return text

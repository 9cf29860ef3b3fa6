"""The command line's argument parser: argparse, with a usage error on one line (what is wrong,
and where to read more) instead of the usage block followed by the error."""

from __future__ import annotations

import argparse

__all__ = ["Parser"]


class Parser(argparse.ArgumentParser):
    """``argparse.ArgumentParser`` whose usage errors are one line and exit with status 2.

    Subcommand parsers are made by the same class, so every command behaves alike.
    """

    def error(self, message: str):  # noqa: D401 - argparse's hook
        self.exit(2, f"{self.prog}: error: {message} ({self.prog} --help)\n")

"""What every command shares: loading a project (or the sample), a progress bar on a terminal,
finding an expert by id or name."""

from __future__ import annotations

import sys


def load_project(path: str | None):
    if path is None:
        from mcdm.project.sample import sample_project

        return sample_project()
    from mcdm.project.storage import load

    return load(path)


def progress(label: str):
    """A one-line progress bar on stderr when it is a terminal (nothing otherwise)."""
    if not sys.stderr.isatty():
        return None

    def update(done: int, total: int) -> None:
        n = int(30 * done / max(total, 1))
        sys.stderr.write(f"\r{label} [{'#' * n}{'.' * (30 - n)}] {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()
    return update


def expert_id(project, text: str) -> str:
    """The id of the expert with id or name ``text`` (see :func:`mcdm.cli.lookup.find_expert`)."""
    from mcdm.cli.lookup import find_expert

    return find_expert(project, text, str(project.settings.language)).id

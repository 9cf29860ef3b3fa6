"""What every command shares: loading a project (or the sample), a progress bar on a terminal,
finding an expert by id or name."""

from __future__ import annotations

import sys

_loaded: list = [None]


def load_project(path: str | None):
    """The project at ``path`` (the sample workshop when None); kept as :func:`loaded_project`."""
    if path is None:
        from mcdm.project.sample import sample_project

        project = sample_project()
    else:
        from mcdm.project.storage import load

        project = load(path)
    _loaded[0] = project
    return project


def loaded_project(forget: bool = False):
    """The project the running command loaded (None before): an error names its labels.
    ``forget`` clears it (a new command line starts)."""
    if forget:
        _loaded[0] = None
    return _loaded[0]


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
    """The id of the expert ``text`` names: an id, a full name, or a bilingual name's Chinese or
    English part ("专家A" or "Expert A" of "专家A Expert A"); see
    :func:`mcdm.cli.lookup.find_expert`."""
    from mcdm.cli.i18n import language
    from mcdm.cli.lookup import find_expert

    return find_expert(project, text, language()).id

"""The illustrative sample workshop that the app and the CLI open when given no project.

Built by ``sample_workbooks/make_sample.py`` from the ``principles-strategies`` template; every
judgment and score in it is invented (示例数据，仅供演示).
"""

from __future__ import annotations

from functools import lru_cache

from mcdm.project.model import Project

__all__ = ["SAMPLE_FILE", "sample_project", "unanswered_sample_project"]

SAMPLE_FILE = "sample_workshop.json"


@lru_cache(maxsize=1)
def sample_project() -> Project:
    """The sample workshop (read once; the value is immutable, so sharing it is safe)."""
    from mcdm.project.storage import loads
    from mcdm.resources import sample

    return loads(sample(SAMPLE_FILE).read_bytes(), file=SAMPLE_FILE)


@lru_cache(maxsize=1)
def unanswered_sample_project() -> Project:
    """The sample workshop before the panel's pairwise questionnaires came back.

    The same tree, panel, industries, scores and settings as :func:`sample_project`, with no
    judgments: what the app opens on its first start before it imports the shipped
    questionnaires (``sample_workbooks/questionnaire_E*.xlsx``), which give back exactly
    :func:`sample_project`. Cached, so the app can tell it is still showing this very value.
    """
    return sample_project().replace(judgments={})

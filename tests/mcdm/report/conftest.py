import datetime

import pytest

from mcdm.project.evaluate import evaluate
from mcdm.project.sample import sample_project
from mcdm.report import build_report, write_report

DAY = datetime.date(2026, 5, 4)


@pytest.fixture(scope="session")
def mc_result():
    return evaluate(sample_project(), sensitivity=True, monte_carlo=100)


@pytest.fixture(scope="session", params=["zh", "en"])
def written(request, mc_result, tmp_path_factory):
    """The sample's report (with a Monte Carlo run) in one language: (report, docx path)."""
    lang = request.param
    path = tmp_path_factory.mktemp(f"report_{lang}") / f"report_{lang}.docx"
    write_report(mc_result, path, lang=lang, today=DAY)
    return build_report(mc_result, lang, today=DAY), path

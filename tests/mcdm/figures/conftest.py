import warnings

import pytest

from mcdm.project.evaluate import evaluate
from mcdm.project.sample import sample_project


@pytest.fixture(scope="session")
def full_result():
    """The sample, evaluated with the sensitivity analysis and a short Monte Carlo run."""
    return evaluate(sample_project(), sensitivity=True, monte_carlo=200)


@pytest.fixture
def strict_glyphs():
    """matplotlib warns once per missing glyph ("Glyph … missing from font(s)"): a failure here."""
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*[Gg]lyph.*missing", category=UserWarning)
        warnings.filterwarnings("error", message="findfont", category=UserWarning)
        yield

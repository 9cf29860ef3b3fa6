"""Shared test setup: offscreen Qt, a CI hypothesis profile."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# As mcdm.excel does for the app: openpyxl must parse through defusedxml, not lxml, and a test
# module may import openpyxl before mcdm.excel.
os.environ.setdefault("OPENPYXL_LXML", "False")

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

import mcdm  # noqa: E402, F401 - first, so openpyxl parses through defusedxml (mcdm/__init__.py)

# Two shared cores in CI: timing-based health checks would flake, so they are off.
settings.register_profile(
    "ci", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=100
)
settings.register_profile("dev", deadline=None, max_examples=50)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(autouse=True)
def _no_window_left_behind(request):
    """Every GUI test closes what it opened (after napari's check): no visible top-level widget."""
    # Requesting qtbot here makes this check run before qtbot's own teardown closes anything.
    uses_qt = "qtbot" in request.fixturenames
    if uses_qt:
        request.getfixturevalue("qtbot")
    yield
    if uses_qt:
        from desktop.testing import visible_top_levels

        assert visible_top_levels() == []

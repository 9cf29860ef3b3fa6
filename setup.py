"""Package list only; everything else is in pyproject.toml.

``resources/`` and ``sample_workbooks/`` keep the plain folder names the project uses, but install
as ``fourchains_resources`` and ``fourchains_samples`` so they never clash with other packages.
"""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["mcdm", "mcdm.*", "desktop", "desktop.*"])
    + ["fourchains_resources", "fourchains_samples"],
)

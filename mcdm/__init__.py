"""FourChains Decision Studio engine: AHP weighting, group decisions and TOPSIS ranking.

Pure Python on numpy (pandas and pymcdm where they serve, imported lazily). It never imports Qt,
so it works as a library and from the command line as well as under the desktop app.
"""

from mcdm.errors import Location, MCDMError, Problem, ValidationFailed

__all__ = ["Location", "MCDMError", "Problem", "ValidationFailed"]
__version__ = "0.1.0"

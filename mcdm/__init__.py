"""FourChains Decision Studio engine: AHP weighting, group decisions and TOPSIS ranking.

Pure Python on numpy (pandas and pymcdm where they serve, imported lazily). It never imports Qt,
so it works as a library and from the command line as well as under the desktop app.
"""

import os as _os

# openpyxl parses with lxml whenever lxml is installed (python-docx, for the report, brings it),
# and then not through defusedxml: workbooks someone hands us must be parsed by defusedxml
# (mcdm.excel.safety). openpyxl reads this switch once, when it is first imported.
_os.environ.setdefault("OPENPYXL_LXML", "False")

from mcdm.errors import Location, MCDMError, Problem, ValidationFailed  # noqa: E402

__all__ = ["Location", "MCDMError", "Problem", "ValidationFailed"]
__version__ = "0.1.0"

"""Questionnaires out to the experts and back in, then the results workbook.

    python docs/examples/excel_round_trip.py [FOLDER]

Writes into FOLDER (default: a new temporary folder): the expert E1's questionnaire with their
current answers filled in, the whole panel's in one workbook, and the results workbook.
"""

import sys
import tempfile
from pathlib import Path

from mcdm import (
    evaluate,
    read_questionnaires,
    sample_project,
    write_panel_questionnaire,
    write_questionnaire,
    write_results,
)

folder = Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp())
project = sample_project()

# One expert's workbook (language: the project's unless lang="en"/"zh"); prefill=True writes
# the answers the project already holds, as a filled questionnaire would come back.
e1 = write_questionnaire(project, "E1", folder / "E1.xlsx", prefill=True)
write_panel_questionnaire(project, folder / "panel.xlsx")  # one sheet per expert

# Reading checks everything and changes nothing: every problem has file, sheet and cell.
report = read_questionnaires(project, [e1])
for problem in report.problems:
    print("problem:", problem)
print(f"{len(report.judgments)} judgments and {len(report.scores)} scores read, "
      f"{len(report.changes)} differ from the project")

# Take the answers (only once the problems were accepted); undo gives the project back.
project, undo = report.edit.apply(project)

print("wrote", write_results(project, evaluate(project, sensitivity=True),
                             folder / "results.xlsx"))

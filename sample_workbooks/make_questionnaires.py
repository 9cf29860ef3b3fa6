"""Write the sample panel's filled questionnaires (one .xlsx per expert) from the sample workshop.

    python sample_workbooks/make_questionnaires.py     # rewrites questionnaire_E*.xlsx next to it

The answers are those of ``sample_workshop.json`` (illustrative data, 示例数据，仅供演示), written as
an expert would give them: each questionnaire is issued blank (from the workshop with no answers
yet, so its record says every cell was blank) and filled with verbal levels in the drop-down
columns, scores in the score sheets (the measured growth figures too: with no value to show, the
experts supply them), blanks where the expert gave no judgment. A test imports these files into
the sample workshop with its answers removed and checks that every judgment and score comes back
exactly; imported into the full workshop they change nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mcdm.excel import write_questionnaire  # noqa: E402
from mcdm.excel.questionnaire.fill import fill_answers  # noqa: E402
from mcdm.project.storage import load  # noqa: E402

SAMPLE = HERE / "sample_workshop.json"


def questionnaire_name(expert_id: str) -> str:
    return f"questionnaire_{expert_id}.xlsx"


def main(out: Path = HERE) -> list[Path]:
    project = load(SAMPLE)
    blank = project.replace(judgments={}, scores={})
    return [fill_answers(write_questionnaire(blank, e.id, out / questionnaire_name(e.id)), project)
            for e in project.experts]


if __name__ == "__main__":
    for path in main():
        sys.stdout.write(path.name + "\n")

"""Render the import preview of round 2 of the sample workshop to PNG, offscreen, in both languages.

    python tools/render_import_preview.py [--out docs/screenshots]

Closes round 1 of the sample workshop, writes the round-2 questionnaires of two experts and
answers them as a panel would: Expert F moves two answers toward the group, Expert D keeps its
answers, explains one and deletes another; meanwhile the facilitator corrected one of Expert F's
answers in the project (a conflict), and one of Expert D's score cells holds a word (a problem:
that industry's scores are not imported). The preview dialog is rendered as the facilitator sees
it: ``<out>/<lang>_import_preview.png``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def scenario(folder: Path):
    """(project now, the two filled questionnaires)."""
    import openpyxl

    from mcdm.excel import write_questionnaire
    from mcdm.excel.questionnaire.fill import fill_answers, plan_of
    from mcdm.project import edits as E
    from mcdm.project.sample import sample_project

    issued, _ = E.StartRound("2025-03-01T10:00:00+08:00").apply(sample_project())
    answers = issued
    for edit in (E.SetJudgment("E6", "principles", "P1", "P2", 1 / 3),
                 E.SetJudgment("E6", "principles", "P2", "P3", 1.0),
                 E.SetReason("E4", "principles", "P2", "P3", "产业基础决定优先级"),
                 E.SetJudgment("E4", "strategies", "S1", "S4", None)):
        answers, _ = edit.apply(answers)
    paths = []
    for expert in ("E4", "E6"):
        path = write_questionnaire(issued, expert, folder / f"questionnaire_{expert}.xlsx")
        fill_answers(path, answers)
        paths.append(path)
    wb = openpyxl.load_workbook(paths[0])  # a word in one of Expert D's score cells
    _, _, sheets = plan_of(issued, wb)
    title, (_, sp) = next((t, x) for t, x in sheets.items() if x[1].score_blocks)
    block = sp.score_blocks[0]
    wb[title].cell(row=block.rows[1][0], column=block.columns[0].col).value = "较高"
    wb.save(paths[0])
    now, _ = E.SetJudgment("E6", "principles", "P1", "P2", 5.0).apply(issued)  # meanwhile
    return now, paths


def render(out: Path, langs: tuple[str, ...] = ("zh", "en")) -> list[Path]:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import Translators
    from desktop.views.import_preview import ImportPreviewDialog
    from mcdm.excel import read_questionnaires

    app = QApplication.instance() or QApplication(["render"])
    app.setFont(QFont("Noto Sans CJK SC", 10))
    translators = Translators(app)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        project, paths = scenario(Path(tmp))
        report = read_questionnaires(project, paths)
        for lang in langs:
            translators.install(lang)
            dialog = ImportPreviewDialog(report, project, lang)
            dialog.resize(1180, 700)
            dialog.show()
            for _ in range(3):
                app.processEvents()
            path = out / f"{lang}_import_preview.png"
            dialog.grab().save(str(path))
            written.append(path)
            dialog.close()
            dialog.deleteLater()
            app.processEvents()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    for path in render(Path(args.out)):
        sys.stdout.write(f"{path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""A round-2 questionnaire, recalculated by LibreOffice: beside each pair the expert's round-1
answer, the group's round-1 judgment and spread (equal to mcdm.project.rounds.round_feedback,
itself checked against mcdm.group), and a far-from-group mark that follows the answer as the
expert edits it — the same rule as :func:`mcdm.project.rounds.far_from_group`."""

import math

import openpyxl
import pytest

from mcdm.excel import write_questionnaire
from mcdm.excel.labels import levels, tr
from mcdm.excel.questionnaire import plan as P
from mcdm.excel.questionnaire.answers import judgment_value
from mcdm.excel.questionnaire.scale import scale_values
from mcdm.project import edits as E
from mcdm.project.rounds import far_from_group, round_feedback
from mcdm.project.sample import sample_project
from tests.support.excel import answer_cells
from tests.support.recalc import recalculated_values


@pytest.fixture(scope="module")
def round_two(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("round2")
    project, _ = E.StartRound("2025-03-01T10:00:00+08:00").apply(sample_project())
    path = write_questionnaire(project, "E6", tmp / "E6.xlsx", lang="en")
    wb = openpyxl.load_workbook(path)
    _, meta, sheets = answer_cells(project, wb)
    title, sp = next((t, s) for t, s in sheets.items() if s.judgment_blocks)
    ws = wb[title]
    # The expert moves two answers: one to "1 equal", one to the other side's extreme.
    block = next(b for b in sp.judgment_blocks if b.node_id == "principles")
    edited = {}
    for pr, (col, text) in zip(block.pairs[:2], ((P.COL_A_MORE, levels("en")[0]),
                                                (P.COL_B_MORE, levels("en")[8])), strict=True):
        ws.cell(row=pr.row, column=P.COL_A_MORE).value = None
        ws.cell(row=pr.row, column=P.COL_B_MORE).value = None
        ws.cell(row=pr.row, column=col).value = text
        edited[pr.row] = judgment_value(text, scale_values(project.settings.scale),
                                        col == P.COL_A_MORE)
    wb.save(path)
    return project, sp, title, edited, recalculated_values(path, tmp)


def test_feedback_columns_and_the_live_far_mark(round_two):
    project, sp, title, edited, values = round_two
    v = values[title]
    fb = round_feedback(project)
    far_seen = 0
    for block in sp.judgment_blocks:
        assert block.col_matrix == P.COL_MATRIX_ROUNDS
        for pr in block.pairs:
            f = fb.get("E6", block.node_id, pr.a, pr.b)
            group = v.get(f"{P.COL_LETTER(P.COL_GROUP)}{pr.row}")
            gsd = v.get(f"{P.COL_LETTER(P.COL_SPREAD)}{pr.row}")
            assert math.isclose(group, f.group, rel_tol=1e-12)
            assert math.isclose(gsd, f.gsd, rel_tol=1e-12)
            answer = v[f"F{pr.row}"]  # the answer now: round 1's, or as edited
            if pr.row in edited:
                assert math.isclose(answer, edited[pr.row], rel_tol=1e-12)
            else:
                assert math.isclose(answer, f.own, rel_tol=1e-12)
            far = v.get(f"{P.COL_LETTER(P.COL_FAR)}{pr.row}")
            expected = far_from_group(answer, f.group, f.gsd)
            assert far == (tr("q.far_mark", "en") if expected else None), (pr, answer, f)
            far_seen += expected
    assert far_seen >= 2
    # the live weights still sit beside the block, moved right of the round columns
    block = sp.judgment_blocks[1]
    n = len(block.items)
    weights = [v[f"{P.COL_LETTER(block.col_matrix + 1 + n)}{block.first_row + i}"]
               for i in range(n)]
    assert math.isclose(sum(weights), 1.0, rel_tol=1e-12)

"""Round 2 of the sample workshop end to end through the command line (issue 13): close round 1,
write the round-2 questionnaires with the round-1 feedback, fill them as the experts would (E6
moves its answers far from the group to the group's judgment, E4 keeps one and gives a reason),
import them, and print S* per round — every number checked against mcdm.ahp and mcdm.group
called by hand on each round's matrices."""

import re

import openpyxl
import pytest

from mcdm.cli import main
from mcdm.excel.questionnaire import plan as P
from mcdm.excel.questionnaire.fill import fill_answers, plan_of
from mcdm.messages import label
from mcdm.project.sample import sample_project
from mcdm.project.storage import load, save
from tests.support.rounds import by_hand as _by_hand
from tests.support.rounds import feedback_pairs, round_two_answers


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def _round_two_answers(sample):
    """E6 moves to the group where it was far from it; E4 keeps its answers and explains one."""
    target, moved = round_two_answers(sample)
    assert moved >= 3
    return target


@pytest.fixture(scope="module")
def workshop(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("rounds")
    path = tmp / "workshop.json"
    save(sample_project(), path)
    return tmp, path


def test_round_two_end_to_end(workshop, capsys):
    tmp, path = workshop
    sample = sample_project()
    round1_file = tmp / "round1_E1.xlsx"
    assert _run(capsys, "questionnaire", path, "--expert", "E1", "-o", round1_file)[0] == 0

    code, out, err = _run(capsys, "rounds", path, "--start", "--lang", "en")
    assert code == 0, err
    assert "round 1 closed; round 2 started" in out
    project = load(path)
    assert project.current_round == 2
    assert project.rounds[0].judgments == sample.judgments

    folder = tmp / "round2"
    code, out, err = _run(capsys, "questionnaire", path, "--per-expert", "-o", folder,
                          "--lang", "en")
    assert code == 0, err
    files = sorted(folder.glob("questionnaire_*.xlsx"))
    assert [f.stem for f in files] == [f"questionnaire_{e}" for e in sample.expert_ids()]

    # The round-1 feedback beside each pair, checked against mcdm.group by hand.
    wb = openpyxl.load_workbook(folder / "questionnaire_E6.xlsx")
    _, meta, _sheets = plan_of(project, wb)
    assert (meta["round"], meta["feedback"]) == (2, 1)
    checked = 0
    for ws, block, pr in feedback_pairs(project, sample, wb):
        own = sample.judgment("E6", block.node_id, pr.a, pr.b)
        shown = ws.cell(row=pr.row, column=P.COL_OWN).value
        assert shown.startswith("A: " if own >= 1 else "B: ")
        # the answer cells hold the round-1 answer, to keep or change
        answer = ws.cell(row=pr.row, column=P.COL_A_MORE if own >= 1 else P.COL_B_MORE)
        assert answer.value == shown[3:]
        assert ws.cell(row=pr.row, column=P.COL_REASON).protection.locked is False
        checked += 1
    assert checked == 13

    # The experts answer; the facilitator imports.
    target = _round_two_answers(sample)
    for f in files:
        fill_answers(f, target)
    code, out, err = _run(capsys, "import", path, *files, "--lang", "en")
    assert code == 0, err
    assert "Import preview: 6 file(s), answers of 6 expert(s) (round 2)" in out
    assert "产业基础决定优先级" in out  # the reason, listed as a new answer
    project = load(path)
    assert project.judgments == target.judgments
    assert project.reason("E4", "principles", "P2", "P3") == "产业基础决定优先级"
    assert project.rounds[0].judgments == sample.judgments

    # S* and dispersion per node per round, as printed, equal the hand computation.
    code, out, err = _run(capsys, "rounds", path, "--lang", "en")
    assert code == 0, err
    for node in project.internal_nodes():
        s1, g1, _, _ = _by_hand(project, project.rounds[0].judgments, node.id)
        s2, g2, _, _ = _by_hand(project, project.judgments, node.id)
        line = next(x for x in out.splitlines() if x.startswith(label(project, node.id, "en")))
        numbers = [float(x) for x in re.findall(r"\d+\.\d{3}", line)]
        assert numbers == [round(s1, 3), round(g1, 3), round(s2, 3), round(g2, 3)], line
    principles = [float(x) for x in re.findall(
        r"\d+\.\d{3}", next(x for x in out.splitlines() if x.startswith("Development principles")))]
    assert principles[2] > principles[0]  # E6 moved toward the group: more consensus
    assert principles[3] < principles[1]  # ... and less dispersion
    assert "Experts who changed answers in round 2:" in out
    assert re.search(r"Expert F · Development principles: \d+ answer\(s\) \(toward the group\)",
                     out)

    # evaluate shows the rounds too; a round-1 questionnaire is refused in round 2.
    code, out, err = _run(capsys, "evaluate", path, "--lang", "en")
    assert code == 0, err
    assert "Rounds (Delphi-style consultation): round 2 in progress" in out
    before = path.read_bytes()
    code, out, err = _run(capsys, "import", path, round1_file, "--lang", "en")
    assert code == 1
    assert err.startswith("error: ")
    assert "This is a round-1 questionnaire and the project is in round 2" in err
    assert path.read_bytes() == before

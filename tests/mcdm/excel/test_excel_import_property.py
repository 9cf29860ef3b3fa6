"""The three-way import, as a property (issue 13): for any project P, any questionnaire Q issued
from P (per expert or for the panel, prefilled or not, in either language, measured values fixed
or asked, in round 1 or in a later round with reasons) and any mix of edits an expert makes to
Q's answer cells (written with openpyxl, in any accepted spelling), importing Q

- changes exactly the cells the expert changed (to what they typed),
- clears exactly the prefilled cells the expert emptied,
- leaves every other answer of P as it was (an off-scale judgment shown as its nearest level
  included), and
- undo gives back P.
"""

import os

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mcdm.excel import read_questionnaires
from mcdm.excel.questionnaire import plan as P
from mcdm.excel.questionnaire.answers import spellings
from mcdm.excel.questionnaire.fill import plan_of
from mcdm.excel.questionnaire.scale import scale_values
from mcdm.excel.questionnaire.writer import build_questionnaire
from mcdm.project import edits as E
from tests.support.excel import small_project

EXAMPLES = 200 if os.environ.get("FOURCHAINS_LONG") else 15
BY_LEVEL: dict[int, list[str]] = {}
for _text, _level in spellings():
    BY_LEVEL.setdefault(_level, []).append(_text)


@st.composite
def projects(draw):
    """The small project with any judgments (on or off the scale), scores, measured values,
    reasons, and maybe a closed round."""
    base = small_project(draw(st.sampled_from(["zh", "en"])),
                         scale=draw(st.sampled_from(["saaty", "balanced"])))
    values = scale_values(base.settings.scale)
    judgments = {}
    for e in base.expert_ids():
        for node in base.internal_nodes():
            kids = node.child_ids()
            for i in range(len(kids)):
                for j in range(i + 1, len(kids)):
                    pick = draw(st.integers(0, 12))
                    if pick == 0:
                        continue
                    v = values[(pick - 1) % 9] if pick <= 9 else [2.5, 1 / 6.2, 7.3][pick - 10]
                    v = v if draw(st.booleans()) else 1 / v
                    judgments.setdefault(e, {}).setdefault(node.id, {})[(kids[i], kids[j])] = v
    scores = {k: v for k, v in base.scores.items() if draw(st.integers(0, 3))}
    project = base.replace(judgments=judgments, scores=scores)
    if draw(st.booleans()):  # round 2: the questionnaire carries feedback and reasons
        project, _ = E.SetReason("e1", "P", "P1", "P2", "依据市场数据").apply(project)
        project, _ = E.StartRound("2025-03-01T10:00:00+08:00").apply(project)
        if draw(st.booleans()):
            project, _ = E.SetReason("e2", "S", "S1", "S2", "kept: long-term view").apply(project)
    return project


def _edits(draw, project, wb):
    """Edit answer cells like an expert; returns {answer key: value now} for every cell
    edited and the set of answer keys whose shown value was emptied."""
    plan, meta, sheets = plan_of(project, wb)
    values = scale_values(project.settings.scale)
    record = meta["record"]
    typed, emptied = {}, set()
    for title, (index, sp) in sheets.items():
        ws = wb[title]
        for block in sp.judgment_blocks:
            for pr in block.pairs:
                issued = record[(index, f"C{pr.row}")]
                action = draw(st.sampled_from(["keep", "keep", "clear", "set", "set"]))
                key = ("judgment", sp.expert_id, block.node_id, pr.a, pr.b)
                if action == "clear":
                    ws.cell(row=pr.row, column=P.COL_A_MORE).value = None
                    ws.cell(row=pr.row, column=P.COL_B_MORE).value = None
                    typed[key] = None
                    if issued.shown is not None:
                        emptied.add(key)
                elif action == "set":
                    k = draw(st.integers(1, 9))
                    reciprocal = k > 1 and draw(st.booleans())
                    side_a = draw(st.booleans())
                    text = draw(st.sampled_from(BY_LEVEL[-k if reciprocal else k]))
                    v = values[k - 1] ** (-1 if reciprocal else 1)
                    ws.cell(row=pr.row, column=P.COL_A_MORE).value = text if side_a else None
                    ws.cell(row=pr.row, column=P.COL_B_MORE).value = None if side_a else text
                    typed[key] = v if side_a else 1 / v
                if plan.feedback and draw(st.integers(0, 3)) == 0:
                    reason = draw(st.sampled_from([None, "同意群体判断", "  ", "data, 2024"]))
                    cell = ws.cell(row=pr.row, column=P.COL_REASON)
                    shown = record[(index, cell.coordinate)].shown
                    cell.value = reason
                    reason = reason.strip() if reason and reason.strip() else None
                    rkey = ("reason", sp.expert_id, block.node_id, pr.a, pr.b)
                    typed[rkey] = reason
                    if reason is None and shown is not None:
                        emptied.add(rkey)
        for block in sp.score_blocks:
            for r, did in block.rows:
                for sc in block.columns:
                    cell = ws.cell(row=r, column=sc.col)
                    issued = record[(index, cell.coordinate)]
                    if issued.fixed:
                        continue  # locked: the facilitator's measured value
                    action = draw(st.sampled_from(["keep", "keep", "keep", "clear", "set"]))
                    key = ("score", sp.expert_id, block.industry_id, did, sc.criterion_id)
                    if action == "clear":
                        cell.value = None
                        typed[key] = None
                        if issued.shown is not None:
                            emptied.add(key)
                    elif action == "set":
                        v = float(draw(st.integers(1, 9)) if sc.low is not None
                                  else draw(st.sampled_from([11.6, 0.5, -3.0, 42.0])))
                        cell.value = str(int(v)) if draw(st.booleans()) and v.is_integer() else v
                        typed[key] = v
    return typed, emptied


def _value(project, key):
    kind, e, block, x, y = key
    if kind == "judgment":
        return project.judgment(e, block, x, y)
    if kind == "reason":
        return project.reason(e, block, x, y)
    return project.score(e, block, x, y)


def _same(x, y):
    if x is None or y is None or isinstance(x, str):
        return x == y
    return abs(x - y) <= 1e-9 * max(abs(x), abs(y))


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(project=projects(), data=st.data())
def test_import_changes_exactly_what_the_expert_changed(tmp_path_factory, project, data):
    kind = data.draw(st.sampled_from(["expert", "panel"]))
    ids = [data.draw(st.sampled_from(project.expert_ids()))] if kind == "expert" \
        else list(project.expert_ids())
    prefill = data.draw(st.sampled_from([None, True, False]))
    measured = data.draw(st.sampled_from(["fixed", "ask"]))
    wb = build_questionnaire(project, ids, kind=kind, prefill=prefill, measured=measured)
    path = tmp_path_factory.mktemp("q") / "q.xlsx"
    wb.save(path)
    wb = openpyxl.load_workbook(path)  # the expert opens the file ...
    typed, emptied = _edits(data.draw, project, wb)
    wb.save(path)  # ... edits and saves it
    report = read_questionnaires(project, [path])
    assert report.problems == ()
    assert report.conflicts == ()  # the project did not change since issue
    after, undo = report.edit.apply(project)
    changed = {d.answer_key for d in report.changes}
    for key, v in typed.items():
        before = _value(project, key)
        if _same(v, before) or key not in changed:
            # nothing to change: what the expert typed is what the cell showed or what the
            # project holds (an off-scale value shown as its nearest level stays off-scale)
            assert _same(_value(after, key), before), key
        else:
            assert _same(_value(after, key), v), key
    untouched = [d for d in report.diffs() if d.answer_key not in typed]
    assert all(d.status == "unchanged" for d in untouched)
    for d in report.changes:  # everything changed was typed, and is now what was typed
        assert d.answer_key in typed
        assert _same(_value(after, d.answer_key), typed[d.answer_key])
    # clears: exactly the prefilled (shown) cells the expert emptied
    assert {d.answer_key for d in report.clears()} == {k for k in emptied
                                                       if _value(project, k) is not None}
    assert after.scores.keys() - project.scores.keys() <= {k[1:] for k in changed
                                                          if k[0] == "score"}
    assert undo.apply(after)[0] == project

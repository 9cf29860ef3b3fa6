"""The ranking views' building blocks: clipboard blocks, the background task, table models."""

from __future__ import annotations

import re
import threading

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.models.clipboard import format_block, parse_block, parse_number, split_block
from desktop.models.ranking import Table, TableModel
from desktop.workers import Cancelled, Task, check


# -- clipboard -------------------------------------------------------------------------------
def test_excel_block_with_crlf_and_trailing_newline():
    # Excel on Windows copies "1 2 / 3 4" as rows ended by CRLF, the last one included.
    values, problems = parse_block("1\t2\r\n3\t4\r\n")
    assert values == [[1.0, 2.0], [3.0, 4.0]]
    assert problems == []


def test_quoted_cells_and_blanks():
    assert split_block('"a\tb"\t"say ""hi"""\n\t5\n') == [["a\tb", 'say "hi"'], ["", "5"]]
    values, _ = parse_block("\t5\n")
    assert values == [[None, 5.0]]


def test_text_cell_is_reported_with_its_place():
    values, problems = parse_block("1\t2\n3\thigh\n")
    assert [(p.row, p.column, p.text) for p in problems] == [(1, 1, "high")]
    assert values[1][1] is None


@pytest.mark.parametrize(("text", "expected"), [
    ("7", 7.0), (" 7.5 ", 7.5), ("1,234.5", 1234.5), ("12%", 0.12), ("\u22123", -3.0),
    ("1e3", 1000.0), ("", None), ("  ", None),
])
def test_numbers_as_spreadsheets_show_them(text, expected):
    value = parse_number(text)
    if expected is None:
        assert value is None
    else:
        assert value == pytest.approx(expected)


@pytest.mark.parametrize("text", ["abc", "1.2.3", "inf", "nan", "-", "1,2", "7 分", "%"])
def test_not_numbers(text):
    with pytest.raises(ValueError, match=f"^{re.escape(text)}$"):
        parse_number(text)


finite = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12)


@given(st.lists(st.lists(st.one_of(st.none(), finite), min_size=3, max_size=3), min_size=1,
                max_size=5))
def test_format_then_parse_round_trips(rows):
    values, problems = parse_block(format_block(rows))
    assert problems == []
    assert values == [[None if v is None else float(v) for v in row] for row in rows]


# -- background task ---------------------------------------------------------------------------
def test_task_reports_progress_and_result(qtbot):
    def work(progress):
        for i in range(5):
            check(progress, i + 1, 5)
        return "done"

    task = Task(work, min_interval=0.0)
    seen = []
    task.progress.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        task.start()
    assert blocker.args == ["done"]
    assert seen[-1] == (5, 5)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_task_cancel_stops_the_work(qtbot):
    release = threading.Event()
    steps = []

    def work(progress):
        for i in range(1000):
            if i == 1:
                release.wait(5)
            steps.append(i)
            check(progress, i + 1, 1000)
        return "finished"

    task = Task(work, min_interval=0.0)
    results = []
    task.succeeded.connect(results.append)
    task.start()
    task.cancel()
    release.set()
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        pass
    assert results == []
    assert len(steps) < 1000


def test_task_failure_is_delivered_not_raised(qtbot):
    def work(progress):
        raise ValueError("bad cell B3")

    task = Task(work)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
    assert isinstance(blocker.args[0], ValueError)
    assert "B3" in str(blocker.args[0])


def test_cancelled_exception_from_task_is_a_cancel(qtbot):
    def work(progress):
        raise Cancelled

    task = Task(work)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.start()


# -- table model ---------------------------------------------------------------------------------
def _table():
    return Table(rows=("a", "b"), columns=("x", "y", "z"),
                 cells=(("t", 1, 0.5), ("u", np.int64(2), float("nan"))),
                 tooltips={(1, 2): "missing"})


def test_table_model_passes_qtmodeltester(qtmodeltester):
    model = TableModel()
    model.set_table(_table())
    qtmodeltester.check(model)


def test_table_model_shows_and_copies(qtmodeltester):
    model = TableModel(decimals=3)
    model.set_table(_table())
    assert model.data(model.index(0, 2)) == "0.500"
    assert model.data(model.index(1, 1)) == "2"
    assert model.data(model.index(1, 2), 3) == "missing"  # ToolTipRole
    assert model.to_tsv(headers=False) == "t\t1\t0.5\nu\t2\t"

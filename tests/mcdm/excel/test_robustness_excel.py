"""Fuzzing the questionnaire importer (issue 8): ``mcdm.excel.read_questionnaires``.

Inputs are filled questionnaires (one expert's, in English, and a whole panel's, in Chinese)
damaged by hypothesis at the level the file actually has: cell XML (numbers, text, booleans, error
values, formulas, dates, broken shared-string references, invalid numbers) with a bias to answer
cells and the hidden metadata, sheets (renamed, dropped, duplicated, rows moved or deleted), and
the zip container (members dropped, emptied, replaced by broken or hostile XML, truncated, bytes
flipped). Every input must give an import report — never an exception — in which each problem
names the file, and the sheet and cell where it is about one; the valid answers, applied as the
report's one edit, give a valid project, and the edit's inverse gives back the project exactly.

CI runs a quick profile; ``FOURCHAINS_LONG=1`` runs at least 10,000 inputs
(``tools/long_campaigns.sh``). Inputs that once broke the importer are replayed from
``tests/fuzz_corpus/xlsx``.
"""

from __future__ import annotations

import functools
import io
import re
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mcdm.excel import read_questionnaires, write_panel_questionnaire, write_questionnaire
from mcdm.excel.questionnaire.scale import scale_values
from mcdm.project.schema import validate
from tests.support.excel import fill, small_project
from tests.support.robustness import CORPUS, campaign_size, count, hang_guard, save_case

LONG = campaign_size(10_000, 0)
EXAMPLES = LONG or 60
WORK = Path(tempfile.mkdtemp(prefix="fuzz-xlsx-"))


@functools.cache
def project():
    return small_project("en")


@functools.cache
def bases() -> tuple[bytes, ...]:
    p = project()
    blank = p.replace(judgments={}, scores={})
    one = fill(write_questionnaire(blank, "e1", WORK / "e1.xlsx", lang="en"), p)
    panel = fill(write_panel_questionnaire(blank, WORK / "panel.xlsx", lang="zh"), p)
    return Path(one).read_bytes(), Path(panel).read_bytes()


def members(raw: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def rezip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return out.getvalue()


CELL = re.compile(rb'<c r="([A-Z]+)(\d+)"[^>]*?(?:/>|>.*?</c>)', re.S)
ROW = re.compile(rb'<row r="(\d+)"[^>]*?(?:/>|>.*?</row>)', re.S)
SHEET = re.compile(rb'<sheet name="([^"]*)"[^>]*/>')
ANSWER_COLUMNS = {b"B", b"C", b"D", b"H", b"I", b"J", b"K", b"L", b"M", b"N", b"O", b"P"}

texts = st.one_of(st.text(max_size=12),
                  st.sampled_from(["9 extreme", "1 equal", "3 moderate", "9 极端重要", "1 同等重要",
                                   "extreme", "9", "1/9", "e1", "e9", "expert", "panel", "zh", "en",
                                   "fourchains.questionnaire", "[]", '["e1"]', '["e1","e2"]',
                                   "[1", "P", "S", "ict", "chips", " ", "=1+1", "+cmd|' /C calc'!A0"]))
numbers = st.one_of(st.integers(-10, 12), st.floats(allow_nan=False, allow_infinity=False),
                    st.sampled_from([0, 1, 9, 1 / 9, 1e308, -1e308, 2, 99999, 1.5]))


@st.composite
def new_cell(draw, ref: bytes) -> bytes:
    kind = draw(st.sampled_from(["n", "str", "b", "f", "e", "s", "d", "bad_n", "empty", "nan"]))
    r = b'r="' + ref + b'"'
    if kind == "n":
        return b"<c " + r + b' t="n"><v>' + repr(float(draw(numbers))).encode() + b"</v></c>"
    if kind == "str":
        t = escape(draw(texts)).encode("utf-8", "replace")
        return b"<c " + r + b' t="inlineStr"><is><t>' + t + b"</t></is></c>"
    if kind == "b":
        return b"<c " + r + b' t="b"><v>' + draw(st.sampled_from([b"0", b"1", b"2"])) + b"</v></c>"
    if kind == "f":
        return b"<c " + r + b"><f>" + escape(draw(texts)).encode() + b"</f><v>9</v></c>"
    if kind == "e":
        return b"<c " + r + b' t="e"><v>' + draw(st.sampled_from([b"#DIV/0!", b"#N/A", b"#REF!"])) \
            + b"</v></c>"
    if kind == "s":  # a shared string that does not exist
        return b"<c " + r + b' t="s"><v>' + str(draw(st.integers(-1, 10**6))).encode() + b"</v></c>"
    if kind == "d":
        return b"<c " + r + b' t="d"><v>' + draw(st.sampled_from(
            [b"2024-02-30T00:00:00", b"2024-01-01T00:00:00", b"x"])) + b"</v></c>"
    if kind == "bad_n":
        return b"<c " + r + b' t="n"><v>' + draw(st.sampled_from([b"abc", b"1e999", b"NaN", b"",
                                                                  b"--1"])) + b"</v></c>"
    if kind == "nan":
        return b"<c " + r + b' t="n"><v>nan</v></c>'
    return b"<c " + r + b"/>"


@st.composite
def mutate_cells(draw, parts: dict[str, bytes]) -> None:
    sheets = sorted(n for n in parts if n.startswith("xl/worksheets/sheet"))
    name = draw(st.sampled_from(sheets))
    xml = parts[name]
    cells = list(CELL.finditer(xml))
    if not cells:
        return
    answer = [m for m in cells if m.group(1) in ANSWER_COLUMNS]
    pool = answer if answer and draw(st.booleans()) else cells
    for m in sorted({id(x): x for x in draw(st.lists(st.sampled_from(pool), min_size=1,
                                                      max_size=4))}.values(),
                    key=lambda m: -m.start()):
        ref = m.group(1) + m.group(2)
        xml = xml[:m.start()] + draw(new_cell(ref)) + xml[m.end():]
    parts[name] = xml


@st.composite
def mutate_sheets(draw, parts: dict[str, bytes]) -> None:
    op = draw(st.sampled_from(["rename", "drop_sheet", "dup_sheet", "hide", "drop_row",
                               "move_row", "dup_row", "swap_rows"]))
    wb = parts["xl/workbook.xml"]
    entries = list(SHEET.finditer(wb))
    if op in ("rename", "drop_sheet", "dup_sheet", "hide") and entries:
        m = draw(st.sampled_from(entries))
        if op == "rename":
            new = escape(draw(st.text(min_size=0, max_size=40))).replace('"', "&quot;")
            repl = m.group(0).replace(b'name="' + m.group(1) + b'"',
                                      b'name="' + new.encode("utf-8", "replace") + b'"')
        elif op == "drop_sheet":
            repl = b""
        elif op == "dup_sheet":
            repl = m.group(0) * 2
        else:
            repl = m.group(0).replace(b'state="visible"', b'state="veryHidden"')
        parts["xl/workbook.xml"] = wb[:m.start()] + repl + wb[m.end():]
        return
    sheets = sorted(n for n in parts if n.startswith("xl/worksheets/sheet"))
    name = draw(st.sampled_from(sheets))
    xml = parts[name]
    rows = list(ROW.finditer(xml))
    if len(rows) < 2:
        return
    m = draw(st.sampled_from(rows))
    if op == "drop_row":
        xml = xml[:m.start()] + xml[m.end():]
    elif op == "dup_row":
        xml = xml[:m.end()] + m.group(0) + xml[m.end():]
    elif op == "move_row":  # renumber one row (and its cells) to another row number
        old = m.group(1)
        new = str(draw(st.integers(1, 300))).encode()
        moved = re.sub(rb'(r="[A-Z]+)' + old + rb'"', rb"\g<1>" + new + b'"', m.group(0))
        moved = moved.replace(b'<row r="' + old + b'"', b'<row r="' + new + b'"', 1)
        xml = xml[:m.start()] + moved + xml[m.end():]
    else:
        other = draw(st.sampled_from(rows))
        if other.start() > m.end():
            xml = (xml[:m.start()] + other.group(0) + xml[m.end():other.start()] + m.group(0)
                   + xml[other.end():])
    parts[name] = xml


HOSTILE_XML = [
    b"",
    b"<",
    b"not xml at all",
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
    b"<worksheet>&b;</worksheet>",
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    b'<row r="1"><c r="A1" t="n"><v>1</v></c></row></sheetData></worksheet>',
    b"\xff\xfe<\x00x\x00/\x00>\x00",
    b"<worksheet>" + b"<a>" * 5000 + b"</a>" * 5000 + b"</worksheet>",
]


@st.composite
def mutate_zip(draw, parts: dict[str, bytes]) -> bytes:
    names = list(parts)
    op = draw(st.sampled_from(["drop", "replace", "add", "truncate", "flip", "garble",
                               "stored-bomb-ish", "rename"]))
    if op == "drop":
        parts.pop(draw(st.sampled_from(names)))
    elif op == "replace":
        parts[draw(st.sampled_from(names))] = draw(st.sampled_from(HOSTILE_XML))
    elif op == "add":
        parts[draw(st.sampled_from(["xl/vbaProject.bin", "xl/sharedStrings.xml", "../evil.txt",
                                    "xl/worksheets/sheet99.xml", "/abs.xml"]))] = \
            draw(st.sampled_from(HOSTILE_XML))
    elif op == "rename":
        old = draw(st.sampled_from(names))
        parts[old + draw(st.sampled_from([".bak", "x", ""]))] = parts.pop(old)
    elif op == "stored-bomb-ish":
        parts["xl/worksheets/sheet1.xml"] = b" " * (2 * 1024 * 1024)
    raw = rezip(parts)
    if op == "truncate":
        raw = raw[: draw(st.integers(0, len(raw) - 1))]
    elif op in ("flip", "garble"):
        for _ in range(draw(st.integers(1, 8))):
            i = draw(st.integers(0, len(raw) - 1))
            raw = raw[:i] + bytes([draw(st.integers(0, 255))]) + raw[i + 1:]
    return raw


@st.composite
def damaged_workbooks(draw) -> bytes:
    base = draw(st.sampled_from(bases()))
    parts = members(base)
    layers = draw(st.lists(st.sampled_from(["cells", "cells", "sheets", "zip"]), min_size=1,
                           max_size=3))
    raw = None
    for layer in layers:
        if raw is not None:  # a zip damage came first: no structure left to edit
            break
        if layer == "cells":
            draw(mutate_cells(parts))
        elif layer == "sheets":
            draw(mutate_sheets(parts))
        else:
            raw = draw(mutate_zip(parts))
    return raw if raw is not None else rezip(parts)


# -- the oracle -----------------------------------------------------------------------------------

CELL_CODES = ("cell.", "judgment.", "score.")


def check_import(raw: bytes, name: str = "fuzz.xlsx") -> tuple[str, ...]:
    """Import one file; return the problem codes (empty: a clean import)."""
    path = WORK / name
    path.write_bytes(raw)
    p = project()
    try:
        with hang_guard():
            report = read_questionnaires(p, [path])
    except BaseException:
        save_case("xlsx", raw)
        raise
    for problem in report.problems:
        loc = problem.location
        assert loc.file == str(path), f"{problem} does not name the file"
        # (A sheet title read from damaged metadata may be a number: still a named place.)
        if problem.code.startswith(CELL_CODES):
            assert loc.sheet is not None, f"{problem} names no sheet"
            assert loc.cell, f"{problem} names no cell"
        if problem.code.startswith("sheet."):
            assert loc.sheet is not None, f"{problem} names no sheet"
    assert path.read_bytes() == raw, "reading changed the file"
    # The valid answers: on the scale or in range, applied as one edit they make a valid
    # project, and the edit's inverse gives back the project exactly.
    allowed = set(scale_values(p.settings.scale))
    allowed |= {1 / v for v in allowed}
    for j in report.judgments:
        assert j.value is None or any(abs(j.value - v) <= 1e-12 * v for v in allowed), j
    try:
        new, inverse = report.edit.apply(p)
    except BaseException:
        save_case("xlsx", raw)
        raise
    assert validate(new) == (), [str(x) for x in validate(new)]
    back, _ = inverse.apply(new)
    assert back == p
    return tuple(sorted({x.code for x in report.problems}))


XLSX_FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=not LONG,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@XLSX_FUZZ
@given(damaged_workbooks())
def test_fuzz_questionnaire_importer(raw):
    count("xlsx")
    check_import(raw)


def test_undamaged_questionnaires_import_cleanly():
    # The oracle is not vacuous: the bases import without problems and change nothing (they
    # were filled from the project itself), and a damaged answer is caught.
    for raw in bases():
        assert check_import(raw) == ()
    parts = members(bases()[0])
    name = next(n for n in parts if b"Development principles" in parts[n] and b"<f>" in parts[n])
    m = next(m for m in CELL.finditer(parts[name]) if m.group(1) == b"C" and b"moderate" in m.group(0))
    parts[name] = parts[name][:m.start()] + b'<c r="C' + m.group(2) + \
        b'" t="inlineStr"><is><t>11 beyond</t></is></c>' + parts[name][m.end():]
    assert check_import(rezip(parts)) == ("judgment.off_scale",)


def _corpus() -> list[Path]:
    folder = CORPUS / "xlsx"
    return sorted(folder.glob("*.bin")) if folder.is_dir() else []


@pytest.mark.parametrize("case", _corpus(), ids=lambda p: p.stem)
def test_replay_xlsx_corpus(case):
    check_import(case.read_bytes())

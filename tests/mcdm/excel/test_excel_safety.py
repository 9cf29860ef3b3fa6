"""Hostile files: each is refused with its own clear code, located at the file, before any parsing
it could abuse. Files are built here, from a real workbook, so the corpus needs no binary fixtures."""

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from mcdm.errors import MCDMError
from mcdm.excel import safety
from mcdm.excel.safety import UnsafeWorkbook, open_workbook

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="&lol9;" sheetId="1"/></sheets></workbook>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="&x;" sheetId="1"/></sheets></workbook>"""


def _valid_bytes() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = 3.5
    ws["A2"] = "=1+1"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _rezip(data: bytes, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None,
           drop: tuple[str, ...] = ()) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in drop:
                continue
            dst.writestr(info.filename, (replace or {}).get(info.filename, src.read(info.filename)))
        for name, content in (add or {}).items():
            dst.writestr(name, content)
    return out.getvalue()


def _entity_workbook(folder) -> str:
    """A workbook whose workbook.xml declares entities (billion laughs), written to ``folder``."""
    path = Path(folder) / "entities.xlsx"
    path.write_bytes(_rezip(_valid_bytes(), replace={"xl/workbook.xml": BILLION_LAUGHS}))
    return str(path)


def _refused(tmp_path, data: bytes, name="q.xlsx", **kw) -> UnsafeWorkbook:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UnsafeWorkbook) as info:
        open_workbook(path, **kw)
    err = info.value
    assert isinstance(err, MCDMError)
    assert err.location.file == str(path)
    assert err.expected
    return err


def test_defusedxml_is_what_openpyxl_parses_with():
    import openpyxl.xml.functions as xmlf

    assert openpyxl.xml.DEFUSEDXML is True
    assert xmlf.fromstring.__module__.startswith("defusedxml")
    assert xmlf.iterparse.__module__.startswith("defusedxml")


def test_valid_workbook_opens_with_formulas_as_text(tmp_path):
    path = tmp_path / "ok.xlsx"
    path.write_bytes(_valid_bytes())
    opened = open_workbook(path)
    ws = opened.workbook.active
    assert ws["A1"].value == 3.5
    assert ws["A2"].value == "=1+1"  # never evaluated, no cached value trusted
    assert ws["A2"].data_type == "f"
    assert not opened.macros_ignored


def test_missing_file(tmp_path):
    with pytest.raises(UnsafeWorkbook) as info:
        open_workbook(tmp_path / "nope.xlsx")
    assert info.value.code == "file.missing"


def test_size_limit_is_checked_before_reading(tmp_path):
    assert _refused(tmp_path, _valid_bytes(), max_bytes=1000).code == "file.too_large"
    big = tmp_path / "big.xlsx"
    with open(big, "wb") as fh:  # sparse: costs no disk, would cost memory if it were read
        fh.truncate(safety.MAX_FILE_BYTES + 1)
    with pytest.raises(UnsafeWorkbook) as info:
        open_workbook(big)
    assert info.value.code == "file.too_large"


@pytest.mark.parametrize("data", [
    b"Name,Weight\nP1,0.25\n",  # a CSV renamed .xlsx
    b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
    b"",
])
def test_non_workbook_renamed_xlsx(tmp_path, data):
    assert _refused(tmp_path, data).code == "file.not_xlsx"


def test_zip_that_is_not_a_workbook(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("word/document.xml", "<w/>")
    err = _refused(tmp_path, out.getvalue())
    assert err.code == "file.not_xlsx"
    assert "xl/workbook.xml" in err.message


def test_truncated_zip(tmp_path):
    data = _valid_bytes()
    assert _refused(tmp_path, data[: len(data) // 2]).code == "file.truncated"


def test_corrupted_member(tmp_path):
    data = bytearray(_valid_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    # Local header is 30 bytes + name + extra; flip a byte in the compressed payload.
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + 5] ^= 0xFF
    assert _refused(tmp_path, bytes(data)).code == "file.truncated"


def test_zip_bomb_member(tmp_path):
    bomb = _rezip(_valid_bytes(), add={"xl/media/zeros.bin": b"\0" * (8 * 1024 * 1024)})
    err = _refused(tmp_path, bomb)
    assert err.code == "file.zip_bomb"
    assert "xl/media/zeros.bin" in err.message


def test_total_expansion_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(safety, "MAX_UNCOMPRESSED_BYTES", 1000)
    assert _refused(tmp_path, _valid_bytes()).code == "file.zip_bomb"


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "external-entity"])
def test_xml_entities_are_refused(tmp_path, xml):
    data = _rezip(_valid_bytes(), replace={"xl/workbook.xml": xml})
    assert _refused(tmp_path, data).code == "file.xml_forbidden"


def test_xml_bomb_inside_a_sheet(tmp_path):
    sheet = BILLION_LAUGHS.replace(b"<workbook", b"<worksheet").replace(b"</workbook>", b"</worksheet>")
    data = _rezip(_valid_bytes(), replace={"xl/worksheets/sheet1.xml": sheet})
    assert _refused(tmp_path, data).code == "file.xml_forbidden"


def test_xlsm_macros_are_ignored(tmp_path):
    data = _rezip(_valid_bytes(), add={"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0 pretend OLE macro storage"})
    path = tmp_path / "q.xlsm"
    path.write_bytes(data)
    opened = open_workbook(path)
    assert opened.macros_ignored
    assert opened.workbook.vba_archive is None
    assert opened.workbook.active["A1"].value == 3.5
    resaved = io.BytesIO()
    opened.workbook.save(resaved)
    assert "xl/vbaProject.bin" not in zipfile.ZipFile(resaved).namelist()


def test_garbage_inside_a_valid_zip_is_unreadable_not_a_crash(tmp_path):
    data = _rezip(_valid_bytes(), replace={"xl/workbook.xml": b"<not-closed"})
    assert _refused(tmp_path, data).code in {"file.unreadable", "file.xml_forbidden"}


def test_entities_are_refused_even_when_openpyxl_was_imported_with_lxml(tmp_path):
    # A process that imported openpyxl before mcdm.excel gets openpyxl's lxml parser: the
    # safety check must then read the XML through defusedxml itself.
    import subprocess
    import sys

    from tests.support import ROOT

    code = (
        "import os; os.environ['OPENPYXL_LXML'] = 'True'\n"
        "import openpyxl, openpyxl.xml\n"
        "assert openpyxl.xml.LXML\n"
        "from tests.mcdm.excel.test_excel_safety import _entity_workbook\n"
        "from mcdm.excel.safety import UnsafeWorkbook, open_workbook\n"
        "import sys\n"
        "path = _entity_workbook(sys.argv[1])\n"
        "try:\n"
        "    open_workbook(path)\n"
        "except UnsafeWorkbook as exc:\n"
        "    print(exc.code)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True,
                         text=True, cwd=ROOT)
    assert out.stdout.strip() == "file.xml_forbidden", out.stderr

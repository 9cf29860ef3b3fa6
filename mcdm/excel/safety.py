"""Open a workbook someone handed us without trusting it.

Checks happen in the cheapest order: the size on disk before reading, the zip directory (declared
sizes, compression ratios, member count, the parts an xlsx must have) before inflating anything,
every member's CRC, and only then openpyxl, which parses XML through defusedxml when it is
installed (``openpyxl.xml.DEFUSEDXML``) so entity expansion ("billion laughs") and external
entities are refused. VBA projects (.xlsm) are never loaded (``keep_vba=False``), external links
are dropped, and cells are read as written: a formula comes back as its text and is treated as an
invalid answer by the importer, never evaluated and never trusted for a cached value.
"""

from __future__ import annotations

import io
import os
import warnings
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from mcdm.errors import Location, MCDMError, os_reason

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 5000
# Spreadsheet XML compresses ~10-30x; hundreds-fold means a crafted bomb. Small members are exempt.
MAX_RATIO = 200
RATIO_MIN_BYTES = 1024 * 1024
REQUIRED_PARTS = ("[Content_Types].xml", "xl/workbook.xml")


class UnsafeWorkbook(MCDMError):
    """A file that is not a workbook we are willing to open (codes ``file.*``)."""


@dataclass(frozen=True)
class OpenedWorkbook:
    """A workbook loaded with formulas as text; ``macros_ignored`` says a VBA project was dropped."""

    workbook: object
    path: str
    macros_ignored: bool


def _fail(code: str, message: str, path: str, expected: str, **params) -> UnsafeWorkbook:
    return UnsafeWorkbook(code, message, location=Location(file=path), expected=expected,
                          params={"kind": "workbook", **params})


SAVE_AS_XLSX = "the same workbook saved as .xlsx (Excel Workbook) and imported again"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 (.xls), WPS .et


def check_zip(data: bytes, path: str) -> bool:
    """Validate the container; returns whether it carries a VBA project. Raises :class:`UnsafeWorkbook`."""
    if data.startswith(_OLE2):
        raise _fail("file.xls", "the file is an old-format Excel workbook (.xls)", path,
                    SAVE_AS_XLSX)
    if not data.startswith(b"PK"):
        raise _fail("file.not_xlsx", "the file is not an Excel workbook (.xlsx)", path,
                    "an .xlsx workbook saved by Excel, WPS or LibreOffice")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise _fail("file.truncated", f"the workbook is damaged or incomplete ({exc})", path,
                    "a complete .xlsx file; copy it again from the expert") from None
    with zf:
        infos = zf.infolist()
        names = {i.filename for i in infos}
        if len(infos) > MAX_MEMBERS:
            raise _fail("file.zip_bomb", f"the workbook has {len(infos)} parts", path,
                        f"at most {MAX_MEMBERS} parts", reason="parts")
        if "mimetype" in names and "content.xml" in names:
            kind = zf.read("mimetype")[:100].decode("ascii", "replace")
            if "opendocument.spreadsheet" in kind:
                raise _fail("file.ods", "the file is an OpenDocument spreadsheet (.ods)", path,
                            SAVE_AS_XLSX)
        missing = [p for p in REQUIRED_PARTS if p not in names]
        if missing:
            raise _fail("file.not_xlsx", f"the file is a zip archive but not a workbook "
                        f"(no {', '.join(missing)})", path, "an .xlsx workbook")
        total = sum(i.file_size for i in infos)
        if total > MAX_UNCOMPRESSED_BYTES:
            raise _fail("file.zip_bomb", f"the workbook would expand to {total} bytes", path,
                        f"at most {MAX_UNCOMPRESSED_BYTES} bytes uncompressed", reason="expands")
        for info in infos:
            if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise _fail("file.zip_bomb", f"part {info.filename} is compressed "
                            f"{info.file_size // max(info.compress_size, 1)}-fold", path,
                            f"a compression ratio under {MAX_RATIO}", reason="ratio")
        try:
            # zipfile stops at each member's declared size, so this inflates at most ``total``.
            bad = zf.testzip()
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
            raise _fail("file.truncated", f"the workbook is damaged ({exc})", path,
                        "a complete .xlsx file") from None
        if bad is not None:
            raise _fail("file.truncated", f"part {bad} of the workbook is damaged", path,
                        "a complete .xlsx file")
        return any(n.lower().endswith("vbaproject.bin") for n in names)


_FORBIDDEN = (b"<!DOCTYPE", b"<!ENTITY")


def forbidden_xml(data: bytes) -> bool:
    """Whether an XML part declares a DTD or an entity ("billion laughs", external entities).

    Spreadsheet XML never does, and text holding "<!DOCTYPE" is escaped as "&lt;!DOCTYPE", so a
    byte search is exact; NUL bytes are dropped first so that UTF-16 parts are searched too.
    This does not depend on which XML parser openpyxl picked (defusedxml, or lxml when
    installed, which does not refuse DTDs).
    """
    flat = data.replace(b"\x00", b"") if b"\x00" in data[:200] else data
    return any(f in flat for f in _FORBIDDEN)


def _check_xml_parts(data: bytes, path: str) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            if info.filename.lower().endswith((".xml", ".rels", ".vml")) and \
                    forbidden_xml(zf.read(info)):
                raise _fail("file.xml_forbidden", f"part {info.filename} declares a DTD or an "
                            "entity", path, "plain spreadsheet XML without DTDs or entities")


def _defused_cause(exc: BaseException, kind: type) -> BaseException | None:
    # openpyxl wraps parser errors in a ValueError; look down the chain for defusedxml's refusal.
    seen = 0
    while exc is not None and seen < 20:
        if isinstance(exc, kind):
            return exc
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None


def open_workbook(path: str | os.PathLike, *, max_bytes: int = MAX_FILE_BYTES) -> OpenedWorkbook:
    """Open ``path`` safely for reading answers.

    Raises
    ------
    UnsafeWorkbook
        ``file.missing``, ``file.too_large``, ``file.not_xlsx``, ``file.ods``, ``file.xls``,
        ``file.truncated``, ``file.zip_bomb``, ``file.xml_forbidden`` or ``file.unreadable``,
        located at the file.
    """
    import defusedxml
    import openpyxl

    name = str(path)
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise _fail("file.missing", f"cannot read the file ({exc.strerror})", name,
                    "an existing, readable file", reason=os_reason(exc)) from None
    if size > max_bytes:
        raise _fail("file.too_large", f"the file has {size} bytes", name,
                    f"at most {max_bytes} bytes (a filled questionnaire is well under 1 MB)",
                    size=size, limit=max_bytes)
    data = p.read_bytes()
    macros = check_zip(data, name)
    _check_xml_parts(data, name)
    try:
        with warnings.catch_warnings():
            # openpyxl warns about features it drops (extensions, VBA); dropping is what we want.
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=False, keep_vba=False,
                                        data_only=False, keep_links=False, rich_text=False)
    except Exception as exc:  # openpyxl raises many types (KeyError, TypeError...) on odd files
        cause = _defused_cause(exc, defusedxml.DefusedXmlException)
        if cause is not None:
            raise _fail("file.xml_forbidden", f"the workbook contains forbidden XML constructs "
                        f"({type(cause).__name__})", name,
                        "plain spreadsheet XML without DTDs or entities") from None
        raise _fail("file.unreadable", f"the workbook cannot be read ({type(exc).__name__}: {exc})",
                    name, "an .xlsx workbook saved by Excel, WPS or LibreOffice") from None
    return OpenedWorkbook(workbook=wb, path=name, macros_ignored=macros)

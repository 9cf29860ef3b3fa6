"""The cell values of an untrusted .xlsx, read fast and without trusting it.

The questionnaire importer needs the values of a few columns of a few sheets, not a workbook
object: this reads them straight from the sheet XML with the standard library's C XML parser,
about ten times faster than loading the workbook with openpyxl (a questionnaire's hidden live
calculations are thousands of formula cells nobody needs to read back). The container is checked
first (:func:`mcdm.excel.safety.check_zip`: size, zip structure, compression ratios, CRCs), and
every XML part is refused if it declares a DTD or an entity, the constructs behind "billion
laughs" and external-entity attacks (spreadsheet XML never has them; text holding "<!DOCTYPE"
would be escaped as "&lt;!DOCTYPE").

Values are as written: numbers (int when written without a fraction or exponent, as openpyxl
reads them), text (shared, inline or rich), booleans, error values as their text (``"#N/A"``),
a cell holding a formula as :class:`Formula` (never evaluated, whatever its cached result) and a
number that is not one as its text. Namespaces are ignored, so strict OOXML reads like
transitional.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import XMLParser, iterparse

from mcdm.errors import Location
from mcdm.excel.safety import MAX_FILE_BYTES, UnsafeWorkbook, _fail, check_zip, forbidden_xml

__all__ = ["Book", "Formula", "read_book"]

@dataclass(frozen=True)
class Formula:
    """A cell that holds a formula (its text, without the leading "=")."""

    text: str


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _column(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n


_REF = re.compile(r"([A-Z]{1,3})([0-9]+)")
_COLUMNS: dict[str, int] = {}


def _split_ref(ref: str) -> tuple[int, int] | None:
    m = _REF.fullmatch(ref)
    if m is None:
        return None
    letters = m.group(1)
    col = _COLUMNS.get(letters)
    if col is None:
        col = _COLUMNS.setdefault(letters, _column(letters))
    return int(m.group(2)), col


def _number(text: str):
    try:
        return float(text) if any(c in text for c in ".eE") or text.lower() in ("inf", "nan") \
            else int(text)
    except ValueError:
        return text


class Book:
    """Sheet names and, on demand, each sheet's cells as ``{(row, column): value}``."""

    def __init__(self, path: str, zf: zipfile.ZipFile, macros: bool) -> None:
        self.path = path
        self.macros_ignored = macros
        self._zf = zf
        self._names = {i.filename for i in zf.infolist()}
        self._sheets: dict[str, str] = {}
        self._cache: dict[str, dict] = {}
        self._strings: list[str] | None = None
        self._read_workbook()

    @property
    def sheetnames(self) -> list[str]:
        return list(self._sheets)

    def _part(self, name: str) -> bytes:
        data = self._zf.read(name)
        if forbidden_xml(data):
            raise _fail("file.xml_forbidden", f"part {name} declares a DTD or an entity",
                        self.path, "plain spreadsheet XML without DTDs or entities")
        return data

    def _events(self, name: str):
        return iterparse(io.BytesIO(self._part(name)), events=("end",),
                         parser=XMLParser())

    def _read_workbook(self) -> None:
        rels: dict[str, str] = {}
        self._shared = "xl/sharedStrings.xml"
        rel_part = "xl/_rels/workbook.xml.rels"
        if rel_part in self._names:
            for _, el in self._events(rel_part):
                if _local(el.tag) == "Relationship":
                    target = el.get("Target", "")
                    path = target.lstrip("/") if target.startswith("/") else \
                        posixpath.normpath(posixpath.join("xl", target))
                    rels[el.get("Id", "")] = path
                    if el.get("Type", "").endswith("/sharedStrings"):
                        self._shared = path
        for _, el in self._events("xl/workbook.xml"):
            if _local(el.tag) != "sheet":
                continue
            rid = next((v for k, v in el.attrib.items() if _local(k) == "id"), "")
            name = el.get("name")
            if name is not None and rid in rels:
                self._sheets[name] = rels[rid]

    def _shared_strings(self) -> list[str]:
        if self._strings is None:
            out: list[str] = []
            if self._shared in self._names:
                for _, el in self._events(self._shared):
                    if _local(el.tag) == "si":
                        out.append(_text_of(el))
                        el.clear()
            self._strings = out
        return self._strings

    def cells(self, sheet: str, max_col: int | None = None) -> dict[tuple[int, int], object]:
        """Every non-empty cell of ``sheet`` (up to column ``max_col``)."""
        key = f"{sheet}\x00{max_col}"
        if key in self._cache:
            return self._cache[key]
        part = self._sheets[sheet]
        if part not in self._names:
            raise _fail("file.unreadable", f"sheet {sheet!r} has no data part", self.path,
                        "an .xlsx workbook saved by Excel, WPS or LibreOffice")
        try:
            out = self._parse_cells(part, sheet, max_col)
        except UnsafeWorkbook:
            raise
        except Exception as exc:  # malformed XML, a damaged member
            raise UnsafeWorkbook(
                "file.unreadable", f"sheet {sheet!r} cannot be read ({type(exc).__name__}: {exc})",
                location=Location(file=self.path, sheet=sheet),
                expected="an .xlsx workbook saved by Excel, WPS or LibreOffice") from None
        self._cache[key] = out
        return out

    def _parse_cells(self, part: str, sheet: str, max_col: int | None) -> dict:
        out: dict[tuple[int, int], object] = {}
        row, col = 0, 0
        names: dict[str, str] = {}  # tag → local name, so each distinct tag is split once
        for _, el in self._events(part):
            tag = names.get(el.tag)
            if tag is None:
                tag = names.setdefault(el.tag, _local(el.tag))
            if tag == "row":
                r = el.get("r")
                row = int(r) if r and r.isdigit() else row + 1
                col = 0
                el.clear()
                continue
            if tag != "c":
                continue
            ref = el.get("r")
            where = _split_ref(ref) if ref else None
            row, col = where if where else (max(row, 1), col + 1)
            if max_col is None or col <= max_col:
                value = self._value(el, sheet, ref)
                if value is not None:
                    out[(row, col)] = value
            el.clear()
        return out

    def _value(self, el, sheet: str, ref: str | None):
        kind = el.get("t", "n")
        f = v = None
        inline = None
        for child in el:
            name = _local(child.tag)
            if name == "f":
                f = child.text or ""
            elif name == "v":
                v = child.text
            elif name == "is":
                inline = _text_of(child)
        if f is not None:
            return Formula(f)
        if kind == "inlineStr":
            return inline
        if v is None:
            return None
        if kind == "s":
            strings = self._shared_strings()
            try:
                return strings[int(v)]
            except (ValueError, IndexError):
                raise UnsafeWorkbook(
                    "file.unreadable", f"cell {ref} refers to text that is not in the workbook",
                    location=Location(file=self.path, sheet=sheet, cell=ref),
                    expected="an .xlsx workbook saved by Excel, WPS or LibreOffice") from None
        if kind == "b":
            return v.strip() in ("1", "true")
        if kind in ("str", "e", "d"):
            return v
        return _number(v.strip())


def _text_of(el) -> str:
    """The text of a string item: its <t>, or its rich-text runs' <t>s (not phonetic runs)."""
    parts = []
    for child in el:
        name = _local(child.tag)
        if name == "t":
            parts.append(child.text or "")
        elif name == "r":
            parts.extend(t.text or "" for t in child if _local(t.tag) == "t")
    return "".join(parts)


def read_book(path, *, max_bytes: int = MAX_FILE_BYTES) -> Book:
    """Check ``path`` and open it for reading cell values.

    Raises
    ------
    UnsafeWorkbook
        ``file.missing``, ``file.too_large``, ``file.not_xlsx``, ``file.ods``, ``file.xls``,
        ``file.truncated``, ``file.zip_bomb``, ``file.xml_forbidden`` or ``file.unreadable``.
    """
    name = str(path)
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise _fail("file.missing", f"cannot read the file ({exc.strerror})", name,
                    "an existing, readable file") from None
    if size > max_bytes:
        raise _fail("file.too_large", f"the file has {size} bytes", name,
                    f"at most {max_bytes} bytes (a filled questionnaire is well under 1 MB)")
    data = p.read_bytes()
    macros = check_zip(data, name)
    try:
        return Book(name, zipfile.ZipFile(io.BytesIO(data)), macros)
    except UnsafeWorkbook:
        raise
    except Exception as exc:  # a malformed part: any parser or zip error
        raise _fail("file.unreadable", f"the workbook cannot be read ({type(exc).__name__}: "
                    f"{exc})", name, "an .xlsx workbook saved by Excel, WPS or LibreOffice") \
            from None

"""Every string the GUI shows through Qt's translation calls has a Chinese translation."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from mcdm.resources import resource
from tests.support import ROOT  # noqa: E402


def _messages(ts: Path) -> dict[tuple[str, str], str | None]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") != "unfinished" \
                and (translation.text or "").strip()
            out[(name, message.findtext("source"))] = translation.text if done else None
    return out


def test_catalogue_translates_every_source_string(tmp_path):
    shipped = Path(str(resource("i18n", "fourchains_zh_CN.ts")))
    fresh = tmp_path / "fresh.ts"
    shutil.copy(shipped, fresh)
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    lupdate = shutil.which("pyside6-lupdate")
    assert lupdate is not None
    subprocess.run([lupdate, *sources, "-no-obsolete", "-ts", str(fresh)], check=True,
                   capture_output=True, timeout=120)
    messages = _messages(fresh)
    assert len(messages) > 100
    untranslated = sorted(key for key, text in messages.items() if text is None)
    assert untranslated == []


def test_compiled_catalogue_is_current(tmp_path):
    ts = Path(str(resource("i18n", "fourchains_zh_CN.ts")))
    qm = Path(str(resource("i18n", "fourchains_zh_CN.qm")))
    lrelease = shutil.which("pyside6-lrelease")
    assert lrelease is not None
    subprocess.run([lrelease, str(ts), "-qm", str(tmp_path / "zh.qm")], check=True,
                   capture_output=True, timeout=60)
    # The shipped .qm is exactly what the .ts compiles to (no forgotten pyside6-lrelease).
    assert (tmp_path / "zh.qm").read_bytes() == qm.read_bytes()

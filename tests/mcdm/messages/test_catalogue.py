"""Every code the engine can raise or report has a Chinese and an English sentence (issue 12).

The codes are found by parsing the engine's source (:mod:`tests.support.codes`), not listed by
hand, so a new ``raise ProjectError("x.y", …)`` without sentences fails here. Each sentence is
filled with sample values for the parameters its template names (with and without its optional
parts); the Chinese one must be Chinese — CJK text, no English words but the allowlisted terms
and acronyms — and the English one must hold no Chinese.
"""

from __future__ import annotations

import re
import textwrap

import pytest

from mcdm.messages import SENTENCES, word
from mcdm.messages._render import KINDS, fields, fill, optional_parts, required_fields
from mcdm.messages.words import WORDS
from mcdm.project.settings import SETTINGS
from tests.support.codes import engine_codes

FOUND = engine_codes()
CODES = sorted(FOUND.codes)

CJK = re.compile(r"[\u3400-\u9fff]")
# Terms Chinese texts write in Latin letters: acronyms of the glossary, method and file-format
# names, proper names of methods, units and the CLI's option names.
ALLOWED = {
    "CR", "GCI", "AHP", "AIJ", "AIP", "RI", "TOPSIS", "CRITIC", "U", "V", "VIKOR", "PROMETHEE", "II", "WASPAS", "COPRAS",
    "SPOTIS", "JSON", "Excel", "WPS", "LibreOffice", "XML", "UTF", "xlsx", "bak", "NaN", "Harker",
    "KB", "MB", "GB", "true", "false", "OpenDocument", "ods", "xls", "CSV", "csv", "json", "docx", "pdf", "PDF", "Word",
    # the symbols of the methods' own parameters (VIKOR v, PROMETHEE II q and p) and the WS
    # similarity coefficient, written as in the Chinese literature
    "v", "q", "p", "WS",
    # option values the user types on the command line (--conflicts keep|take, --measured)
    "keep", "take", "fixed", "ask",
}

INTS = {"count", "n", "number", "children", "limit", "supported", "version", "byte", "line",
        "column", "ndim", "size", "total"}
FLOATS = {"value", "cr", "threshold", "low", "high", "reverse"}
WORD_SAMPLES = {"kind": "expert", "want": "object", "reason": "ENOENT", "member": "id",
                "why": "positive"}


def sample(name: str):
    """A value of the kind the parameter holds."""
    if name in INTS:
        return 3
    if name in FLOATS:
        return 1.5
    if name == "shape":
        return (2, 3)
    if name in WORD_SAMPLES:
        return WORD_SAMPLES[name]
    if name == "setting":
        return "normalization"
    if name in KINDS:
        return ("Alpha", "Beta") if name.endswith("s") and name != "criteria" else "Alpha"
    return "Gamma"


def ascii_words(text: str) -> list[str]:
    """Latin-letter words of a Chinese text, outside placeholders, quotes and option names."""
    text = re.sub(r"\{[^{}]*\}", " ", text)            # placeholders
    text = re.sub(r'"[^"]*"', " ", text)               # literal file values ("benefit")
    text = re.sub(r"--[a-z][a-z-]*", " ", text)        # option names (--accept-valid)
    # a command to type, as it is typed (fourchains-cli expert add 项目.json --name 姓名)
    text = re.sub(r"fourchains-cli(?: [A-Za-z_][\w.-]*)*", " ", text)
    return [w for w in re.findall(r"[A-Za-z][A-Za-z]*", text) if w not in ALLOWED]


def test_the_source_scan_resolves_every_code():
    assert not FOUND.unresolved, "codes the scan cannot read:\n" + "\n".join(FOUND.unresolved)
    assert len(CODES) > 150  # the engine's codes, not a handful


def test_the_source_scan_finds_codes_however_they_are_raised(tmp_path):
    # The scan itself can fail: helpers, keyword codes, loop literals and error parameters are
    # followed, and a code made at run time is reported as unresolvable.
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "m.py").write_text(textwrap.dedent('''
        class MCDMError(ValueError): ...
        class ThingError(MCDMError): ...
        class Many(MCDMError):
            def __init__(self, problems, *, code="many.default"): ...
        def _err(code, message):
            return ThingError(code, message)
        def check(x, error=ThingError):
            raise error("param.default", "x")
        def run(kind):
            for key, code in [("a", "loop.one"), ("b", "loop.two")]:
                raise _err(code, key)
            raise Many([], code="many.keyword")
        TABLE = {"x": {"y": "table.one"}, "z": {"y": "table.two"}}
        def tabled(kind):
            raise ThingError(TABLE[kind]["y"], "x")
        def either(flag):
            raise ThingError("either.yes" if flag else "either.no", "x")
        def bad(kind):
            raise ThingError(f"made.{kind}", "x")
    '''))
    found = engine_codes(pkg)
    assert set(found.codes) == {"many.default", "param.default", "loop.one", "loop.two",
                                "many.keyword", "table.one", "table.two", "either.yes",
                                "either.no"}
    assert [u.split(": ")[1] for u in found.unresolved] == ["f'made.{kind}'"]


def test_every_engine_code_has_a_chinese_and_an_english_sentence():
    missing = [c for c in CODES if c not in SENTENCES]
    assert not missing, f"codes without sentences: {missing}"
    assert all(len(SENTENCES[c]) == 2 and all(SENTENCES[c]) for c in CODES)


def test_no_sentence_outlives_its_code():
    assert sorted(set(SENTENCES) - set(CODES)) == []


@pytest.mark.parametrize("code", CODES)
def test_sentences_fill_and_speak_one_language(code):
    zh, en = SENTENCES[code]
    assert fields(zh) == fields(en), "both languages use the same parameters"
    assert required_fields(zh) == required_fields(en)
    assert len(optional_parts(zh)) == len(optional_parts(en))
    full = {name: sample(name) for name in fields(zh)}
    bare = {name: sample(name) for name in required_fields(zh)}
    for params in (full, bare):
        for lang, template in (("zh", zh), ("en", en)):
            text = fill(template, params, lang)
            assert "{" not in text.replace("{…}", ""), text
            assert "[[" not in text, text
    assert CJK.search(zh), zh
    assert ascii_words(zh) == [], f"English words in the Chinese sentence: {zh}"
    assert not CJK.search(re.sub(r"\{[^{}]*\}", "", en)), f"Chinese in the English sentence: {en}"
    assert fill(zh, full, "zh").endswith("。")
    assert fill(en, full, "en").endswith(".")


@pytest.mark.parametrize("setting", [s.name for s in SETTINGS])
@pytest.mark.parametrize("code", ["project.setting_invalid", "edit.setting_invalid"])
def test_a_setting_and_what_it_expects_are_said_in_the_language(code, setting):
    # the parts the catalogue derives (the setting's title, what it expects) are Chinese too
    zh = fill(SENTENCES[code][0], {"setting": setting, "value": -1}, "zh")
    proper = {"Saaty", "Alonso", "Lamata", "Donegan", "Dodd", "Tummala", "Ling", "Aguarón"}
    assert [w for w in re.findall(r"[A-Za-zÀ-ÿ]+", zh) if w not in ALLOWED | proper] == [], zh
    en = fill(SENTENCES[code][1], {"setting": setting, "value": -1}, "en")
    assert not CJK.search(en), en


def test_words_speak_one_language():
    for key, (zh, en) in WORDS.items():
        if key.startswith(("method.", "location.")) or key == "location":
            continue  # method names are the same in both; a location part holds {0}
        assert CJK.search(zh), key
        assert not CJK.search(en), key
    assert word("consensus.n/a", "zh") == "不适用"
    assert word("setting.normalization.vector", "en") == "vector normalization"
    with pytest.raises(KeyError):
        word("no.such.word", "zh")


def test_the_areas_words_speak_one_language():
    # the words of the areas' WORDS tables (the CLI's table headings, "not set", an industry's
    # plan in a sentence) are merged into the catalogue like the sentences
    from mcdm.messages.catalogue import EXTRA_WORDS

    assert "cli.not_set" in EXTRA_WORDS
    for key, (zh, en) in EXTRA_WORDS.items():
        assert CJK.search(zh), key
        assert ascii_words(zh) == [], f"English words in the Chinese word {key}: {zh}"
        assert not CJK.search(re.sub(r"\{[^{}]*\}", "", en)), key
        assert fields(zh) == fields(en), key

"""``fourchains-cli`` speaks one language (issue 12): ``--lang``, else the locale, never the
project's — for every command and message, argparse's usage errors included.

Each case runs the CLI in a subprocess and reads every line it prints: in Chinese every line is
Chinese (CJK, and no English word but the allowlisted terms once the data is set aside: paths,
sheet names, cells, JSON paths, option and command names, quoted values), in English no line holds
Chinese beyond that data; the bad questionnaire's lines still name its file, sheet and cell.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from mcdm.messages import person
from mcdm.project.edits import SetSetting
from mcdm.project.sample import sample_project
from mcdm.project.storage import save
from tests.mcdm.cli.test_cli import cli
from tests.support.bad_inputs import bad_questionnaire, broken_project_file, not_json

CJK = re.compile(r"[\u3400-\u9fff]")
ALLOWED = {"CR", "GCI", "AIJ", "AIP", "TOPSIS", "JSON", "Excel", "WPS", "LibreOffice", "XML",
           "UTF", "S", "N", "fourchains", "cli", "xlsx", "bak", "json", "csv", "CSV", "docs", "md",
           "PROJECT", "DIR", "C", "W", "I", "D", "E", "benefit", "cost", "name", "role", "weight",
           "bootstrap", "dirichlet", "Dirichlet", "PARENT", "zh", "en", "help", "h", "ods", "txt", "docx", "pdf"}


def _command_names() -> set[str]:
    """The command names themselves are what the user types: the same in both languages."""
    import argparse

    from mcdm.cli import parser

    sub = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices)


COMMANDS = _command_names()


def data_removed(line: str, data: list[str]) -> str:
    """``line`` without what is data, not language: the given names (paths, sheet titles),
    cells, JSON paths, option and command names, quoted values and labels, choice lists."""
    for d in sorted(data, key=len, reverse=True):
        line = line.replace(d, " ")
    line = re.sub(r"\$[.\[][^\s，,]*", " ", line)                    # JSON paths
    line = re.sub(r"\b[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?\b", " ", line)  # cells
    line = re.sub(r"'[^']*'|\"[^\"]*\"", " ", line)                   # quoted values
    line = re.sub(r"「[^」]*」|“[^”]*”", "▢", line)                  # labels ("以TCP/IP为…")
    line = re.sub(r"--?[a-z][a-z-]*", " ", line)                     # options
    line = re.sub(r"\{[a-z,]+\}", " ", line)                         # {zh,en}
    return line


def names(lang: str) -> list[str]:
    """The sample panel's names in ``lang`` ("专家D"): data, whatever letters they hold."""
    return [person(e.name, lang) for e in sample_project().experts]


def assert_speaks(text: str, lang: str, data: list[str] = ()) -> None:
    data = [*data, *names(lang)]
    lines = [x for x in text.splitlines() if x.strip()]
    assert lines
    in_usage = False
    for raw in lines:
        if raw.startswith(("用法：", "usage: ")):
            assert raw.startswith("用法：" if lang == "zh" else "usage: "), raw
            in_usage = True
            continue
        if in_usage and raw.startswith(" "):
            continue  # the usage's continuation lines are command syntax
        in_usage = False
        if raw.strip() in COMMANDS or not raw.strip(" -="):
            continue  # a command's name on a line of its own (--help wraps a long one), rules
        line = data_removed(raw, list(data))
        if not re.sub(r"[\s▢0-9.*—\-]", "", line):
            continue  # nothing but data: a title, a table row of labels and numbers
        if lang == "zh":
            assert CJK.search(line), f"not Chinese: {raw}"
            words = [w for w in re.findall(r"[A-Za-z]+", line)
                     if w not in ALLOWED and w not in COMMANDS]
            assert words == [], f"English in a Chinese line: {raw}"
        else:
            assert not CJK.search(line), f"Chinese in an English line: {raw}"


@pytest.fixture(scope="module")
def workshop(tmp_path_factory):
    folder = tmp_path_factory.mktemp("workshop")
    path = folder / "workshop.json"
    save(sample_project(), path)
    return path


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_bad_questionnaire_in_one_language_naming_file_sheet_and_cell(tmp_path, workshop,
                                                                         lang):
    path, faults = bad_questionnaire(sample_project(), "E2", tmp_path / "bad.xlsx", lang)
    before = workshop.read_bytes()
    out = cli("--lang", lang, "import", workshop, path)
    assert out.returncode == 1
    assert out.stdout == ""
    assert workshop.read_bytes() == before
    lines = out.stderr.splitlines()
    assert lines[0].startswith("错误：" if lang == "zh" else "error: ")
    assert len(lines) == 1 + len(faults)  # one line per problem
    for fault, shown in zip(faults, lines[1:], strict=True):
        where = ("位置：文件 {}，工作表 {}，单元格 {}" if lang == "zh" else
                 "Location: file {}, sheet {}, cell {}").format(path, fault.sheet, fault.cell)
        assert shown.endswith(where), shown
    sheets = sorted({f.sheet for f in faults})
    assert_speaks(out.stderr, lang, [str(path), *sheets])
    # the valid answers can still be taken: the preview lists every problem with its cell
    taken = cli("import", workshop, path, "--accept-valid", "--dry-run", "--lang", lang)
    assert taken.returncode == 0, taken.stderr
    for fault in faults:
        assert f"{fault.sheet}!{fault.cell}" in taken.stdout
    assert_speaks(taken.stderr + taken.stdout, lang, [str(path), path.name, str(workshop), *sheets])


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_bad_project_file_in_one_language(tmp_path, lang):
    broken = broken_project_file(sample_project(), tmp_path / "broken.json")
    out = cli("validate", broken, "--lang", lang)
    assert out.returncode == 1
    assert_speaks(out.stderr, lang, [str(broken)])
    assert ("专家D的权重为 -3" if lang == "zh" else "Expert D's weight is -3") in out.stderr
    assert "$.experts[3].weight" in out.stderr  # the technical location, after the sentence
    cut = not_json(tmp_path / "cut.json")
    out = cli("evaluate", cut, "--lang", lang)
    assert out.returncode == 1
    assert_speaks(out.stderr, lang, [str(cut)])
    missing = tmp_path / "missing.json"
    out = cli("evaluate", missing, "--lang", lang)
    assert_speaks(out.stderr, lang, [str(missing)])


BAD_ARGUMENTS = [
    ("frob",),                                   # an unknown command
    ("evaluate", "--lang", "fr"),                # a choice not offered (the locale decides)
    ("new",),                                    # required arguments missing
    ("new", "nope", "-o", "x.json"),             # an unknown template
    ("evaluate", "--top", "many"),               # not a number
    ("validate", "a.json", "b.json"),            # one argument too many
    ("questionnaire", "{workshop}", "--expert", "Nobody", "-o", "q.xlsx"),  # an unknown expert
]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("args", BAD_ARGUMENTS, ids=lambda a: "-".join(a)[:30])
def test_bad_arguments_in_one_language(tmp_path, workshop, lang, args):
    args = [str(workshop) if a == "{workshop}" else a for a in args]
    locale = "zh_CN.UTF-8" if lang == "zh" else "C.UTF-8"
    given = [] if "--lang" in args else ["--lang", lang]
    out = cli(*given, *args, cwd=tmp_path, locale=locale)
    assert out.returncode in (1, 2)
    assert "Traceback" not in out.stderr
    assert any(x.startswith("错误：" if lang == "zh" else "error: ")
               for x in out.stderr.splitlines()), out.stderr
    assert_speaks(out.stderr, lang, args)  # what the user typed is data


def sample_labels(lang: str) -> list[str]:
    p = sample_project()
    out = [p.title.get(lang)] + [n.label.get(lang) for n in p.goal.walk()]
    for ind in p.industries:
        out += [ind.label.get(lang)] + [d.label.get(lang) for d in ind.directions]
    return out


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_evaluate_prints_tables_and_advice_in_one_language(lang):
    out = cli("evaluate", "--lang", lang, "--monte-carlo", "20")
    assert out.returncode == 0, out.stderr
    assert_speaks(out.stdout, lang, sample_labels(lang))
    assert ("专家D" if lang == "zh" else "Expert D") in out.stdout
    assert "E4" not in out.stdout  # names, not ids, in the tables too


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_help_in_one_language(lang):
    out = cli("--lang", lang, "--help")
    assert out.returncode == 0
    assert out.stdout.startswith("用法：" if lang == "zh" else "usage: ")
    body = out.stdout.split("\n\n", 1)[1].replace(":", "")  # argparse's own colons
    assert_speaks(body.replace("位置参数", "位置参数。"), lang)
    sub = cli("--lang", lang, "import", "--help")
    assert sub.returncode == 0
    assert ("即使另一些答题块有问题" if lang == "zh" else "import the blocks without problems") in sub.stdout
    assert_speaks(sub.stdout.split("\n\n", 1)[1].replace(":", ""), lang)


@pytest.mark.parametrize(("locale", "lang"), [("zh_CN.UTF-8", "zh"), ("C", "en"),
                                              ("en_US.UTF-8", "en")])
def test_without_lang_the_locale_decides_not_the_project(tmp_path, locale, lang):
    # an English project under a Chinese locale speaks Chinese, and the reverse
    other = "en" if lang == "zh" else "zh"
    project, _ = SetSetting("language", other).apply(sample_project())
    path = tmp_path / "p.json"
    save(project, path)
    out = cli("validate", path, locale=locale)
    assert out.returncode == 0
    assert out.stdout.startswith("项目有效\n" if lang == "zh" else "the project is valid\n")
    assert_speaks(out.stdout, lang, ["CR"])  # the warnings too
    bad = cli("evaluate", tmp_path / "nothing.json", locale=locale)
    assert bad.stderr.startswith("错误：" if lang == "zh" else "error: ")


def test_lc_all_outranks_lang(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG="en_US.UTF-8", LC_ALL="zh_CN.UTF-8")
    out = subprocess.run([sys.executable, "-m", "mcdm.cli", "evaluate", str(tmp_path / "x.json")],
                         capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    assert out.stderr.startswith("错误：")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_new_writes_the_language_it_was_asked_for(tmp_path, lang):
    path = tmp_path / "new.json"
    out = cli("new", "four-chains", "-o", path, "--lang", lang)
    assert out.returncode == 0, out.stderr
    data = json.loads(path.read_text("utf-8"))
    assert data["settings"]["language"] == lang
    assert data["title"]["zh"]  # titles and labels stay bilingual
    assert data["title"]["en"]
    assert out.stdout.startswith("已写入" if lang == "zh" else "wrote")

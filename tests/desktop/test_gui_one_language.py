"""One language at a time (issue 12): every page, in Chinese and in English, shows no generic
word of the other language — labels, buttons, group titles, combo items, tab titles, table
headers, tooltips, the status bar, the menus, the navigation, and the texts of dialogs raised
through the interaction layer — including the error states (a score of 12, an unconnected
block, a broken project file opened).

Names and data are not "words of the other language": the projects' labels in both languages,
the experts' bilingual names, the language menu's "中文"/"English", and the method names and
symbols every Chinese textbook writes in Latin letters (CR, AHP, TOPSIS, …) are allowed.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from desktop.testing import make_window
from mcdm.project import edits as E
from mcdm.project.sample import sample_project

CJK = re.compile(r"[\u3400-\u9fff]")
WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’]{2,}")
TAG = re.compile(r"<[^>]+>")

# Terms Chinese planners read in Latin letters (glossary: CR, GCI, AIJ, AIP, TOPSIS …), units,
# file kinds, and the symbols of the methods' parameters.
LATIN_TERMS = {
    "CR", "GCI", "AHP", "AIJ", "AIP", "TOPSIS", "VIKOR", "PROMETHEE", "WASPAS", "COPRAS",
    "SPOTIS", "CRITIC", "Saaty", "Alonso", "Lamata", "Donegan", "Dodd", "Tummala", "Ling",
    "Aguarón", "Goepel", "Dirichlet", "Excel", "WPS", "LibreOffice", "PNG", "SVG", "PDF", "Word",
    "xlsx", "docx", "pdf", "png", "svg", "json", "fcproj", "csv", "CSV", "GSD", "max", "min",
    "years", "Ctrl", "Shift", "PgUp", "PgDn", "Esc", "Enter", "FourChains", "Studio", "Decision",
    "Alt", "Tab", "Del", "JSON", "XML",
}


def _data(project) -> set[str]:
    """Every label and name the project holds (data, in whichever language)."""
    out = {e.name for e in project.experts} | {e.role for e in project.experts if e.role}
    for n in project.goal.walk():
        out |= {n.label.zh, n.label.en, n.short.zh, n.short.en, n.description.zh,
                n.description.en}
    for ind in project.industries:
        out |= {ind.label.zh, ind.label.en, ind.short.zh, ind.short.en, ind.description.zh,
                ind.description.en}
        for d in ind.directions:
            out |= {d.label.zh, d.label.en, d.short.zh, d.short.en}
        for c in ind.criteria:
            out |= {c.label.zh, c.label.en, c.short.zh, c.short.en, c.unit}
    out |= {project.title.zh, project.title.en, project.portfolio.cost_unit or ""}
    return {x for x in out if x}


def _strip_data(text: str, data: set[str]) -> str:
    # Longest first, so a label that contains a shorter one goes whole.
    for item in sorted(data, key=len, reverse=True):
        if item in text:
            text = text.replace(item, " ")
    for name in ("中文", "English"):  # the language menu names each language in itself
        text = text.replace(name, " ")
    return text


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a user reads on ``widget`` while it is shown."""
    out: list[tuple[str, str]] = []
    for w in [widget, *widget.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        kind = type(w).__name__
        if w.toolTip():
            out.append((f"{kind} tooltip", w.toolTip()))
        if isinstance(w, QLabel):
            out.append((kind, w.text()))
        elif isinstance(w, QAbstractButton):
            out.append((kind, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((kind, w.title()))
        elif isinstance(w, QComboBox):
            out += [(kind, w.itemText(k)) for k in range(w.count())]
        elif isinstance(w, QLineEdit):
            out.append((f"{kind} placeholder", w.placeholderText()))
        elif isinstance(w, QTabBar):
            out += [(kind, w.tabText(k)) for k in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            for orient, n in ((Qt.Orientation.Horizontal, m.columnCount()),
                              (Qt.Orientation.Vertical, m.rowCount())):
                for k in range(min(n, 200)):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = m.headerData(k, orient, role)
                        if isinstance(value, str):
                            out.append((f"{kind} header", value))
    return [(where, TAG.sub(" ", text)) for where, text in out if text]


def _window_texts(window) -> list[tuple[str, str]]:
    out = [("title", window.windowTitle())]
    for action in window.menuBar().actions():
        out.append(("menu", action.text()))
        menu = action.menu()
        stack = [menu] if menu is not None else []
        while stack:
            m = stack.pop()
            for a in m.actions():
                out += [("menu item", a.text()), ("menu tooltip", a.toolTip())]
                if a.menu() is not None:
                    stack.append(a.menu())
    out += [("navigation", window.nav.item(k).text()) for k in range(window.nav.count())]
    out += _texts(window.statusBar())
    return [(w, t.replace("&", "")) for w, t in out if t]


def _offending(texts, lang: str, data: set[str]) -> list[tuple[str, str]]:
    bad = []
    for where, text in texts:
        rest = _strip_data(text, data)
        if lang == "zh":
            words = [w for w in WORD.findall(rest) if w.strip("'’") not in LATIN_TERMS]
            if words:
                bad.append((where, text))
        elif CJK.search(rest):
            bad.append((where, text))
    return bad


def _walk(window, ctx, lang: str) -> list[tuple[str, str]]:
    data = _data(ctx.project)
    found = _offending(_window_texts(window), lang, data)
    for key in window.page_keys():
        window.show_page(key)
        QApplication.processEvents()
        found += [(f"{key}: {w}", t) for w, t in _offending(_texts(window.page(key)), lang,
                                                            data)]
    return found


def _dialog_texts(ctx) -> list[tuple[str, str]]:
    out = []
    for asked in ctx.interaction.asked:
        for arg in asked.args:
            if isinstance(arg, str):
                out.append((f"dialog {asked.method}", arg))
            elif isinstance(arg, (list, tuple)):
                out += [(f"dialog {asked.method}", x) for x in arg if isinstance(x, str)]
    return out


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_speaks_one_language(qtbot, tmp_path, lang):
    ctx, window = make_window(qtbot, tmp_path, lang=lang)
    assert _walk(window, ctx, lang) == []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_error_states_speak_one_language_too(qtbot, tmp_path, lang):
    project = sample_project()
    # An unconnected block: a new strategy nobody has compared (every expert is cut off there).
    from mcdm.project.model import Criterion, Text

    project, _ = E.AddCriterion("strategies", Criterion("S5", Text("新策略", "New strategy"))
                                ).apply(project)
    ctx, window = make_window(qtbot, tmp_path, project, lang=lang)
    data = _data(ctx.project)
    # A score of 12 typed on the scores page: refused, with a message in the language.
    window.show_page("scores")
    page = window.page("scores")
    expert = ctx.project.expert_ids()[0]
    ind = ctx.project.industries[0]
    crit = ctx.project.industry_criteria(ind.id)[0]
    with pytest.raises(ValueError):  # noqa: PT011 - an MCDMError (a ValueError) of any code
        ctx.push(E.SetScore(expert, ind.id, ind.directions[0].id, crit.id, 12.0))
    index = page.scores.index(0, 0)
    page.scores.setData(index, "12", Qt.ItemDataRole.EditRole)
    found = _walk(window, ctx, lang)
    # A broken project file opened: the error dialog says why, in the language.
    bad = tmp_path / "broken.json"
    bad.write_text('{"schema_version": 2, "experts": "nobody"}', encoding="utf-8")
    window.files.open(str(bad))
    # A file's path and an error's stable code ("[file.type]", in the details) are data too.
    texts = [(w, re.sub(r"\[[a-z_]+\.[a-z_.]+\]|\$[.\w\[\]]*", " ", t.replace(str(tmp_path), " ").replace(bad.name, " ")))
             for w, t in _dialog_texts(ctx)]
    found += _offending(texts, lang, data)
    assert ctx.interaction.asked[-1].method == "error"
    assert found == []


def test_file_dialogs_follow_the_ui_language(qtbot, tmp_path):
    # Qt's own texts (qtbase translations) are installed with the app's: Qt's file dialog says
    # "查找范围：" in Chinese, not "Look in:".
    from PySide6.QtWidgets import QFileDialog

    ctx, window = make_window(qtbot, tmp_path, lang="zh")
    dialog = QFileDialog(window)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = [w.text() for w in dialog.findChildren(QLabel) if w.text()]
    assert any(CJK.search(t) for t in labels), labels
    assert not any("Look in" in t or "Files of type" in t for t in labels)
    ctx.set_language("en")
    dialog2 = QFileDialog(window)
    dialog2.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog2)
    assert any("Look in" in w.text() for w in dialog2.findChildren(QLabel))

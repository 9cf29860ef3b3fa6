"""GUI monkey test (issue 8): a seeded random walk of user actions through the real main window.

Actions: navigation between pages, every visible button, combo box, slider, spin box, line edit and
editable table cell on the current page (found by walking the widget tree, so new views are
covered without changing this test), undo and redo, language switches, Save As, autosave, opening
bad project files, importing good and bad questionnaires, pasting blocks of scores. Every question
the app asks is answered at random by a seeded interaction (no dialog ever blocks; a modal dialog
that bypasses the interaction layer is closed and reported).

After every action: no exception escaped into Qt (pytest-qt's capture), no stray modal dialog,
and the project is valid. At the end, undoing everything gives back the project the walk started
from (or the last one opened), and redoing everything gives back the last project.

Actions per run: 300 in CI; ``FOURCHAINS_LONG=1`` makes it 1,000 (``tools/long_campaigns.sh``).
"""

from __future__ import annotations

import os
import random
import shutil
from collections import deque
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop.interaction import CANCEL, DISCARD, SAVE, ScriptedInteraction
from desktop.testing import make_window
from mcdm.project.schema import validate
from tests.support.robustness import CORPUS, campaign_size, count

ACTIONS = campaign_size(1000, 300)
SEED = 20261126
# The long run walks several seeds (tools/long_campaigns.sh); CI walks the first.
SEEDS = [int(x) for x in os.environ.get("FOURCHAINS_MONKEY_SEEDS", str(SEED)).split(",") if x]
from tests.support import ROOT  # noqa: E402

TEXTS = ["", "  ", "新专家", "Expert X", "=1+1", "x" * 300, "名字\n换行", "A/B", "0", "-1",
         "1e309", "nan", "9", "1/9", "\t", "🙂"]
CELL_VALUES = [None, "", "5", "9", "1", "0", "-3", "10", "1e309", "nan", "abc", "=SUM(A1)", "3.5",
               "1/9", 7, 7.25, -1.0, 0, 1e308, float("nan"), float("inf"), "  4  "]


class RandomInteraction(ScriptedInteraction):
    """Answers every question at random (seeded); never blocks."""

    def __init__(self, rng: random.Random, files: dict[str, list[str]], folder: Path) -> None:
        super().__init__()
        self.rng, self.files, self.folder = rng, files, folder

    def confirm(self, parent, title, text):
        return self._answer("confirm", (title,), self.rng.random() < 0.6)

    def save_changes(self, parent, name):
        return self._answer("save_changes", (name,), self.rng.choice([CANCEL, DISCARD, SAVE]))

    def open_path(self, parent, title, folder, filters):
        return self._answer("open_path", (title,), self.rng.choice(self.files["project"] + [""]))

    def open_paths(self, parent, title, folder, filters):
        pool = self.files["xlsx"]
        k = self.rng.choice([0, 1, 1, 2, 3])
        return self._answer("open_paths", (title,), self.rng.sample(pool, min(k, len(pool))))

    def save_path(self, parent, title, folder, filters):
        choices = ["", str(self.folder / f"out{self.rng.randrange(3)}.json"),
                   str(self.folder / "missing-dir" / "x.json"), str(self.folder)]
        if "xlsx" in filters.lower() or "png" in filters.lower():
            choices = ["", "", "", str(self.folder / "export.xlsx"),
                       str(self.folder / "chart.png")]
        return self._answer("save_path", (title,), self.rng.choice(choices))

    def choose(self, parent, title, label, items):
        items = tuple(items)
        pick = self.rng.choice([None, *range(len(items))]) if items else None
        return self._answer("choose", (title, items), pick)

    def choose_template(self, parent, infos, lang):
        pick = self.rng.choice([None, *range(len(infos))]) if infos else None
        return self._answer("choose_template", (len(infos),), pick)

    def open_folder(self, folder):
        return self._answer("open_folder", (folder,), True)

    def get_text(self, parent, title, label, text=""):
        return self._answer("get_text", (title,), self.rng.choice([None, *TEXTS]))

    def review_problems(self, parent, title, text, problems, can_proceed):
        return self._answer("review_problems", (title, len(problems)),
                            self.rng.random() < 0.5) and can_proceed

    def preview_import(self, parent, report, project, lang):
        # The real preview dialog, accepted as it stands or cancelled, at random.
        self.answers.appendleft(self.rng.random() < 0.5)
        return super().preview_import(parent, report, project, lang)

    def questionnaire_options(self, parent, project, defaults, ui_lang):
        self.answers.appendleft(self.rng.random() < 0.5)
        return super().questionnaire_options(parent, project, defaults, ui_lang)


def _files(tmp: Path) -> dict[str, list[str]]:
    good = sorted(str(p) for p in (ROOT / "sample_workbooks").glob("questionnaire_E*.xlsx"))
    bad_xlsx = []
    for p in sorted((CORPUS / "xlsx").glob("*.bin"))[:6]:
        target = tmp / f"bad-{p.stem}.xlsx"
        shutil.copy(p, target)
        bad_xlsx.append(str(target))
    json_dir = tmp / "bad-json"
    json_dir.mkdir()
    bad_projects = {
        "truncated.json": b'{"schema_version": 1, "goal": {"id": "g"',
        "utf16.json": '{"schema_version": 1}'.encode("utf-16"),
        "newer.json": b'{"schema_version": 99}',
        "list.json": b"[1, 2]",
        "deep.json": b"[" * 50_000 + b"]" * 50_000,
        "huge.json": b'{"schema_version": 1, "experts": [{"id": "e", "name": "n", "weight": 1'
                     + b"0" * 500 + b"}]}",
    }
    paths = []
    for name, raw in bad_projects.items():
        (json_dir / name).write_bytes(raw)
        paths.append(str(json_dir / name))
    paths.append(str(json_dir / "does-not-exist.json"))
    return {"xlsx": good + bad_xlsx + [str(tmp / "missing.xlsx")], "project": paths}


def _interactive(page: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QComboBox, QAbstractSlider, QAbstractSpinBox, QLineEdit,
             QAbstractItemView)
    out = []
    for w in page.findChildren(QWidget):
        if not isinstance(w, kinds) or not w.isVisible() or not w.isEnabled():
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
            continue
        out.append(w)
    return out


def _poke(rng: random.Random, w: QWidget, qtbot) -> str:
    name = f"{type(w).__name__}({w.objectName() or ''})"
    if isinstance(w, QAbstractButton):
        qtbot.mouseClick(w, Qt.LeftButton)
        return f"click {name} {w.text()!r}"
    if isinstance(w, QComboBox):
        if w.count():
            w.setCurrentIndex(rng.randrange(w.count()))
        return f"choose {name} -> {w.currentText()!r}"
    if isinstance(w, QAbstractSlider):
        drag = rng.random() < 0.5
        if drag:  # a drag: several moves, one release (one undo step)
            w.setSliderDown(True)
            for _ in range(rng.randint(1, 4)):
                w.setValue(rng.randint(w.minimum(), w.maximum()))
            w.setSliderDown(False)
        else:
            w.setValue(rng.randint(w.minimum(), w.maximum()))
        return f"slide {name} -> {w.value()}"
    if isinstance(w, (QSpinBox, QDoubleSpinBox)):
        w.setValue(rng.uniform(w.minimum(), min(w.maximum(), w.minimum() + 1e4))
                   if isinstance(w, QDoubleSpinBox) else
                   rng.randint(w.minimum(), min(w.maximum(), w.minimum() + 10_000)))
        w.editingFinished.emit()
        return f"spin {name} -> {w.value()}"
    if isinstance(w, QLineEdit):
        w.setText(rng.choice(TEXTS))
        w.editingFinished.emit()
        w.returnPressed.emit()
        return f"type {name}"
    if isinstance(w, QAbstractItemView):
        return _edit_view(rng, w, qtbot, name)
    return f"skip {name}"


def _indexes(model, parent=None, depth=0, limit=400):
    parent = QModelIndex() if parent is None else parent
    out = []
    if model is None or depth > 8:
        return out
    for r in range(min(model.rowCount(parent), 60)):
        for c in range(min(model.columnCount(parent), 30)):
            idx = model.index(r, c, parent)
            out.append(idx)
            if c == 0 and model.rowCount(idx) > 0:
                out.extend(_indexes(model, idx, depth + 1, limit))
            if len(out) >= limit:
                return out
    return out


def _value_for(rng: random.Random, current):
    """Mostly a plausible value for the cell (a number on the scale, a name), else a hostile one."""
    if rng.random() < 0.3:
        return rng.choice(CELL_VALUES)
    if isinstance(current, (int, float)) or (isinstance(current, str) and
                                             current.replace(".", "", 1).isdigit()):
        return rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 0.5, 1 / 3, 0.2, 7.5, "6", "1/3"])
    return rng.choice(["甲", "Alpha", "新名称", "Renamed", "x y", "benefit", "cost", "%", "亿元"])


def _edit_somewhere(rng, window, qtbot) -> str:
    """Go to a page with an editable table or tree and edit one of its cells."""
    keys = window.page_keys()
    rng.shuffle(keys)
    for key in keys:
        window.show_page(key)
        views = [v for v in window.page(key).findChildren(QAbstractItemView)
                 if v.isVisible() and v.model() is not None and any(
                     v.model().flags(i) & Qt.ItemIsEditable for i in _indexes(v.model())[:200])]
        if views:
            view = rng.choice(views)
            model = view.model()
            editable = [i for i in _indexes(model) if model.flags(i) & Qt.ItemIsEditable]
            idx = rng.choice(editable)
            value = _value_for(rng, model.data(idx, Qt.EditRole))
            ok = model.setData(idx, value, Qt.EditRole)
            return f"edit {key}/{type(model).__name__}[{idx.row()},{idx.column()}] = {value!r} -> {ok}"
    return "no editable cell"


def _edit_view(rng, view, qtbot, name) -> str:
    model = view.model()
    idxs = _indexes(model)
    if not idxs:
        return f"empty {name}"
    idx = rng.choice(idxs)
    op = rng.random()
    if op < 0.5 and model.flags(idx) & Qt.ItemIsEditable:
        value = _value_for(rng, model.data(idx, Qt.EditRole))
        ok = model.setData(idx, value, Qt.EditRole)
        return f"edit {name}[{idx.row()},{idx.column()}] = {value!r} -> {ok}"
    view.setCurrentIndex(idx)
    if op < 0.8 and hasattr(view, "paste"):
        rows = rng.randint(1, 3)
        block = "\n".join("\t".join(str(rng.choice(CELL_VALUES[1:14])) for _ in range(3))
                          for _ in range(rows))
        view.paste(block)
        return f"paste {name} at [{idx.row()},{idx.column()}]"
    view.doubleClicked.emit(idx)
    view.clicked.emit(idx)
    return f"select {name}[{idx.row()},{idx.column()}]"


def _close_stray_dialogs(found: list[str]) -> None:
    for _ in range(5):
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        found.append(f"{type(modal).__name__} {modal.windowTitle()!r}")
        modal.close()


def _finish_background_work(window) -> None:
    from desktop.workers import Task

    for task in window.findChildren(QObject):
        if isinstance(task, Task) and task.is_running():
            task.cancel()
            assert task.wait(60_000), "a background task did not stop"
    QApplication.processEvents()


def _start(name: str):
    """The sample workshop, or a template with no panel yet (most pages cannot evaluate)."""
    if name == "sample":
        return None
    from mcdm.project.templates import new_from_template

    return new_from_template(name)


@pytest.mark.parametrize("start", ["sample", "four-chains"])
@pytest.mark.parametrize("seed", SEEDS)
def test_monkey_walk_then_undo_everything(qtbot, tmp_path, seed, start):
    rng = random.Random(seed)
    files = _files(tmp_path)
    ctx, window = make_window(qtbot, tmp_path, _start(start), lang=rng.choice(["zh", "en"]))
    ctx.interaction = RandomInteraction(rng, files, tmp_path)
    baseline = {"project": ctx.project}
    real_set_project = ctx.set_project

    def set_project(project, path=None):  # an opened or new project starts a new history
        real_set_project(project, path)
        baseline["project"] = ctx.project

    ctx.set_project = set_project
    pushed = []
    real_push = ctx.push

    def push(edit, text=None, merge_key=None):
        real_push(edit, text, merge_key)
        pushed.append(type(edit).__name__)

    ctx.push = push
    log: deque[str] = deque(maxlen=25)
    stray: list[str] = []
    kinds = (["poke"] * 12 + ["edit"] * 8 + ["nav"] * 3 + ["undo"] * 3 + ["redo"] * 2
             + ["lang", "save_as", "autosave", "open", "import"])
    tally: dict[str, int] = {}
    with qtbot.capture_exceptions() as errors:
        for step in range(ACTIONS):
            kind = rng.choice(kinds)
            page = window.stack.currentWidget()
            if kind == "poke":
                widgets = _interactive(page)
                what = _poke(rng, rng.choice(widgets), qtbot) if widgets else "nothing to poke"
            elif kind == "edit":
                what = _edit_somewhere(rng, window, qtbot)
            elif kind == "nav":
                window.nav.setCurrentRow(rng.randrange(window.nav.count()))
                what = f"page {window.page_keys()[window.nav.currentRow()]}"
            elif kind == "undo":
                window.act_undo.trigger()
                what = "undo"
            elif kind == "redo":
                window.act_redo.trigger()
                what = "redo"
            elif kind == "lang":
                window.act_lang["zh" if ctx.lang == "en" else "en"].trigger()
                what = f"language {ctx.lang}"
            elif kind == "save_as":
                window.act_save_as.trigger()
                what = "save as"
            elif kind == "autosave":
                window.files.autosave_now()
                what = "autosave"
            elif kind == "open":
                before = ctx.project
                window.act_open.trigger()
                assert ctx.project is before or ctx.undo_stack.count() == 0, \
                    "a failed open changed the project"
                what = "open"
            else:
                panel = window.page("panel")
                window.show_page("panel")
                qtbot.mouseClick(panel.b_import, Qt.LeftButton)
                what = "import"
            tally[kind] = tally.get(kind, 0) + 1
            log.append(f"{step}: {what}")
            qtbot.wait(0)
            _close_stray_dialogs(stray)
            assert not errors, f"exception after {list(log)}: {errors[0][1]!r}"
            assert not stray, f"a dialog bypassed the interaction layer: {stray} after {list(log)}"
            assert validate(ctx.project) == (), f"invalid project after {list(log)}"
            count("gui.actions")
        _finish_background_work(window)
        stack = ctx.undo_stack
        while stack.canRedo():  # the walk may end after some undos: go to the top first
            stack.redo()
        snapshots = {stack.index(): ctx.project}
        while stack.canUndo():
            stack.undo()
            snapshots[stack.index()] = ctx.project
        assert ctx.project == baseline["project"], "undoing everything did not restore the start"
        while stack.canRedo():
            stack.redo()
            if ctx.project != snapshots[stack.index()]:
                command = stack.command(stack.index() - 1)
                pytest.fail(f"redo of step {stack.index()} ({command.text()!r}) does not give "
                            f"back the project it undid: {command.edit!r}"[:2000])
        assert not errors, f"exception while undoing/redoing: {errors[0][1]!r}"
    # The walk did what it says: every kind of action ran, and many kinds of edit were made.
    count("gui.edits", len(pushed))
    assert set(tally) == set(kinds), tally
    assert len(pushed) >= ACTIONS // 10, (tally, sorted(set(pushed)))
    assert len(set(pushed)) >= 5, sorted(set(pushed))


def test_damaged_recovery_files_are_reported_at_start(qtbot, tmp_path):
    # Each input that once crashed the recovery reader, left by a "previous session": offering
    # it back shows one error through the interaction layer and keeps the current project.
    ctx, window = make_window(qtbot, tmp_path)
    start = ctx.project
    folder = Path(ctx.settings.recovery_folder)
    folder.mkdir(parents=True, exist_ok=True)
    cases = sorted((CORPUS / "recovery").glob("*.bin"))
    assert cases
    with qtbot.capture_exceptions() as errors:
        for case in cases:
            shutil.copy(case, folder / "recovery.json")
            ctx.interaction = ScriptedInteraction().script(True)  # "yes, recover it"
            assert window.files.offer_recovery() is False
            assert ctx.interaction.methods_asked() == ["confirm", "error"]
            assert ctx.project is start
    assert not errors, errors

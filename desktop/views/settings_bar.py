"""A row of project settings, built from the engine's settings table.

:class:`SettingsBar` shows one control per named setting of
:data:`mcdm.project.settings.SETTINGS`: a combo box for a choice (its words from the table), a
spin box for a number (its range from the table's ``span``), each with its label, wrapping
onto another line when the row is wider than the page. A change pushes
``SetSetting(name, value)`` as one undoable step (a run of spin-box steps merges into one); a
setting that does not matter under the others (the table's ``applies``) is greyed out.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QSizePolicy, QWidget

from desktop.views.flow import FlowLayout, pair


class SettingsBar(QWidget):
    """Controls for ``names`` (rows of the settings table), each bound to the project."""

    def __init__(self, context, names: Sequence[str], parent=None, *,
                 object_prefix: str = "setting_") -> None:
        super().__init__(parent)
        from mcdm.project.settings import spec

        self.context = context
        self.labels: dict[str, QLabel] = {}
        self.combos: dict[str, QComboBox] = {}
        self.spins: dict[str, QDoubleSpinBox] = {}
        layout = FlowLayout(self)  # wraps onto a second line rather than widen the page
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        for name in names:
            row = spec(name)
            label = QLabel()
            if row.choices is not None:
                control = QComboBox()
                for value in row.choices:
                    control.addItem(value, value)
                control.activated.connect(lambda _i, n=name, c=control: self._chosen(
                    n, c.currentData(), c.currentText()))
                self.combos[name] = control
            else:
                control = QDoubleSpinBox()
                lo, hi, step = row.span or (0.0, 1e9, 0.1)
                control.setRange(lo, hi)
                control.setSingleStep(step)
                control.setDecimals(2)
                control.setKeyboardTracking(False)  # typed text counts once Enter or focus-out
                control.valueChanged.connect(lambda v, n=name: self._chosen(n, float(v),
                                                                            f"{v:g}"))
                self.spins[name] = control
            control.setObjectName(f"{object_prefix}{name}")
            label.setBuddy(control)
            layout.addWidget(pair(label, control))
            self.labels[name] = label
        context.projectChanged.connect(self.refresh)
        context.languageChanged.connect(lambda _l: self.retranslate())
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        from mcdm.messages.words import setting_expected
        from mcdm.project.settings import spec

        lang = self.context.lang
        for name, label in self.labels.items():
            row = spec(name)
            label.setText(row.title(lang))
            label.setToolTip(setting_expected(name, lang))  # the choices in words
            combo = self.combos.get(name)
            if combo is not None:
                for k in range(combo.count()):
                    combo.setItemText(k, row.word(combo.itemData(k), lang))

    def refresh(self) -> None:
        from mcdm.project.settings import spec

        project = self.context.project
        self.setEnabled(project is not None)
        if project is None:
            return
        s = project.settings
        for name, combo in self.combos.items():
            k = combo.findData(getattr(s, name))
            if k >= 0 and k != combo.currentIndex():
                with QSignalBlocker(combo):
                    combo.setCurrentIndex(k)
        for name, spin in self.spins.items():
            if spin.value() != float(getattr(s, name)):
                with QSignalBlocker(spin):
                    spin.setValue(float(getattr(s, name)))
        for name in self.labels:
            applies = spec(name).applies
            on = applies is None or bool(applies(s))
            self.labels[name].setEnabled(on)
            (self.combos.get(name) or self.spins[name]).setEnabled(on)

    def _chosen(self, name: str, value, text: str) -> None:
        project = self.context.project
        if project is None or getattr(project.settings, name) == value:
            return
        from mcdm.project.edits import SetSetting

        try:
            self.context.push(SetSetting(name, value),
                              self.tr("Set %1 to %2").replace("%1", self.labels[name].text())
                              .replace("%2", text),
                              merge_key=("setting", name) if name in self.spins else None)
        except ValueError as exc:
            self.refresh()
            from mcdm.messages import describe

            self.context.message.emit(describe(exc, self.context.lang, project))

"""Run-time language switching: the app's Qt Linguist catalogue plus Qt's own (qtbase).

Source strings are English; ``resources/i18n/fourchains_zh_CN.qm`` translates them. Switching
language removes the previous translators and installs the new ones, then
:class:`desktop.context.AppContext` emits ``languageChanged`` so every view re-reads its texts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mcdm.resources import resource


def fill(template: str, *values: object) -> str:
    """Qt's ``%1``, ``%2`` … of a translated text replaced by ``values`` (QString::arg)."""
    for k, value in enumerate(values, 1):
        template = template.replace(f"%{k}", str(value))
    return template

LANGUAGES = ("zh", "en")
_QT_LOCALES = {"zh": "zh_CN", "en": "en"}


def system_language() -> str:
    """"zh" when the system locale is Chinese, else "en"."""
    return "zh" if QLocale.system().language() == QLocale.Chinese else "en"


def catalogue_path(lang: str) -> Path | None:
    """The app's compiled catalogue for ``lang`` (None for English, the source language)."""
    if lang == "en":
        return None
    return Path(str(resource("i18n", f"fourchains_{_QT_LOCALES[lang]}.qm")))


# The translators we installed on the application, whichever Translators object did it: one
# language at a time even when a process builds several windows (tests, the screenshot tool).
_INSTALLED: list[QTranslator] = []
_CURRENT = ["en"]


def current_language() -> str:
    """The language whose translators are installed now ("en" before any)."""
    return _CURRENT[0]


# Texts of Qt's own dialogs that the qtbase catalogue shipped with the wheel does not translate
# (Qt 6 added mnemonics to them, so the older entries no longer match); without these, a
# Chinese file dialog still says "Look in:" and "Files of type:".
QT_GAPS_ZH: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
}


class _QtGaps(QTranslator):
    """Translates only :data:`QT_GAPS_ZH` (no answer — a null string — lets Qt ask the next
    translator)."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802
        return QT_GAPS_ZH.get((context, source_text))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


class Translators:
    """Installs the app's and Qt's translators for a language, removing the previous ones."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app

    def install(self, lang: str) -> None:
        _CURRENT[0] = lang
        for translator in _INSTALLED:
            self._app.removeTranslator(translator)
        _INSTALLED.clear()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(self._app)
        if qtbase.load(f"qtbase_{_QT_LOCALES[lang]}", qt_dir):
            _INSTALLED.append(qtbase)
        if lang == "zh":
            _INSTALLED.append(_QtGaps(self._app))
        path = catalogue_path(lang)
        if path is not None:
            app_tr = QTranslator(self._app)
            if not app_tr.load(str(path)):
                raise FileNotFoundError(f"cannot load translation catalogue {path}")
            _INSTALLED.append(app_tr)
        for translator in _INSTALLED:
            self._app.installTranslator(translator)

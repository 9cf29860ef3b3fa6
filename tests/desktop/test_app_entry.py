"""``fourchains --help`` and ``fourchains --version`` answer without importing Qt (no window,
no display needed), like ``fourchains-cli``."""

import subprocess
import sys

import pytest

from mcdm import __version__

PROBE = ("import sys\nfrom desktop.app import main\ncode = main(['fourchains', {arg!r}])\n"
         "qt = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
         "print('QT', qt, code)")


def probe(arg: str) -> str:
    out = subprocess.run([sys.executable, "-c", PROBE.format(arg=arg)], capture_output=True,
                         text=True, encoding="utf-8", timeout=120, env={"PATH": "/usr/bin:/bin",
                         "PYTHONPATH": ":".join(sys.path)})  # no DISPLAY: Qt could not start
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_version_without_qt():
    assert probe("--version") == f"fourchains {__version__}\nQT [] 0\n"


@pytest.mark.parametrize("arg", ["--help", "-h"])
def test_help_without_qt(arg):
    text = probe(arg)
    assert text.startswith("usage: fourchains [-h] [--version] [PROJECT]\n")
    assert "fourchains-cli" in text
    assert text.endswith("QT [] 0\n")

"""The installed Qt binding keeps the reference counts of None and True (issue 8).

PySide6/shiboken6 6.12.0 on Python < 3.12 drops a reference to ``None`` on every void Qt call and
to ``True`` on every signal emission, so a long GUI session aborts the interpreter ("Fatal Python
error: none_dealloc"); the GUI monkey test found it and ``pyproject.toml`` excludes that release.
The check runs in a child process: on a leaking binding it may abort, which must fail this test
rather than the test run.
"""

import subprocess
import sys

from tests.support import ROOT  # noqa: E402

CHECK = ROOT / "tools" / "check_qt_binding.py"


def test_qt_binding_keeps_reference_counts():
    done = subprocess.run([sys.executable, str(CHECK)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "LEAKS" not in done.stdout
    assert done.stdout.count(" ok") == 3, done.stdout

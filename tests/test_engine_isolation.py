"""The engine must stay free of the GUI: importing it loads no Qt module."""

import subprocess
import sys
import textwrap

import pytest


def _modules_loaded_by(import_line: str) -> set[str]:
    code = textwrap.dedent(
        f"""
        import sys
        {import_line}
        print("\\n".join(sorted(sys.modules)))
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


@pytest.mark.parametrize(
    "import_line",
    ["import mcdm", "import mcdm.errors, mcdm.resources"],
)
def test_engine_imports_no_qt(import_line):
    loaded = _modules_loaded_by(import_line)
    qt = sorted(m for m in loaded if m.split(".")[0] in {"PySide6", "shiboken6", "desktop"})
    assert qt == [], f"{import_line!r} loaded GUI modules: {qt}"


def test_every_engine_module_imports_no_qt():
    import pkgutil

    import mcdm

    names = [m.name for m in pkgutil.walk_packages(mcdm.__path__, "mcdm.")]
    assert names, "no engine modules found"
    loaded = _modules_loaded_by("; ".join(f"import {n}" for n in names))
    qt = sorted(m for m in loaded if m.split(".")[0] in {"PySide6", "shiboken6", "desktop"})
    assert qt == [], f"engine modules loaded GUI modules: {qt}"

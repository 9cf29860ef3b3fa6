"""The code base stays ruff-clean (pyproject.toml [tool.ruff]: no print in library code, bugbear,
pytest style), and docs/ARCHITECTURE.md's module table matches the modules."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_finds_nothing():
    out = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", str(ROOT)],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr


def test_architecture_module_table_is_current():
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "module_table.py"), "--check"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr

"""What the tests share: paths, Excel helpers (:mod:`.excel`), workbook recalculation in
LibreOffice (:mod:`.recalc`), GUI helpers (:mod:`.gui`), the robustness campaigns' sizes and
corpus (:mod:`.robustness`), and the child process the crash tests kill (``crash_save_child.py``).
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
TESTS = ROOT / "tests"
FIXTURES = TESTS / "fixtures"
CORPUS = TESTS / "fuzz_corpus"

"""Child process for the crash-safety campaign (tests/mcdm/project/test_robustness_crash.py).

Usage::

    python tests/support/crash_save_child.py loop  FOLDER SEED      # save and autosave forever, alternating
                                                           # two projects; the parent SIGKILLs it
    python tests/support/crash_save_child.py step  FOLDER KIND K    # one save (KIND=save) or autosave
                                                           # (KIND=autosave) that SIGKILLs itself
                                                           # at its K-th file-system step
    python tests/support/crash_save_child.py count FOLDER KIND      # print how many steps that write has

The projects are ``A`` (the sample workshop) and ``B`` (the same with another title), written to
``FOLDER/w.json`` and to the recovery file in ``FOLDER/recovery``. A "step" is any call into the
file system that ``mcdm.project.storage`` makes (mkstemp, chmod, fdopen, each half of the data
write, flush, fsync, link, copy, replace, open/close of the folder, unlink), so step kills land
between and inside every stage of an atomic save, including a torn write.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from mcdm.project import storage  # noqa: E402
from mcdm.project.autosave import write_recovery  # noqa: E402
from mcdm.project.model import Text  # noqa: E402
from mcdm.project.sample import sample_project  # noqa: E402


def projects():
    a = sample_project()
    b = a.replace(title=Text(a.title.zh + "（修订）", a.title.en + " (revised)"))
    return a, b


class _Steps:
    def __init__(self, kill_at: int) -> None:
        self.n = 0
        self.kill_at = kill_at

    def tick(self) -> None:
        self.n += 1
        if self.n == self.kill_at:
            os.kill(os.getpid(), signal.SIGKILL)


class _TornFile:
    """A file whose writes happen in two halves, with a step between them."""

    def __init__(self, fh, steps: _Steps) -> None:
        self._fh, self._steps = fh, steps

    def write(self, data):
        half = len(data) // 2
        self._fh.write(data[:half])
        self._fh.flush()  # the first half really reaches the file before the kill
        self._steps.tick()
        return half + self._fh.write(data[half:])

    def __getattr__(self, name):
        return getattr(self._fh, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self._fh.__exit__(*exc)


def instrument(steps: _Steps) -> None:
    def wrap(owner, name):
        real = getattr(owner, name)

        def call(*a, **kw):
            steps.tick()
            out = real(*a, **kw)
            steps.tick()
            return out

        setattr(owner, name, call)

    for name in ("chmod", "fsync", "link", "replace", "open", "close", "unlink"):
        wrap(os, name)
    wrap(tempfile, "mkstemp")
    wrap(shutil, "copy2")
    real_fdopen = os.fdopen

    def fdopen(*a, **kw):
        steps.tick()
        return _TornFile(real_fdopen(*a, **kw), steps)

    os.fdopen = fdopen


def write(kind: str, project, folder: Path) -> None:
    target = folder / "w.json"
    if kind == "save":
        storage.save(project, target)
    else:
        write_recovery(project, target, folder=folder / "recovery")


def main(argv: list[str]) -> int:
    mode, folder = argv[1], Path(argv[2])
    a, b = projects()
    if mode == "loop":
        rng = random.Random(int(argv[3]))
        print("ready", flush=True)
        i = 0
        while True:
            write(rng.choice(("save", "autosave")), (a, b)[i % 2], folder)
            i += 1
    kind = argv[3]
    # The write goes from whatever is on disk to the other project, so "old" and "new" differ.
    current = folder / ("w.json" if kind == "save" else "recovery/recovery.json")
    new = b if current.exists() and b"(revised)" not in current.read_bytes() else a
    steps = _Steps(int(argv[4]) if mode == "step" else 0)
    instrument(steps)
    write(kind, new, folder)
    if mode == "count":
        print(steps.n, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

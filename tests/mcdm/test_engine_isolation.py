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


HEAVY = {"pandas", "pymcdm", "openpyxl", "matplotlib", "scipy"}


def _heavy(loaded: set[str], roots=HEAVY) -> list[str]:
    return sorted({m.split(".")[0] for m in loaded} & roots)


def test_import_mcdm_is_light():
    """The public API is at the top (``from mcdm import evaluate``) but imported on first use:
    ``import mcdm`` loads not even numpy, so scripts and the GUI start fast."""
    assert _heavy(_modules_loaded_by("import mcdm"), HEAVY | {"numpy"}) == []
    # the workshop API needs numpy, and nothing heavier
    loaded = _modules_loaded_by("from mcdm import load, save, evaluate, priorities, rank, edits,"
                                " sample_project; evaluate(sample_project())")
    assert _heavy(loaded) == []
    # pandas only once a table is asked for
    loaded = _modules_loaded_by("from mcdm import evaluate, sample_project; "
                                "evaluate(sample_project()).to_frame('ranking')")
    assert _heavy(loaded) == ["pandas"]


def test_every_public_name_resolves_and_help_lists_the_api():
    import pydoc

    import mcdm

    for name in mcdm.__all__:
        assert getattr(mcdm, name) is not None, name
    assert set(mcdm.__all__) <= set(dir(mcdm))
    text = pydoc.render_doc(mcdm, renderer=pydoc.plaintext)
    errors = [n for n in mcdm.__all__ if isinstance(getattr(mcdm, n), type)
              and issubclass(getattr(mcdm, n), mcdm.MCDMError)]
    assert len(errors) >= 10
    for name in errors + ["load", "save", "evaluate", "priorities", "rank", "one_at_a_time",
                          "simulate", "compare_methods", "write_results"]:
        assert f"\n    {name}(" in text or f"\n    class {name}(" in text or \
            f"\n    {name} = " in text, name
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        mcdm.nothing  # noqa: B018


def test_every_engine_module_imports_no_qt():
    import pkgutil

    import mcdm

    names = [m.name for m in pkgutil.walk_packages(mcdm.__path__, "mcdm.")]
    assert names, "no engine modules found"
    loaded = _modules_loaded_by("; ".join(f"import {n}" for n in names))
    qt = sorted(m for m in loaded if m.split(".")[0] in {"PySide6", "shiboken6", "desktop"})
    assert qt == [], f"engine modules loaded GUI modules: {qt}"


def test_engine_prints_and_prompts_nothing(capfd, monkeypatch):
    """Bad input raises; nothing is printed (to either stream, even by pymcdm) or prompted."""
    import builtins
    import warnings

    import numpy as np

    from mcdm.ahp import diagnose, priorities, repair
    from mcdm.compare import compare
    from mcdm.errors import MCDMError
    from mcdm.project.evaluate import evaluate
    from mcdm.project.sample import sample_project
    from mcdm.sensitivity import one_at_a_time
    from mcdm.topsis import rank

    def no_prompt(*_args):
        raise AssertionError("the engine asked for input")

    monkeypatch.setattr(builtins, "input", no_prompt)
    bad = [[1, 2, 0], [0.5, 1, 3], [np.inf, 1 / 3, 1]]
    chairs = [[1, 5, 6, 7], [1 / 5, 1, 4, 6], [1 / 6, 1 / 4, 1, 4], [1 / 7, 1 / 6, 1 / 4, 1]]
    x = np.array([[7.0, 9, 5], [8, 7, 5], [9, 6, 5], [6, 7, 5]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for call in (lambda: priorities(bad), lambda: rank(x, [1, 1, 1], [1, -1, 2]),
                     lambda: priorities([[1, np.nan], [np.nan, 1]])):
            with pytest.raises(MCDMError):
                call()
        diagnose(chairs)
        repair(chairs)
        rank(x, [0.2, 0.3, 0.5], [1, -1, 1])
        one_at_a_time(x, [0.2, 0.3, 0.5], [1, -1, 1])
        compare(x, [0.2, 0.3, 0.5], [1, -1, 1])
        result = evaluate(sample_project(), sensitivity=True, monte_carlo=50)
        result.comparison(result.industries[0].industry_id)
    assert capfd.readouterr() == ("", "")

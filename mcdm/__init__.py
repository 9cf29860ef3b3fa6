"""FourChains Decision Studio engine: AHP weighting, group decisions and TOPSIS ranking.

Pure Python on numpy; pandas, pymcdm and openpyxl only where they serve, imported on first
use: ``import mcdm`` loads none of them, and never Qt. Everything below is importable from
``mcdm`` itself.

A workshop, from the file to the ranking
----------------------------------------
>>> from mcdm import evaluate, sample_project
>>> project = sample_project()            # or load("workshop.json"); new_from_template(...)
>>> result = evaluate(project)            # a frozen ProjectResult: every table, every reason
>>> result.industry("ngit").ranking()[0][:1]
('quantum',)
>>> frame = result.industry("ngit").to_frame()      # pandas, imported now
>>> frame.columns.tolist()
['closeness', 'd_plus', 'd_minus', 'rank']

What could not be computed says why (``result.warnings()``, each a code with parameters).
Edits return their inverse, so undo is one more edit; ``save`` writes atomically, with a
``.bak``:

>>> from mcdm import edits
>>> changed, undo = edits.SetExpertWeight("E1", 2.0).apply(project)
>>> undo.apply(changed)[0] == project
True

The methods on plain matrices
-----------------------------
>>> from mcdm import priorities, rank
>>> priorities([[1, 3], [1/3, 1]]).weights.round(3).tolist()
[0.75, 0.25]
>>> rank([[7, 9, 5], [8, 7, 5], [9, 6, 5]], [0.5, 0.3, 0.2], [1, -1, 1]).ranks.tolist()
[3, 2, 1]

Errors
------
Bad input raises an :class:`MCDMError` (a ``ValueError``) with a stable ``code``, a
``location`` and what was ``expected``; validation collects every problem into one
:class:`ValidationFailed`:

>>> from mcdm import MCDMError
>>> try:
...     priorities([[1, 2], [3, 1]])
... except MCDMError as exc:
...     exc.code
'judgments.not_reciprocal'

More: ``docs/examples/*.py`` (each runs in the test suite), ``help(mcdm.project.edits)``, and
``fourchains-cli --help`` for the same engine on the command line.
"""

from __future__ import annotations

import importlib
from typing import Any

from mcdm.errors import Location, MCDMError, Problem, ValidationFailed

__version__ = "0.1.0"

# name -> "module" (the module itself) or "module:attribute"; imported on first access
_LAZY: dict[str, str] = {
    # workshop projects
    "Project": "mcdm.project.model:Project", "Criterion": "mcdm.project.model:Criterion",
    "CriterionType": "mcdm.project.model:CriterionType", "Expert": "mcdm.project.model:Expert",
    "Industry": "mcdm.project.model:Industry", "Direction": "mcdm.project.model:Direction",
    "IndustryCriterion": "mcdm.project.model:IndustryCriterion",
    "Settings": "mcdm.project.model:Settings", "Text": "mcdm.project.model:Text",
    "load": "mcdm.project.storage:load", "save": "mcdm.project.storage:save",
    "new_from_template": "mcdm.project.templates:new_from_template",
    "list_templates": "mcdm.project.templates:list_templates",
    "sample_project": "mcdm.project.sample:sample_project",
    "edits": "mcdm.project.edits", "read_roster": "mcdm.project.roster:read_roster",
    # evaluating them
    "evaluate": "mcdm.project.evaluate:evaluate",
    "ProjectResult": "mcdm.project.result:ProjectResult",
    "IndustryResult": "mcdm.project.result:IndustryResult",
    "MonteCarloOptions": "mcdm.project.montecarlo:MonteCarloOptions",
    "evaluation_document": "mcdm.tables.document:evaluation_document",
    # the methods
    "priorities": "mcdm.ahp.priorities:priorities",
    "PriorityResult": "mcdm.ahp.result:PriorityResult",
    "diagnose": "mcdm.ahp.diagnostics:diagnose", "repair": "mcdm.ahp.diagnostics:repair",
    "aggregate_judgments": "mcdm.group:aggregate_judgments",
    "aggregate_priorities": "mcdm.group:aggregate_priorities", "consensus": "mcdm.group:consensus",
    "evaluate_hierarchy": "mcdm.hierarchy:evaluate_hierarchy", "Node": "mcdm.hierarchy:Node",
    "rank": "mcdm.topsis:rank", "TopsisResult": "mcdm.topsis:TopsisResult",
    "one_at_a_time": "mcdm.sensitivity:one_at_a_time",
    "SensitivityResult": "mcdm.sensitivity:SensitivityResult",
    "simulate": "mcdm.uncertainty:simulate", "Dirichlet": "mcdm.uncertainty:Dirichlet",
    "MonteCarloResult": "mcdm.uncertainty:MonteCarloResult",
    # not "compare": that name is the module mcdm.compare once anything imports it
    "compare_methods": "mcdm.compare:compare",
    "ComparisonResult": "mcdm.compare:ComparisonResult",
    # Excel
    "write_questionnaire": "mcdm.excel:write_questionnaire",
    "write_panel_questionnaire": "mcdm.excel:write_panel_questionnaire",
    "read_questionnaires": "mcdm.excel:read_questionnaires",
    "write_results": "mcdm.excel:write_results",
    # the other errors (MCDMError subclasses)
    "ProjectError": "mcdm.project.model:ProjectError",
    "StorageError": "mcdm.project.storage:StorageError",
    "JudgmentMatrixError": "mcdm.ahp.validation:JudgmentMatrixError",
    "ScaleError": "mcdm.ahp.scales:ScaleError",
    "GroupInputError": "mcdm.group:GroupInputError",
    "HierarchyError": "mcdm.hierarchy:HierarchyError",
    "DecisionProblemError": "mcdm._validate:DecisionProblemError",
    "UnsafeWorkbook": "mcdm.excel.safety:UnsafeWorkbook",
}

__all__ = ["Location", "MCDMError", "Problem", "ValidationFailed", "__version__",
           *sorted(_LAZY)]


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module 'mcdm' has no attribute {name!r}")
    module, _, attribute = target.partition(":")
    value = importlib.import_module(module)
    if attribute:
        value = getattr(value, attribute)
    globals()[name] = value  # once imported, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))

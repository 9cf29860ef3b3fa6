"""Build a small workshop in code: a template, a panel, judgments and scores, all by edits.

    python docs/examples/edit_a_workshop.py [OUT.json]

Every change is an edit from ``mcdm.edits`` (the ones the GUI and ``fourchains-cli`` use): it
returns the new project and its inverse, and an invalid edit raises without changing anything.
"""

import sys
import tempfile
from pathlib import Path

from mcdm import Expert, MCDMError, edits, evaluate, load, new_from_template, save

project = new_from_template("principles-strategies")

# The panel: ids like the GUI's (E1, E2, …).
for name in ("张伟", "Li Na", "王芳"):
    eid = edits.fresh_id(project.expert_ids(), "E", numbered=True)
    project, _undo = edits.AddExpert(Expert(eid, name)).apply(project)

# Each expert judges every node: a_ij = how many times i matters more than j. Consistent
# judgments from a weight vector, slightly different per expert.
for k, eid in enumerate(project.expert_ids()):
    for node in project.internal_nodes():
        kids = node.child_ids()
        weights = [len(kids) - i + k * (i % 2) for i in range(len(kids))]
        for i, a in enumerate(kids):
            for j in range(i + 1, len(kids)):
                project, _ = edits.SetJudgment(eid, node.id, a, kids[j],
                                               weights[i] / weights[j]).apply(project)

# Scores for one industry's directions on every leaf criterion, one block edit (one undo step).
industry = project.industry("green")
cells = tuple(((eid, industry.id, d.id, leaf.id), float(1 + (k + 2 * i + j) % 9))
              for k, eid in enumerate(project.expert_ids())
              for i, d in enumerate(industry.directions)
              for j, leaf in enumerate(project.leaves()))
project, _ = edits.SetScores(cells).apply(project)

# An invalid edit raises a typed error and leaves the project as it was.
try:
    edits.SetExpertWeight("E1", -1).apply(project)
except MCDMError as exc:
    print("refused:", exc.code)

result = evaluate(project)
print(result.to_frame("criteria")[["id", "global_weight"]])
print(result.industry("green").to_frame())
print(len(result.industry_errors), "industries not ranked yet, e.g.:",
      next(iter(result.industry_errors.values())).code)

out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "workshop.json"
save(project, out)  # atomic; a second save keeps the previous file as workshop.json.bak
assert load(out) == project
print("saved", out)

"""The evaluation as the versioned JSON document ``fourchains-cli evaluate --json`` prints
(docs/cli-json.md), built in Python.

    python docs/examples/json_for_scripts.py
"""

import json

from mcdm import evaluate, evaluation_document, sample_project

project = sample_project()
doc = evaluation_document(project, evaluate(project, sensitivity=True), "en")
assert doc["schema_version"] == 1

for industry in doc["industries"]:
    if not industry["ranked"]:
        print(industry["id"], "not ranked:", industry["reason"]["message"])
        continue
    best = industry["ranking"][0]
    flip = industry["sensitivity"]["minimal_change"]
    print(f"{industry['id']:10} {best['label']['en']:55} C = {best['closeness']:.4f}",
          "" if flip is None else f"(changes if {flip['criterion']} → {flip['to_weight']:.3f})")

print(json.dumps(doc["consensus"]))

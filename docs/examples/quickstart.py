"""Evaluate a workshop and print its group weights, top directions and warnings.

    python docs/examples/quickstart.py [PROJECT.json]

Without a file, the illustrative sample workshop (示例数据，仅供演示).
"""

import sys

from mcdm import evaluate, load, sample_project

project = load(sys.argv[1]) if len(sys.argv) > 1 else sample_project()
result = evaluate(project)

# The group's global weight of every leaf criterion (they sum to 1).
for leaf in project.leaves():
    print(f"{leaf.label.get('en'):50} {result.leaf_weight(leaf.id):.4f}")

# Each industry's best direction by TOPSIS closeness.
for ind in result.industries:
    direction, closeness, _rank = ind.ranking()[0]
    label = next(d.label.get("en") for d in project.industry(ind.industry_id).directions
                 if d.id == direction)
    print(f"{ind.industry_id:10} {label:60} {closeness:.4f}")

# What to look at before trusting it: failing CRs, unjudged nodes, unscored directions ...
for problem in result.warnings():
    print("warning:", problem.code, problem.params)

# As a pandas table (imported on first use).
print(result.to_frame("ranking").head())

"""The methods on plain numbers: AHP priorities and consistency, a panel's consensus, TOPSIS,
its sensitivity, Monte Carlo and the comparison with other methods.

    python docs/examples/methods.py
"""

import numpy as np

from mcdm import (
    Dirichlet,
    aggregate_judgments,
    compare_methods,
    consensus,
    one_at_a_time,
    priorities,
    rank,
    simulate,
)

# Saaty's judgments of three criteria: 3 means "moderately more important".
a = [[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 2, 1]]
r = priorities(a)
print("weights", r.weights.round(4), "CR", round(r.cr, 4), "GCI", round(r.gci, 4))
print(r.to_frame(["cost", "quality", "speed"]))

# A panel: the group's matrix (AIJ) and how much the experts agree (Goepel's S*).
b = [[1, 2, 4], [1 / 2, 1, 3], [1 / 4, 1 / 3, 1]]
group = priorities(aggregate_judgments([a, b]))
agree = consensus([r.weights, priorities(b).weights])
print("group weights", group.weights.round(4), "S*", round(agree.s_star, 3), agree.word)

# TOPSIS: four directions scored on the three criteria (the first a cost).
x = np.array([[7.0, 9, 5], [8, 7, 5], [9, 6, 4], [6, 7, 8]])
types = [-1, 1, 1]
t = rank(x, group.weights, types)
print(t.to_frame(["A", "B", "C", "D"]))

# How far each weight may move before the top direction changes.
s = one_at_a_time(x, group.weights, types)
print(s.to_frame(["cost", "quality", "speed"]))

# Weights uncertain around the group's: the chance of each direction staying in the top 2.
mc = simulate(x, types, Dirichlet(group.weights, 50), n_samples=2000, top_k=2, seed=1)
print(mc.to_frame(names=["A", "B", "C", "D"]).iloc[:, :3])

# Other methods on the same problem (pymcdm, imported now).
print(compare_methods(x, group.weights, types).to_frame(["A", "B", "C", "D"]))

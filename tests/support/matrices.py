"""Published judgment matrices the AHP tests share (each with its source)."""

import numpy as np

# Saaty (1980), The Analytic Hierarchy Process, §2.2 "wealth of nations": relative wealth of
# US, USSR, China, France, UK, Japan, W. Germany. Published eigenvector .427 .230 .021 .052
# .052 .123 .094, λmax = 7.61, CI = 0.10.
WEALTH = np.array([
    [1, 4, 9, 6, 6, 5, 5],
    [1 / 4, 1, 7, 5, 5, 3, 4],
    [1 / 9, 1 / 7, 1, 1 / 5, 1 / 5, 1 / 7, 1 / 5],
    [1 / 6, 1 / 5, 5, 1, 1, 1 / 3, 1 / 3],
    [1 / 6, 1 / 5, 5, 1, 1, 1 / 3, 1 / 3],
    [1 / 5, 1 / 3, 7, 3, 3, 1, 2],
    [1 / 5, 1 / 4, 5, 3, 3, 1 / 2, 1],
])

# Saaty (1977), A scaling method for priorities in hierarchical structures, J. Math. Psych.
# 15, 234-281, light-intensity experiment (four chairs): λmax = 4.39, CI = 0.13; the
# eigenvector rounds to .62 .24 .10 .05 (.61 in some reprints, hence atol below).
CHAIRS = np.array([[1, 5, 6, 7], [1 / 5, 1, 4, 6], [1 / 6, 1 / 4, 1, 4], [1 / 7, 1 / 6, 1 / 4, 1]])

# The "choose a leader" criteria of the AHP article in Wikipedia (Experience, Education,
# Charisma, Age): priorities .547 .127 .270 .056, CR = 4.4 % (Saaty's RI).
LEADER = np.array([[1, 4, 3, 7], [1 / 4, 1, 1 / 3, 3], [1 / 3, 3, 1, 5], [1 / 7, 1 / 3, 1 / 5, 1]])

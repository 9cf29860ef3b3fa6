"""Memory at the edges (issue 8): the one-at-a-time sweep with many directions.

The sweep compares every pair of directions at every grid point for every criterion; done all at
once that is criteria × m(m−1)/2 × grid values, several times over (≈ 12 GB for 500 directions
and 8 criteria). Pairs now go through in blocks (b50e5f2). CI checks 150 directions; ``FOURCHAINS_LONG=1``
checks 500 (the edge case of the issue).
"""

import tracemalloc

import numpy as np
import pytest

from mcdm.sensitivity import one_at_a_time
from tests.mcdm.test_robustness_numeric import numpy_topsis
from tests.support.robustness import campaign_size

DIRECTIONS = campaign_size(500, 150)
MIB = 2**20


def test_sweep_memory_stays_bounded_with_many_directions():
    rng = np.random.default_rng(150)
    x = rng.uniform(1, 9, (DIRECTIONS, 8))
    w = rng.dirichlet(np.ones(8))
    t = np.array([1, -1, 1, 1, -1, 1, 1, 1])
    tracemalloc.start()
    try:
        s = one_at_a_time(x, w, t)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # All pairs at once would peak near 3 × 8 bytes × 8 × m(m−1)/2 × 513 (1.1 GiB at m = 150).
    all_at_once = 3 * 8 * 8 * DIRECTIONS * (DIRECTIONS - 1) / 2 * 513
    assert peak < 400 * MIB, f"peak {peak / MIB:.0f} MiB"
    assert peak < all_at_once / 3
    assert len(s.reversals) > 1000
    for rv in s.reversals[:: len(s.reversals) // 25]:
        wk = w * (1 - rv.weight) / (1 - w[rv.criterion])
        wk[rv.criterion] = rv.weight
        c = numpy_topsis(x, wk, t)
        assert c[rv.rises] == pytest.approx(c[rv.falls], abs=1e-9)

"""Incomplete pairwise comparison matrices: connectivity, LLSM, λmax-optimal and Harker completion.

References
----------
Bozóki, S., Fülöp, J. & Rónyai, L. (2010). On optimal completion of incomplete pairwise
comparison matrices. Mathematical and Computer Modelling 52, 318-333. With ``x = exp(t)`` for
the missing entries, λmax is a strictly convex function of ``t`` when the graph of known
comparisons is connected, so a local minimum is the unique optimal completion; the LLSM
weights solve a Laplacian linear system (their Theorem 4).

Harker, P. T. (1987). Alternative modes of questioning in the analytic hierarchy process.
Mathematical Modelling 9(3-5), 353-360.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from mcdm.ahp.priorities import _perron_eig, perron, result_from
from mcdm.ahp.validation import JudgmentMatrixError, item_label
from mcdm.errors import Location

__all__ = ["complete_lambda_max", "components", "harker", "llsm", "require_connected"]


def components(known: np.ndarray) -> list[list[int]]:
    """Connected components of the comparison graph (an edge for each known judgment)."""
    n = known.shape[0]
    seen = np.zeros(n, dtype=bool)
    out = []
    for start in range(n):
        if seen[start]:
            continue
        comp, stack = [], [start]
        seen[start] = True
        while stack:
            i = stack.pop()
            comp.append(i)
            for j in np.flatnonzero(known[i] & ~seen):
                seen[j] = True
                stack.append(int(j))
        out.append(sorted(comp))
    return out


def require_connected(a: np.ndarray, names: Sequence[str] | None = None,
                      where: str | None = None) -> None:
    """Raise ``judgments.disconnected`` naming the items cut off from the largest group."""
    known = ~np.isnan(a)
    np.fill_diagonal(known, False)
    comps = components(known)
    if len(comps) == 1:
        return
    main = max(comps, key=len)  # ties: the group holding the first item
    cut = sorted(i for c in comps if c is not main for i in c)
    labels = [item_label(names, i) for i in cut]
    raise JudgmentMatrixError(
        "judgments.disconnected",
        "the known judgments do not connect every item; cut off: "
        + ", ".join(str(x) for x in labels),
        location=Location(row=labels[0], field=where),
        expected="a chain of judgments linking every item to every other",
        params={"cut_off": cut, "components": comps},
    )


def llsm(a: np.ndarray) -> np.ndarray:
    """Log-weights minimising Σ over known (i, j) of (ln a_ij − y_i + y_j)², with Σ y = 0."""
    known = ~np.isnan(a)
    np.fill_diagonal(known, False)
    logs = np.where(known, np.log(np.where(known, a, 1.0)), 0.0)
    lap = np.diag(known.sum(axis=1).astype(float)) - known
    # L has the null space 1; adding 11ᵀ makes it regular and, as b sums to 0, keeps Σ y = 0.
    return np.linalg.solve(lap + 1.0, logs.sum(axis=1))


def _fill(a: np.ndarray, iu: tuple[np.ndarray, np.ndarray], t: np.ndarray) -> np.ndarray:
    out = a.copy()
    x = np.exp(t)
    out[iu] = x
    out[iu[1], iu[0]] = 1.0 / x
    return out


def complete_lambda_max(a: np.ndarray, y0: np.ndarray | None = None) -> np.ndarray:
    """The completion of ``a`` with minimal λmax (Bozóki, Fülöp & Rónyai, 2010).

    Minimises λmax over ``t = ln x`` of the missing entries with BFGS, from the LLSM
    completion, using the analytic gradient ∂λ/∂t = (v_i u_j x − v_j u_i / x) / vᵀu
    (u, v: right and left Perron vectors).
    """
    from scipy.optimize import minimize

    missing = np.isnan(a)
    iu = np.nonzero(np.triu(missing, 1))
    y = llsm(a) if y0 is None else y0
    t0 = y[iu[0]] - y[iu[1]]

    def fun(t):
        b = _fill(a, iu, t)
        u, lam = perron(b)
        v, _ = perron(b.T)
        x = b[iu]
        grad = (v[iu[0]] * u[iu[1]] * x - v[iu[1]] * u[iu[0]] / x) / (v @ u)
        return lam, grad

    res = minimize(fun, t0, jac=True, method="BFGS", options={"gtol": 1e-11, "maxiter": 500})
    return _fill(a, iu, res.x)


def harker(a: np.ndarray) -> np.ndarray:
    """Harker's completion: zero for each missing entry, 1 + (missing in row) on the diagonal."""
    missing = np.isnan(a)
    b = np.where(missing, 0.0, a)
    b[np.diag_indices_from(b)] = 1.0 + missing.sum(axis=1)
    w, _ = _perron_eig(b)
    return np.where(missing, w[:, None] / w[None, :], a)


def complete_priorities(a: np.ndarray, method: str, ri: str, completion: str, *,
                        names=None, where=None):
    """``priorities`` for a matrix with missing judgments (see ``mcdm.ahp.priorities``)."""
    require_connected(a, names, where)
    n = a.shape[0]
    upper = np.triu(np.isnan(a), 1)
    missing = tuple((int(i), int(j)) for i, j in zip(*np.nonzero(upper), strict=True))
    y = llsm(a)
    if method == "geometric_mean":
        filled = np.where(np.isnan(a), np.exp(y[:, None] - y[None, :]), a)
        w = np.exp(y)
        w /= w.sum()
        _, lam = perron(filled)
        used = "llsm"
    else:
        filled = complete_lambda_max(a, y) if completion == "lambda_max" else harker(a)
        w, lam = perron(filled)
        used = completion
    note = (f"complete-matrix RI for n = {n} although {len(missing)} of {n * (n - 1) // 2} "
            "judgments are missing (Ágoston & Csató 2022 show the RI of incomplete matrices "
            "is lower, so this CR is lenient); ")
    return result_from(w, lam, filled, a, method, ri, missing=missing, completion=used,
                       log_weights=y, note_prefix=note)

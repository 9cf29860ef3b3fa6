"""An industry's criterion weights as tables: AHP, objective and combined side by side, and the
objective method's steps — laid out from the evaluation's ``IndustryWeighting``, never
recomputed."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from desktop.models.ranking import HIGHLIGHT, Table

translate = QCoreApplication.translate

VECTORS = ("ahp", "objective", "combined")


def _method_word(weighting, lang: str) -> str:
    from mcdm.project.settings import spec

    return spec("objective_method").word(weighting.method, lang)


def vector_title(name: str, weighting, lang: str) -> str:
    """Column title of a weight vector; the one that ranked is marked."""
    title = {"ahp": translate("Weighting", "AHP (subjective)"),
             "objective": translate("Weighting", "Objective: %1").replace(
                 "%1", _method_word(weighting, lang)),
             "combined": translate("Weighting", "Combined")}[name]
    return ("✓ " + title) if name == weighting.used else title


def weights_table(weighting, criteria: list[str], criterion_ids: tuple[str, ...],
                  lang: str) -> Table:
    """Criteria in rows; AHP, objective and combined weights in columns (blank: undefined);
    the column that ranked is highlighted."""
    used = VECTORS.index(weighting.used)
    cells = []
    for j in range(len(criteria)):
        row = []
        for name in VECTORS:
            v = weighting.vector(name)
            row.append(None if v is None else float(v[j]))
        cells.append(tuple(row))
    tip = translate("Weighting", "The same score for every direction: no information, "
                    "objective weight 0")
    constant = [j for j, c in enumerate(criterion_ids) if c in set(weighting.constant)]
    return Table(
        rows=tuple(criteria), columns=tuple(vector_title(n, weighting, lang) for n in VECTORS),
        cells=tuple(cells), highlight={(j, used): HIGHLIGHT for j in range(len(criteria))},
        tooltips={(j, -1): tip for j in constant})


def steps_table(weighting, criteria: list[str]) -> Table:
    """Per criterion, the objective method's intermediate numbers and the weight."""
    st = weighting.objective_steps
    if st is None:
        return Table()
    if st.method == "CRITIC":
        columns = (translate("Weighting", "σ (normalized)"),
                   translate("Weighting", "Conflict Σ(1 − r)"),
                   translate("Weighting", "Information C"), translate("Weighting", "Weight"))
        cols = (st.sigma, st.conflict, st.information, st.weights)
    else:
        columns = (translate("Weighting", "Entropy e"),
                   translate("Weighting", "Divergence d = 1 − e"),
                   translate("Weighting", "Weight"))
        cols = (st.e, st.d, st.weights)
    tip = translate("Weighting", "The same score for every direction: no information, "
                    "objective weight 0")
    constant = [j for j, k in enumerate(np.asarray(st.constant)) if k]
    return Table(rows=tuple(criteria), columns=columns,
                 cells=tuple(tuple(float(c[j]) for c in cols) for j in range(len(criteria))),
                 highlight={(j, -1): HIGHLIGHT for j in constant},
                 tooltips={(j, -1): tip for j in constant})


def matrix_title(weighting) -> str:
    st = weighting.objective_steps
    if st is not None and st.method == "CRITIC":
        return translate("Weighting", "Normalized matrix r (costs reversed)")
    return translate("Weighting", "Shares p = r / Σ r")


def matrix_table(weighting, directions: list[str], criteria: list[str]) -> Table:
    """The objective method's matrix: shares p (entropy) or the normalized matrix (CRITIC)."""
    st = weighting.objective_steps
    if st is None:
        return Table()
    m = st.normalized if st.method == "CRITIC" else st.p
    return Table(rows=tuple(directions), columns=tuple(criteria),
                 cells=tuple(tuple(float(v) for v in row) for row in m))

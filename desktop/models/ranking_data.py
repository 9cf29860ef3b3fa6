"""Where the ranking pages find their numbers in the evaluation result — the one place that
knows the result's layout — and the engine calls made for analyses the plain evaluation leaves
out (sensitivity sweep, method comparison, Monte Carlo), always on the evaluation's own decision
matrix, weights, types and normalization. Nothing here does arithmetic on a ranking.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

STEP_KEYS = ("matrix", "normalized", "weighted", "distances")
CORRELATION_KEYS = ("spearman", "weighted_spearman", "ws")


translate = QCoreApplication.translate


def setting_label(name: str, value, lang: str) -> str:
    """A method setting's value as the user reads it, from the engine's settings table."""
    from mcdm.project.settings import spec

    return spec(name).word(value, lang)


def weighting_word(part, lang: str) -> str:
    """Which weights ranked the industry, in the settings table's words ("组合赋权")."""
    w = getattr(part, "weighting", None)
    return setting_label("weighting", "ahp" if w is None else w.used, lang)


def step_title(key: str) -> str:
    return {"matrix": translate("RankingData", "Decision matrix"), "normalized": translate("RankingData", "Normalized"),
            "weighted": translate("RankingData", "Weighted normalized"), "distances": translate("RankingData", "Distances")}[key]


def correlation_title(key: str) -> str:
    return {"spearman": translate("RankingData", "Spearman rₛ"), "weighted_spearman": translate("RankingData", "Weighted Spearman r_w"),
            "ws": translate("RankingData", "WS similarity")}[key]


# -- the result's layout -------------------------------------------------------------------------
def industry_part(result, industry_id):
    """The evaluation of one industry (ranking, matrix, weights), or None."""
    if result is None or not industry_id:
        return None
    industries = getattr(result, "industries", None)
    if industries is None:
        return None
    if hasattr(industries, "get"):
        return industries.get(industry_id)
    for item in industries:
        if getattr(item, "industry_id", None) == industry_id:
            return item
    return None


def matrix(part):
    return part.scores.matrix


def dispersion(part):
    return part.scores.std


def weights(part):
    return part.topsis.weights


def types(part):
    return part.topsis.types


def leaf_weights(result, project) -> list[float]:
    """The group's global weight of each tree leaf, in ``project.leaves()`` order."""
    return [result.leaf_weight(leaf.id) for leaf in project.leaves()]


def excluded_directions_text(part, project, lang: str) -> str:
    """One line per direction the engine set aside (not scored on some criterion), or ""."""
    from mcdm.messages import describe

    return "\n".join(describe(p, lang, project) for p in part.excluded_directions.values())


def industry_error(result, industry_id):
    """Why an industry could not be ranked (e.g. a cell nobody scored), or None."""
    if result is None:
        return None
    return result.industry_errors.get(industry_id)


def direction_names(project, industry_id: str, lang: str, part=None) -> list[str]:
    """The directions' names in the order of ``part`` (the industry's result: only the
    directions it ranked), or all of the industry's directions without it."""
    industry = project.industry(industry_id)
    if part is None:
        return [d.label.get(lang) for d in industry.directions]
    labels = {d.id: d.label.get(lang) for d in industry.directions}
    return [labels.get(d, d) for d in part.direction_ids]


def criterion_names(project, industry_id: str, lang: str) -> list[str]:
    return [c.label.get(lang) for c in project.industry_criteria(industry_id)]


def industry_name(project, industry_id: str, lang: str) -> str:
    return project.industry(industry_id).label.get(lang)


def describe(exc: BaseException, lang: str | None = None, project=None) -> str:
    """Every problem ``exc`` carries, one sentence a line, in the UI language."""
    from desktop.messages import describe_all

    return "\n".join(describe_all(exc, lang, project))


# -- TOPSIS steps -------------------------------------------------------------------------------
def step_tables(project, industry_id: str, part, lang: str) -> dict:
    from desktop.models.ranking import Table, matrix_table

    rows = direction_names(project, industry_id, lang, part)
    criteria = project.industry_criteria(industry_id)
    cols = [c.label.get(lang) for c in criteria]
    tips = [translate("RankingData", "weight %1, %2").replace("%1", f"{w:.4f}").replace(
        "%2", translate("RankingData", "benefit") if t > 0 else translate("RankingData", "cost"))
        for w, t in zip(weights(part), types(part), strict=True)]
    s = part.topsis.steps
    ideal, anti = translate("RankingData", "Positive ideal A⁺"), translate("RankingData", "Negative ideal A⁻")
    distances = Table(
        rows=tuple(rows),
        columns=(translate("RankingData", "D+"), translate("RankingData", "D−"), translate("RankingData", "Closeness"), translate("RankingData", "Rank")),
        cells=tuple((float(s.d_plus[i]), float(s.d_minus[i]), float(part.topsis.closeness[i]),
                     int(part.topsis.ranks[i])) for i in range(len(rows))))
    return {
        "matrix": matrix_table(rows, cols, matrix(part), [(translate("RankingData", "Weight"), weights(part))], tips),
        "normalized": matrix_table(rows, cols, s.normalized, (), tips),
        "weighted": matrix_table(rows, cols, s.weighted, [(ideal, s.ideal), (anti, s.anti_ideal)],
                                 tips),
        "distances": distances,
    }


# -- analyses beyond the plain evaluation (each computed once by the result) ----------------------
def sensitivity(result, industry_id: str):
    """The one-at-a-time analysis of this industry, as the result computes and keeps it."""
    return result.sensitivity(industry_id)


def comparison(result, industry_id: str):
    """Other methods on the industry's problem; the result computes it once and caches it."""
    from desktop import warm

    warm.wait()  # pymcdm imports matplotlib: never beside the warm-up thread
    return result.comparison(industry_id)


def comparison_ranks(comparison) -> tuple[list[list[int]], list[str]]:
    return [list(map(int, row)) for row in comparison.ranks], list(comparison.methods)


def most_moving(comparison, ranks) -> list[int]:
    """The directions whose rank differs most between methods (all that share the widest
    spread), as the engine determined them."""
    spread = comparison.rank_spread
    if not len(comparison.most_different):
        return []
    widest = int(spread[comparison.most_different[0]])
    return [int(i) for i in comparison.most_different if int(spread[i]) == widest]


def correlation(comparison, key: str):
    return comparison.correlations[key]


def report_result(result):
    """``result`` with the sensitivity analysis the report's stability sections read: itself when
    it has one (a Monte Carlo run has), else the project evaluated again with it (in a worker).
    """
    if result.options.get("sensitivity"):
        return result
    from mcdm.project.evaluate import evaluate

    return evaluate(result.project, sensitivity=True)


def monte_carlo_job(project, *, n_samples: int, sampler: str, concentration: float,
                    seed: int, noise: bool, top_k: int = 3):
    """A function of ``progress`` that evaluates the project with Monte Carlo (in a worker).

    Every industry is simulated with the same weight samples: drawn from the panel's own
    disagreement (``"bootstrap"``) or from a Dirichlet around the group weights.
    """
    from mcdm.project.evaluate import evaluate
    from mcdm.project.montecarlo import MonteCarloOptions

    options = MonteCarloOptions(n_samples=n_samples, sampler=sampler,
                                concentration=concentration, score_noise=noise, seed=seed,
                                top_k=top_k)

    def job(progress):
        # With the sensitivity analysis too: this result is then complete enough to export.
        return evaluate(project, sensitivity=True, monte_carlo=options, progress=progress)

    return job

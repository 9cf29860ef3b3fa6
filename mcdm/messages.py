"""Sentences in Chinese or English for the reasons a part of a project could not be evaluated.

The engine reports what it could not compute as :class:`~mcdm.errors.Problem` values (a code
and parameters, see :func:`mcdm.project.evaluate.evaluate`); this module turns them into one
sentence in the user's language that names criteria, experts, industries and directions by
their labels, never by their ids. The CLI and the GUI both read it. A code without a template
falls back to the engine's English message, so nothing is hidden.

Only the partial-evaluation codes are here so far; the other engine codes still use their own
messages (the full catalogue is issue 12).
"""

from __future__ import annotations

from typing import Any

from mcdm.errors import MCDMError, Problem

__all__ = ["REASONS", "describe", "label"]

REASONS: dict[str, tuple[str, str]] = {
    "evaluate.no_experts": ("项目还没有专家：请先在“专家组”页添加专家。",
                            "The project has no experts yet: add them on the Experts page."),
    "evaluate.no_criteria": ("准则树中还没有准则：请先在“准则层次”页添加准则。",
                             "The criteria tree has no criteria yet: add them on the Criteria "
                             "tree page."),
    "experts.weights_all_zero": ("所有专家的权重都为 0：至少一位专家的权重需大于 0。",
                                 "Every expert's weight is 0: at least one expert needs a weight "
                                 "above 0."),
    "evaluate.node_unjudged": ("“{node}”下的比较还没有可用的专家判断，因此无法计算其权重。",
                               "No expert's judgments under “{node}” can be weighted yet, so "
                               "its weights are missing."),
    "evaluate.node_unweighted": ("“{node}”的群组判断无法计算权重。",
                                 "The group's judgments under “{node}” cannot be weighted."),
    "evaluate.expert_not_judged": ("{expert} 尚未对“{node}”下的各项作出判断。",
                                   "{expert} has not judged the items under “{node}”."),
    "judgments.disconnected": ("{expert} 在“{node}”下的判断没有把每一项都联系起来（缺：{cut}）。",
                               "{expert}'s judgments under “{node}” do not link every item "
                               "(cut off: {cut})."),
    "evaluate.weights_incomplete": ("“{industry}”暂不能排序：缺少“{nodes}”下的准则权重。",
                                    "“{industry}” cannot be ranked yet: the criteria weights "
                                    "under “{nodes}” are missing."),
    "evaluate.direction_unscored": ("“{direction}”未参与排序：没有专家在“{criteria}”上为它打分。",
                                    "“{direction}” is not ranked: nobody scored it on "
                                    "“{criteria}”."),
    "scores.cells_unscored": ("“{industry}”暂不能排序：有 {count} 个评分格没有任何专家打分。",
                              "“{industry}” cannot be ranked yet: {count} score cell(s) have no "
                              "expert's score."),
}

_SEP = {"zh": "、", "en": ", "}


def label(project: Any, value: Any, lang: str) -> str:
    """The user's name for an id: a criterion, expert, industry or direction (else the id)."""
    if project is None or not isinstance(value, str):
        return str(value)
    if value == project.goal.id:
        return "目标层" if lang == "zh" else "Goal"
    for e in project.experts:
        if e.id == value:
            return e.name or value
    for ind in project.industries:
        if ind.id == value:
            return ind.label.get(lang) or value
    try:
        return project.node(value).label.get(lang) or value
    except (MCDMError, KeyError):
        pass
    for ind in project.industries:
        for d in ind.directions:
            if d.id == value:
                return d.label.get(lang) or value
        for c in ind.criteria:
            if c.id == value:
                return c.label.get(lang) or value
    return value


def describe(problem: Problem | MCDMError, lang: str, project: Any = None) -> str:
    """One sentence for ``problem`` in ``lang`` ("zh" or "en"), ids replaced by labels."""
    if isinstance(problem, MCDMError):
        problem = problem.as_problem()
    pair = REASONS.get(problem.code)
    if pair is None:
        return str(problem)
    sep = _SEP.get(lang, ", ")
    params: dict[str, Any] = {}
    for key, value in problem.params.items():
        if isinstance(value, (tuple, list)):
            params[key] = sep.join(label(project, v, lang) for v in value)
        else:
            params[key] = label(project, value, lang)
    try:
        return pair[0 if lang == "zh" else 1].format(**params)
    except (KeyError, IndexError, ValueError):
        return str(problem)

"""Sentences for what an evaluation could not compute (partial evaluation)."""

SENTENCES: dict[str, tuple[str, str]] = {
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

"""Sentences for what an evaluation could not compute (partial evaluation,
:mod:`mcdm.project.evaluate`), and the advice it gives (inconsistent or incomplete judgments)."""

SENTENCES: dict[str, tuple[str, str]] = {
    "evaluate.no_experts": ("项目还没有专家：请先在“专家组”页添加专家。",
                            "The project has no experts yet: add them on the Experts page."),
    "evaluate.no_criteria": ("准则层次中还没有准则：请先在“准则层次”页添加准则。",
                             "The criteria tree has no criteria yet: add them on the Criteria "
                             "tree page."),
    "evaluate.node_unjudged": ("「{node}」下的比较还没有可用的专家判断，因此无法计算其权重。",
                               "No expert's judgments under “{node}” can be weighted yet, so "
                               "its weights are missing."),
    "evaluate.node_unweighted": ("「{node}」的群组判断无法计算权重。",
                                 "The group's judgments under “{node}” cannot be weighted."),
    "evaluate.expert_not_judged": ("{expert}尚未对「{node}」下的各项作出判断。",
                                   "{expert} has not judged the items under “{node}”."),
    "evaluate.weights_incomplete": ("「{industry}」暂不能排序：缺少「{nodes}」下的准则权重。",
                                    "“{industry}” cannot be ranked yet: the criteria weights "
                                    "under “{nodes}” are missing."),
    "evaluate.direction_unscored": ("「{direction}」未参与排序：没有专家在「{criteria}」上为它打分。",
                                    "“{direction}” is not ranked: nobody scored it on "
                                    "“{criteria}”."),
    # advice: things to look at, not errors
    "advice.inconsistent": ("{expert}在「{node}」的判断 CR = {cr:.3f}，超过 {threshold}，"
                            "未通过一致性检验。",
                            "{expert}'s judgments under “{node}” have CR = {cr:.3f}, above "
                            "{threshold}: they fail the consistency check."),
    "advice.missing_judgments": ("{expert}在「{node}」有 {count} 个缺失判断（已按不完全判断矩阵"
                                 "计算）。",
                                 "{expert} left {count} judgment(s) blank under “{node}” (weighted "
                                 "as an incomplete matrix)."),
    "advice.matrix_unusable": ("{expert}在「{node}」的判断无法计算权重，未计入群组。",
                               "{expert}'s judgments under “{node}” cannot be weighted and are "
                               "left out of the group."),
}

# Words the CLI and the GUI put around these sentences.
WORDS: dict[str, tuple[str, str]] = {
    "evaluate.left_out": ("（未计入该处的群组权重）", " (left out of the group's weights there)"),
    "evaluate.none_ranked": ("各产业暂不能排序：缺少「{nodes}」下的准则权重。",
                             "No industry can be ranked until the weights under “{nodes}” are "
                             "there."),
    "evaluate.not_ranked": ("未能排序", "not ranked"),
}

"""Sentences for ranking: decision matrices, weights and types (:mod:`mcdm._validate`), TOPSIS and
its normalizations, the experts' scores (:mod:`mcdm.scores`), method comparison, sensitivity and
Monte Carlo simulation (:mod:`mcdm.uncertainty`)."""

_IN_ZH = "[[「{industry}」的]]"
_IN_EN = "[[ of “{industry}”]]"

SENTENCES: dict[str, tuple[str, str]] = {
    "matrix.not_numeric": (_IN_ZH + "决策矩阵中有不是数字的值。",
                           "The decision matrix" + _IN_EN + " contains values that are not "
                           "numbers."),
    "matrix.not_2d": (_IN_ZH + "决策矩阵应为二维表（行为重点发展方向，列为准则），实际为 {ndim} 维。",
                      "The decision matrix" + _IN_EN + " must be a table (directions in rows, "
                      "criteria in columns); it has {ndim} dimension(s)."),
    "matrix.empty": (_IN_ZH + "决策矩阵是空的：至少需要一个重点发展方向和一项准则。",
                     "The decision matrix" + _IN_EN + " is empty: it needs at least one "
                     "direction and one criterion."),
    "matrix.not_finite": (_IN_ZH + "决策矩阵中「{direction}」在「{criterion}」上的值为 {value}，"
                          "应为有限的数。",
                          "In the decision matrix" + _IN_EN + " “{direction}” has {value} on "
                          "“{criterion}”; it must be a finite number."),
    "matrix.out_of_range": ("准则「{criterion}」的数值过大或相差过远，用{normalization}计算时溢出，"
                            "无法排序。",
                            "The values of “{criterion}” are too large or too far apart to rank "
                            "with {normalization}: the arithmetic overflows."),
    "matrix.criteria_mismatch": ("「{industry}」有 {count} 项准则，而其他产业有 {n} 项：各产业的准则"
                                 "数应相同。",
                                 "“{industry}” has {count} criteria where the other industries "
                                 "have {n}: every industry needs the same criteria."),
    "weights.not_numeric": ("准则权重中有不是数字的值。",
                            "The criteria weights contain values that are not numbers."),
    "weights.shape": ("有 {count} 个准则权重，而准则有 {n} 项：应每项准则一个权重。",
                      "There are {count} weight(s) for {n} criteria: give one weight per "
                      "criterion."),
    "weights.not_finite": ("准则「{criterion}」的权重为 {value}，应为有限的数。",
                           "The weight of “{criterion}” is {value}; it must be a finite number."),
    "weights.negative": ("准则「{criterion}」的权重为负数（{value}），应不小于 0。",
                         "The weight of “{criterion}” is negative ({value}); it must be at least "
                         "0."),
    "weights.all_zero": ("所有准则的权重都为 0：至少一项准则的权重需大于 0。",
                         "Every criterion weight is 0: at least one criterion needs a weight "
                         "above 0."),
    "types.not_numeric": ("指标类型中有不是数字的值：应为 +1（效益型）或 −1（成本型）。",
                          "The criterion types contain values that are not numbers: use +1 "
                          "(benefit) or −1 (cost)."),
    "types.shape": ("有 {count} 个指标类型，而准则有 {n} 项：应每项准则一个。",
                    "There are {count} criterion type(s) for {n} criteria: give one per "
                    "criterion."),
    "types.invalid": ("准则「{criterion}」的指标类型为 {value}，应为 +1（效益型）或 −1（成本型）。",
                      "The type of “{criterion}” is {value}; it must be +1 (benefit) or −1 "
                      "(cost)."),
    "normalization.unknown": ("未知的规范化方法「{normalization}」：应为向量规范化、极差标准化、"
                              "最大值标准化或总和标准化。",
                              "Unknown normalization “{normalization}”: use vector, min-max, "
                              "max or sum normalization."),
    "normalization.max_not_positive": ("最大值标准化要求准则「{criterion}」的最大值大于 0。",
                                       "Max normalization needs a largest value above 0 on "
                                       "“{criterion}”."),
    "normalization.sum_not_positive": ("总和标准化要求各值大于 0：「{direction}」在「{criterion}」"
                                       "上的值为 {value}。",
                                       "Sum normalization needs values above 0: “{direction}” "
                                       "has {value} on “{criterion}”."),
    # the experts' scores
    "scores.method": ("未知的打分集结方式「{method}」：应为加权算术平均或加权几何平均。",
                      "Unknown score mean “{method}”: use the weighted arithmetic or the "
                      "weighted geometric mean."),
    "scores.not_numeric": (_IN_ZH + "打分中有不是数字的值。",
                           "The scores" + _IN_EN + " contain values that are not numbers."),
    "scores.shape": (_IN_ZH + "打分数据的大小为 {shape}，应为（专家 × 重点发展方向 × 准则）。",
                     "The scores" + _IN_EN + " are {shape}; they must be experts × directions "
                     "× criteria."),
    "scores.not_finite": ("{expert}为「{direction}」在「{criterion}」上的打分为 {value}，应为有限"
                          "的数或留空。",
                          "{expert}'s score of “{direction}” on “{criterion}” is {value}; it "
                          "must be a finite number or blank."),
    "scores.not_positive": ("加权几何平均要求打分大于 0：{expert}为「{direction}」在「{criterion}」"
                            "上打了 {value} 分。",
                            "The weighted geometric mean needs scores above 0: {expert} gave "
                            "“{direction}” {value} on “{criterion}”."),
    "scores.cell_unscored": ("没有专家为「{direction}」在「{criterion}」上打分。",
                             "Nobody scored “{direction}” on “{criterion}”."),
    "scores.cells_unscored": ("[[「{industry}」]]暂不能排序：有 {count} 个评分格没有任何专家打分。",
                              "[[“{industry}” ]]cannot be ranked yet: {count} score cell(s) have "
                              "no expert's score."),
    # method comparison
    "compare.unknown_method": ("未知的比较方法「{method}」：应为 TOPSIS、VIKOR、PROMETHEE II、"
                               "WASPAS、COPRAS 或 SPOTIS。",
                               "Unknown method “{method}”: use TOPSIS, VIKOR, PROMETHEE II, "
                               "WASPAS, COPRAS or SPOTIS."),
    "compare.method_failed": ("{method} 无法对这些数据排序[[：{why}]]，未参与方法比较。",
                              "{method} cannot rank these data[[: {why}]], so it is left out of "
                              "the comparison."),
    "compare.bounds_shape": ("SPOTIS 的边界大小为 {shape}，应为 {n} 行有限的 [最小值, 最大值]。",
                             "The SPOTIS bounds are {shape}; they must be {n} finite [min, max] "
                             "rows."),
    "compare.bounds_order": ("准则「{criterion}」的 SPOTIS 边界为 [{low}, {high}]：下限应小于上限。",
                             "The SPOTIS bounds of “{criterion}” are [{low}, {high}]: the "
                             "minimum must be below the maximum."),
    "compare.bounds_exceeded": ("准则「{criterion}」上的值 {value} 超出 SPOTIS 边界 [{low}, {high}]。",
                                "The value {value} on “{criterion}” lies outside its SPOTIS "
                                "bounds [{low}, {high}]."),
    # Monte Carlo simulation
    "weights.samples_shape": ("权重样本的大小为 {shape}，应为（样本数 × {n}）。",
                              "The weight samples are {shape}; they must be samples × {n}."),
    "weights.sample_invalid": ("第 {number} 个权重样本中准则 {criterion} 的权重为 {value}，应为不小于"
                               " 0 的有限数。",
                               "Weight sample {number} gives criterion {criterion} the weight "
                               "{value}; it must be finite and at least 0."),
    "weights.sample_all_zero": ("第 {number} 个权重样本的权重全为 0。",
                                "Weight sample {number} is all zero."),
    "dirichlet.concentration": ("狄利克雷权重抽样的集中度为 {value}，应为正数。",
                                "The concentration of the Dirichlet weight sampling is {value}; "
                                "it must be positive."),
    "montecarlo.n_samples": ("蒙特卡洛模拟的样本数为 {value}，应为正整数。",
                             "The Monte Carlo simulation needs a positive number of samples, not "
                             "{value}."),
    "montecarlo.noise_shape": ("打分噪声与决策矩阵不匹配[[（{count} 组噪声，{n} 个产业）]]：应为一个"
                               "数，或每个产业一组与其决策矩阵相符的值。",
                               "The score noise does not fit the decision matrices[[ ({count} "
                               "for {n} industries)]]: give one number, or per industry values "
                               "that fit its matrix."),
    "montecarlo.noise": ("打分噪声（标准差）应为不小于 0 的有限数。",
                         "The score noise (standard deviations) must be finite and at least 0."),
    "montecarlo.out_of_range": ("加入噪声后的打分过大，无法排序：请减小打分或噪声。",
                                "With the noise the scores are too large to rank: use smaller "
                                "scores or noise."),
    "montecarlo.options": ("蒙特卡洛模拟的选项无效：样本数应至少为 1，抽样方式应为专家组自助抽样或"
                           "狄利克雷权重抽样。",
                           "The Monte Carlo options are not valid: at least 1 sample, and the "
                           "panel bootstrap or Dirichlet weight sampling."),
}

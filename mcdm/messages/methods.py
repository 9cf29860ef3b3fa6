"""Sentences for objective and combined weights (:mod:`mcdm.weights`), COPRAS, rank correlations,
the comparison's method parameters, and the portfolio under a budget (:mod:`mcdm.portfolio`)."""

SENTENCES: dict[str, tuple[str, str]] = {
    # -- objective weights ---------------------------------------------------------------------
    "weights.too_few_alternatives": ("客观赋权至少需要两个重点发展方向作比较，现在只有 {m} 个。",
                                     "Objective weights need at least two directions to "
                                     "compare; there are {m}."),
    "weights.no_information": ("没有任何准则能区分各重点发展方向（各列取值都相同），无法计算客观权重。",
                               "No criterion tells the directions apart (every column is "
                               "constant), so objective weights cannot be computed."),
    "entropy.unknown_normalization": ("未知的熵权法规范化方式「{normalization}」：应为总和或极差。",
                                      "Unknown entropy normalization “{normalization}”: use sum "
                                      "or min-max."),
    "entropy.negative_value": ("熵权法（总和规范化）要求各值不小于 0，第 {row_index} 行、第 "
                               "{column_index} 列为 {value}。",
                               "The entropy weight method (sum normalization) needs values of "
                               "at least 0; row {row_index}, column {column_index} is {value}."),
    "combine.not_numeric": ("组合赋权的权重中有不是数字的值。",
                            "The weights to combine contain values that are not numbers."),
    "combine.shape": ("组合赋权的主观权重与客观权重个数不一致：应每项准则一个权重[[（共 {n} 项准则）]]。",
                      "The subjective and objective weights to combine do not match: give one "
                      "weight per criterion[[ ({n} criteria)]]."),
    "combine.not_finite": ("组合赋权的第 {criterion_index} 个权重为 {value}，应为有限的数。",
                           "Weight {criterion_index} to combine is {value}; it must be a finite "
                           "number."),
    "combine.negative": ("组合赋权的第 {criterion_index} 个权重为负数（{value}），应不小于 0。",
                         "Weight {criterion_index} to combine is negative ({value}); it must be "
                         "at least 0."),
    "combine.all_zero": ("组合赋权的一组权重全为 0：至少一项准则的权重需大于 0。",
                         "One set of weights to combine is all 0: at least one criterion needs "
                         "a weight above 0."),
    "combine.unknown_method": ("未知的组合赋权方式「{method}」：应为乘法合成或线性加权。",
                               "Unknown combination “{method}”: use multiplicative or linear."),
    "combine.alpha": ("线性组合赋权的系数 α 为 {alpha}，应在 0 到 1 之间。",
                      "The linear combination's α is {alpha}; it must be between 0 and 1."),
    "combine.disjoint": ("乘法合成无法进行：没有一项准则同时具有正的主观权重和正的客观权重。",
                         "The multiplicative combination is undefined: no criterion has both a "
                         "positive subjective and a positive objective weight."),
    # -- COPRAS and rank correlations ----------------------------------------------------------
    "copras.negative": ("COPRAS 要求各值不小于 0，第 {row_index} 行、第 {column_index} 列不是。",
                        "COPRAS needs values of at least 0; row {row_index}, column "
                        "{column_index} is not."),
    "copras.zero_cost": ("第 {row_index} 个方向在所有成本型指标上都为 0，COPRAS 无法计算。",
                         "Direction {row_index} has no cost at all on the cost criteria, which "
                         "COPRAS cannot weigh."),
    "correlate.not_numeric": ("排序相关系数的输入排名不是数字。",
                              "A ranking given to the rank correlation is not numeric."),
    "correlate.shape": ("排序相关系数的输入应为一列排名。",
                        "A ranking given to the rank correlation must be one list of ranks."),
    "correlate.not_finite": ("排序相关系数的输入排名中有非有限值。",
                             "A ranking given to the rank correlation has a rank that is not "
                             "finite."),
    "correlate.length": ("两个排名的方向数不同（{a} 与 {b}），无法比较。",
                         "The two rankings have {a} and {b} directions; they cannot be "
                         "compared."),
    "correlate.unknown_kind": ("未知的排序相关系数「{kind}」：应为斯皮尔曼、加权斯皮尔曼或 WS 相似系数。",
                               "Unknown rank correlation “{kind}”: use Spearman, weighted "
                               "Spearman or WS."),
    # -- the comparison's parameters -----------------------------------------------------------
    "compare.v": ("VIKOR 的折中系数 v 为 {v}，应在 0 到 1 之间。",
                  "VIKOR's strategy weight v is {v}; it must be between 0 and 1."),
    "compare.lambda": ("WASPAS 的系数 λ 为 {lambda}，应在 0 到 1 之间。",
                       "WASPAS's λ is {lambda}; it must be between 0 and 1."),
    "compare.preference_function": ("未知的 PROMETHEE II 偏好函数「{preference_function}」。",
                                    "Unknown PROMETHEE II preference function "
                                    "“{preference_function}”."),
    "compare.promethee_threshold": ("PROMETHEE II 的阈值 {threshold} 无效：应为非负的数，且无差异阈值 q "
                                    "小于严格偏好阈值 p。",
                                    "PROMETHEE II's threshold {threshold} is not valid: it must "
                                    "be a number of at least 0, with the indifference threshold "
                                    "q below the preference threshold p."),
    # -- the portfolio -------------------------------------------------------------------------
    "portfolio.not_numeric": ("投资组合的输入（收益或成本）中有不是数字的值。",
                              "The portfolio's values or costs contain entries that are not "
                              "numbers."),
    "portfolio.shape": ("投资组合的输入个数不一致：每个方向应各有一个收益、一个成本[[（共 {n} 个方向）]]。",
                        "The portfolio's inputs do not match: give each direction one value "
                        "and one cost[[ ({n} directions)]]."),
    "portfolio.not_finite": ("方向「{item}」的收益或成本不是有限的数。",
                             "The value or cost of “{item}” is not a finite number."),
    "portfolio.negative_cost": ("方向「{item}」的成本为负数（{value}），应不小于 0。",
                                "“{item}” has a negative cost ({value}); it must be at least 0."),
    "portfolio.budget": ("预算[[为 {value}]]无效：应为不小于 0 的有限的数。",
                         "The budget[[ ({value})]] is not valid: it must be a finite number of "
                         "at least 0."),
    "portfolio.unknown_item": ("必选或排除名单中的「{item}」不是本组合中的方向。",
                               "“{item}” on the must-include or exclude list is not one of the "
                               "directions."),
    "portfolio.must_and_exclude": ("{items} 既被列为必选又被排除，请只选一种。",
                                   "{items} are both required and excluded: choose one."),
    "portfolio.must_over_budget": ("必选方向[[（{directions}）]][[ {items} ]]的成本合计 {cost}，已超过预算 {budget}。",
                                   "The must-include directions[[ ({directions})]][[ {items}]] "
                                   "cost {cost} together, over the budget of {budget}."),
    "portfolio.bound_invalid": ("「{group}」的投资限额 {value} 无效：应为不小于 0 的有限的数。",
                                "The bound {value} set for “{group}” is not valid: it must be a "
                                "finite number of at least 0."),
    "portfolio.bound_order": ("「{group}」的下限 {min} 大于上限 {max}。",
                              "The minimum {min} set for “{group}” is above its maximum {max}."),
    "portfolio.unknown_group": ("没有任何方向属于「{group}」，无法对它设限。",
                                "No direction belongs to “{group}”, so it cannot be bounded."),
    "portfolio.duplicate_group": ("「{group}」被设了两次限额。",
                                  "“{group}” is bounded twice."),
    "portfolio.group_over_budget": ("「{group}」至少要投入 {value}，已超过预算 {budget}。",
                                    "“{group}” must spend at least {value}, over the budget of "
                                    "{budget}."),
    "portfolio.group_unreachable": ("「{group}」的限额 {value} 无法满足[[：其方向最多能达到 {reachable}]]。",
                                    "The bound {value} set for “{group}” cannot be met[[: its "
                                    "directions reach at most {reachable}]]."),
    "portfolio.infeasible": ("预算 {budget} 内没有同时满足全部约束的投资组合[[：放宽预算或「{industries}」的约束之一即可]][[；放宽其中任一项即可：{constraints}]]。",
                             "No portfolio within the budget of {budget} meets every "
                             "constraint[[: relaxing the budget or a bound of “{industries}” "
                             "would help]][[; relaxing any one of these would: {constraints}]]."),
    "portfolio.solver": ("优化求解器未能完成计算[[（状态 {status}）]]。",
                         "The optimiser stopped before finishing[[ (status {status})]]."),
    "portfolio.unknown_method": ("未知的求解方法「{method}」：应为自动、整数规划或动态规划。",
                                 "Unknown solver “{method}”: use auto, milp or dp."),
    "portfolio.dp_unavailable": ("动态规划求解要求成本为 0.001 的整数倍且没有分组限额；请改用整数规划。",
                                 "The dynamic-programming solver needs costs in whole units (to "
                                 "0.001) and no group bounds; use the MILP solver instead."),
}

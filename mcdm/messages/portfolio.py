"""Sentences for objective and combined weighting and for the portfolio under a budget.

Codes from :mod:`mcdm.project.evaluate_weighting` (notes on an industry's weighting),
:mod:`mcdm.project.portfolio` (why no portfolio, what was left out, which constraints bind),
the schema and the edits of costs and the portfolio definition. Amounts of money arrive formatted
with the project's cost unit (``"12.5 亿元"``).
"""

SENTENCES: dict[str, tuple[str, str]] = {
    # -- weighting notes ---------------------------------------------------------------------
    "weighting.constant_criteria": (
        "“{industry}”：准则“{criteria}”在各方向上得分相同，不含信息，客观权重为 0。",
        "“{industry}”: “{criteria}” give every direction the same score and carry no "
        "information: objective weight 0."),
    "weighting.no_information": (
        "“{industry}”的客观权重无法计算：没有一个准则能区分各方向。",
        "The objective weights of “{industry}” are undefined: no criterion separates its "
        "directions."),
    "weighting.negative_values": (
        "“{industry}”的熵权无法按比重计算：“{criterion}”有负值（极差标准化的熵权法可以处理）。",
        "The entropy weights of “{industry}” are undefined: “{criterion}” has a negative value "
        "(entropy weights with min-max normalization accept it)."),
    "weighting.combination_undefined": (
        "“{industry}”的组合权重无法计算：没有一个准则同时具有正的主观权重和客观权重。",
        "The combined weights of “{industry}” are undefined: no criterion has both a positive "
        "AHP and a positive objective weight."),
    "weighting.fell_back": (
        "因此“{industry}”按 AHP 权重排序。",
        "So “{industry}” is ranked by its AHP weights."),
    # -- why there is no portfolio -----------------------------------------------------------
    "project.portfolio_plan": ("项目文件中有一项产业投资限额不是有效的限额设置。",
                               "An industry's investment bounds in the project file are not a "
                               "valid bounds entry."),
    "portfolio.no_budget": (
        "还没有设定预算：请在“投资组合”页填写预算。",
        "No budget is set yet: enter one on the Portfolio page."),
    "portfolio.no_costs": (
        "还没有任何重点发展方向填写了成本：请在“投资组合”页填写各方向的成本估计。",
        "No priority direction has a cost yet: enter the directions' estimated costs on the "
        "Portfolio page."),
    "portfolio.nothing_ranked": (
        "还没有可参与投资组合的方向：没有一个产业完成了排序。",
        "No direction can enter the portfolio yet: no industry has been ranked."),
    "portfolio.must_no_cost": (
        "必选方向“{direction}”（{industry}）还没有成本估计。",
        "The must-include direction “{direction}” ({industry}) has no cost estimate yet."),
    "portfolio.must_not_ranked": (
        "必选方向“{direction}”（{industry}）尚未排序，没有价值可比。",
        "The must-include direction “{direction}” ({industry}) is not ranked yet, so it has "
        "no value."),
    "portfolio.min_count_unreachable": (
        "“{industry}”至少要选 {value} 个方向，但可选的（有成本、已排序、未排除）只有 {reachable} 个。",
        "“{industry}” needs at least {value} directions, but only {reachable} can be chosen "
        "(costed, ranked, not excluded)."),
    "portfolio.max_count_unreachable": (
        "“{industry}”最多选 {value} 个方向，但必选方向已有 {reachable} 个。",
        "“{industry}” may take at most {value} directions, but {reachable} are must-include."),
    "portfolio.min_spend_unreachable": (
        "“{industry}”的投入至少 {value}，但其可选方向合计只有 {reachable}。",
        "“{industry}” must receive at least {value}, but its directions that can be "
        "chosen cost only {reachable} together."),
    "portfolio.max_spend_unreachable": (
        "“{industry}”的投入最多 {value}，但其必选方向已需 {reachable}。",
        "“{industry}” may receive at most {value}, but its must-include directions "
        "already cost {reachable}."),
    "portfolio.min_spend_over_budget": (
        "“{industry}”的投入至少 {value}，超过了预算 {budget}。",
        "“{industry}” must receive at least {value}, more than the budget of {budget}."),
    "portfolio.infeasible_budget": (
        "预算 {budget} 内没有同时满足全部约束的投资组合：只有提高预算才能满足。",
        "No portfolio within the budget of {budget} meets every constraint: only a "
        "larger budget would."),
    "portfolio.infeasible_bounds": (
        "没有同时满足全部约束的投资组合：放宽“{industries}”的约束之一即可（预算不是原因）。",
        "No portfolio meets every constraint: relaxing a bound of “{industries}” would help "
        "(the budget is not the cause)."),
    "portfolio.infeasible_together": (
        "没有同时满足全部约束的投资组合：这些约束相互冲突，需要同时放宽其中几项。",
        "No portfolio meets every constraint: they conflict, and several must be relaxed "
        "together."),
    "portfolio.no_samples": (
        "还没有蒙特卡洛模拟结果：请先在“蒙特卡洛模拟”页运行模拟。",
        "There is no Monte Carlo run yet: run one on the Monte Carlo page first."),
    # -- what was left out, what binds ---------------------------------------------------------
    "portfolio.no_cost": (
        "“{industry}”有 {count} 个方向没有成本估计，未参与投资组合：{directions}。",
        "{count} direction(s) of “{industry}” have no cost estimate and are left out: "
        "{directions}."),
    "portfolio.not_ranked": (
        "“{industry}”有 {count} 个方向尚未排序，未参与投资组合：{directions}。",
        "{count} direction(s) of “{industry}” are not ranked and are left out: {directions}."),
    "portfolio.binding_budget": (
        "预算是约束：剩余 {slack}，不足以再加入任何方向。",
        "The budget binds: {slack} is left, too little for any other direction."),
    "portfolio.budget_slack": (
        "预算未用满：剩余 {slack}，其余方向都已入选、被排除或不增加价值。",
        "The budget is not used up: {slack} is left, and every other direction is "
        "chosen, excluded or adds no value."),
    "portfolio.tight_min_count": ("“{industry}”：至少 {value} 个方向（恰好达到）。",
                                  "“{industry}”: at least {value} directions (just met)."),
    "portfolio.tight_max_count": ("“{industry}”：最多 {value} 个方向（已用满）。",
                                  "“{industry}”: at most {value} directions (reached)."),
    "portfolio.tight_min_spend": ("“{industry}”：投入至少 {value}（恰好达到）。",
                                  "“{industry}”: at least {value} (just met)."),
    "portfolio.tight_max_spend": ("“{industry}”：投入最多 {value}（已用满）。",
                                  "“{industry}”: at most {value} (reached)."),
    # -- the project file and edits ------------------------------------------------------------
    "project.direction_cost": ("方向的成本应为不小于 0 的有限数。",
                               "A direction's cost must be a finite number of at least 0."),
    "project.portfolio_budget": ("预算应为不小于 0 的有限数。",
                                 "The budget must be a finite number of at least 0."),
    "project.portfolio_weight": ("产业权重应为不小于 0 的有限数。",
                                 "An industry's weight must be a finite number of at least 0."),
    "project.portfolio_bound": ("产业的数量约束应为不小于 0 的整数，投入约束应为不小于 0 的数。",
                                "An industry's bounds must be whole numbers (counts) or "
                                "amounts (spend) of at least 0."),
    "project.portfolio_bound_order": ("产业约束的下限高于上限。",
                                      "An industry's lower bound is above its upper bound."),
    "project.portfolio_industry": ("投资组合中有一个不存在的产业“{industry}”。",
                                   "The portfolio names an industry that does not exist "
                                   "(“{industry}”)."),
    "project.portfolio_direction": ("投资组合中有一个不存在的方向“{direction}”（{industry}）。",
                                    "The portfolio names a direction that does not exist "
                                    "(“{direction}”, {industry})."),
    "project.portfolio_must_and_exclude": (
        "方向“{direction}”（{industry}）不能既是必选又是排除。",
        "The direction “{direction}” ({industry}) cannot be both must-include and excluded."),
    "edit.direction_cost": ("成本应为不小于 0 的有限数。",
                            "A cost must be a finite number of at least 0."),
    "edit.portfolio_budget": ("预算应为不小于 0 的有限数。",
                              "The budget must be a finite number of at least 0."),
    "edit.portfolio_choice": ("方向只能设为必选、排除或不限。",
                              "A direction can only be must-include, excluded or free."),
    "edit.portfolio_plan": ("产业的投资组合设定无效。", "The industry's portfolio plan is invalid."),
}

"""Sentences and words of the command line's edit and output commands, and of a panel roster's
problems.

The command line fills these with text it has already put in the user's language (labels,
names, numbers), so they are described without a project (nothing is relabelled).
"""

_HOW_TO_ADD = ("先用 fourchains-cli expert add {file} --name 姓名 添加专家（或用 "
               "fourchains-cli panel import {file} 名单.csv 导入名单）。",
               "add one with fourchains-cli expert add {file} --name NAME (or a roster with "
               "fourchains-cli panel import {file} roster.csv).")

SENTENCES: dict[str, tuple[str, str]] = {
    # -- naming things ---------------------------------------------------------------------
    "cli.no_experts_named": ("项目还没有专家，找不到“{name}”：" + _HOW_TO_ADD[0],
                             "The project has no experts yet, so there is no “{name}”: "
                             + _HOW_TO_ADD[1]),
    "cli.no_experts_questionnaire": ("项目还没有专家，无法生成问卷：" + _HOW_TO_ADD[0],
                                     "The project has no experts yet, so there is no "
                                     "questionnaire to write: " + _HOW_TO_ADD[1]),
    "cli.unknown_expert": ("没有编号或姓名为“{name}”的专家。现有专家：{candidates}。",
                           "No expert has the id or name “{name}”. The panel: {candidates}."),
    "cli.ambiguous_expert": ("“{name}”可指多位专家：{candidates}。请改用编号。",
                             "“{name}” could be several experts: {candidates}. Name one by "
                             "its id."),
    "cli.no_industries_named": ("项目还没有产业，找不到“{name}”：先用 fourchains-cli industry add "
                                "添加产业。", "The project has no industries yet, so there is no "
                                "“{name}”: add one with fourchains-cli industry add."),
    "cli.unknown_industry": ("没有编号或名称为“{name}”的产业。现有产业：{candidates}。",
                             "No industry has the id or name “{name}”. The industries: "
                             "{candidates}."),
    "cli.ambiguous_industry": ("“{name}”可指多个产业：{candidates}。请改用编号。",
                               "“{name}” could be several industries: {candidates}. Name one "
                               "by its id."),
    "cli.no_directions_named": ("“{industry}”还没有重点发展方向，找不到“{name}”：先用 "
                                "fourchains-cli direction add 添加方向。",
                                "“{industry}” has no priority directions yet, so there is no "
                                "“{name}”: add one with fourchains-cli direction add."),
    "cli.unknown_direction": ("“{industry}”中没有编号或名称为“{name}”的重点发展方向。现有方向："
                              "{candidates}。", "“{industry}” has no direction with the id or "
                              "name “{name}”. Its directions: {candidates}."),
    "cli.ambiguous_direction": ("“{name}”可指“{industry}”中的多个方向：{candidates}。请改用编号。",
                                "“{name}” could be several directions of “{industry}”: "
                                "{candidates}. Name one by its id."),
    "cli.unknown_criterion": ("准则树中没有编号或名称为“{name}”的准则。现有准则：{candidates}。",
                              "The criteria tree has no criterion with the id or name “{name}”. "
                              "Its criteria: {candidates}."),
    "cli.ambiguous_criterion": ("“{name}”可指多个准则：{candidates}。请改用编号。",
                                "“{name}” could be several criteria: {candidates}. Name one by "
                                "its id."),
    # -- what an edit did -------------------------------------------------------------------
    "cli.expert_added": ("已添加专家 {name}，权重 {weight}。",
                         "Added the expert {name} with weight {weight}."),
    "cli.expert_removed": ("已删除专家 {name}，及其 {judgments} 个判断和 {scores} 个打分。",
                           "Removed the expert {name} with their {judgments} judgment(s) and "
                           "{scores} score(s)."),
    "cli.expert_renamed": ("专家 {old} 已改名为 {name}。", "Renamed the expert {old} to {name}."),
    "cli.expert_role": ("专家 {name} 的角色：{role}。", "The expert {name}'s role is now “{role}”."),
    "cli.expert_weight": ("专家 {name} 的权重：{old} → {new}。",
                          "The expert {name}'s weight: {old} → {new}."),
    "cli.label_missing": ("请用 --zh 和/或 --en 给出名称。", "Give a label with --zh and/or --en."),
    "cli.rename_nothing": ("请给出新的名称，或用 --role 给出新的角色。",
                           "Give a new name, or a new role with --role."),
    "cli.panel_imported": ("已从 {file} 导入名单：新增 {added} 位专家，更新 {updated} 位，"
                           "{unchanged} 位不变。", "Imported the roster {file}: {added} expert(s) "
                           "added, {updated} updated, {unchanged} unchanged."),
    "cli.industry_added": ("已添加产业“{label}”。", "Added the industry “{label}”."),
    "cli.industry_removed": ("已删除产业“{label}”，及其 {directions} 个重点发展方向和 {scores} "
                             "个打分。", "Removed the industry “{label}” with its {directions} "
                             "direction(s) and {scores} score(s)."),
    "cli.industry_renamed": ("产业“{old}”已改名为“{label}”。",
                             "Renamed the industry “{old}” to “{label}”."),
    "cli.direction_added": ("已在“{industry}”中添加重点发展方向“{label}”。",
                            "Added the direction “{label}” to “{industry}”."),
    "cli.direction_added_cost": ("已在“{industry}”中添加重点发展方向“{label}”，成本 {cost}。",
                                 "Added the direction “{label}” to “{industry}”, with a cost of "
                                 "{cost}."),
    "cli.direction_removed": ("已从“{industry}”中删除重点发展方向“{label}”，及其 {scores} 个打分。",
                              "Removed the direction “{label}” from “{industry}” with its "
                              "{scores} score(s)."),
    "cli.direction_renamed": ("“{industry}”中的方向“{old}”已改名为“{label}”。",
                              "Renamed the direction “{old}” of “{industry}” to “{label}”."),
    "cli.criterion_added": ("已在“{parent}”下添加准则“{label}”（{type}）。",
                            "Added the {type} criterion “{label}” under “{parent}”."),
    "cli.criterion_needs_judgments": ("“{parent}”下的各项需要重新比较：还没有专家把“{label}”与其他"
                                      "各项比较过。", "The items under “{parent}” need judging "
                                      "again: no expert has compared “{label}” with them yet."),
    "cli.criterion_leaf_scores": ("“{parent}”原为末级准则：其 {scores} 个打分已删除，今后按其下级"
                                  "准则打分。", "“{parent}” was scored directly: its {scores} "
                                  "score(s) were removed; its sub-criteria are scored now."),
    "cli.criterion_removed": ("已删除准则“{label}”（含 {below} 个下级准则），及其 {judgments} 个"
                              "判断和 {scores} 个打分。", "Removed the criterion “{label}” ({below} "
                              "sub-criteria) with {judgments} judgment(s) and {scores} score(s)."),
    "cli.criterion_renamed": ("准则“{old}”已改名为“{label}”。",
                              "Renamed the criterion “{old}” to “{label}”."),
    "cli.criterion_type": ("准则“{label}”现为{type}准则。",
                           "The criterion “{label}” is now a {type} criterion."),
    "cli.criterion_unit": ("准则“{label}”的单位：{unit}。",
                           "The criterion “{label}” is now measured in “{unit}”."),
    "cli.more_problems": ("……另有 {n} 处问题。", "… and {n} more."),
    "cli.setting_set": ("已将{title}由 {old} 改为 {new}。", "{title}: {old} → {new}."),
    "cli.setting_unknown": ("没有名为“{name}”的设置。可用的设置：{choices}。",
                            "There is no setting “{name}”. The settings: {choices}."),
    "cli.setting_no_value": ("请给出{title}（{name}）的新值：{expected}。",
                             "Give a value for {title} ({name}): {expected}."),
    "cli.setting_value": ("{title}（{name}）不能设为“{value}”：应为 {expected}。",
                          "{title} ({name}) cannot be “{value}”: expected {expected}."),
    # -- the portfolio: costs, budget, industry plans, must-include / excluded ---------------
    "cli.direction_cost": ("“{industry}”中方向“{direction}”的成本：{old} → {new}。",
                           "The cost of “{direction}” ({industry}): {old} → {new}."),
    "cli.direction_cost_no_unit": ("“{industry}”中方向“{direction}”的成本：{old} → {new}（项目尚未"
                                   "设定成本单位：可用 fourchains-cli budget {file} --unit 单位 "
                                   "设定）。", "The cost of “{direction}” ({industry}): {old} → "
                                   "{new} (the project has no cost unit yet: set one with "
                                   "fourchains-cli budget {file} --unit UNIT)."),
    "cli.budget_set": ("预算：{old} → {new}。", "Budget: {old} → {new}."),
    "cli.cost_unit_set": ("成本单位：{old} → {new}（预算与各方向成本的数值不变，不做换算）。",
                          "Cost unit: {old} → {new} (the budget and the costs keep their "
                          "numbers; nothing is converted)."),
    "cli.budget_and_unit_set": ("预算：{old} → {new}；成本单位：{old_unit} → {new_unit}（各方向成本"
                                "的数值不变，不做换算）。", "Budget: {old} → {new}; cost unit: "
                                "{old_unit} → {new_unit} (the costs keep their numbers; nothing "
                                "is converted)."),
    "cli.budget_shown": ("预算：{budget}；{total} 个重点发展方向中 {costed} 个填写了成本，合计 "
                         "{sum}；必选 {must} 个，排除 {excluded} 个。",
                         "Budget: {budget}; {costed} of {total} directions have a cost, {sum} "
                         "together; {must} must-include, {excluded} excluded."),
    "cli.industry_plan": ("“{industry}”的投资组合设定：{plan}。",
                          "The portfolio plan of “{industry}”: {plan}."),
    "cli.direction_must": ("已设为必选，投资组合一定包含（“{industry}”）：{directions}。",
                           "Must be in the portfolio (“{industry}”): {directions}."),
    "cli.direction_exclude": ("已从投资组合中排除（“{industry}”）：{directions}。",
                              "Excluded from the portfolio (“{industry}”): {directions}."),
    "cli.direction_free": ("已取消必选或排除，由优化决定是否入选（“{industry}”）：{directions}。",
                           "Neither required nor excluded any more, the optimization decides "
                           "(“{industry}”): {directions}."),
    "cli.cost_invalid": ("“{industry}”中方向“{direction}”的成本不能为“{value}”：应为不小于 0 的数"
                         "[[（单位：{unit}）]]，或用 \"none\" 清除。",
                         "The cost of “{direction}” ({industry}) cannot be “{value}”: expected "
                         "a number ≥ 0[[ in {unit}]], or \"none\" to clear it."),
    "cli.budget_invalid": ("预算不能为“{value}”：应为不小于 0 的数[[（单位：{unit}）]]，或用 "
                           "\"none\" 清除。", "The budget cannot be “{value}”: expected a number "
                           "≥ 0[[ in {unit}]], or \"none\" to clear it."),
    "cli.plan_weight_invalid": ("“{industry}”的产业权重不能为“{value}”：应为不小于 0 的数。",
                                "The portfolio weight of “{industry}” cannot be “{value}”: "
                                "expected a number ≥ 0."),
    "cli.plan_count_invalid": ("“{industry}”的 {option} 不能为“{value}”：应为不小于 0 的整数，或用 "
                               "\"none\" 取消该限额。", "{option} of “{industry}” cannot be "
                               "“{value}”: expected a whole number ≥ 0, or \"none\" to remove "
                               "the bound."),
    "cli.plan_spend_invalid": ("“{industry}”的 {option} 不能为“{value}”：应为不小于 0 的数"
                               "[[（单位：{unit}）]]，或用 \"none\" 取消该限额。",
                               "{option} of “{industry}” cannot be “{value}”: expected a number "
                               "≥ 0[[ in {unit}]], or \"none\" to remove the bound."),
    "cli.plan_count_order": ("“{industry}”至少选 {low} 个方向与最多选 {high} 个方向相互矛盾：上限"
                             "不能低于下限（可同时用 --min-count 和 --max-count 设定）。",
                             "“{industry}” cannot take at least {low} and at most {high} "
                             "directions: the maximum must not be below the minimum (set both "
                             "with --min-count and --max-count)."),
    "cli.plan_spend_order": ("“{industry}”的投入至少 {low} 与最多 {high} 相互矛盾：上限不能低于下限"
                             "（可同时用 --min-spend 和 --max-spend 设定）。",
                             "“{industry}” cannot receive at least {low} and at most {high}: the "
                             "maximum must not be below the minimum (set both with --min-spend "
                             "and --max-spend)."),
    "cli.portfolio_no_budget": ("还没有设定预算：请用 fourchains-cli budget {file} 金额 设定。",
                                "No budget is set yet: set one with fourchains-cli budget {file} "
                                "AMOUNT."),
    "cli.portfolio_no_costs": ("还没有任何重点发展方向填写了成本：请用 fourchains-cli direction cost "
                               "{file} 产业 方向 成本 填写各方向的成本估计。",
                               "No priority direction has a cost yet: enter the directions' "
                               "estimated costs with fourchains-cli direction cost {file} "
                               "INDUSTRY DIRECTION COST."),
    # -- options --------------------------------------------------------------------------
    "cli.option_count": ("{option} 应为 1 到 {most} 之间的整数，而不是 {value}。",
                         "{option} must be a whole number from 1 to {most}, not {value}."),
    "cli.option_seed": ("{option} 应为不小于 0 的整数，而不是 {value}。",
                        "{option} must be a whole number ≥ 0, not {value}."),
    "cli.option_positive": ("{option} 应为大于 0 的有限数，而不是 {value}。",
                            "{option} must be a finite number > 0, not {value}."),
    "cli.option_needs": ("{option} 只能与 {needs} 一起使用。", "{option} only works with {needs}."),
    "cli.csv_folder": ("无法把 CSV 表格写入 {path}：它不是文件夹。",
                       "Cannot write the CSV tables to {path}: it is not a folder."),
    # -- what evaluate --sensitivity / --monte-carlo add --------------------------------------
    "cli.sensitivity_raise": ("最小的改变：把“{criterion}”的权重从 {old} 提高到 {new}（{change}），"
                              "“{new_top}”将取代“{top}”排名第一。", "Smallest change that changes "
                              "the top: raising “{criterion}” from {old} to {new} ({change}) puts "
                              "“{new_top}” ahead of “{top}”."),
    "cli.sensitivity_lower": ("最小的改变：把“{criterion}”的权重从 {old} 降低到 {new}（{change}），"
                              "“{new_top}”将取代“{top}”排名第一。", "Smallest change that changes "
                              "the top: lowering “{criterion}” from {old} to {new} ({change}) puts "
                              "“{new_top}” ahead of “{top}”."),
    "cli.sensitivity_stable": ("改变任何单个准则的权重都不会改变排名第一的方向（“{top}”）。",
                               "No change of a single criterion weight displaces the top direction "
                               "(“{top}”)."),
    "cli.monte_carlo_note": ("蒙特卡洛模拟：{n} 次抽样（{sampler}{noise}），随机种子 {seed}；"
                             "“{p_top}”为保持在前 {k} 名的概率。",
                             "Monte Carlo: {n} samples ({sampler}{noise}), seed {seed}; “{p_top}” "
                             "is the probability of staying in the top {k}."),
    # -- a panel roster (mcdm.project.roster) ------------------------------------------------
    "roster.unreadable": ("无法读取名单 {file}。", "Cannot read the roster {file}."),
    "roster.too_large": ("{file} 过大，不像是专家名单。", "{file} is too large to be a roster."),
    "roster.format": ("无法从 {file} 读取名单：请使用 .csv 或 .xlsx 文件。",
                      "Cannot read a roster from {file}: use a .csv or .xlsx file."),
    "roster.encoding": ("{file} 既不是 UTF-8 也不是 GB 18030 文本：请在 Excel 中另存为“CSV UTF-8”。",
                        "{file} is neither UTF-8 nor GB 18030 text: save it from Excel as "
                        "“CSV UTF-8”."),
    "roster.csv": ("{file} 不是可读的 CSV 表格。", "{file} is not a readable CSV table."),
    "roster.rejected": ("名单中有 {count} 处问题，专家组未作任何修改。",
                        "The roster has {count} problem(s); the panel is unchanged."),
    "roster.no_name_column": ("{file} 第 {row} 行没有“姓名”列：第一行应为列名，如 姓名、"
                              "角色、权重。", "{file}, row {row}: no name column; the first row "
                              "names the columns, e.g. name, role, weight."),
    "roster.empty": ("{file} 中没有专家：第一行为列名（姓名、角色、权重），之后每位专家一行。",
                     "{file} holds no experts: a header row (name, role, weight), then one row "
                     "per expert."),
    "roster.too_many_rows": ("{file} 的行数过多，不像是专家名单。",
                             "{file} has too many rows to be a roster."),
    "roster.name_empty": ("{file} 第 {row} 行“{column}”列：姓名为空。",
                          "{file}, row {row}, column “{column}”: the name is empty."),
    "roster.duplicate_name": ("{file} 第 {row} 行“{column}”列：“{name}”已在第 {first_row} 行出现。",
                              "{file}, row {row}, column “{column}”: “{name}” is already on row "
                              "{first_row}."),
    "roster.ambiguous_name": ("{file} 第 {row} 行“{column}”列：专家组中有多位专家名为“{name}”，"
                              "无法确定更新哪一位；请先用 fourchains-cli expert rename 区分他们。",
                              "{file}, row {row}, column “{column}”: several experts on the panel "
                              "are named “{name}”, so it is unclear whom to update; tell them "
                              "apart first with fourchains-cli expert rename."),
    "roster.weight_invalid": ("{file} 第 {row} 行“{column}”列：权重“{value}”无效，应为不小于 0 "
                              "的数（留空为 1）。", "{file}, row {row}, column “{column}”: the "
                              "weight “{value}” is not a number ≥ 0 (blank means 1)."),
    "roster.formula": ("{file} 第 {row} 行“{column}”列是公式（{value}）：请直接填写内容。",
                       "{file}, row {row}, column “{column}” holds a formula ({value}): type the "
                       "value instead."),
    "roster.text_invalid": ("{file} 第 {row} 行“{column}”列含有控制字符。",
                            "{file}, row {row}, column “{column}” holds a control character."),
    "roster.column_ignored": ("{file}：已忽略“{column}”列（只读取姓名、角色、权重）。",
                              "{file}: the column “{column}” is ignored (only name, role and "
                              "weight are read)."),
    "roster.encoding_guessed": ("{file} 已按 GB 18030 编码读取（Excel 中文版另存的 CSV）。",
                                "{file} was read as GB 18030 text (a CSV saved by Chinese Excel)."),
}

# Words of the portfolio's edit commands: amounts not set, an industry's plan in a sentence, the
# columns ``direction list`` and ``industry list`` add once a cost or a plan is set.
WORDS: dict[str, tuple[str, str]] = {
    "cli.not_set": ("未填写", "not set"),
    "cli.no_unit": ("无", "none"),
    "cli.plan_weight": ("产业权重 {weight}", "weight {weight}"),
    "cli.plan_min_count": ("至少 {n} 个方向", "at least {n} direction(s)"),
    "cli.plan_max_count": ("最多 {n} 个方向", "at most {n} direction(s)"),
    "cli.plan_min_spend": ("投入至少 {amount}", "spend at least {amount}"),
    "cli.plan_max_spend": ("投入最多 {amount}", "spend at most {amount}"),
    "cli.plan_no_bounds": ("不设限额", "no bounds"),
    "cli.cost_header": ("成本", "Cost"),
    "cli.cost_header_unit": ("成本（{unit}）", "Cost ({unit})"),
    "cli.choice_header": ("投资组合", "Portfolio"),
    "cli.choice.must": ("必选", "must include"),
    "cli.choice.exclude": ("排除", "excluded"),
    "cli.plan_weight_header": ("产业权重", "Weight"),
    "cli.plan_count_header": ("方向数限额", "Count bounds"),
    "cli.plan_spend_header": ("投入限额", "Spend bounds"),
    "cli.plan_spend_header_unit": ("投入限额（{unit}）", "Spend bounds ({unit})"),
}

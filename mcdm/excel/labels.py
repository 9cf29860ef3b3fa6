"""Every word a workbook shows, in Chinese and English (terms from the project glossary).

Workbooks are documents handed to people, not UI, so their text lives here with the engine rather
than in Qt's translation files. ``tr(key, lang)`` falls back to English for an unknown language.
"""

from __future__ import annotations

# Saaty's verbal scale, levels 1..9 (Saaty 1980, Table 1.1; Chinese textbook terms 1–9 标度).
VERBAL_LEVELS: dict[str, tuple[str, ...]] = {
    "zh": ("1 同等重要", "2 同等～稍微重要", "3 稍微重要", "4 稍微～明显重要", "5 明显重要",
           "6 明显～强烈重要", "7 强烈重要", "8 强烈～极端重要", "9 极端重要"),
    "en": ("1 equal", "2 equal to moderate", "3 moderate", "4 moderate to strong", "5 strong",
           "6 strong to very strong", "7 very strong", "8 very strong to extreme", "9 extreme"),
}

_T: dict[str, tuple[str, str]] = {
    # questionnaire
    "q.title": ("专家调查问卷（两两比较与打分）", "Expert questionnaire (pairwise comparisons and scores)"),
    "q.sheet.instructions": ("填写说明", "Instructions"),
    "q.sheet.judgments": ("两两比较", "Pairwise comparisons"),
    "q.sheet.scores": ("打分", "Scores"),
    "q.project": ("项目", "Project"),
    "q.expert": ("专家", "Expert"),
    "q.illustrative": ("示例数据，仅供演示。", "Illustrative data, for demonstration only."),
    "q.instructions": (
        "1. 在“两两比较”表中，每一行比较同一准则下的两个因素 A 与 B。\n"
        "2. 若 A 比 B 重要，在“A 更重要”列选择重要程度；若 B 比 A 重要，在“B 更重要”列选择。"
        "两者同等重要时，在任一列选择“1 同等重要”。每行只填一侧。也可直接输入数字（如 5、５）"
        "或不带空格的标度（如“5明显重要”）；“1/5”表示反向比较。\n"
        "3. 不确定时请留空：留空表示缺失判断，不会被当作“同等重要”。但每组判断须把所有因素联系起来"
        "（例如 A–B、B–C），否则无法计算权重，表中会标红并列出被隔开的因素。\n"
        "4. 每个判断矩阵旁实时显示权重、几何一致性指标 GCI 和一致性比率 CR，旁注说明所用方法及是否与软件一致；"
        "变红表示未通过一致性检验，请复核该组判断（不强制修改）。\n"
        "5. 在各产业的打分表中，为每个重点发展方向在每项准则上打分（允许范围见表头），留空表示不打分。"
        "灰色的实测数据由组织者填写，无需修改。\n"
        "6. 只有浅黄色单元格可以填写；请不要重命名或删除工作表，填好后保存为 .xlsx 交回。",
        "1. On the \"Pairwise comparisons\" sheet each row compares two items A and B under the same criterion.\n"
        "2. If A matters more than B, choose how much in the \"A matters more\" column; if B matters more, use "
        "the \"B matters more\" column. If they matter equally, choose \"1 equal\" in either column. Answer one side only. "
        "You may also type the number (5) or the label without the space (\"5strong\"); \"1/5\" is the reverse comparison.\n"
        "3. Leave a row blank when unsure: blank means a missing judgment, not \"equal\". But each block's answers "
        "must link every item (e.g. A–B, B–C), or no weights can be computed: the sheet turns red and names the "
        "items cut off.\n"
        "4. Beside each block the weights, the geometric consistency index GCI and the consistency ratio CR update "
        "as you type, with a note naming the method and whether it is the app's; red means the block fails the "
        "consistency check, so please review those judgments (changing them is up to you).\n"
        "5. On each industry's score sheet, score every priority direction on every criterion (the allowed "
        "range is in the header); leave a cell blank for no score. Grey measured values are the facilitator's; "
        "leave them as they are.\n"
        "6. Only the pale yellow cells can be edited. Do not rename or delete sheets; save as .xlsx and return it."),
    "q.instructions_round": (
        "第 {k} 轮：每对比较旁列出你第 {prev} 轮的回答、专家组第 {prev} 轮的群体判断值 a(A,B)（加权几何平均，"
        "大于 1 表示 A 更重要）及其离散程度（几何标准差）。答案栏已预先填入你上一轮的回答，可保留或修改；"
        "与群体差异较大的回答会标红，若保留，请在“保留意见的理由”栏简要说明。",
        "Round {k}: beside each pair you see your round-{prev} answer, the panel's round-{prev} judgment "
        "a(A,B) (weighted geometric mean; above 1 means A matters more) and its spread (geometric standard "
        "deviation). The answer columns hold your round-{prev} answer: keep it or change it. An answer far "
        "from the group turns red; if you keep it, please give a short reason in the \"Reason\" column."),
    "q.level": ("重要程度", "Intensity"),
    "q.level_value": ("判断值", "Judgment value"),
    "q.level_reverse": ("反向比较（倒数）", "Reverse comparison (reciprocal)"),
    "q.node": ("判断矩阵", "Judgment matrix"),
    "q.under": ("准则", "Criterion"),
    "q.no": ("序号", "No."),
    "q.item_a": ("因素 A", "Item A"),
    "q.item_b": ("因素 B", "Item B"),
    "q.a_more": ("A 更重要（程度）", "A matters more (how much)"),
    "q.b_more": ("B 更重要（程度）", "B matters more (how much)"),
    "q.value": ("判断值 a(A,B)", "Judgment a(A,B)"),
    "q.check": ("检查", "Check"),
    "q.both_sides": ("两侧都填了", "both sides answered"),
    "q.unknown_level": ("不在标度内", "not on the scale"),
    "q.weights": ("权重（几何平均法）", "Weights (geometric mean)"),
    "q.weights_eigen": ("权重（特征向量法）", "Weights (eigenvector)"),
    "q.cr": ("一致性比率 CR", "Consistency ratio CR"),
    "q.method.eigen": ("权重按特征向量法（幂迭代）计算，与软件一致；CR 为精确值。",
                       "Weights by the eigenvector method (power iteration), as in the app; the "
                       "CR is exact."),
    "q.method.harker": ("近似值：有缺失判断时，此处按 Harker 法补全后求特征向量；软件按使 λmax 最小的最优补全"
                        "（Bozóki 等，2010）计算，权重略有差异，此处的 CR 不低于软件的 CR。",
                        "Approximate: with missing judgments the sheet uses Harker's completion; the "
                        "app fills them so as to minimise λmax (Bozóki et al. 2010), so its weights "
                        "differ slightly and its CR is no higher than the sheet's."),
    "q.method.gm": ("权重按几何平均法（方根法）计算，有缺失判断时按对数最小二乘法（LLSM），与软件一致；"
                    "CR 为近似值。",
                    "Weights by the geometric mean method (with missing judgments: logarithmic "
                    "least squares, LLSM), as in the app; the CR is approximate."),
    "q.cut_off": ("判断不足，无法计算权重：以下因素与其余因素没有联系——",
                  "Not enough answers to weight this block; cut off from the rest: "),
    "q.round": ("第 {k} 轮", "Round {k}"),
    "q.own": ("你第 {k} 轮的回答", "Your round-{k} answer"),
    "q.group": ("群体判断值 a(A,B)（第 {k} 轮）", "Group's judgment a(A,B) (round {k})"),
    "q.spread": ("离散程度（几何标准差）", "Spread (geometric SD)"),
    "q.far": ("与群体差异", "Far from the group?"),
    "q.far_mark": ("差异较大", "far from the group"),
    "q.reason": ("保留意见的理由", "Reason for keeping an answer"),
    "q.measured": ("实测数据（由组织者填写）", "measured (filled in by the facilitator)"),
    "q.gci": ("几何一致性指标 GCI", "Geometric consistency index GCI"),
    "q.gci_threshold": ("GCI 阈值", "GCI threshold"),
    "q.cr_approx": ("一致性比率 CR（近似）", "Consistency ratio CR (approx.)"),
    "q.cr_threshold": ("CR 阈值", "CR threshold"),
    "q.answered": ("已回答", "Answered"),
    "q.scores_title": ("重点发展方向打分", "Scores of priority directions"),
    "q.direction": ("重点发展方向", "Priority direction"),
    "q.range": ("允许范围", "Allowed range"),
    "q.any_number": ("任意数值", "any number"),
    "q.error_title": ("输入无效", "Invalid entry"),
    "q.error_level": ("请从列表中选择重要程度，或留空。", "Choose an intensity from the list, or leave blank."),
    "q.error_score": ("请输入 {lo} 到 {hi} 之间的数值，或留空。", "Enter a number from {lo} to {hi}, or leave blank."),
    "q.error_number": ("请输入数值，或留空。", "Enter a number, or leave blank."),
    "q.benefit": ("效益型", "benefit"),
    "q.cost": ("成本型", "cost"),
    "q.unit": ("单位", "unit"),
    "q.panel_title": ("专家组调查问卷", "Panel questionnaire"),
    # results workbook
    "r.sheet.summary": ("摘要", "Summary"),
    "r.compared_under": ("比较层次", "Compared under"),
    "r.sheet.weights": ("权重", "Weights"),
    "r.sheet.scores": ("打分汇总", "Scores"),
    "r.sheet.compare": ("方法比较", "Method comparison"),
    "r.sheet.sensitivity": ("灵敏度分析", "Sensitivity"),
    "r.topsis": ("TOPSIS（逼近理想解排序法）", "TOPSIS"),
    "r.topsis_note": ("以下各步均为公式：修改黄色的权重单元格即可看到排序的变化。",
                      "Every step below is a formula: change a yellow weight cell to see the ranking change."),
    "r.decision_matrix": ("决策矩阵", "Decision matrix"),
    "r.ahp_weight": ("AHP 全局权重（见“权重”表）", "AHP global weight (Weights sheet)"),
    "r.own_share": ("实测指标占比 s（AHP 权重 × (1 − s)）", "Measured criteria's share s (AHP × (1 − s))"),
    "r.measured": ("实测指标", "measured"),
    "r.sheet.raw": ("专家打分", "Expert scores"),
    "r.sheet.montecarlo": ("蒙特卡洛", "Monte Carlo"),
    "r.raw_note": ("各专家的原始打分与每个单元格的答题人数。", "Each expert's own scores and the number of respondents per cell."),
    "r.respondents": ("答题人数", "Respondents"),
    "r.aij": ("群组判断矩阵（AIJ：加权几何平均）", "Group judgment matrix (AIJ: weighted geometric mean)"),
    "r.mc_note": ("蒙特卡洛模拟：对专家组重抽样后重新计算权重与排序。", "Monte Carlo: the panel resampled, weights and rankings recomputed."),
    "r.mc_samples": ("样本数", "Samples"),
    "r.mc_sampler": ("抽样方式", "Sampler"),
    "r.mc_seed": ("随机种子", "Seed"),
    "r.mc_top_k": ("前 k 名", "Top k"),
    "r.p_top": ("进入前{k}名的概率", "P(top {k})"),
    "r.mean_closeness": ("平均贴近度", "Mean closeness"),
    "r.type": ("指标类型", "Criterion type"),
    "r.weight": ("权重", "Weight"),
    "r.normalized": ("规范化矩阵", "Normalized matrix"),
    "r.normalization": ("规范化方法", "Normalization"),
    "r.weighted": ("加权规范化矩阵", "Weighted normalized matrix"),
    "r.ideal": ("正理想解 A⁺", "Positive ideal solution A⁺"),
    "r.anti_ideal": ("负理想解 A⁻", "Negative ideal solution A⁻"),
    "r.d_plus": ("与正理想解的距离 D⁺", "Distance to the positive ideal D⁺"),
    "r.d_minus": ("与负理想解的距离 D⁻", "Distance to the negative ideal D⁻"),
    "r.closeness": ("相对贴近度 C", "Relative closeness C"),
    "r.rank": ("排名", "Rank"),
    "r.result": ("排序结果", "Ranking"),
    "r.top_directions": ("各产业排名靠前的重点发展方向", "Top priority directions per industry"),
    "r.industry": ("产业", "Industry"),
    "r.group_weights": ("专家组权重（全局权重）", "Group weights (global)"),
    "r.global_weight": ("全局（综合）权重", "Global weight"),
    "r.local_weight": ("局部权重", "Local weight"),
    "r.consensus": ("共识度", "Consensus"),
    "r.consensus_s": ("共识度 S*", "Consensus S*"),
    "r.overall_consensus": ("总体共识度", "Overall consensus"),
    "r.weights_note": ("专家组的局部与全局权重、一致性比率 CR、几何一致性指标 GCI 和共识度；超过阈值的 CR 标红。",
                       "The group's local and global weights, consistency ratio CR, geometric consistency "
                       "index GCI and consensus; CRs above the threshold are red."),
    "r.scores_note": ("各产业的集结决策矩阵（专家打分的均值）及其离散程度（标准差）。",
                      "Each industry's aggregated decision matrix (mean of the experts' scores) and its "
                      "dispersion (standard deviation)."),
    "r.aggregated": ("集结决策矩阵", "Aggregated decision matrix"),
    "r.dispersion": ("离散程度（标准差）", "Dispersion (standard deviation)"),
    "r.compare_note": ("其他多准则方法在同一问题上的排名及排序相关系数（斯皮尔曼）。",
                       "Rankings by other MCDM methods on the same problem and their rank correlations (Spearman)."),
    "r.ranks_by_method": ("各方法排名", "Ranks by method"),
    "r.rank_spread": ("排名极差", "Rank spread"),
    "r.spearman": ("排序相关系数（斯皮尔曼）", "Rank correlation (Spearman)"),
    "r.corr.spearman": ("斯皮尔曼系数", "Spearman coefficient"),
    "r.corr.weighted_spearman": ("加权斯皮尔曼系数", "Weighted Spearman coefficient"),
    "r.corr.ws": ("WS 相似系数", "WS coefficient"),
    "r.reversal_points": ("排序逆转点（离当前权重最近的 {shown} 个，共 {total} 个）",
                          "Rank reversal points ({shown} nearest the current weights, of {total})"),
    "r.no_reversal": ("在任何单一权重变化下排序都不会逆转。", "No single weight change reverses the ranking."),
    "r.at_weight": ("逆转时的权重", "Weight at the reversal"),
    "r.rises": ("上升的方向", "Direction that rises"),
    "r.falls": ("被超过的方向", "Direction overtaken"),
    "r.stable_from": ("排序稳定区间下限", "Ranking stable from"),
    "r.stable_to": ("排序稳定区间上限", "Ranking stable to"),
    "r.top_from": ("首位稳定区间下限", "Top direction stable from"),
    "r.top_to": ("首位稳定区间上限", "Top direction stable to"),
    "r.reversals": ("排序逆转点数", "Rank reversals"),
    "r.curve": ("相对贴近度随权重变化", "Closeness as the weight changes"),
    "r.sensitivity_note": ("单因素权重灵敏度：某一准则权重变化（其余按比例调整）时排序保持不变的稳定区间；"
                           "蒙特卡洛模拟的排名可接受度。",
                           "One-at-a-time weight sensitivity: the stability interval of each criterion's "
                           "weight (others rescaled proportionally) within which the ranking holds; "
                           "Monte Carlo rank acceptability."),
    "r.minimal_change": ("最小改变：{criterion} 的权重从 {frm} 变为 {to} 时，首位变为 {top}。",
                         "Smallest change: moving the weight of {criterion} from {frm} to {to} makes {top} first."),
    "r.acceptability": ("排名可接受度（蒙特卡洛模拟）", "Rank acceptability (Monte Carlo)"),
    "r.settings": ("方法设置", "Method settings"),
    "r.weight_used": ("排序所用权重", "Weights that ranked"),
    "r.subjective_weight": ("主观权重（AHP）", "AHP (subjective) weights"),
    # objective weights sheet
    "r.sheet.objective": ("客观赋权", "Objective weights"),
    "r.objective_note": ("各步均为公式：决策矩阵链接自 TOPSIS 表，“排序所用权重”一行即 TOPSIS 表的权重。",
                         "Every step is a formula: the decision matrix is linked to the TOPSIS "
                         "sheet, and the row \"Weights that ranked\" is the TOPSIS sheet's weights."),
    "r.three_vectors": ("三种权重对比", "The three weight vectors"),
    "r.ranked_mark": ("✓ 排序所用", "✓ ranked"),
    "r.linked_matrix": ("决策矩阵（链接自 TOPSIS 表）", "Decision matrix (linked to the TOPSIS sheet)"),
    "r.constant": ("无差异（常数列）", "Constant (no spread)"),
    "r.constant_yes": ("是，权重为 0", "yes: weight 0"),
    "r.minmax_r": ("极差标准化 r_ij（成本型反向，常数列为 1）",
                   "Min-max normalized r_ij (costs reversed; 1 in a constant column)"),
    "r.shares_x": ("比重 p_ij = x_ij / Σ_i x_ij（常数列为 1/m）",
                   "Shares p_ij = x_ij / Σ_i x_ij (1/m in a constant column)"),
    "r.shares_r": ("比重 p_ij = r_ij / Σ_i r_ij（常数列为 1/m）",
                   "Shares p_ij = r_ij / Σ_i r_ij (1/m in a constant column)"),
    "r.entropy": ("信息熵 e_j = −Σ p ln p / ln m（0·ln 0 = 0）",
                  "Entropy e_j = −Σ p ln p / ln m (0·ln 0 = 0)"),
    "r.divergence": ("差异系数 d_j = 1 − e_j", "Divergence d_j = 1 − e_j"),
    "r.entropy_weight": ("客观权重 w_j = d_j / Σ d", "Objective weight w_j = d_j / Σ d"),
    "r.sigma": ("标准差 σ_j（样本）", "Standard deviation σ_j (sample)"),
    "r.correlation": ("相关系数 r_jk（“—”：常数列，不参与）",
                      "Correlation r_jk (\"—\": a constant column, left out)"),
    "r.conflict": ("冲突性 Σ_k (1 − r_jk)", "Conflict Σ_k (1 − r_jk)"),
    "r.information": ("信息量 C_j = σ_j × Σ_k (1 − r_jk)", "Information C_j = σ_j × Σ_k (1 − r_jk)"),
    "r.critic_weight": ("客观权重 w_j = C_j / Σ C", "Objective weight w_j = C_j / Σ C"),
    "r.scaled_ahp": ("AHP 权重 a_j（归一化）", "AHP weights a_j (scaled to sum 1)"),
    "r.scaled_objective": ("客观权重 o_j（归一化）", "Objective weights o_j (scaled to sum 1)"),
    "r.multiplicative": ("组合权重 w_j = a_j·o_j / Σ a·o", "Combined w_j = a_j·o_j / Σ a·o"),
    "r.linear": ("组合权重 w_j = α·a_j + (1 − α)·o_j", "Combined w_j = α·a_j + (1 − α)·o_j"),
    "r.steps": ("计算步骤：{method}", "Steps: {method}"),
    "r.objective_reference": ("本项目按 AHP 权重排序：客观权重与组合权重仅供对照。",
                              "This project ranks by the AHP weights: the objective and combined "
                              "weights are shown for comparison."),
    # rounds sheet
    "r.sheet.rounds": ("轮次", "Rounds"),
    "r.rounds_title": ("轮次（德尔菲法咨询）：当前第 {k} 轮", "Rounds (Delphi-style consultation): round {k} now"),
    "r.rounds_note": ("每轮结束时专家组的共识度 S* 与判断的离散程度，以及每轮中改变了回答的专家。",
                      "The panel's consensus S* and the dispersion of its judgments at each round, "
                      "and the experts who changed answers in each round."),
    "r.round": ("轮次", "Round"),
    "r.closed": ("结束时间", "Closed"),
    "r.in_progress": ("进行中", "in progress"),
    "r.round_s": ("第{k}轮 S*", "Round {k} S*"),
    "r.round_gsd": ("第{k}轮离散度", "Round {k} dispersion"),
    "r.delta_s": ("S* 变化（第{a}→{b}轮）", "S* change (round {a}→{b})"),
    "r.nodes_by_round": ("各判断矩阵的共识度与离散程度", "Consensus and dispersion per node"),
    "r.dispersion_note": ("离散度：至少两位专家回答的各对比较的几何标准差的平均值（越接近 1 越一致）。",
                          "Dispersion: the mean geometric standard deviation over the pairs at "
                          "least two experts answered (the closer to 1, the closer the panel)."),
    "r.moves": ("改变了回答的专家", "Experts who changed answers"),
    "r.changed": ("改变的判断数", "Judgments changed"),
    "r.shift": ("平均变化 |ln(新/旧)|", "Mean change |ln(new/old)|"),
    "r.toward": ("相对上一轮群体判断", "Against the last round's group"),
    "r.toward_yes": ("更接近群体", "toward the group"),
    "r.toward_no": ("远离群体", "away from the group"),
    "r.nobody_moved": ("第 {k} 轮中无人改变回答。", "Nobody changed an answer in round {k}."),
    # portfolio sheet
    "r.sheet.portfolio": ("投资组合", "Portfolio"),
    "r.portfolio_note": (
        "每个方向的价值 = 相对贴近度 × 所在产业的权重；投资组合是在预算和各项约束内总价值最大的方向组合"
        "（0–1 规划，精确求解）。哪些方向入选是求解的结果；贴近度链接自 TOPSIS 表，价值、投入与合计均为公式。",
        "A direction's value is its closeness × its industry's weight; the portfolio is the set of "
        "directions with the largest total value within the budget and the constraints (0–1 "
        "programming, solved exactly). Which directions are chosen is the solver's answer; the "
        "closeness is linked to the TOPSIS sheets, and values, spend and totals are formulas."),
    "r.overview": ("概况", "Overview"),
    "r.budget": ("预算", "Budget"),
    "r.spend": ("投入", "Spend"),
    "r.total_value": ("总价值", "Total value"),
    "r.budget_left": ("剩余预算", "Budget left"),
    "r.chosen_count": ("入选方向数", "Directions chosen"),
    "r.candidates": ("候选方向数（有成本且已排序）", "Candidates (ranked, with a cost)"),
    "r.solver": ("求解方法", "Solver"),
    "r.solver.milp": ("0–1 整数规划（HiGHS），精确解", "0–1 integer programming (HiGHS), exact"),
    "r.solver.dp": ("动态规划，精确解", "dynamic programming, exact"),
    "r.constraints": ("约束情况", "Constraints"),
    "r.by_industry": ("各产业的候选方向（入选者标 ✓）", "Candidates by industry (chosen ones ✓)"),
    "r.industry_weight": ("产业权重", "Industry weight"),
    "r.value": ("价值", "Value"),
    "r.cost": ("成本", "Cost"),
    "r.choice": ("必选 / 排除", "Must / exclude"),
    "r.must": ("必选", "must include"),
    "r.exclude": ("排除", "exclude"),
    "r.chosen": ("入选", "Chosen"),
    "r.frequency": ("入选频率", "Chosen in"),
    "r.total": ("合计", "Total"),
    "r.industry_line": ("入选 {chosen} / {candidates} 个", "{chosen} of {candidates} chosen"),
    "r.bound.min_count": ("至少 {value} 个方向", "at least {value} directions"),
    "r.bound.max_count": ("最多 {value} 个方向", "at most {value} directions"),
    "r.bound.min_spend": ("投入至少 {value}", "spend at least {value}"),
    "r.bound.max_spend": ("投入最多 {value}", "spend at most {value}"),
    "r.bound_met": ("（起约束作用）", " (binds)"),
    "r.left_out": ("未参与的方向", "Directions left out"),
    "r.frontier": ("有效前沿：各预算下的最优总价值", "Efficient frontier: the best total value at each budget"),
    "r.best_value": ("最优总价值", "Best total value"),
    "r.this_portfolio": ("本组合", "This portfolio"),
    "r.infeasible_mark": ("无可行组合", "none feasible"),
    "r.no_portfolio": ("没有投资组合", "No portfolio"),
    "r.robustness_note": ("入选频率：在 {n} 次蒙特卡洛模拟中，该方向进入最优组合的比例（预算与约束相同）。",
                          "Chosen in: the share of the {n} Monte Carlo samples in which the "
                          "direction is in the optimal portfolio (same budget and constraints)."),
}


def tr(key: str, lang: str, **params: object) -> str:
    zh, en = _T[key]
    text = zh if lang == "zh" else en
    return text.format(**params) if params else text


def levels(lang: str) -> tuple[str, ...]:
    return VERBAL_LEVELS["zh" if lang == "zh" else "en"]


def type_format(lang: str) -> str:
    """Number format showing +1 as "benefit" and −1 as "cost" while the cell stays a number."""
    return f'"{tr("q.benefit", lang)}";"{tr("q.cost", lang)}"'

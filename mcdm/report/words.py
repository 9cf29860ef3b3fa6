"""Every word the report prints, ``code → (zh, en)`` (one plain table, so the message catalogue
can absorb it later). Setting values are named by :mod:`mcdm.project.settings`; placeholders are
``str.format`` fields. Terms follow the project glossary."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # title page
    "report": ("决策分析报告", "Decision analysis report"),
    "subtitle": ("层次分析法（AHP）专家赋权与 TOPSIS 重点发展方向排序",
                 "Expert weighting by AHP and ranking of priority directions by TOPSIS"),
    "date": ("报告日期：{date}", "Date: {date}"),
    "made_by": ("由四链决策工作台生成", "Made with FourChains Decision Studio"),
    "illustrative_notice": ("示例数据，仅供演示：本报告中的专家、判断与打分均为虚构，不代表任何真实评估结论。",
                            "Illustrative data, for demonstration only: the experts, judgments "
                            "and scores in this report are invented and reach no real conclusion."),
    "panel_line": ("专家组：{n} 位专家；准则：{leaves} 项；产业：{industries} 个",
                   "Panel: {n} experts; criteria: {leaves}; industries: {industries}"),
    "caption_figure": ("图{n}　{text}", "Figure {n}. {text}"),
    "caption_table": ("表{n}　{text}", "Table {n}. {text}"),
    "page": ("第 {page} 页", "Page {page}"),
    # chapters
    "h.method": ("1　方法", "1 Method"),
    "h.panel": ("2　专家组", "2 The panel"),
    "h.weights": ("3　群组权重", "3 Group weights"),
    "h.rankings": ("4　各产业重点发展方向排序", "4 Ranking of priority directions by industry"),
    "h.industry": ("4.{k}　{industry}", "4.{k} {industry}"),
    "h.appendix": ("附录　完整数据表", "Appendix: full tables"),
    "h.references": ("参考文献", "References"),
    "h.ranking": ("排序结果", "Ranking"),
    "h.stability": ("稳定性", "Stability"),
    "h.montecarlo": ("蒙特卡洛模拟", "Monte Carlo simulation"),
    "h.comparison": ("方法对比", "Method comparison"),
    # method paragraphs
    "m.scale": (
        "判断标度。专家对同一上级准则下的各项两两比较，采用{scale}给出判断值 a_ij（a_ji = 1/a_ij），"
        "构成判断矩阵（Saaty，1977；1980）。",
        "Judgment scale. Experts compare the items under each criterion pairwise on the {scale} "
        "scale, giving a judgment a_ij with a_ji = 1/a_ij; the judgments form a pairwise "
        "comparison matrix (Saaty, 1977; 1980)."),
    "m.priority": (
        "权重计算。权重向量由{method}求得：特征向量法取最大特征值 λmax 对应的归一化特征向量"
        "（Saaty，1977），几何平均法取各行几何平均后归一化（Crawford 与 Williams，1985）。"
        "缺失判断由不完全判断矩阵的最优补全给出（Harker，1987）。",
        "Priorities. Weights are computed by the {method} method: the eigenvector method takes "
        "the normalized principal eigenvector of λmax (Saaty, 1977); the geometric mean method "
        "normalizes the rows' geometric means (Crawford & Williams, 1985). Missing judgments are "
        "completed as in incomplete pairwise comparison matrices (Harker, 1987)."),
    "m.consistency": (
        "一致性检验。一致性指标 CI = (λmax − n)/(n − 1)，一致性比率 CR = CI/RI，RI 取自{ri}的平均"
        "随机一致性指标（表1）；CR ≤ {threshold} 视为通过一致性检验。另报告几何一致性指标 GCI"
        "（Aguarón 与 Moreno-Jiménez，2003），其阈值 0.31（n = 3）、0.35（n = 4）、0.37（n > 4）"
        "与 CR = 0.1 相当。",
        "Consistency. CI = (λmax − n)/(n − 1) and CR = CI/RI, with the random index RI of the "
        "{ri} table (Table 1); CR ≤ {threshold} passes the consistency check. The geometric "
        "consistency index GCI (Aguarón & Moreno-Jiménez, 2003) is reported as well; its "
        "thresholds 0.31 (n = 3), 0.35 (n = 4) and 0.37 (n > 4) correspond to CR = 0.1."),
    "m.aggregation": (
        "群组集结。采用{aggregation}：个体判断集结（AIJ）对各专家判断取加权几何平均后再求权重，"
        "个体排序集结（AIP）对各专家权重取加权几何平均后归一化（Aczél 与 Saaty，1983；Forman 与 "
        "Peniwati，1998）。专家权重按专家组设定归一化。",
        "Aggregation. The group's weights use {aggregation}: AIJ takes the weighted geometric "
        "mean of the experts' judgments and weights the aggregated matrix; AIP takes the weighted "
        "geometric mean of the experts' priorities and normalizes it (Aczél & Saaty, 1983; "
        "Forman & Peniwati, 1998). Expert weights are normalized to sum to 1."),
    "m.consensus": (
        "共识度。以 Goepel（2013）基于 Shannon 熵的相对同质性 S* 衡量专家组共识（0 为完全分歧，"
        "1 为完全一致），层次结构的总体共识度按各节点全局权重加权。",
        "Consensus. The panel's agreement is Goepel's (2013) relative homogeneity S* based on "
        "Shannon entropy (0 complete disagreement, 1 full agreement); the hierarchy's overall "
        "S* weights each node by its global weight."),
    "m.topsis": (
        "TOPSIS 排序。各方向在每项准则上的得分取专家{mean}，构成决策矩阵；经{normalization}后乘以"
        "准则权重，计算与正、负理想解的欧氏距离 D+、D−，相对贴近度 C = D−/(D+ + D−) 越大越优"
        "（Hwang 与 Yoon，1981）。",
        "TOPSIS ranking. Each direction's score on each criterion is the experts' {mean}; the "
        "decision matrix is normalized ({normalization}) and weighted, and the Euclidean "
        "distances D+ and D− to the positive and negative ideal solutions give the relative "
        "closeness C = D−/(D+ + D−), larger is better (Hwang & Yoon, 1981)."),
    "m.stability": (
        "稳定性与不确定性。单因素敏感性分析逐项改变一项准则权重（其余按比例调整），给出排序不变的"
        "权重区间与使首位方向改变的最小权重变化（Triantaphyllou 与 Sánchez，1997）；蒙特卡洛模拟"
        "对专家组重抽样，给出各方向的排名可接受度与进入前三名的概率（Lahdelma 等，1998）。另以 "
        "VIKOR、PROMETHEE II、WASPAS、COPRAS、SPOTIS 对同一决策矩阵排序作对比（Kizielewicz 等，2023）。",
        "Stability and uncertainty. The one-at-a-time sensitivity analysis changes one "
        "criterion's weight (the others in proportion) and reports the weight intervals that "
        "keep the ranking, and the smallest weight change that displaces the top direction "
        "(Triantaphyllou & Sánchez, 1997); the Monte Carlo simulation resamples the panel and "
        "reports each direction's rank acceptability and probability of a top-3 rank (Lahdelma "
        "et al., 1998). VIKOR, PROMETHEE II, WASPAS, COPRAS and SPOTIS rank the same decision "
        "matrix for comparison (Kizielewicz et al., 2023)."),
    "m.weighting.ahp": (
        "准则权重（{weighting}）。各产业的准则权重为 AHP 全局权重；若产业另有实测指标，则其占比 s 先行扣除，"
        "AHP 权重乘以 (1 − s)。",
        "Criterion weights ({weighting}). Each industry's criteria are weighted by their AHP "
        "global weights; where an industry has measured criteria of its own, their share s "
        "comes first and the AHP weights are scaled by (1 − s)."),
    "m.weighting.objective": (
        "准则权重（{weighting}）。各产业的准则按其集结决策矩阵求客观权重，排序采用客观权重。{detail}"
        "AHP 权重（主观权重）列于表中以供对照。",
        "Criterion weights ({weighting}). Each industry's criteria are weighted objectively, from "
        "its aggregated decision matrix, and these weights rank. {detail} The AHP (subjective) "
        "weights are listed beside them for comparison."),
    "m.weighting.combined": (
        "准则权重（{weighting}）。排序采用组合赋权：AHP 主观权重 a（实测指标按其占比）与由各产业集结决策矩阵"
        "求得的客观权重 o 组合，{combination}。{detail}",
        "Criterion weights ({weighting}). The ranking uses combined weights: the AHP (subjective) "
        "weights a (measured criteria at their shares) and the objective weights o from each "
        "industry's aggregated decision matrix, combined {combination}. {detail}"),
    "m.detail.entropy": (
        "熵权法：p_ij = x_ij / Σ_i x_ij，信息熵 e_j = −Σ_i p_ij ln p_ij / ln m（0·ln 0 = 0），"
        "差异系数 d_j = 1 − e_j，w_j = d_j / Σ d（Shannon，1948；Hwang 与 Yoon，1981）。",
        "Entropy weights: p_ij = x_ij / Σ_i x_ij, entropy e_j = −Σ_i p_ij ln p_ij / ln m "
        "(0·ln 0 = 0), divergence d_j = 1 − e_j, w_j = d_j / Σ d (Shannon, 1948; Hwang & Yoon, "
        "1981)."),
    "m.detail.entropy_minmax": (
        "熵权法（极差标准化）：各列先作极差标准化（成本型指标反向），再以 p_ij = r_ij / Σ_i r_ij 求信息熵 "
        "e_j = −Σ_i p_ij ln p_ij / ln m（0·ln 0 = 0），d_j = 1 − e_j，w_j = d_j / Σ d（Shannon，1948；"
        "Hwang 与 Yoon，1981）。",
        "Entropy weights after min-max normalization: each column is min-max normalized (cost "
        "criteria reversed), then p_ij = r_ij / Σ_i r_ij, e_j = −Σ_i p_ij ln p_ij / ln m "
        "(0·ln 0 = 0), d_j = 1 − e_j, w_j = d_j / Σ d (Shannon, 1948; Hwang & Yoon, 1981)."),
    "m.detail.critic": (
        "CRITIC 法：各列先作极差标准化（成本型指标反向），以样本标准差 σ_j 衡量对比强度，以与其他准则的相关"
        "系数 r_jk 衡量冲突性，信息量 C_j = σ_j Σ_k (1 − r_jk)，w_j = C_j / Σ C（Diakoulaki 等，1995）。",
        "CRITIC: each column is min-max normalized (cost criteria reversed); the sample standard "
        "deviation σ_j measures its contrast and the correlations r_jk with the other criteria "
        "its conflict; C_j = σ_j Σ_k (1 − r_jk) and w_j = C_j / Σ C (Diakoulaki et al., 1995)."),
    "m.combine.multiplicative": ("乘法合成 w_j = a_j o_j / Σ_k a_k o_k",
                                 "multiplicatively, w_j = a_j o_j / Σ_k a_k o_k"),
    "m.combine.linear": ("线性加权 w_j = α a_j + (1 − α) o_j，α = {alpha}",
                         "linearly, w_j = α a_j + (1 − α) o_j with α = {alpha}"),
    "h.weighting": ("1.1　各产业的主观、客观与组合权重",
                    "1.1 Subjective, objective and combined weights by industry"),
    "t.weighting": ("{industry}：主观、客观与组合权重", "{industry}: subjective, objective and combined weights"),
    "c.ahp": ("AHP 权重", "AHP"),
    "c.objective": ("客观权重", "Objective"),
    "c.combined": ("组合权重", "Combined"),
    "ranked_note": ("✓ {caption}。", "✓ {caption}."),
    # rounds
    "h.rounds": ("3.1　德尔菲轮次", "3.1 Delphi rounds"),
    "rounds_text": (
        "本次咨询共 {n} 轮，当前为第 {k} 轮；每轮开始时，专家看到自己上一轮的回答、专家组的群体判断值及其离散"
        "程度（Dalkey 与 Helmer，1963）。总体共识度 S* 由第 1 轮的 {s0} 变为第 {k} 轮的 {s1}。离散度为至少"
        "两位专家回答的各对比较的几何标准差的平均值，越接近 1 越一致。",
        "The consultation has had {n} rounds; round {k} is the current one. At the start of each "
        "round the experts saw their own previous answers, the panel's judgment and its spread "
        "(Dalkey & Helmer, 1963). The overall consensus S* went from {s0} in round 1 to {s1} in "
        "round {k}. Dispersion is the mean geometric standard deviation over the pairs at least "
        "two experts answered; the closer to 1, the closer the panel."),
    "t.rounds": ("各轮次的共识度 S* 与离散度", "Consensus S* and dispersion by round"),
    "c.round_s": ("第{k}轮 S*", "S* round {k}"),
    "c.round_gsd": ("第{k}轮离散度", "Dispersion round {k}"),
    "t.moves": ("各轮中改变回答的专家", "Experts who changed answers, by round"),
    "c.round": ("轮次", "Round"),
    "c.changed": ("改变的判断", "Judgments changed"),
    "c.toward": ("相对上一轮群体", "Against the last round's group"),
    "toward_yes": ("更接近", "toward"),
    "toward_no": ("远离", "away"),
    "nobody_moved": ("第 {k} 轮中无人改变回答。", "Nobody changed an answer in round {k}."),
    # portfolio
    "h.portfolio": ("5　投资组合", "5 Portfolio"),
    "portfolio_text": (
        "在预算 {budget} 内，从 {candidates} 个已排序且有成本估计的重点发展方向中选出 {chosen} 个，投入 {cost}，"
        "总价值 {value}。每个方向的价值为其相对贴近度乘以所在产业的权重；投资组合为预算与各项约束下总价值"
        "最大的方向组合，以 0–1 规划精确求解（{solver}；Salo 等，2011）。",
        "Within the budget of {budget}, {chosen} of the {candidates} ranked directions with a cost "
        "estimate are chosen, spending {cost} for a total value of {value}. A direction's value is "
        "its closeness times its industry's weight; the portfolio is the set of directions with "
        "the largest total value within the budget and the constraints, solved exactly as a 0–1 "
        "program ({solver}; Salo et al., 2011)."),
    "solver.milp": ("整数规划，HiGHS", "integer programming, HiGHS"),
    "solver.dp": ("动态规划", "dynamic programming"),
    "no_portfolio": ("没有投资组合：{reason}", "There is no portfolio: {reason}"),
    "t.portfolio_industries": ("各产业的入选方向与投入", "Directions chosen and spend by industry"),
    "t.portfolio_chosen": ("入选的重点发展方向", "The priority directions chosen"),
    "t.portfolio_uncertain": ("取舍随模拟变化的方向（入选频率）",
                              "Directions whose choice varies across the samples"),
    "f.frontier": ("投资组合的有效前沿", "Efficient frontier of the portfolio"),
    "c.industry": ("产业", "Industry"),
    "c.chosen_of": ("入选 / 候选", "Chosen"),
    "c.spend": ("投入", "Spend"),
    "c.value": ("价值", "Value"),
    "c.cost": ("成本", "Cost"),
    "c.bounds": ("限额", "Bounds"),
    "c.frequency": ("入选频率", "Chosen in"),
    "c.industry_weight": ("产业权重", "Industry weight"),
    "c.total": ("合计", "Total"),
    "c.in_portfolio": ("是否入选", "Chosen"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "bound.min_count": ("至少 {value} 个", "at least {value}"),
    "bound.max_count": ("最多 {value} 个", "at most {value}"),
    "bound.min_spend": ("投入至少 {value}", "spend ≥ {value}"),
    "bound.max_spend": ("投入最多 {value}", "spend ≤ {value}"),
    "bound_met": ("（起约束作用）", " (binds)"),
    "value_note": ("价值 = 相对贴近度 × 产业权重。", "Value = closeness × the industry's weight."),
    "robustness_text": (
        "稳健性：在 {n} 次蒙特卡洛模拟中（预算与约束不变），{stable} 个方向的取舍始终不变，{varying} 个方向的"
        "取舍随模拟变化（表{t}）。",
        "Robustness: over {n} Monte Carlo samples (same budget and constraints), {stable} "
        "directions are always chosen or always left out and {varying} vary (Table {t})."),
    "robustness_all": (
        "稳健性：在 {n} 次蒙特卡洛模拟中（预算与约束不变），所有方向的取舍都不变。",
        "Robustness: over {n} Monte Carlo samples (same budget and constraints), every "
        "direction is always chosen or always left out."),
    "c.weight_ranked": ("排序所用权重", "Weight that ranked"),
    # tables and figures
    "t.ri": ("平均随机一致性指标 RI（{ri}）", "Random index RI ({ri})"),
    "t.experts": ("专家组：权重与判断完整度", "The panel: weights and completeness of judgments"),
    "t.cr": ("各专家判断矩阵的一致性（CR / GCI）", "Consistency of each expert's matrices (CR / GCI)"),
    "t.group": ("群组权重与共识度", "Group weights and consensus"),
    "t.global": ("准则全局权重", "Global criterion weights"),
    "t.ranking": ("{industry}：排序结果", "{industry}: ranking"),
    "t.stability": ("{industry}：各准则权重的稳定区间", "{industry}: stability intervals of the criterion weights"),
    "t.montecarlo": ("{industry}：进入前{k}名的概率", "{industry}: probability of a top-{k} rank"),
    "t.comparison": ("{industry}：不同方法下的排名", "{industry}: ranks by method"),
    "t.weights_used": ("{industry}：TOPSIS 准则权重的构成", "{industry}: how the TOPSIS weights are made"),
    "t.matrix": ("{industry}：决策矩阵（专家平均得分）", "{industry}: decision matrix (the experts' mean scores)"),
    "t.aij": ("{node}：群组判断矩阵（AIJ）", "{node}: the group's judgment matrix (AIJ)"),
    "f.global": ("准则全局权重（群组）", "Global criterion weights (group)"),
    "f.node": ("{node}：群组与各专家的局部权重", "{node}: local weights of the group and each expert"),
    "f.ranking": ("{industry}：相对贴近度排序", "{industry}: ranking by relative closeness"),
    "f.acceptability": ("{industry}：排名可接受度", "{industry}: rank acceptability"),
    # column heads
    "c.n": ("n", "n"),
    "c.expert": ("专家", "Expert"),
    "c.role": ("领域", "Field"),
    "c.weight": ("专家权重", "Weight"),
    "c.completeness": ("判断完整度", "Judgments given"),
    "c.node": ("节点", "Node"),
    "c.item": ("准则", "Criterion"),
    "c.local": ("局部权重", "Local weight"),
    "c.global": ("全局权重", "Global weight"),
    "c.cr": ("群组 CR", "Group CR"),
    "c.gci": ("群组 GCI", "Group GCI"),
    "c.consensus": ("共识度 S*", "Consensus S*"),
    "c.rank": ("排名", "Rank"),
    "c.direction": ("重点发展方向", "Priority direction"),
    "c.closeness": ("相对贴近度", "Closeness"),
    "c.dplus": ("D+", "D+"),
    "c.dminus": ("D−", "D−"),
    "c.criterion": ("准则", "Criterion"),
    "c.weight_used": ("权重", "Weight"),
    "c.rank_interval": ("排序不变区间", "Ranking unchanged"),
    "c.top_interval": ("首位不变区间", "Top unchanged"),
    "c.p_top": ("P(前{k}名)", "P(top {k})"),
    "c.p_first": ("P(第1名)", "P(rank 1)"),
    "c.mean_c": ("平均贴近度", "Mean closeness"),
    "c.ahp_weight": ("AHP 全局权重", "AHP global weight"),
    "c.share": ("占比", "Share"),
    "c.type": ("类型", "Type"),
    "c.spread": ("名次极差", "Rank spread"),
    "benefit": ("效益型", "benefit"),
    "cost": ("成本型", "cost"),
    "measured": ("实测指标", "measured"),
    "from_tree": ("AHP × (1 − {share})", "AHP × (1 − {share})"),
    # sentences
    "panel_text": ("专家组共 {n} 位专家。CR 超过 {threshold} 或 GCI 超过其阈值的判断矩阵以“✗”标出；"
                   "未能计算的以“—”表示。",
                   "The panel has {n} experts. Matrices whose CR exceeds {threshold} or whose GCI "
                   "exceeds its threshold are marked “✗”; “—” marks a matrix that could not be "
                   "weighted."),
    "weights_text": ("专家组总体共识度 S* = {s}（{word}）。", "The panel's overall consensus S* = {s} ({word})."),
    "ranking_text": ("{industry}共 {m} 个重点发展方向参与排序，首位为“{top}”（C = {c}）。",
                     "{industry} ranks {m} priority directions; first is “{top}” (C = {c})."),
    "excluded_text": ("未参与排序：{items}。", "Not ranked: {items}."),
    "minimal_change": ("使首位改变的最小单项权重变化：“{criterion}”的权重由 {frm} 变为 {to}（{rel}）时，"
                       "首位变为“{top}”。",
                       "The smallest single weight change that displaces the top direction: the "
                       "weight of “{criterion}” from {frm} to {to} ({rel}) makes “{top}” first."),
    "no_minimal_change": ("任何单项权重变化都不会改变首位方向。",
                          "No change of a single weight displaces the top direction."),
    "mc_text": ("蒙特卡洛模拟：{n} 次{sampler}，随机种子 {seed}。",
                "Monte Carlo: {n} samples, {sampler}, seed {seed}."),
    "sampler.bootstrap": ("专家组自助重抽样", "panel bootstrap"),
    "sampler.dirichlet": ("Dirichlet 权重抽样", "Dirichlet weight sampling"),
    "comparison_text": ("Spearman 等级相关（与 TOPSIS）：{items}。",
                        "Spearman rank correlation with TOPSIS: {items}."),
    "comparison_failed": ("方法对比未能进行：{reason}", "The method comparison could not run: {reason}"),
    "not_ranked": ("{industry}尚不能排序：{reason}", "{industry} cannot be ranked yet: {reason}"),
    "flag_note": ("✗：未通过一致性检验（CR > {threshold} 或 GCI 超过阈值）。",
                  "✗: fails the consistency check (CR > {threshold} or GCI above its threshold)."),
    "consensus.very low": ("很低", "very low"),
    "consensus.low": ("低", "low"),
    "consensus.moderate": ("中等", "moderate"),
    "consensus.high": ("高", "high"),
    "consensus.very high": ("很高", "very high"),
}

REFERENCES = (
    "Aczél, J., & Saaty, T. L. (1983). Procedures for synthesizing ratio judgements. Journal of "
    "Mathematical Psychology, 27(1), 93–102.",
    "Aguarón, J., & Moreno-Jiménez, J. M. (2003). The geometric consistency index: Approximated "
    "thresholds. European Journal of Operational Research, 147(1), 137–145.",
    "Crawford, G., & Williams, C. (1985). A note on the analysis of subjective judgment matrices. "
    "Journal of Mathematical Psychology, 29(4), 387–405.",
    "Dalkey, N., & Helmer, O. (1963). An experimental application of the Delphi method to the "
    "use of experts. Management Science, 9(3), 458–467.",
    "Diakoulaki, D., Mavrotas, G., & Papayannakis, L. (1995). Determining objective weights in "
    "multiple criteria problems: The CRITIC method. Computers & Operations Research, 22(7), "
    "763–770.",
    "Forman, E., & Peniwati, K. (1998). Aggregating individual judgments and priorities with the "
    "Analytic Hierarchy Process. European Journal of Operational Research, 108(1), 165–169.",
    "Goepel, K. D. (2013). Implementing the Analytic Hierarchy Process as a standard method for "
    "multi-criteria decision making in corporate enterprises. Proceedings of ISAHP 2013.",
    "Harker, P. T. (1987). Incomplete pairwise comparisons in the Analytic Hierarchy Process. "
    "Mathematical Modelling, 9(11), 837–848.",
    "Hwang, C.-L., & Yoon, K. (1981). Multiple Attribute Decision Making: Methods and "
    "Applications. Springer.",
    "Kizielewicz, B., Shekhovtsov, A., & Sałabun, W. (2023). pymcdm — The universal library for "
    "solving multi-criteria decision-making problems. SoftwareX, 22, 101368.",
    "Lahdelma, R., Hokkanen, J., & Salminen, P. (1998). SMAA — Stochastic multiobjective "
    "acceptability analysis. European Journal of Operational Research, 106(1), 137–143.",
    "Saaty, T. L. (1977). A scaling method for priorities in hierarchical structures. Journal of "
    "Mathematical Psychology, 15(3), 234–281.",
    "Saaty, T. L. (1980). The Analytic Hierarchy Process. McGraw-Hill.",
    "Salo, A., Keisler, J., & Morton, A. (Eds.). (2011). Portfolio Decision Analysis: Improved "
    "Methods for Resource Allocation. Springer.",
    "Shannon, C. E. (1948). A mathematical theory of communication. Bell System Technical "
    "Journal, 27(3), 379–423.",
    "Triantaphyllou, E., & Sánchez, A. (1997). A sensitivity analysis approach for some "
    "deterministic multi-criteria decision-making methods. Decision Sciences, 28(1), 151–194.",
)


def word(code: str, lang: str, **params) -> str:
    """The word ``code`` in ``lang``, with ``params`` filled in.

    >>> word("caption_table", "zh", n=3, text="排序结果")
    '表3\\u3000排序结果'
    """
    zh, en = WORDS[code]
    text = zh if lang == "zh" else en
    return text.format(**params) if params else text

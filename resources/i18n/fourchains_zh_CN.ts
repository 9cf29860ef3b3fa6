<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConsensusModel</name>
    <message>
        <location filename="../../desktop/models/weights.py" line="106"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../../desktop/models/weights.py" line="106"/>
        <source>Group CR</source>
        <translation>群体 CR</translation>
    </message>
    <message>
        <location filename="../../desktop/models/weights.py" line="106"/>
        <source>Consensus S*</source>
        <translation>共识度 S*</translation>
    </message>
    <message>
        <location filename="../../desktop/models/weights.py" line="107"/>
        <source>Agreement</source>
        <translation>共识程度</translation>
    </message>
</context>
<context>
    <name>ConsistencyBadge</name>
    <message>
        <location filename="../../desktop/views/badge.py" line="43"/>
        <source>two items are always consistent</source>
        <translation>两项比较总是一致的</translation>
    </message>
    <message>
        <location filename="../../desktop/views/badge.py" line="45"/>
        <source>passes the consistency check</source>
        <translation>通过一致性检验</translation>
    </message>
    <message>
        <location filename="../../desktop/views/badge.py" line="47"/>
        <source>fails the consistency check</source>
        <translation>未通过一致性检验</translation>
    </message>
    <message>
        <location filename="../../desktop/views/badge.py" line="49"/>
        <source>passes CR, fails GCI</source>
        <translation>CR 通过，GCI 未通过</translation>
    </message>
    <message>
        <location filename="../../desktop/views/badge.py" line="51"/>
        <source>fails CR, passes GCI</source>
        <translation>CR 未通过，GCI 通过</translation>
    </message>
    <message>
        <location filename="../../desktop/views/badge.py" line="54"/>
        <source>Incomplete: %1 of %2 answered</source>
        <translation>不完全判断矩阵：已答 %1/%2 项</translation>
    </message>
    <message>
        <location filename="../../desktop/views/badge.py" line="56"/>
        <source> so far</source>
        <translation>（就已答部分而言）</translation>
    </message>
</context>
<context>
    <name>CostImport</name>
    <message>
        <location filename="../../desktop/views/cost_import.py" line="27"/>
        <source>Cost tables (*.xlsx *.xlsm *.csv);;Excel workbook (*.xlsx *.xlsm);;CSV, UTF-8 (*.csv);;All files (*)</source>
        <translation>成本表 (*.xlsx *.xlsm *.csv);;Excel 工作簿 (*.xlsx *.xlsm);;CSV 文件，UTF-8 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/cost_import.py" line="41"/>
        <source>%1 set</source>
        <translation>新填 %1 个</translation>
    </message>
    <message>
        <location filename="../../desktop/views/cost_import.py" line="42"/>
        <source>%1 changed</source>
        <translation>修改 %1 个</translation>
    </message>
    <message>
        <location filename="../../desktop/views/cost_import.py" line="43"/>
        <source>%1 cleared</source>
        <translation>清除 %1 个</translation>
    </message>
    <message>
        <location filename="../../desktop/views/cost_import.py" line="44"/>
        <source>Import costs: %1</source>
        <translation>导入成本：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/cost_import.py" line="45"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop/views/cost_import.py" line="54"/>
        <source>Import the costs of “%1”: %2 direction(s) get a cost, %3 change, %4 are cleared, %5 stay as they are.</source>
        <translation>导入“%1”中的成本：新填 %2 个重点发展方向的成本，修改 %3 个，清除 %4 个，%5 个保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/cost_import.py" line="59"/>
        <source>%1 direction(s) are not in the file and keep their costs.</source>
        <translation>文件未列出 %1 个重点发展方向，其成本保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/cost_import.py" line="61"/>
        <source>Afterwards %1 of %2 direction(s) still have no cost.</source>
        <translation>导入后，%2 个重点发展方向中仍有 %1 个没有成本。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/cost_import.py" line="64"/>
        <source>Afterwards every direction has a cost.</source>
        <translation>导入后，每个重点发展方向都有成本。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/cost_import.py" line="66"/>
        <source>The project has no cost unit yet: type it in “Cost unit” on the Portfolio page.</source>
        <translation>项目还没有成本单位：请在“投资组合”页的“成本单位”中填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/cost_import.py" line="69"/>
        <source>This is one step: Edit ▸ Undo takes it back.</source>
        <translation>这是一步操作：可用“编辑 ▸ 撤销”撤回。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/cost_import.py" line="96"/>
        <source>… and %1 more (see details)</source>
        <translation>……另有 %1 处（见详细信息）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/cost_import.py" line="98"/>
        <source>The costs were not imported</source>
        <translation>成本未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/cost_import.py" line="110"/>
        <location filename="../../desktop/views/cost_import.py" line="129"/>
        <source>Import costs</source>
        <translation>导入成本</translation>
    </message>
    <message>
        <location filename="../../desktop/views/cost_import.py" line="126"/>
        <source>“%1” changes no cost (%2 unchanged): the project is as it was.</source>
        <translation>“%1”没有改变任何成本（不变 %2 个），项目保持原样。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/cost_import.py" line="135"/>
        <source>Done: %1. Edit ▸ Undo takes it back.</source>
        <translation>已完成：%1。可用“编辑 ▸ 撤销”撤回。</translation>
    </message>
</context>
<context>
    <name>CriteriaTreeModel</name>
    <message>
        <location filename="../../desktop/models/tree.py" line="129"/>
        <source>Criterion</source>
        <translation>准则</translation>
    </message>
    <message>
        <location filename="../../desktop/models/tree.py" line="129"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/models/tree.py" line="129"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/models/tree.py" line="129"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/models/tree.py" line="130"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/models/tree.py" line="130"/>
        <source>Global weight</source>
        <translation>全局权重</translation>
    </message>
    <message>
        <location filename="../../desktop/models/tree.py" line="143"/>
        <source>benefit</source>
        <translation>效益型</translation>
    </message>
    <message>
        <location filename="../../desktop/models/tree.py" line="143"/>
        <location filename="../../desktop/models/tree.py" line="193"/>
        <source>cost</source>
        <translation>成本型</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../../desktop/views/pairwise_diagnostics.py" line="79"/>
        <source>No inconsistent judgments to review.</source>
        <translation>没有需要检查的不一致判断。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairwise_diagnostics.py" line="82"/>
        <source>Most inconsistent judgments:</source>
        <translation>最不一致的判断：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairwise_diagnostics.py" line="95"/>
        <source>%1 vs %2: %3 → suggested %4 (CR then %5)</source>
        <translation>%1 对 %2：%3 → 建议值 %4（修改后 CR 为 %5）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairwise_diagnostics.py" line="100"/>
        <source>turns the preference round</source>
        <translation>偏好方向将反转</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairwise_diagnostics.py" line="104"/>
        <source>After this change %1 is the more important.</source>
        <translation>修改后，“%1”成为更重要的一方。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairwise_diagnostics.py" line="109"/>
        <source>Apply</source>
        <translation>采用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairwise_diagnostics.py" line="115"/>
        <source>Intransitive judgments: %1</source>
        <translation>判断不传递（循环判断）：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairwise_diagnostics.py" line="145"/>
        <source>Apply suggestion — %1</source>
        <translation>采用建议值 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairwise_diagnostics.py" line="152"/>
        <source>Repair to CR ≤ %1</source>
        <translation>修复至一致性比率 CR ≤ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairwise_diagnostics.py" line="183"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairwise_diagnostics.py" line="199"/>
        <source>The judgments changed during the search: please repair again.</source>
        <translation>搜索期间判断值已被修改，请重新修复。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairwise_diagnostics.py" line="202"/>
        <source>No change of the judgments was found.</source>
        <translation>未找到可行的判断值修改方案。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairwise_diagnostics.py" line="204"/>
        <source>%1 vs %2:
%3 → %4 (CR then %5)</source>
        <translation>%1 对 %2：
%3 → 建议值 %4（修改后 CR 为 %5）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairwise_diagnostics.py" line="210"/>
        <source> — turns the preference round</source>
        <translation>（偏好方向将反转）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairwise_diagnostics.py" line="212"/>
        <source>Changing the judgments below brings CR from %1 to %2 (threshold %3).</source>
        <translation>修改下列判断值后，一致性比率 CR 由 %1 变为 %2（阈值 %3）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairwise_diagnostics.py" line="216"/>
        <source>This is the best found within the search budget; fewer changes may exist.</source>
        <translation>这是在搜索预算内找到的最佳方案，修改更少判断值的方案可能存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairwise_diagnostics.py" line="219"/>
        <source>The matrix would still fail the consistency check.</source>
        <translation>修改后判断矩阵仍未通过一致性检验。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairwise_diagnostics.py" line="225"/>
        <source>Repair judgments: %1, %2 (%3 changes)</source>
        <translation>修复判断：%1，%2（修改 %3 处）</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <location filename="../../desktop/models/heatmap.py" line="66"/>
        <source>Geometric standard deviation of the experts&apos; judgments: %1</source>
        <translation>专家判断值的几何标准差：%1</translation>
    </message>
</context>
<context>
    <name>DiscussionPage</name>
    <message>
        <location filename="../../desktop/views/discussion.py" line="185"/>
        <source>Revise in discussion: %1</source>
        <translation>讨论中修改判断：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/discussion.py" line="208"/>
        <source>Pairs under:</source>
        <translation>比较层次：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/discussion.py" line="209"/>
        <source>◀ Previous</source>
        <translation>◀ 上一对</translation>
    </message>
    <message>
        <location filename="../../desktop/views/discussion.py" line="210"/>
        <source>Next ▶</source>
        <translation>下一对 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/views/discussion.py" line="211"/>
        <source>Sort again</source>
        <translation>重新排序</translation>
    </message>
    <message>
        <location filename="../../desktop/views/discussion.py" line="212"/>
        <source>Order the pairs by disagreement again, largest first, and start from the top.</source>
        <translation>按分歧重新排序（分歧最大的在前），并从第一对开始。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/discussion.py" line="214"/>
        <source>vs</source>
        <translation>对</translation>
    </message>
    <message>
        <location filename="../../desktop/views/discussion.py" line="215"/>
        <source>Revised answer:</source>
        <translation>修改后的判断：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/discussion.py" line="216"/>
        <source>Enter</source>
        <translation>录入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/discussion.py" line="217"/>
        <source>No pair to discuss: the experts&apos; answers come in on the Experts page (import the questionnaires).</source>
        <translation>暂无可讨论的比较：请先在“专家组”页导入专家的调查问卷。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/discussion.py" line="222"/>
        <source>All criteria</source>
        <translation>全部准则</translation>
    </message>
    <message>
        <location filename="../../desktop/views/discussion.py" line="236"/>
        <source>— no answer</source>
        <translation>— 未作答</translation>
    </message>
    <message>
        <location filename="../../desktop/views/discussion.py" line="272"/>
        <source>Pair %1 of %2 · most disputed first · under %3</source>
        <translation>第 %1 对，共 %2 对 · 分歧最大的在前 · 比较层次：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/discussion.py" line="287"/>
        <source>no answer</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../../desktop/views/discussion.py" line="290"/>
        <source>group</source>
        <translation>群体</translation>
    </message>
    <message>
        <location filename="../../desktop/views/discussion.py" line="292"/>
        <source>Group: %1</source>
        <translation>群体：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/discussion.py" line="293"/>
        <source>Spread (geometric SD): %1</source>
        <translation>分歧（几何标准差）：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/discussion.py" line="296"/>
        <source>S* under %1: %2</source>
        <translation>“%1”的共识度 S*：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/discussion.py" line="301"/>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/discussion.py" line="304"/>
        <source>(was %1)</source>
        <translation>（原为 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/discussion.py" line="306"/>
        <source>Overall S*: %1 (%2)</source>
        <translation>总体共识度 S*：%1（%2）</translation>
    </message>
</context>
<context>
    <name>ExpertsModel</name>
    <message>
        <location filename="../../desktop/models/experts.py" line="67"/>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../../desktop/models/experts.py" line="67"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/models/experts.py" line="67"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../desktop/models/experts.py" line="67"/>
        <source>Completeness</source>
        <translation>完整度</translation>
    </message>
    <message>
        <location filename="../../desktop/models/experts.py" line="68"/>
        <source>Worst CR</source>
        <translation>最差 CR</translation>
    </message>
    <message>
        <location filename="../../desktop/models/experts.py" line="115"/>
        <source>Not a weight: %1 (expected a number ≥ 0)</source>
        <translation>不是有效的权重：%1（应为 ≥ 0 的数）</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../desktop/export.py" line="112"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="113"/>
        <source>Results workbook…</source>
        <translation>结果工作簿…</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="114"/>
        <source>Report (Word)…</source>
        <translation>报告（Word）…</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="115"/>
        <source>Report (PDF)…</source>
        <translation>报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="117"/>
        <source>Current chart as PNG/SVG/PDF…</source>
        <translation>当前图表（PNG/SVG/PDF）…</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="118"/>
        <source>Cost template…</source>
        <translation>成本模板…</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="119"/>
        <source>Language of exported files</source>
        <translation>导出文件的语言</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="120"/>
        <source>Same as the interface</source>
        <translation>与界面语言相同</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="141"/>
        <source>The results cannot be exported</source>
        <translation>无法导出结果</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="145"/>
        <source>Export results workbook</source>
        <translation>导出结果工作簿</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="146"/>
        <location filename="../../desktop/export.py" line="193"/>
        <location filename="../../desktop/export.py" line="200"/>
        <location filename="../../desktop/export.py" line="247"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="159"/>
        <source>Writing the results workbook…</source>
        <translation>正在写出结果工作簿…</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="160"/>
        <source>The results workbook was not written</source>
        <translation>结果工作簿未写出</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="161"/>
        <source>Wrote the results workbook “%1” in %2</source>
        <translation>已写出结果工作簿“%1”，位于 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="192"/>
        <source>Export questionnaires (choose a folder and a file name prefix)</source>
        <translation>导出调查问卷（选择文件夹和文件名前缀）</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="199"/>
        <source>Export the panel questionnaire</source>
        <translation>导出专家组调查问卷</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="226"/>
        <source>Writing the panel questionnaire…</source>
        <translation>正在写入专家组调查问卷…</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="227"/>
        <source>The panel questionnaire was not written</source>
        <translation>专家组调查问卷未能写入</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="229"/>
        <source>Wrote the round-%1 panel questionnaire “%2” (%3 expert(s)) in %4</source>
        <translation>已在 %4 写入第 %1 轮专家组调查问卷“%2”（%3 位专家）</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="232"/>
        <source>Writing questionnaires…</source>
        <translation>正在写出调查问卷…</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="233"/>
        <source>The questionnaires were not written</source>
        <translation>调查问卷未写出</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="246"/>
        <source>Export cost template</source>
        <translation>导出成本模板</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="248"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV 文件，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="264"/>
        <source>Writing the cost template…</source>
        <translation>正在写出成本模板…</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="265"/>
        <source>The cost template was not written</source>
        <translation>成本模板未写出</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="267"/>
        <source>Wrote the cost template “%1” (%2 direction(s), %3 with a cost) in %4. Fill in the costs, then Import costs… on the Portfolio page.</source>
        <translation>已写出成本模板“%1”（%2 个重点发展方向，其中 %3 个已有成本），位于 %4。填好成本后，在“投资组合”页用“导入成本…”导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="281"/>
        <source>The report cannot be written</source>
        <translation>无法写出报告</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="285"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="286"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="287"/>
        <location filename="../../desktop/export.py" line="317"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="303"/>
        <source>Writing the report…</source>
        <translation>正在写出报告…</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="304"/>
        <source>The report was not written</source>
        <translation>报告未写出</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="305"/>
        <source>Wrote the report “%1” in %2</source>
        <translation>已写出报告“%1”，位于 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="314"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="315"/>
        <source>PNG image, 300 dpi (*.png)</source>
        <translation>PNG 图片，300 dpi (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="316"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="332"/>
        <source>Writing the chart…</source>
        <translation>正在写出图表…</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="343"/>
        <source>This page shows no chart. Charts are on the Comparisons, Group weights, Ranking, Overview, Sensitivity, Monte Carlo and Portfolio pages.</source>
        <translation>此页没有图表。图表位于“两两比较”“群体权重”“排序”“总览”“灵敏度分析”“蒙特卡洛模拟”和“投资组合”页。</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="333"/>
        <source>The chart was not saved</source>
        <translation>图表未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="116"/>
        <source>Questionnaires…</source>
        <translation>调查问卷…</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="234"/>
        <source>Wrote %1 round-%2 questionnaire(s) in %3</source>
        <translation>已在 %3 写入 %1 份第 %2 轮调查问卷</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="334"/>
        <source>Saved the chart “%1” in %2</source>
        <translation>已保存图表“%1”，位于 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="342"/>
        <source>No chart to export</source>
        <translation>没有可导出的图表</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="356"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="387"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/export.py" line="401"/>
        <source>… and %1 more (see details)</source>
        <translation>… 另有 %1 项（见详情）</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../desktop/files.py" line="64"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="63"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="23"/>
        <source>FourChains project (*.fcproj.json *.json);;All files (*)</source>
        <translation>四链决策工作台项目 (*.fcproj.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="89"/>
        <location filename="../../desktop/files.py" line="97"/>
        <source>Cannot create the project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="106"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="118"/>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="132"/>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="146"/>
        <source>Cannot save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="151"/>
        <source>Saved “%1” to %2</source>
        <translation>已保存“%1”到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="175"/>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="191"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="192"/>
        <source>The last session ended with unsaved changes. Recover them?</source>
        <translation>上次会话结束时有未保存的修改。是否恢复？</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="198"/>
        <source>Cannot recover the unsaved work</source>
        <translation>无法恢复未保存的工作</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../desktop/first_start.py" line="45"/>
        <source>Importing the sample panel&apos;s questionnaires…</source>
        <translation>正在导入示例专家组的调查问卷…</translation>
    </message>
    <message>
        <location filename="../../desktop/first_start.py" line="70"/>
        <source>Could not import the sample questionnaires (%1); the saved sample workshop is open instead.</source>
        <translation>无法导入示例调查问卷（%1）；已改为打开保存的示例研讨会。</translation>
    </message>
</context>
<context>
    <name>GlobalWeightsModel</name>
    <message>
        <location filename="../../desktop/models/weights.py" line="124"/>
        <source>Under</source>
        <translation>所属</translation>
    </message>
    <message>
        <location filename="../../desktop/models/weights.py" line="124"/>
        <source>Criterion</source>
        <translation>准则</translation>
    </message>
    <message>
        <location filename="../../desktop/models/weights.py" line="124"/>
        <source>Global weight</source>
        <translation>全局权重</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../../desktop/views/group.py" line="171"/>
        <source>Weights under:</source>
        <translation>权重所属层次：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/group.py" line="172"/>
        <source>Disagreement per judgment (geometric standard deviation):</source>
        <translation>各判断的分歧（几何标准差）：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/group.py" line="173"/>
        <source>Global weights</source>
        <translation>全局权重</translation>
    </message>
    <message>
        <location filename="../../desktop/views/group.py" line="174"/>
        <source>Consensus per node</source>
        <translation>各节点共识度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/group.py" line="202"/>
        <source>Overall consensus S* = %1 (%2)</source>
        <translation>总体共识度 S* = %1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/group.py" line="209"/>
        <source>No group weights here.</source>
        <translation>此处无群体权重。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/group.py" line="213"/>
        <source>Consensus S* = %1 (%2) · group CR %3</source>
        <translation>共识度 S* = %1（%2）· 群体 CR %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/group.py" line="221"/>
        <source>Furthest from the group: %1</source>
        <translation>与群体偏离最大：%1</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../desktop/views/import_flow.py" line="26"/>
        <source>Excel (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_flow.py" line="38"/>
        <source>Reading questionnaires…</source>
        <translation>正在读取调查问卷…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_flow.py" line="39"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_flow.py" line="70"/>
        <source>%1 experts</source>
        <translation>%1 位专家</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_flow.py" line="72"/>
        <source>Import questionnaires: %1 answer(s) of %2</source>
        <translation>导入调查问卷：%2 的 %1 个答案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_flow.py" line="75"/>
        <source> (%1 cleared)</source>
        <translation>（清除 %1 个）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_flow.py" line="85"/>
        <source>Import questionnaires</source>
        <translation>导入调查问卷</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_flow.py" line="102"/>
        <source>Done: %1. Edit ▸ Undo takes it back.</source>
        <translation>已完成：%1。可用“编辑 ▸ 撤销”撤回。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_flow.py" line="128"/>
        <source>Import sample questionnaires</source>
        <translation>导入示例问卷</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_flow.py" line="131"/>
        <source>Imported the sample panel&apos;s questionnaires: %1 file(s), answers of %2 expert(s), %3 change(s) to the project (illustrative data).</source>
        <translation>已导入示例专家组的调查问卷：%1 个文件，%2 位专家的答卷，对项目的 %3 处修改（示例数据）。</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop/models/import_text.py" line="60"/>
        <source>%1 (comparisons)</source>
        <translation>%1（两两比较）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_text.py" line="61"/>
        <source>%1 (scores)</source>
        <translation>%1（打分）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_text.py" line="72"/>
        <source>%1 vs %2</source>
        <translation>%1 对 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_text.py" line="75"/>
        <source>%1, reason</source>
        <translation>%1，理由</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="261"/>
        <source>Import 1 answer</source>
        <translation>导入 1 个答案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="262"/>
        <source>Import %1 answers</source>
        <translation>导入 %1 个答案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="264"/>
        <source>, clear %1</source>
        <translation>，清除 %1 个</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="267"/>
        <source>Clear 1 answer</source>
        <translation>清除 1 个答案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="268"/>
        <source>Clear %1 answers</source>
        <translation>清除 %1 个答案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="269"/>
        <source>Nothing to import</source>
        <translation>没有可导入的内容</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="82"/>
        <source>Import questionnaires: preview</source>
        <translation>导入调查问卷：预览</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="87"/>
        <source>Only blocks that change or need a look</source>
        <translation>只看有改动或需查看的答题块</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="103"/>
        <source>Take every conflict</source>
        <translation>全部冲突采用问卷中的值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="104"/>
        <source>Keep every conflict</source>
        <translation>全部冲突保留项目中的值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="116"/>
        <source>Problems, warnings and notes (click one to see its block):</source>
        <translation>问题、警告与提示（点击一条可查看其所在答题块）：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="219"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="219"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="221"/>
        <source>%1 file(s) read: answers of %2 expert(s) for round %3. Nothing changes until you accept.</source>
        <translation>已读取 %1 个文件：%2 位专家第 %3 轮的回答。在您确认之前不会做任何修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="224"/>
        <source>New %1 · changed %2 · cleared %3 · unchanged %4 · in conflict %5.</source>
        <translation>新增 %1 · 修改 %2 · 清除 %3 · 未变 %4 · 冲突 %5。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="230"/>
        <source>%1 block(s) have problems and are not imported: they keep all their old values.</source>
        <translation>%1 个答题块有问题，不会导入：这些答题块保留全部原值。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="234"/>
        <source>%1 file problem(s): see the list below.</source>
        <translation>%1 个文件问题：见下方列表。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="237"/>
        <source>Nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="242"/>
        <source>%1 answer(s) changed both in the project and in the questionnaire since it was issued: %2 take the questionnaire&apos;s value, the others keep the project&apos;s.</source>
        <translation>%1 个答案在问卷发出后项目和问卷中都有改动：其中 %2 个采用问卷中的值，其余保留项目中的值。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../desktop/models/import_preview.py" line="190"/>
        <source>Expert / answers</source>
        <translation>专家 / 回答</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_preview.py" line="190"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_preview.py" line="190"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_preview.py" line="191"/>
        <source>Cleared</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_preview.py" line="191"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_preview.py" line="191"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_preview.py" line="192"/>
        <source>Take</source>
        <translation>采用</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_preview.py" line="192"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_preview.py" line="195"/>
        <source>Tick a block to import it; a block with a problem is not imported and keeps all its old values.</source>
        <translation>勾选答题块即导入；有问题的答题块不会导入，保留全部原值。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_preview.py" line="197"/>
        <source>Answers the project did not have.</source>
        <translation>项目中原来没有的答案。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_preview.py" line="198"/>
        <source>Answers the expert changed: the project&apos;s value → the questionnaire&apos;s.</source>
        <translation>专家改动过的答案：项目中的值 → 问卷中的值。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_preview.py" line="200"/>
        <source>Prefilled answers the expert deleted: importing clears them.</source>
        <translation>专家删除的预填答案：导入后将清除。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_preview.py" line="201"/>
        <source>Answers as the questionnaire was issued, or already in the project: nothing changes.</source>
        <translation>与问卷发出时相同或项目中已有的答案：不作改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_preview.py" line="203"/>
        <source>Answers changed both in the project and in the questionnaire since it was issued.</source>
        <translation>问卷发出后项目和问卷中都有改动的答案。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_preview.py" line="205"/>
        <source>Tick to take the questionnaire&apos;s value for a conflict; unticked, the project&apos;s value is kept.</source>
        <translation>勾选则冲突处采用问卷中的值；不勾选则保留项目中的值。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_preview.py" line="207"/>
        <source>File, sheet and cell.</source>
        <translation>文件、工作表和单元格。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_preview.py" line="261"/>
        <source>%1 — not imported</source>
        <translation>%1 — 不导入</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_preview.py" line="280"/>
        <location filename="../../desktop/views/import_preview.py" line="204"/>
        <source>project %1 · file %2</source>
        <translation>项目 %1 · 问卷 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_preview.py" line="315"/>
        <source>Not imported: this block has %1 problem(s) and keeps all its old values.</source>
        <translation>不导入：该答题块有 %1 个问题，保留全部原值。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_preview.py" line="325"/>
        <source>The project now holds %1 (it held %2 when the questionnaire was issued); the questionnaire says %3. Tick Take to use the questionnaire&apos;s value; otherwise the project&apos;s is kept.</source>
        <translation>项目中现为 %1（问卷发出时为 %2）；问卷中为 %3。勾选“采用”则使用问卷中的值，否则保留项目中的值。</translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <location filename="../../desktop/models/import_problems.py" line="65"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_problems.py" line="65"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_problems.py" line="65"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_problems.py" line="65"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_problems.py" line="66"/>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_problems.py" line="72"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_problems.py" line="72"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_problems.py" line="73"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>IndustriesModel</name>
    <message>
        <location filename="../../desktop/models/industries.py" line="85"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/models/industries.py" line="85"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message>
        <location filename="../../desktop/interaction.py" line="46"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/interaction.py" line="47"/>
        <source>Save the changes to “%1”?</source>
        <translation>是否保存对“%1”的修改？</translation>
    </message>
    <message>
        <location filename="../../desktop/interaction.py" line="49"/>
        <source>If you don&apos;t save, the changes since the last save are lost.</source>
        <translation>如不保存，上次保存以来的修改将会丢失。</translation>
    </message>
</context>
<context>
    <name>JudgmentMatrixModel</name>
    <message>
        <location filename="../../desktop/models/matrix.py" line="121"/>
        <source>Inconsistent: suggested value %1</source>
        <translation>不一致：建议值 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/models/matrix.py" line="137"/>
        <source>%1 vs %2: </source>
        <translation>%1 对 %2：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/window_menus.py" line="111"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="114"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="115"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="116"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="117"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="118"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="119"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="120"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="121"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="122"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="123"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="124"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="125"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="126"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="127"/>
        <source>&amp;Full screen (projector)</source>
        <translation>全屏（投影）(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="128"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="129"/>
        <source>Full screen (F11)</source>
        <translation>全屏（F11）</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="130"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="144"/>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="145"/>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="228"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="229"/>
        <source>FourChains Decision Studio</source>
        <translation>四链决策工作台</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="236"/>
        <source>Cannot evaluate: %1</source>
        <translation>无法计算：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="243"/>
        <source>Not computed yet: %1</source>
        <translation>尚未计算：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="245"/>
        <source>(and %1 more)</source>
        <translation>（另有 %1 处）</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="249"/>
        <source>Illustrative data</source>
        <translation>示例数据（仅供演示）</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="255"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="256"/>
        <source>FourChains Decision Studio — AHP expert weighting and TOPSIS ranking for strategic emerging industries.</source>
        <translation>四链决策工作台——面向战略性新兴产业的层次分析法专家赋权与 TOPSIS 排序。</translation>
    </message>
</context>
<context>
    <name>MissingBanner</name>
    <message>
        <location filename="../../desktop/views/widgets.py" line="63"/>
        <source>Go to the comparisons</source>
        <translation>前往两两比较</translation>
    </message>
    <message>
        <location filename="../../desktop/views/widgets.py" line="64"/>
        <source>Go to the scores</source>
        <translation>前往打分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/widgets.py" line="65"/>
        <source>Go to the experts</source>
        <translation>前往专家组</translation>
    </message>
    <message>
        <location filename="../../desktop/views/widgets.py" line="66"/>
        <source>Go to the criteria tree</source>
        <translation>前往准则层次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/widgets.py" line="67"/>
        <source>Go there</source>
        <translation>前往该处</translation>
    </message>
</context>
<context>
    <name>MonteCarloPage</name>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="133"/>
        <source>Weights from</source>
        <translation>权重来源</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="133"/>
        <source>Samples</source>
        <translation>抽样次数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="133"/>
        <source>Concentration</source>
        <translation>集中度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="134"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="135"/>
        <source>the panel&apos;s disagreement (bootstrap)</source>
        <translation>专家组分歧（自助抽样）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="136"/>
        <location filename="../../desktop/views/montecarlo.py" line="271"/>
        <source>Dirichlet around the group weights</source>
        <translation>以群体权重为中心的狄利克雷分布</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="140"/>
        <source>Weights are drawn from a Dirichlet distribution around the group weights; a larger concentration means less spread.</source>
        <translation>权重从以群体权重为中心的狄利克雷分布中抽取；集中度越大，离散越小。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="142"/>
        <source>Also vary the scores by the experts&apos; dispersion</source>
        <translation>同时按专家打分的离散程度扰动评分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="143"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="144"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="146"/>
        <source>No simulation yet. Choose how the weights vary and press Run: the charts show how often each direction takes each rank.</source>
        <translation>尚未模拟。选择权重的变化方式后点击“运行”：图表将显示每个方向获得各个排名的频率。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="155"/>
        <source>Nothing to simulate: the ranking could not be computed.</source>
        <translation>无法模拟：排序无法计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="170"/>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="179"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="185"/>
        <source>Cancelled. Still showing the previous run: %1</source>
        <translation>已取消。仍显示上一次模拟的结果：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="187"/>
        <source>Cancelled. Still showing the previous run.</source>
        <translation>已取消。仍显示上一次模拟的结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="190"/>
        <source>Cancelled before the end: there are no results yet.</source>
        <translation>已在完成前取消：目前还没有模拟结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="218"/>
        <location filename="../../desktop/views/montecarlo.py" line="224"/>
        <source>The project changed: run again.</source>
        <translation>项目已更改：请重新运行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="260"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="260"/>
        <source>P(top %1)</source>
        <translation>P（前 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="261"/>
        <source>P(first)</source>
        <translation>P（第一）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="261"/>
        <source>Mean closeness</source>
        <translation>平均贴近度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="261"/>
        <source>SD</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="270"/>
        <source>panel bootstrap</source>
        <translation>专家组自助抽样</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="272"/>
        <source>%1 samples (%2), seed %3.</source>
        <translation>%1 次抽样（%2），随机种子 %3。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/montecarlo.py" line="275"/>
        <source>Cancelled before the end.</source>
        <translation>已在完成前取消。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/views/__init__.py" line="93"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop/views/__init__.py" line="94"/>
        <source>Criteria tree</source>
        <translation>准则层次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/__init__.py" line="95"/>
        <source>Experts</source>
        <translation>专家组</translation>
    </message>
    <message>
        <location filename="../../desktop/views/__init__.py" line="96"/>
        <source>Comparisons</source>
        <translation>两两比较</translation>
    </message>
    <message>
        <location filename="../../desktop/views/__init__.py" line="98"/>
        <source>Group weights</source>
        <translation>群体权重</translation>
    </message>
    <message>
        <location filename="../../desktop/views/__init__.py" line="99"/>
        <source>Discussion</source>
        <translation>集体讨论</translation>
    </message>
    <message>
        <location filename="../../desktop/views/__init__.py" line="100"/>
        <source>Industries &amp; scores</source>
        <translation>产业与打分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/__init__.py" line="102"/>
        <source>Ranking</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../desktop/views/__init__.py" line="103"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../desktop/views/__init__.py" line="104"/>
        <source>Sensitivity</source>
        <translation>灵敏度分析</translation>
    </message>
    <message>
        <location filename="../../desktop/views/__init__.py" line="105"/>
        <source>Monte Carlo</source>
        <translation>蒙特卡洛模拟</translation>
    </message>
    <message>
        <location filename="../../desktop/views/__init__.py" line="106"/>
        <source>Portfolio</source>
        <translation>投资组合</translation>
    </message>
</context>
<context>
    <name>NodeWeightsModel</name>
    <message>
        <location filename="../../desktop/models/weights.py" line="79"/>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../../desktop/models/weights.py" line="83"/>
        <source>Group</source>
        <translation>群体</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/views/overview.py" line="76"/>
        <source>top %1 directions of each industry</source>
        <translation>各产业前 %1 个方向</translation>
    </message>
    <message>
        <location filename="../../desktop/views/overview.py" line="77"/>
        <source>Method: TOPSIS with %1; AHP weights by %2, %3; RI table %4.</source>
        <translation>方法：TOPSIS（%1）；AHP 权重：%2，%3；RI 表：%4。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/overview.py" line="86"/>
        <source>Criteria weighted: %1 (objective method: %2).</source>
        <translation>赋权方式：%1（客观赋权方法：%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/overview.py" line="89"/>
        <source>Illustrative data: the scores are not the paper&apos;s.</source>
        <translation>示例数据：评分并非来自论文。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/overview.py" line="120"/>
        <source>Also ranked on its own criteria: %1</source>
        <translation>另按其自有指标排序：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/overview.py" line="122"/>
        <source>No. %1 (closeness)</source>
        <translation>第 %1 名（贴近度）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/overview.py" line="138"/>
        <source>Criterion</source>
        <translation>准则</translation>
    </message>
    <message>
        <location filename="../../desktop/views/overview.py" line="138"/>
        <source>Under</source>
        <translation>所属</translation>
    </message>
    <message>
        <location filename="../../desktop/views/overview.py" line="138"/>
        <source>Global weight</source>
        <translation>全局权重</translation>
    </message>
</context>
<context>
    <name>PairSlider</name>
    <message>
        <location filename="../../desktop/views/pair_slider.py" line="40"/>
        <source>equal</source>
        <translation>同等重要</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pair_slider.py" line="41"/>
        <source>moderate</source>
        <translation>稍微重要</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pair_slider.py" line="42"/>
        <source>strong</source>
        <translation>明显重要</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pair_slider.py" line="43"/>
        <source>very strong</source>
        <translation>强烈重要</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pair_slider.py" line="44"/>
        <source>extreme</source>
        <translation>极端重要</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pair_slider.py" line="48"/>
        <source>%1–%2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pair_slider.py" line="215"/>
        <location filename="../../desktop/views/pair_slider.py" line="237"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pair_slider.py" line="232"/>
        <source>Clear this judgment</source>
        <translation>清除此判断</translation>
    </message>
</context>
<context>
    <name>PairwisePage</name>
    <message>
        <location filename="../../desktop/views/pairwise.py" line="81"/>
        <location filename="../../desktop/views/pairwise.py" line="293"/>
        <source>Type a judgment into an upper cell: 5, 1/5 or 0.2</source>
        <translation>可在右上方单元格中直接输入判断值：5、1/5 或 0.2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairwise.py" line="245"/>
        <source>No comparisons here</source>
        <translation>此处无两两比较</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairwise.py" line="257"/>
        <source>Cannot compute weights: %1</source>
        <translation>无法计算权重：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairwise.py" line="284"/>
        <source>judgments missing</source>
        <translation>判断缺失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairwise.py" line="291"/>
        <source>Expert:</source>
        <translation>专家：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairwise.py" line="292"/>
        <source>Compare under:</source>
        <translation>比较层次：</translation>
    </message>
</context>
<context>
    <name>PanelPage</name>
    <message>
        <location filename="../../desktop/views/panel.py" line="30"/>
        <source>Excel (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/panel.py" line="77"/>
        <source>Add expert…</source>
        <translation>添加专家…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/panel.py" line="78"/>
        <source>Remove expert…</source>
        <translation>删除专家…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/panel.py" line="79"/>
        <source>Import questionnaires…</source>
        <translation>导入调查问卷…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/panel.py" line="80"/>
        <source>Export questionnaires…</source>
        <translation>导出调查问卷…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/panel.py" line="87"/>
        <source>%1 experts. Double-click a name, role or weight to edit it. Completeness is the share of judgments given; the worst CR is the expert&apos;s least consistent matrix (threshold %2).</source>
        <translation>共 %1 位专家。双击姓名、角色或权重即可编辑。完整度为已给出判断的比例；最差 CR 为该专家一致性最差的判断矩阵（阈值 %2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/panel.py" line="96"/>
        <source>Start round %1…</source>
        <translation>开始第 %1 轮…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/panel.py" line="99"/>
        <source>Round 1 in progress. When the panel has answered, start round 2: each expert then sees the group&apos;s judgment beside their own and may revise it.</source>
        <translation>第 1 轮进行中。专家组答完后可开始第 2 轮：每位专家将在自己的判断旁看到群体判断值，并可修改自己的判断。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/panel.py" line="104"/>
        <source>Round %1 in progress (round %2 closed %3). Questionnaires exported now are round-%1 questionnaires; those of earlier rounds are refused on import. The Group weights page compares the rounds.</source>
        <translation>第 %1 轮进行中（第 %2 轮已于 %3 结束）。现在导出的是第 %1 轮调查问卷；导入时不接受之前轮次的问卷。“群体权重”页可比较各轮结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/panel.py" line="119"/>
        <source>Close round %1 and start round %2?

Round %1&apos;s answers are kept in the project&apos;s round history, and the Group weights page compares consensus round by round. Round %2 starts from the same answers: its questionnaires show each expert their round-%1 answers, the group&apos;s judgment and its spread, and mark answers far from the group. Questionnaires of round %1 can no longer be imported.

You can undo this.</source>
        <translation>结束第 %1 轮并开始第 %2 轮？

第 %1 轮的回答保存在项目的轮次记录中，“群体权重”页将逐轮比较共识度。第 %2 轮从相同的回答开始：其调查问卷向每位专家展示其第 %1 轮的回答、群体判断值及其离散程度，并标出与群体相差较大的回答。此后不能再导入第 %1 轮的调查问卷。

此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/panel.py" line="125"/>
        <source>Start round %1</source>
        <translation>开始第 %1 轮</translation>
    </message>
    <message>
        <location filename="../../desktop/views/panel.py" line="131"/>
        <source>Round %1 started: export the round-%1 questionnaires (Export questionnaires…) and send them to the panel.</source>
        <translation>第 %1 轮已开始：请导出第 %1 轮调查问卷（“导出调查问卷…”）并发给专家组。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/panel.py" line="146"/>
        <source>Cannot change the panel</source>
        <translation>无法修改专家组</translation>
    </message>
    <message>
        <location filename="../../desktop/views/panel.py" line="154"/>
        <source>Add expert</source>
        <translation>添加专家</translation>
    </message>
    <message>
        <location filename="../../desktop/views/panel.py" line="155"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/panel.py" line="170"/>
        <source>Remove expert</source>
        <translation>删除专家</translation>
    </message>
    <message>
        <location filename="../../desktop/views/panel.py" line="171"/>
        <source>Remove %1 and all of their judgments and scores? (You can undo this.)</source>
        <translation>删除 %1 及其全部判断和评分？（可撤销）</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="30"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="30"/>
        <source>Must include</source>
        <translation>必选</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="31"/>
        <source>Exclude</source>
        <translation>排除</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="36"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="108"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="109"/>
        <location filename="../../desktop/models/portfolio.py" line="277"/>
        <source>Chosen</source>
        <translation>入选</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="110"/>
        <location filename="../../desktop/models/portfolio.py" line="277"/>
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="110"/>
        <source>Direction</source>
        <translation>重点发展方向</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="111"/>
        <source>Closeness</source>
        <translation>贴近度</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="111"/>
        <location filename="../../desktop/models/portfolio.py" line="278"/>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="112"/>
        <source>Must / exclude</source>
        <translation>必选 / 排除</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="165"/>
        <source>✓: in the best portfolio at this budget; the percentage: how often it is in the best portfolio over the Monte Carlo samples</source>
        <translation>✓：在当前预算下入选最优投资组合；百分比：蒙特卡洛抽样中进入最优投资组合的频率</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="171"/>
        <source>No cost yet: this direction cannot enter the portfolio. Type a cost, or paste a column of costs (Ctrl+V).</source>
        <translation>尚无成本估计：该方向无法进入投资组合。请填写成本，或粘贴一列成本（Ctrl+V）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="223"/>
        <source>“%1” is not a number: a cost is an amount ≥ 0, or blank.</source>
        <translation>“%1”不是数字：成本应为不小于 0 的数，或留空。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="230"/>
        <source>Set the cost of %1</source>
        <translation>设定“%1”的成本</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="236"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="248"/>
        <source>Row %1: “%2” is not a number.</source>
        <translation>第 %1 行：“%2”不是数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="251"/>
        <source>Paste one column of costs.</source>
        <translation>请粘贴一列成本。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="253"/>
        <source>%1 costs but only %2 directions from the selected row.</source>
        <translation>粘贴了 %1 个成本，但从所选行起只有 %2 个方向。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="258"/>
        <source>Paste %1 costs</source>
        <translation>粘贴 %1 个成本</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="278"/>
        <source>Spend</source>
        <translation>投入</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="279"/>
        <source>Weight</source>
        <translation>产业权重</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="279"/>
        <source>Min directions</source>
        <translation>最少方向数</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="280"/>
        <source>Max directions</source>
        <translation>最多方向数</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="280"/>
        <source>Min spend</source>
        <translation>最低投入</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="281"/>
        <source>Max spend</source>
        <translation>最高投入</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="303"/>
        <source>This bound is met exactly: it shapes the choice.</source>
        <translation>该约束恰好达到：它影响了入选结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="341"/>
        <source>“%1” is not a whole number ≥ 0, or blank.</source>
        <translation>“%1”不是不小于 0 的整数，也不是空白。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="343"/>
        <source>“%1” is not an amount ≥ 0.</source>
        <translation>“%1”不是不小于 0 的数。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="345"/>
        <source>“%1” is not an amount ≥ 0, or blank.</source>
        <translation>“%1”不是不小于 0 的数，也不是空白。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/portfolio.py" line="356"/>
        <source>Set %1 of %2</source>
        <translation>设定“%2”的%1</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="232"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="233"/>
        <source>Cost unit</source>
        <translation>成本单位</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="234"/>
        <source>e.g. 亿元</source>
        <translation>如：亿元</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="235"/>
        <source>Robustness over the Monte Carlo run</source>
        <translation>按蒙特卡洛模拟检验稳健性</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="236"/>
        <source>Export cost template…</source>
        <translation>导出成本模板…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="238"/>
        <source>Write every direction with its current cost to an Excel or CSV file to fill in</source>
        <translation>把每个重点发展方向及其当前成本写入 Excel 或 CSV 文件，供填写</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="239"/>
        <source>Import costs…</source>
        <translation>导入成本…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="241"/>
        <source>Read the costs of many directions from an Excel or CSV table (a filled cost template, or columns industry, direction and cost): one undo step</source>
        <translation>从 Excel 或 CSV 表格（填好的成本模板，或含产业、重点发展方向、成本三列的表）读取多个重点发展方向的成本：一步即可撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="243"/>
        <source>Drag to try other budgets (one undo step per drag)</source>
        <translation>拖动以尝试其他预算（每次拖动为一步撤销）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="245"/>
        <source>Type a cost, or paste a column of costs copied from Excel (Ctrl+V) at the selected row. Double-click “Must / exclude” to require or rule out a direction.</source>
        <translation>填写成本，或在所选行粘贴从 Excel 复制的一列成本（Ctrl+V）。双击“必选 / 排除”可将方向设为必选或排除。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="283"/>
        <source>Run a Monte Carlo simulation (Monte Carlo page) to see how often each direction is in the best portfolio when the weights vary.</source>
        <translation>先在“蒙特卡洛模拟”页运行模拟，即可查看权重变动时各方向进入最优投资组合的频率。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="285"/>
        <source>A Monte Carlo run is ready: press the button.</source>
        <translation>已有蒙特卡洛模拟结果：请点击按钮。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="316"/>
        <source>Spent %1 of %2 · total value %3 · %4 of %5 directions chosen</source>
        <translation>已用 %1（预算 %2）· 总价值 %3 · 入选 %4 / %5 个方向</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="322"/>
        <source>Value of a direction = its closeness × its industry&apos;s weight.</source>
        <translation>方向的价值 = 相对贴近度 × 所属产业的权重。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="342"/>
        <source>Set the budget</source>
        <translation>设定预算</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="361"/>
        <source>Set the cost unit</source>
        <translation>设定成本单位</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="391"/>
        <source>Optimizing the portfolio for every sample…</source>
        <translation>正在为每次抽样求解最优投资组合…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="401"/>
        <source>How often each direction is in the best portfolio over %1 Monte Carlo samples: the percentage in the “Chosen” column.</source>
        <translation>“入选”列中的百分比：%1 次蒙特卡洛抽样中各方向进入最优投资组合的频率。</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <location filename="../../desktop/views/questionnaire_dialog.py" line="61"/>
        <source>Export questionnaires</source>
        <translation>导出调查问卷</translation>
    </message>
    <message>
        <location filename="../../desktop/views/questionnaire_dialog.py" line="65"/>
        <source>Round %1. Each questionnaire shows, beside every pair, the expert&apos;s round-%2 answer, the group&apos;s judgment and its spread, and marks answers far from the group; a reason column lets the expert explain an answer they keep.</source>
        <translation>第 %1 轮。每份调查问卷在每一对比较旁展示该专家第 %2 轮的回答、群体判断值及其离散程度，并标出与群体相差较大的回答；专家可在“理由”一栏说明保留意见的理由。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/questionnaire_dialog.py" line="70"/>
        <source>Round 1. Each expert fills their questionnaire offline; import the filled workbooks on the Experts page. Importing changes only the answers an expert changed.</source>
        <translation>第 1 轮。每位专家离线填写调查问卷；填好的工作簿在“专家组”页导入。导入只改动专家改过的答案。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/questionnaire_dialog.py" line="75"/>
        <source>One workbook per expert</source>
        <translation>每位专家一个工作簿</translation>
    </message>
    <message>
        <location filename="../../desktop/views/questionnaire_dialog.py" line="76"/>
        <source>One panel workbook (a sheet per expert)</source>
        <translation>整个专家组一个工作簿（每位专家一个工作表）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/questionnaire_dialog.py" line="87"/>
        <source>Prefill the answers the project holds</source>
        <translation>预填项目中已有的答案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/questionnaire_dialog.py" line="91"/>
        <source>From round 2 on, prefilled is the default: each expert keeps or changes their previous answers. Blank or prefilled, importing changes only what an expert changed (a prefilled answer the expert deletes is cleared).</source>
        <translation>从第 2 轮起默认预填：每位专家保留或修改自己上一轮的答案。无论空白还是预填，导入只改动专家改过的内容（专家删除的预填答案会被清除）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/questionnaire_dialog.py" line="95"/>
        <source>Fixed: filled from the project, read-only</source>
        <translation>固定：取自项目，只读</translation>
    </message>
    <message>
        <location filename="../../desktop/views/questionnaire_dialog.py" line="96"/>
        <source>Asked: the experts supply them</source>
        <translation>征询：由专家填写</translation>
    </message>
    <message>
        <location filename="../../desktop/views/questionnaire_dialog.py" line="113"/>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../desktop/views/questionnaire_dialog.py" line="114"/>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../desktop/views/questionnaire_dialog.py" line="125"/>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/questionnaire_dialog.py" line="126"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/questionnaire_dialog.py" line="127"/>
        <source>Answers:</source>
        <translation>答案：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/questionnaire_dialog.py" line="128"/>
        <source>Measured criteria:</source>
        <translation>实测指标：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/questionnaire_dialog.py" line="129"/>
        <source>Experts:</source>
        <translation>专家：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/questionnaire_dialog.py" line="133"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>RankingData</name>
    <message>
        <location filename="../../desktop/models/ranking_data.py" line="32"/>
        <source>Decision matrix</source>
        <translation>决策矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_data.py" line="32"/>
        <source>Normalized</source>
        <translation>规范化矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_data.py" line="33"/>
        <source>Weighted normalized</source>
        <translation>加权规范化矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_data.py" line="33"/>
        <source>Distances</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_data.py" line="37"/>
        <source>Spearman rₛ</source>
        <translation>斯皮尔曼 rₛ</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_data.py" line="37"/>
        <source>Weighted Spearman r_w</source>
        <translation>加权斯皮尔曼 r_w</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_data.py" line="38"/>
        <source>WS similarity</source>
        <translation>WS 相似系数</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_data.py" line="124"/>
        <source>weight %1, %2</source>
        <translation>权重 %1，%2</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_data.py" line="125"/>
        <source>benefit</source>
        <translation>效益型</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_data.py" line="125"/>
        <source>cost</source>
        <translation>成本型</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_data.py" line="128"/>
        <source>Positive ideal A⁺</source>
        <translation>正理想解 A⁺</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_data.py" line="128"/>
        <source>Negative ideal A⁻</source>
        <translation>负理想解 A⁻</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_data.py" line="131"/>
        <source>D+</source>
        <translation>D+</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_data.py" line="131"/>
        <source>D−</source>
        <translation>D−</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_data.py" line="131"/>
        <source>Closeness</source>
        <translation>相对贴近度</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_data.py" line="131"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_data.py" line="135"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../desktop/views/results.py" line="176"/>
        <source>Show TOPSIS steps</source>
        <translation>显示 TOPSIS 步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/views/results.py" line="177"/>
        <source>Method comparison</source>
        <translation>方法比较</translation>
    </message>
    <message>
        <location filename="../../desktop/views/results.py" line="178"/>
        <source>TOPSIS steps</source>
        <translation>TOPSIS 步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/views/results.py" line="179"/>
        <source>Criterion weights</source>
        <translation>准则权重</translation>
    </message>
    <message>
        <location filename="../../desktop/views/results.py" line="221"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/results.py" line="221"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../desktop/views/results.py" line="221"/>
        <source>Closeness</source>
        <translation>相对贴近度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/results.py" line="221"/>
        <source>D+</source>
        <translation>D+</translation>
    </message>
    <message>
        <location filename="../../desktop/views/results.py" line="222"/>
        <source>D−</source>
        <translation>D−</translation>
    </message>
    <message>
        <location filename="../../desktop/views/results.py" line="225"/>
        <source>%1 directions · %2 criteria · %3 · %4</source>
        <translation>%1 个方向 · %2 个准则 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../desktop/views/results.py" line="289"/>
        <source>Spread</source>
        <translation>极差</translation>
    </message>
    <message>
        <location filename="../../desktop/views/results.py" line="290"/>
        <source>This direction&apos;s rank differs most between methods</source>
        <translation>该方向的排名在各方法间差异最大</translation>
    </message>
    <message>
        <location filename="../../desktop/views/results.py" line="294"/>
        <source>Ranks by each method (1 = best); highlighted: the directions that move most.</source>
        <translation>各方法的排名（1 = 最优）；高亮：排名变动最大的方向。</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <location filename="../../desktop/models/rounds.py" line="64"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../../desktop/models/rounds.py" line="69"/>
        <source>S* round %1</source>
        <translation>第 %1 轮 S*</translation>
    </message>
    <message>
        <location filename="../../desktop/models/rounds.py" line="69"/>
        <source>Dispersion round %1</source>
        <translation>第 %1 轮离散程度</translation>
    </message>
    <message>
        <location filename="../../desktop/models/rounds.py" line="70"/>
        <source>Moved in round %1</source>
        <translation>第 %1 轮改动者</translation>
    </message>
    <message>
        <location filename="../../desktop/models/rounds.py" line="72"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/models/rounds.py" line="72"/>
        <source>closed %1</source>
        <translation>%1 结束</translation>
    </message>
    <message>
        <location filename="../../desktop/models/rounds.py" line="74"/>
        <source>Goepel&apos;s consensus S* of the panel&apos;s weights (1 = full agreement)</source>
        <translation>专家组权重的 Goepel 共识度 S*（1 = 完全一致）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/rounds.py" line="76"/>
        <source>Mean geometric standard deviation of the judgments (1 = everyone gave the same answer)</source>
        <translation>各判断几何标准差的平均值（1 = 所有人回答相同）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/rounds.py" line="78"/>
        <source>The experts who changed answers here since the previous round</source>
        <translation>自上一轮以来在此处改动过回答的专家</translation>
    </message>
    <message>
        <location filename="../../desktop/models/rounds.py" line="80"/>
        <source>round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <location filename="../../desktop/models/rounds.py" line="92"/>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <location filename="../../desktop/models/rounds.py" line="134"/>
        <source>, closer to the group&apos;s round-%1 judgment</source>
        <translation>，更接近第 %1 轮的群体判断值</translation>
    </message>
    <message>
        <location filename="../../desktop/models/rounds.py" line="135"/>
        <source>, further from the group&apos;s round-%1 judgment</source>
        <translation>，更偏离第 %1 轮的群体判断值</translation>
    </message>
    <message>
        <location filename="../../desktop/models/rounds.py" line="137"/>
        <source>%1%2: %3 answer(s) changed%4</source>
        <translation>%1%2：改动 %3 个回答%4</translation>
    </message>
</context>
<context>
    <name>RoundsSection</name>
    <message>
        <location filename="../../desktop/views/rounds_section.py" line="48"/>
        <source>Rounds: round 1 in progress. Start round 2 on the Experts page to compare consensus round by round.</source>
        <translation>轮次：第 1 轮进行中。在“专家组”页开始第 2 轮后，可逐轮比较共识度。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rounds_section.py" line="63"/>
        <source>Round by round (round %1 in progress): consensus S*, dispersion (1 = everyone agrees) and who changed answers; hover for details.</source>
        <translation>逐轮比较（第 %1 轮进行中）：共识度 S*、离散程度（1 = 完全一致）及改动回答的专家；悬停查看详情。</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <location filename="../../desktop/models/scores.py" line="43"/>
        <source>benefit ↑</source>
        <translation>效益型 ↑</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores.py" line="43"/>
        <source>cost ↓</source>
        <translation>成本型 ↓</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores.py" line="159"/>
        <source>Nobody has scored this cell: the ranking cannot be computed.</source>
        <translation>无人为此单元格打分：无法计算排序。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores.py" line="160"/>
        <source>Not scored by this expert (skipped in the aggregate).</source>
        <translation>该专家未打分（集结时跳过）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores.py" line="204"/>
        <source>Dispersion among experts (SD): %1</source>
        <translation>专家间离散程度（标准差）：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores.py" line="223"/>
        <source>Score %1–%2</source>
        <translation>打分 %1–%2</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores.py" line="225"/>
        <source>Measured value</source>
        <translation>实测值</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores.py" line="261"/>
        <source>The aggregate is computed from the experts&apos; scores; choose an expert to paste scores.</source>
        <translation>集结值由专家打分计算得出；请选择一位专家再粘贴打分。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores.py" line="267"/>
        <source>The block has %1 × %2 cells but only %3 × %4 fit from the selected cell.</source>
        <translation>粘贴区域为 %1 × %2 个单元格，但从所选单元格起只能容纳 %3 × %4 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores.py" line="279"/>
        <source>%1: “%2” is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores.py" line="286"/>
        <source>Row %1 (%2), column %3 (%4)</source>
        <translation>第 %1 行（%2），第 %3 列（%4）</translation>
    </message>
</context>
<context>
    <name>ScoresPage</name>
    <message>
        <location filename="../../desktop/views/scores.py" line="186"/>
        <source>Industries</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scores.py" line="187"/>
        <source>Decision matrix</source>
        <translation>决策矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scores.py" line="188"/>
        <source>Scores of:</source>
        <translation>评分来源：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scores.py" line="189"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scores.py" line="190"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scores.py" line="191"/>
        <source>Add industry…</source>
        <translation>添加产业…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scores.py" line="192"/>
        <location filename="../../desktop/views/scores.py" line="194"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scores.py" line="193"/>
        <source>Add direction…</source>
        <translation>添加方向…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scores.py" line="195"/>
        <source>Paste a block copied from Excel (Ctrl+V) at the selected cell; it is one step to undo. Red cells block the ranking; hover for the reason.</source>
        <translation>在所选单元格处粘贴从 Excel 复制的数据块（Ctrl+V），可一步撤销。红色单元格会阻止排序，悬停可查看原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scores.py" line="206"/>
        <source>Directions of %1</source>
        <translation>%1 的重点发展方向</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scores.py" line="212"/>
        <source>Panel aggregate (read-only)</source>
        <translation>专家组集结（只读）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scores.py" line="256"/>
        <source>Nothing was changed:</source>
        <translation>未做任何修改：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scores.py" line="260"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scores.py" line="280"/>
        <source>Add industry</source>
        <translation>添加产业</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scores.py" line="295"/>
        <source>Remove industry</source>
        <translation>删除产业</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scores.py" line="296"/>
        <source>Remove “%1” with its directions and scores? (Undo brings it back.)</source>
        <translation>删除“%1”及其方向和评分？（撤销可恢复）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scores.py" line="305"/>
        <source>Add direction</source>
        <translation>添加方向</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scores.py" line="322"/>
        <source>Remove direction</source>
        <translation>删除方向</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scores.py" line="323"/>
        <source>Remove “%1” and its scores? (Undo brings it back.)</source>
        <translation>删除“%1”及其评分？（撤销可恢复）</translation>
    </message>
</context>
<context>
    <name>SensitivityPage</name>
    <message>
        <location filename="../../desktop/views/sensitivity.py" line="69"/>
        <source>Criterion:</source>
        <translation>准则：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sensitivity.py" line="108"/>
        <source>Criterion</source>
        <translation>准则</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sensitivity.py" line="108"/>
        <source>Current weight</source>
        <translation>当前权重</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sensitivity.py" line="109"/>
        <source>Top-1 stable from</source>
        <translation>第一名稳定区间 自</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sensitivity.py" line="109"/>
        <location filename="../../desktop/views/sensitivity.py" line="110"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sensitivity.py" line="110"/>
        <source>Ranking stable from</source>
        <translation>排序稳定区间 自</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sensitivity.py" line="110"/>
        <source>Reversals</source>
        <translation>排序逆转</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sensitivity.py" line="112"/>
        <source>The top direction stays first while the weight stays in this interval</source>
        <translation>权重在此区间内时，第一名保持不变</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sensitivity.py" line="114"/>
        <source>No two directions swap while the weight stays in this interval</source>
        <translation>权重在此区间内时，任意两个方向的排名都不互换</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sensitivity.py" line="136"/>
        <source>“%1” stays first while this weight is between %2 and %3 (now %4); %5 rank reversal(s) on the sweep.</source>
        <translation>该权重在 %2 至 %3 之间（当前 %4）时，“%1”保持第一；扫描范围内共有 %5 处排序逆转。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sensitivity.py" line="145"/>
        <source>Smallest single change that alters the top: %1 from %2 to %3 (%4), making “%5” first.</source>
        <translation>改变第一名的最小单项变化：%1 从 %2 变为 %3（%4），使“%5”排第一。</translation>
    </message>
</context>
<context>
    <name>SettingsBar</name>
    <message>
        <location filename="../../desktop/views/settings_bar.py" line="111"/>
        <source>Set %1 to %2</source>
        <translation>将 %1 设为 %2</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/views/start.py" line="105"/>
        <source>What to do next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/views/start.py" line="106"/>
        <source>The workshop, step by step</source>
        <translation>专家论证会的各个步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/views/start.py" line="112"/>
        <source>No project</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/start.py" line="119"/>
        <source>The project cannot be evaluated: see the status bar.</source>
        <translation>项目无法计算：原因见状态栏。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/start.py" line="120"/>
        <source>Go to %1</source>
        <translation>前往“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/start.py" line="132"/>
        <source>Look at it</source>
        <translation>去查看</translation>
    </message>
    <message>
        <location filename="../../desktop/views/start.py" line="132"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../desktop/views/template_dialog.py" line="36"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/template_dialog.py" line="37"/>
        <source>Start from a template: each one is a criteria tree and the industries to rank, without a panel or any judgment.</source>
        <translation>从模板开始：每个模板包含一棵准则树和待排序的产业，不含专家组和任何判断。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/template_dialog.py" line="58"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../desktop/views/template_dialog.py" line="84"/>
        <source>Empty project</source>
        <translation>空白项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/template_dialog.py" line="94"/>
        <source>Criteria to weigh: %1 (judgment matrices: %2)</source>
        <translation>待赋权准则：%1 项（判断矩阵：%2 个）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/template_dialog.py" line="103"/>
        <source>No criteria yet.</source>
        <translation>尚无准则。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/template_dialog.py" line="107"/>
        <source>%1 industries, %2 priority directions:</source>
        <translation>%1 个产业，%2 个重点发展方向：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/template_dialog.py" line="111"/>
        <source>No industries yet.</source>
        <translation>尚无产业。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/template_dialog.py" line="112"/>
        <source>The panel and its judgments are added after: on the Experts page, or by importing the experts&apos; questionnaires.</source>
        <translation>专家组及其判断在创建后添加：在“专家组”页添加，或导入专家的调查问卷。</translation>
    </message>
</context>
<context>
    <name>TreePage</name>
    <message>
        <location filename="../../desktop/views/tree.py" line="122"/>
        <source>The criteria hierarchy: the goal, its criteria and sub-criteria. Double-click a name (in either language), a type or a unit to edit it; every change can be undone.</source>
        <translation>准则层次结构：目标层、准则层与子准则层。双击名称（中文或英文）、指标类型或单位即可编辑；每次修改都可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tree.py" line="125"/>
        <source>Add sub-criterion</source>
        <translation>添加子准则</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tree.py" line="126"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tree.py" line="127"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tree.py" line="128"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tree.py" line="166"/>
        <source>Cannot change the tree</source>
        <translation>无法修改层次结构</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tree.py" line="197"/>
        <source>Delete criterion</source>
        <translation>删除准则</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tree.py" line="198"/>
        <source>“%1” has judgments or scores that will be removed with it. Delete it? (You can undo this.)</source>
        <translation>“%1”的判断或评分将一并删除。是否删除？（可撤销）</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <location filename="../../desktop/undo_text.py" line="32"/>
        <source>Clear judgment: %1, %2 vs %3</source>
        <translation>清除判断：%1，%2 对 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="33"/>
        <source>Edit judgment: %1, %2 vs %3</source>
        <translation>修改判断：%1，%2 对 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="41"/>
        <location filename="../../desktop/undo_text.py" line="55"/>
        <source>Clear score: %1, %2 on %3</source>
        <translation>清除评分：%1，%2（%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="42"/>
        <location filename="../../desktop/undo_text.py" line="56"/>
        <source>Edit score: %1, %2 on %3</source>
        <translation>修改评分：%1，%2（%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="47"/>
        <source>Clear %1 scores</source>
        <translation>清除 %1 个评分</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="47"/>
        <source>Set %1 scores</source>
        <translation>填入 %1 个评分</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="50"/>
        <source>: %1, %2</source>
        <translation>：%1，%2</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="65"/>
        <location filename="../../desktop/undo_text.py" line="71"/>
        <source>Set %1 to %2</source>
        <translation>将%1设为%2</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="84"/>
        <location filename="../../desktop/undo_text.py" line="92"/>
        <location filename="../../desktop/undo_text.py" line="93"/>
        <source>Rename “%1”</source>
        <translation>重命名“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="86"/>
        <source>Make “%1” a cost criterion</source>
        <translation>将“%1”设为成本型指标</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="87"/>
        <source>Make “%1” a benefit criterion</source>
        <translation>将“%1”设为效益型指标</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="88"/>
        <source>Set the unit of “%1”</source>
        <translation>设置“%1”的单位</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="89"/>
        <source>Rename expert %1</source>
        <translation>重命名专家 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="90"/>
        <source>Set %1&apos;s weight to %2</source>
        <translation>将 %1 的专家权重设为 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="94"/>
        <source>Edit criterion “%1” of %2</source>
        <translation>修改 %2 的指标“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="98"/>
        <source>Close round %1, start round %2</source>
        <translation>结束第 %1 轮，开始第 %2 轮</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="101"/>
        <source>Clear reason: %1, %2 vs %3</source>
        <translation>清除理由：%1，%2 对 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="102"/>
        <source>Edit reason: %1, %2 vs %3</source>
        <translation>修改理由：%1，%2 对 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="104"/>
        <source>Edit the project&apos;s title and description</source>
        <translation>修改项目标题和说明</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="105"/>
        <source>Add criterion “%1” under “%2”</source>
        <translation>在“%2”下添加准则“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="107"/>
        <source>Delete criterion “%1”</source>
        <translation>删除准则“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="108"/>
        <source>Move “%1”</source>
        <translation>移动“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="109"/>
        <source>Add expert %1</source>
        <translation>添加专家 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="110"/>
        <source>Remove expert %1</source>
        <translation>移除专家 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="111"/>
        <source>Move expert %1</source>
        <translation>移动专家 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="112"/>
        <source>Add industry “%1”</source>
        <translation>添加产业“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="113"/>
        <source>Remove industry “%1”</source>
        <translation>删除产业“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="114"/>
        <source>Add direction “%1” to %2</source>
        <translation>为 %2 添加方向“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="116"/>
        <source>Remove direction “%1”</source>
        <translation>删除方向“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="117"/>
        <source>Move direction “%1”</source>
        <translation>移动方向“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="118"/>
        <source>Add criterion “%1” to %2</source>
        <translation>为 %2 添加指标“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="121"/>
        <source>Remove criterion “%1” from %2</source>
        <translation>从 %2 删除指标“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="131"/>
        <source>%1 changes</source>
        <translation>%1 处修改</translation>
    </message>
    <message>
        <location filename="../../desktop/undo_text.py" line="132"/>
        <source>Edit the project</source>
        <translation>修改项目</translation>
    </message>
</context>
<context>
    <name>Weighting</name>
    <message>
        <location filename="../../desktop/models/weighting.py" line="25"/>
        <source>AHP (subjective)</source>
        <translation>主观权重（AHP）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/weighting.py" line="26"/>
        <source>Objective: %1</source>
        <translation>客观权重：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/models/weighting.py" line="28"/>
        <source>Combined</source>
        <translation>组合权重</translation>
    </message>
    <message>
        <location filename="../../desktop/models/weighting.py" line="44"/>
        <location filename="../../desktop/models/weighting.py" line="68"/>
        <source>The same score for every direction: no information, objective weight 0</source>
        <translation>各方向得分相同：不含信息，客观权重为 0</translation>
    </message>
    <message>
        <location filename="../../desktop/models/weighting.py" line="59"/>
        <source>σ (normalized)</source>
        <translation>标准差 σ（规范化后）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/weighting.py" line="60"/>
        <source>Conflict Σ(1 − r)</source>
        <translation>冲突性 Σ(1 − r)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/weighting.py" line="61"/>
        <source>Information C</source>
        <translation>信息量 C</translation>
    </message>
    <message>
        <location filename="../../desktop/models/weighting.py" line="61"/>
        <location filename="../../desktop/models/weighting.py" line="66"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../desktop/models/weighting.py" line="64"/>
        <source>Entropy e</source>
        <translation>信息熵 e</translation>
    </message>
    <message>
        <location filename="../../desktop/models/weighting.py" line="65"/>
        <source>Divergence d = 1 − e</source>
        <translation>差异系数 d = 1 − e</translation>
    </message>
    <message>
        <location filename="../../desktop/models/weighting.py" line="80"/>
        <source>Normalized matrix r (costs reversed)</source>
        <translation>规范化矩阵 r（成本型指标已反向）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/weighting.py" line="81"/>
        <source>Shares p = r / Σ r</source>
        <translation>比重 p = r / Σ r</translation>
    </message>
</context>
<context>
    <name>WeightingPanel</name>
    <message>
        <location filename="../../desktop/views/weighting.py" line="85"/>
        <source>Steps of %1</source>
        <translation>%1计算步骤</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../desktop/workshop_text.py" line="34"/>
        <source>Criteria</source>
        <extracomment>The page that holds each step.</extracomment>
        <translation>准则</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="34"/>
        <source>Panel</source>
        <translation>专家组</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="34"/>
        <source>Comparisons</source>
        <translation>两两比较</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="35"/>
        <source>Group weights</source>
        <translation>群体权重</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="35"/>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="36"/>
        <source>Ranking</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="41"/>
        <source>none answered yet</source>
        <translation>尚无判断</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="41"/>
        <source>nothing to compare yet</source>
        <translation>暂无可比较的项</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="44"/>
        <source>CR fails: %1</source>
        <translation>CR 未通过：%1 位</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="46"/>
        <source>unanswered: %1</source>
        <translation>未答完：%1 位</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="47"/>
        <source>all %1 answered</source>
        <translation>%1 项全部作答</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="53"/>
        <source>waiting for judgments</source>
        <translation>等待专家判断</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="56"/>
        <source>%1 of %2 nodes weighted</source>
        <translation>%2 个层次中 %1 个已赋权</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="58"/>
        <source>group CR fails at %1</source>
        <translation>%1 处群体 CR 未通过</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="62"/>
        <source>%1 nodes weighted</source>
        <translation>%1 个层次已赋权</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="63"/>
        <source>S* %1 (%2)</source>
        <translation>S* %1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="71"/>
        <source>%1 criteria</source>
        <translation>%1 项准则</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="72"/>
        <source>no criteria yet</source>
        <translation>尚无准则</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="75"/>
        <source>no experts yet</source>
        <translation>尚无专家</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="76"/>
        <source>%1 experts</source>
        <translation>%1 位专家</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="77"/>
        <source>every weight is 0</source>
        <translation>专家权重全为 0</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="84"/>
        <source>no scores yet</source>
        <translation>尚无评分</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="84"/>
        <source>no directions yet</source>
        <translation>尚无重点发展方向</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="86"/>
        <source>%1 blank cell(s)</source>
        <translation>%1 个空白评分格</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="87"/>
        <source>%1 industries · %2 directions</source>
        <translation>%1 个产业 · %2 个方向</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="90"/>
        <source>nothing ranked yet</source>
        <translation>尚未排序</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="91"/>
        <source>%1 of %2 industries ranked</source>
        <translation>%2 个产业中 %1 个已排序</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="92"/>
        <source>%1 industries ranked</source>
        <translation>%1 个产业已排序</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="94"/>
        <source>%1 direction(s) set aside</source>
        <translation>%1 个方向未参与排序</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="105"/>
        <source>%1 of %2 judgments answered; %3 expert(s) with a matrix that fails the consistency check; %4 expert(s) with pairs unanswered.</source>
        <translation>已作答 %1/%2 项判断；%3 位专家有判断矩阵未通过一致性检验；%4 位专家有未作答的比较。</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="113"/>
        <source>Click to go to the first one.</source>
        <translation>点击前往第一处。</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="120"/>
        <source>Every step is done: the ranking is ready. Review it with the panel, look at its sensitivity, and export the results workbook.</source>
        <translation>各步骤均已完成，排序结果已就绪：请与专家组一起审阅，查看灵敏度分析，并导出结果工作簿。</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="124"/>
        <source>Build the criteria tree: add the criteria the panel will weigh (or start from a template with File ▸ New).</source>
        <translation>建立准则层次：添加需要专家组赋权的准则（或通过“文件 ▸ 新建”从模板开始）。</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="126"/>
        <source>Add the experts of the panel on the Experts page, then send each a questionnaire (File ▸ Export ▸ Questionnaires).</source>
        <translation>在“专家组”页添加专家，然后为每位专家导出调查问卷（文件 ▸ 导出 ▸ 专家组调查问卷）。</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="128"/>
        <source>Collect the pairwise comparisons: import the filled questionnaires on the Experts page, or enter each expert&apos;s judgments on the Comparisons page.</source>
        <translation>收集两两比较判断：在“专家组”页导入填好的调查问卷，或在“两两比较”页逐位录入专家的判断。</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="132"/>
        <source>Look at the comparisons flagged: an expert whose judgments fail the consistency check, or pairs left unanswered. Discuss the most disputed pairs with the panel.</source>
        <translation>查看标出的两两比较：判断未通过一致性检验的专家，或未作答的比较。与专家组讨论分歧最大的比较。</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="134"/>
        <source>Some criteria have no group weights yet: look at the Group weights page.</source>
        <translation>部分准则还没有群体权重：请查看“群体权重”页。</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="135"/>
        <source>Score the priority directions of each industry on the Industries &amp; scores page (paste a block from Excel).</source>
        <translation>在“产业与打分”页为各产业的重点发展方向打分（可从 Excel 粘贴整块数据）。</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="137"/>
        <source>Fill the blank score cells: a cell nobody scored keeps its industry out of the ranking.</source>
        <translation>填写空白评分格：无人打分的评分格会使其所属产业无法排序。</translation>
    </message>
    <message>
        <location filename="../../desktop/workshop_text.py" line="139"/>
        <source>Some industries or directions could not be ranked: the Ranking page says why.</source>
        <translation>部分产业或方向无法排序：原因见“排序”页。</translation>
    </message>
</context>
</TS>

"""Sentences for Excel: opening an untrusted workbook (:mod:`mcdm.excel.safety`), writing
questionnaires and reading filled ones back (:mod:`mcdm.excel.questionnaire`). The location
names the file, the sheet and the cell; a sentence names the expert, the criterion and the items
of the answer."""

_PAIR_ZH = "[[{expert}在]][[「{node}」下]]「{a}」对「{b}」"
_PAIR_EN = "“{a}” against “{b}”[[ under “{node}”]][[ ({expert})]]"
_CELL_ZH = "[[{expert}为]][[「{direction}」在「{criterion}」上的]]"
_CELL_EN = "[[ of “{direction}” on “{criterion}”]][[ ({expert})]]"
_RANGE_ZH = "[[ {low} 到 {high} 之间的]]"
_RANGE_EN = "[[ from {low} to {high}]]"

SENTENCES: dict[str, tuple[str, str]] = {
    # opening a workbook
    "file.missing": ("找不到或无法打开该文件[[：{reason}]]。",
                     "The file cannot be found or opened[[: {reason}]]."),
    "file.not_xlsx": ("该文件不是 Excel 工作簿（.xlsx）：请用 Excel、WPS 或 LibreOffice 另存为 .xlsx。",
                      "The file is not an Excel workbook (.xlsx): save it as .xlsx with Excel, "
                      "WPS or LibreOffice."),
    "file.truncated": ("工作簿已损坏或不完整：请从专家处重新复制一份。",
                       "The workbook is damaged or incomplete: copy it again from the expert."),
    "file.zip_bomb": ("出于安全原因拒绝打开该工作簿[[：{reason}]]。",
                      "The workbook is refused for safety[[: {reason}]]."),
    "file.xml_forbidden": ("工作簿中含有不允许的 XML 结构，出于安全原因拒绝打开。",
                           "The workbook contains XML constructs that are refused for safety."),
    "file.macros_ignored": ("工作簿中含有宏：宏已被忽略，从未运行。",
                            "The workbook contains macros: they were ignored, never run."),
    # is it a questionnaire of this project?
    "questionnaire.no_metadata": ("这个工作簿不是本软件生成的调查问卷（缺少隐藏的问卷信息表）。",
                                  "This workbook is not a questionnaire made by this app (its "
                                  "hidden information sheet is missing)."),
    "questionnaire.bad_metadata": ("问卷的隐藏信息已损坏：请使用未经修改的问卷。",
                                   "The questionnaire's hidden information is damaged: use an "
                                   "unmodified questionnaire."),
    "questionnaire.newer_format": ("这份问卷由更新版本的软件生成（格式 {version}，本版本最高支持 "
                                   "{supported}）：请更新软件。",
                                   "This questionnaire was made by a newer version of the app "
                                   "(format {version}; this version reads up to {supported}): "
                                   "update the app."),
    "questionnaire.other_project": ("这份问卷属于另一个项目：请发给专家本项目生成的问卷。",
                                    "This questionnaire belongs to another project: send the "
                                    "expert one made for this project."),
    "questionnaire.template_version": ("这份问卷是按另一个模板生成的：请重新生成问卷。",
                                       "This questionnaire was made for another template: make "
                                       "a new one."),
    "questionnaire.structure_changed": ("生成这份问卷后，准则、产业、标度或打分范围已有改动：请给专家"
                                        "发送新生成的问卷。",
                                        "The criteria, industries, scale or score range changed "
                                        "since this questionnaire was made: send the expert a "
                                        "new one."),
    "questionnaire.unknown_expert": ("问卷中的专家「{experts}」不在本项目的专家组中。",
                                     "The questionnaire's expert “{experts}” is not on this "
                                     "project's panel."),
    "questionnaire.duplicate_expert": ("{experts}的回答已从另一个文件读取：每位专家只导入一份问卷。",
                                       "The answers of {experts} were already read from another "
                                       "file: one questionnaire per expert."),
    "questionnaire.too_many_items": ("「{node}」下有 {count} 项，问卷最多支持 {limit} 项（层次分析法"
                                     "建议不超过 9 项）。",
                                     "“{node}” has {count} items; a questionnaire takes at most "
                                     "{limit} (AHP advises at most 9)."),
    # the sheets as they were made
    "sheet.missing": ("工作表「{name}」不见了（被重命名或删除）：请勿修改工作表名称。",
                      "The sheet “{name}” is missing (renamed or deleted): keep the sheets as "
                      "they were."),
    "sheet.layout_changed": ("[[{expert}的]][[「{node}」判断矩阵]][[「{industry}」打分表]]中的行或列"
                             "被移动、插入或删除：请保持生成时的行列。",
                             "Rows or columns[[ of the “{node}” block]][[ of the “{industry}” "
                             "scores]][[ ({expert})]] were moved, inserted or deleted: keep them "
                             "as they were made."),
    # answer cells
    "cell.formula": ("[[{expert}为]][[「{direction}」在「{criterion}」上的]][[「{a}」对「{b}」的]]答案"
                     "单元格中是公式（公式从不计算）：请填写或选择一个值，或留空。",
                     "The answer cell[[ of “{direction}” on “{criterion}”]][[ for “{a}” against "
                     "“{b}”]][[ ({expert})]] holds a formula (formulas are never calculated): "
                     "enter or choose a value, or leave it blank."),
    "judgment.both_sides": (_PAIR_ZH + "的比较两侧都填了：每行只能在一侧选择重要程度。",
                            "The comparison of " + _PAIR_EN + " is answered on both sides: "
                            "choose an intensity on one side only."),
    "judgment.off_scale": (_PAIR_ZH + "的答案「{value}」不在标度上：请从下拉列表中选择重要程度，"
                           "或留空。",
                           "The answer “{value}” for " + _PAIR_EN + " is not on the scale: "
                           "choose an intensity from the list, or leave it blank."),
    "score.not_a_number": (_CELL_ZH + "打分单元格中是文字「{value}」：应为" + _RANGE_ZH + "数值，"
                           "或留空。",
                           "The score" + _CELL_EN + " is the text “{value}”: enter a number"
                           + _RANGE_EN + ", or leave it blank."),
    "score.out_of_range": (_CELL_ZH + "打分 {value} 超出允许范围[[ {low}–{high}]]：请填写范围内的"
                           "数值，或留空。",
                           "The score" + _CELL_EN + ", {value}, is outside the allowed range"
                           + _RANGE_EN + ": enter a number within it, or leave it blank."),
}


# -- the questionnaire round trip's three-way import, its preview and Delphi rounds --------------
SENTENCES.update({
    "file.ods": ("该文件是 OpenDocument 表格（.ods）：请在 WPS、Excel 或 LibreOffice 中“另存为” .xlsx 格式后再导入。",
        "The file is an OpenDocument spreadsheet (.ods): save it as .xlsx (Excel workbook) in WPS, Excel or LibreOffice and import that."),
    "file.xls": ("该文件是旧版 Excel 工作簿（.xls）：请“另存为” .xlsx 格式后再导入。",
        "The file is an old-format Excel workbook (.xls): save it as .xlsx and import that."),
    "questionnaire.other_round": ("这是第 {found} 轮的问卷，而项目已进入第 {current} 轮：请导入第 {current} 轮的问卷。",
        "This is a round-{found} questionnaire and the project is in round {current}: import the round-{current} questionnaires."),
    "questionnaire.measured_option": ("实测数据选项 {value} 无效：应为 fixed（只读）或 ask（由专家填写）。",
        "Measured-data option {value} is not valid: use fixed (read-only) or ask (the experts supply them)."),
    "sheet.renamed": ("缺少工作表“{name}”，而工作表“{found}”看起来就是它：请把“{found}”改回“{name}”后再导入。",
        "Sheet “{name}” is missing and sheet “{found}” looks like it: rename “{found}” back to “{name}” and import again."),
    "reason.too_long": ("理由过长（{count} 个字符），请简要说明（不超过 2000 个字符）。",
        "The reason is too long ({count} characters): keep it under 2000."),
    "questionnaire.fixed_changed": ("实测数据“{criterion}”在问卷中被修改，已忽略：保留项目中的值。",
        "The measured value of “{criterion}” was changed in the questionnaire and ignored: the project's value is kept."),
    "questionnaire.block_disconnected": ("{expert} 在“{node}”下的回答没有把各项联系起来（被隔开：{cut}），无法据此计算权重。",
        "{expert}'s answers under “{node}” do not link every item (cut off: {cut}): no weights can be computed from them."),
    "import.block_has_problems": ("{expert} 在“{block}”的回答有问题，不能导入：该组保留原值。",
        "{expert}'s answers at “{block}” have problems and cannot be imported: the block keeps its old values."),
    "import.unknown_block": ("预览中没有这一组回答。",
        "The preview has no such block of answers."),
    "import.conflict_choice": ("冲突的处理方式 {value} 无效：应为 keep（保留项目中的值）或 take（采用问卷中的值）。",
        "Conflict choice {value} is not valid: use keep (the project's value) or take (the questionnaire's)."),
    "edit.round_closed": ("轮次的结束时间无效。",
        "The round's closing time is not valid."),
    "edit.reason": ("理由须为可打印文本，且不超过 2000 个字符。",
        "A reason must be printable text of at most 2000 characters."),
    "project.round_number": ("轮次编号 {number} 不对：轮次应依次编号为 1、2、…。",
        "Round number {number} is wrong: rounds are numbered 1, 2, … in order."),
    "project.round_closed": ("该轮次没有结束时间。",
        "The round has no closing time."),
})

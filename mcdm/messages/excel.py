"""Sentences for the Excel round trip: reading questionnaires back (every problem with a file,
sheet or cell, the preview's warnings and choices) and the rounds of a consultation.

The place (file, sheet, cell) is shown beside each sentence by the CLI and the GUI, so the
sentences say what is wrong and what to do, not where.
"""

SENTENCES: dict[str, tuple[str, str]] = {}

# -- issue 13: questionnaire round trip and rounds ------------------------------------------------
# (kept as one block: the message catalogue of issue 12 fills this file too)
SENTENCES.update({
    # files
    "file.missing": ("无法读取该文件（文件不存在或无权限）。", "The file cannot be read (missing, or no "
                     "permission)."),
    "file.too_large": ("文件过大，不像是一份问卷（问卷通常小于 1 MB）。",
                       "The file is too large to be a questionnaire (they are well under 1 MB)."),
    "file.not_xlsx": ("该文件不是 Excel 工作簿（.xlsx）。", "The file is not an Excel workbook (.xlsx)."),
    "file.ods": ("该文件是 OpenDocument 表格（.ods）：请在 WPS、Excel 或 LibreOffice 中“另存为” .xlsx "
                 "格式后再导入。", "The file is an OpenDocument spreadsheet (.ods): save it as .xlsx "
                 "(Excel workbook) in WPS, Excel or LibreOffice and import that."),
    "file.xls": ("该文件是旧版 Excel 工作簿（.xls）：请“另存为” .xlsx 格式后再导入。",
                 "The file is an old-format Excel workbook (.xls): save it as .xlsx and import "
                 "that."),
    "file.truncated": ("工作簿已损坏或不完整：请从专家处重新复制该文件。",
                       "The workbook is damaged or incomplete: copy it again from the expert."),
    "file.zip_bomb": ("该文件的压缩结构异常，出于安全考虑未予打开。",
                      "The file's compressed parts are abnormal; it was not opened, for safety."),
    "file.xml_forbidden": ("该文件含有被禁止的 XML 结构（DTD 或实体声明），出于安全考虑未予打开。",
                           "The file holds forbidden XML (a DTD or an entity declaration); it was "
                           "not opened, for safety."),
    "file.unreadable": ("无法读取该工作簿：请在 Excel、WPS 或 LibreOffice 中打开并重新保存为 .xlsx。",
                        "The workbook cannot be read: open it in Excel, WPS or LibreOffice and save "
                        "it again as .xlsx."),
    "file.macros_ignored": ("工作簿含有宏，已忽略（从不运行）。",
                            "The workbook contains macros; they were ignored (never run)."),
    # the questionnaire as a whole
    "questionnaire.no_metadata": ("该工作簿不是本软件生成的问卷（缺少隐藏的元数据工作表）。",
                                  "This workbook is not a questionnaire of this app (its hidden "
                                  "metadata sheet is missing)."),
    "questionnaire.newer_format": ("该问卷由更新版本的软件生成（格式 {version}）：请先更新软件。",
                                   "The questionnaire was made by a newer version of the app "
                                   "(format {version}): update the app first."),
    "questionnaire.bad_metadata": ("问卷的元数据已损坏：请重新生成问卷。",
                                   "The questionnaire's metadata is damaged: issue a new "
                                   "questionnaire."),
    "questionnaire.other_project": ("该问卷属于另一个项目（{found}）。",
                                    "The questionnaire belongs to another project ({found})."),
    "questionnaire.template_version": ("该问卷是为模板 {found} 生成的，与本项目不符：请重新生成问卷。",
                                       "The questionnaire was made for template {found}, not this "
                                       "project's: issue a new questionnaire."),
    "questionnaire.structure_changed": ("生成该问卷后，项目的准则、产业、标度或打分范围已改变：请重新生成问卷。",
                                        "The criteria, industries, scale or score range changed "
                                        "since this questionnaire was issued: issue a new one."),
    "questionnaire.unknown_expert": ("问卷中的专家 {experts} 不在本项目的专家组中。",
                                     "Expert {experts} of the questionnaire is not in this "
                                     "project's panel."),
    "questionnaire.duplicate_expert": ("{experts} 的回答已从另一个文件读取，此文件中的不再导入。",
                                       "The answers of {experts} were already read from another "
                                       "file; this file's are not imported."),
    "questionnaire.other_round": ("这是第 {found} 轮的问卷，而项目已进入第 {current} 轮：请导入第 {current} "
                                  "轮的问卷。", "This is a round-{found} questionnaire and the "
                                  "project is in round {current}: import the round-{current} "
                                  "questionnaires."),
    "questionnaire.too_many_items": ("“{node}”下有 {count} 项，问卷最多支持 20 项（层次分析法建议不超过 9 项）。",
                                     "“{node}” has {count} items; a questionnaire takes at most "
                                     "20 (AHP advises at most 9)."),
    "questionnaire.measured_option": ("实测数据选项 {value} 无效：应为 fixed（只读）或 ask（由专家填写）。",
                                      "Measured-data option {value} is not valid: use fixed "
                                      "(read-only) or ask (the experts supply them)."),
    # sheets and cells
    "sheet.missing": ("缺少工作表“{name}”（被重命名或删除）：该表中的回答未导入。",
                      "Sheet “{name}” is missing (renamed or deleted): its answers were not "
                      "imported."),
    "sheet.renamed": ("缺少工作表“{name}”，而工作表“{found}”看起来就是它：请把“{found}”改回“{name}”后再导入。",
                      "Sheet “{name}” is missing and sheet “{found}” looks like it: rename "
                      "“{found}” back to “{name}” and import again."),
    "sheet.layout_changed": ("该组的行或列被移动、插入或删除：该组保留项目中的原值。",
                             "Rows or columns of this block were moved, inserted or deleted: "
                             "the block keeps the project's values."),
    "cell.formula": ("答案单元格中是公式（公式不会被计算）：请选择或输入一个值，或留空。",
                     "An answer cell holds a formula (formulas are never evaluated): choose or "
                     "type a value, or leave it blank."),
    "judgment.both_sides": ("“{a}”与“{b}”的比较两侧都填了：只能填一侧。",
                            "The comparison of “{a}” and “{b}” is answered on both sides: answer "
                            "one side only."),
    "judgment.off_scale": ("“{value}”不在标度内：请从下拉列表中选择，或输入 1–9 的数字。",
                           "“{value}” is not on the scale: choose from the list, or type a "
                           "number from 1 to 9."),
    "score.not_a_number": ("打分单元格中的“{value}”不是数字。", "“{value}” in a score cell is not "
                           "a number."),
    "score.out_of_range": ("打分 {value} 超出允许范围。", "Score {value} is outside the allowed "
                           "range."),
    "reason.too_long": ("理由过长（{count} 个字符），请简要说明（不超过 2000 个字符）。",
                        "The reason is too long ({count} characters): keep it under 2000."),
    # the preview's warnings and choices
    "questionnaire.fixed_changed": ("实测数据“{criterion}”在问卷中被修改，已忽略：保留项目中的值。",
                                    "The measured value of “{criterion}” was changed in the "
                                    "questionnaire and ignored: the project's value is kept."),
    "questionnaire.block_disconnected": ("{expert} 在“{node}”下的回答没有把各项联系起来（被隔开：{cut}），"
                                         "无法据此计算权重。", "{expert}'s answers under “{node}” "
                                         "do not link every item (cut off: {cut}): no weights can "
                                         "be computed from them."),
    "import.block_has_problems": ("{expert} 在“{block}”的回答有问题，不能导入：该组保留原值。",
                                  "{expert}'s answers at “{block}” have problems and cannot be "
                                  "imported: the block keeps its old values."),
    "import.unknown_block": ("预览中没有这一组回答。", "The preview has no such block of answers."),
    "import.conflict_choice": ("冲突的处理方式 {value} 无效：应为 keep（保留项目中的值）或 take（采用问卷中的值）。",
                               "Conflict choice {value} is not valid: use keep (the project's "
                               "value) or take (the questionnaire's)."),
    "import.rejected": ("问卷有问题，未导入任何内容（可用 --accept-valid 只导入没有问题的各组回答）。",
                        "The questionnaires have problems; nothing was imported (--accept-valid "
                        "imports the blocks without problems)."),
    # rounds in the project
    "edit.round_closed": ("轮次的结束时间无效。", "The round's closing time is not valid."),
    "edit.reason": ("理由须为可打印文本，且不超过 2000 个字符。",
                    "A reason must be printable text of at most 2000 characters."),
    "project.round_number": ("轮次编号 {number} 不对：轮次应依次编号为 1、2、……",
                             "Round number {number} is wrong: rounds are numbered 1, 2, … in "
                             "order."),
    "project.round_closed": ("该轮次没有结束时间。", "The round has no closing time."),
})

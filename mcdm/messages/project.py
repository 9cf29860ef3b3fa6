"""Sentences for projects: the model and its edits, validation of a project (the schema, every
problem at a JSON path), reading and writing project files (codec, storage, migrations), the
recovery file and templates (:mod:`mcdm.project`)."""

_SCORE_ZH = "[[{expert}为]]「{direction}」在「{criterion}」上的打分"
_SCORE_EN = "[[{expert}'s ]]score of “{direction}” on “{criterion}”"
_RANGE_ZH = "超出打分范围 {low}–{high}"
_RANGE_EN = "is outside the scoring range {low}–{high}"
_PAIR_ZH = "[[{expert}在]]「{node}」下「{a}」对「{b}」的判断"
_PAIR_EN = "[[{expert}'s ]]judgment of “{a}” against “{b}” under “{node}”"

SENTENCES: dict[str, tuple[str, str]] = {
    # references the project does not hold
    "project.unknown_node": ("准则层次中没有编号为「{node}」的准则。",
                             "The criteria tree has no criterion “{node}”."),
    "project.unknown_expert": ("专家组中没有「{expert}」。", "The panel has no expert “{expert}”."),
    "project.unknown_industry": ("项目中没有产业「{industry}」。",
                                 "The project has no industry “{industry}”."),
    "result.unknown_industry": ("结果中没有「{industry}」的排序。",
                                "The result has no ranking of “{industry}”."),
    "template.unknown": ("没有名为「{name}」的模板：可选 {choices}。",
                         "There is no template “{name}”: choose {choices}."),
    # validation of a project (schema); the location gives the JSON path
    "validation.failed": ("发现 {count} 处问题。", "{count} problem(s) found."),
    "project.schema_version": ("项目的文件格式版本为 {value}，本软件使用版本 {supported}。",
                               "The project's file format version is {value}; this app uses "
                               "version {supported}."),
    "project.id_empty": ("该{kind}没有编号：请填写一个非空的编号。",
                         "The {kind} has no id: give it a non-empty id."),
    "project.id_duplicate": ("{kind}编号「{id}」被使用了两次：项目中的编号必须唯一。",
                             "The {kind} id “{id}” is used twice: ids must be unique in the "
                             "project."),
    "project.label_empty": ("该{kind}没有名称：请填写中文或英文名称。",
                            "The {kind} has no label: give it a Chinese or English one."),
    "project.text_invalid": ("文本中含有控制字符或无效字符：请只使用可打印的文字。",
                             "The text holds a control character or an invalid character: use "
                             "printable text only."),
    "project.criterion_type": ("「{node}」的指标类型无效：应为效益型或成本型。",
                               "The type of “{node}” is not valid: it must be benefit or cost."),
    "project.setting_invalid": ("设置「{setting}」的值 {value} 无效：应为{expected}。",
                                "The setting “{setting}” cannot be {value}: use {expected}."),
    "project.expert_name": ("第 {number} 位专家没有姓名：请填写姓名。",
                            "Expert number {number} has no name: give one."),
    "project.expert_weight": ("{expert}的权重为 {value}，应为不小于 0 的有限数。",
                              "{expert}'s weight is {value}; it must be a finite number of at "
                              "least 0."),
    "project.expert_weights_zero": ("所有专家的权重都为 0：至少一位专家的权重需大于 0。",
                                    "Every expert's weight is 0: at least one expert needs a "
                                    "weight above 0."),
    "project.industry_criterion_weight": ("「{industry}」的自有准则「{criterion}」的权重份额为 "
                                          "{value}，应在 0 到 1 之间（不含 1）。",
                                          "The share of “{criterion}”, a criterion of "
                                          "“{industry}”, is {value}; it must be from 0 up to "
                                          "(not including) 1."),
    "project.industry_criteria_weight_sum": ("「{industry}」自有准则的权重份额合计为 {total}，应小于 "
                                             "1，以便为准则树中的准则留出权重。",
                                             "The own criteria of “{industry}” take {total} of "
                                             "the weight; they must take less than 1, leaving "
                                             "weight for the criteria tree."),
    "project.judgment_expert": ("有一组判断属于不在专家组中的专家「{expert}」。",
                                "Judgments belong to “{expert}”, who is not on the panel."),
    "project.judgment_node": ("「{node}」下不足两项，不能有两两比较的判断。",
                              "“{node}” has fewer than two items, so it cannot hold pairwise "
                              "judgments."),
    "project.judgment_pair": ("「{a}」与「{b}」不是「{node}」下的两项。",
                              "“{a}” and “{b}” are not two items under “{node}”."),
    "project.judgment_order": (_PAIR_ZH + "与各项的顺序相反：应保存为「{b}」对「{a}」的倒数。",
                               _PAIR_EN + " is stored against the items' order: store "
                               "its reciprocal as “{b}” against “{a}”."),
    "project.judgment_value": (_PAIR_ZH + "值为 {value}，应为正的有限数。",
                               _PAIR_EN + " is {value}; it must be a finite positive "
                               "number."),
    "project.reason_expert": ("有保留意见的理由属于不在专家组中的专家「{expert}」。",
                              "Reasons belong to “{expert}”, who is not on the panel."),
    "project.reason_node": ("「{node}」下不足两项，不能有两两比较的理由。",
                            "“{node}” has fewer than two items, so it cannot hold reasons for "
                            "pairwise judgments."),
    "project.reason_pair": ("理由所指的「{a}」与「{b}」不是「{node}」下的两项。",
                            "The reason's “{a}” and “{b}” are not two items under “{node}”."),
    "project.reason_order": (_PAIR_ZH + "的理由与各项的顺序相反：应保存为「{b}」对「{a}」。",
                             "The reason for " + _PAIR_EN + " is stored against the items' "
                             "order: store it as “{b}” against “{a}”."),
    "project.reason_value": (_PAIR_ZH + "的理由应为不超过 2000 字的可打印文字。",
                             "The reason for " + _PAIR_EN + " must be printable text of at most "
                             "2,000 characters."),
    "project.score_expert": ("有打分属于不在专家组中的专家「{expert}」。",
                             "Scores belong to “{expert}”, who is not on the panel."),
    "project.score_industry": ("有打分属于不存在的产业「{industry}」。",
                               "Scores belong to an industry “{industry}” the project does not "
                               "have."),
    "project.score_direction": ("「{industry}」中没有重点发展方向「{direction}」，却有它的打分。",
                                "“{industry}” has no priority direction “{direction}”, yet it "
                                "is scored."),
    "project.score_criterion": ("有打分给了不存在的准则「{criterion}」。",
                                "Scores are given on a criterion “{criterion}” the project does "
                                "not have."),
    "project.score_value": (_SCORE_ZH + " {value} 不是有限的数。",
                            _SCORE_EN + ", {value}, is not a finite number."),
    "project.score_range": (_SCORE_ZH + "为 {value}，" + _RANGE_ZH + "。",
                            _SCORE_EN + ", {value}, " + _RANGE_EN + "."),
    # edits (the GUI's and the importer's changes; an invalid edit changes nothing)
    "edit.invalid": ("这次修改会使项目出现 {count} 处问题，未作修改。",
                     "This change would leave {count} problem(s) in the project, so nothing was "
                     "changed."),
    "edit.value": ("{kind} {value} 无效：应为正的有限数。",
                   "The {kind} {value} is not valid: it must be a finite positive number."),
    "edit.judgment_pair": ("「{a}」与「{b}」不是「{node}」下两项不同的子准则，不能比较。",
                           "“{a}” and “{b}” are not two different items under “{node}”, so they "
                           "cannot be compared."),
    "edit.score_key": ("打分的位置无效：应由专家、产业、重点发展方向和准则确定。",
                       "The score's place is not valid: it is an expert, an industry, a "
                       "direction and a criterion."),
    "edit.score_direction": ("「{industry}」中没有重点发展方向「{direction}」。",
                             "“{industry}” has no priority direction “{direction}”."),
    "edit.score_criterion": ("「{criterion}」不是「{industry}」的打分准则。",
                             "“{criterion}” is not a criterion “{industry}” is scored on."),
    "edit.score_range": (_SCORE_ZH + " {value} " + _RANGE_ZH + "：请填写范围内的数值。",
                         _SCORE_EN + ", {value}, " + _RANGE_EN + ": enter a number "
                         "within it."),
    "edit.text_invalid": ("[[{kind}名称]]文本中含有控制字符：请只使用可打印的文字。",
                          "The text[[ of the {kind} label]] holds a control character: use "
                          "printable text only."),
    "edit.label_empty": ("{kind}名称不能为空：请填写中文或英文名称。",
                         "The {kind} label cannot be empty: give a Chinese or English one."),
    "edit.criterion_type": ("「{node}」的指标类型 {value} 无效：应为效益型或成本型。",
                            "The type {value} of “{node}” is not valid: use benefit or cost."),
    "edit.expert_name": ("专家姓名不能为空。", "An expert's name cannot be empty."),
    "edit.expert_weight": ("{expert}的权重不能为 {value}：应为不小于 0 的有限数。",
                           "{expert}'s weight cannot be {value}: it must be a finite number of "
                           "at least 0."),
    "edit.expert_weights_zero": ("不能把{expert}的权重设为 0：至少一位专家的权重需大于 0。",
                                 "{expert}'s weight cannot be 0: at least one expert needs a "
                                 "weight above 0."),
    "edit.unknown_direction": ("「{industry}」中没有重点发展方向「{direction}」。",
                               "“{industry}” has no priority direction “{direction}”."),
    "edit.unknown_criterion": ("「{industry}」没有自有准则「{criterion}」。",
                               "“{industry}” has no own criterion “{criterion}”."),
    "edit.unknown_setting": ("没有名为「{setting}」的设置。", "There is no setting “{setting}”."),
    "edit.setting_invalid": ("设置「{setting}」不能为 {value}：应为{expected}。",
                             "The setting “{setting}” cannot be {value}: use {expected}."),
    "edit.id_duplicate": ("编号「{id}」已被使用：准则层次中的编号必须唯一。",
                          "The id “{id}” is already used: ids in the criteria tree must be "
                          "unique."),
    "edit.remove_goal": ("目标层不能删除。", "The goal cannot be deleted."),
    "edit.move_goal": ("目标层不能移动。", "The goal cannot be moved."),
    "edit.move_cycle": ("不能把「{node}」移到它自己或它的下级准则「{parent}」之下。",
                        "“{node}” cannot move under itself or its own sub-criterion “{parent}”."),
    # project files
    "file.encoding": ("该文件不是 UTF-8 编码的文本[[（第 {byte} 个字节处）]]，不是本软件保存的项目"
                      "文件。",
                      "The file is not UTF-8 text[[ (at byte {byte})]], so it is not a project "
                      "file saved by this app."),
    "file.json": ("项目文件不是有效的 JSON[[：第 {line} 行第 {column} 列附近有语法错误]]"
                  "[[（{reason}）]]。",
                  "The project file is not valid JSON[[: a syntax error near line {line}, "
                  "column {column}]][[ ({reason})]]."),
    "file.not_project": ("该文件中没有项目：应为一个含格式版本号的 JSON 对象。",
                         "The file holds no project: it must be a JSON object with a "
                         "schema_version."),
    "file.schema_version": ("项目文件的格式版本 {value} 无效：应为 0 到 {supported} 的整数。",
                            "The project file's format version {value} is not valid: it must be "
                            "a whole number from 0 to {supported}."),
    "file.newer_version": ("这个项目由更新版本的软件保存（格式版本 {version}，本版本最高支持 "
                           "{supported}）：请更新软件后再打开。",
                           "This project was saved by a newer version of the app (format "
                           "{version}; this version reads up to {supported}): update the app to "
                           "open it."),
    "file.type": ("项目文件中此处的数据类型不对[[：应为{want}]]。",
                  "The project file holds the wrong kind of value here[[: it must be {want}]]."),
    "file.unknown_member": ("项目文件中有无法识别的项「{name}」[[：此处可用的项为 {allowed}]]。",
                            "The project file holds an unknown member “{name}”[[: the members "
                            "allowed here are {allowed}]]."),
    "file.member_missing": ("项目文件缺少必填项「{member}」。",
                            "The project file lacks the required “{member}”."),
    "file.number": ("项目文件中的 {value} 不是有限的数。",
                    "{value} in the project file is not a finite number."),
    "file.text_invalid": ("项目文件中的文本含有控制字符或无效字符。",
                          "A text in the project file holds a control character or an invalid "
                          "character."),
    "file.criterion_type": ("项目文件中的指标类型 {value} 无效：应为 \"benefit\"（效益型）或 "
                            "\"cost\"（成本型）。",
                            "The criterion type {value} in the project file is not valid: it "
                            "must be \"benefit\" or \"cost\"."),
    "file.tree_too_deep": ("准则层次超过 {limit} 层，无法读取。",
                           "The criteria tree is deeper than {limit} levels and cannot be "
                           "read."),
    "file.unknown_setting": ("项目文件中有未知的设置「{name}」。",
                             "The project file has an unknown setting “{name}”."),
    # files of either kind (project files and workbooks)
    "file.too_large": ("该{kind}过大（{size}，上限 {limit}），为安全起见不予读取。",
                       "The {kind} is too large to be read safely ({size}; the limit is "
                       "{limit})."),
    "file.unreadable": ("无法读取该{kind}[[：{reason}]]。",
                        "The {kind} cannot be read[[: {reason}]]."),
    "file.unwritable": ("无法保存该文件[[：{reason}]]。", "The file cannot be saved[[: {reason}]]."),
    # the recovery file
    "recovery.unreadable": ("无法读取恢复文件[[：{reason}]]。",
                            "The recovery file cannot be read[[: {reason}]]."),
    "recovery.format": ("该文件不是本软件的恢复文件。",
                        "The file is not a recovery file of this app."),
}

"""Sentences of a cost table's problems (:mod:`mcdm.project.cost_sheet`), of the command that
imports it or writes its template (``fourchains-cli direction costs``), and the template's words.

Each row's problem names the file, the row and the column as the file names them; ``industry``
and ``direction`` are ids, shown as labels in the language when the project is given.
"""

_AT = ("{file} 第 {row} 行“{column}”列：", "{file}, row {row}, column “{column}”: ")
_CLEARS = ("留空表示不变，填 \"-\" 或 \"none\" 表示清除", "blank leaves it as it is, - or none clears it")

SENTENCES: dict[str, tuple[str, str]] = {
    # -- the file as a whole -------------------------------------------------------------------
    "costs.unreadable": ("无法读取成本表 {file}。", "Cannot read the cost table {file}."),
    "costs.too_large": ("{file} 过大，不像是成本表。", "{file} is too large to be a cost table."),
    "costs.format": ("无法从 {file} 读取成本：请使用 .csv 或 .xlsx 文件。",
                     "Cannot read costs from {file}: use a .csv or .xlsx file."),
    "costs.encoding": ("{file} 既不是 UTF-8 也不是 GB 18030 文本：请在 Excel 中另存为“CSV UTF-8”。",
                       "{file} is neither UTF-8 nor GB 18030 text: save it from Excel as "
                       "“CSV UTF-8”."),
    "costs.csv": ("{file} 不是可读的 CSV 表格。", "{file} is not a readable CSV table."),
    "costs.rejected": ("成本表中有 {count} 处问题，所有成本均未修改。",
                       "The cost table has {count} problem(s); no cost was changed."),
    "costs.empty": ("{file} 中没有重点发展方向：第一行为列名（产业、重点发展方向、成本），之后每个方向"
                    "一行。", "{file} names no direction: a header row (industry, direction, "
                    "cost), then one row per direction."),
    "costs.too_many_rows": ("{file} 的行数过多，不像是成本表。",
                            "{file} has too many rows to be a cost table."),
    "costs.no_cost_column": ("{file} 第 {row} 行没有“成本”列：第一行应为列名，如 产业、重点发展方向、"
                             "成本。", "{file}, row {row}: no cost column; the first row names "
                             "the columns, e.g. industry, direction, cost."),
    "costs.no_direction_column": ("{file} 第 {row} 行没有“重点发展方向”列：第一行应为列名，如 产业、"
                                  "重点发展方向、成本。", "{file}, row {row}: no direction column; "
                                  "the first row names the columns, e.g. industry, direction, "
                                  "cost."),
    "costs.unit_mismatch": (_AT[0] + "成本以“{file_unit}”计，而项目的成本单位是“{unit}”：请先换算，"
                            "或改用项目的单位。", _AT[1] + "the costs are in “{file_unit}” but "
                            "the project's cost unit is “{unit}”: convert them first, or use "
                            "the project's unit."),
    "costs.unit_missing": (_AT[0] + "成本以“{file_unit}”计，而项目还没有成本单位：请先用 "
                           "fourchains-cli budget 项目文件 --unit {file_unit} 设定。",
                           _AT[1] + "the costs are in “{file_unit}” but the project has no cost "
                           "unit yet: set it first with fourchains-cli budget PROJECT --unit "
                           "{file_unit}."),
    # -- one row ---------------------------------------------------------------------------
    "costs.unknown_industry": (_AT[0] + "没有编号或名称为“{name}”的产业。现有产业：{industries}。",
                               _AT[1] + "no industry has the id or label “{name}”. The "
                               "industries: {industries}."),
    "costs.ambiguous_industry": (_AT[0] + "“{name}”可指多个产业（编号 {ids}）：请改填编号。",
                                 _AT[1] + "“{name}” could be several industries (ids {ids}): "
                                 "write the id instead."),
    "costs.industry_mismatch": (_AT[0] + "“{name}”不是编号 {id} 所指的产业“{industry}”：请更正名称"
                                "或编号，或清空其中之一。", _AT[1] + "“{name}” is not the "
                                "industry with the id {id} (“{industry}”): correct the label or "
                                "the id, or clear one of them."),
    "costs.unknown_direction": (_AT[0] + "[[“{industry}”中]]没有编号或名称为“{name}”的重点发展方向。",
                                _AT[1] + "no direction[[ of “{industry}”]] has the id or label "
                                "“{name}”."),
    "costs.ambiguous_direction": (_AT[0] + "“{name}”可指“{industry}”中的多个方向（编号 {ids}）："
                                  "请改填编号。", _AT[1] + "“{name}” could be several directions "
                                  "of “{industry}” (ids {ids}): write the id instead."),
    "costs.direction_needs_industry": (_AT[0] + "多个产业都有方向“{name}”（{industries}）：请填写"
                                       "产业。", _AT[1] + "several industries have a direction "
                                       "“{name}” ({industries}): name the industry too."),
    "costs.direction_mismatch": (_AT[0] + "“{name}”不是编号 {id} 所指的方向“{direction}”：请更正名称"
                                 "或编号，或清空其中之一。", _AT[1] + "“{name}” is not the "
                                 "direction with the id {id} (“{direction}”): correct the label "
                                 "or the id, or clear one of them."),
    "costs.direction_empty": (_AT[0] + "填写了成本，却没有指明是哪个方向。",
                              _AT[1] + "the row gives a cost but names no direction."),
    "costs.cost_invalid": (_AT[0] + "成本“{value}”无效：应为不小于 0 的数[[（单位：{unit}）]]；"
                           + _CLEARS[0] + "。", _AT[1] + "the cost “{value}” is not a number "
                           "≥ 0[[ in {unit}]] (" + _CLEARS[1] + ")."),
    "costs.duplicate": (_AT[0] + "“{industry}”的方向“{direction}”在第 {first_row} 行已填为"
                        "“{first}”，此处又填为“{value}”：每个方向只能有一个成本。",
                        _AT[1] + "“{direction}” ({industry}) is already given “{first}” on row "
                        "{first_row}, and “{value}” here: one cost per direction."),
    "costs.formula": (_AT[0] + "单元格是公式（{value}）：请直接填写数值或名称。",
                      _AT[1] + "holds a formula ({value}): type the value instead."),
    "costs.text_invalid": (_AT[0] + "含有控制字符。", _AT[1] + "holds a control character."),
    # -- notes -----------------------------------------------------------------------------
    "costs.column_ignored": ("{file}：已忽略“{column}”列（只读取产业、重点发展方向、成本及其编号）。",
                             "{file}: the column “{column}” is ignored (only industry, direction, "
                             "cost and their ids are read)."),
    "costs.encoding_guessed": ("{file} 已按 GB 18030 编码读取（Excel 中文版另存的 CSV）。",
                               "{file} was read as GB 18030 text (a CSV saved by Chinese Excel)."),
    "costs.duplicate_same": ("{file} 第 {row} 行：“{industry}”的方向“{direction}”已在第 {first_row} "
                             "行出现，成本相同。", "{file}, row {row}: “{direction}” ({industry}) "
                             "is already on row {first_row} with the same cost."),
    "costs.template_format": ("无法写出 {file}：成本模板应为 .xlsx 或 .csv 文件。",
                              "Cannot write {file}: a cost template is a .xlsx or .csv file."),
    # -- what the command did ----------------------------------------------------------------
    "cli.costs_imported": ("已从 {file} 导入成本：新填 {set} 个，修改 {changed} 个，清除 {cleared} 个，"
                           "不变 {unchanged} 个[[，文件未列出 {absent} 个]]；{total} 个重点发展方向中"
                           "仍有 {missing} 个没有成本。", "Imported the costs of {file}: {set} set, "
                           "{changed} changed, {cleared} cleared, {unchanged} unchanged[[, "
                           "{absent} direction(s) not in the file]]; {missing} of {total} "
                           "direction(s) still have no cost."),
    "cli.costs_unchanged": ("{file} 没有改变任何成本（不变 {unchanged} 个[[，文件未列出 {absent} "
                            "个]]），项目保持原样；{total} 个重点发展方向中有 {missing} 个没有成本。",
                            "{file} changes no cost ({unchanged} unchanged[[, {absent} "
                            "direction(s) not in the file]]): the project is as it was; "
                            "{missing} of {total} direction(s) have no cost."),
    "cli.costs_no_unit": ("项目还没有成本单位：可用 fourchains-cli budget {file} --unit 单位 设定。",
                          "The project has no cost unit yet: set one with fourchains-cli budget "
                          "{file} --unit UNIT."),
    "cli.costs_template": ("已写出成本模板 {path}：{total} 个重点发展方向，其中 {costed} 个已有成本"
                           "[[（原文件已保留为 {backup}）]]。填好“{column}”列后，用 fourchains-cli "
                           "direction costs {file} {path} 导入。", "Wrote the cost template "
                           "{path}: {total} direction(s), {costed} with a cost[[ (the previous "
                           "file is kept as {backup})]]. Fill in the “{column}” column, then "
                           "import it with fourchains-cli direction costs {file} {path}."),
    "cli.costs_file_or_template": ("请给出要导入的成本表，或用 --template 文件 写出模板（二者只能选"
                                   "一）。", "Give a cost table to import, or --template FILE to "
                                   "write one (not both)."),
    "cli.costs_output_template": ("--output 只用于导入成本表：--template 只写出模板，不修改项目。",
                                  "--output is for importing a cost table: --template only "
                                  "writes the template and leaves the project alone."),
}

# The template's sheet and column names, and what its notes sheet says.
WORDS: dict[str, tuple[str, str]] = {
    "costs.sheet": ("成本", "Costs"),
    "costs.notes_sheet": ("说明", "Notes"),
    "costs.header.industry": ("产业", "Industry"),
    "costs.header.direction": ("重点发展方向", "Direction"),
    "costs.header.industry_id": ("产业编号", "Industry id"),
    "costs.header.direction_id": ("方向编号", "Direction id"),
    "costs.note.fill": ("在“{column}”列填写各重点发展方向的成本估计，保存后用 fourchains-cli "
                        "direction costs 项目文件 {file} 导入。", "Fill in each direction's "
                        "estimated cost in the “{column}” column, save, then import the file "
                        "with fourchains-cli direction costs PROJECT {file}."),
    "costs.note.blank": ("留空的成本保持不变；填 \"-\" 或 \"none\" 清除成本。",
                         "A blank cost leaves the cost as it is; - or none clears it."),
    "costs.note.ids": ("隐藏的“{industry_id}”“{direction_id}”两列使导入准确无误，请勿修改；新增的行"
                       "也可只填产业和方向的名称（中文或英文）。", "The hidden columns "
                       "“{industry_id}” and “{direction_id}” make the import exact: leave them "
                       "as they are. A row you add may name the industry and the direction by "
                       "label alone (Chinese or English)."),
    "costs.note.other": ("其他列（如备注）导入时会被忽略。",
                         "Other columns (notes, for instance) are ignored on import."),
}

"""The words the engine produces, in Chinese and English: one translation each, used everywhere.

``word(key, lang)`` gives them. Keys:

- ``consensus.<Goepel's word>`` — the level of a consensus S* as :func:`mcdm.group.consensus_word`
  names it ("very low" … "very high", "n/a" for a single expert); :func:`consensus` takes the
  engine's word directly;
- ``cr.passes`` / ``cr.fails`` — the verdict of the consistency check;
- ``setting.<name>`` and ``setting.<name>.<value>`` — read from
  :data:`mcdm.project.settings.SETTINGS` (its title and value words are not repeated here);
- ``method.<name>``, ``completion.<name>``, ``sampler.<name>``, ``type.<benefit|cost>`` —
  the other methods and types the engine names;
- ``kind.*``, ``want.*``, ``reason.*``, ``member.*`` — the words sentences insert for those
  parameters (what an item is, what a file should hold, why a file could not be read);
- ``area.*`` — what a code's first part is about, for the generic sentence of an unknown code;
- ``location.*`` — the parts of a location ("文件", "工作表", "单元格", …).

Examples
--------
>>> word("consensus.very high", "zh"), consensus("n/a", "en")
('很高', 'n/a')
>>> word("setting.normalization.minmax", "zh")
'极差标准化'
>>> word("cr.fails", "zh")
'未通过一致性检验'
"""

from __future__ import annotations

from typing import Any

WORDS: dict[str, tuple[str, str]] = {
    # Goepel's consensus levels (Goepel 2018, Table 4): the engine's words are the keys.
    "consensus.very low": ("很低", "very low"),
    "consensus.low": ("低", "low"),
    "consensus.moderate": ("中等", "moderate"),
    "consensus.high": ("高", "high"),
    "consensus.very high": ("很高", "very high"),
    "consensus.n/a": ("不适用", "n/a"),
    # the consistency check
    "cr.passes": ("通过一致性检验", "passes the consistency check"),
    "cr.fails": ("未通过一致性检验", "fails the consistency check"),
    "goal": ("目标层", "Goal"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    # methods the settings do not hold
    "method.TOPSIS": ("TOPSIS", "TOPSIS"),
    "method.VIKOR": ("VIKOR", "VIKOR"),
    "method.PROMETHEE II": ("PROMETHEE II", "PROMETHEE II"),
    "method.WASPAS": ("WASPAS", "WASPAS"),
    "method.COPRAS": ("COPRAS", "COPRAS"),
    "method.SPOTIS": ("SPOTIS", "SPOTIS"),
    "completion.lambda_max": ("最大特征值最小化补全", "λmax-minimising completion"),
    "completion.harker": ("Harker 法", "Harker's method"),
    "sampler.bootstrap": ("专家组自助抽样", "panel bootstrap"),
    "sampler.dirichlet": ("狄利克雷权重抽样", "Dirichlet weight sampling"),
    "type.benefit": ("效益型指标", "benefit criterion"),
    "type.cost": ("成本型指标", "cost criterion"),
    # {kind}: what an item is
    "kind.project": ("项目", "project"),
    "kind.criterion": ("准则", "criterion"),
    "kind.expert": ("专家", "expert"),
    "kind.industry": ("产业", "industry"),
    "kind.direction": ("重点发展方向", "priority direction"),
    "kind.industry criterion": ("产业自有准则", "industry criterion"),
    "kind.judgment": ("判断值", "judgment"),
    "kind.score": ("打分", "score"),
    "kind.weight": ("权重", "weight"),
    "kind.project file": ("项目文件", "project file"),
    "kind.workbook": ("工作簿", "workbook"),
    "kind.recovery file": ("恢复文件", "recovery file"),
    # {want}: what a place in a project file should hold
    "want.object": ("一个 JSON 对象 {…}", "a JSON object {…}"),
    "want.list": ("一个 JSON 列表 […]", "a JSON list […]"),
    "want.text": ("一段带引号的文本", "a text in quotes"),
    "want.number": ("一个有限的数", "a finite number"),
    "want.boolean": ("true 或 false", "true or false"),
    # {member}: a member of a project file that is missing
    "member.id": ("编号", "id"),
    "member.name": ("名称", "name"),
    # {reason}: why the system could not read or write a file (errno names)
    "reason.ENOENT": ("文件或文件夹不存在", "the file or folder does not exist"),
    "reason.EACCES": ("没有访问权限", "permission denied"),
    "reason.EPERM": ("没有访问权限", "permission denied"),
    "reason.EISDIR": ("这是一个文件夹", "it is a folder"),
    "reason.ENOTDIR": ("路径中的某一级不是文件夹", "a part of the path is not a folder"),
    "reason.ENOSPC": ("磁盘空间不足", "the disk is full"),
    "reason.EROFS": ("磁盘为只读", "the disk is read-only"),
    "reason.EEXIST": ("文件已存在", "the file already exists"),
    "reason.EBUSY": ("文件正被其他程序使用", "another program is using the file"),
    "reason.other": ("系统错误", "a system error"),
    "reason.json": ("不是有效的 JSON", "not valid JSON"),
    "reason.nesting": ("嵌套层数过多", "nested too deeply"),
    "reason.digits": ("其中的数字位数过多", "a number in it has too many digits"),
    "reason.encoding": ("不是 UTF-8 编码的文本", "not UTF-8 text"),
    "reason.parts": ("其中的部件过多", "it has too many parts"),
    "reason.expands": ("解压后过大", "it would expand too much"),
    "reason.ratio": ("压缩比异常", "it is compressed suspiciously far"),
    # {why}: why a method of the comparison could not rank
    "why.positive": ("它要求所有数值为正", "it needs positive values"),
    "why.non_finite": ("它得到了非有限的得分", "it produced non-finite scores"),
    "why.refused": ("这些数据不符合它的要求", "the data do not meet its requirements"),
    # what each area of the engine is about (the generic sentence of an unknown code)
    "area.judgments": ("判断矩阵", "the judgment matrix"),
    "area.judgment": ("判断", "a judgment"),
    "area.ahp": ("层次分析法的设置", "the AHP settings"),
    "area.scale": ("判断标度", "the judgment scale"),
    "area.advice": ("一致性检验", "the consistency check"),
    "area.matrix": ("决策矩阵", "the decision matrix"),
    "area.weights": ("权重", "the weights"),
    "area.types": ("指标类型", "the criterion types"),
    "area.normalization": ("规范化", "the normalization"),
    "area.scores": ("打分", "the scores"),
    "area.score": ("打分", "a score"),
    "area.compare": ("方法比较", "the method comparison"),
    "area.montecarlo": ("蒙特卡洛模拟", "the Monte Carlo simulation"),
    "area.dirichlet": ("蒙特卡洛模拟", "the Monte Carlo simulation"),
    "area.experts": ("专家组", "the expert panel"),
    "area.priorities": ("权重向量", "the priority vectors"),
    "area.aip": ("个体排序集结（AIP）", "the aggregation of individual priorities (AIP)"),
    "area.hierarchy": ("层次结构", "the hierarchy"),
    "area.evaluate": ("计算", "the evaluation"),
    "area.project": ("项目", "the project"),
    "area.edit": ("这次修改", "this edit"),
    "area.file": ("文件", "the file"),
    "area.recovery": ("恢复文件", "the recovery file"),
    "area.template": ("模板", "the template"),
    "area.result": ("结果", "the result"),
    "area.questionnaire": ("调查问卷", "the questionnaire"),
    "area.sheet": ("工作表", "a worksheet"),
    "area.cell": ("单元格", "a cell"),
    "area.cli": ("命令行", "the command line"),
    "area.import": ("导入", "the import"),
    "area.validation": ("校验", "the check"),
    "area.os": ("文件系统", "the file system"),
    "area.engine": ("软件", "the app"),
    # the parts of a location
    "location": ("位置：", "Location: "),
    "location.file": ("文件 {0}", "file {0}"),
    "location.sheet": ("工作表 {0}", "sheet {0}"),
    "location.cell": ("单元格 {0}", "cell {0}"),
    "location.path": ("JSON 路径 {0}", "JSON path {0}"),
    "location.line": ("第 {0} 行", "line {0}"),
    "location.row": ("第 {0} 行", "row {0}"),
    "location.row_named": ("行「{0}」", "row “{0}”"),
    "location.column": ("第 {0} 列", "column {0}"),
    "location.column_named": ("列「{0}」", "column “{0}”"),
    "location.field": ("项「{0}」", "item “{0}”"),
    # parameter names some engine functions put in a location's field
    "field.method": ("权重计算方法", "priority method"),
    "field.ri": ("平均随机一致性指标 RI 表", "RI table"),
    "field.completion": ("缺失判断补全方法", "completion method"),
    "field.scale": ("判断标度", "judgment scale"),
    "field.judgment": ("判断用语", "verbal judgment"),
    "field.monte_carlo": ("蒙特卡洛模拟", "Monte Carlo simulation"),
}

_MISSING = object()


def word(key: str, lang: str, default: Any = _MISSING, **params: Any) -> str:
    """The word for ``key`` in ``lang``; ``params`` fill a word with ``{…}`` parts.

    ``setting.<name>`` and ``setting.<name>.<value>`` come from the settings table. An unknown
    key raises ``KeyError`` unless a ``default`` is given.
    """
    from mcdm.messages._render import index

    if key.startswith("setting."):
        name, _, value = key[len("setting."):].partition(".")
        if _setting(name) is not None:
            return setting_word(name, value, lang) if value else setting_title(name, lang)
    pair = WORDS.get(key)
    if pair is None:
        from mcdm.messages.catalogue import EXTRA_WORDS

        pair = EXTRA_WORDS.get(key)
    if pair is None:
        if default is _MISSING:
            raise KeyError(key)
        return str(default)
    text = pair[index(lang)]
    return text.format(**params) if params else text


def consensus(level: str, lang: str) -> str:
    """Goepel's word for a consensus level as the engine names it ("very high", "n/a")."""
    return word(f"consensus.{level}", lang, default=level)


def verdict(passes: bool, lang: str) -> str:
    """"通过一致性检验" / "未通过一致性检验" (or the English)."""
    return word("cr.passes" if passes else "cr.fails", lang)


def _setting(name: str):
    from mcdm.project.settings import SETTINGS

    return next((s for s in SETTINGS if s.name == name), None)


def setting_title(name: Any, lang: str) -> str:
    """A setting's name as users read it ("规范化方法"); an unknown name as it is."""
    s = _setting(str(name))
    return str(name) if s is None else s.title(lang)


def setting_word(name: str, value: Any, lang: str) -> str:
    """A setting's value as users read it ("极差标准化")."""
    s = _setting(name)
    return str(value) if s is None else s.word(value, lang)


def setting_expected(name: Any, lang: str) -> str:
    """What a valid value of the setting is, in ``lang``: its choices' words ("向量规范化、极差标准化、
    最大值标准化或总和标准化"), or what a valid number is."""
    from mcdm.messages._render import index

    s = _setting(str(name))
    if s is None:
        return ""
    if not s.choices:
        return s.expected[index(lang)]
    words = [s.word(c, lang) for c in s.choices]
    if len(words) == 1:
        return words[0]
    if index(lang) == 0:
        return "、".join(words[:-1]) + "或" + words[-1]
    return ", ".join(words[:-1]) + " or " + words[-1]

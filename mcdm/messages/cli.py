"""Sentences and words of the command line (:mod:`mcdm.cli`): its own errors, the prefixes of
what it prints, file-system errors, and argparse's messages in Chinese.

argparse builds its messages from English ``gettext`` ids; :data:`ARGPARSE` gives the Chinese
of each (same ``%`` placeholders) and :mod:`mcdm.cli.i18n` installs them when the CLI speaks
Chinese.
"""

SENTENCES: dict[str, tuple[str, str]] = {
    "import.rejected": ("问卷中有 {count} 处问题，未导入任何内容，项目保持不变。加上 --accept-valid "
                        "可只导入没有问题的答题块（有问题的答题块保留原值）。",
                        "The questionnaires have {count} problem(s); nothing was imported and "
                        "the project is unchanged. Add --accept-valid to import the blocks "
                        "without problems (a block with a problem keeps its old values)."),
    "os.error": ("无法读写文件[[：{reason}]]。", "The file cannot be read or written[[: {reason}]]."),
}

WORDS: dict[str, tuple[str, str]] = {
    "cli.error": ("错误：", "error: "),
    "cli.warning": ("警告：", "warning: "),
    "cli.note": ("提示：", "note: "),
    "cli.problems": ("发现 {n} 处问题：", "{n} problems:"),
    "cli.interrupted": ("已中断", "interrupted"),
    "cli.internal_error": ("内部错误：", "internal error: "),
}

# argparse's message ids (Python 3.10–3.13) → Chinese. An id missing here stays English, so the
# CLI tests run every kind of usage error in Chinese.
ARGPARSE: dict[str, str] = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示此帮助信息并退出",
    "show program's version number and exit": "显示版本号并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项 %(value)r（可选：%(choices)s）",
    "invalid %(type)s value: %(value)r": "无效的值：%(value)r",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多需要一个值",
    "expected at least one argument": "至少需要一个值",
    "expected %s argument": "需要 %s 个值",
    "expected %s arguments": "需要 %s 个值",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可能是 %(matches)s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ignored explicit argument %r": "忽略了多余的值 %r",
    "one of the arguments %s is required": "需要以下参数之一：%s",
    "unexpected option string: %s": "意外的选项：%s",
    "can't open '%(filename)s': %(error)s": "无法打开 '%(filename)s'：%(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "未知的命令 %(parser_name)r（可选：%(choices)s）",
}

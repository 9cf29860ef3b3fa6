"""fourchains-cli --help and each command's help are complete: every command, action, argument
and option says what it is for."""

import argparse
import re

from mcdm.cli import COMMANDS, parser


def walk(p, path=()):
    """(command path, argparse action) of every argument of every (sub)command."""
    for action in p._actions:
        if isinstance(action, argparse._SubParsersAction):
            described = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                yield path + (name,), argparse.Action([name], name, help=described.get(name))
                yield from walk(sub, path + (name,))
        else:
            yield path, action


def test_every_argument_has_help():
    missing = [(" ".join(path), a.dest) for path, a in walk(parser())
               if not (a.help and a.help.strip()) and a.help != argparse.SUPPRESS]
    assert missing == []


def test_every_command_module_is_listed_in_help():
    text = parser().format_help()
    named = {"import_answers": "import", "set_setting": "set"}  # module -> command
    for module in COMMANDS:
        assert re.search(rf"\n    {named.get(module, module)}\s", text), module


def test_every_help_text_has_its_chinese():
    # h("…") texts are keys of the Chinese table: a text added without its Chinese would show
    # English in `fourchains-cli --lang zh … --help`.
    import ast

    from mcdm.cli.help_zh import HELP_ZH
    from tests.support import ROOT

    texts = set()
    for path in (ROOT / "mcdm" / "cli").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "h":
                texts.add(ast.literal_eval(node.args[0]))
    assert texts
    assert sorted(texts - set(HELP_ZH)) == []

"""``fourchains-cli new``: A new project from a template."""

from __future__ import annotations

import sys

from mcdm.cli.i18n import say
from mcdm.cli.text import word


def add_parser(sub, common) -> None:
    from mcdm.project.templates import list_templates

    n = sub.add_parser("new", parents=[common],
                       help=say("由模板新建项目（项目语言为命令行的语言）",
                                "a new project from a template (in the CLI's language)"))
    n.add_argument("template", choices=list_templates(), metavar=say("模板", "TEMPLATE"),
                   help=", ".join(list_templates()))
    n.add_argument("-o", "--output", required=True, metavar=say("输出文件", "OUT"),
                   help=say("要写出的项目文件", "project file to write"))
    n.set_defaults(run=run)


def run(args) -> int:
    from mcdm.project.edits import SetSetting
    from mcdm.project.storage import save
    from mcdm.project.templates import new_from_template

    # The project's language is the one the user works in; titles and labels stay bilingual.
    project, _ = SetSetting("language", args.lang).apply(new_from_template(args.template))
    save(project, args.output)
    sys.stdout.write(f"{word('wrote', args.lang)} {args.output}\n")
    return 0

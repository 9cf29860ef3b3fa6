"""``fourchains-cli new``: A new project from a template."""

from __future__ import annotations

import sys

from mcdm.cli.helptext import h
from mcdm.cli.text import word


def add_parser(sub, common) -> None:
    from mcdm.project.templates import list_templates

    n = sub.add_parser("new", parents=[common], help="a new project from a template")
    n.add_argument("template", choices=list_templates(),
                   help=h("principles-strategies, four-chains or empty"))
    n.add_argument("-o", "--output", required=True, help=h("project file to write (.json)"))
    n.set_defaults(run=run)


def run(args) -> int:
    from mcdm.project.storage import save
    from mcdm.project.templates import new_from_template

    project = new_from_template(args.template)
    save(project, args.output)
    sys.stdout.write(f"{word('wrote', args.lang or 'en')} {args.output}\n")
    return 0

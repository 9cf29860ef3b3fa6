"""Templates: the paper's frameworks as ready-made projects, and the empty project.

A template is a project file in ``resources/templates/<name>.json`` with a tree, industries and
directions but no panel. ``principles-strategies`` weighs the development principles P1–P4 (§5.2)
and strategies S1–S4 (§6); ``four-chains`` weighs the innovation, industrial, capital and talent
chains. Both carry the eight industries and every priority direction of §5.3.
"""

from __future__ import annotations

from dataclasses import dataclass

from mcdm.errors import Location
from mcdm.project.model import Criterion, Project, ProjectError, Text

__all__ = ["EMPTY", "TEMPLATES", "TemplateInfo", "describe_template", "list_templates",
           "new_from_template", "template_title"]

EMPTY = "empty"
TEMPLATES = ("principles-strategies", "four-chains")


def list_templates() -> tuple[str, ...]:
    """Template names, the paper's frameworks first and ``"empty"`` last."""
    return (*TEMPLATES, EMPTY)


def _empty() -> Project:
    return Project(id="project", template=f"{EMPTY}@1", title=Text("新项目", "New project"),
                   goal=Criterion("goal", Text("目标", "Goal")))


def new_from_template(name: str) -> Project:
    """A new project from template ``name`` (one of :func:`list_templates`)."""
    if name == EMPTY:
        return _empty()
    if name not in TEMPLATES:
        raise ProjectError("template.unknown", f"no template {name!r}",
                           location=Location(field=str(name)),
                           expected=", ".join(list_templates()),
                           params={"name": str(name), "choices": list_templates()})
    from mcdm.project.storage import loads
    from mcdm.resources import resource

    node = resource("templates", f"{name}.json")
    return loads(node.read_bytes(), file=f"templates/{name}.json")


def template_title(name: str) -> Text:
    """The display title of template ``name``."""
    return new_from_template(name).title


@dataclass(frozen=True)
class TemplateInfo:
    """What a template holds, for a "New project" dialog.

    ``criteria``: each top criterion's label with its sub-criteria's labels; counts of the
    leaves (the criteria weighed), the judgment matrices, the industries and their directions.
    """

    name: str
    title: Text
    description: Text
    criteria: tuple[tuple[Text, tuple[Text, ...]], ...]
    leaves: int
    matrices: int
    industries: tuple[Text, ...]
    directions: int


EMPTY_DESCRIPTION = Text("只有目标层：自行建立准则树、专家组、产业和重点发展方向。",
                         "Only the goal: build your own criteria tree, panel, industries and "
                         "priority directions.")


def describe_template(name: str) -> TemplateInfo:
    """The title, description and contents of template ``name``.

    >>> info = describe_template("four-chains")
    >>> info.title.en, info.leaves, len(info.industries)
    ('Four chains', 4, 8)
    """
    project = new_from_template(name)
    description = project.description if name != EMPTY else EMPTY_DESCRIPTION
    return TemplateInfo(
        name, project.title, description,
        tuple((c.label, tuple(g.label for g in c.children)) for c in project.goal.children),
        len(project.leaves()), len(project.internal_nodes()),
        tuple(i.label for i in project.industries),
        sum(len(i.directions) for i in project.industries))

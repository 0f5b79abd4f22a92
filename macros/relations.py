"""Every reference between data files, declared once.

The validator uses `path` to find the ids in a file and check that they exist; the linker
uses `owner`, `id_field`, `forward` and `inverse` to connect the objects both ways.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import model as m


@dataclass(frozen=True)
class Relation:
    kind: str            # the kind of file the reference is written in
    path: tuple          # where in that file; "*" stands for every entry of a list
    target: str          # the kind of thing it names
    owner: type          # the model class holding the reference
    id_field: str        # its attribute with the id(s)
    forward: str         # its attribute with the related object(s)
    inverse: str         # the target's attribute listing the owners

    @property
    def many(self) -> bool:
        return self.id_field.endswith("_ids")


RELATIONS = (
    Relation("factors", ("level",), "levels", m.Factor, "level_id", "level", "factors"),
    Relation("gates", ("from_phase",), "phases", m.Gate, "from_phase_id", "from_phase", "gates_out"),
    Relation("gates", ("to_phase",), "phases", m.Gate, "to_phase_id", "to_phase", "gates_in"),
    Relation("factors", ("guidance", "tools", "*"), "tools", m.Factor, "guidance_tool_ids", "guidance_tools", "guidance_for"),
    Relation("tools", ("phases", "*"), "phases", m.Tool, "phase_ids", "phases", "tools"),
    Relation("tools", ("factors", "*"), "factors", m.Tool, "factor_ids", "factors", "tools"),
    Relation("tools", ("templates", "*"), "templates", m.Tool, "template_ids", "templates", "tools"),
    Relation("tools", ("checklists", "*"), "checklists", m.Tool, "checklist_ids", "checklists", "tools"),
    Relation("templates", ("parts", "*", "phase"), "phases", m.TemplatePart, "phase_id", "phase", "template_parts"),
    Relation("templates", ("parts", "*", "factors_of"), "levels", m.TemplatePart, "factors_of_id", "factors_of",
             "template_parts"),
    Relation("templates", ("parts", "*", "items_of"), "checklists", m.TemplatePart, "items_of_id", "items_of",
             "template_parts"),
    Relation("templates", ("parts", "*", "milestones_of"), "phases", m.TemplatePart, "milestones_of_id",
             "milestones_of", "milestone_parts"),
    Relation("checklists", ("phases", "*"), "phases", m.Checklist, "phase_ids", "phases", "checklists"),
    *(Relation("checklists", ("sections", "*", "items", "*", name), f"{name}s", m.ChecklistItem,
               f"{name}_id", name, "questions") for name in ("level", "factor", "phase", "tool")),
    Relation("process-models", ("steps", "*", "phases", "*"), "phases", m.ProcessStep, "phase_ids", "phases", "steps"),
    *(Relation("topics", (name, "*"), name, m.Topic, f"{name[:-1]}_ids", name, "topics")
      for name in ("levels", "factors", "phases", "tools", "checklists")),
    *(Relation(kind, ("sources", "*", "source"), "sources", m.Citation, "source_id", "source", "citations_of")
      for kind in (*m.PAGE_KINDS,)),
)


def references_in(data, path: tuple, here: tuple = ()):
    """Yield (field path, id) for every id found at `path` in one file's data."""
    if not path:
        if isinstance(data, str):
            yield here, data
        return
    step, rest = path[0], path[1:]
    if step == "*":
        for index, item in enumerate(data if isinstance(data, list) else []):
            yield from references_in(item, rest, here + (index,))
    elif isinstance(data, dict) and step in data:
        yield from references_in(data[step], rest, here + (step,))

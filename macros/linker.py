"""Connect the model objects along RELATIONS, both ways, once per build."""
from __future__ import annotations

from . import model as m
from .relations import RELATIONS


def _set(obj, name, value):
    object.__setattr__(obj, name, value)  # the one place relations are written, before anyone reads them


def parts_of(kind: str, entity) -> list:
    """The nested objects of an entity, each told which entity it belongs to."""
    if kind == "templates":
        return [(part, "template") for part in entity.parts]
    if kind == "checklists":
        return [(item, "checklist") for item in entity.items]
    if kind == "process-models":
        return [(step, "model") for step in entity.steps]
    return []


def link(entities: dict[str, dict[str, m.Entity]]) -> None:
    ordered = {kind: sorted(by_id.values(), key=lambda e: e.sort_key) for kind, by_id in entities.items()}
    for kind, items in ordered.items():
        for entity in items:
            for citation in entity.citations:
                _set(citation, "owner", entity)
            for part, parent_name in parts_of(kind, entity):
                _set(part, parent_name, entity)
    inverse: dict[tuple[int, str], list] = {}
    targets: dict[int, object] = {}
    for relation in RELATIONS:
        for owner in _owners(relation, ordered):
            ids = getattr(owner, relation.id_field)
            found = [entities[relation.target][i] for i in ((ids,) if isinstance(ids, str) else ids or ())]
            _set(owner, relation.forward, tuple(found) if relation.many else (found[0] if found else None))
            for target in found:
                targets[id(target)] = target
                bucket = inverse.setdefault((id(target), relation.inverse), [])
                if not any(existing is owner for existing in bucket):
                    bucket.append(owner)
    for (target_id, name), owners in inverse.items():
        _set(targets[target_id], name, tuple(owners))


def _owners(relation, ordered):
    for entity in ordered.get(relation.kind, ()):
        if relation.owner is m.Citation:
            yield from entity.citations
        elif isinstance(entity, relation.owner):
            yield entity
        else:
            yield from (part for part, _ in parts_of(relation.kind, entity) if isinstance(part, relation.owner))

"""Connect the model objects along RELATIONS, both ways, once per build."""
from __future__ import annotations

import dataclasses

from . import model as m
from .relations import RELATIONS


def _set(obj, name, value):
    object.__setattr__(obj, name, value)  # the one place relations are written, before anyone reads them


def parts_of(entity) -> tuple:
    """The nested objects of an entity (its PARTS), each of which names it in a field (its PARENT)."""
    return tuple(getattr(entity, entity.PARTS)) if entity.PARTS else ()


def link(entities: dict[str, dict[str, m.Entity]]) -> None:
    ordered = {kind: sorted(by_id.values(), key=lambda e: e.sort_key) for kind, by_id in entities.items()}
    for kind, items in ordered.items():
        for entity in items:
            for citation in entity.citations:
                _set(citation, "owner", entity)
            for part in parts_of(entity):
                _set(part, part.PARENT, entity)
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
            yield from (part for part in parts_of(entity) if isinstance(part, relation.owner))


def linked_to(entity):
    """What a page or a form of the entity may show besides its own fields: what it and its parts
    link to, the rows a template's part takes from a level, a checklist or a phase, and its sources."""
    for owner in (entity, *parts_of(entity)):
        for field in dataclasses.fields(owner):
            if not field.init:  # a relation the linker filled
                value = getattr(owner, field.name)
                yield from value if isinstance(value, tuple) else (value,)
        yield from getattr(owner, "rows", ())
    for citation in entity.citations:
        yield citation.source


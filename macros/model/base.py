"""What every part of the model shares: texts in two languages, citations, and the entity."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:  # a citation names a source; only type checkers need to follow it
    from .documents import Source

LANGUAGES = ("da", "nb")


def relation(*, many: bool = True):
    """A field the linker fills: a tuple of related objects, or one object."""
    return field(init=False, default=() if many else None, repr=False, compare=False)


@dataclass(frozen=True)
class Text:
    da: str
    nb: str

    def __getitem__(self, lang: str) -> str:
        if lang not in LANGUAGES:
            raise KeyError(lang)
        return getattr(self, lang)


@dataclass(frozen=True, eq=False)
class Citation:
    source_id: str
    where: Text | None
    source: Source = relation(many=False)
    owner: Entity = relation(many=False)


@dataclass(frozen=True, eq=False)
class Entity:
    """Something with a file of its own in data/<kind>/<id>.yml."""
    kind = ""
    PARTS: ClassVar[str] = ""  # the field with its nested parts (template parts, checklist items ...), if any
    id: str
    file: str
    title: Text
    summary: Text
    citations: tuple[Citation, ...]
    editorial: tuple[str, ...]
    # What the source text itself lacks (a figure, activities, the end of a list): kept out of the guidance.
    source_note: Text | None = field(default=None, kw_only=True)
    # The Norwegian pages' own part of the address, where the id (Danish) would read wrong in Norwegian.
    slug_nb: str | None = field(default=None, kw_only=True)

    def is_editorial(self, field_name: str) -> bool:
        return field_name in self.editorial

    @property
    def label(self) -> Text:
        """What the page is called everywhere: its heading, the navigation and every link to it."""
        return self.title

    @property
    def sort_key(self):
        return (getattr(self, "order", 0), self.title.da)

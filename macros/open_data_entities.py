"""Each kind of entity as plain JSON: its fields, its citations and its relations by id.

`text` turns a `Text` into what the file holds: one language's string, or both languages.
Relations are written in both directions, as the model names them (`factor.tools`, `tool.factors`).
Questions are one list with ids `<checklist id>#<item id>` and `<template id>#<question id>`.
"""
from __future__ import annotations

from .framework import Framework
from .urls import url_for


def question_id(owner, item) -> str:
    return f"{owner.id}#{item.id}"


def ids(things) -> list[str]:
    return [thing.id for thing in things]


class EntityWriter:
    def __init__(self, framework: Framework, text, urls):
        self.framework = framework
        self.text = text    # Text -> str, or Text -> {"da": ..., "nb": ...}
        self.urls = urls    # thing -> its address from the site root, in the file's language(s)

    def maybe(self, value):
        return self.text(value) if value is not None else None

    def texts(self, values) -> list:
        return [self.text(value) for value in values]

    def entity(self, entity, **fields) -> dict:
        """What every entity with a page has, then its own fields."""
        return {
            "id": entity.id,
            "title": self.text(entity.title),
            "summary": self.text(entity.summary),
            **fields,
            "url": self.urls(entity),
            "sources": [{"source": c.source_id, "where": self.maybe(c.where)} for c in entity.citations],
            "editorial": sorted(entity.editorial),
        }

    def level(self, level) -> dict:
        return self.entity(level, order=level.order, short_title=self.text(level.short_title),
                           central_question=self.text(level.central_question), body=self.text(level.body),
                           factors=ids(level.factors), questions=self.question_ids(level.questions),
                           topics=ids(level.topics))

    def factor(self, factor) -> dict:
        aspects = [{"id": a.id, "title": self.text(a.title), "body": self.text(a.body)} for a in factor.aspects]
        return self.entity(factor, level=factor.level_id, order=factor.order, body=self.text(factor.body),
                           note=self.maybe(factor.note), aspects=aspects, tools=ids(factor.tools),
                           questions=self.question_ids(factor.questions), topics=ids(factor.topics))

    def phase(self, phase) -> dict:
        return self.entity(phase, order=phase.order, purpose=self.text(phase.purpose),
                           activities=self.texts(phase.activities), milestones=self.texts(phase.milestones),
                           work_forms=self.texts(phase.work_forms), body=self.maybe(phase.body),
                           tools=ids(phase.tools), checklists=ids(phase.checklists),
                           gates_out=ids(phase.gates_out), gates_in=ids(phase.gates_in),
                           questions=self.question_ids(phase.questions), topics=ids(phase.topics))

    def gate(self, gate) -> dict:
        return self.entity(gate, from_phase=gate.from_phase_id, to_phase=gate.to_phase_id,
                           question=self.text(gate.question), criteria=self.texts(gate.criteria),
                           body=self.maybe(gate.body))

    def tool(self, tool) -> dict:
        return self.entity(tool, order=tool.order, purpose=self.text(tool.purpose), when=self.text(tool.when),
                           how=self.text(tool.how), phases=list(tool.phase_ids), factors=list(tool.factor_ids),
                           templates=list(tool.template_ids), checklists=list(tool.checklist_ids),
                           no_form=self.maybe(tool.no_form),
                           questions=self.question_ids(tool.questions), topics=ids(tool.topics))

    def template(self, template) -> dict:
        parts = [{"id": part.id, "title": self.text(part.title), "phase": part.phase_id,
                  "question_column": self.text(part.question_column), "columns": self.columns(part.columns),
                  "factors_of": part.factors_of_id, "items_of": part.items_of_id, "milestones_of": part.milestones_of_id,
                  "questions": [question_id(template, q) for q in part.questions]} for part in template.parts]
        return self.entity(template, purpose=self.text(template.purpose), usage=self.text(template.usage),
                           question_column=self.text(template.question_column), columns=self.columns(template.columns),
                           parts=parts, tools=ids(template.tools))

    def columns(self, columns) -> list[dict]:
        return [{"id": c.id, "title": self.text(c.title), "hint": self.maybe(c.hint)} for c in columns]

    def checklist(self, checklist) -> dict:
        sections = [{"id": s.id, "title": self.maybe(s.title),
                     "questions": [question_id(checklist, item) for item in s.items]} for s in checklist.sections]
        return self.entity(checklist, intro=self.maybe(checklist.intro), phases=list(checklist.phase_ids),
                           sections=sections, tools=ids(checklist.tools), topics=ids(checklist.topics))

    def question_ids(self, items) -> list[str]:
        return [question_id(item.checklist, item) for item in items]

    def questions(self) -> list[dict]:
        """Every question of a template or checklist, in the order the site shows them."""
        found = []
        for template in self.framework.all("templates"):
            for part in template.parts:
                found += [{"id": question_id(template, q), "template": template.id, "part": part.id,
                           "text": self.text(q.text), "note": self.maybe(q.note), "phase": part.phase_id,
                           "url": self.urls(part)} for q in part.questions]
        for checklist in self.framework.all("checklists"):
            for section in checklist.sections:
                found += [{"id": question_id(checklist, item), "checklist": checklist.id, "section": section.id,
                           "label": self.maybe(item.label), "text": self.text(item.text),
                           "points": self.texts(item.points), "level": item.level_id, "factor": item.factor_id,
                           "phase": item.phase_id, "tool": item.tool_id, "url": self.urls(item)}
                          for item in section.items]
        return found

    def process_model(self, model) -> dict:
        steps = [{"id": s.id, "title": self.text(s.title), "body": self.maybe(s.body), "phases": list(s.phase_ids)}
                 for s in model.steps]
        return self.entity(model, order=model.order, body=self.text(model.body), steps=steps)

    def topic(self, topic) -> dict:
        return self.entity(topic, order=topic.order, body=self.text(topic.body), levels=list(topic.level_ids),
                           factors=list(topic.factor_ids), phases=list(topic.phase_ids),
                           tools=list(topic.tool_ids), checklists=list(topic.checklist_ids))

    def source(self, source) -> dict:
        return self.entity(source, authors=list(source.authors), publisher=source.publisher, year=source.year,
                           date=self.maybe(source.date), isbn=source.isbn, language=source.language,
                           document_type=self.maybe(source.document_type), reference=source.reference,
                           body=self.maybe(source.body), cited_by=[f"{e.kind}/{e.id}" for e in source.cited_by])

    def term(self, term) -> dict:
        return {"id": term.id, "da": term.da, "nb": term.nb, "note": self.maybe(term.note), "url": self.urls(term)}


def language_urls(lang: str):
    return lambda thing: url_for(thing, lang)


def bilingual_urls(languages):
    return lambda thing: {lang: url_for(thing, lang) for lang in languages}

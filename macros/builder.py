"""Turn checked data of one file into a model object (relations are linked afterwards)."""
from __future__ import annotations

from . import model as m


def text(value) -> m.Text | None:
    return m.Text(da=value["da"], nb=value["nb"]) if value else None


def texts(values) -> tuple[m.Text, ...]:
    return tuple(text(value) for value in values or ())


def ids(values) -> tuple[str, ...]:
    return tuple(values or ())


def editorial(names) -> tuple[str, ...]:
    """The fields marked editorial, once each and sorted: a set's repr follows the string hash seed
    of the process, and the model's repr must be the same in every build (the Word forms' cache key)."""
    return tuple(sorted(set(names)))


def build(kind: str, entity_id: str, file: str, data: dict):
    if kind == "terms":
        return m.Term(id=entity_id, file=file, da=data["da"], nb=data["nb"], definition=text(data["definition"]),
                      note=text(data.get("note")), editorial=editorial(data.get("editorial", ())))
    common = dict(
        id=entity_id, file=file, title=text(data["title"]), summary=text(data["summary"]),
        citations=tuple(m.Citation(c["source"], text(c.get("where"))) for c in data.get("sources", ())),
        editorial=editorial(data.get("editorial", ())), source_note=text(data.get("source_note")),
        slug_nb=data.get("slug_nb"),
    )
    return _BUILDERS[kind](data, common)


def _source(d, common):
    return m.Source(**common, authors=tuple(d.get("authors", ())), publisher=d.get("publisher"), year=d.get("year"),
                    date=text(d.get("date")), isbn=d.get("isbn"), language=d["language"],
                    document_type=text(d.get("document_type")), reference=d["reference"], url=d.get("url"),
                    body=text(d.get("body")))


def _level(d, common):
    return m.Level(**common, order=d["order"], short_title=text(d["short_title"]),
                   central_question=text(d["central_question"]), body=text(d["body"]))


def _factor(d, common):
    aspects = tuple(m.Aspect(a["id"], text(a["title"]), text(a["body"])) for a in d.get("aspects", ()))
    guidance = _guidance(d.get("guidance"))
    if guidance:  # the editors' advice is editorial by definition, whether or not the file says so
        common = {**common, "editorial": editorial((*common["editorial"], "guidance"))}
    return m.Factor(**common, level_id=d["level"], order=d["order"], body=text(d["body"]), note=text(d.get("note")),
                    aspects=aspects, guidance=guidance)


def _guidance(g) -> m.FactorGuidance | None:
    if not g:
        return None
    actions = tuple((level, texts(g["actions"][level])) for level in m.MANAGEMENT_LEVELS if level in g["actions"])
    return m.FactorGuidance(why=text(g["why"]), signs_driver=texts(g["signs_driver"]),
                            signs_barrier=texts(g["signs_barrier"]), actions=actions, tool_ids=ids(g.get("tools")))


def _phase(d, common):
    return m.Phase(**common, order=d["order"], purpose=text(d["purpose"]), activities=texts(d.get("activities")),
                   milestones=texts(d["milestones"]), work_forms=texts(d["work_forms"]), body=text(d.get("body")))


def _gate(d, common):
    return m.Gate(**common, from_phase_id=d["from_phase"], to_phase_id=d["to_phase"],
                  question=text(d["question"]), body=text(d.get("body")))


def _tool(d, common):
    return m.Tool(**common, order=d["order"], purpose=text(d["purpose"]), when=text(d["when"]),
                  how=text(d["how"]), phase_ids=ids(d.get("phases")), factor_ids=ids(d.get("factors")),
                  template_ids=ids(d.get("templates")), checklist_ids=ids(d.get("checklists")),
                  no_form=text(d.get("no_form")))


def _columns(values):
    return tuple(m.TemplateColumn(c["id"], text(c["title"]), text(c.get("hint"))) for c in values)


def _template(d, common):
    columns = _columns(d["columns"])
    parts = tuple(
        m.TemplatePart(p["id"], text(p["title"]), p.get("phase"),
                       tuple(m.TemplateQuestion(q["id"], text(q["text"]), text(q.get("note"))) for q in p.get("questions", ())),
                       question_column=text(p.get("question_column") or d["question_column"]),
                       columns=_columns(p["columns"]) if "columns" in p else columns,
                       factors_of_id=p.get("factors_of"), items_of_id=p.get("items_of"),
                       milestones_of_id=p.get("milestones_of"))
        for p in d["parts"])
    return m.Template(**common, purpose=text(d["purpose"]), usage=text(d["usage"]),
                      question_column=text(d["question_column"]), columns=columns, parts=parts)


def _checklist(d, common):
    sections = tuple(
        m.ChecklistSection(s["id"], text(s.get("title")), tuple(
            m.ChecklistItem(i["id"], text(i.get("label")), text(i["text"]), texts(i.get("points")),
                            i.get("level"), i.get("factor"), i.get("phase"), i.get("tool"),
                            editorial(i.get("editorial", ())))
            for i in s["items"]))
        for s in d["sections"])
    return m.Checklist(**common, intro=text(d.get("intro")), phase_ids=ids(d.get("phases")), sections=sections)


def _process_model(d, common):
    steps = tuple(m.ProcessStep(s["id"], text(s["title"]), text(s.get("body")), ids(s["phases"])) for s in d["steps"])
    return m.ProcessModel(**common, order=d["order"], body=text(d["body"]), steps=steps)


def _topic(d, common):
    return m.Topic(**common, order=d["order"], body=text(d["body"]),
                   **{f"{name[:-1]}_ids": ids(d.get(name)) for name in ("levels", "factors", "phases", "tools", "checklists")})


_BUILDERS = {
    "sources": _source, "levels": _level, "factors": _factor, "phases": _phase, "gates": _gate, "tools": _tool,
    "templates": _template, "checklists": _checklist, "process-models": _process_model, "topics": _topic,
}

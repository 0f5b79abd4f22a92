// The framework as the plan tool sees it: the site's open data of one language, indexed by id.
// The tool keeps no text of its own for a question, factor or phase: it looks each one up here.

import { plainText } from "./format.js";

// The template's answer columns, by their id in the data, and the field of a plan row each one holds.
const COLUMN_FIELDS = { svar: "answer", initiativer: "initiatives", ansvarlig: "responsible", deadline: "deadline",
  milepaele: "milestones", gennemfoert: "status" };
const byId = (list) => new Map(list.map((thing) => [thing.id, thing]));
const byOrder = (a, b) => a.order - b.order;

export async function loadFramework(dataUrl, siteRoot, templateId) {
  const response = await fetch(dataUrl);
  if (!response.ok) throw new Error(`${dataUrl}: ${response.status}`);
  return new Framework(await response.json(), new URL(siteRoot, location.href), templateId);
}

class Framework {
  constructor(data, siteRoot, templateId) {
    this.levels = [...data.levels].sort(byOrder);
    this.phases = [...data.phases].sort(byOrder);
    this.factors = byId(data.factors);
    this.tools = byId(data.tools);
    this.questions = byId(data.questions);
    this.checklists = byId(data.checklists);
    this.phaseById = byId(this.phases);
    this.gates = [...data.gates].sort((a, b) => this.phaseById.get(a.from_phase).order - this.phaseById.get(b.from_phase).order);
    this.template = byId(data.templates).get(templateId);
    this.siteRoot = siteRoot;
    if (!this.template) throw new Error(`no template ${templateId} in the data`);
  }

  /** The address of a thing's page; `url` in the data is from the site's root. */
  href(thing) {
    return new URL(thing.url, this.siteRoot).href;
  }

  /** The template's questions, part by part: the rows every plan starts with. */
  templateRows() {
    return this.template.parts.flatMap((part) => part.questions.map((id) => ({ question: id, phase: part.phase })));
  }

  /** What the data links to a factor: its questions and its tools. Nothing else is suggested. */
  suggestions(factorId) {
    const factor = this.factors.get(factorId);
    return {
      questions: factor.questions.map((id) => ({ question: id, phase: this.questionPhase(id), factor: factorId })),
      tools: factor.tools.map((id) => ({ tool: id, phase: this.tools.get(id).phases[0], factor: factorId })),
    };
  }

  /** A question's own phase, else the first phase of its checklist or template, else the first phase. */
  questionPhase(id) {
    const question = this.questions.get(id);
    const owner = question.checklist ? this.checklists.get(question.checklist) : null;
    return question.phase || owner?.phases[0] || this.phases[0].id;
  }

  /** What a row refers to (a question or a tool), or undefined if the data no longer has it. */
  subject(row) {
    return row.question ? this.questions.get(row.question) : this.tools.get(row.tool);
  }

  /** The row's heading: a question's label and text, or a tool's title. */
  rowTitle(row) {
    const subject = this.subject(row);
    if (!subject) return row.question || row.tool;
    if (row.tool) return subject.title;
    return plainText(subject.label ? `${subject.label} ${subject.text}` : subject.text);
  }

  /** The columns of a filled-in plan on paper and in Word: the template's columns, then a note. */
  columns(t) {
    const fromTemplate = this.template.columns.filter((column) => COLUMN_FIELDS[column.id])
      .map((column) => ({ field: COLUMN_FIELDS[column.id], title: column.title, hint: column.hint }));
    return [...fromTemplate, { field: "note", title: t.plan_note, hint: null }];
  }

  phaseTitle(id) {
    return this.phaseById.get(id)?.title ?? id;
  }
}

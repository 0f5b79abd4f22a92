// The readiness analysis: every factor, level by level, marked as a driver, a barrier or not relevant.
// For a barrier the tool suggests what the data links to that factor, and the team picks the rows.

import { field, h, uid } from "./dom.js";
import { MARKS, emptyRow, isTouched, rowKey } from "./model.js";
import { textArea } from "./controls.js";
import { label, plainText } from "./format.js";

export function readinessSection(app, plan) {
  const { t, framework } = app;
  return h("section", { id: "plan-readiness", class: "plan-section", "aria-labelledby": "plan-readiness-heading" },
    h("h2", { id: "plan-readiness-heading" }, t.plan_readiness_heading),
    h("p", {}, t.plan_readiness_intro),
    framework.levels.map((level) => h("div", { class: "plan-level" },
      h("h3", {}, h("a", { href: framework.href(level) }, level.title), ` – ${level.short_title}`),
      h("p", { class: "central-question" }, plainText(level.central_question)),
      level.factors.map((id) => factorBlock(app, plan, framework.factors.get(id))))));
}

function factorBlock(app, plan, factor) {
  const { t, framework } = app;
  const assessed = plan.readiness[factor.id] || { mark: "", note: "" };
  const name = uid("mark");
  const radio = (code, label) => h("label", { class: "plan-choice" },
    h("input", { type: "radio", name, value: code, checked: assessed.mark === code,
      onchange: () => mark(app, factor.id, code) }), label);
  return h("fieldset", { class: "plan-factor", "data-factor": factor.id },
    h("legend", {}, factor.title),
    h("p", { class: "plan-factor__summary" }, factor.summary, " ",
      h("a", { href: framework.href(factor) }, t.plan_factor_read_more, h("span", { class: "plan-visually-hidden" }, `: ${factor.title}`))),
    h("div", { class: "plan-choices" }, radio("", t.plan_mark_none),
      MARKS.map((code) => radio(code, label(t, "plan_mark_", code)))),
    field(t.plan_note, textArea(app, assessed.note, (p, value) => { assessment(p, factor.id).note = value; })),
    suggestions(app, plan, factor));
}

const assessment = (plan, id) => (plan.readiness[id] ??= { mark: "", note: "" });

/** Marking a barrier puts the factor's questions in the plan; unmarking takes back those nobody wrote in. */
function mark(app, factorId, code) {
  app.edit((plan) => {
    const before = assessment(plan, factorId).mark;
    assessment(plan, factorId).mark = code;
    if (code === "barrier") {
      const present = new Set(plan.rows.map(rowKey));
      plan.rows.push(...app.framework.suggestions(factorId).questions.filter((ref) => !present.has(rowKey(ref))).map(emptyRow));
    } else if (before === "barrier") {
      plan.rows = plan.rows.filter((row) => row.factor !== factorId || isTouched(row));
    }
  }, { rows: true });
  app.redraw(`suggestions-${factorId}`, () => suggestions(app, app.plan, app.framework.factors.get(factorId)));
}

export function suggestions(app, plan, factor) {
  const { t, framework } = app;
  const part = h("div", { class: "plan-suggestions", "data-part": `suggestions-${factor.id}` });
  if (plan.readiness[factor.id]?.mark !== "barrier") return part;
  const { questions, tools } = framework.suggestions(factor.id);
  const inPlan = new Set(plan.rows.map(rowKey));
  const option = (ref, label, href) => h("li", {}, h("label", { class: "plan-choice" },
    h("input", { type: "checkbox", checked: inPlan.has(rowKey(ref)), onchange: (event) => pick(app, ref, event.target) }),
    label), " ", h("a", { href, class: "plan-suggestions__link" }, t.plan_open_page, h("span", { class: "plan-visually-hidden" }, `: ${label}`)));
  const list = (title, items) => items.length ? [h("p", { class: "plan-suggestions__title" }, title), h("ul", {}, items)] : [];
  part.append(
    h("p", {}, (questions.length || tools.length) ? t.plan_suggestions_intro : t.plan_suggestions_none),
    ...list(t.plan_suggested_questions, questions.map((ref) =>
      option(ref, framework.rowTitle(ref), framework.href(framework.questions.get(ref.question))))),
    ...list(t.plan_suggested_tools, tools.map((ref) =>
      option(ref, framework.rowTitle(ref), framework.href(framework.tools.get(ref.tool))))));
  return part;
}

function pick(app, ref, checkbox) {
  const key = rowKey(ref);
  const row = app.plan.rows.find((candidate) => rowKey(candidate) === key);
  if (!checkbox.checked && row && isTouched(row) && !confirm(app.t.plan_remove_row_confirm)) {
    checkbox.checked = true;
    return;
  }
  app.edit((plan) => {
    if (checkbox.checked && !row) plan.rows.push(emptyRow(ref));
    if (!checkbox.checked) plan.rows = plan.rows.filter((candidate) => rowKey(candidate) !== key);
  }, { rows: true });
  app.announce(app.t[checkbox.checked ? "plan_row_added" : "plan_row_removed"]);
}

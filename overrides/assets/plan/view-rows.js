// The plan's rows, phase by phase: the answer, initiatives, who is responsible, deadline, milestones,
// status and a note for each question or tool.

import { field, h } from "./dom.js";
import { ANSWERS, STATUSES, rowKey } from "./model.js";
import { choiceSelect, dateInput, textArea, textInput } from "./controls.js";
import { suggestions } from "./view-readiness.js";

export const rowAnchor = (row) => `row-${rowKey(row).replace(/[^a-z0-9-]/g, "-")}`;

export function rowsSection(app, plan) {
  const { t, framework } = app;
  const phases = framework.phases.filter((phase) => plan.rows.some((row) => row.phase === phase.id));
  return h("section", { id: "plan-rows", class: "plan-section", "data-part": "rows", "aria-labelledby": "plan-rows-heading" },
    h("h2", { id: "plan-rows-heading", tabindex: -1 }, t.plan_rows_heading),
    h("p", {}, t.plan_rows_intro),
    phases.map((phase) => h("div", { class: "plan-phase" },
      h("h3", {}, h("a", { href: framework.href(phase) }, phase.title)),
      plan.rows.filter((row) => row.phase === phase.id).map((row) => rowBlock(app, row)))));
}

function rowBlock(app, row) {
  const { t, framework } = app;
  const anchor = rowAnchor(row);
  const set = (key) => (_plan, value) => { row[key] = value; };
  const subject = framework.subject(row);
  const origin = row.factor
    ? t.plan_row_from_barrier.replace("{factor}", framework.factors.get(row.factor)?.title ?? row.factor)
    : framework.template.title;
  const remove = row.factor ? h("button", { type: "button", class: "md-button plan-row__remove",
    onclick: () => removeRow(app, row) }, t.plan_row_remove) : null;
  return h("article", { class: "plan-row", id: anchor, "aria-labelledby": `${anchor}-title`, tabindex: -1 },
    h("h4", { id: `${anchor}-title`, class: "plan-row__title" }, framework.rowTitle(row)),
    h("p", { class: "plan-row__origin" }, origin, subject ? [" · ", h("a", { href: framework.href(subject) },
      t.plan_open_page, h("span", { class: "plan-visually-hidden" }, `: ${framework.rowTitle(row)}`))] : null),
    h("div", { class: "plan-grid" },
      field(t.plan_answer, choiceSelect(app, row.answer, ANSWERS, "plan_answer_", set("answer"), { empty: t.plan_answer_empty })),
      field(t.plan_status, choiceSelect(app, row.status, STATUSES, "plan_status_", set("status"), { overview: true })),
      field(t.plan_responsible, textInput(app, row.responsible, set("responsible"), { overview: true })),
      field(t.plan_deadline, dateInput(app, row.deadline, set("deadline"), { overview: true })),
      field(t.plan_initiatives, textArea(app, row.initiatives, set("initiatives"))),
      field(t.plan_milestones, textArea(app, row.milestones, set("milestones"))),
      field(t.plan_note, textArea(app, row.note, set("note")))),
    remove);
}

function removeRow(app, row) {
  if (!confirm(app.t.plan_remove_row_confirm)) return;
  app.edit((plan) => { plan.rows = plan.rows.filter((candidate) => rowKey(candidate) !== rowKey(row)); }, { rows: true });
  app.redraw(`suggestions-${row.factor}`, () => suggestions(app, app.plan, app.framework.factors.get(row.factor)));
  app.announce(app.t.plan_row_removed);
  document.getElementById("plan-rows-heading").focus();
}

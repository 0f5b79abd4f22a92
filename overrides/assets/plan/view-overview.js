// The overview: progress per phase, what is overdue, what comes next, and what is open before each STOP/GO.

import { h, uid } from "./dom.js";
import { formatDate, label, today } from "./format.js";
import { overview } from "./model.js";
import { rowAnchor } from "./view-rows.js";

export function overviewSection(app, plan) {
  const { t, framework } = app;
  const summary = overview(plan, framework, today());
  const fill = (template, values) => Object.entries(values).reduce((text, [key, value]) => text.replace(`{${key}}`, value), template);
  const rowLink = (row) => h("li", {}, h("a", { href: `#${rowAnchor(row)}` }, framework.rowTitle(row)),
    h("span", { class: "plan-overview__meta" }, ` – ${fill(t.plan_overview_row, { date: formatDate(row.deadline), phase: framework.phaseTitle(row.phase) })}`,
      row.responsible ? `, ${t.plan_responsible.toLowerCase()}: ${row.responsible}` : ""));
  const rowList = (rows, none) => rows.length ? h("ul", {}, rows.map(rowLink)) : h("p", {}, none);
  return h("section", { id: "plan-overview", class: "plan-section", "data-part": "overview", "aria-labelledby": "plan-overview-heading" },
    h("h2", { id: "plan-overview-heading" }, t.plan_overview_heading),
    h("h3", {}, t.plan_progress_heading),
    h("ul", { class: "plan-progress" }, summary.phases.map(({ phase, total, done, started }) => {
      const labelId = uid("progress");
      return h("li", {}, h("span", { id: labelId }, fill(t.plan_progress, { phase: phase.title, done, total, started })),
        h("progress", { max: total, value: done, "aria-labelledby": labelId }));
    })),
    h("h3", {}, t.plan_overdue_heading),
    rowList(summary.overdue, t.plan_overdue_none),
    h("h3", {}, t.plan_next_heading),
    rowList(summary.next, t.plan_next_none),
    summary.undated ? h("p", {}, fill(t.plan_undated, { n: summary.undated })) : null,
    h("h3", {}, t.plan_gates_open_heading),
    h("ul", { class: "plan-gate-status" }, summary.gates.map(({ gate, decision, open }) => h("li", {},
      h("strong", {}, gate.title), ": ", fill(t.plan_gate_open, { n: open.length }),
      decision ? ` ${fill(t.plan_gate_decided, { decision: label(t, "gate_", decision) })}` : "",
      open.length ? openRows(app, open) : null))));
}

/** The open rows before a gate, listed when the reader opens them: a plan can have hundreds. */
function openRows(app, rows) {
  const list = h("ul", {});
  const fill = () => list.childElementCount || list.append(...rows.map((row) =>
    h("li", {}, h("a", { href: `#${rowAnchor(row)}` }, app.framework.rowTitle(row)))));
  return h("details", { ontoggle: fill }, h("summary", {}, app.t.plan_gate_show_open), list);
}

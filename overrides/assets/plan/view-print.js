// The filled-in plan on paper, laid out like the site's printed forms (print.css): details first,
// then one wide table per phase with the template's columns, the readiness analysis and the decisions.

import { h } from "./dom.js";
import { cellValue, formatDate, label, plainText } from "./format.js";
import { gateRecord } from "./view-gates.js";

export function printView(app, plan) {
  const { t, framework } = app;
  const columns = framework.columns(t);
  const period = [formatDate(plan.period.from), formatDate(plan.period.to)].filter(Boolean).join(" – ");
  const facts = [[t.plan_name, plan.name], [t.form_initiative, plan.intervention], [t.form_organisation, plan.organisation],
    [t.plan_period, period]];
  const table = (head, rows, wide) => h("div", { class: `form-table${wide ? " form-table--wide" : ""}` },
    h("table", { class: "form-table__table" }, h("thead", {}, h("tr", {}, head.map((title) => h("th", { scope: "col" }, title)))),
      h("tbody", {}, rows.map(([first, ...rest]) => h("tr", {}, h("th", { scope: "row" }, first), rest.map((value) => h("td", {}, value)))))));
  const assessed = framework.levels.flatMap((level) => level.factors).map((id) => framework.factors.get(id))
    .filter((factor) => plan.readiness[factor.id]?.mark || plan.readiness[factor.id]?.note);
  const mark = (code) => (code ? label(t, "plan_mark_", code) : t.plan_mark_none);
  return h("div", { class: "plan-print__content" },
    h("p", { class: "plan-print__title" }, plan.name),
    h("div", { class: "fill-in" }, h("table", {}, h("tbody", {}, facts.map(([label, value]) =>
      h("tr", {}, h("th", { scope: "row" }, label), h("td", {}, value)))))),
    assessed.length ? [h("h2", {}, t.plan_readiness_heading), table([t.plan_factor, t.plan_mark, t.plan_note],
      assessed.map((factor) => [factor.title, mark(plan.readiness[factor.id].mark), plan.readiness[factor.id].note]))] : null,
    framework.phases.filter((phase) => plan.rows.some((row) => row.phase === phase.id)).map((phase) => h("section", { class: "plan-print__phase" },
      h("h2", {}, phase.title),
      table([framework.template.question_column, ...columns.map((column) => column.title)],
        plan.rows.filter((row) => row.phase === phase.id)
          .map((row) => [framework.rowTitle(row), ...columns.map((column) => cellValue(row, column.field, t))]), true))),
    framework.gates.filter((gate) => plan.gates[gate.id]).map((gate) => {
      const record = gateRecord(structuredClone(plan), gate);
      return [h("h2", {}, gate.title),
        table([t.gate_criterion, t.gate_met, t.gate_comment], gate.criteria.map((criterion, index) => [plainText(criterion),
          record.criteria[index].met ? label(t, "form_answer_", record.criteria[index].met) : "", record.criteria[index].comment])),
        table([t.gate_decision_heading, record.decision ? label(t, "gate_", record.decision) : ""],
          [[t.form_date, formatDate(record.date)], [t.plan_gate_reasons, record.reasons], [t.gate_conditions, record.conditions],
            [t.gate_decided_by, record.decided_by], [t.gate_participants, record.participants]])];
    }));
}

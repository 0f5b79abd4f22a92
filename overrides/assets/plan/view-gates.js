// The STOP/GO decisions, as on the site's gate form: each criterion assessed, then the decision,
// its date, reasons and conditions, who decided and who took part.

import { field, h, uid } from "./dom.js";
import { DECISIONS, MET, emptyGate } from "./model.js";
import { label, plainText } from "./format.js";
import { choiceSelect, dateInput, textArea, textInput } from "./controls.js";

/** The plan's record of a gate, created on first use; a criterion added to the data later gets a place too. */
export function gateRecord(plan, gate) {
  const record = (plan.gates[gate.id] ??= emptyGate(gate));
  while (record.criteria.length < gate.criteria.length) record.criteria.push({ met: "", comment: "" });
  return record;
}

export function gatesSection(app, plan) {
  const { t, framework } = app;
  return h("section", { id: "plan-gates", class: "plan-section", "aria-labelledby": "plan-gates-heading" },
    h("h2", { id: "plan-gates-heading" }, t.plan_gates_heading),
    h("p", {}, t.plan_gates_intro),
    framework.gates.map((gate) => gateBlock(app, plan, gate)));
}

function gateBlock(app, plan, gate) {
  const { t, framework } = app;
  const saved = plan.gates[gate.id] ?? emptyGate(gate);
  const set = (key) => (p, value) => { gateRecord(p, gate)[key] = value; };
  const name = uid("decision");
  const radio = (code, label) => h("label", { class: "plan-choice" }, h("input", { type: "radio", name, value: code,
    checked: saved.decision === code, onchange: () => app.edit((p) => { gateRecord(p, gate).decision = code; }, { overview: true }) }), label);
  return h("div", { class: "plan-gate", "data-gate": gate.id },
    h("h3", {}, h("a", { href: framework.href(gate) }, gate.title)),
    h("p", { class: "gate-question" }, plainText(gate.question)),
    h("p", {}, `${t.gate_criteria_intro} ${framework.phaseTitle(gate.from_phase)}`),
    h("ol", { class: "plan-criteria" }, gate.criteria.map((criterion, index) => {
      const assessed = saved.criteria[index] ?? { met: "", comment: "" };
      const setCriterion = (key) => (p, value) => { gateRecord(p, gate).criteria[index][key] = value; };
      return h("li", {}, h("p", { class: "plan-criteria__text" }, plainText(criterion)), h("div", { class: "plan-grid" },
        field(t.gate_met, choiceSelect(app, assessed.met, MET, "form_answer_", setCriterion("met"), { empty: t.plan_answer_empty })),
        field(t.gate_comment, textInput(app, assessed.comment, setCriterion("comment")))));
    })),
    h("fieldset", { class: "plan-decision" }, h("legend", {}, t.gate_decision_heading),
      h("div", { class: "plan-choices" }, radio("", t.plan_decision_none),
        DECISIONS.map((code) => radio(code, label(t, "gate_", code))))),
    h("div", { class: "plan-grid" },
      field(t.form_date, dateInput(app, saved.date, set("date"))),
      field(t.gate_decided_by, textInput(app, saved.decided_by, set("decided_by"))),
      field(t.plan_gate_reasons, textArea(app, saved.reasons, set("reasons"))),
      field(t.gate_conditions, textArea(app, saved.conditions, set("conditions"))),
      field(t.gate_participants, textArea(app, saved.participants, set("participants")))));
}

// The open plan: its details, the readiness analysis, the rows, the overview and the STOP/GO decisions.

import { field, h } from "./dom.js";
import { dateInput, textInput } from "./controls.js";
import { gatesSection } from "./view-gates.js";
import { overviewSection } from "./view-overview.js";
import { readinessSection } from "./view-readiness.js";
import { rowsSection } from "./view-rows.js";

export function editor(app, plan) {
  const { t } = app;
  const sections = [["plan-details", t.plan_details_heading], ["plan-readiness", t.plan_readiness_heading],
    ["plan-rows", t.plan_rows_heading], ["plan-overview", t.plan_overview_heading], ["plan-gates", t.plan_gates_heading]];
  const contents = h("nav", { class: "plan-contents", "aria-label": t.plan_contents },
    h("ul", {}, sections.map(([id, title]) => h("li", {}, h("a", { href: `#${id}` }, title)))));
  return [contents, details(app, plan), readinessSection(app, plan), rowsSection(app, plan),
    overviewSection(app, plan), gatesSection(app, plan)];
}

function details(app, plan) {
  const { t } = app;
  const name = textInput(app, plan.name, (p, value) => { p.name = value.trim() || p.name; });
  Object.assign(name, { required: true, autocomplete: "off" });
  name.dataset.focusOnCreate = "";
  name.addEventListener("input", () => app.renamed());
  return h("section", { id: "plan-details", class: "plan-section", "aria-labelledby": "plan-details-heading" },
    h("h2", { id: "plan-details-heading" }, t.plan_details_heading),
    h("div", { class: "plan-grid" },
      field(t.plan_name, name),
      field(t.form_initiative, textInput(app, plan.intervention, (p, value) => { p.intervention = value; })),
      field(t.form_organisation, textInput(app, plan.organisation, (p, value) => { p.organisation = value; })),
      field(t.plan_period_from, dateInput(app, plan.period.from, (p, value) => { p.period.from = value; })),
      field(t.plan_period_to, dateInput(app, plan.period.to, (p, value) => { p.period.to = value; }))));
}

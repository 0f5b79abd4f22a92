// The bar above the plan: choose, create, duplicate, delete, import and export plans.

import { field, h, select } from "./dom.js";

export function planBar(app) {
  const { t } = app;
  const plans = [...app.plans.values()];
  const button = (label, onclick, props = {}) => h("button", { type: "button", class: "md-button", onclick, ...props }, label);
  const fileInput = h("input", { type: "file", accept: ".json,application/json", hidden: true, "data-import": true,
    onchange: (event) => { const [file] = event.target.files; event.target.value = ""; if (file) app.importFile(file); } });
  const chooser = plans.length
    ? field(t.plan_choose, select(app.currentId, plans.map((plan) => [plan.id, plan.name]),
      { id: "plan-choose", onchange: (event) => app.open(event.target.value) }))
    : null;
  const current = app.plan
    ? [button(t.plan_duplicate, () => app.duplicate()), button(t.plan_delete, () => app.remove())]
    : [];
  const exports = app.plan
    ? h("div", { class: "plan-bar__group", role: "group", "aria-label": t.plan_export_group },
      button(t.plan_export_json, () => app.exportJson()), button(t.plan_export_csv, () => app.exportCsv()),
      button(t.plan_export_word, () => app.exportWord()), button(t.plan_print, () => app.print()))
    : null;
  return h("section", { class: "plan-bar", "data-part": "plans", "aria-label": t.plan_bar_label },
    chooser,
    h("div", { class: "plan-bar__group", role: "group", "aria-label": t.plan_manage_group },
      button(t.plan_new, () => app.create(), { class: "md-button md-button--primary" }), ...current,
      button(t.plan_import, () => fileInput.click()), fileInput),
    exports);
}

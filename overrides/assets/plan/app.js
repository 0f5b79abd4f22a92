// The implementation plan tool: plans kept in this browser, built from the site's open data.
// app.js holds the state and the actions; the view-*.js files draw it; nothing leaves the browser.

import { loadFramework } from "./framework.js";
import { ImportRefused, download, fileName, planChecker, planCsv, planJson, readPlanFile } from "./exchange.js";
import { duplicatePlan, newPlan } from "./model.js";
import { PlanStore, StorageProblem } from "./storage.js";
import { h } from "./dom.js";
import { label } from "./format.js";
import { planBar } from "./view-plans.js";
import { editor } from "./view-editor.js";
import { overviewSection } from "./view-overview.js";
import { rowsSection } from "./view-rows.js";
import { printView } from "./view-print.js";

class PlanApp {
  constructor(root, config, framework, store) {
    Object.assign(this, { root, t: config.ui, schemaUrl: config.schema, framework, store, deleted: null });
    const { t } = this;
    const { plans, unreadable } = store.loadAll(framework);
    this.plans = new Map(plans.map((plan) => [plan.id, plan]));
    this.currentId = plans[0]?.id ?? null;
    this.status = h("div", { class: "plan-status", role: "status" });
    this.alertBox = h("div", { class: "plan-alert", role: "alert" });
    this.main = h("div", { class: "plan-main" });
    this.printArea = h("div", { class: "plan-print print-only" });
    root.replaceChildren(this.status, this.alertBox, this.main, this.printArea);
    if (store.problem) this.storageProblem(store.problem);
    if (unreadable) this.announce(t.plan_unreadable.replace("{n}", unreadable));
    this.render();
  }

  get plan() {
    return this.plans.get(this.currentId) ?? null;
  }

  /** Draw everything again: after a plan is opened, created, imported or deleted. */
  render() {
    const plan = this.plan;
    this.main.replaceChildren(planBar(this), ...(plan ? editor(this, plan) : [h("p", { class: "plan-empty" }, this.t.plan_empty)]));
  }

  /** Redraw one part of the page in place: `name` is a data-part attribute set by the views. */
  redraw(name, build) {
    this.main.querySelector(`[data-part="${name}"]`)?.replaceWith(build());
  }

  /** A change to the current plan, saved at once; the rows and the overview are redrawn if it changes them. */
  edit(change, { rows = false, overview = rows } = {}) {
    const plan = this.plan;
    change(plan);
    plan.updated = new Date().toISOString();
    this.persist(plan);
    if (rows) this.redraw("rows", () => rowsSection(this, plan));
    if (overview) this.redraw("overview", () => overviewSection(this, plan));
  }

  /** Keep the plan as it is (an import or a restored plan keeps its own dates). */
  persist(plan) {
    try {
      this.store.save(plan);
      this.alertBox.replaceChildren();
    } catch (problem) {
      if (!(problem instanceof StorageProblem)) throw problem;
      this.storageProblem(problem);
    }
  }

  /** Storage refused: say so plainly and offer the export, so nothing typed is lost. */
  storageProblem(problem) {
    const message = this.t[problem.reason === "full" ? "plan_storage_full" : "plan_storage_blocked"];
    const offer = this.plan ? [h("button", { type: "button", class: "md-button", onclick: () => this.exportJson() },
      this.t.plan_export_json)] : [];
    this.alertBox.replaceChildren(h("p", {}, message), ...offer);
  }

  announce(message, action) {
    const undo = action ? [h("button", { type: "button", class: "md-button", onclick: action.run }, action.label)] : [];
    this.status.replaceChildren(h("p", {}, message), ...undo);
  }

  open(id) {
    this.currentId = id;
    this.render();
  }

  add(plan, message) {
    this.plans.set(plan.id, plan);
    this.persist(plan);
    this.open(plan.id);
    this.announce(message.replace("{name}", plan.name));
  }

  /** A new plan with the template's questions; its name field gets the focus, to be named at once. */
  create() {
    const number = this.plans.size + 1;
    this.add(newPlan(this.framework, `${this.t.plan_default_name} ${number}`), this.t.plan_created);
    this.main.querySelector("[data-focus-on-create]")?.focus();
  }

  /** Renaming is typing in the name field; the plan list follows. */
  renamed() {
    this.redraw("plans", () => planBar(this));
  }

  duplicate() {
    this.add(duplicatePlan(this.plan, `${this.plan.name} ${this.t.plan_copy_suffix}`), this.t.plan_duplicated);
  }

  remove() {
    const plan = this.plan;
    if (!confirm(this.t.plan_delete_confirm.replace("{name}", plan.name))) return;
    this.plans.delete(plan.id);
    this.store.remove(plan.id);
    this.deleted = plan;
    this.open(this.plans.keys().next().value ?? null);
    this.announce(this.t.plan_deleted.replace("{name}", plan.name),
      { label: this.t.plan_undo, run: () => this.add(this.deleted, this.t.plan_restored) });
  }

  async importFile(file) {
    let plan;
    try {
      plan = await readPlanFile(file, this.schemaUrl, this.framework);
    } catch (error) {
      if (!(error instanceof ImportRefused)) throw error;
      this.announce(`${label(this.t, "plan_import_", error.reason)} ${error.detail}`.trim());
      return;
    }
    const existing = this.plans.get(plan.id);
    if (existing && !confirm(this.t.plan_import_replace.replace("{name}", existing.name))) {
      plan = duplicatePlan(plan, plan.name);
    }
    this.add(plan, this.t.plan_imported);
  }

  exportJson() {
    download(planJson(this.plan), fileName(this.plan, "json"), "application/json");
    this.announce(this.t.plan_exported);
  }

  exportCsv() {
    download(planCsv(this.plan, this.framework, this.t), fileName(this.plan, "csv"), "text/csv;charset=utf-8");
    this.announce(this.t.plan_exported);
  }

  async exportWord() {
    this.announce(this.t.plan_word_making);
    try {
      const { planDocument } = await import("./word.js");
      download(await planDocument(this.plan, this.framework, this.t), fileName(this.plan, "docx"));
    } catch (error) {
      this.announce(this.t.plan_word_failed);
      throw error;
    }
    this.announce(this.t.plan_exported);
  }

  print() {
    this.printArea.replaceChildren(printView(this, this.plan));
    window.print();
  }
}

async function start() {
  const root = document.getElementById("plan-app");
  const config = JSON.parse(document.getElementById("plan-config").textContent);
  const t = config.ui;
  try {
    const framework = await loadFramework(config.data, config.root, root.dataset.template);
    new PlanApp(root, config, framework, new PlanStore());
    setTimeout(() => planChecker(config.schema).catch(() => {}), 0);  // early, so imports work offline; retried on import
  } catch (error) {
    root.replaceChildren(h("p", { role: "alert" }, t.plan_load_failed));
    throw error;
  }
}

start();

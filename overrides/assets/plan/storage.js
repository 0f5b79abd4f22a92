// The browser's local storage: one entry per plan, so saving a change writes only that plan.
// Version 1 of the tool kept all plans in one entry; it is moved to one entry per plan on first load.

import { FORMAT, VERSION, migrate } from "./model.js";

const PREFIX = "implementeringsguiden.plan.";
const VERSION_1_KEY = "implementeringsguiden.plans";

/** Storage refused: `reason` is "blocked" (private mode, settings) or "full" (quota). */
export class StorageProblem extends Error {
  constructor(error) {
    super(error?.message || "storage");
    this.reason = error?.name === "QuotaExceededError" || error?.code === 22 ? "full" : "blocked";
  }
}

export class PlanStore {
  constructor() {
    try {
      this.storage = window.localStorage;
      this.storage.setItem(`${PREFIX}probe`, "");
      this.storage.removeItem(`${PREFIX}probe`);
      this.problem = null;
    } catch (error) {
      this.storage = null;
      this.problem = new StorageProblem(error);
    }
  }

  /** Every stored plan, migrated to the current version; entries that cannot be read are counted. */
  loadAll(framework) {
    if (!this.storage) return { plans: [], unreadable: 0 };
    let plans = [];
    let unreadable = 0;
    try {
      plans = this.migrateVersion1(framework);
    } catch {
      unreadable += 1;
    }
    for (const key of Object.keys(this.storage)) {
      if (!key.startsWith(PREFIX)) continue;
      try {
        plans.push(migrate(JSON.parse(this.storage.getItem(key)), framework));
      } catch {
        unreadable += 1;
      }
    }
    const unique = new Map(plans.map((plan) => [plan.id, plan]));
    return { plans: [...unique.values()].sort((a, b) => a.name.localeCompare(b.name)), unreadable };
  }

  save(plan) {
    if (!this.storage) throw this.problem;
    try {
      this.storage.setItem(PREFIX + plan.id, JSON.stringify({ format: FORMAT, version: VERSION, plan }));
    } catch (error) {
      throw new StorageProblem(error);
    }
  }

  remove(id) {
    this.storage?.removeItem(PREFIX + id);
  }

  /** Plans in the first format, saved one by one; the old entry goes only once all are saved. */
  migrateVersion1(framework) {
    const old = this.storage.getItem(VERSION_1_KEY);
    if (old === null) return [];
    const plans = JSON.parse(old).plans.map((plan) => migrate({ version: 1, plan }, framework));
    try {
      plans.forEach((plan) => this.save(plan));
      this.storage.removeItem(VERSION_1_KEY);
    } catch (error) {
      this.problem = error;
    }
    return plans;
  }
}

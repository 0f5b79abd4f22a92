// Files in and out: a plan as JSON (to keep or share), as CSV for Excel, and the download itself.

import { FORMAT, VERSION, migrate } from "./model.js";
import { label, today } from "./format.js";

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Why an import was refused; `reason` picks the message shown. */
export class ImportRefused extends Error {
  constructor(reason, detail = "") {
    super(`${reason} ${detail}`.trim());
    this.reason = reason;
    this.detail = detail;
  }
}

/** A file name from the plan's name and today's date, safe on every system. */
export function fileName(plan, extension, now = new Date()) {
  const slug = plan.name.toLowerCase().replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa")
    .normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "plan";
  return `implementeringsplan-${slug}-${today(now)}.${extension}`;
}

export function planJson(plan, now = new Date()) {
  return JSON.stringify({ format: FORMAT, version: VERSION, exported: now.toISOString(), plan }, null, 2);
}

let checker;

/** The plan schema and its validator, fetched once the page is idle, so an import works offline too. */
export function planChecker(schemaUrl) {
  checker ??= Promise.all([import("./vendor/json-schema-4.1.6/index.js"), fetch(schemaUrl).then((r) => r.json())])
    .then(([{ Validator }, schema]) => new Validator(schema, "2020-12", true))
    .catch((error) => { checker = null; throw error; });  // tried again at the next import
  return checker;
}

/** A plan from an exported file: refused unless it is ours, whole, not too large and valid against the schema. */
export async function readPlanFile(file, schemaUrl, framework) {
  if (file.size > MAX_IMPORT_BYTES) throw new ImportRefused("too-large");
  let content;
  try {
    content = JSON.parse(await file.text());
  } catch {
    throw new ImportRefused("damaged");
  }
  if (content === null || typeof content !== "object" || content.format !== FORMAT) throw new ImportRefused("foreign");
  if (!Number.isInteger(content.version) || content.version > VERSION) throw new ImportRefused("newer");
  let plan;
  try {
    plan = migrate(content, framework);
  } catch {
    throw new ImportRefused("damaged");
  }
  const current = { format: FORMAT, version: VERSION, exported: content.exported, plan };
  const result = (await planChecker(schemaUrl)).validate(current);
  if (!result.valid) {
    const where = result.errors.map((error) => error.instanceLocation).filter((at) => at !== "#").pop() || "";
    throw new ImportRefused("invalid", where);
  }
  return plan;
}

const CSV_COLUMNS = ["phase", "id", "question", "answer", "initiatives", "responsible", "deadline", "milestones", "status", "note"];

/** One row per question, as Danish and Norwegian Excel read it: semicolons, CRLF, and a UTF-8 BOM. */
export function planCsv(plan, framework, t) {
  const cell = (value) => (/[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [CSV_COLUMNS.map((key) => t[`plan_csv_${key}`])];
  for (const row of plan.rows) {
    lines.push([framework.phaseTitle(row.phase), row.question || row.tool, framework.rowTitle(row),
      row.answer ? label(t, "plan_answer_", row.answer) : "", row.initiatives, row.responsible, row.deadline,
      row.milestones, label(t, "plan_status_", row.status), row.note]);
  }
  return `\uFEFF${lines.map((line) => line.map((value) => cell(String(value))).join(";")).join("\r\n")}\r\n`;
}

export function download(content, name, type) {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }));
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// A plan: what the team decided and wrote, with questions, factors, tools and gates named by id.
// VERSION is the stored format. Plans of earlier versions are migrated when they are read.

export const FORMAT = "implementeringsguiden-plan";
export const VERSION = 2;
export const ANSWERS = ["high", "some", "none"];
export const STATUSES = ["not-started", "in-progress", "done"];
export const MARKS = ["driver", "barrier", "not-relevant"];
export const DECISIONS = ["go", "stop", "go-conditions"];
export const MET = ["yes", "partly", "no"];
const ROW_TEXTS = ["initiatives", "responsible", "deadline", "milestones", "note"];

/** An id that is unique enough for plans in one browser (no secure context needed, unlike randomUUID). */
function newPlanId() {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `plan-${[...bytes].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

export function emptyRow({ question, tool, phase, factor }) {
  return {
    ...(question ? { question } : { tool }), phase, ...(factor ? { factor } : {}),
    answer: "", initiatives: "", responsible: "", deadline: "", milestones: "", status: "not-started", note: "",
  };
}

export function newPlan(framework, name, now = new Date()) {
  const stamp = now.toISOString();
  return {
    id: newPlanId(), name, intervention: "", organisation: "", period: { from: "", to: "" },
    created: stamp, updated: stamp, readiness: {}, rows: framework.templateRows().map(emptyRow), gates: {},
  };
}

export function emptyGate(gate) {
  return { criteria: gate.criteria.map(() => ({ met: "", comment: "" })), decision: "", date: "", reasons: "",
           conditions: "", decided_by: "", participants: "" };
}

/** A copy under a new id and name; nothing is shared with the original. */
export function duplicatePlan(plan, name, now = new Date()) {
  return { ...structuredClone(plan), id: newPlanId(), name, created: now.toISOString(), updated: now.toISOString() };
}

/** Has anyone written in the row or moved it on? Such a row is never removed without asking. */
export function isTouched(row) {
  return row.answer !== "" || row.status !== "not-started" || ROW_TEXTS.some((key) => row[key] !== "");
}

export const rowKey = (row) => (row.question ? `q:${row.question}` : `t:${row.tool}`);

// Version 1 kept every plan in one object, with the answers as Danish words and "done" as yes/no.
const V1_ANSWERS = { "i høj grad": "high", "i nogen grad": "some", "slet ikke": "none" };
const V1_MARKS = { drivkraft: "driver", barriere: "barrier", "ikke relevant": "not-relevant" };

/** A stored plan of any known version, as the current version. */
export function migrate(stored, framework) {
  if (stored.version === VERSION) return stored.plan;
  if (stored.version === 1) return fromVersion1(stored.plan, framework);
  throw new Error(`unknown plan version ${stored.version}`);
}

function fromVersion1(old, framework) {
  const answers = { ...old.answers };
  const row = (ref) => {
    const given = answers[ref.question] || {};
    delete answers[ref.question];
    return { ...emptyRow(ref), answer: V1_ANSWERS[given.answer] || "", initiatives: given.initiatives || "",
             responsible: given.responsible || "", deadline: given.deadline || "", milestones: given.milestones || "",
             status: given.done ? "done" : (given.initiatives ? "in-progress" : "not-started"), note: given.note || "" };
  };
  const rows = framework.templateRows().map(row);
  for (const id of Object.keys(answers)) {
    if (framework.questions.has(id)) rows.push(row({ question: id, phase: framework.questionPhase(id) }));
  }
  const [from = "", to = ""] = (old.period || "").split("/");
  const readiness = Object.fromEntries(Object.entries(old.factors || {}).map(
    ([id, { mark, note }]) => [id, { mark: V1_MARKS[mark] || "", note: note || "" }]));
  return { id: old.id, name: old.name, intervention: old.intervention || "", organisation: old.organisation || "",
           period: { from, to }, created: old.created, updated: old.updated, readiness, rows, gates: {} };
}

/** What the overview shows: progress per phase, what is overdue, what comes next, what is open before each gate. */
export function overview(plan, framework, today) {
  const open = plan.rows.filter((row) => row.status !== "done");
  const phaseOrder = (id) => framework.phaseById.get(id)?.order ?? Infinity;
  const byDeadline = (a, b) => a.deadline.localeCompare(b.deadline);
  return {
    phases: framework.phases.map((phase) => {
      const rows = plan.rows.filter((row) => row.phase === phase.id);
      return { phase, total: rows.length, done: rows.filter((r) => r.status === "done").length,
               started: rows.filter((r) => r.status === "in-progress").length };
    }).filter((entry) => entry.total > 0),
    overdue: open.filter((row) => row.deadline && row.deadline < today).sort(byDeadline),
    next: open.filter((row) => row.deadline && row.deadline >= today).sort(byDeadline).slice(0, 5),
    undated: open.filter((row) => !row.deadline).length,
    gates: framework.gates.map((gate) => ({
      gate, decision: plan.gates[gate.id]?.decision || "",
      open: open.filter((row) => phaseOrder(row.phase) <= phaseOrder(gate.from_phase)),
    })),
  };
}

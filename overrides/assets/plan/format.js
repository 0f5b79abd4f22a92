// How the plan's codes and dates read in the page's language, on screen, on paper, in CSV and in Word.

/** A Markdown line of the data as plain text: emphasis marks and link targets dropped (shown as text, never HTML). */
export const plainText = (markdown) => markdown
  .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
  .replace(/(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1/g, "$2");

/** The interface text for a code: `label(t, "plan_status_", "in-progress")` is t.plan_status_in_progress. */
export const label = (t, prefix, code) => t[prefix + code.replaceAll("-", "_")];

/** A date (YYYY-MM-DD) as the page's language writes it: "3. marts 2026". */
export function formatDate(iso) {
  if (!iso) return "";
  return new Date(`${iso}T12:00:00`).toLocaleDateString(document.documentElement.lang,
    { day: "numeric", month: "long", year: "numeric" });
}

/** A row's value as people read it: answers and statuses in words, dates written out. */
export function cellValue(row, field, t) {
  if (field === "answer") return row.answer ? label(t, "plan_answer_", row.answer) : "";
  if (field === "status") return label(t, "plan_status_", row.status);
  if (field === "deadline") return formatDate(row.deadline);
  return row[field];
}

/** Today's date (YYYY-MM-DD) where the user is, not in UTC. */
export function today(now = new Date()) {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60000);
  return local.toISOString().slice(0, 10);
}

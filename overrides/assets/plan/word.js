// The filled-in plan as a Word file, made in the browser with the vendored docx library (loaded only
// when asked for). The layout follows the site's Word forms (macros/word/): Arial, A4, the details
// first, each phase as a wide table on landscape pages with a repeated, shaded header row.

import { cellValue, formatDate, label, plainText } from "./format.js";
import { gateRecord } from "./view-gates.js";

const INK = "1F3864";
const HEADER_FILL = "DCE4EF";
const LABEL_FILL = "F2F2F2";
const MM = 56.7; // twips per millimetre
const A4 = { width: Math.round(210 * MM), height: Math.round(297 * MM) };
const LOCALES = { da: "da-DK", nb: "nb-NO" };

let library;

const LIBRARY_URL = new URL("./vendor/docx-9.15.2/index.iife.js", import.meta.url);

/** The docx library, as a classic script that defines `docx`; fetched once, from this site. */
function loadDocx(url = LIBRARY_URL) {
  library ??= new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement("script"), { src: url });
    script.onload = () => resolve(window.docx);
    script.onerror = () => { library = null; reject(new Error(`could not load ${url}`)); };
    document.head.append(script);
  });
  return library;
}

export async function planDocument(plan, framework, t) {
  const docx = await loadDocx();
  const make = new WordParts(docx, t);
  const lang = document.documentElement.lang;
  const portrait = { size: A4, margin: { top: 15 * MM, bottom: 15 * MM, left: 20 * MM, right: 20 * MM } };
  const landscape = { size: { ...A4, orientation: docx.PageOrientation.LANDSCAPE }, margin: { top: 15 * MM, bottom: 15 * MM, left: 15 * MM, right: 15 * MM } };
  const portraitWidth = A4.width - 40 * MM;
  const landscapeWidth = A4.height - 30 * MM;
  const section = (page, width, children) => ({ properties: { page }, footers: { default: make.footer(plan.name, width) }, children });

  const period = [formatDate(plan.period.from), formatDate(plan.period.to)].filter(Boolean).join(" – ");
  const intro = [
    make.paragraph(plan.name, { heading: docx.HeadingLevel.TITLE }),
    make.paragraph(framework.template.title, { style: "Subtitle" }),
    make.fillIn([[t.form_initiative, plan.intervention], [t.form_organisation, plan.organisation], [t.plan_period, period]], portraitWidth),
  ];
  const assessed = framework.levels.flatMap((level) => level.factors).map((id) => framework.factors.get(id))
    .filter((factor) => plan.readiness[factor.id]?.mark || plan.readiness[factor.id]?.note);
  if (assessed.length) {
    intro.push(make.paragraph(t.plan_readiness_heading, { heading: docx.HeadingLevel.HEADING_1 }),
      make.table([t.plan_factor, t.plan_mark, t.plan_note], assessed.map((factor) => [factor.title,
        plan.readiness[factor.id].mark ? label(t, "plan_mark_", plan.readiness[factor.id].mark) : t.plan_mark_none,
        plan.readiness[factor.id].note]), [0.3, 0.2, 0.5].map((share) => share * portraitWidth)));
  }

  const columns = framework.columns(t);
  const questionWidth = 70 * MM;
  const widths = [questionWidth, ...columns.map(() => (landscapeWidth - questionWidth) / columns.length)];
  const phases = framework.phases.filter((phase) => plan.rows.some((row) => row.phase === phase.id));
  const rowTables = phases.flatMap((phase, index) => [
    make.paragraph(phase.title, { heading: docx.HeadingLevel.HEADING_1, pageBreakBefore: index > 0 }),
    make.table([framework.template.question_column, ...columns.map((column) => column.title)],
      plan.rows.filter((row) => row.phase === phase.id)
        .map((row) => [framework.rowTitle(row), ...columns.map((column) => cellValue(row, column.field, t))]), widths),
  ]);

  const gates = framework.gates.filter((gate) => plan.gates[gate.id]).flatMap((gate) => {
    const record = gateRecord(structuredClone(plan), gate);
    return [
      make.paragraph(gate.title, { heading: docx.HeadingLevel.HEADING_1 }),
      make.table([t.gate_criterion, t.gate_met, t.gate_comment], gate.criteria.map((criterion, index) => [plainText(criterion),
        record.criteria[index].met ? label(t, "form_answer_", record.criteria[index].met) : "", record.criteria[index].comment]),
      [0.5, 0.15, 0.35].map((share) => share * portraitWidth)),
      make.paragraph(""),
      make.fillIn([[t.gate_decision_heading, record.decision ? label(t, "gate_", record.decision) : ""],
        [t.form_date, formatDate(record.date)], [t.plan_gate_reasons, record.reasons], [t.gate_conditions, record.conditions],
        [t.gate_decided_by, record.decided_by], [t.gate_participants, record.participants]], portraitWidth),
    ];
  });

  const document_ = new docx.Document({
    creator: "Implementeringsguiden", lastModifiedBy: "Implementeringsguiden", title: plan.name,
    subject: framework.template.title, styles: make.styles(LOCALES[lang] || lang),
    sections: [section(portrait, portraitWidth, intro), section(landscape, landscapeWidth, rowTables),
      ...(gates.length ? [section(portrait, portraitWidth, gates)] : [])],
  });
  return docx.Packer.toBlob(document_);
}

/** The pieces of a form document, in the style of the site's Word forms. */
class WordParts {
  constructor(docx, t) {
    this.docx = docx;
    this.t = t;
  }

  styles(language) {
    const font = "Arial";
    return {
      default: {
        document: { run: { font, size: 20, language: { value: language } }, paragraph: { spacing: { after: 120 } } },
        title: { run: { font, size: 40, color: INK } },
        heading1: { run: { font, size: 28, color: INK, bold: true }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true } },
      },
      paragraphStyles: [{ id: "Subtitle", name: "Subtitle", basedOn: "Normal", run: { font, size: 26, color: "595959" } }],
    };
  }

  /** A paragraph per line of the text, so line breaks typed in the tool stay line breaks. */
  paragraphs(text, options = {}) {
    return String(text ?? "").split("\n").map((line) => this.paragraph(line, options));
  }

  paragraph(text, { bold = false, size, ...options } = {}) {
    return new this.docx.Paragraph({ ...options, children: [new this.docx.TextRun({ text, bold, size })] });
  }

  cell(text, width, { fill, bold = false } = {}) {
    const { docx } = this;
    return new docx.TableCell({
      width: { size: Math.round(width), type: docx.WidthType.DXA },
      shading: fill ? { fill, type: docx.ShadingType.CLEAR, color: "auto" } : undefined,
      children: this.paragraphs(text, { bold, size: 18, spacing: { before: 20, after: 40 } }),
    });
  }

  /** A table with a shaded header row that repeats on every page; rows never split across pages. */
  table(head, rows, widths) {
    const { docx } = this;
    const header = new docx.TableRow({ tableHeader: true, cantSplit: true,
      children: head.map((title, index) => this.cell(title, widths[index], { fill: HEADER_FILL, bold: true })) });
    const body = rows.map(([first, ...rest]) => new docx.TableRow({ cantSplit: true,
      children: [this.cell(first, widths[0], { fill: LABEL_FILL }), ...rest.map((value, index) => this.cell(value, widths[index + 1]))] }));
    return new docx.Table({ rows: [header, ...body], columnWidths: widths.map(Math.round), layout: docx.TableLayoutType.FIXED,
      width: { size: Math.round(widths.reduce((a, b) => a + b, 0)), type: docx.WidthType.DXA } });
  }

  /** Label and value, two columns, as the meeting block at the top of the site's forms. */
  fillIn(rows, width) {
    const { docx } = this;
    const labelWidth = 45 * MM;
    return new docx.Table({ layout: docx.TableLayoutType.FIXED, columnWidths: [labelWidth, width - labelWidth].map(Math.round),
      width: { size: Math.round(width), type: docx.WidthType.DXA },
      rows: rows.map(([name, value]) => new docx.TableRow({ cantSplit: true,
        children: [this.cell(name, labelWidth, { fill: LABEL_FILL, bold: true }), this.cell(value, width - labelWidth)] })) });
  }

  /** The plan's name and the page number, as in the footer of the site's forms. */
  footer(title, width) {
    const { docx } = this;
    return new docx.Footer({ children: [new docx.Paragraph({
      tabStops: [{ type: docx.TabStopType.RIGHT, position: Math.round(width) }],
      children: [new docx.TextRun({ text: `${title}\t`, size: 16, color: "595959" }),
        new docx.TextRun({ children: [docx.PageNumber.CURRENT], size: 16, color: "595959" })] })] });
  }
}

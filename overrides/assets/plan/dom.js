// Building the interface from data without HTML strings: every text is set as text, never parsed.

let counter = 0;

/** A unique id for pairing a label with its control. */
export function uid(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** An element with attributes, properties, event handlers (`onclick`) and children (nodes or text). */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.className = value;
    else if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else if (key === "value" || key === "checked") el[key] = value;
    else el.setAttribute(key, value === true ? "" : value);
  }
  el.append(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false));
  return el;
}

/** A labelled form control; `control` is an input, select or textarea built with `h`. */
export function field(label, control) {
  control.id ||= uid("field");
  return h("div", { class: "plan-field" }, h("label", { for: control.id }, label), control);
}

/** A select with an empty first choice and one option per [value, label]. */
export function select(value, choices, props = {}) {
  return h("select", props, choices.map(([code, label]) => h("option", { value: code, selected: code === value }, label)));
}

// Form controls that write into the current plan as the user types; every change is saved at once.
// `options` go to `app.edit`: `{ overview: true }` for fields the overview shows (status, deadline ...).

import { h, select } from "./dom.js";
import { label } from "./format.js";

const onChange = (app, apply, options) => (event) => app.edit((plan) => apply(plan, event.target.value), options);

export function textInput(app, value, apply, options) {
  return h("input", { type: "text", value, maxlength: 500, oninput: onChange(app, apply, options) });
}

export function textArea(app, value, apply, options) {
  return h("textarea", { rows: 2, maxlength: 20000, oninput: onChange(app, apply, options) }, value);
}

export function dateInput(app, value, apply, options) {
  return h("input", { type: "date", value, onchange: onChange(app, apply, options) });
}

/** A select; `choices` are codes whose labels are `t[prefix + code]`; an empty choice comes first if `empty`. */
export function choiceSelect(app, value, codes, prefix, apply, { empty, ...options } = {}) {
  const choices = codes.map((code) => [code, label(app.t, prefix, code)]);
  return select(value, empty ? [["", empty], ...choices] : choices, { onchange: onChange(app, apply, options) });
}

// The filter bar. Its values mirror the URL hash (state.js): editing a field
// rewrites the hash, and loading a shared URL fills the fields back in.

import { debounce, h, replace } from "./dom.js";
import { QUADS } from "./plover.js";
import * as state from "./state.js";

const TEXT_FIELDS = [
  { key: "source_country", label: "Source", placeholder: "e.g. USA", size: 5, title: "Source country code (ISO alpha-3 or IGO code)" },
  { key: "target_country", label: "Target", placeholder: "e.g. KOR", size: 5, title: "Target country code" },
  { key: "country", label: "Either side", placeholder: "e.g. PRK", size: 5, title: "Country on either side of the event" },
  { key: "actor", label: "Actor", placeholder: "name contains", size: 11, title: "Actor name (substring)" },
];

let form = null;
const inputs = {};
let typeBoxes = [];
let typeSummary = null;

function collect() {
  const filters = {};
  const types = typeBoxes.filter((b) => b.checked).map((b) => b.value);
  if (types.length) filters.type = types.join(",");
  for (const [key, input] of Object.entries(inputs)) {
    let v = input.value.trim();
    if (!v) continue;
    if (key.endsWith("country")) v = v.toUpperCase();
    filters[key] = v;
  }
  return filters;
}

function commit() {
  state.update({ filters: collect() });
}

const commitSoon = debounce(commit, 450);

function field(label, control) {
  return h("label", { class: "field" }, h("span", { class: "field-label" }, label), control);
}

function typePicker() {
  typeSummary = h("summary", { class: "select-like", title: "PLOVER event types" }, "All types");
  const groups = QUADS.map((q) =>
    h("fieldset", { class: "type-group" },
      h("legend", {}, h("span", { class: "swatch", style: { background: q.color } }), q.label),
      q.types.map((t) => {
        const box = h("input", { type: "checkbox", value: t, events: { change: commit } });
        typeBoxes.push(box);
        return h("label", { class: "check" }, box, t);
      })));
  const clear = h("button", { type: "button", class: "link", events: { click: () => {
    for (const b of typeBoxes) b.checked = false;
    commit();
  } } }, "Clear types");
  return h("details", { class: "multi", id: "type-picker" }, typeSummary, h("div", { class: "popover" }, groups, clear));
}

/** Build the filter bar inside the given form element. */
export function mount(el) {
  form = el;
  typeBoxes = [];
  const quad = h("select", { name: "quad", events: { change: commit } },
    h("option", { value: "" }, "All quad classes"),
    QUADS.map((q) => h("option", { value: q.key }, q.label)));
  inputs.quad = quad;
  const parts = [field("PLOVER types", typePicker()), field("Quad class", quad)];
  for (const f of TEXT_FIELDS) {
    const input = h("input", { type: "text", name: f.key, placeholder: f.placeholder, size: f.size, title: f.title,
      spellcheck: "false", events: { input: commitSoon, change: commit } });
    inputs[f.key] = input;
    parts.push(field(f.label, input));
  }
  inputs.since = h("input", { type: "date", name: "since", events: { change: commit } });
  inputs.until = h("input", { type: "date", name: "until", events: { change: commit } });
  parts.push(field("From", inputs.since), field("To", inputs.until));
  inputs.q = h("input", { type: "search", name: "q", placeholder: "words in evidence", size: 14, events: { input: commitSoon, change: commit } });
  parts.push(field("Search", inputs.q));
  parts.push(h("button", { type: "button", class: "reset", events: { click: () => state.update({ filters: {} }) } }, "Reset"));
  replace(form, parts);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    commit();
  });
  document.addEventListener("click", (e) => {
    const picker = document.getElementById("type-picker");
    if (picker && picker.open && !picker.contains(e.target)) picker.open = false;
  });
}

/** Reflect the state's filters in the form (after a hash change or a reload). */
export function sync(st) {
  if (!form) return;
  const f = st.filters;
  const types = new Set((f.type || "").split(",").filter(Boolean));
  for (const b of typeBoxes) b.checked = types.has(b.value);
  typeSummary.textContent = types.size ? `${types.size} type${types.size > 1 ? "s" : ""}: ${[...types].slice(0, 3).join(", ")}${types.size > 3 ? "…" : ""}` : "All types";
  for (const [key, input] of Object.entries(inputs)) {
    // Do not overwrite what the user is typing right now.
    if (document.activeElement === input) continue;
    input.value = f[key] || "";
  }
}

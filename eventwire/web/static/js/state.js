// UI state lives in the URL hash so that any view can be shared and reloaded:
//   #view=timeline&type=AGREE,CONSULT&since=2024-01-01&period=2024-03-04..2024-03-10
// Filters (sent to the API) and selections (what a chart click picked) are
// kept apart so that clearing a selection never loses the filters.

export const VIEWS = ["timeline", "network", "map", "events", "documents", "reader"];

export const FILTER_KEYS = [
  "type", "quad", "source_country", "target_country", "country", "actor", "since", "until", "q",
];

// Selection and view-local keys; they are dropped when the filters change,
// because a selected bar or edge may no longer exist under new filters.
const SELECTION_KEYS = ["period", "dyad", "node", "loc", "event"];
const VIEW_KEYS = ["view", "interval", "sort", "doc", "dq"];

const listeners = new Set();

/** Parse the current hash into {view, filters, ...selection}. */
export function read() {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ""));
  const state = { filters: {} };
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) state.filters[k] = v;
  }
  for (const k of [...SELECTION_KEYS, ...VIEW_KEYS]) {
    const v = params.get(k);
    if (v) state[k] = v;
  }
  if (!VIEWS.includes(state.view)) state.view = "timeline";
  return state;
}

function write(state) {
  const params = new URLSearchParams();
  params.set("view", state.view || "timeline");
  for (const k of FILTER_KEYS) if (state.filters && state.filters[k]) params.set(k, state.filters[k]);
  for (const k of [...SELECTION_KEYS, ...VIEW_KEYS]) if (k !== "view" && state[k]) params.set(k, state[k]);
  const hash = `#${params.toString()}`;
  // An unchanged hash means an unchanged view: no re-render (a debounced
  // input and an Enter press often commit the same filters twice).
  if (hash !== window.location.hash) window.location.hash = hash;
}

/** Merge a patch into the state ({filters: {...}} replaces the filters). */
export function update(patch) {
  const state = read();
  const next = { ...state, ...patch };
  if (patch.filters) {
    next.filters = patch.filters;
    for (const k of SELECTION_KEYS) if (!(k in patch)) delete next[k];
  }
  for (const [k, v] of Object.entries(patch)) if (v === null) delete next[k];
  write(next);
}

/** Switch view, optionally with extra state (e.g. {doc, event}). */
export function go(view, extra = {}) {
  update({ view, ...extra });
}

export function subscribe(fn) {
  listeners.add(fn);
}

function notify() {
  const state = read();
  for (const fn of listeners) fn(state);
}

window.addEventListener("hashchange", notify);
